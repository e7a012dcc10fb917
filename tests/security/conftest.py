import pytest

from minga.settings.base import MINGA_RATE_LIMITS as PRODUCTION_RATE_LIMITS
from tests.discussions.conftest import discussion, index, member  # noqa: F401


@pytest.fixture
def rate_limits(settings):
    """The limits production runs with (test settings switch them off elsewhere)."""
    settings.MINGA_RATE_LIMITS = dict(PRODUCTION_RATE_LIMITS)
    return settings.MINGA_RATE_LIMITS


@pytest.fixture(autouse=True)
def no_premoderation(settings):
    settings.MINGA_PREMODERATE_FIRST_CONTRIBUTIONS = 0
    settings.MINGA_PREMODERATE_MAX_LINKS = 2
