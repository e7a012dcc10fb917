"""A discussion's draft synthesis: per guiding question, its passages grouped into key points.

Passages and their vectors are stored (`ContributionPassage`), so a new draft embeds only the
contributions written or edited since the last one.
"""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from django.db import transaction
from django.utils import timezone

from home.embeddings import EMBEDDING_DIM, embed_passages, embed_query

from ..models import (
    Contribution,
    ContributionPassage,
    DraftJob,
    KeyPoint,
    Synthesis,
    SynthesisStatus,
)
from .clustering import Group, centered, group_units
from .passages import RULES_VERSION, short_phrase, split_passages

Progress = Callable[[int], None]  # percent done
EMBED_BATCH = 32
# Cosine similarity below the closest question within which a passage answers both.
QUESTION_MARGIN = 0.03
# Share of the work that is embedding, for the progress figure.
EMBEDDING_SHARE = 80


@dataclass
class Passage:
    contribution: Contribution
    position: int
    text: str
    vector: np.ndarray


def source_hash(contribution: Contribution) -> str:
    source = f"{RULES_VERSION}\n{contribution.language}\n{contribution.comment}"
    return hashlib.sha256(source.encode()).hexdigest()


def _stale(contributions: list[Contribution]) -> list[Contribution]:
    stored = dict(
        ContributionPassage.objects.filter(contribution__in=contributions, position=0).values_list(
            "contribution_id", "source_hash"
        )
    )
    return [c for c in contributions if stored.get(c.pk) != source_hash(c)]


def _known_vectors(contributions: list[Contribution], texts: set[str]) -> dict[str, bytes]:
    """Stored vectors of these texts among the contributions' previous passages: an edit, or
    a change in how texts are cut, embeds only the passages whose words changed."""
    rows = ContributionPassage.objects.filter(contribution__in=contributions)
    return {
        text: bytes(embedding)
        for text, embedding in rows.values_list("text", "embedding").iterator(2000)
        if text in texts and len(embedding) == EMBEDDING_DIM * 4
    }


def refresh_passages(contributions: list[Contribution], progress: Progress) -> int:
    """Cut and embed the contributions whose text changed since their passages were stored;
    returns how many passages the model embedded (unchanged passages keep their vectors)."""
    stale = _stale(contributions)
    pieces = [(c, n, text) for c in stale for n, text in enumerate(split_passages(c.comment))]
    vectors = _known_vectors(stale, {text for _c, _n, text in pieces}) if stale else {}
    missing = list(dict.fromkeys(text for _c, _n, text in pieces if text not in vectors))
    for start in range(0, len(missing), EMBED_BATCH):
        batch = missing[start : start + EMBED_BATCH]
        for text, vector in zip(batch, embed_passages(batch), strict=True):
            vectors[text] = vector.astype(np.float32).tobytes()
        progress(EMBEDDING_SHARE * (start + len(batch)) // len(missing))
    rows = [
        ContributionPassage(
            contribution=c,
            position=n,
            text=text,
            source_hash=source_hash(c),
            embedding=vectors[text],
        )
        for c, n, text in pieces
    ]
    with transaction.atomic():
        ContributionPassage.objects.filter(contribution__in=stale).delete()
        ContributionPassage.objects.bulk_create(rows, batch_size=500)
    return len(missing)


def _passages(contributions: list[Contribution]) -> list[Passage]:
    by_pk = {c.pk: c for c in contributions}
    stored = ContributionPassage.objects.filter(contribution__in=contributions)
    return [
        Passage(by_pk[cid], position, text, np.frombuffer(bytes(embedding), dtype=np.float32))
        for cid, position, text, embedding in stored.values_list(
            "contribution_id", "position", "text", "embedding"
        )
        if len(embedding) == EMBEDDING_DIM * 4
    ]


def reach(contributions: list[Contribution]) -> tuple[int, int]:
    """(participants, countries) behind these contributions."""
    people = {c.user_id or c.user_name for c in contributions}
    profiles = [getattr(c.user, "profile", None) for c in contributions if c.user_id]
    return len(people), len({p.country for p in profiles if p is not None and p.country})


def _point(question, group: Group, passages: list[Passage], outlier: bool) -> tuple:
    chosen = [passages[i] for i in group.members]
    contributions = list({p.contribution.pk: p.contribution for p in chosen}.values())
    participants, countries = reach(contributions)
    representative = chosen[0].text
    point = KeyPoint(
        question=question,
        title=short_phrase(representative),
        label=", ".join(group.terms),
        text=representative,
        is_outlier=outlier,
        passages=[
            {
                "contribution": p.contribution.pk,
                "position": p.position,
                "language": p.contribution.language,
                "text": p.text,
            }
            for p in chosen
        ],
        participant_count=participants,
        country_count=countries,
    )
    return point, contributions


def _question_points(question, passages: list[Passage], unit: np.ndarray) -> list[tuple]:
    if not passages:
        return []
    groups = group_units(unit, [p.text for p in passages])
    # A passage no other joined is an outlier, unless the question has hardly any passages.
    lone = len(passages) >= 3
    points = [_point(question, g, passages, lone and len(g.members) == 1) for g in groups]
    points.sort(
        key=lambda item: (item[0].is_outlier, -item[0].participant_count, -item[0].country_count)
    )
    for order, (point, _contributions) in enumerate(points):
        point.sort_order = order
    return points


def _answers(passages: list[Passage], questions: list) -> list[set[int]]:
    """The questions each passage answers: its contribution's, and for a contribution tagged
    with several, those the passage is about as close to as to the closest (e5's query side
    embeds the questions). Within the margin a passage stays with both: nothing is lost."""
    vectors = {question.pk: embed_query(question.question) for question in questions}
    answers = []
    for passage in passages:
        tagged = [q.pk for q in passage.contribution.guiding_questions.all() if q.pk in vectors]
        closeness = {pk: float(vectors[pk] @ passage.vector) for pk in tagged}
        best = max(closeness.values(), default=0.0)
        answers.append({pk for pk, value in closeness.items() if value >= best - QUESTION_MARGIN})
    return answers


def compute_draft(discussion, progress: Progress | None = None) -> Synthesis:
    """Replace the discussion's key points with a fresh draft (the synthesis becomes a draft)."""
    progress = progress or (lambda percent: None)
    home = discussion.contributions_home
    contributions = list(
        Contribution.objects.filter(discussion=home)
        .published()
        .select_related("user__profile")
        .prefetch_related("guiding_questions")
    )
    refresh_passages(contributions, progress)
    passages = _passages(contributions)
    vectors = np.vstack([p.vector for p in passages]) if passages else np.zeros((0, EMBEDDING_DIM))
    unit = centered(vectors, [p.contribution.language or "und" for p in passages])
    questions = list(home.guiding_questions.all())
    answers = _answers(passages, questions)
    points = []
    for question in questions:
        rows = [i for i, answered in enumerate(answers) if question.pk in answered]
        points += _question_points(question, [passages[i] for i in rows], unit[rows])
    progress(95)
    return _store(home, points)


def _store(home, points: list[tuple]) -> Synthesis:
    with transaction.atomic():
        synthesis, _created = Synthesis.objects.select_for_update().get_or_create(discussion=home)
        synthesis.key_points.all().delete()
        for point, contributions in points:
            point.synthesis = synthesis
            point.save()
            point.contributions.set(contributions)
        synthesis.status = SynthesisStatus.DRAFT
        synthesis.job, synthesis.progress, synthesis.job_message = DraftJob.DONE, 100, ""
        synthesis.computed_at = timezone.now()
        synthesis.published_at = None
        synthesis.save()
    return synthesis
