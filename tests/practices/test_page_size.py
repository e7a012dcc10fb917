"""Issue 13: no HTML page over 100 KB uncompressed, whatever the amount of data. A partner with
many practices lists the newest and links to the catalogue filtered by it; the maps' text lists
name the countries with the most practices and link to the rest."""

import re

import pytest
from django.db.models import Count

from practices.generator import generate_practices_fast
from practices.maps import world
from practices.models import Country, GoodPracticePage, PartnerPage, PracticePartner
from practices.models.partners import PartnerPage as PartnerModel
from practices.templatetags.practices_maps import MAP_LIST_SHOWN

pytestmark = pytest.mark.django_db

LIMIT = 100_000  # bytes of HTML


@pytest.fixture
def large_catalogue(practice_index, partner_index):
    """Fast generated practices; the first one in every country the map draws (the map's
    worst case), so that every country is highlighted and listed."""
    generate_practices_fast(120, seed=13)
    first = GoodPracticePage.objects.order_by("pk").first()
    first.countries.add(*Country.objects.filter(code__in=list(world())))
    return practice_index


def _busiest_partner() -> tuple[PartnerPage, int]:
    row = (
        PracticePartner.objects.values("partner")
        .annotate(n=Count("practice", distinct=True))
        .order_by("-n")
        .first()
    )
    return PartnerPage.objects.get(pk=row["partner"]), row["n"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_partner_with_many_practices_lists_the_newest_and_links_to_all(
    client, large_catalogue, language
):
    partner, count = _busiest_partner()
    assert count > PartnerModel.PRACTICES_SHOWN
    response = client.get(partner.url.replace("/en/", f"/{language}/", 1))
    html = response.content.decode()
    assert response.status_code == 200 and len(response.content) < LIMIT
    section = html.split('id="partner-practices-heading"')[1].split("</section>")[0]
    listed = set(re.findall(r'<li><a href="([^"]+)"', section))
    assert len(listed) == PartnerModel.PRACTICES_SHOWN
    link = re.search(r'<a href="([^"]+\?partner=(\d+))">', section)
    assert link and int(link.group(2)) == partner.pk
    if language == "en":
        assert f"See all {count} practices" in section
        assert "The 20 most recently published practices." in section
    newest = (
        GoodPracticePage.objects.filter(practice_partners__partner=partner)
        .order_by("-first_published_at", "title")
        .first()
    )
    assert newest.title in section
    if language == "en":  # the link, a plain address, leads to every one of them
        assert f"{count} practices" in client.get(link.group(1)).content.decode()


def test_the_home_page_with_every_country_on_its_map_stays_under_the_limit(client, large_catalogue):
    codes = set(GoodPracticePage.countries.through.objects.values_list("country_id", flat=True))
    assert len(codes) > 150
    for language in ("en", "fr", "ar"):
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        assert len(response.content) < LIMIT, (language, len(response.content))
    html = client.get("/en/").content.decode()
    svg = re.search(r'<svg class="world-map".*?</svg>', html, re.S).group(0)
    assert svg.count('class="map-on') == len(codes & set(world()))  # every one still on the map
    listed = re.search(r'<ul class="tag-list map-list">(.*?)</ul>', html, re.S).group(1)
    assert listed.count("<li>") == MAP_LIST_SHOWN
    assert f"See all {len(codes)} countries in the catalogue" in html


def test_a_small_partner_lists_every_practice_without_a_link(client, practice_index, partner_index):
    generate_practices_fast(6, seed=2)
    partner, count = _busiest_partner()
    html = client.get(partner.url).content.decode()
    section = html.split('id="partner-practices-heading"')[1].split("</section>")[0]
    assert "?partner=" not in section and "See all" not in section
    for practice in GoodPracticePage.objects.filter(practice_partners__partner=partner):
        assert practice.title in section
