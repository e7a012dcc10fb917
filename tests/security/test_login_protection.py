"""Password guessing: every login form shares one protection, counted in the shared cache."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.test import Client

from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "quiet-river-stones-42"
ATTACKER = "203.0.113.66"
OWNER = "198.51.100.7"


@pytest.fixture
def editor():
    user = UserFactory(username="amina", password=PASSWORD, is_staff=True, is_superuser=True)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def client_at(address: str) -> Client:
    return Client(REMOTE_ADDR=address)


def guess(client: Client, url: str, field: str, login: str, times: int) -> None:
    for attempt in range(times):
        client.post(url, {field: login, "password": f"wrong-{attempt}"})


def test_fifty_wrong_passwords_on_the_wagtail_admin_lock_out_the_right_one_too(site, editor):
    attacker = client_at(ATTACKER)
    guess(attacker, "/admin/login/", "username", "amina", 50)

    response = attacker.post("/admin/login/", {"username": "amina", "password": PASSWORD})

    assert response.status_code == 200
    assert "Too many failed log-in attempts from your connection" in response.text
    assert "_auth_user_id" not in attacker.session


def test_the_owner_still_logs_in_from_another_address(site, editor):
    guess(client_at(ATTACKER), "/admin/login/", "username", "amina", 50)
    owner = client_at(OWNER)

    response = owner.post("/admin/login/", {"username": "amina", "password": PASSWORD})

    assert response.status_code == 302
    assert owner.session["_auth_user_id"] == str(editor.pk)


def test_django_admin_login_is_protected_the_same_way(site, editor):
    attacker = client_at(ATTACKER)
    guess(attacker, "/django-admin/login/", "username", "amina", 6)

    response = attacker.post("/django-admin/login/", {"username": "amina", "password": PASSWORD})

    assert "Too many failed log-in attempts" in response.text
    assert "_auth_user_id" not in attacker.session


def test_failures_on_one_form_count_on_the_others(site, editor):
    attacker = client_at(ATTACKER)
    guess(attacker, "/en/accounts/login/", "login", "AMINA", 3)
    guess(attacker, "/admin/login/", "username", "amina", 2)

    response = attacker.post("/en/accounts/login/", {"login": "amina", "password": PASSWORD})

    assert response.status_code == 200
    assert "Too many failed log-in attempts" in response.text
    assert "_auth_user_id" not in attacker.session


def test_the_member_login_form_says_how_long_to_wait(site, editor):
    attacker = client_at(ATTACKER)
    guess(attacker, "/en/accounts/login/", "login", "amina", 5)

    response = attacker.post("/en/accounts/login/", {"login": "amina", "password": PASSWORD})

    assert "Try again in 1 minute, or reset your password." in response.text


def test_behind_one_trusted_proxy_the_forwarded_address_is_the_one_locked(site, editor, settings):
    settings.MINGA_TRUSTED_PROXIES = "1"
    proxy = "10.0.0.2"
    attacker = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=ATTACKER)
    owner = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=f"{ATTACKER}, {OWNER}")
    guess(attacker, "/admin/login/", "username", "amina", 10)

    refused = attacker.post("/admin/login/", {"username": "amina", "password": PASSWORD})
    accepted = owner.post("/admin/login/", {"username": "amina", "password": PASSWORD})

    assert "Too many failed log-in attempts" in refused.text
    assert accepted.status_code == 302


def test_without_a_trusted_proxy_a_forged_forwarded_address_changes_nothing(site, editor):
    attacker = Client(REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR=OWNER)
    guess(attacker, "/admin/login/", "username", "amina", 6)
    forged = Client(REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR="192.0.2.1")

    response = forged.post("/admin/login/", {"username": "amina", "password": PASSWORD})

    assert "Too many failed log-in attempts" in response.text


def test_one_address_trying_many_accounts_is_stopped(site, settings):
    settings.MINGA_LOGIN_ADDRESS_FAILURES = 10
    UserFactory(username="last", password=PASSWORD)
    attacker = client_at(ATTACKER)
    for number in range(11):
        guess(attacker, "/admin/login/", "username", f"someone{number}", 1)

    response = attacker.post("/en/accounts/login/", {"login": "last", "password": PASSWORD})

    assert "Too many failed log-in attempts" in response.text


def test_an_account_under_attack_from_many_addresses_still_opens_on_a_known_device(
    site, editor, settings
):
    settings.MINGA_LOGIN_ACCOUNT_FAILURES = 8
    owner = client_at(OWNER)
    owner.post("/admin/login/", {"username": "amina", "password": PASSWORD})
    owner.logout()
    for number in range(9):
        guess(client_at(f"203.0.113.{number + 1}"), "/admin/login/", "username", "amina", 1)

    newcomer = client_at("192.0.2.50").post(
        "/admin/login/", {"username": "amina", "password": PASSWORD}
    )
    known = owner.post("/admin/login/", {"username": "amina", "password": PASSWORD})

    assert "This account is protected for a while" in newcomer.text
    assert known.status_code == 302


def test_a_successful_login_clears_the_failures_of_that_address(site, editor):
    owner = client_at(OWNER)
    guess(owner, "/admin/login/", "username", "amina", 4)
    owner.post("/admin/login/", {"username": "amina", "password": PASSWORD})
    owner.logout()
    guess(owner, "/admin/login/", "username", "amina", 4)

    response = owner.post("/admin/login/", {"username": "amina", "password": PASSWORD})

    assert response.status_code == 302
    assert get_user_model().objects.count() == 1
