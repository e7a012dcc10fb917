"""The catalogue's demo loader builds the section and stays idempotent."""

import pytest
from wagtail.models import Site

from home.models import NavigationSettings
from practices import demo
from practices.demo_data import PARTNERS, PRACTICES
from practices.models import GoodPracticePage, PartnerPage, PracticeIndexPage

pytestmark = pytest.mark.django_db


def test_demo_loader_builds_the_catalogue_and_keeps_edits(demo_site):
    # The run's one demo build (its catalogue step is `demo.load`), then one more load over it.
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    assert navigation.practices_page_id == index.pk and navigation.partners_page_id
    english = GoodPracticePage.objects.live().filter(locale__language_code="en")
    assert english.count() == len(PRACTICES)
    translated = GoodPracticePage.objects.live().exclude(locale__language_code="en")
    assert translated.filter(alias_of__isnull=True).count() == 6 * 4  # six practices, 4 languages
    assert PartnerPage.objects.filter(slug__in=[p["slug"] for p in PARTNERS]).count() == len(
        PARTNERS
    )

    practice = GoodPracticePage.objects.get(source_id=PRACTICES[0]["source_id"])
    practice.title = "Edited by an editor"
    practice.save_revision().publish()
    partners_before = PartnerPage.objects.count()

    pages_before = GoodPracticePage.objects.count()

    demo.load()
    assert GoodPracticePage.objects.count() == pages_before
    assert PartnerPage.objects.count() == partners_before
    assert GoodPracticePage.objects.get(pk=practice.pk).title == "Edited by an editor"


def test_every_demo_practice_is_valid_interchange_data(site):
    from practices.interchange import validate_row

    for number, record in enumerate(PRACTICES, start=1):
        clean, errors = validate_row(number, record)
        assert not errors, errors
        assert clean.building_blocks  # the demo shows building blocks
