"""Stored page and snippet translations through wagtail-localize's own models.

The demo loaders and the tests translate content the way a translator does in the admin:
strings go into wagtail-localize's translation memory, then the translated page or snippet is
created or updated from it (publishing a page whose source is live). No provider is involved.
"""

import tomllib

from django.db import transaction
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def source_strings(instance) -> list[str]:
    """The texts of `instance` a translator is asked to translate, in order."""
    source, _created = TranslationSource.update_or_create_from_instance(_specific(instance))
    segments = StringSegment.objects.filter(source=source).select_related("string")
    return [segment.string.data for segment in segments.order_by("order")]


@transaction.atomic
def translate(instance, language: str, strings: dict[str, str], user=None, publish=None):
    """Translate `instance` into `language` with `strings` ({source text: translation});
    untranslated strings keep the source text. A page's translation is published when the
    source is live (or as `publish` says). Returns the translated instance."""
    instance = _specific(instance)
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    segments = StringSegment.objects.filter(source=source).select_related("string")
    for segment in segments:
        text = strings.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "last_translated_by": user,
                },
            )
    Translation.objects.get_or_create(source=source, target_locale=locale)
    # Published here rather than by wagtail-localize, which defers it to the commit.
    has_drafts = isinstance(instance, DraftStateMixin)
    source.create_or_update_translation(
        locale, user=user, publish=not has_drafts, copy_parent_pages=True, fallback=True
    )
    translated = source.get_translated_instance(locale)
    if publish is None:
        publish = getattr(instance, "live", False)
    if has_drafts and publish:
        translated.get_latest_revision().publish(user=user)
        translated.refresh_from_db()
    return translated


def _specific(instance):
    return instance.specific if isinstance(instance, Page) else instance


def load_entries(path) -> dict:
    """A TOML file of entries, each a source string ("en") and its translations by language."""
    with open(path, "rb") as file:
        return tomllib.load(file)


def translate_once(instance, entries: list[dict]) -> int:
    """Translate `instance` into each language of `entries` that it has no translation in yet
    (an alias does not count); existing translations and editors' changes stay. Returns how
    many translations were made."""
    made = 0
    for language, strings in _strings_by_language(entries).items():
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            continue
        existing = instance.get_translation_or_none(locale)
        if existing is not None and getattr(existing, "alias_of_id", None) is None:
            continue
        translate(instance, language, strings)
        made += 1
    return made


def _strings_by_language(entries: list[dict]) -> dict[str, dict[str, str]]:
    by_language: dict[str, dict[str, str]] = {}
    for entry in entries:
        for language, text in entry.items():
            if language != "en":
                by_language.setdefault(language, {})[entry["en"]] = text
    return by_language
