import pytest
from django.contrib.auth.models import Group

from tests.discussions.conftest import discussion, index, member, questions  # noqa: F401
from tests.factories.accounts import UserFactory


@pytest.fixture
def moderator(db):
    """A member of the Moderators group (moderates every discussion from the Wagtail admin)."""
    user = UserFactory(username="mod", profile__full_name="Maria Moderator")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def other_member(db):
    return UserFactory(username="kofi", profile__full_name="Kofi Mensah", profile__country="GH")
