"""The discussion index: open first, then upcoming, then closed, with participation counts."""

from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.utils import timezone

from home.i18n import children_of_every_version, one_per_record


def discussions_for_index(index_page):
    from .models import DiscussionPage

    now = timezone.now()
    published = Q(contributions__is_public=True, contributions__is_removed=False)
    return (
        one_per_record(children_of_every_version(DiscussionPage, index_page))
        .annotate(
            status_rank=Case(
                When(opens_at__lte=now, closes_at__gt=now, then=Value(0)),
                When(opens_at__gt=now, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            ),
            contribution_count=Count("contributions", filter=published, distinct=True),
            participant_count=Count("contributions__user", filter=published, distinct=True),
        )
        .order_by("status_rank", "-opens_at")
    )
