"""What purges cached pages when discussions change: contributions, their moderation, translations.

A discussion page carries `discussion:<translation key>`; the discussion index and the home page
(which count contributions) carry `discussions`; search results carry `search`.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from home.models import HomePage
from home.page_cache import limit_lifetime, purge, register_page_tags

from .cache_tags import discussion_tag
from .models import Contribution, DiscussionIndexPage, DiscussionPage


@register_page_tags
def tags_for_page(page, request) -> list[str]:
    if isinstance(page, DiscussionPage):
        _until_status_changes(page, request)
        return [discussion_tag(page.translation_key), "partners"]
    if isinstance(page, DiscussionIndexPage | HomePage):
        return ["discussions"]
    return []


def _until_status_changes(page: DiscussionPage, request) -> None:
    """A discussion opens and closes by the clock: its cached page must not outlive that."""
    now = timezone.now()
    for moment in (page.opens_at, page.closes_at):
        if moment and moment > now:
            limit_lifetime(request, (moment - now).total_seconds())
            return


def purge_discussion(discussion_id: int | None, hard: bool = True) -> None:
    key = (
        DiscussionPage.objects.filter(pk=discussion_id)
        .values_list("translation_key", flat=True)
        .first()
    )
    purge(discussion_tag(key) if key else "", "discussions", "search", hard=hard)


def _adds_only(instance, signal, update_fields=None, reverse=False) -> bool:
    """Posted or edited by its author (a plain save), approved or unhidden, and public: readers
    may see the previous page while one request rebuilds it. Anything that may take text away
    (hidden, rejected, deleted, a moderator's edit) purges hard."""
    return (signal is post_save or (signal is m2m_changed and not reverse)) and (
        instance.is_public
        and not instance.is_removed
        and (update_fields is None or set(update_fields) <= {"is_public", "is_removed"})
    )


def contribution_changed(sender, instance, raw=False, **kwargs) -> None:
    """Posted, approved, edited, hidden, featured, deleted: its discussion's pages change."""
    if not raw:
        hard = not _adds_only(
            instance,
            kwargs.get("signal"),
            kwargs.get("update_fields"),
            kwargs.get("reverse", False),
        )
        purge_discussion(instance.discussion_id, hard=hard)


def translation_changed(sender, instance, raw=False, **kwargs) -> None:
    """A translation stored adds (soft); one deleted takes away (hard)."""
    if not raw:
        discussion_id = (
            Contribution.objects.filter(pk=instance.contribution_id)
            .values_list("discussion_id", flat=True)
            .first()
        )
        purge_discussion(discussion_id, hard=kwargs.get("signal") is not post_save)


def connect() -> None:
    post_save.connect(contribution_changed, sender=Contribution, dispatch_uid="cache-contrib")
    post_delete.connect(contribution_changed, sender=Contribution, dispatch_uid="cache-contrib")
    m2m_changed.connect(
        contribution_changed,
        sender=Contribution.guiding_questions.through,
        dispatch_uid="cache-contrib-questions",
    )
    # The translations model (discussions.ContributionTranslation) may come later: lazy sender.
    for signal in (post_save, post_delete):
        signal.connect(
            translation_changed,
            sender="discussions.ContributionTranslation",
            dispatch_uid="cache-contrib-translation",
        )
