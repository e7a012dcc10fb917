"""Machine translation for Minga: one provider interface, LibreTranslate and DeepL behind it.

Imports no other Minga app except `home`; discussions and the wagtail-localize machine translator
call `get_provider()` and catch `TranslationError`.
"""
