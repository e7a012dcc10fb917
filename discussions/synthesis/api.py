"""The published synthesis as a field of the discussion in the pages API (/api/v2/pages/).

Only relations of the instance are used here: the page model declares this field, so this
module cannot import the models.
"""

from rest_framework import serializers

from home.urls import absolute_url


class SynthesisField(serializers.Field):
    """`synthesis` of a closed discussion: key points per question, or null."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, synthesis):
        if not synthesis.is_published or synthesis.discussion.status != "closed":
            return None
        points = synthesis.key_points.filter(is_outlier=False).select_related("question")
        points = points.prefetch_related("contributions").order_by(
            "question__sort_order", "sort_order", "pk"
        )
        questions: dict[int, dict] = {}
        for point in points:
            question = questions.setdefault(
                point.question_id,
                {"id": point.question_id, "question": point.question.question, "key_points": []},
            )
            published = [c for c in point.contributions.all() if c.is_public and not c.is_removed]
            question["key_points"].append(
                {
                    "title": point.title,
                    "text": point.text,
                    "participants": point.participant_count,
                    "countries": point.country_count,
                    "contributions": [
                        {"id": c.pk, "url": absolute_url(c.get_absolute_url())} for c in published
                    ],
                }
            )
        return {
            "published_at": synthesis.published_at.isoformat() if synthesis.published_at else None,
            "questions": list(questions.values()),
        }
