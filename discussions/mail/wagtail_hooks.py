"""Wagtail admin: what arrived at reply addresses and which digests went out (read only)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import DigestRun, InboundMessage


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Records of what happened: looked at, never written by hand."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


class ReceivedMailViewSet(ModelViewSet):
    model = InboundMessage
    icon = "mail"
    menu_label = _("Received e-mails")
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["received_at", "sender", "outcome", "reason", "contribution"]
    list_filter = ["outcome"]
    search_fields = ["message_id", "sender", "reason"]
    search_backend_name = None
    form_fields = ["outcome"]  # never editable (ReadOnlyPolicy); Wagtail asks for a list
    ordering = ["-received_at"]


class DigestRunViewSet(ModelViewSet):
    model = DigestRun
    icon = "list-ul"
    menu_label = _("Digests sent")
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["sent_at", "user", "frequency", "period_end", "contributions"]
    list_filter = ["frequency"]
    search_fields = ["user__username", "user__email"]
    search_backend_name = None
    form_fields = ["frequency"]
    ordering = ["-sent_at"]


class DiscussionMailGroup(ViewSetGroup):
    items = (ReceivedMailViewSet("received_mail"), DigestRunViewSet("digests_sent"))
    menu_icon = "mail"
    menu_label = _("Discussion e-mails")
    menu_order = 810


register_permission_policy(InboundMessage, ReadOnlyPolicy(InboundMessage))
register_permission_policy(DigestRun, ReadOnlyPolicy(DigestRun))


@hooks.register("register_admin_viewset")
def register_mail_viewsets():
    return DiscussionMailGroup()
