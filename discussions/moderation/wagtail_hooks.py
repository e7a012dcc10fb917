"""Wagtail admin: the moderation queue (a menu item with the waiting count) and its views."""

from django.core.exceptions import PermissionDenied
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from . import admin_urls, policy
from .admin_views import waiting_count


class ModerationMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return policy.moderated_discussions(request.user).exists()

    def render_component(self, request):
        component = super().render_component(request)
        count = waiting_count(request.user)
        if count:
            component.label = _("Moderation (%(count)d)") % {"count": count}
        return component


class ModeratedDiscussionsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return policy.moderated_discussions(request.user).exists()


@hooks.register("construct_page_chooser_queryset")
def chooser_shows_only_what_the_user_may_see(pages, request):
    # Browsing into a page shows its title above the list: that page must be visible too.
    match = getattr(request, "resolver_match", None)
    parent_id = match.kwargs.get("parent_page_id") if match else None
    if parent_id and not policy.chooser_pages(Page.objects.filter(pk=parent_id), request.user):
        raise PermissionDenied
    return policy.chooser_pages(pages, request.user)


@hooks.register("may_draft_practice_from_contribution")
def moderators_may_draft_practices(user, contribution) -> bool:
    """Asked by practices/from_contribution.py, which may not import discussions."""
    return policy.can_moderate(user, contribution.discussion)


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [path("moderation/", include(admin_urls, namespace="moderation_admin"))]


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModerationMenuItem(
        gettext_lazy("Moderation"),
        reverse("moderation_admin:queue"),
        name="moderation",
        icon_name="warning",
        order=250,
    )


@hooks.register("register_admin_menu_item")
def register_moderated_discussions_menu_item():
    return ModeratedDiscussionsMenuItem(
        gettext_lazy("Moderated discussions"),
        reverse("moderation_admin:discussions"),
        name="moderated-discussions",
        icon_name="download",
        order=251,
    )
