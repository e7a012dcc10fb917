"""Related practices and filter counts are kept in the cache until the catalogue changes."""

import pytest

from tests.factories.practices import GoodPracticePageFactory, PracticeIndexPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def practices(site):
    return PracticeIndexPageFactory(parent=site.root_page)


def test_related_practices_are_computed_once_then_read_in_one_query(
    practices, django_assert_max_num_queries
):
    practice = GoodPracticePageFactory(parent=practices, themes=["Water"], sdgs=[6])
    other = GoodPracticePageFactory(parent=practices, title="Wells", themes=["Water"])
    assert practice.related_practices() == [other]
    with django_assert_max_num_queries(3):  # the practices, their SDGs and countries
        assert practice.related_practices() == [other]


def test_a_newly_published_practice_joins_the_related_practices(practices):
    practice = GoodPracticePageFactory(parent=practices, themes=["Water"])
    assert practice.related_practices() == []
    newcomer = GoodPracticePageFactory(parent=practices, title="Rain tanks", themes=["Water"])
    newcomer.save_revision().publish()
    assert practice.related_practices() == [newcomer]


def test_an_unpublished_practice_leaves_the_related_practices(practices):
    practice = GoodPracticePageFactory(parent=practices, themes=["Water"])
    other = GoodPracticePageFactory(parent=practices, themes=["Water"])
    assert practice.related_practices() == [other]
    other.unpublish()
    assert practice.related_practices() == []


def test_filter_counts_follow_a_published_practice(client, practices):
    GoodPracticePageFactory(parent=practices, countries=["KE"], themes=["Water"])
    client.cookies["messages"] = "x"  # a fresh page each time: only the counts are cached
    assert "Kenya" in client.get(practices.url).content.decode()
    GoodPracticePageFactory(parent=practices, countries=["GH"]).save_revision().publish()
    assert "Ghana" in client.get(practices.url).content.decode()
