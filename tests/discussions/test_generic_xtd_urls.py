"""django-comments-xtd's own URLs stay harmless: no 500 whatever is requested."""

import pytest

from tests.factories.discussions import ContributionFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/en/comments/reply/{pk}/",
        "/en/comments/sent/?c={pk}",
        "/en/comments/sent/",
        "/en/comments/confirm/bad-key/",
        "/en/comments/mute/bad-key/",
        "/en/comments/flag/{pk}/",
        "/en/comments/like/{pk}/",
        "/en/comments/dislike/{pk}/",
        "/en/comments/delete/{pk}/",
        "/en/comments/approve/{pk}/",
        "/en/comments/posted/?c={pk}",
        "/en/comments/cr/{ct}/{discussion}/",
        "/en/comments/api/{ct_key}/{discussion}/",
        "/en/comments/api/feedback/",
        "/en/comments/api/flag/",
    ],
)
@pytest.mark.parametrize("logged_in", [False, True])
def test_generic_comment_urls_never_fail(client, discussion, member, path, logged_in):
    contribution = ContributionFactory(discussion=discussion)
    if logged_in:
        client.force_login(member)
    url = path.format(
        pk=contribution.pk,
        ct=contribution.content_type_id,
        ct_key="discussions-discussionpage",
        discussion=discussion.pk,
    )
    assert client.get(url).status_code < 500
    assert client.post(url, {}).status_code < 500
