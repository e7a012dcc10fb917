import pytest
from django.utils import translation

from tests.factories.practices import PartnerIndexPageFactory, PracticeIndexPageFactory


@pytest.fixture(autouse=True)
def english():
    """Messages built outside a request are in English, whatever an earlier request activated."""
    with translation.override("en"):
        yield


@pytest.fixture
def practice_index(site):
    return PracticeIndexPageFactory(parent=site.root_page)


@pytest.fixture
def partner_index(site):
    return PartnerIndexPageFactory(parent=site.root_page)
