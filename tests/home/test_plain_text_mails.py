"""Plain-text mails show what members typed: no HTML escaping of apostrophes, < or &."""

import pytest
from django.contrib.auth.models import Group
from django.template.loader import render_to_string
from django.utils import translation

from discussions.models import Subscription
from discussions.moderation.models import ModerationRecord, State
from discussions.moderation.tasks import notify_author, notify_moderators
from discussions.tasks import notify_followers
from home.mail import render_text
from practices.models import PracticeSubmission
from practices.tasks import notify_submitter_of_publication
from tests.factories.accounts import UserFactory
from tests.factories.discussions import (
    ContributionFactory,
    DiscussionIndexPageFactory,
    DiscussionPageFactory,
)
from tests.factories.practices import GoodPracticePageFactory, PracticeIndexPageFactory

pytestmark = pytest.mark.django_db

TEXT = "Partager l'expérience <vraiment> & sans filtre"
TITLE = "L'école d'abord <2026>"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def discussion(site):
    index = DiscussionIndexPageFactory(parent=site.root_page)
    return DiscussionPageFactory(parent=index, title=TITLE, slug="ecole")


def test_moderator_queue_mail_keeps_apostrophes_and_angle_brackets(discussion, mailbox):
    moderator = UserFactory(email="mod@example.org")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    contribution = ContributionFactory(discussion=discussion, comment=TEXT, is_public=False)
    ModerationRecord.objects.update_or_create(
        contribution=contribution, defaults={"state": State.PENDING}
    )
    assert notify_moderators(discussion.pk) == 1
    message = mailbox.wait_for(1)[0]
    assert TEXT in message.body
    assert TITLE in message.body and TITLE in message.subject
    assert "&#x27;" not in message.body and "&lt;" not in message.body


def test_rejection_mail_keeps_the_reason_and_the_text_as_typed(discussion, mailbox):
    author = UserFactory(email="author@example.org")
    contribution = ContributionFactory(discussion=discussion, user=author, comment=TEXT)
    ModerationRecord.objects.update_or_create(
        contribution=contribution,
        defaults={"state": State.HIDDEN, "reason": "Pas d'insultes <svp> & merci"},
    )
    assert notify_author(contribution.pk, "reject")
    message = mailbox.wait_for(1)[0]
    assert "Pas d'insultes <svp> & merci" in message.body
    assert TEXT in message.body
    assert TITLE in message.subject


def test_follower_mail_keeps_the_contribution_as_typed(discussion, mailbox):
    Subscription.objects.create(user=UserFactory(email="f@example.org"), discussion=discussion)
    contribution = ContributionFactory(discussion=discussion, comment=TEXT)
    assert notify_followers(contribution.pk) == 1
    message = mailbox.wait_for(1)[0]
    assert TEXT in message.body
    assert TITLE in message.subject


def test_practice_published_mail_keeps_the_title_as_typed(site, mailbox):
    index = PracticeIndexPageFactory(parent=site.root_page)
    page = GoodPracticePageFactory(parent=index, title="Women's <seed> banks & co", source_id="S")
    member = UserFactory(email="amina@example.org")
    submission = PracticeSubmission.objects.create(page=page, submitted_by=member)
    assert notify_submitter_of_publication(submission.pk)
    message = mailbox.wait_for(1)[0]
    assert "Women's <seed> banks & co" in message.subject
    assert "Women's <seed> banks & co" in message.body


def test_text_rendering_is_unescaped_where_html_rendering_escapes(discussion):
    context = {"discussion": discussion, "download_url": "https://x.org/?a=1&b=2"}
    text = render_text("moderation/email/export_ready.txt", context)
    assert TITLE in text and "?a=1&b=2" in text
    html = render_to_string("moderation/email/export_ready.txt", context)
    assert "L&#x27;école d&#x27;abord &lt;2026&gt;" in html


def test_discussion_page_still_escapes_the_title(client, discussion):
    html = client.get(discussion.url).content.decode()
    assert "L&#x27;école d&#x27;abord &lt;2026&gt;" in html
    assert TITLE not in html
