"""A member who forgot their password gets a link by e-mail that lets them set a new one."""

import pytest
from allauth.account.models import EmailAddress

from tests.accounts.conftest import LOGIN_URL, link_in, mail_recipients
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

RESET_URL = "/en/accounts/password/reset/"
NEW_PASSWORD = "a-brand-new-passphrase-9"


@pytest.fixture
def member():
    user = UserFactory(username="lina")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_password_reset_mail_link_lets_the_member_set_a_new_password(client, member, mailbox):
    response = client.post(RESET_URL, {"email": member.email})
    assert response.status_code == 302
    [message] = mailbox.wait_for(1)
    assert mail_recipients(message) == [member.email]

    form_page = client.get(link_in(message, "/accounts/password/reset/key/"), follow=True)
    assert "Change Password" in form_page.content.decode()
    set_password_url = form_page.redirect_chain[-1][0]
    done = client.post(
        set_password_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}, follow=True
    )

    assert "Your password is now changed." in done.content.decode()
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)
    logged_in = client.post(LOGIN_URL, {"login": "lina", "password": NEW_PASSWORD})
    assert logged_in.status_code == 302


def test_a_used_or_tampered_reset_link_says_so(client, member, mailbox):
    client.post(RESET_URL, {"email": member.email})
    [message] = mailbox.wait_for(1)
    tampered = link_in(message, "/accounts/password/reset/key/").rstrip("/") + "x/"

    response = client.get(tampered, follow=True)

    assert response.status_code == 200
    assert "Bad Token" in response.content.decode()


def test_reset_for_an_unknown_address_does_not_reveal_it(client, mailbox):
    response = client.post(RESET_URL, {"email": "nobody@example.org"}, follow=True)

    assert response.status_code == 200
    assert "We have sent you an email" in response.content.decode()


def test_malformed_address_shows_a_form_error(client):
    response = client.post(RESET_URL, {"email": "not an address"})

    assert response.status_code == 200
    assert 'id="id_email_error"' in response.content.decode()
