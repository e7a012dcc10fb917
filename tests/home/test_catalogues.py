"""Every interface language except English has a complete, compiled catalogue."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TRANSLATED_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|%[sdif]|\{(\w*)\}")


def catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


def translations(entry: polib.POEntry) -> list[str]:
    if entry.msgid_plural:
        return [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def placeholders(text: str) -> set[str]:
    return {match.group(0) for match in PLACEHOLDER.finditer(text)}


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_every_string_is_translated_and_none_is_fuzzy(code):
    po = catalogue(code)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [], f"{code}: {len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert fuzzy == [], f"{code}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"
    assert not po.metadata_is_fuzzy


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_compiled_catalogue_matches_its_source(code):
    po = catalogue(code)
    mo_path = LOCALE_DIR / code / "LC_MESSAGES" / "django.mo"
    assert mo_path.exists(), f"{code}: django.mo is missing; run compilemessages"
    compiled = {(e.msgctxt, e.msgid): translations(e) for e in polib.mofile(str(mo_path))}
    stale = [
        entry.msgid
        for entry in po.translated_entries()
        if compiled.get((entry.msgctxt, entry.msgid)) != translations(entry)
    ]
    assert stale == [], f"{code}: django.mo is older than django.po, e.g. {stale[:5]}"


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_translations_keep_the_placeholders_of_their_source(code):
    wrong = []
    for entry in catalogue(code).translated_entries():
        source = placeholders(entry.msgid) | placeholders(entry.msgid_plural or "")
        forms = translations(entry)
        if entry.msgid_plural:
            # Forms for one or two may say the number in words; the general (last) form keeps all.
            ok = all(placeholders(form) <= source for form in forms)
            ok = ok and placeholders(forms[-1]) == placeholders(entry.msgid_plural)
        else:
            ok = placeholders(forms[0]) == source
        if not ok:
            wrong.append((entry.msgid, forms))
    assert wrong == []


def test_arabic_catalogue_declares_its_six_plural_forms():
    plural_forms = catalogue("ar").metadata["Plural-Forms"]
    assert plural_forms.startswith("nplurals=6;")
    plural_entries = [entry for entry in catalogue("ar") if entry.msgid_plural]
    assert plural_entries and all(len(entry.msgstr_plural) == 6 for entry in plural_entries)


@pytest.mark.parametrize("code", ["es", "pt"])
def test_spanish_and_portuguese_put_no_space_before_a_colon(code):
    spaced = [
        form
        for entry in catalogue(code).translated_entries()
        for form in translations(entry)
        if re.search(r"[ \u00a0\u202f][:;]", form)
    ]
    assert spaced == []


def test_french_puts_a_narrow_no_break_space_before_double_punctuation():
    plain_spaced = [
        form
        for entry in catalogue("fr").translated_entries()
        for form in translations(entry)
        if re.search(r"[ \u00a0][:;?!»]|«[ \u00a0]", form)
    ]
    assert plain_spaced == []
