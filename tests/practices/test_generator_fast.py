"""The benchmark's fast practice generator makes practices the catalogue reads as imported
ones; the filter options built in Python link as `{% with_param %}` did."""

import random

import pytest
from django.http import QueryDict

from home.urls import one_param_query_strings, query_string
from practices.generator import generate_practices_fast, random_record
from practices.models import GoodPracticePage
from tests.practices.test_index import facet_count

pytestmark = pytest.mark.django_db


def test_fast_practices_are_live_pages_the_index_filters_and_counts(
    client, practice_index, partner_index
):
    assert generate_practices_fast(8, seed=3) == 8
    records = [random_record(random.Random(3))]  # the first record
    practices = GoodPracticePage.objects.live().child_of(practice_index)
    assert practices.count() == 8
    first = practices.get(source_id=records[0]["source_id"])
    assert sorted(first.countries.values_list("code", flat=True)) == sorted(records[0]["countries"])
    assert first.practice_partners.count() == len(records[0]["partners"])
    assert client.get(first.url).status_code == 200
    html = client.get(practice_index.url).content.decode()
    assert "8 practices" in html
    sdg = records[0]["sdgs"][0]
    expected = practices.filter(sdgs__number=sdg).count()
    assert facet_count(html, "sdg", str(sdg)) == expected
    filtered = client.get(practice_index.url, {"sdg": sdg}).content.decode()
    assert f"{expected} practice" in filtered


@pytest.mark.parametrize(
    "query",
    ["", "sdg=2", "region=002&sdg=2&page=3", "sort=title&theme=a%26b&theme=c", "q=%C3%A9t%C3%A9 x"],
)
@pytest.mark.parametrize("value", [None, "5", "é & <b>"])
def test_facet_links_are_the_with_param_links(query, value):
    params = QueryDict(query)
    link = one_param_query_strings(params, "sdg")
    assert link(value) == query_string(params, page=None, sdg=value)
