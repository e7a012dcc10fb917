from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionMailConfig(AppConfig):
    name = "discussions.mail"
    label = "discussion_mail"
    verbose_name = _("Discussion e-mails")
    default_auto_field = "django.db.models.BigAutoField"
