import pytest

from tests.factories.accounts import UserFactory
from tests.factories.discussions import (
    DiscussionIndexPageFactory,
    DiscussionPageFactory,
    GuidingQuestionFactory,
)


@pytest.fixture
def index(site):
    return DiscussionIndexPageFactory(parent=site.root_page)


@pytest.fixture
def discussion(index):
    page = DiscussionPageFactory(parent=index, title="Learning from peers", slug="peers")
    GuidingQuestionFactory(discussion=page, section="Broad", question="What works?", sort_order=0)
    GuidingQuestionFactory(discussion=page, section="Broad", question="What fails?", sort_order=1)
    GuidingQuestionFactory(discussion=page, section="Model", question="What next?", sort_order=2)
    return page


@pytest.fixture
def questions(discussion):
    return list(discussion.guiding_questions.all())


@pytest.fixture
def member(db):
    return UserFactory(
        username="awa",
        profile__full_name="Awa Ndiaye",
        profile__country="SN",
        profile__organisation="Dakar Lab",
    )


@pytest.fixture(autouse=True)
def no_premoderation(settings):
    """These tests are about discussions; moderation has its own (tests/moderation)."""
    settings.MINGA_PREMODERATE_FIRST_CONTRIBUTIONS = 0
    settings.MINGA_PREMODERATE_MAX_LINKS = 1000
