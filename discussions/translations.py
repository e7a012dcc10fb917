"""Contributions in the reader's language: machine translations stored beside the original.

A contribution is translated after it is published or edited (`signals.queue_translation`
queues `tasks.translate_contribution`, which calls `translate_contribution_now`), into the
discussion's accepted languages or else every site language; a member may ask for one more
(`tasks.request_translation`). A translation remembers the hash of the text it was made from,
so an edit re-translates and an unchanged text is never sent twice; a moderator's correction is
never replaced by a machine.
"""

import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils import translation as django_translation

from home.text import clean_text
from translation.providers import Provider, get_provider

from .models.contributions import Contribution
from .models.translations import ContributionTranslation, translation_source_hash

logger = logging.getLogger("minga.translation")


def target_languages(contribution: Contribution) -> list[str]:
    site = [code for code, _name in settings.LANGUAGES]
    accepted = contribution.discussion.accepted_languages or site
    return [code for code in accepted if code != contribution.language]


def missing_languages(contribution: Contribution, languages: list[str]) -> list[str]:
    """The languages without an up-to-date translation (a moderator's one always counts)."""
    source_hash = translation_source_hash(contribution.comment, contribution.language)
    done = {
        t.language
        for t in contribution.translations.all()
        if t.is_human or t.source_hash == source_hash
    }
    return [code for code in languages if code != contribution.language and code not in done]


def translate_contribution_now(
    pk: int, languages: list[str] | None = None, provider: Provider | None = None
) -> list[str]:
    """Store the missing translations of a published contribution; returns their languages.

    Raises translation.providers.TranslationError when the provider fails (the task retries).
    """
    provider = provider or get_provider()
    contribution = (
        Contribution.objects.published().select_related("discussion").filter(pk=pk).first()
    )
    if provider is None or contribution is None or not contribution.language:
        return []
    wanted = missing_languages(contribution, languages or target_languages(contribution))
    if not wanted or not contribution.comment.strip():
        return []
    if contribution.language not in provider.languages():
        logger.info("%s cannot translate from %s.", provider.name, contribution.language)
        return []
    stored = []
    for language in wanted:
        if not provider.supports(contribution.language, language):
            continue
        [text] = provider.translate([contribution.comment], contribution.language, language)
        if store_translation(contribution, language, text, provider.name):
            stored.append(language)
    return stored


def store_translation(contribution, language: str, text: str, provider_name: str, user=None):
    """Save a translation; a machine's never replaces a moderator's. Returns it, or None."""
    source_hash = translation_source_hash(contribution.comment, contribution.language)
    body = clean_text(text, max_length=2 * settings.DISCUSSIONS_MAX_LENGTH)
    try:
        with transaction.atomic():
            translation = (
                ContributionTranslation.objects.select_for_update()
                .filter(contribution=contribution, language=language)
                .first()
            )
            if translation is not None and translation.is_human and user is None:
                return None
            translation = translation or ContributionTranslation(
                contribution=contribution, language=language
            )
            translation.body = body
            translation.provider = "" if user is not None else provider_name
            translation.is_human = user is not None
            translation.translated_by = user
            translation.source_hash = source_hash
            translation.translated_at = timezone.now()
            translation.save()
    except IntegrityError:  # another worker stored the same language at the same moment
        return None
    return translation


def reader_language() -> str:
    return (django_translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def translation_for_reader(contribution, language: str) -> ContributionTranslation | None:
    """The translation a reader of `language` sees (from prefetched `translations`), if any."""
    if not contribution.language or contribution.language == language:
        return None
    for translation in contribution.translations.all():
        if translation.language == language and (
            translation.is_human or translation.is_current(contribution)
        ):
            return translation
    return None


def can_request(contribution, language: str) -> bool:
    """A member may ask for this language: a provider is set and no translation is shown."""
    return (
        bool(contribution.language)
        and contribution.language != language
        and contribution.is_public
        and get_provider() is not None
        and translation_for_reader(contribution, language) is None
    )
