"""A practice page has one Related list: nearest by meaning and sharing taxonomy, each once."""

import re

import pytest
from django.core.cache import cache

from practices.models import GoodPracticePage
from search.indexing import index_objects
from tests.factories.practices import GoodPracticePageFactory, PracticeIndexPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def catalogue(site):
    practices = PracticeIndexPageFactory(parent=site.root_page)
    made = {
        "tanks": GoodPracticePageFactory(
            parent=practices,
            title="Rainwater tanks for rural schools",
            summary="Schools collect rain from their roofs in tanks for drinking water.",
            themes=["Water"],
        ),
        "roofs": GoodPracticePageFactory(
            parent=practices,
            title="Harvesting rain on village roofs",
            summary="Households store roof rainwater in cisterns through the dry season.",
            themes=["Housing"],
        ),
        "budget": GoodPracticePageFactory(
            parent=practices,
            title="Open municipal budget portal",
            summary="Citizens follow how the city spends its money, line by line.",
            themes=["Water"],
        ),
    }
    index_objects(GoodPracticePage.objects.live().specific())
    return made


def related_titles(html: str) -> list[str]:
    aside = re.search(r'<aside[^>]*aria-labelledby="related-heading".*?</aside>', html, re.S)
    assert aside, "no Related list"
    return re.findall(r"<h3[^>]*><a [^>]*>([^<]+)</a></h3>", aside.group(0))


def test_the_related_list_holds_practices_near_by_meaning_and_by_shared_themes(client, catalogue):
    html = client.get(catalogue["tanks"].url).content.decode()
    titles = related_titles(html)
    assert "Harvesting rain on village roofs" in titles  # by meaning only
    assert "Open municipal budget portal" in titles  # by a shared theme only
    assert "Rainwater tanks for rural schools" not in titles


def test_a_practice_near_in_both_ways_is_listed_once_and_there_is_one_list(client, catalogue):
    roofs = catalogue["roofs"]
    roofs.themes = list(catalogue["tanks"].themes.all())
    roofs.save_revision().publish()
    cache.clear()
    html = client.get(catalogue["tanks"].url).content.decode()
    assert related_titles(html).count("Harvesting rain on village roofs") == 1
    assert "Similar practices" not in html
    assert html.count('aria-labelledby="related-heading"') == 1
