"""What a query asks for by its frame, beside its topic: what an e-discussion's participants said.

"what did participants say about paying host farmers to teach?", "o que foi dito na discussão
sobre compras públicas locais para a merenda escolar?", "hva sa deltakerne om reisekostnader?",
"ماذا قال المشاركون عن الامن الغذائي؟": the answer is a discussion and its contributions, not a
practice on the same topic. The frame is a word naming a discussion, or one naming saying
together with one naming the participants or saying it was said ("o que foi dito sobre …",
"what was said about …"); it is read in folded words
(search.folding), so accents, case and the Arabic article do not matter.

Such a query gives the matching discussions and contributions SAID_WEIGHT (both engines). On the
relevance set (1 145 queries, demo content) the 28 questions first read so went from MRR .905 and
recall@5 .964 to .946 and .982 (a practice on the topic came before the discussion); no other
query moved, and any bonus from 0.02 to 0.12 did the same. A discussion without contributions
(the test entries) needs 0.08 to come before a practice whose title is the question's topic.
"""

from .folding import fold

SAID_WEIGHT = 0.08
SAID_KINDS = ["contribution", "discussion"]

# An e-discussion, its participants and their contributions, in the site's languages and
# Norwegian ("e-discussion" folds to "e discussion"; the Arabic article is folded away). Not
# "forum": partners and practices are named so ("Forum for Agricultural Research in Africa").
DISCUSSION_WORDS = frozenset(
    """
    discussion discussions debate debates
    debat debats
    discusion discusiones
    discussao discussoes
    diskusjon diskusjonen diskusjonene debatt debatten debatter
    نقاش نقاشات مناقشه مناقشات
    """.split()
)
SPEAKER_WORDS = frozenset(
    """
    participants participant contributors contributions members
    intervenants contributeurs
    participantes contribuciones contribuicoes
    deltakerne deltakere deltagerne bidragene
    مشاركون مشاركين مشاركات
    """.split()
)
SAYING_WORDS = frozenset(
    """
    say said says think thought wrote written propose proposed suggest suggested recommend
    recommended
    dit disent dire raconte pensent ecrit ecrivent propose proposent suggere recommande
    recommandent
    dijeron dicho opinaron piensan escribieron propusieron sugirieron recomendaron
    disseram dito falaram acham escreveram propuseram sugeriram recomendaram
    sa sier mente mener skrev skriver foreslo foreslar anbefalte anbefaler
    قال قالوا قيل يقول يرون كتب كتبوا اقترح اقترحوا اوصي اوصوا
    """.split()
)


# What was said, with no speaker named: "what was said about …", "o que foi dito sobre …",
# "qu'est-ce qui a été dit sur …", "qué se ha dicho de …", "hva ble sagt om …", "ماذا قيل عن …"
# (a saying word and one of these) ...
SAID_WORDS = frozenset("was were been dito dicho dijo ete sagt ble blitt قيل".split())
# ... of which these say it alone.
SAID_ALONE = frozenset("dito dicho sagt قيل".split())


def asks_what_was_said(text: str) -> bool:
    """Whether the query asks what an e-discussion or its participants said (module doc)."""
    words = set(fold(text or "").split())
    if words & (DISCUSSION_WORDS | SAID_ALONE):
        return True
    said = words & SAYING_WORDS
    return bool(said) and bool(words & (SPEAKER_WORDS | SAID_WORDS))
