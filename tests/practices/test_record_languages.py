"""A practice page names its record's language, countries and period for the visitor."""

import pytest
from django.utils import translation

from tests.factories.practices import GoodPracticePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(practice_index):
    return GoodPracticePageFactory(
        parent=practice_index,
        title="Seed banks in the Sahel",
        countries=["SN", "KE"],
        language="en",
        start_year=2016,
        end_year=2021,
    )


def in_language(practice, language: str) -> str:
    with translation.override("en"):  # a page's URL follows the active language
        return practice.url.replace("/en/", f"/{language}/", 1)


def test_language_of_the_record_is_named_in_the_interface_language(client, practice):
    french = client.get(in_language(practice, "fr")).content.decode()
    assert "Langue de la fiche</dt><dd>Anglais</dd>" in french
    portuguese = client.get(in_language(practice, "pt")).content.decode()
    assert "Quênia" in portuguese and "Quénia" not in portuguese


def test_arabic_page_isolates_the_period_and_marks_the_record_text(client, practice):
    html = client.get(in_language(practice, "ar")).content.decode()
    assert "<bdi>2016–2021</bdi>" in html
    assert '<h1 lang="en" dir="auto">Seed banks in the Sahel</h1>' in html
    assert "الإنجليزية" in html
