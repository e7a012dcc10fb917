"""Languages are named in one place (home/countries.py): the languages a contribution is written
in and the language of a practice's record use the same names, in the visitor's language."""

from django.utils import translation

from discussions.languages import CONTRIBUTION_LANGUAGES, contribution_language_choices
from home.countries import language_choices, language_name


def test_contribution_languages_are_named_like_every_other_language():
    with translation.override("fr"):
        choices = contribution_language_choices()
        assert [code for code, _name in choices] == list(CONTRIBUTION_LANGUAGES)
        assert dict(choices)["nb"] == language_name("nb") == "Norvégien"
        assert dict(choices)["en"] == dict(language_choices())["en"] == "Anglais"


def test_every_language_is_offered_in_alphabetical_order_of_the_visitors_language():
    with translation.override("es"):
        names = [name for _code, name in language_choices()]
        assert len(names) > 150
        assert names.index("Árabe") < names.index("Bengalí") < names.index("Inglés")
    with translation.override("en"):
        names = [name for _code, name in language_choices()]
        assert names.index("Arabic") < names.index("English") < names.index("Swahili")


def test_a_language_outside_the_interface_is_named_from_the_iso_catalogue():
    assert dict(language_choices(["tr"]))["tr"] == language_name("tr", "en") == "Turkish"
