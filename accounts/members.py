"""The logged-in member of a request, loaded in one query: the user, their profile, and what
their permission checks need, so a member without any permission asks the database nothing more
and someone with some (a moderator, an editor) asks once, and only if a check is made."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Exists, OuterRef, Q
from wagtail.models import GroupPagePermission

ADMIN_APP, ADMIN_CODENAME = "wagtailadmin", "access_admin"


def _member_rows():
    user_model = get_user_model()
    groups = user_model.groups.through.objects.filter(user_id=OuterRef("pk"))
    own = user_model.user_permissions.through.objects.filter(user_id=OuterRef("pk"))
    admin = Permission.objects.filter(
        Q(user=OuterRef("pk")) | Q(group__user=OuterRef("pk")),
        content_type__app_label=ADMIN_APP,
        codename=ADMIN_CODENAME,
    )
    pages = GroupPagePermission.objects.filter(group__user=OuterRef("pk"))
    # Read by the user bar (accounts_tags.userbar): whether to draw it, and with page items.
    return user_model._default_manager.select_related("profile").annotate(
        holds_permissions=Exists(groups) | Exists(own),
        reaches_admin=Exists(admin),
        edits_pages=Exists(pages),
    )


def load_member(user_id):
    """The active user with `profile` joined, or None (what ModelBackend.get_user answers).

    A user in no group and with no permission of their own has none: Django's per-request
    permission caches are filled with that empty answer, so their checks ask nothing."""
    user = _member_rows().filter(pk=user_id).first()
    if user is None or not ModelBackend().user_can_authenticate(user):
        return None
    if not user.holds_permissions and not user.is_superuser:
        user._user_perm_cache = set()
        user._group_perm_cache = set()
        user._perm_cache = set()
    return user


def prime_permissions(user) -> None:
    """Fill ModelBackend's cache of a user's permissions (`_perm_cache`) in one query where it
    asks two (their own, their groups'), before its first check of the request."""
    if hasattr(user, "_perm_cache") or not user.is_active or user.is_anonymous:
        return
    if user.is_superuser:
        return  # ModelBackend answers "all of them" its own way
    held = (
        Permission.objects.filter(Q(user=user) | Q(group__user=user))
        .values_list("content_type__app_label", "codename")
        .order_by()
        .distinct()
    )
    user._perm_cache = {f"{app_label}.{codename}" for app_label, codename in held}
