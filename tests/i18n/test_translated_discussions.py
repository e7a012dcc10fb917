"""A discussion's translations are one conversation: the same contributions, the same questions."""

import pytest

from home.i18n import native_url
from tests.factories.accounts import UserFactory
from tests.factories.discussions import ContributionFactory

pytestmark = pytest.mark.django_db


def test_a_translated_discussion_shows_its_sources_contributions_and_translated_questions(
    client, tree, french_discussion
):
    question = tree["discussion"].guiding_questions.get()
    ContributionFactory(
        discussion=tree["discussion"],
        comment="Peer visits changed how our clinics work.",
        guiding_questions=[question],
    )
    response = client.get(native_url(french_discussion))
    html = response.content.decode()
    assert "Peer visits changed how our clinics work." in html
    assert "Qu&#x27;est-ce qui marche ?" in html or "Qu'est-ce qui marche ?" in html
    assert response.context["participation"]["contributions"] == 1
    filtered = client.get(native_url(french_discussion), {"question": question.pk})
    assert filtered.context["filters"].question.pk == question.pk


def test_members_post_from_a_translation_into_the_same_conversation(
    client, tree, french_discussion
):
    client.force_login(UserFactory(username="amina"))
    html = client.get(native_url(french_discussion)).content.decode()
    assert f"/contributions/post/{tree['discussion'].pk}/" in html
    assert f"/contributions/post/{french_discussion.pk}/" not in html


def test_the_feed_of_a_translation_carries_the_sources_contributions(
    client, tree, french_discussion
):
    ContributionFactory(discussion=tree["discussion"], comment="Twinning worked for us.")
    feed = client.get(native_url(french_discussion) + "feed/")
    assert feed.status_code == 200
    assert "Twinning worked for us." in feed.content.decode()


def test_a_members_form_on_a_translation_names_the_questions_in_the_pages_language(
    client, tree, french_discussion
):
    client.force_login(UserFactory(username="amina"))
    response = client.get(native_url(french_discussion))
    form = response.context["form"]
    labels = [str(label) for _value, label in form.fields["guiding_questions"].choices]
    assert any("Qu'est-ce qui marche ?" in label for label in labels), labels
    assert not any("What works?" in label for label in labels), labels
