"""Members follow a discussion or a thread and get e-mails they can stop without logging in."""

import re

import pytest
from django.urls import reverse

from discussions.models import Subscription
from tests.discussions.helpers import form_data
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory


@pytest.mark.django_db(transaction=True)
def test_followers_get_an_email_with_a_working_unsubscribe_link(
    client, discussion, member, mailbox
):
    follower = UserFactory(username="follower")
    thread_follower = UserFactory(username="threadfollower")
    top = ContributionFactory(discussion=discussion, comment="Thread start")
    client.force_login(follower)
    client.post(reverse("discussions:follow", args=[discussion.pk]))
    client.force_login(thread_follower)
    client.post(reverse("discussions:follow", args=[discussion.pk]), {"thread": top.pk})
    assert Subscription.objects.count() == 2

    client.force_login(member)
    client.post(
        reverse("discussions:post", args=[discussion.pk]),
        form_data(discussion, member, comment="A reply worth reading", reply_to=top.pk),
    )
    messages = mailbox.wait_for(2)
    assert sorted(m.to[0] for m in messages) == [
        "follower@example.org",
        "threadfollower@example.org",
    ]
    body = messages[0].body if hasattr(messages[0], "body") else messages[0].get_content()
    assert "A reply worth reading" in body
    link = re.search(r"https?://\S+/contributions/unsubscribe/\S+/", body).group(0)

    client.logout()
    path = link.split("testserver", 1)[-1]
    assert client.get(path).status_code == 200
    assert client.post(path).status_code == 200
    assert Subscription.objects.count() == 1


@pytest.mark.django_db
def test_a_tampered_unsubscribe_link_is_refused(client):
    response = client.get(reverse("discussions:unsubscribe", args=["not-a-token"]))
    assert response.status_code == 400
    assert "not valid" in response.content.decode()


@pytest.mark.django_db
def test_following_twice_stops_following(client, discussion, member):
    client.force_login(member)
    url = reverse("discussions:follow", args=[discussion.pk])
    client.post(url)
    assert Subscription.objects.filter(user=member, thread=None).exists()
    client.post(url)
    assert not Subscription.objects.exists()


@pytest.mark.django_db
def test_the_author_is_not_mailed_about_their_own_contribution(
    client, discussion, member, mailbox, django_capture_on_commit_callbacks
):
    client.force_login(member)
    client.post(reverse("discussions:follow", args=[discussion.pk]))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("discussions:post", args=[discussion.pk]), form_data(discussion, member)
        )
    assert mailbox.messages() == []


@pytest.mark.django_db
def test_ticking_follow_when_posting_follows_the_thread(client, discussion, member):
    client.force_login(member)
    client.post(
        reverse("discussions:post", args=[discussion.pk]),
        form_data(discussion, member, followup="on"),
    )
    subscription = Subscription.objects.get(user=member)
    assert subscription.thread.user == member and subscription.discussion == discussion


@pytest.mark.django_db
def test_a_notification_is_sent_once_even_if_the_task_runs_twice(discussion, member, mailbox):
    from django.core.cache import cache

    from discussions.tasks import notify_followers

    cache.clear()
    follower = UserFactory(username="once")
    Subscription.objects.create(user=follower, discussion=discussion)
    contribution = ContributionFactory(discussion=discussion, user=member)
    assert notify_followers(contribution.pk) == 1
    assert notify_followers(contribution.pk) == 0
    assert len(mailbox.messages()) == 1
