"""wagtail-localize's machine translator for pages, calling the same provider as contributions."""

import logging

import nh3
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import INLINE_TAGS, StringValue

from .providers import TranslationError, get_provider

logger = logging.getLogger("minga.translation")


def language_code(locale) -> str:
    return locale.language_code.split("-")[0].lower()


class MingaMachineTranslator(BaseMachineTranslator):
    """Set as WAGTAILLOCALIZE_MACHINE_TRANSLATOR only when a provider is configured."""

    display_name = "Minga machine translation"

    def __init__(self, options):
        super().__init__(options)
        self.provider = get_provider()
        if self.provider is not None:
            self.display_name = self.provider.name

    def can_translate(self, source_locale, target_locale) -> bool:
        return self.provider is not None and language_code(source_locale) != language_code(
            target_locale
        )

    def translate(self, source_locale, target_locale, strings):
        """Translations of the strings; raises TranslationError if the provider fails."""
        strings = list(strings)
        if self.provider is None:
            raise TranslationError("No machine translation provider is configured.")
        answers = self.provider.translate(
            [string.data for string in strings],
            language_code(source_locale),
            language_code(target_locale),
            html=True,
        )
        return {
            string: _string_value(answer) for string, answer in zip(strings, answers, strict=True)
        }


def _string_value(html: str) -> StringValue:
    """A translated string, sanitised (wagtail-localize strings are inline HTML whose attributes
    were replaced by an id on <a>); one the editor cannot use is left untranslated."""
    cleaned = nh3.clean(html, tags=set(INLINE_TAGS), attributes={"a": {"id"}}, link_rel=None)
    try:
        return StringValue.from_translated_html(cleaned)
    except ValueError:
        logger.warning("A machine translation was not usable HTML; the string stays untranslated.")
        return StringValue(None)
