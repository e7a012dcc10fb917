"""Page types, derived regions, validation and partner back-links."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from practices.data.m49 import REGIONS
from practices.data.sdgs import SDGS
from practices.labels import REGION_NAMES, SDG_NAMES
from practices.models import (
    SDG,
    Country,
    GoodPracticePage,
    PartnerIndexPage,
    PartnerPage,
    PracticeIndexPage,
    Region,
    SDGTarget,
)
from tests.factories.practices import GoodPracticePageFactory, PartnerPageFactory

pytestmark = pytest.mark.django_db


class TestPageTypes(WagtailPageTestCase):
    def test_catalogue_pages_nest_under_home(self):
        self.assertCanCreateAt(HomePage, PracticeIndexPage)
        self.assertCanCreateAt(HomePage, PartnerIndexPage)
        self.assertAllowedSubpageTypes(PracticeIndexPage, {GoodPracticePage})
        self.assertAllowedSubpageTypes(PartnerIndexPage, {PartnerPage})
        self.assertAllowedSubpageTypes(GoodPracticePage, set())
        self.assertCanNotCreateAt(HomePage, GoodPracticePage)


def test_migrations_load_every_sdg_target_region_and_country(db):
    assert SDG.objects.count() == 17
    assert SDG.objects.get(number=13).colour == "#3F7E44"
    assert SDGTarget.objects.filter(sdg__number=17).count() == 19
    assert Region.objects.count() == len(REGIONS)
    assert Country.objects.count() >= 249
    assert set(Country.objects.get(code="KE").regions.values_list("code", flat=True)) == {
        "002",
        "202",
        "014",
    }


def test_data_file_names_are_marked_for_translation():
    assert set(SDG_NAMES) == {sdg["short_name"] for sdg in SDGS}
    assert set(REGION_NAMES) == {region["name"] for region in REGIONS}


def test_regions_are_derived_from_the_countries(practice_index):
    practice = GoodPracticePageFactory(parent=practice_index, countries=["KE", "BR"])
    codes = set(practice.region_codes)
    assert {"002", "202", "014", "019", "419", "005"} == codes

    practice.countries = list(Country.objects.filter(code="FJ"))
    practice.save()
    assert set(practice.region_codes) == {"009", "054"}


def test_end_year_before_start_year_is_refused(practice_index):
    practice = GoodPracticePageFactory(parent=practice_index)
    practice.start_year, practice.end_year = 2020, 2018
    with pytest.raises(ValidationError) as error:
        practice.full_clean()
    assert "end_year" in error.value.message_dict


def test_translations_get_a_new_source_id(practice_index):
    from wagtail.models import Locale

    practice = GoodPracticePageFactory(parent=practice_index, source_id="UNDESA-1")
    french = Locale.objects.get_or_create(language_code="fr")[0]
    translated = practice.copy_for_translation(french, copy_parents=True)
    assert translated.source_id != "UNDESA-1" and translated.source_id.startswith("minga-")


def test_partner_page_lists_practices_by_role(client, practice_index, partner_index):
    partner = PartnerPageFactory(parent=partner_index, title="Sahel Seed Network", country="SN")
    GoodPracticePageFactory(
        parent=practice_index, title="Seed banks", partners=[(partner, "provider")]
    )
    GoodPracticePageFactory(
        parent=practice_index, title="Millet markets", partners=[(partner, "funder")]
    )
    draft = GoodPracticePageFactory(
        parent=practice_index, title="Unpublished idea", partners=[(partner, "provider")]
    )
    draft.unpublish()

    html = client.get(partner.url).content.decode()
    assert "Provider / pivotal partner" in html and "Funder" in html
    assert "Seed banks" in html and "Millet markets" in html
    assert "Unpublished idea" not in html
    assert partner.region_names == ["Western Africa", "Sub-Saharan Africa", "Africa"]


def test_partner_page_lists_discussions_it_organised_or_facilitated(client, site, partner_index):
    from tests.factories.discussions import DiscussionIndexPageFactory, DiscussionPageFactory

    partner = PartnerPageFactory(parent=partner_index, title="Southern Voice")
    discussions = DiscussionIndexPageFactory(parent=site.root_page)
    organised = DiscussionPageFactory(parent=discussions, title="Financing adaptation")
    facilitated = DiscussionPageFactory(parent=discussions, title="Data for the SDGs")
    closed_draft = DiscussionPageFactory(parent=discussions, title="Not yet public")
    organised.organisers = [partner]
    organised.save()
    facilitated.facilitators = [partner]
    facilitated.save()
    closed_draft.organisers = [partner]
    closed_draft.save()
    closed_draft.unpublish()

    html = client.get(partner.url).content.decode()
    discussions_section = html.split('id="partner-discussions-heading"')[1]
    assert "Financing adaptation" in discussions_section
    assert "Data for the SDGs" in discussions_section
    assert "Not yet public" not in discussions_section
    assert set(partner.discussions()) == {"organised_discussions", "facilitated_discussions"}


def test_partner_page_lists_its_discussions_open_first_then_the_latest_closed(
    client, site, partner_index
):
    from tests.factories.discussions import DiscussionIndexPageFactory, DiscussionPageFactory

    partner = PartnerPageFactory(parent=partner_index, title="Southern Voice")
    discussions = DiscussionIndexPageFactory(parent=site.root_page)
    now = timezone.now()
    dates = {  # created in this order, so their tree order is not the one expected
        "Closed long ago": (now - timedelta(days=400), now - timedelta(days=360)),
        "Open now": (now - timedelta(days=2), now + timedelta(days=20)),
        "Closed last month": (now - timedelta(days=60), now - timedelta(days=30)),
    }
    for title, (opens_at, closes_at) in dates.items():
        page = DiscussionPageFactory(
            parent=discussions, title=title, opens_at=opens_at, closes_at=closes_at
        )
        page.organisers = [partner]
        page.save()

    html = client.get(partner.url).content.decode()
    section = html.split('id="partner-discussions-heading"')[1]
    positions = [
        section.index(title) for title in ("Open now", "Closed last month", "Closed long ago")
    ]
    assert positions == sorted(positions), positions


def test_sdg_badges_have_one_css_class_per_goal_with_its_colours():
    from django.conf import settings

    css = (settings.BASE_DIR / "static" / "css" / "practices.css").read_text()
    for sdg in SDGS:
        rule = f".sdg-{sdg['number']} {{ background: {sdg['colour']}; color: {sdg['text_colour']};"
        assert rule in css
