import pytest

from tests.factories.practices import PartnerIndexPageFactory, PracticeIndexPageFactory


@pytest.fixture
def practice_index(site):
    return PracticeIndexPageFactory(parent=site.root_page)


@pytest.fixture
def partner_index(site):
    return PartnerIndexPageFactory(parent=site.root_page)
