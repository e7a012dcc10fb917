"""Sign-up: an account, a profile, a verified e-mail address."""

import pytest
from django.contrib.auth import get_user_model

from tests.accounts.conftest import (
    LOGIN_URL,
    PASSWORD,
    SIGNUP_URL,
    link_in,
    mail_recipients,
    mail_subject,
    tag_with_id,
)
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_sign_up_creates_member_with_profile_fields(client, signup_data, mailbox):
    response = client.post(SIGNUP_URL, signup_data)

    assert response.status_code == 302
    user = get_user_model().objects.get(username="ana")
    assert user.email == "ana.souza@example.org"
    profile = user.profile
    assert profile.full_name == "Ana Souza"
    assert profile.organisation == "Instituto de Estudos do Sul"
    assert profile.partner is None
    assert profile.country == "BR"
    assert profile.role == "Research fellow"
    assert profile.preferred_language == "pt"
    assert profile.bio == "Works on South-South cooperation in health."


def test_sign_up_sends_verification_mail_and_confirming_lets_member_log_in(
    client, signup_data, mailbox
):
    response = client.post(SIGNUP_URL, signup_data, follow=True)
    assert "Verify Your Email Address" in response.content.decode()
    [message] = mailbox.wait_for(1)
    assert mail_recipients(message) == ["ana.souza@example.org"]
    assert mail_subject(message).startswith("[Minga]")

    other_browser = client.__class__()
    refused = other_browser.post(LOGIN_URL, {"login": "ana", "password": PASSWORD})
    assert "_auth_user_id" not in other_browser.session
    assert refused.status_code == 302 and "confirm-email" in refused.url

    confirm_path = link_in(message, "/accounts/confirm-email/")
    page = other_browser.get(confirm_path)
    assert "ana.souza@example.org" in page.content.decode()
    other_browser.post(confirm_path)

    response = other_browser.post(
        LOGIN_URL, {"login": "ana.souza@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert other_browser.session["_auth_user_id"] == str(get_user_model().objects.get().pk)


def test_confirming_in_the_same_browser_logs_in_and_returns_to_next(client, signup_data, mailbox):
    client.post(f"{SIGNUP_URL}?next=/en/about/", {**signup_data, "next": "/en/about/"})
    [message] = mailbox.wait_for(1)

    response = client.post(link_in(message, "/accounts/confirm-email/"))

    assert response.status_code == 302
    assert response.url == "/en/about/"
    assert client.session["_auth_user_id"] == str(get_user_model().objects.get().pk)


def test_mismatched_passwords_show_a_form_error(client, signup_data):
    signup_data["password2"] = "something-else-entirely-7"

    response = client.post(SIGNUP_URL, signup_data)

    assert response.status_code == 200
    assert "You must type the same password each time." in response.content.decode()
    assert not get_user_model().objects.exists()


def test_duplicate_email_shows_a_form_error(client, signup_data, mailbox):
    UserFactory(username="someone", email="ana.souza@example.org")

    response = client.post(SIGNUP_URL, {**signup_data, "email": "Ana.Souza@example.org"})

    assert response.status_code == 200
    assert "already registered with this email" in response.content.decode()
    assert get_user_model().objects.count() == 1
    assert mailbox.messages() == []


def test_unknown_country_shows_a_form_error(client, signup_data):
    response = client.post(SIGNUP_URL, {**signup_data, "country": "XX"})

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not get_user_model().objects.exists()


def test_full_name_and_country_are_required(client, signup_data):
    response = client.post(SIGNUP_URL, {**signup_data, "full_name": "", "country": ""})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_full_name_error"' in html
    assert 'id="id_country_error"' in html
    assert not get_user_model().objects.exists()


def test_errors_are_announced_and_tied_to_their_fields(client, signup_data):
    response = client.post(SIGNUP_URL, {**signup_data, "country": "XX"})

    html = response.content.decode()
    assert 'role="alert"' in html
    assert '<a href="#id_country">' in html
    assert 'aria-invalid="true"' in html
    country = tag_with_id(html, "id_country")
    assert 'aria-invalid="true"' in country
    assert "id_country_error" in country
    assert 'id="id_country_error"' in html


def test_bio_and_organisation_are_optional(client, signup_data):
    response = client.post(SIGNUP_URL, {**signup_data, "bio": "", "organisation": "", "role": ""})

    assert response.status_code == 302
    assert get_user_model().objects.get().profile.bio == ""


def test_sign_up_form_asks_every_profile_field_in_the_visitors_language(client):
    response = client.get("/fr/accounts/signup/")

    html = response.content.decode()
    for name in ("full_name", "organisation", "partner", "country", "role", "bio"):
        assert f'name="{name}"' in html
    assert '<option value="fr" selected>' in html
    assert "Allemagne" in html  # country names follow the page's language


def test_sign_up_page_lists_live_partner_profiles_and_saves_the_choice(client, site, signup_data):
    from practices.models import PartnerIndexPage, PartnerPage

    index = site.root_page.add_child(instance=PartnerIndexPage(title="Partners", slug="partners"))
    partner = index.add_child(instance=PartnerPage(title="Southern Voice", slug="southern-voice"))
    draft = index.add_child(instance=PartnerPage(title="Hidden Draft", slug="draft", live=False))

    html = client.get(SIGNUP_URL).content.decode()
    assert "Southern Voice" in html
    assert draft.title not in html

    client.post(SIGNUP_URL, {**signup_data, "partner": partner.pk, "organisation": ""})
    profile = get_user_model().objects.get().profile
    assert profile.partner == partner
    assert profile.organisation_name == "Southern Voice"


def test_confirming_without_next_opens_the_site_in_the_chosen_language(
    client, signup_data, mailbox
):
    client.post(SIGNUP_URL, signup_data)
    [message] = mailbox.wait_for(1)

    response = client.post(link_in(message, "/accounts/confirm-email/"))

    assert response.url == "/pt/"


def test_an_expired_or_unknown_confirmation_link_says_so_without_error(client):
    response = client.get("/en/accounts/confirm-email/no-such-key/")

    assert response.status_code == 200
    assert "expired or is invalid" in response.content.decode()
    assert client.post("/en/accounts/confirm-email/no-such-key/").status_code == 404


def test_sign_up_lists_each_partner_once_in_the_visitor_language(client, site):
    from wagtail.models import Locale

    from practices.models import PartnerIndexPage, PartnerPage

    index = site.root_page.add_child(instance=PartnerIndexPage(title="Partners", slug="partners"))
    partner = index.add_child(instance=PartnerPage(title="Southern Voice", slug="southern-voice"))
    french = Locale.objects.get_or_create(language_code="fr")[0]
    translated = partner.copy_for_translation(french, copy_parents=True)
    translated.title = "Voix du Sud"
    translated.save_revision().publish()

    english = client.get(SIGNUP_URL).content.decode()
    assert "Southern Voice" in english and "Voix du Sud" not in english
    in_french = client.get(SIGNUP_URL.replace("/en/", "/fr/", 1)).content.decode()
    assert in_french.count("Voix du Sud") == 1 and "Southern Voice" not in in_french
