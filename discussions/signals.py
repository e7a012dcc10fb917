"""Receivers of the discussions app: bodies changed without Contribution.save() are re-rendered."""

from django.db.models.signals import post_save

from .markdown import render_markdown
from .models import Contribution


def render_stored_body(sender, instance, update_fields=None, raw=False, **kwargs) -> None:
    """Moderators' edits write `comment` with QuerySet.update(); keep `body_html` in step."""
    if raw or not update_fields or "comment" not in update_fields:
        return
    if "body_html" in update_fields:
        return
    instance.body_html = render_markdown(instance.comment)
    sender.objects.filter(pk=instance.pk).update(body_html=instance.body_html)


def connect() -> None:
    post_save.connect(render_stored_body, sender=Contribution, dispatch_uid="discussions-body")
