"""Admin: the synthesis views, and a "Synthesis" action on a discussion page for its moderators."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from ..models import DiscussionPage
from ..moderation import policy
from . import admin_urls


@hooks.register("register_admin_urls")
def register_synthesis_urls():
    return [path("synthesis/", include(admin_urls, namespace="synthesis_admin"))]


def _synthesis_button(page, user, priority: int):
    specific = page.specific_deferred
    if isinstance(specific, DiscussionPage) and policy.can_moderate(user, specific):
        yield Button(
            _("Synthesis"),
            reverse("synthesis_admin:synthesis", args=[page.pk]),
            icon_name="list-ul",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def synthesis_header_button(page, user, view_name=None, next_url=None):
    yield from _synthesis_button(page, user, 40)


@hooks.register("register_page_listing_more_buttons")
def synthesis_listing_button(page, user, next_url=None):
    yield from _synthesis_button(page, user, 45)
