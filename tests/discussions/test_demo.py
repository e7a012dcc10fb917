"""The demo loader builds the two discussions once and keeps edits on a second run."""

import pytest

from discussions import demo
from discussions.demo_data import CONTRIBUTIONS, DISCUSSIONS
from discussions.models import Contribution, DiscussionPage
from home.models import NavigationSettings

pytestmark = pytest.mark.django_db


def _sources():
    """The discussions in the default locale (the demo also translates one of them)."""
    return DiscussionPage.objects.filter(locale__language_code="en")


def test_demo_loader_is_idempotent_and_keeps_edits(site):
    demo.load()
    assert _sources().count() == len(DISCUSSIONS)
    assert Contribution.objects.count() == len(CONTRIBUTIONS)
    assert NavigationSettings.for_site(site).discussions_page.specific.slug == "discussions"
    assert [u.username for u in DiscussionPage.objects.first().moderators.all()] == ["moderator"]
    open_discussion = _sources().get(slug=DISCUSSIONS[0]["slug"])
    assert open_discussion.is_open
    translations = open_discussion.get_translations().live().filter(alias_of__isnull=True)
    assert sorted(translations.values_list("locale__language_code", flat=True)) == [
        "ar",
        "es",
        "fr",
        "pt",
    ]
    assert _sources().get(slug=DISCUSSIONS[1]["slug"]).status == "closed"
    reply = Contribution.objects.get(user__username="ingrid.solberg", level=1)
    assert (
        reply.parent_id
        == Contribution.objects.get(
            user__username="aissatou.ndiaye", comment__startswith="Bonjour à toutes"
        ).pk
    )
    open_discussion.title = "Edited title"
    open_discussion.save_revision().publish()

    demo.load()
    assert _sources().count() == len(DISCUSSIONS)
    assert DiscussionPage.objects.filter(alias_of__isnull=True).count() == len(DISCUSSIONS) + 4
    assert Contribution.objects.count() == len(CONTRIBUTIONS)
    assert _sources().get(slug=DISCUSSIONS[0]["slug"]).title == "Edited title"
