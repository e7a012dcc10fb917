"""No received mail, however malformed, breaks the inbound handler or posts twice."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discussions.mail.inbound import receive
from discussions.mail.replies import reply_token
from discussions.models import Contribution
from tests.factories.discussions import ContributionFactory

from .strategies import hostile_text

pytestmark = pytest.mark.django_db

HEADERS = [
    "From",
    "To",
    "Subject",
    "Message-ID",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Auto-Submitted",
    "Content-Disposition",
]


def test_any_mail_to_a_reply_address_is_handled_without_an_error(pages, member, settings):
    settings.MINGA_REPLY_DOMAIN = "reply.test"
    thread = ContributionFactory(discussion=pages["discussion"], user=member)
    address = f"reply+{reply_token(member.pk, 'c', thread.pk)}@reply.test"
    header = st.tuples(st.sampled_from(HEADERS), hostile_text)

    @given(
        headers=st.lists(header, max_size=6),
        body=st.one_of(hostile_text, st.binary(max_size=400).map(lambda b: b.decode("latin-1"))),
        from_member=st.booleans(),
    )
    def check(headers, body, from_member):
        lines = [f"To: {address}"] + ([f"From: {member.email}"] if from_member else [])
        lines += [f"{name}: {' '.join(value.split())}" for name, value in headers]
        raw = ("\r\n".join(lines) + "\r\n\r\n" + body).encode("utf-8", "surrogatepass")
        before = Contribution.objects.count()
        result = receive(raw, [address], "sender@example.org")
        assert result.outcome in ("posted", "refused", "dropped")
        assert Contribution.objects.count() - before == (1 if result.outcome == "posted" else 0)

    check()
