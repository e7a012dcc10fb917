"""The practice index: filters as links with counts, sort, pagination, bounded queries."""

import re

import pytest

from practices.browsing import PAGE_SIZE
from tests.factories.practices import GoodPracticePageFactory, PartnerPageFactory

pytestmark = pytest.mark.django_db


def facet_count(html: str, param: str, value: str) -> int | None:
    """The count shown next to the link that selects param=value (None if no such link)."""
    match = re.search(
        rf'href="\?(?:[^"]*&amp;)?{param}={re.escape(value)}"[^>]*>.*?class="facet-count">(\d+)',
        html,
        re.S,
    )
    return int(match.group(1)) if match else None


@pytest.fixture
def catalogue(practice_index, partner_index):
    fao = PartnerPageFactory(parent=partner_index, title="FAO")
    GoodPracticePageFactory(
        parent=practice_index,
        title="Seed banks in the Sahel",
        countries=["SN", "NE"],
        sdgs=[2, 13],
        themes=["Food security"],
        modality="regional-south-south",
        start_year=2016,
        end_year=2021,
        partners=[(fao, "funder")],
    )
    GoodPracticePageFactory(
        parent=practice_index,
        title="Mobile health records",
        countries=["KE"],
        sdgs=[3],
        themes=["Health systems"],
        modality="south-south",
        language="fr",
        start_year=2019,
    )
    GoodPracticePageFactory(
        parent=practice_index,
        title="Andean water boards",
        countries=["PE", "BO"],
        sdgs=[6, 13],
        themes=["Water and sanitation"],
        modality="triangular",
        start_year=2008,
        end_year=2012,
    )
    return practice_index


def test_index_lists_practices_with_counts_per_filter_value(client, catalogue):
    html = client.get(catalogue.url).content.decode()
    assert "3 practices" in html
    assert facet_count(html, "region", "002") == 2  # Africa
    assert facet_count(html, "region", "005") == 1  # South America
    assert facet_count(html, "sdg", "13") == 2
    assert facet_count(html, "modality", "triangular") == 1
    assert facet_count(html, "language", "fr") == 1
    assert facet_count(html, "period", "2010s") == 3  # active at some point in the decade
    assert facet_count(html, "period", "2020s") == 2
    assert facet_count(html, "period", "ongoing") == 1
    assert 'class="sdg-badge sdg-13"' in html
    assert "style=" not in html.split('<main id="main"')[1]


def test_filter_counts_respect_the_other_active_filters(client, catalogue):
    html = client.get(catalogue.url, {"region": "002"}).content.decode()
    assert "2 practices" in html
    assert "Andean water boards" not in html and "Seed banks in the Sahel" in html
    assert facet_count(html, "sdg", "13") == 1  # only the Sahel practice is in Africa
    assert facet_count(html, "sdg", "6") is None
    # The region facet itself still offers the alternatives, counted under the other filters.
    assert facet_count(html, "region", "019") == 1


def test_filters_combine_and_a_selected_value_can_be_removed(client, catalogue):
    response = client.get(catalogue.url, {"region": "002", "sdg": "13"})
    html = response.content.decode()
    assert "1 practice" in html and "Seed banks in the Sahel" in html
    assert 'aria-current="true"' in html
    assert 'href="?sdg=13"' in html  # removing the region keeps the SDG


def test_filter_by_theme_partner_country_and_period(client, catalogue):
    from practices.models import PartnerPage, Theme

    theme = Theme.objects.get(name="Water and sanitation")
    assert "1 practice" in client.get(catalogue.url, {"theme": theme.slug}).content.decode()
    fao = PartnerPage.objects.get(title="FAO")
    html = client.get(catalogue.url, {"partner": fao.pk}).content.decode()
    assert "Seed banks in the Sahel" in html and "Mobile health" not in html
    html = client.get(catalogue.url, {"country": "ke"}).content.decode()
    assert "Mobile health records" in html and "1 practice" in html
    html = client.get(catalogue.url, {"period": "2000s"}).content.decode()
    assert "Andean water boards" in html and "1 practice" in html


@pytest.mark.parametrize(
    "params",
    [
        {"region": "999"},
        {"sdg": "18"},
        {"sdg": "abc"},
        {"country": "XX"},
        {"theme": "no-such-theme"},
        {"partner": "99999999999999999999999"},
        {"modality": "telepathy"},
        {"language": "zz"},
        {"period": "1700s"},
        {"sort": "nonsense"},
        {"page": "abc"},
        {"page": "-1"},
        {"page": "999"},
        {"region": "x" * 5000},
        {"theme": "water\x00"},
    ],
)
def test_bad_query_parameters_are_ignored(client, catalogue, params):
    response = client.get(catalogue.url, params)
    assert response.status_code == 200
    assert "Seed banks in the Sahel" in response.content.decode()


def test_sort_by_title_and_start_year(client, catalogue):
    html = client.get(catalogue.url, {"sort": "title"}).content.decode()
    assert html.index("Andean water") < html.index("Mobile health") < html.index("Seed banks")
    html = client.get(catalogue.url, {"sort": "start"}).content.decode()
    assert html.index("Mobile health") < html.index("Seed banks") < html.index("Andean water")


def test_index_paginates_24_a_page(client, practice_index):
    for n in range(PAGE_SIZE + 2):
        GoodPracticePageFactory(parent=practice_index, title=f"Practice number {n:02d}")
    html = client.get(practice_index.url, {"sort": "title"}).content.decode()
    assert html.count('class="card practice-card"') == PAGE_SIZE
    assert 'rel="next"' in html
    html = client.get(practice_index.url, {"sort": "title", "page": "2"}).content.decode()
    assert html.count('class="card practice-card"') == 2
    assert "sort=title" in html


def _catalogue_of(size, practice_index, partner_index):
    partner = PartnerPageFactory(parent=partner_index)
    countries = ["KE", "BR", "IN", "SN", "PE", "VN", "EG"]
    for n in range(size):
        GoodPracticePageFactory(
            parent=practice_index,
            countries=[countries[n % 7], countries[(n + 3) % 7]],
            sdgs=[n % 17 + 1, (n + 5) % 17 + 1],
            themes=[f"Theme {n % 5}"],
            modality="triangular",
            start_year=2000 + n % 20,
            partners=[(partner, "provider")],
        )


@pytest.mark.parametrize("size", [5, 60])
def test_index_query_count_does_not_grow_with_the_catalogue(
    client, practice_index, partner_index, django_assert_max_num_queries, size
):
    _catalogue_of(size, practice_index, partner_index)
    client.get(practice_index.url)  # warm caches (site root paths, settings)
    with django_assert_max_num_queries(30):
        response = client.get(practice_index.url, {"region": "002", "sdg": "1"})
    assert response.status_code == 200
    with django_assert_max_num_queries(30):
        assert client.get(practice_index.url).status_code == 200


def test_practice_page_shows_its_fields_partners_and_related_practices(
    client, catalogue, partner_index
):
    from practices.models import GoodPracticePage

    practice = GoodPracticePage.objects.get(title="Seed banks in the Sahel")
    practice.challenge = "<p>Dry spells shorten the rainy season.</p>"
    practice.save_revision().publish()
    html = client.get(practice.url).content.decode()
    assert "Dry spells shorten the rainy season." in html
    assert "Senegal" in html and "Niger" in html
    assert "Western Africa" in html  # derived region
    assert "FAO" in html and "Funder" in html
    assert "2016–2021" in html
    related = html.split('id="related-heading"')[1]
    # Shared SDG 13 ranks before a shared region (Africa).
    assert related.index("Andean water boards") < related.index("Mobile health records")


@pytest.mark.parametrize("language", ["fr", "es", "pt", "ar"])
def test_catalogue_pages_render_in_every_interface_language(client, catalogue, language):
    from practices.models import GoodPracticePage

    practice = GoodPracticePage.objects.get(title="Seed banks in the Sahel")
    for path in (catalogue.url, practice.url):
        response = client.get(path.replace("/en/", f"/{language}/", 1), {"region": "002"})
        assert response.status_code == 200
        direction = "rtl" if language == "ar" else "ltr"
        assert f'<html lang="{language}" dir="{direction}">' in response.content.decode()


def test_partner_directory_filters_by_type_and_region_with_counts(
    client, partner_index, django_assert_max_num_queries
):
    PartnerPageFactory(parent=partner_index, title="Nairobi Policy Institute", country="KE",
                       organisation_type="think-tank")  # fmt: skip
    PartnerPageFactory(parent=partner_index, title="Lima Water Board", country="PE",
                       organisation_type="government")  # fmt: skip
    PartnerPageFactory(parent=partner_index, title="Dakar Data Lab", country="SN",
                       organisation_type="think-tank")  # fmt: skip
    html = client.get(partner_index.url).content.decode()
    assert "3 partners" in html
    assert facet_count(html, "type", "think-tank") == 2
    assert facet_count(html, "region", "002") == 2  # Africa
    assert facet_count(html, "region", "202") == 2  # Sub-Saharan Africa

    html = client.get(partner_index.url, {"region": "002"}).content.decode()
    assert "2 partners" in html and "Lima Water Board" not in html
    assert facet_count(html, "type", "government") is None
    html = client.get(partner_index.url, {"type": "think-tank", "region": "019"}).content.decode()
    assert "0 partners" in html and "No partner matches these filters." in html
    with django_assert_max_num_queries(20):
        response = client.get(partner_index.url, {"type": "nonsense", "region": "x", "page": "z"})
    assert response.status_code == 200 and "3 partners" in response.content.decode()
