import pytest
from django.utils import translation

from home.models import StandardPage
from home.translations import translate
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

LANGUAGES = ["en", "fr", "es", "pt", "ar"]


@pytest.fixture(autouse=True)
def english():
    """Pages are built and translated outside a request, in English."""
    with translation.override("en"):
        yield


@pytest.fixture
def tree(site):
    """One page of every type, all in English."""
    home = site.root_page.specific
    about = home.add_child(instance=StandardPage(title="About Minga", slug="about"))
    discussions = DiscussionIndexPageFactory(parent=home)
    discussion = DiscussionPageFactory(
        parent=discussions, title="Peer learning circles", slug="peers"
    )
    GuidingQuestionFactory(discussion=discussion, question="What works?", sort_order=0)
    practices = PracticeIndexPageFactory(parent=home)
    practice = GoodPracticePageFactory(
        parent=practices, title="Seed banks", slug="seed-banks", themes=["Food security"]
    )
    partners = PartnerIndexPageFactory(parent=home)
    partner = PartnerPageFactory(parent=partners, title="Dakar Lab", slug="dakar-lab")
    return {
        "home": home,
        "about": about,
        "discussions": discussions,
        "discussion": discussion,
        "practices": practices,
        "practice": practice,
        "partners": partners,
        "partner": partner,
    }


@pytest.fixture
def french_discussion(tree):
    """The discussion translated into French, its parents untouched (wagtail-localize makes
    aliases of them)."""
    return translate(
        tree["discussion"],
        "fr",
        {
            "Peer learning circles": "Cercles d’apprentissage mutuel",
            "What works?": "Qu'est-ce qui marche ?",
        },
    )
