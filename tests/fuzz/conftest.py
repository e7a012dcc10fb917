"""Hypothesis profiles for the fuzz suite and the pages, members and records it aims at.

`make test` runs the bounded, derandomised "fuzz" profile (30 examples per test, the same ones
every run); `HYPOTHESIS_PROFILE=long .venv/bin/pytest tests/fuzz` tries 1 000 fresh examples
per test (HYPOTHESIS_MAX_EXAMPLES overrides the count).
"""

import os

import pytest
from hypothesis import HealthCheck, settings

from tests.factories.accounts import UserFactory
from tests.factories.discussions import (
    DiscussionIndexPageFactory,
    DiscussionPageFactory,
    GuidingQuestionFactory,
)
from tests.factories.practices import (
    GoodPracticePageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    PracticeIndexPageFactory,
)

_COMMON = {
    "deadline": None,
    "suppress_health_check": [
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
}
settings.register_profile("fuzz", max_examples=30, derandomize=True, database=None, **_COMMON)
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", 1000)),
    print_blob=True,
    **_COMMON,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fuzz"))


@pytest.fixture
def pages(site):
    """One of each public page a visitor can add query parameters to."""
    practices = PracticeIndexPageFactory(parent=site.root_page)
    partners = PartnerIndexPageFactory(parent=site.root_page)
    partner = PartnerPageFactory(parent=partners)
    practice = GoodPracticePageFactory(
        parent=practices, countries=["KE"], sdgs=[2], themes=["Food security"]
    )
    discussions = DiscussionIndexPageFactory(parent=site.root_page)
    discussion = DiscussionPageFactory(parent=discussions, title="Learning", slug="learning")
    GuidingQuestionFactory(discussion=discussion, question="What works?", sort_order=0)
    return {
        "home": site.root_page,
        "practices": practices,
        "practice": practice,
        "partners": partners,
        "partner": partner,
        "discussions": discussions,
        "discussion": discussion,
    }


@pytest.fixture
def member(db):
    return UserFactory(username="awa", profile__full_name="Awa Ndiaye", profile__country="SN")


@pytest.fixture(autouse=True)
def no_premoderation(settings):
    settings.MINGA_PREMODERATE_FIRST_CONTRIBUTIONS = 0
