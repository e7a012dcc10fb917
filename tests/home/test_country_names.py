"""Country names read as people write them, in every interface language."""

import pycountry
import pytest

from home.countries import country_choices, country_name

# Names that are lists of places, where the comma is part of the name.
LISTS = {"BQ", "SH"}


@pytest.mark.parametrize("language", ["en", "fr", "es", "pt", "ar"])
def test_no_country_name_is_an_inverted_catalogue_entry(language):
    inverted = [
        f"{country.alpha_2}: {country_name(country.alpha_2, language)}"
        for country in pycountry.countries
        if country.alpha_2 not in LISTS and ", " in country_name(country.alpha_2, language)
    ]
    assert inverted == []


def test_short_names_in_each_language_and_in_the_editors_choices():
    assert country_name("CD", "en") == "Democratic Republic of the Congo"
    assert country_name("CD", "es") == "República Democrática del Congo"
    assert country_name("PS", "fr") == "Palestine"
    assert country_name("VE", "en") == "Venezuela"
    assert dict(country_choices())["CD"] == "Democratic Republic of the Congo"
