"""The demo accounts come with filled-in profiles, once."""

import io

import pytest
from django.contrib.auth import get_user_model

from accounts import demo

pytestmark = pytest.mark.django_db


def test_demo_accounts_have_organisation_country_and_role_and_print_passwords():
    out = io.StringIO()
    demo.load(stdout=out)

    moderator = get_user_model().objects.get(username="moderator")
    assert moderator.is_staff
    assert moderator.check_password("minga-moderator-demo")
    assert moderator.profile.full_name == "Amara Diallo"
    assert moderator.profile.country == "GN"
    assert moderator.profile.organisation and moderator.profile.role
    member = get_user_model().objects.get(username="member")
    assert (member.profile.country, member.profile.role) == ("UY", "Investigadora asociada")
    assert "member / minga-member-demo" in out.getvalue()


def test_loading_the_demo_twice_creates_nothing_new_and_keeps_edits():
    demo.load()
    member = get_user_model().objects.get(username="member")
    member.profile.role = "Programme lead"
    member.profile.save()

    demo.load()

    assert get_user_model().objects.count() == 2
    member.profile.refresh_from_db()
    assert member.profile.role == "Programme lead"
