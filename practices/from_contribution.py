"""A case described in a contribution becomes a draft good practice (issue 14, part 5).

The draft is prefilled from the contribution (title, summary, language, countries, partners
mentioned), linked to it (`GoodPracticePage.source_contribution`) and sent through the editors'
review exactly like a member's proposal (`views.submit_for_review`).

practices does not import discussions: the contribution model is reached through the lazy
foreign key, and who moderates a discussion is asked through the Wagtail hook
`MAY_DRAFT_HOOK`, which discussions.moderation answers with its own rule (`can_moderate`).
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
from django.conf import settings
from django.db import transaction
from wagtail import hooks
from wagtail.models import Locale

from home.countries import country_name, language_name
from home.text import cut_at_word, markdown_paragraphs, split_sentences

from .interchange import PracticeRecord, save_practice
from .interchange.records import TEXT_COLUMNS
from .models import GoodPracticePage, PartnerPage, PartnerRole, new_source_id
from .views import practice_index, submit_for_review

MAY_DRAFT_HOOK = "may_draft_practice_from_contribution"
MAX_TITLE = 120
MIN_TITLE_WORDS = 5
MAX_SUMMARY = 1000
# A partner named in a case is usually one the practice worked with, its role still unknown.
DEFAULT_ROLE = PartnerRole.PARTNER


def contribution_model():
    """The Contribution model, through the lazy foreign key (no import of discussions)."""
    return GoodPracticePage._meta.get_field("source_contribution").related_model


def may_draft(user, contribution) -> bool:
    """The contribution's author and the moderators of its discussion."""
    if not user.is_authenticated:
        return False
    if contribution.user_id == user.pk:
        return True
    return any(rule(user, contribution) for rule in hooks.get_hooks(MAY_DRAFT_HOOK))


def existing_practice(contribution) -> GoodPracticePage | None:
    return GoodPracticePage.objects.filter(source_contribution=contribution).first()


@dataclass
class Prefill:
    title: str
    summary: str
    language: str
    countries: list[str] = field(default_factory=list)
    partners: list[PartnerPage] = field(default_factory=list)
    text: str = ""

    @property
    def language_name(self) -> str:
        return language_name(self.language)

    @property
    def country_names(self) -> list[str]:
        return [country_name(code) for code in self.countries]


def _paragraphs(contribution) -> list[str]:
    """The contribution's paragraphs as plain text (its Markdown, as the synthesis reads it)."""
    return markdown_paragraphs(contribution.comment)


def _title(first_paragraph: str, contribution) -> str:
    sentences = split_sentences(first_paragraph) or [""]
    # A greeting ("Boa tarde.", "Hello from Phnom Penh.") names no case: the next sentence does.
    while len(sentences) > 1 and len(sentences[0].split()) < MIN_TITLE_WORDS:
        sentences.pop(0)
    sentence = sentences[0].rstrip(".!?؟… ")
    return cut_at_word(sentence, MAX_TITLE) or cut_at_word(str(contribution), MAX_TITLE)


def _language(contribution) -> str:
    codes = {code for code, _name in GoodPracticePage._meta.get_field("language").choices}
    language = (contribution.language or "").split("-")[0].lower()
    return language if language in codes else settings.LANGUAGE_CODE


@lru_cache(maxsize=1)
def _country_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every country's name in every site language (longest names first)."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for language, _name in settings.LANGUAGES:
            name = country_name(country.alpha_2, language)
            if len(name) > 3:
                names.setdefault(name, country.alpha_2)
    alternatives = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, alternatives)) + r")(?!\w)")
    return pattern, names


def countries_in(text: str) -> list[str]:
    """The codes of the countries named in `text` (in any site language), in order of mention."""
    pattern, names = _country_pattern()
    found: list[str] = []
    for match in pattern.finditer(text):
        code = names[match.group(1)]
        if code not in found:
            found.append(code)
    return found


def partners_in(text: str) -> list[PartnerPage]:
    """Live partner profiles (default language) whose title or acronym the text names."""
    found = []
    partners = PartnerPage.objects.live().filter(locale=Locale.get_default()).order_by("title")
    for partner in partners.only("pk", "title", "acronym"):
        names = [partner.title] + ([partner.acronym] if partner.acronym else [])
        if any(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) for name in names if name):
            found.append(partner)
    return found


def prefill(contribution) -> Prefill:
    paragraphs = [part for part in _paragraphs(contribution) if part]
    # A greeting on its own line ("Bonjour à tous.") is neither the title nor the summary.
    opening = 0
    while opening < len(paragraphs) - 1 and len(paragraphs[opening].split()) < MIN_TITLE_WORDS:
        opening += 1
    first = paragraphs[opening] if paragraphs else ""
    text = "\n\n".join(paragraphs)
    countries = []
    profile = getattr(contribution.user, "profile", None) if contribution.user_id else None
    if profile is not None and profile.country:
        countries.append(profile.country.upper())
    countries += [code for code in countries_in(text) if code not in countries]
    return Prefill(
        title=_title(first, contribution),
        summary=cut_at_word(first, MAX_SUMMARY),
        language=_language(contribution),
        countries=countries,
        partners=partners_in(text),
        text=text,
    )


class AlreadyDrafted(Exception):
    def __init__(self, practice: GoodPracticePage):
        super().__init__(practice.title)
        self.practice = practice


def is_published(contribution) -> bool:
    """Only what every visitor may read becomes a practice (not pending, hidden or rejected)."""
    return bool(contribution.is_public and not contribution.is_removed)


def record_from(draft: Prefill) -> PracticeRecord:
    """The prefill as an interchange record: the whole contribution in the Solution section."""
    texts = dict.fromkeys(TEXT_COLUMNS, "")
    texts["solution"] = draft.text
    return PracticeRecord(
        line=0,
        source_id=new_source_id(),
        title=draft.title,
        summary=draft.summary,
        language=draft.language,
        countries=draft.countries,
        partners=[(partner.title, DEFAULT_ROLE) for partner in draft.partners],
        texts=texts,
    )


def save_linked_practice(contribution, user, make_record) -> GoodPracticePage:
    """The practice `make_record(contribution)` describes, linked to the contribution and sent
    to the review workflow like a member's proposal.

    Raises AlreadyDrafted (nothing created) when the contribution already became a practice,
    LookupError when the site has no catalogue. Permissions are the caller's (`may_draft`).
    """
    with transaction.atomic():
        # Locks the contribution: two clicks at once make one practice. No select_related:
        # PostgreSQL cannot lock the nullable side of an outer join.
        contribution = (
            contribution_model()
            .objects.select_related(None)
            .select_for_update()
            .get(pk=contribution.pk)
        )
        practice = existing_practice(contribution)
        if practice is not None:
            raise AlreadyDrafted(practice)
        record = make_record(contribution)
        index = practice_index(record.language)
        if index is None:
            raise LookupError("no practice index")
        page = save_practice(record, index, user=user, fields={"source_contribution": contribution})
        submit_for_review(page, user)
    return page


def draft_practice_from(contribution, user) -> GoodPracticePage:
    """A draft practice prefilled from the contribution, in the review workflow (the
    moderators' one-click path; authors go through the proposal form)."""
    return save_linked_practice(contribution, user, lambda locked: record_from(prefill(locked)))
