"""The benchmark generator makes valid, varied practices."""

import io

import pytest
from django.core.management import CommandError, call_command

from practices.models import GoodPracticePage

pytestmark = pytest.mark.django_db


def test_generate_practices_creates_n_published_practices(practice_index, partner_index):
    call_command(
        "generate_practices", "6", "--seed", "7", stdout=io.StringIO(), stderr=io.StringIO()
    )
    practices = GoodPracticePage.objects.live()
    assert practices.count() == 6
    assert all(practice.countries.exists() and practice.sdgs.exists() for practice in practices)


def test_generate_practices_refuses_a_non_positive_count(practice_index):
    with pytest.raises(CommandError):
        call_command("generate_practices", "0")
