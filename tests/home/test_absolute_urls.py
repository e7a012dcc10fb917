"""Every absolute link (mails, feeds, the API, page full URLs) starts with WAGTAILADMIN_BASE_URL."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from discussions.models import Subscription
from discussions.moderation.tasks import export_for_moderator, notify_author, notify_moderators
from discussions.tasks import notify_followers
from home.demo import get_home_page
from home.urls import absolute_url, rebase_url, site_address
from practices.models import PracticeSubmission
from practices.tasks import notify_submitter_of_publication
from tests.accounts.conftest import SIGNUP_URL, signup_data  # noqa: F401 (a fixture)
from tests.factories.accounts import UserFactory
from tests.factories.discussions import (
    ContributionFactory,
    DiscussionIndexPageFactory,
    DiscussionPageFactory,
)
from tests.factories.practices import GoodPracticePageFactory, PracticeIndexPageFactory

pytestmark = pytest.mark.django_db

BASE = "https://minga.example.org:8443"
LINK = re.compile(r"https?://[^\s\"'<>]+")


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE + "/"  # a trailing slash is tolerated
    with translation.override("en"):
        yield


@pytest.fixture
def discussion(site):
    index = DiscussionIndexPageFactory(parent=site.root_page)
    return DiscussionPageFactory(parent=index, title="Peer learning", slug="peer-learning")


def links(text: str) -> list[str]:
    found = LINK.findall(text)
    assert found, text
    return found


def assert_all_on_site(text: str) -> None:
    for link in links(text):
        assert link.startswith(BASE + "/"), link


def test_helper_puts_paths_under_the_configured_address():
    assert absolute_url("/en/discussions/") == f"{BASE}/en/discussions/"
    assert absolute_url("en/about/") == f"{BASE}/en/about/"
    assert absolute_url("https://elsewhere.org/x") == "https://elsewhere.org/x"
    assert rebase_url("http://127.0.0.1:8000/en/a/?b=1#c") == f"{BASE}/en/a/?b=1#c"
    assert site_address() == ("minga.example.org", 8443)


def test_page_full_urls_use_the_setting_not_the_site_record(discussion):
    assert discussion.full_url == f"{BASE}/en/discussions/peer-learning/"
    assert discussion.get_url() == "/en/discussions/peer-learning/"


def test_sitemap_locations_use_the_setting(rf, discussion):
    [entry] = discussion.get_sitemap_urls(rf.get("/", HTTP_HOST="127.0.0.1:8000"))
    assert entry["location"] == f"{BASE}/en/discussions/peer-learning/"


def test_setup_sets_the_site_record_from_the_setting(site):
    with override_settings(WAGTAILADMIN_BASE_URL="http://minga.example.org:8000"):
        get_home_page()
    default = Site.objects.get(is_default_site=True)
    assert (default.hostname, default.port) == ("minga.example.org", 8000)
    assert default.root_url == "http://minga.example.org:8000"


def test_api_detail_and_html_urls_agree_on_the_host(client, site):
    index = PracticeIndexPageFactory(parent=site.root_page)
    practice = GoodPracticePageFactory(parent=index, title="Seed banks", source_id="S-1")
    for endpoint in ("/api/v2/practices/", "/api/v2/pages/"):
        response = client.get(endpoint, {"type": "practices.GoodPracticePage"})
        meta = next(item["meta"] for item in response.json()["items"] if item["id"] == practice.pk)
        assert re.fullmatch(rf"{BASE}/api/v2/(pages|practices)/{practice.pk}/", meta["detail_url"])
        assert meta["html_url"] == absolute_url(practice.get_url())
        assert meta["html_url"].startswith(f"{BASE}/en/")


def test_feed_links_use_the_setting(client, discussion):
    ContributionFactory(discussion=discussion, comment="Shared lessons")
    response = client.get(discussion.url + "feed/")
    assert response.status_code == 200
    feed = response.content.decode()
    hrefs = re.findall(r'href="([^"]+)"', feed)
    assert hrefs and all(href.startswith(BASE + "/") for href in hrefs), hrefs
    assert f'href="{BASE}/en/discussions/peer-learning/"' in feed


def test_follower_mail_links_use_the_setting(discussion, mailbox):
    follower = UserFactory(email="follower@example.org")
    Subscription.objects.create(user=follower, discussion=discussion)
    contribution = ContributionFactory(discussion=discussion)
    assert notify_followers(contribution.pk) == 1
    body = mailbox.wait_for(1)[0].body
    permalink = reverse("discussions:permalink", kwargs={"pk": contribution.pk})
    assert f"{BASE}{permalink}" in body
    assert_all_on_site(body)


def test_moderation_mails_links_use_the_setting(discussion, mailbox, settings):
    settings.MINGA_PREMODERATE_FIRST_CONTRIBUTIONS = 1
    moderator = UserFactory(email="mod@example.org")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    author = UserFactory(email="author@example.org")
    contribution = ContributionFactory(discussion=discussion, user=author, is_public=False)
    from discussions.moderation.models import ModerationRecord, State

    ModerationRecord.objects.update_or_create(
        contribution=contribution, defaults={"state": State.PENDING}
    )
    notify_moderators(discussion.pk)
    notify_author(contribution.pk, "reject")
    notify_author(contribution.pk, "approve")
    export_for_moderator(discussion.pk, "csv", moderator.pk, False)
    bodies = [message.body for message in mailbox.wait_for(4)]
    assert len(bodies) == 4
    for body in bodies:
        assert_all_on_site(body)
    assert any(f"{BASE}/admin/moderation/" in body for body in bodies)
    assert any(f"{BASE}/en/discussions/peer-learning/" in body for body in bodies)


def test_practice_published_mail_link_uses_the_setting(site, mailbox):
    index = PracticeIndexPageFactory(parent=site.root_page)
    page = GoodPracticePageFactory(parent=index, title="Seed banks", source_id="S-1")
    member = UserFactory(email="amina@example.org")
    submission = PracticeSubmission.objects.create(page=page, submitted_by=member)
    assert notify_submitter_of_publication(submission.pk)
    body = mailbox.wait_for(1)[0].body
    assert f"{BASE}/en/" in body
    assert_all_on_site(body)


def test_signup_confirmation_mail_links_use_the_setting(client, mailbox, settings, signup_data):  # noqa: F811
    cache.clear()  # allauth's rate limits
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    client.post(SIGNUP_URL, signup_data, HTTP_HOST="127.0.0.1:8000")
    messages = mailbox.wait_for(1)
    assert messages, "no confirmation mail"
    assert_all_on_site(messages[-1].body)


def test_password_reset_mail_links_use_the_setting(client, mailbox):
    cache.clear()
    UserFactory(email="member@example.org")
    client.post(
        reverse("account_reset_password"),
        {"email": "member@example.org"},
        HTTP_HOST="localhost",
    )
    messages = mailbox.wait_for(1)
    assert messages, "no reset mail"
    assert_all_on_site(messages[-1].body)


def test_canonical_and_hreflang_links_use_the_setting(client, discussion):
    html = client.get(discussion.url, HTTP_HOST="127.0.0.1:8000").content.decode()
    assert f'<link rel="canonical" href="{BASE}/en/discussions/peer-learning/">' in html
    alternates = re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)"', html)
    assert alternates and all(url.startswith(BASE + "/") for url in alternates)


def test_migrate_sets_the_site_record_from_the_setting(site):
    with override_settings(WAGTAILADMIN_BASE_URL="https://minga.example.org"):
        call_command("migrate", verbosity=0)
    default = Site.objects.get(is_default_site=True)
    assert (default.hostname, default.port) == ("minga.example.org", 443)
