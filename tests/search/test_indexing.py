"""Publishing, unpublishing, deleting and moderating update the index through Celery tasks."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from practices.models import PartnerIndexPage, PartnerPage
from search.models import SearchEntry
from tests.conftest import wait_until

# tests/conftest.py restores the migrated locales and root page after each flush.
pytestmark = pytest.mark.django_db(transaction=True)


def _entries(**filters):
    return SearchEntry.objects.filter(**filters)


@pytest.fixture
def partner_index(site):
    index = PartnerIndexPage(title="Partners", slug="partners")
    site.root_page.add_child(instance=index)
    return index


def _publish_partner(parent, title, **fields) -> PartnerPage:
    page = PartnerPage(title=title, slug=title.lower().replace(" ", "-"), live=False, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_publishing_a_partner_indexes_it_with_facets_and_embedding(partner_index):
    page = _publish_partner(
        partner_index, "Andean Water Institute", country="PE", description="<p>Irrigation.</p>"
    )
    entry = wait_until(lambda: _entries(object_id=page.pk).first())
    assert entry.kind == "partner"
    assert entry.countries == ["PE"]
    assert "419" in entry.regions
    assert "Irrigation." in entry.body
    assert entry.url == "/en/partners/andean-water-institute/"
    assert entry.vector is not None and entry.vector.shape == (384,)


def test_editing_and_republishing_updates_the_entry(partner_index):
    page = _publish_partner(partner_index, "Delta Network", country="BD")
    wait_until(lambda: _entries(object_id=page.pk).exists())
    page.title = "Delta Resilience Network"
    page.save_revision().publish()
    assert wait_until(
        lambda: _entries(object_id=page.pk, title="Delta Resilience Network").exists()
    )


def test_unpublishing_and_deleting_remove_the_entry(partner_index):
    first = _publish_partner(partner_index, "First Partner")
    second = _publish_partner(partner_index, "Second Partner")
    assert wait_until(lambda: _entries(object_id__in=[first.pk, second.pk]).count() == 2)
    PartnerPage.objects.get(pk=first.pk).unpublish()
    assert wait_until(lambda: not _entries(object_id=first.pk).exists())
    Page.objects.get(pk=second.pk).delete()
    assert wait_until(lambda: not _entries(object_id=second.pk).exists())


def test_contribution_is_indexed_when_published_and_dropped_when_hidden(site):
    from tests.factories.discussions import (
        ContributionFactory,
        DiscussionIndexPageFactory,
        DiscussionPageFactory,
        GuidingQuestionFactory,
    )

    index = DiscussionIndexPageFactory(parent=site.root_page)
    discussion = DiscussionPageFactory(parent=index, title="Learning from exchanges")
    question = GuidingQuestionFactory(discussion=discussion, question="What did you learn?")
    contribution = ContributionFactory(
        discussion=discussion,
        comment="Peers taught us to budget for mentoring.",
        guiding_questions=[question],
    )
    entry = wait_until(
        lambda: (
            _entries(kind="contribution", object_id=contribution.pk).exclude(questions=[]).first()
        )
    )
    assert entry.discussion_title == "Learning from exchanges"
    assert entry.questions == ["1. What did you learn?"]
    contribution.is_public = False
    contribution.save()
    assert wait_until(lambda: not _entries(kind="contribution", object_id=contribution.pk).exists())


def test_rebuild_skips_unchanged_entries_and_removes_stale_ones(partner_index):
    page = _publish_partner(partner_index, "Stable Partner")
    wait_until(lambda: _entries(object_id=page.pk).exists())
    SearchEntry.objects.create(
        content_type_id=page.content_type_id, object_id=999_999, kind="partner", title="Gone"
    )
    from search.rebuild import rebuild

    report = rebuild(progress=False)
    assert (report.written, report.unchanged, report.removed) == (0, 1, 1)
    call_command("rebuild_search", "--no-progress", "--force", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert _entries().count() == 1


def _member_of_a_partner(partner_index):
    """(the partner "Delta Network", a member of "Andean Water Institute", a discussion)."""
    from tests.factories.accounts import UserFactory
    from tests.factories.discussions import DiscussionIndexPageFactory, DiscussionPageFactory

    water = _publish_partner(partner_index, "Andean Water Institute")
    delta = _publish_partner(partner_index, "Delta Network")
    member = UserFactory(profile__partner=water)
    index = DiscussionIndexPageFactory(parent=partner_index.get_parent())
    discussion = DiscussionPageFactory(parent=index, title="Learning from exchanges")
    return delta, member, discussion


def test_a_contribution_names_its_authors_organisation_as_their_profile_does(client, partner_index):
    """A member's contribution is found under the partner their profile links to, and follows
    the profile and the partner's page when either changes."""
    from tests.factories.discussions import ContributionFactory

    delta, member, discussion = _member_of_a_partner(partner_index)
    contribution = ContributionFactory(
        discussion=discussion, user=member, comment="Our peers budgeted for mentoring."
    )

    def partners_of_entry():
        entry = _entries(kind="contribution", object_id=contribution.pk).first()
        return entry.partners if entry else None

    assert wait_until(lambda: partners_of_entry() == ["Andean Water Institute"])
    member.profile.partner = PartnerPage.objects.get(pk=delta.pk)
    member.profile.save()
    assert wait_until(lambda: partners_of_entry() == ["Delta Network"])
    delta.title = "Delta Resilience Network"
    delta.save_revision().publish()
    assert wait_until(lambda: partners_of_entry() == ["Delta Resilience Network"])

    html = client.get("/en/search/", {"partner": "Delta Resilience Network"}).content.decode()
    assert "Our peers budgeted for mentoring." in html
    html = client.get("/en/search/", {"partner": "Andean Water Institute"}).content.decode()
    assert "Our peers budgeted for mentoring." not in html


def test_a_discussion_names_the_organisations_of_the_members_who_wrote_in_it(client, partner_index):
    """A query naming a partner finds the discussions its members wrote in (search.partners):
    the discussion's entry follows its contributions, their authors' profiles and the
    partner's page."""
    from tests.factories.discussions import ContributionFactory

    delta, member, discussion = _member_of_a_partner(partner_index)

    def partners_of_discussion():
        entry = _entries(kind="discussion", object_id=discussion.pk).first()
        return entry.partners if entry else None

    contribution = ContributionFactory(
        discussion=discussion, user=member, comment="Our peers budgeted for mentoring."
    )
    assert wait_until(lambda: partners_of_discussion() == ["Andean Water Institute"])
    member.profile.partner = PartnerPage.objects.get(pk=delta.pk)
    member.profile.save()
    assert wait_until(lambda: partners_of_discussion() == ["Delta Network"])
    delta.title = "Delta Resilience Network"
    delta.save_revision().publish()
    assert wait_until(lambda: partners_of_discussion() == ["Delta Resilience Network"])
    html = client.get("/en/search/", {"partner": "Delta Resilience Network"}).content.decode()
    assert "Learning from exchanges" in html

    contribution.is_public = False  # held for moderation: its author took no part yet
    contribution.save()
    assert wait_until(lambda: partners_of_discussion() == [])
    contribution.is_public = True
    contribution.save()
    assert wait_until(lambda: partners_of_discussion() == ["Delta Resilience Network"])
    contribution.delete()
    assert wait_until(lambda: partners_of_discussion() == [])
