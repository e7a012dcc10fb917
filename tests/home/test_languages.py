"""Names of countries and languages in the visitor's language; Arabic in the interface."""

import pytest
from django.utils import translation

from discussions.languages import detect_language
from home.countries import country_name, language_name


@pytest.mark.parametrize(
    "alpha2,brazilian",
    [
        ("BD", "Bangladesh"),
        ("KE", "Quênia"),
        ("IR", "Irã"),
        ("VN", "Vietnã"),
        ("MZ", "Moçambique"),
        ("ZW", "Zimbábue"),
        ("CZ", "Tchéquia"),
        ("BJ", "Benin"),
        ("SG", "Cingapura"),
        ("AM", "Armênia"),
    ],
)
def test_portuguese_country_names_are_brazilian(alpha2, brazilian):
    assert country_name(alpha2, "pt") == brazilian


def test_countries_without_a_translated_common_name_are_still_named_in_arabic():
    assert country_name("IR", "ar") == "إيران"
    assert country_name("SY", "ar") == "سوريا"
    assert country_name("KE", "ar") == "كينيا"


@pytest.mark.parametrize(
    "language,english,turkish",
    [
        ("fr", "Anglais", "Turc"),
        ("es", "Inglés", "Turco"),
        ("pt", "Inglês", "Turco"),
        ("ar", "الإنجليزية", "التركية"),
    ],
)
def test_language_of_a_record_is_named_in_the_interface_language(language, english, turkish):
    with translation.override(language):
        assert language_name("en") == english
        assert language_name("tr") == turkish


def test_arabic_is_named_correctly_in_spanish_whatever_pycountry_says():
    assert language_name("ar", "es") == "Árabe"


def test_arabic_contributions_are_detected_as_arabic():
    text = "نحتاج إلى تبادل الخبرات بين بلدان الجنوب في مجال الأمن الغذائي والمياه."
    assert detect_language(text) == "ar"


@pytest.mark.django_db
def test_arabic_pages_are_right_to_left_and_others_left_to_right(client, site):
    arabic = client.get("/ar/").content.decode()
    french = client.get("/fr/").content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic
    assert "انتقل إلى المحتوى الرئيسي" in arabic
    assert '<html lang="fr" dir="ltr">' in french


@pytest.mark.django_db
def test_home_page_title_does_not_repeat_the_site_name(client, site):
    html = client.get("/fr/").content.decode()
    title = html[html.index("<title>") + 7 : html.index("</title>")]
    assert title.count("Minga") == 1
    assert "Apprendre de ses pairs" in title


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/pt/accounts/login/", "/pt/accounts/password/reset/"])
def test_account_pages_in_portuguese_are_brazilian(client, site, path):
    html = client.get(path).content.decode()
    assert "Senha" in html or "senha" in html
    assert "palavra-passe" not in html


def test_third_party_plurals_in_portuguese_are_brazilian_for_any_count():
    with translation.override("pt"):
        for count in (1, 2, 5):
            text = translation.ngettext(
                "Please correct the error below", "Please correct the errors below", count
            )
            assert text == "Por favor corrija os erros abaixo"


def test_arabic_counts_use_the_dual_and_the_plural_forms():
    singular, plural = "%(counter)s contribution", "%(counter)s contributions"
    with translation.override("ar"):
        assert translation.ngettext(singular, plural, 1) % {"counter": 1} == "مساهمة واحدة"
        assert translation.ngettext(singular, plural, 2) % {"counter": 2} == "مساهمتان"
        assert translation.ngettext(singular, plural, 5) % {"counter": 5} == "5 مساهمات"
        assert translation.ngettext(singular, plural, 11) % {"counter": 11} == "11 مساهمة"
