"""Long discussions stay light: folded bodies and replies, thread pages cut to a size budget.

The discussion page lists a few threads, each with its first replies and bodies folded to an
excerpt; a thread page (`<discussion>/thread/<pk>/`) shows one thread in full, its replies cut
into pages of at most THREAD_PAGE_BYTES of contribution text. Every contribution keeps a
permalink that lands on the page showing it, without JavaScript.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models.functions import Length
from django.utils.text import Truncator

from .models.contributions import Contribution

# Markup around one contribution (header, footer, forms for members) counted with its body.
CONTRIBUTION_OVERHEAD = 1_500


def thread_url(discussion_url: str, thread_id: int, anchor: int | None = None) -> str:
    return f"{discussion_url}thread/{thread_id}/" + (f"#c{anchor}" if anchor else "")


def fold(contribution: Contribution, read_more_url: str) -> Contribution:
    """Shorten a long body to an excerpt (tags closed) with a link to where it is whole."""
    html = contribution.body_html or ""
    if len(html) > settings.DISCUSSIONS_FOLD_CHARS * 1.2:
        excerpt = Truncator(html).chars(settings.DISCUSSIONS_FOLD_CHARS, html=True)
        if len(excerpt) < len(html):
            contribution.folded_html = excerpt
            contribution.read_more_url = read_more_url
    return contribution


def first_reply_ids(contributions, thread_ids: list[int]) -> dict[int, tuple[list[int], int]]:
    """For each thread, the ids of its first DISCUSSIONS_REPLIES_SHOWN visible replies and how
    many visible replies it has: plain values, one query, no model instances."""
    if not thread_ids:
        return {}
    rows = (
        contributions.filter(thread_id__in=thread_ids, level__gt=0)
        .order_by("thread_id", "order")
        .values_list("pk", "thread_id")
    )
    shown = settings.DISCUSSIONS_REPLIES_SHOWN
    found: dict[int, tuple[list[int], int]] = {}
    for pk, thread_id in rows:
        pks, total = found.get(thread_id, ([], 0))
        if len(pks) < shown:
            pks.append(pk)
        found[thread_id] = (pks, total + 1)
    return found


def first_replies(discussion, threads: list[Contribution], replies: dict, by_pk: dict) -> None:
    """Give each thread `shown_replies` (its first few, folded) and `reply_count` (all visible),
    from `first_reply_ids` and the contributions fetched by primary key."""
    discussion_url = discussion.url  # once: each .url costs queries
    for thread in threads:
        thread.discussion = discussion
        fold(thread, thread_url(discussion_url, thread.pk, anchor=thread.pk))
        pks, total = replies.get(thread.pk, ([], 0))
        shown = [by_pk[pk] for pk in pks if pk in by_pk]
        for reply in shown:
            reply.discussion = discussion
        thread.reply_count = total
        thread.shown_replies = [fold(r, r.get_absolute_url()) for r in shown]
        thread.more_replies = thread.reply_count - len(shown)
        thread.thread_url = thread_url(discussion_url, thread.pk)


def _cost(length: int) -> int:
    return (length or 0) + CONTRIBUTION_OVERHEAD


def reply_pages(contributions, thread: Contribution) -> list[list[int]]:
    """The thread's visible replies, in order, cut into pages that stay under the byte budget."""
    rows = (
        contributions.filter(thread_id=thread.pk, level__gt=0)
        .select_related(None)
        .order_by("order")
        .values_list("pk", Length("body_html"))
    )
    budget = max(settings.DISCUSSIONS_THREAD_PAGE_BYTES - _cost(len(thread.body_html or "")), 0)
    pages: list[list[int]] = [[]]
    used = 0
    for pk, length in rows:
        if pages[-1] and used + _cost(length) > budget:
            pages.append([])
            used = 0
        pages[-1].append(pk)
        used += _cost(length)
    return pages


@dataclass
class ThreadPage:
    thread: Contribution
    replies: list
    number: int
    num_pages: int

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages

    @property
    def page_range(self) -> range:
        return range(1, self.num_pages + 1)


def page_of_reply(contributions, reply: Contribution) -> int:
    thread = contributions.select_related(None).only("pk", "body_html").get(pk=reply.thread_id)
    for number, pks in enumerate(reply_pages(contributions, thread), start=1):
        if reply.pk in pks:
            return number
    return 1


def read_page_number(value, num_pages: int) -> int | None:
    """A page number from the query string: none means 1, a page that does not exist None."""
    if value in (None, ""):
        return 1
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 1 <= number <= num_pages else None
