"""Editors can preview catalogue pages before they are first saved."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from practices.models import (
    SDG,
    Country,
    GoodPracticePage,
    PartnerIndexPage,
    PartnerPage,
    PracticeIndexPage,
    PracticePartner,
)
from tests.factories.practices import GoodPracticePageFactory, PartnerPageFactory

pytestmark = pytest.mark.django_db


def preview(page, parent) -> str:
    # What Wagtail's preview-on-create does: place the page under its parent without saving.
    page.set_url_path(parent)
    page.depth = parent.depth + 1
    page.path = parent.path + "ZZZZ"
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    response = page.make_preview_request(request)
    assert response.status_code == 200
    return response.content.decode()


def test_unsaved_practice_with_countries_and_partners_can_be_previewed(
    practice_index, partner_index
):
    GoodPracticePageFactory(parent=practice_index, title="Kenyan clinics", countries=["KE"])
    page = GoodPracticePage(title="Draft practice", slug="draft-practice", summary="Summary.")
    page.countries = list(Country.objects.filter(code="KE"))
    page.sdgs = list(SDG.objects.filter(number=3))
    page.practice_partners = [
        PracticePartner(partner=PartnerPageFactory(parent=partner_index), role="funder")
    ]
    html = preview(page, practice_index)
    assert "Draft practice" in html and "Eastern Africa" in html
    assert "Kenyan clinics" in html  # related through the region


def test_unsaved_partner_and_index_pages_can_be_previewed(site, partner_index):
    assert "New partner" in preview(PartnerPage(title="New partner", slug="new"), partner_index)
    home = site.root_page
    assert "Catalogue" in preview(PracticeIndexPage(title="Catalogue", slug="catalogue"), home)
    assert "Directory" in preview(PartnerIndexPage(title="Directory", slug="directory"), home)
