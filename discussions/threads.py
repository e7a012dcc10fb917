"""What the discussion page shows: filtered, sorted, paginated threads and participation figures.

The discussion page renders through this module, so it takes the page as an argument and imports
the contribution models from their own modules, never the page module (one-way imports)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Count, Q, prefetch_related_objects
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from home.countries import country_name
from home.page_cache import cached_by_tags
from home.urls import query_string

from .cache_tags import discussion_tag
from .forms import ContributionForm
from .languages import contribution_language_name
from .models import visibility
from .models.contributions import Contribution
from .models.questions import GuidingQuestion
from .people import people_context
from .readers import reader_of
from .thread_pages import (
    ThreadPage,
    first_replies,
    first_reply_ids,
    page_of_reply,
    read_page_number,
    reply_pages,
    thread_url,
)
from .translations import reader_language

if TYPE_CHECKING:
    from .models.pages import DiscussionPage

SORTS = {
    "oldest": (_("Oldest first"), ("submit_date", "pk")),
    "newest": (_("Newest first"), ("-submit_date", "-pk")),
    "replies": (_("Most replied"), ("-nested_count", "submit_date", "pk")),
}
DEFAULT_SORT = "oldest"


@dataclass
class Filters:
    question: GuidingQuestion | None = None
    language: str = ""
    country: str = ""
    sort: str = DEFAULT_SORT
    active: dict = field(default_factory=dict)

    def querystring(self, **changes) -> str:
        """The filters as "?..." with `changes` applied (None drops a key)."""
        return query_string(self.active, **changes)


def visible_contributions(discussion: DiscussionPage, user):
    return Contribution.objects.filter(discussion=discussion).visible_to(user)


def read_filters(request, discussion: DiscussionPage) -> Filters:
    """Accept a parameter only when it names an existing value; ignore it otherwise."""
    filters = Filters()
    questions = {str(q.pk): q for q in discussion.numbered_questions}
    question = request.GET.get("question", "")
    if question in questions:
        filters.question = questions[question]
        filters.active["question"] = question
    language = request.GET.get("language", "")
    if language and language in dict(facet_languages(discussion)):
        filters.language = filters.active["language"] = language
    country = request.GET.get("country", "").upper()
    if country and country in dict(facet_countries(discussion)):
        filters.country = filters.active["country"] = country
    sort = request.GET.get("sort", "")
    if sort in SORTS and sort != DEFAULT_SORT:
        filters.sort = filters.active["sort"] = sort
    return filters


def facet_languages(discussion: DiscussionPage) -> list[tuple[str, str]]:
    if not hasattr(discussion, "_facet_languages"):
        codes = (
            Contribution.objects.filter(discussion=discussion)
            .published()
            .exclude(language="")
            .values_list("language", flat=True)
            .distinct()
            .order_by()
        )
        discussion._facet_languages = sorted(
            ((code, contribution_language_name(code)) for code in set(codes)),
            key=lambda item: str(item[1]),
        )
    return discussion._facet_languages


def facet_countries(discussion: DiscussionPage) -> list[tuple[str, str]]:
    if not hasattr(discussion, "_facet_countries"):
        codes = (
            Contribution.objects.filter(discussion=discussion)
            .published()
            .exclude(user__profile__country="")
            .exclude(user__isnull=True)
            .values_list("user__profile__country", flat=True)
            .distinct()
            .order_by()
        )
        discussion._facet_countries = sorted(
            ((code, country_name(code)) for code in set(codes)), key=lambda item: item[1]
        )
    return discussion._facet_countries


def _with_authors(queryset):
    return queryset.select_related("user__profile__partner", "content_type", "site")


def attach_details(discussion: DiscussionPage, contributions: list[Contribution]) -> None:
    """What the contribution template reads besides the row, in at most two queries for any
    number of contributions: `shown_questions` (the discussion's own numbered question objects,
    worded in the page's language) and, only where a reader may be shown one (a contribution
    written in another language than the reader's), the prefetched `translations`.

    Cheaper than prefetch_related: no queryset is built per contribution for questions, and
    none at all for contributions in the reader's language."""
    if not contributions:
        return
    known = {question.pk: question for question in discussion.numbered_questions}
    rank = {pk: position for position, pk in enumerate(known)}
    links = (
        Contribution.guiding_questions.through.objects.filter(
            contribution_id__in=[c.pk for c in contributions]
        ).values_list("contribution_id", "guidingquestion_id")
        if known  # a discussion without questions: no query
        else ()
    )
    by_contribution: dict[int, list[int]] = {}
    for contribution_id, question_id in links:
        by_contribution.setdefault(contribution_id, []).append(question_id)
    missing = {pk for pks in by_contribution.values() for pk in pks} - known.keys()
    if missing:  # a question of another discussion: fetched as before
        for question in GuidingQuestion.objects.filter(pk__in=missing).order_by("sort_order"):
            rank[question.pk] = len(rank)
            known[question.pk] = question
    for contribution in contributions:
        pks = sorted(by_contribution.get(contribution.pk, ()), key=rank.__getitem__)
        contribution.shown_questions = [known[pk] for pk in pks]
    language = reader_language()
    foreign = [c for c in contributions if c.language and c.language != language]
    prefetch_related_objects(foreign, "translations")


def thread_ordering(sort: str) -> tuple:
    return ("-is_featured", *SORTS.get(sort, SORTS[DEFAULT_SORT])[1])


def _by_pk(pks: list[int]) -> dict[int, Contribution]:
    """The contributions (already known visible) with their authors, in one query."""
    if not pks:
        return {}
    return {c.pk: c for c in _with_authors(Contribution.objects.filter(pk__in=pks))}


def threads_page(discussion: DiscussionPage, user, filters: Filters, page_number) -> PaginatorPage:
    """One page of top-level contributions, each with its first replies (`shown_replies`).

    The page's thread ids and their replies' ids are read as plain values, then every shown
    contribution in one query with its author: Django compiles the large author join once."""
    contributions = visible_contributions(discussion, user)
    matching = contributions
    if filters.question:
        matching = matching.filter(guiding_questions=filters.question)
    if filters.language:
        matching = matching.filter(language=filters.language)
    if filters.country:
        matching = matching.filter(user__profile__country=filters.country)
    top_level = contributions.top_level()
    if filters.active.keys() - {"sort"}:
        top_level = top_level.filter(thread_id__in=matching.values("thread_id"))
    ids = top_level.order_by(*thread_ordering(filters.sort)).values_list("pk", flat=True)
    paginator = Paginator(ids, settings.DISCUSSIONS_PAGE_SIZE, allow_empty_first_page=True)
    page = paginator.get_page(page_number)
    thread_ids = list(page.object_list)
    replies = first_reply_ids(contributions, thread_ids)
    shown = _by_pk(thread_ids + [pk for pks, _total in replies.values() for pk in pks])
    threads = [shown[pk] for pk in thread_ids if pk in shown]
    first_replies(discussion, threads, replies, shown)
    attach_details(
        discussion, threads + [reply for thread in threads for reply in thread.shown_replies]
    )
    page.object_list = threads
    return page


def thread_context(discussion: DiscussionPage, request, thread_pk: int) -> dict:
    """One thread in full (a thread page); its replies cut to the page size budget."""
    user = request.user
    contributions = visible_contributions(discussion, user)
    thread = _with_authors(contributions.top_level()).filter(pk=thread_pk).first()
    if thread is None:
        raise Http404
    pages = reply_pages(contributions, thread)
    number = read_page_number(request.GET.get("page"), len(pages))
    if number is None:
        raise Http404
    replies = list(_with_authors(contributions.filter(pk__in=pages[number - 1])).order_by("order"))
    attach_details(discussion, [thread, *replies])
    return {
        "page": discussion,
        "self": discussion,
        "discussion": discussion,
        "thread_page": ThreadPage(thread, replies, number, len(pages)),
        "question_numbers": {q.pk: q.number for q in discussion.numbered_questions},
        "followed_threads": reader_of(request, discussion).followed - {None},
        "people_roles": people_context(discussion)["people_roles"],
    }


def page_number_of(contribution: Contribution, user) -> int:
    """The page (default sort, no filter) on which a contribution's thread appears."""
    ids = list(
        visible_contributions(contribution.discussion, user)
        .top_level()
        .order_by(*thread_ordering(DEFAULT_SORT))
        .values_list("pk", flat=True)
    )
    try:
        position = ids.index(contribution.thread_id)
    except ValueError:
        return 1
    return position // settings.DISCUSSIONS_PAGE_SIZE + 1


def contribution_place(contribution: Contribution, user) -> tuple[str, int]:
    """Where a contribution is shown: its thread's listing page, or for a reply its thread page."""
    discussion = contribution.discussion
    if contribution.level == 0:
        return discussion.url, page_number_of(contribution, user)
    page = page_of_reply(visible_contributions(discussion, user), contribution)
    return thread_url(discussion.url, contribution.thread_id), page


def participation(discussion: DiscussionPage) -> dict:
    """Published contributions, participants, countries and languages, and per-question counts.

    With the facets, kept in the cache until the discussion's contributions change."""
    name = f"discussion-figures|{discussion.pk}|{translation.get_language()}"
    figures = cached_by_tags(name, [discussion_tag(discussion)], lambda: _figures(discussion))
    discussion._facet_languages = figures["languages"]
    discussion._facet_countries = figures["countries"]
    for question in discussion.numbered_questions:
        question.contribution_count = figures["question_counts"].get(question.pk, 0)
    return figures["totals"]


def _figures(discussion: DiscussionPage) -> dict:
    published = Contribution.objects.filter(discussion=discussion).published()
    totals = published.aggregate(
        contributions=Count("pk"),
        participants=Count("user", distinct=True),
        countries=Count(
            "user__profile__country", distinct=True, filter=~Q(user__profile__country="")
        ),
        languages=Count("language", distinct=True, filter=~Q(language="")),
    )
    counts = dict(
        GuidingQuestion.objects.filter(discussion=discussion)
        .annotate(n=Count("contributions", filter=visibility.published("contributions")))
        .values_list("pk", "n")
    )
    return {
        "totals": totals,
        "question_counts": counts,
        "languages": facet_languages(discussion),
        "countries": facet_countries(discussion),
    }


def discussion_context(discussion: DiscussionPage, request) -> dict:
    """Everything the discussion page template needs, in a bounded number of queries."""
    if discussion.pk is None:  # previewing a page that was never saved: nothing to list yet
        return _preview_context(discussion)
    user = request.user
    totals = participation(discussion)  # before the filters: it holds the facets
    filters = read_filters(request, discussion)
    context = {
        "discussion": discussion,
        "filters": filters,
        "threads": threads_page(discussion, user, filters, request.GET.get("page")),
        "participation": totals,
        "languages": facet_languages(discussion),
        "countries": facet_countries(discussion),
        "sorts": [(key, label) for key, (label, _order) in SORTS.items()],
        "question_numbers": {q.pk: q.number for q in discussion.numbered_questions},
        "login_url": reverse("account_login") + query_string(next=request.get_full_path()),
        "can_post": discussion.is_open and user.is_authenticated,
        "followed_threads": set(),
        "follows_discussion": False,
        **people_context(discussion),
    }
    if context["can_post"]:
        context["form"] = ContributionForm(discussion, user=user)
    if user.is_authenticated:
        followed = reader_of(request, discussion).followed
        context["follows_discussion"] = None in followed
        context["followed_threads"] = followed - {None}
    return context


def _preview_context(discussion: DiscussionPage) -> dict:
    for question in discussion.numbered_questions:
        question.contribution_count = 0
    return {
        "discussion": discussion,
        "filters": Filters(),
        "threads": Paginator([], settings.DISCUSSIONS_PAGE_SIZE).get_page(1),
        "participation": {"contributions": 0, "participants": 0, "countries": 0, "languages": 0},
        "languages": [],
        "countries": [],
        "sorts": [(key, label) for key, (label, _order) in SORTS.items()],
        "question_numbers": {},
        "login_url": reverse("account_login"),
        "can_post": False,
        "followed_threads": set(),
        "follows_discussion": False,
    }
