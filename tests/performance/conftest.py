import pytest

from tests.discussions.conftest import discussion, index, member, questions  # noqa: F401


@pytest.fixture(autouse=True)
def no_premoderation(settings):
    settings.MINGA_PREMODERATE_FIRST_CONTRIBUTIONS = 0
    settings.MINGA_PREMODERATE_MAX_LINKS = 1000
