"""A contribution rendered in Python (templatetags/contribution_article.py) shows each reader
what the template showed them: the shared parts the same for everyone, the actions (reply,
edit, delete, flag, follow) decided for the reader of that request only."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory

pytestmark = pytest.mark.django_db


def article(html: str, contribution) -> str:
    found = re.search(rf'<article [^>]*id="c{contribution.pk}".*?</article>', html, re.S)
    assert found, f"contribution {contribution.pk} not on the page"
    return found.group(0)


def actions(html: str, contribution) -> str:
    return re.search(r"<footer.*?</footer>", article(html, contribution), re.S).group(0)


@pytest.fixture
def two_members(discussion, member):
    other = UserFactory(username="bola", profile__full_name="Bola Ade", profile__country="NG")
    mine = ContributionFactory(discussion=discussion, user=member, comment="Mine, **bold**.")
    theirs = ContributionFactory(discussion=discussion, user=other, comment="Theirs.")
    reply = ContributionFactory(
        discussion=discussion, user=other, comment="A reply to Awa.", parent_id=mine.pk
    )
    return {"member": member, "other": other, "mine": mine, "theirs": theirs, "reply": reply}


def test_each_member_gets_actions_for_themselves_and_visitors_none(client, discussion, two_members):
    data = two_members
    pages = {}
    for who in ("member", "other", None):  # in turn, in one process: nothing carries over
        client.logout()
        if who:
            client.force_login(data[who])
        response = client.get(discussion.url)
        assert response.status_code == 200
        pages[who] = response.content.decode()

    mine_for_author = actions(pages["member"], data["mine"])
    edit = reverse("discussions:edit", args=[data["mine"].pk])
    assert f'<a href="{edit}">Edit</a>' in mine_for_author
    assert "Delete</a>" not in mine_for_author  # it has a reply
    assert "flag-link" not in mine_for_author  # nobody flags their own contribution
    assert "Reply<span" in mine_for_author and "Follow thread" in mine_for_author
    assert 'name="csrfmiddlewaretoken"' in mine_for_author

    theirs_for_member = actions(pages["member"], data["theirs"])
    assert "Edit</a>" not in theirs_for_member and "Delete</a>" not in theirs_for_member
    assert "flag-link" in theirs_for_member and "the contribution by bola" in theirs_for_member

    theirs_for_author = actions(pages["other"], data["theirs"])
    assert "Edit</a>" in theirs_for_author and "Delete</a>" in theirs_for_author
    assert "flag-link" not in theirs_for_author
    assert "flag-link" in actions(pages["other"], data["mine"])
    reply_for_author = actions(pages["other"], data["reply"])
    assert "Edit</a>" in reply_for_author and "Follow thread" not in reply_for_author

    for contribution in ("mine", "theirs", "reply"):
        visitor = actions(pages[None], data[contribution])
        assert re.fullmatch(r'<footer class="contribution-actions" lang="en">\s*</footer>', visitor)
    assert "csrfmiddlewaretoken" not in pages[None]


def test_a_visitors_page_sets_no_cookie(client, discussion, two_members):
    response = client.get(discussion.url)
    assert response.status_code == 200
    assert not response.cookies  # a CSRF cookie would keep the page out of the page cache


def test_the_shared_parts_of_a_contribution(client, discussion, questions, member):
    late = ContributionFactory(
        discussion=discussion,
        user=member,
        comment="Answers *two* questions.",
        guiding_questions=[questions[2], questions[0]],
        is_featured=True,
        edited_at=timezone.now(),
        submit_date=timezone.now() - timedelta(days=2),
    )
    html = article(client.get(discussion.url).content.decode(), late)
    assert 'class="contribution contribution-featured"' in html
    assert f'aria-labelledby="c{late.pk}-author"' in html and 'lang="en"' in html
    assert f'<strong id="c{late.pk}-author">Awa Ndiaye</strong>' in html
    assert '<span class="organisation">Dakar Lab</span>' in html
    assert '<span class="country">Senegal</span>' in html
    permalink = reverse("discussions:permalink", args=[late.pk])
    assert f'<a href="{permalink}" class="permalink">' in html
    assert re.search(r'<time datetime="[0-9T:+-]+">[^<]+ UTC[^<]*</time>', html)
    assert '<span class="edited">edited</span>' in html and '<span class="badge">Featured' in html
    links = re.findall(r'<a href="#([^"]+)" title="([^"]+)">Question (\d)</a>', html)
    assert links == [
        (questions[0].anchor, "What works?", "1"),
        (questions[2].anchor, "What next?", "3"),
    ]
    assert "<em>two</em>" in html


def test_own_pending_contribution_is_marked_for_its_author_only(client, discussion, member):
    pending = ContributionFactory(discussion=discussion, user=member, is_public=False)
    client.force_login(member)
    html = article(client.get(discussion.url).content.decode(), pending)
    assert "contribution-pending" in html and "Awaiting moderation" in html
    assert "flag-link" not in html and "Reply<span" not in html
    client.logout()
    assert f'id="c{pending.pk}"' not in client.get(discussion.url).content.decode()


def test_markup_in_names_is_escaped(client, discussion):
    author = UserFactory(
        username="x<b>", profile__full_name="<script>alert(1)</script>", profile__country=""
    )
    contribution = ContributionFactory(discussion=discussion, user=author)
    html = article(client.get(discussion.url).content.decode(), contribution)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_thread_page_renders_the_same_contribution_markup(client, discussion, two_members):
    data = two_members
    client.force_login(data["member"])
    url = f"{discussion.url}thread/{data['mine'].pk}/"
    html = client.get(url).content.decode()
    assert "Edit</a>" in actions(html, data["mine"])
    assert "flag-link" in actions(html, data["reply"])
    assert "A reply to Awa." in article(html, data["reply"])
