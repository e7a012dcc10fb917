"""django-comments-xtd, contained: every place Minga works around its behaviour, and why.

A `Contribution` is an xtd comment, for xtd's threading columns (thread_id, parent_id, level,
order, nested_count) and django-comments' moderation fields (is_public, is_removed). Minga uses
nothing else of it: posting goes through `discussions.posting` and `discussions.views`, pages and
replies are Minga's own views, so none of xtd's URLs is routed (minga/urls.py): its post, reply,
flag, like, confirm and mute views would bypass the posting rules, and its API would publish
hashes of authors' e-mail addresses.

What xtd does that Minga does not want, and the workaround for each:

1. **The target is a generic relation.** xtd stores what a comment is about as content_type +
   object_pk (text). Minga keeps a real foreign key, `Contribution.discussion`;
   `fill_discussion` derives it from object_pk when only xtd's fields were set. (The form's side
   of it, the data xtd expects from its hidden fields, is
   `discussions.forms.ContributionForm.get_comment_create_data`.)
2. **Replies deeper than COMMENTS_XTD_MAX_THREAD_LEVEL are refused** (xtd raises). Minga shows
   three levels, then a reply goes beside the one it answers: `flat_parent_id`.
3. **Saving a comment copies its visibility down its thread.** xtd connects
   `publish_or_unpublish_on_pre_save` to pre_save: a save() writes the comment's is_public /
   is_removed to every reply below it with a queryset update (no save(), no signal per reply).
   That would publish replies waiting for a moderator and hide others' replies. So:
   - `store_fields` writes moderation fields with a queryset update (no pre_save) and sends
     post_save itself, so listeners (search indexing, page cache) still hear of the change;
   - `resync_after_save` (post_save, connected by discussions.moderation.signals) puts back each
     reply's visibility from its moderation state after any plain save();
   - search re-indexes a contribution's whole thread when one changes, since replies may have
     changed without a signal (search/tasks.py, `_thread_of`).
"""

from django.conf import settings
from django.db.models.signals import post_save
from django_comments_xtd import get_model
from django_comments_xtd.models import XtdComment

from .moderation.models import VISIBILITY


def fill_discussion(contribution) -> None:
    """Set `discussion_id` from xtd's object_pk when only the generic relation was given."""
    if not contribution.discussion_id and contribution.object_pk:
        contribution.discussion_id = int(contribution.object_pk)


def flat_parent_id(parent_id: int) -> int:
    """Past the deepest level, a reply goes beside the one it answers (depth 3, then flat)."""
    parent = XtdComment.norel_objects.filter(pk=parent_id).values("level", "parent_id").first()
    if parent and parent["level"] >= settings.COMMENTS_XTD_MAX_THREAD_LEVEL:
        return parent["parent_id"]
    return parent_id


def store_fields(contribution, **fields) -> None:
    """Write fields without save(), whose xtd pre_save would republish nested replies."""
    model = type(contribution)
    model.objects.filter(pk=contribution.pk).update(**fields)
    for name, value in fields.items():
        setattr(contribution, name, value)
    # Listeners (search indexing) still hear about the change.
    post_save.send(
        sender=model,
        instance=contribution,
        created=False,
        update_fields=frozenset(fields),
        raw=False,
        using="default",
    )


def resync_after_save(sender, instance, created, raw=False, **kwargs) -> None:
    """post_save: a plain save() of an existing contribution may have changed its replies."""
    if not raw and not created and not kwargs.get("update_fields"):
        resync_thread(instance.thread_id)


def resync_thread(thread_id: int) -> None:
    """Undo what xtd's pre_save did to a thread: each reply's moderation state wins."""
    in_thread = get_model().objects.filter(thread_id=thread_id)
    for state, visibility in VISIBILITY.items():
        in_thread.filter(moderation__state=state).exclude(**visibility).update(**visibility)
