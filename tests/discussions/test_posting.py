"""Members post contributions and replies; bad input gets a clear message, never a 500."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from discussions.models import Contribution
from tests.discussions.helpers import form_data
from tests.factories.discussions import ContributionFactory

pytestmark = pytest.mark.django_db


def post(client, discussion, data):
    return client.post(reverse("discussions:post", args=[discussion.pk]), data)


def test_member_posts_a_contribution_answering_two_questions(client, discussion, member):
    q1, q2, _q3 = discussion.guiding_questions.all()
    client.force_login(member)
    text = "La coopération Sud-Sud fonctionne quand les pairs partagent aussi leurs échecs."
    response = post(
        client,
        discussion,
        form_data(discussion, member, comment=text, guiding_questions=[q1.pk, q2.pk]),
    )
    contribution = Contribution.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#c{contribution.pk}")
    assert contribution.language == "fr"
    assert set(contribution.guiding_questions.all()) == {q1, q2}
    assert contribution.user == member and contribution.discussion == discussion
    page = client.get(response["Location"]).content.decode()
    assert "French" in page and text in page


def test_member_can_correct_the_detected_language(client, discussion, member):
    client.force_login(member)
    post(
        client,
        discussion,
        form_data(discussion, member, comment="Hello there, all good here.", language="es"),
    )
    assert Contribution.objects.get().language == "es"


@pytest.mark.parametrize(
    "body, message",
    [("   ", "Please write your contribution"), ("x" * 20_001, "at most 20000 characters")],
)
def test_empty_or_oversized_body_is_refused_with_the_text_kept(
    client, discussion, member, body, message
):
    client.force_login(member)
    response = post(client, discussion, form_data(discussion, member, comment=body))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    if body.strip():
        assert body in html
    assert not Contribution.objects.exists()


@pytest.mark.parametrize(
    "opens, closes, message",
    [(1, 5, "not open yet"), (-9, -1, "closed on")],
)
def test_posting_outside_the_period_is_refused(client, discussion, member, opens, closes, message):
    now = timezone.now()
    discussion.opens_at, discussion.closes_at = (
        now + timedelta(days=opens),
        now + timedelta(days=closes),
    )
    discussion.save()
    client.force_login(member)
    response = post(client, discussion, form_data(discussion, member, comment="Keep me"))
    assert response.status_code == 403
    assert message in response.content.decode() and "Keep me" in response.content.decode()
    assert not Contribution.objects.exists()


def test_replying_to_a_hidden_contribution_is_refused(client, discussion, member):
    hidden = ContributionFactory(discussion=discussion, is_public=False)
    client.force_login(member)
    response = post(
        client, discussion, form_data(discussion, member, comment="My reply", reply_to=hidden.pk)
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "removed or is hidden" in html and "My reply" in html
    assert Contribution.objects.count() == 1


@pytest.mark.parametrize(
    "tampering",
    [
        {"security_hash": "0" * 40},
        {"object_pk": "99999"},
        {"timestamp": "1000"},
        {"content_type": "auth.user"},
    ],
)
def test_tampered_security_fields_are_refused_with_the_text_kept(
    client, discussion, member, tampering
):
    client.force_login(member)
    response = post(
        client, discussion, form_data(discussion, member, comment="Do not lose me", **tampering)
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "changed or has expired" in html and "Do not lose me" in html
    assert not Contribution.objects.exists()


def test_anonymous_post_goes_to_login(client, discussion, member):
    response = post(client, discussion, form_data(discussion, member))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Contribution.objects.exists()


def test_unknown_discussion_is_404(client, member):
    client.force_login(member)
    assert client.post(reverse("discussions:post", args=[999999]), {}).status_code == 404


def test_replies_nest_three_levels_then_stay_flat(client, discussion, member):
    client.force_login(member)
    top = ContributionFactory(discussion=discussion)
    parent = top
    for text in ["one", "two", "three", "four"]:
        post(
            client,
            discussion,
            form_data(discussion, member, comment=f"Reply {text}", reply_to=parent.pk),
        )
        parent = Contribution.objects.get(comment=f"Reply {text}")
    levels = {c.comment: c.level for c in Contribution.objects.all()}
    assert levels == {
        top.comment: 0,
        "Reply one": 1,
        "Reply two": 2,
        "Reply three": 2,
        "Reply four": 2,
    }
    top.refresh_from_db()
    assert top.nested_count == 4


@pytest.mark.parametrize("path", ["/en/comments/post/", "/en/comments/reply/{pk}/"])
def test_generic_comments_endpoints_are_not_routed(client, discussion, member, path):
    top = ContributionFactory(discussion=discussion, comment="Parent text")
    client.force_login(member)
    data = form_data(discussion, member, name="x", email="x@example.org", reply_to=top.pk)
    response = client.post(path.format(pk=top.pk), data)
    assert response.status_code == 404
    assert list(Contribution.objects.values_list("comment", flat=True)) == ["Parent text"]


def test_reply_page_shows_the_contribution_and_a_form(client, discussion, member):
    top = ContributionFactory(discussion=discussion, comment="Parent text")
    client.force_login(member)
    response = client.get(reverse("discussions:reply", args=[top.pk]))
    html = response.content.decode()
    assert response.status_code == 200 and "Parent text" in html and f'value="{top.pk}"' in html


def test_a_tampered_reply_to_is_refused_with_the_text_kept(client, discussion, member):
    client.force_login(member)
    response = post(
        client, discussion, form_data(discussion, member, comment="Mine", reply_to="x1")
    )
    assert response.status_code == 400
    assert "changed or has expired" in response.content.decode()
    assert "Mine" in response.content.decode()


def test_a_question_of_another_discussion_is_refused(client, discussion, member, index):
    from tests.factories.discussions import DiscussionPageFactory, GuidingQuestionFactory

    other = GuidingQuestionFactory(discussion=DiscussionPageFactory(parent=index))
    client.force_login(member)
    response = post(client, discussion, form_data(discussion, member, guiding_questions=[other.pk]))
    assert response.status_code == 400
    assert not Contribution.objects.exists()


def test_a_language_the_discussion_does_not_accept_is_refused(client, discussion, member):
    discussion.accepted_languages = ["en", "fr"]
    discussion.save()
    client.force_login(member)
    response = post(client, discussion, form_data(discussion, member, language="de"))
    assert response.status_code == 400
    assert not Contribution.objects.exists()


def test_a_filled_honeypot_is_refused(client, discussion, member):
    client.force_login(member)
    response = post(client, discussion, form_data(discussion, member, honeypot="spam"))
    assert response.status_code == 400
    assert not Contribution.objects.exists()


def test_sending_the_same_text_twice_posts_it_once(client, discussion, member):
    client.force_login(member)
    data = form_data(discussion, member, comment="Only once please")
    first, second = post(client, discussion, data), post(client, discussion, data)
    assert first.status_code == second.status_code == 302
    assert Contribution.objects.count() == 1


def test_a_refusing_receiver_keeps_the_text(client, discussion, member):
    from django_comments.signals import comment_will_be_posted

    def refuse(sender, comment, request, **kwargs):
        return False

    comment_will_be_posted.connect(refuse, dispatch_uid="test-refuse")
    try:
        client.force_login(member)
        response = post(client, discussion, form_data(discussion, member, comment="Refused text"))
    finally:
        comment_will_be_posted.disconnect(dispatch_uid="test-refuse")
    assert response.status_code == 400
    assert "Refused text" in response.content.decode()
    assert not Contribution.objects.exists()
