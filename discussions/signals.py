"""Receivers of the discussions app: bodies changed without Contribution.save() are
re-rendered; published or edited contributions are translated off the request."""

from django.db.models.signals import post_save

from translation.providers import get_provider

from .markdown import render_markdown
from .models import Contribution
from .tasks import queue_translation

# A change to one of these fields may call for a translation (or a new one).
TRANSLATED_FIELDS = frozenset({"comment", "is_public", "is_removed", "language"})


def render_stored_body(sender, instance, update_fields=None, raw=False, **kwargs) -> None:
    """Moderators' edits write `comment` with QuerySet.update(); keep `body_html` in step."""
    if raw or not update_fields or "comment" not in update_fields:
        return
    if "body_html" in update_fields:
        return
    instance.body_html = render_markdown(instance.comment)
    sender.objects.filter(pk=instance.pk).update(body_html=instance.body_html)


def translate_saved(sender, instance, update_fields=None, raw=False, **kwargs) -> None:
    """After a contribution is published or its text changes, translate it off the request."""
    if raw or not instance.is_public or instance.is_removed:
        return
    if update_fields is not None and not TRANSLATED_FIELDS & set(update_fields):
        return
    if get_provider() is not None:
        queue_translation(instance)


def connect() -> None:
    post_save.connect(render_stored_body, sender=Contribution, dispatch_uid="discussions-body")
    post_save.connect(translate_saved, sender=Contribution, dispatch_uid="discussions-translate")
