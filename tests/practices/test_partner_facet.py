"""Issue 13: the catalogue's partner facet stays bounded. With more partners than
PARTNERS_SHOWN it lists those with the most practices (ties by name), the selected partner
always, and links to the partner directory; the page stays under 100 KB."""

import re

import pytest

from practices.browsing import Facet, FacetOption
from practices.generator import generate_practices_fast
from practices.models import GoodPracticePage, PracticePartner
from practices.templatetags.catalogue_facets import PARTNERS_SHOWN, shown_options
from tests.factories.practices import PartnerPageFactory

pytestmark = pytest.mark.django_db

LIMIT = 100_000  # bytes of HTML, as tests/practices/test_page_size.py


def _partners(partner_index, count: int) -> list:
    """`count` partners: the first 30 "Busy" ones in 40 - i practices each (most first), the
    others ("Quiet") in one practice each; a long name, as real organisations have."""
    generate_practices_fast(40, seed=13)
    practices = list(GoodPracticePage.objects.order_by("pk").values_list("pk", flat=True))
    partners, links = [], []
    for i in range(count):
        kind = "Busy" if i < 30 else "Quiet"
        partner = PartnerPageFactory(
            parent=partner_index,
            title=f"{kind} partner {i:03d} for rural development and cooperation",
            slug=f"facet-partner-{i}",
        )
        partners.append(partner)
        for practice in practices[: 40 - i if i < 30 else 1]:
            links.append(PracticePartner(practice_id=practice, partner=partner, role="provider"))
    PracticePartner.objects.bulk_create(links)
    return partners


def _facet(html: str) -> str:
    """The partner facet's list of options."""
    return re.search(
        r"<summary>Partner</summary>\s*<ul class=\"facet-options\">(.*?)</ul>", html, re.S
    ).group(1)


def _names(facet: str) -> list[str]:
    return re.findall(r"<span>((?:Busy|Quiet) partner \d+)", facet)


def test_a_catalogue_with_many_partners_lists_the_busiest_and_links_to_all(
    client, practice_index, partner_index
):
    partners = _partners(partner_index, 300)
    response = client.get(practice_index.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert len(response.content) < LIMIT, len(response.content)
    facet = _facet(html)
    with_practices = (
        300
        + PracticePartner.objects.exclude(partner__in=partners).values("partner").distinct().count()
    )  # the generator's own partners too
    # The busiest, most first: "Busy partner 000" (40 practices) ... "Busy partner 024" (16).
    assert _names(facet) == [f"Busy partner {i:03d}" for i in range(PARTNERS_SHOWN)]
    assert facet.count("<li") == PARTNERS_SHOWN + 1  # the options and the link to the rest
    assert "Quiet partner" not in facet and "Busy partner 029" not in facet
    more = re.search(r'<li class="facet-more"><a href="([^"]+)">All (\d+) partners</a>', facet)
    assert more and more.group(1) == partner_index.url
    assert int(more.group(2)) == with_practices
    # The directory: 48 partners a page, facets by type and region (bounded lists).
    directory = client.get(more.group(1))
    assert directory.status_code == 200 and len(directory.content) < LIMIT
    # In Arabic too (a plural with six forms): still bounded.
    arabic = client.get(practice_index.url.replace("/en/", "/ar/", 1))
    assert arabic.status_code == 200 and len(arabic.content) < LIMIT


def test_a_selected_partner_outside_the_busiest_still_shows_as_selected(
    client, practice_index, partner_index
):
    partners = _partners(partner_index, 40)
    quiet = partners[35]
    html = client.get(f"{practice_index.url}?partner={quiet.pk}").content.decode()
    facet = _facet(html)
    assert facet.count("<li") == PARTNERS_SHOWN + 3  # "All", the options, the selected one, more
    selected = re.search(
        r'<li><a href="([^"]*)" aria-current="true"><span>Quiet partner 035[^<]*'
        r'<span class="visually-hidden"> \(selected, select to remove\)',
        facet,
    )
    assert selected and "partner=" not in selected.group(1)  # the link removes the filter
    assert "Busy partner 000" in facet and "Busy partner 025" not in facet
    # The active filter list names it too, with its own remove link.
    assert re.search(r"Partner: Quiet partner 035[^<]*<span aria-hidden", html)
    assert re.search(r'<li><a href="\?">All</a></li>', facet)  # every partner again


def test_a_catalogue_with_few_partners_lists_them_all_by_name_without_a_link(
    client, practice_index, partner_index
):
    generate_practices_fast(6, seed=2)
    html = client.get(practice_index.url).content.decode()
    facet = _facet(html)
    titles = set(PracticePartner.objects.values_list("partner__title", flat=True))
    assert 0 < len(titles) <= PARTNERS_SHOWN
    listed = re.findall(r"<li><a [^>]*><span>([^<]+)</span>", facet)
    assert listed == sorted(titles, key=str.lower)
    assert "facet-more" not in facet and not re.search(r"All \d+ partners", facet)


def test_ties_at_the_limit_go_to_the_first_names():
    options = [FacetOption(str(n), f"Partner {n:03d}", 5) for n in range(PARTNERS_SHOWN + 10)]
    options.append(FacetOption("999", "Zeta", 7))
    shown, total = shown_options(Facet("partner", "Partner", options[::-1]))
    assert total == PARTNERS_SHOWN + 11
    assert [o.label for o in shown] == ["Zeta"] + [
        f"Partner {n:03d}" for n in range(PARTNERS_SHOWN - 1)
    ]
    # Other facets are bounded lists: shown whole.
    assert shown_options(Facet("country", "Country", options))[0] == options
