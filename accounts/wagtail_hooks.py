"""Wagtail admin: staff look up member profiles (and correct one when asked)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .forms import PROFILE_FIELDS
from .models import Profile


class ProfilePermissionPolicy(ModelPermissionPolicy):
    """A profile lives and dies with its user account: never added or deleted on its own."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)


class ProfileIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user", "partner")


class ProfileViewSet(ModelViewSet):
    model = Profile
    index_view_class = ProfileIndexView
    icon = "user"
    menu_label = _("Member profiles")
    menu_order = 800
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["display_name", "user", "organisation_name", "country_name", "role"]
    list_filter = ["country", "preferred_language"]
    search_fields = ["full_name", "organisation", "role", "user__username", "user__email"]
    search_backend_name = None  # plain database lookups: profiles are not in the search index
    form_fields = PROFILE_FIELDS
    inspect_view_fields = ["user", *PROFILE_FIELDS]
    ordering = ["full_name"]


register_permission_policy(Profile, ProfilePermissionPolicy(Profile))


@hooks.register("register_admin_viewset")
def register_profile_viewset():
    return ProfileViewSet("member_profiles")
