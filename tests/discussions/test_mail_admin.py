"""Staff see what arrived at reply addresses and which digests went out, and cannot edit them."""

import pytest
from django.urls import reverse

from discussions.mail.models import InboundMessage
from tests.factories.accounts import UserFactory


@pytest.mark.django_db
def test_staff_list_received_mail_read_only(client):
    InboundMessage.objects.create(
        message_id="<abc@example.org>",
        sender="kofi@example.org",
        outcome="dropped",
        reason="replayed (Message-ID already received)",
    )
    client.force_login(UserFactory(username="admin", is_staff=True, is_superuser=True))
    page = client.get(reverse("received_mail:index"))
    assert page.status_code == 200
    assert "kofi@example.org" in page.content.decode()
    assert client.get(reverse("digests_sent:index")).status_code == 200
    record = InboundMessage.objects.get()
    assert client.get(reverse("received_mail:edit", args=[record.pk])).status_code in (302, 403)
    assert client.get(reverse("received_mail:inspect", args=[record.pk])).status_code == 200
