"""Rate limits: a clear 429 page (JSON under /api/) on every endpoint that writes or searches."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from discussions.models import Contribution, Subscription
from tests.discussions.helpers import form_data
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory
from tests.factories.practices import PracticeIndexPageFactory

pytestmark = pytest.mark.django_db


def post(client, discussion, user, number: int):
    return client.post(
        f"/en/contributions/post/{discussion.pk}/",
        form_data(discussion, user, comment=f"Contribution number {number} about peer learning."),
    )


@pytest.fixture
def established(discussion):
    """A member for weeks, with a published contribution: the ordinary limits apply."""
    user = UserFactory(username="kwame", date_joined=timezone.now() - timedelta(days=30))
    ContributionFactory(discussion=discussion, user=user)
    return user


def test_thirty_posts_in_a_burst_are_refused_after_the_limit_with_a_clear_page(
    client, discussion, established, rate_limits
):
    client.force_login(established)
    statuses = [post(client, discussion, established, n).status_code for n in range(30)]

    assert statuses[:6] == [302] * 6
    assert set(statuses[6:]) == {429}
    assert Contribution.objects.filter(user=established).count() == 1 + 6
    page = post(client, discussion, established, 99)
    assert "Too many requests" in page.text
    assert "Please wait 1 minute and try again." in page.text
    assert int(page["Retry-After"]) <= 60


def test_a_new_member_gets_a_lower_posting_limit(client, discussion, member, rate_limits):
    client.force_login(member)
    statuses = [post(client, discussion, member, n).status_code for n in range(6)]

    assert statuses == [302, 302, 302, 429, 429, 429]


def test_limits_are_tuned_in_settings(client, discussion, established, rate_limits):
    rate_limits["post"] = "2/h"
    client.force_login(established)
    statuses = [post(client, discussion, established, n).status_code for n in range(3)]

    assert statuses == [302, 302, 429]


def test_the_429_page_is_translated(client, discussion, established, rate_limits):
    rate_limits["post"] = "1/h"
    client.force_login(established)
    post(client, discussion, established, 1)

    response = client.post(
        f"/fr/contributions/post/{discussion.pk}/",
        form_data(discussion, established, comment="Encore une contribution."),
        HTTP_ACCEPT_LANGUAGE="fr",
    )

    assert response.status_code == 429
    assert '<html lang="fr"' in response.text


def test_editing_is_limited(client, discussion, established, rate_limits):
    rate_limits["edit"] = "3/m"
    contribution = ContributionFactory(discussion=discussion, user=established)
    client.force_login(established)
    url = f"/en/contributions/{contribution.pk}/edit/"
    statuses = [
        client.post(url, {"comment": f"Edited text {n}.", "language": "en"}).status_code
        for n in range(4)
    ]

    assert statuses[3] == 429
    assert 429 not in statuses[:3]


def test_following_is_limited(client, discussion, established, rate_limits):
    rate_limits["follow"] = "4/m"
    client.force_login(established)
    url = f"/en/contributions/follow/{discussion.pk}/"
    statuses = [client.post(url).status_code for _n in range(6)]

    assert statuses == [302, 302, 302, 302, 429, 429]
    assert Subscription.objects.filter(user=established).count() == 0


def test_flagging_is_limited_and_lower_for_new_members(client, discussion, member, rate_limits):
    author = UserFactory(username="author")
    contributions = [ContributionFactory(discussion=discussion, user=author) for _n in range(5)]
    client.force_login(member)
    statuses = [
        client.post(f"/en/contributions/moderation/flag/{c.pk}/", {"reason": "spam"}).status_code
        for c in contributions
    ]

    assert statuses == [302, 302, 302, 429, 429]


def test_practice_proposals_are_limited(client, site, member, rate_limits):
    PracticeIndexPageFactory(parent=site.root_page)
    client.force_login(member)
    statuses = [client.post("/en/practices-submit/", {"title": ""}).status_code for _n in range(3)]

    assert statuses == [200, 200, 429]


def test_search_api_answers_429_in_json(site, rate_limits):
    rate_limits["search"] = "3/m"
    visitor = Client(REMOTE_ADDR="203.0.113.9")
    statuses = [visitor.get("/api/search/", {"q": "water"}).status_code for _n in range(4)]
    other = Client(REMOTE_ADDR="203.0.113.10").get("/api/search/", {"q": "water"})

    assert statuses == [200, 200, 200, 429]
    refused = visitor.get("/api/search/", {"q": "water"})
    assert refused["Content-Type"] == "application/json"
    assert "too often" in refused.json()["error"]
    assert other.status_code == 200


def test_sign_up_bursts_are_refused_with_the_429_page(client, site):
    statuses = [
        client.post(
            "/en/accounts/signup/",
            {"email": f"bot{n}@example.org", "username": f"bot{n}", "password1": "x"},
        ).status_code
        for n in range(7)
    ]

    assert statuses[:5] == [200] * 5
    assert statuses[5:] == [429, 429]
    page = client.post("/en/accounts/signup/", {"email": "late@example.org"})
    assert "Too many requests" in page.text


def test_password_reset_requests_are_limited_per_address(client, site):
    statuses = [
        client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"}).status_code
        for _n in range(5)
    ]

    assert 429 in statuses
    assert (
        "Too many requests"
        in client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"}).text
    )


def test_the_wagtail_admin_password_reset_is_limited_too(client, site, rate_limits, mailbox):
    UserFactory(username="editor", email="editor@example.org", is_staff=True)
    statuses = [
        client.post("/admin/password_reset/", {"email": "editor@example.org"}).status_code
        for _n in range(7)
    ]

    assert statuses[:5] == [302] * 5
    assert statuses[5:] == [429, 429]
    assert len(mailbox.wait_for(5)) == 5
