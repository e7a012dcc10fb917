"""What visitors, exports and the API get: the published key points, per guiding question."""

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..models import Contribution, KeyPoint, Synthesis, SynthesisStatus


def published_points(discussion) -> list[tuple[object, list[KeyPoint]]]:
    """(question, key points) in order, the questions worded in the page's language; empty
    unless the synthesis is published (never for an unsaved page's preview)."""
    if discussion.contributions_home.pk is None:
        return []
    synthesis = Synthesis.objects.filter(
        discussion=discussion.contributions_home, status=SynthesisStatus.PUBLISHED
    ).first()
    if synthesis is None:
        return []
    points = list(
        synthesis.key_points.filter(is_outlier=False).prefetch_related(
            Prefetch(
                "contributions",
                queryset=Contribution.objects.published().order_by("submit_date", "pk"),
            )
        )
    )
    questions = []
    for question in discussion.numbered_questions:
        mine = [p for p in points if p.question_id == question.pk]
        if mine:
            questions.append((question, mine))
    return questions


def reach_text(point: KeyPoint) -> str:
    """ "12 participants from 5 countries" (the same words as the discussion page)."""
    participants = ngettext(
        "%(counter)s participant", "%(counter)s participants", point.participant_count
    ) % {"counter": point.participant_count}
    countries = ngettext("%(counter)s country", "%(counter)s countries", point.country_count) % {
        "counter": point.country_count
    }
    return _("%(participants)s from %(countries)s") % {
        "participants": participants,
        "countries": countries,
    }
