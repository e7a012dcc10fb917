"""The client's address is read through the configured proxies only."""

import pytest
from django.test import RequestFactory

from discussions.models import Contribution
from home.client import client_address
from tests.discussions.helpers import form_data

requests = RequestFactory()


def request_from(remote: str, forwarded: str = ""):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return requests.get("/", REMOTE_ADDR=remote, **extra)


@pytest.mark.parametrize(
    ("proxies", "remote", "forwarded", "client"),
    [
        ("", "203.0.113.5", "198.51.100.1", "203.0.113.5"),  # no proxy: the header is ignored
        ("1", "10.0.0.2", "198.51.100.1", "198.51.100.1"),
        ("1", "10.0.0.2", "6.6.6.6, 198.51.100.1", "198.51.100.1"),  # a forged first entry
        ("2", "10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.9", "198.51.100.1"),
        ("1", "10.0.0.2", "", "10.0.0.2"),
        ("10.0.0.0/8", "10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.9", "198.51.100.1"),
        ("10.0.0.0/8", "203.0.113.5", "198.51.100.1", "203.0.113.5"),  # not from our proxy
        ("10.0.0.0/8,fd00::/8", "fd00::1", "2001:db8::7", "2001:db8::7"),
        ("1", "10.0.0.2", "not-an-address", ""),
    ],
)
def test_the_client_address_follows_the_trusted_proxies(
    settings, proxies, remote, forwarded, client
):
    settings.MINGA_TRUSTED_PROXIES = proxies

    assert client_address(request_from(remote, forwarded)) == client


@pytest.mark.django_db
def test_a_contribution_records_the_address_seen_through_the_proxy(
    client, settings, discussion, member
):
    settings.MINGA_TRUSTED_PROXIES = "1"
    client.force_login(member)

    client.post(
        f"/en/contributions/post/{discussion.pk}/",
        form_data(discussion, member, comment="Posted from behind the proxy."),
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="198.51.100.23",
    )

    assert Contribution.objects.get(user=member).ip_address == "198.51.100.23"
