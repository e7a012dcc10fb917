"""Queries that name a partner ("Norec", "PNUD", "Agencia Norueguesa de Cooperacao").

Such a query asks for the partner and what it funds or facilitates. Words and meaning find
the partner's page, often in another language than the query's, but not the practices it
takes part in, whose text seldom names it. When a partner's page is the clear best match (it
leads every other record's fused score by PARTNER_MARGIN), the records whose `partners`
facet names that partner (its practices, the discussions it organised or its members wrote
in, and its own page) get a bonus (PARTNER_WEIGHT, both engines) and match, so they come
right after the page: its practices first, then its discussions (after_practices), then
whatever else matched, held below them (below_partner's records): a contribution that
mentions the partner in passing ("colleagues from Norec") or one its members wrote.
Contributions carry their author's organisation in that facet (search.documents.
author_partners) but get no bonus: what a partner took part in comes before what its staff
said; they match the name by words, as any record does.

Meaning decides rather than names: a partner named in another language ("centro de Nairobi
de gobernanza digital", "برنامج الاغذية العالمي") or by a translated acronym ("PNUD") leads
as clearly as its own name does. A query that also names a topic ("Norec midwives") is led
by the record about the topic, so nothing changes. A query naming countries only is left to
the country bonus (search.places): a partner based in the country often leads it narrowly. A
query naming a place its name does not ("seguro de saúde comunitário Ruanda") names no partner
by name: community health insurance is close by meaning to "Rede Sul-Sul de Saúde
Comunitária", but the query asks for a topic in Rwanda. Nor does a query naming a topic the
partner's name and page do not ("feiras de produtos agroecológicos em Maputo" is not the
Maputo centre for cooperation studies: says_what_is_asked). When the page leads, what the
partner's members wrote does not count as a rival (it names the partner as the page does).

A query naming no partner whose answer is one practice (it leads every other practice by
PARTNER_MARGIN: "faire reconnaître un diplôme universitaire dans un autre pays arabe") also
asks who did it: the practice's lead partner (the first its editors list, search.documents)
comes right after the first record that is not a practice, its page matched even when its text
says nothing of the query (lead_partner_score, both engines). Of the 1 215 queries of the
relevance set (2 Dec 2026) a practice led, judges listed its lead partner beside it in 122, of
which 114 led the next practice by PARTNER_MARGIN; where several practices answer alike
("repas scolaires achetés aux agriculteurs locaux") they listed none. After the first record
that is not a practice, the page displaces no practice nor the discussion a judge wanted next.

Calibrated on the relevance set (benchmarks/relevance.py, database engine; the 380 queries
read by 30 Nov 2026): a partner page that came first led by 0.021 to 0.149 when the query
named the partner ("coopératives de femmes au Maghreb", "Maputo senter for
samarbeidsstudier" and "Lower Mekong" below the earlier margin of 0.03), by at most 0.005 for
anything else but countries (which get the country bonus instead); the weight is the country
bonus's.
"""

from collections.abc import Iterable
from functools import lru_cache

import numpy as np

from home.embeddings import embed_query

from .models import SearchEntry
from .places import named
from .thesaurus import query_concept_terms, thesaurus, title_concepts, title_names_query, words

PARTNER_MARGIN = 0.02
PARTNER_WEIGHT = 0.1
# Kinds of record tagged with a partner that the partner bonus leaves out (see above).
UNLIFTED_KINDS = ["contribution"]
# Kinds of record tagged with a partner that organised them or whose members wrote in them
# (search.documents.participant_partners): lifted, but after the partner's practices. Three
# judges of the relevance set (blind19, blind20, blind23) listed the discussions a partner's
# members wrote in after its page and practices ("IAEC", "ABCT Bénin", "Centre d'études de
# coopération de Maputo"); five others listed a partner's practices and not the discussion it
# co-moderates ("Norec"): both hold when the practices come first.
GATHERING_KINDS = ["discussion"]
# How far below the lowest of the partner's practices its discussions are held, and below the
# lowest of its records whatever else matched.
TIER_GAP = 0.001
# The named partner's own page gets this on top, so that it leads the records it takes part
# in even when one of them matched the query better ("Nairobi-senteret for digital
# forvaltning": the centre's practice on digital credentials).
PAGE_WEIGHT = 0.1
# A query that is a partner's name, written in another language or loosely ("Red Sur-Sur de
# Salud Comunitaria", "Nairobi-senteret for digital forvaltning") does not always make the page
# lead: a contribution that names the partner in the query's language may lead it. So the
# name decides too: when the query's vector is at least PARTNER_NAME_FLOOR close to the name
# of one of the best-matching partner pages (its own name: its title without the acronym,
# in its language) and PARTNER_NAME_MARGIN closer than to any other's, the query names that partner.
# Calibrated on the relevance set (the 620 queries read by 30 Nov 2026): queries naming a
# partner came .90 to 1.0 close to its name, leading the next partner by .05 to .18; of the
# queries naming no partner, only those naming countries (left to the country bonus) came
# above .90.
PARTNER_NAME_FLOOR = 0.90
PARTNER_NAME_MARGIN = 0.025
# How many of the best-matching partner pages have their names compared with the query: each
# name is embedded once per process (about 10 ms), so few; six did no better on the relevance
# set.
NAME_CANDIDATES = 3
# They are looked for among the query's best rows only (a page the query names is among them),
# so that a query about a topic embeds no name.
NAME_WINDOW = 10


def after_practices(own, practices):
    """The scores of a named partner's discussions (GATHERING_KINDS, `own` their fused
    scores) with the partner bonus, held TIER_GAP below the lowest score of its practices
    (`practices`: each practice's best row, with the bonus), but never below their own."""
    lifted = np.asarray(own, dtype=np.float64) + PARTNER_WEIGHT
    practices = np.asarray(practices, dtype=np.float64)
    if not practices.size:
        return lifted
    return np.maximum(own, np.minimum(lifted, practices.min() - TIER_GAP))


def below_partner(other, records):
    """The scores of rows not tagged with a named partner (`other`), held TIER_GAP below the
    lowest of its records' scores (`records`: each record's best row), never raised."""
    records = np.asarray(records, dtype=np.float64)
    if not records.size:
        return np.asarray(other, dtype=np.float64)
    return np.minimum(other, records.min() - TIER_GAP)


def lead_partner_score(
    top: float, next_practice: float | None, first_other: float | None
) -> float | None:
    """The score the lead partner's page takes when the best record is a practice scoring
    `top` and the query names no partner: TIER_GAP below the first record that is neither a
    practice nor the page (`first_other`), never above the practice; None when another
    practice comes within PARTNER_MARGIN (`next_practice`): the query has no one answer."""
    if next_practice is not None and top - next_practice < PARTNER_MARGIN:
        return None
    ceiling = top - TIER_GAP
    return ceiling if first_other is None else min(ceiling, first_other - TIER_GAP)


@lru_cache(maxsize=2048)
def _name_vector(name: str) -> bytes:
    return embed_query(name).tobytes()


def places_named(text: str) -> frozenset[str]:
    """The countries and regions a text names (search.places.named)."""
    found = named(text)
    return frozenset((*found.countries, *found.regions))


def works_on(partners: Iterable[str]) -> dict[str, frozenset[str]]:
    """Per partner, the concepts its name and page name (its description, in every language
    it has), with their broader concepts (search.thesaurus.title_concepts); one query."""
    texts = {partner: [partner] for partner in partners}
    pages = SearchEntry.objects.filter(kind="partner").values_list("partners", "title", "body")
    for tagged, title, body in pages:  # a partner's page is tagged with its own name
        for partner in tagged:
            if partner in texts:
                texts[partner].append(f"{title}\n{body}")
    return {partner: title_concepts("\n".join(said)) for partner, said in texts.items()}


def says_what_is_asked(text: str, partner: str, topics: frozenset[str]) -> bool:
    """Whether the partner's name says the places the query names, and its name or page
    (`topics`: works_on) the topics: a query asking for a topic in a place ("feiras de produtos
    agroecológicos em Maputo") comes close by meaning to the name of a partner based there
    ("Centro de Estudos de Cooperação de Maputo") without naming it."""
    if not places_named(text) <= places_named(partner):
        return False
    terms = query_concept_terms(text)
    return not terms or title_names_query(topics, terms)


def thesaurus_names(text: str, partner: str) -> bool:
    """Whether the whole query is a term the thesaurus gives for the partner's name: its name
    in another language ("مكتب الأمم المتحدة للتعاون فيما بين بلدان الجنوب", "Programa Mundial
    de Alimentos") or a translated acronym ("PNUD"), which the model may not bring close
    enough to the name (a long Arabic name came second to a contribution quoting it)."""
    table = thesaurus().table
    asked = table.get(tuple(words(text)), ())
    return bool(asked) and not set(asked).isdisjoint(table.get(tuple(words(partner)), ()))


def partner_by_name(text: str, candidates: Iterable[str]) -> str | None:
    """The partner the query names (thesaurus_names, else see PARTNER_NAME_FLOOR), of
    `candidates`: the partners whose pages match the query best, best first; None when it
    names none."""
    candidates = list(dict.fromkeys(candidates))
    by_thesaurus = [partner for partner in candidates if thesaurus_names(text, partner)]
    if len(by_thesaurus) == 1:
        return by_thesaurus[0]
    query = embed_query(text)
    topics = works_on(candidates) if query_concept_terms(text) else {}
    closeness = {
        partner: float(np.frombuffer(_name_vector(partner), dtype=np.float32) @ query)
        for partner in candidates
        if says_what_is_asked(text, partner, topics.get(partner, frozenset()))
    }
    ranked = sorted(closeness.items(), key=lambda pair: -pair[1])
    if not ranked or ranked[0][1] < PARTNER_NAME_FLOOR:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < PARTNER_NAME_MARGIN:
        return None
    return ranked[0][0]
