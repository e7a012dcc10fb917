"""An editor's Wagtail user bar, kept in the cache per page, is the bar Wagtail draws there."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache

from tests.factories.accounts import UserFactory
from tests.factories.discussions import DiscussionPageFactory

pytestmark = pytest.mark.django_db


def userbar(html: str) -> str:
    found = re.search(r"<template id=\"wagtail-userbar-template\">.*?</template>", html, re.S)
    assert found, "no user bar"
    return found.group(0)


@pytest.fixture
def editor(client):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))  # Wagtail's editors with page rights
    client.force_login(user)
    return user


def test_an_editors_kept_user_bar_edits_the_page_shown(client, settings, site, editor):
    first = DiscussionPageFactory(parent=site.root_page, title="First talk")
    second = DiscussionPageFactory(parent=site.root_page, title="Second talk")
    settings.MINGA_PAGE_CACHE = False
    drawn = {page.pk: userbar(client.get(page.url).content.decode()) for page in (first, second)}
    settings.MINGA_PAGE_CACHE = True
    cache.clear()
    for page in (first, second, first, second):
        kept = userbar(client.get(page.url).content.decode())
        assert f"/admin/pages/{page.pk}/edit/" in kept
        assert kept == drawn[page.pk]
    cache.clear()
