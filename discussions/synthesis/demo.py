"""Demo: the closed demo discussion shows a finished synthesis, its key points written by its
moderators (data files in `demo_content/synthesis/`, one per discussion).

Idempotent: a discussion whose synthesis already has key points keeps them (and the edits made
since). Each point's passages and reach ("N participants from M countries") come from the
contributions it names, as the draft would give them.
"""

import tomllib
from pathlib import Path

from django.db import transaction

from ..demo_data import CONTRIBUTIONS
from ..models import Contribution, DiscussionPage, KeyPoint, Synthesis, SynthesisStatus
from .draft import reach
from .editing import set_published
from .passages import split_passages

CONTENT = Path(__file__).resolve().parent.parent / "demo_content" / "synthesis"


class DemoSynthesisError(ValueError):
    """A synthesis file names a question, contribution or passage that does not exist."""


def files() -> list[Path]:
    return sorted(CONTENT.glob("*.toml"))


def _contribution(discussion, key: str, where: str) -> Contribution:
    data = next((c for c in CONTRIBUTIONS if c["key"] == key), None)
    found = data and (
        Contribution.objects.filter(
            discussion=discussion, user__username=data["author"], comment=data["body"]
        )
        .select_related("user__profile")
        .first()
    )
    if not found:
        raise DemoSynthesisError(f"{where}: no contribution “{key}” in this discussion")
    return found


def _point(discussion, questions: dict, data: dict, where: str) -> tuple[KeyPoint, list]:
    question = questions.get(data.get("question"))
    if question is None:
        raise DemoSynthesisError(f"{where}: no guiding question {data.get('question')!r}")
    passages, contributions = [], {}
    for source in data.get("sources", []):
        key, _sep, number = source.partition(":")
        contribution = contributions.get(key) or _contribution(discussion, key, where)
        contributions[key] = contribution
        pieces = split_passages(contribution.comment)
        if not number.isdigit() or int(number) >= len(pieces):
            raise DemoSynthesisError(
                f"{where}: “{source}”: {key} has passages 0 to {len(pieces) - 1}"
            )
        passages.append(
            {
                "contribution": contribution.pk,
                "position": int(number),
                "language": contribution.language,
                "text": pieces[int(number)],
            }
        )
    participants, countries = reach(list(contributions.values()))
    point = KeyPoint(
        question=question,
        title=data["title"],
        text=data["text"].strip(),
        passages=passages,
        participant_count=participants,
        country_count=countries,
    )
    return point, list(contributions.values())


def load_file(path: Path) -> Synthesis | None:
    """The published synthesis the file describes; None when its discussion does not exist or
    already has key points. Raises DemoSynthesisError for a file that names what is not there."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    discussion = DiscussionPage.objects.filter(
        slug=data["discussion"], alias_of__isnull=True
    ).first()
    if discussion is None:
        return None
    discussion = discussion.contributions_home
    synthesis, _created = Synthesis.objects.get_or_create(discussion=discussion)
    if synthesis.key_points.exists():
        return None
    questions = {q.number: q for q in discussion.numbered_questions}
    points = [
        _point(discussion, questions, point, f"{path.name}, point {number}")
        for number, point in enumerate(data.get("points", []), start=1)
    ]
    with transaction.atomic():
        orders: dict[int, int] = {}
        for point, contributions in points:
            point.synthesis = synthesis
            point.sort_order = orders[point.question_id] = orders.get(point.question_id, -1) + 1
            point.save()
            point.contributions.set(contributions)
        synthesis.status = SynthesisStatus.DRAFT
        synthesis.save()
    set_published(synthesis, True)
    return synthesis


def load(stdout=None, style=None) -> None:
    for path in files():
        synthesis = load_file(path)
        if synthesis is not None and stdout:
            points = synthesis.key_points.count()
            title = synthesis.discussion.title
            stdout.write(f"Synthesis: {points} key points published for “{title}”.")
