"""Synthesis benchmark: the draft of a closed discussion of 500 contributions, timed.

    .venv/bin/python benchmarks/synthesis.py                    # 500 contributions, 5 questions
    .venv/bin/python benchmarks/synthesis.py --contributions 2000 --embed-sample 200

Builds a temporary SQLite database with a closed discussion whose contributions (1-4
paragraphs, in en/fr/es/pt) are made of the evaluation set's theme sentences
(tests/discussions/data/synthesis_themes.toml), each paragraph made unique. Then:
1. embedding: a sample of passages embedded by the model, timed (passages per second: what
   posting costs with SYNTHESIS_EMBED_ON_POST, or a draft with nothing stored);
2. the passages of every contribution stored with vectors (the model's vector of the
   paragraph's theme sentence plus noise, so the sizes are real without hours of embedding);
3. the draft (`compute_draft`) from stored passages, timed: the target is under 30 s;
4. a draft after 5 % of the contributions were edited (one sentence added): only the changed
   passages are embedded, the others keep their vectors (matched by text), timed;
5. a draft after every stored passage went stale (as when the cutting rules change) with the
   same words: nothing is embedded again, timed;
6. the adjusted Rand index of each question's groups against the themes (the generated set
   repeats 44 sentences, so groups split by sentence: quality is measured on real, distinct
   texts by tests/discussions/test_synthesis_evaluation.py).
Prints a Markdown table and the load average.
"""

import argparse
import os
import random
import re
import sys
import tempfile
import time
import tomllib
from collections import Counter
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
THEMES = ROOT / "tests" / "discussions" / "data" / "synthesis_themes.toml"
COUNTRIES = ["SN", "BR", "IN", "MX", "KE", "VN", "GH", "PE", "BD", "ZA", "CO", "RW"]


def _django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "minga.settings.test"
    os.environ.pop("CELERY_BROKER_URL", None)
    os.environ.setdefault("SEARCH_EMBEDDING_THREADS", str(os.cpu_count() or 1))
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _discussion(questions: int):
    from django.utils import timezone
    from wagtail.models import Page

    from discussions.models import DiscussionIndexPage, DiscussionPage, GuidingQuestion

    root = Page.get_first_root_node()
    index = root.add_child(instance=DiscussionIndexPage(title="Discussions", slug="bench-d"))
    page = DiscussionPage(
        title="Benchmark discussion",
        slug="bench-synthesis",
        opens_at=timezone.now() - timedelta(days=40),
        closes_at=timezone.now() - timedelta(days=1),
    )
    for number in range(questions):
        page.guiding_questions.add(
            GuidingQuestion(question=f"Question {number + 1}?", sort_order=number)
        )
    index.add_child(instance=page)
    return page


def _contributions(page, count: int, rng: random.Random, entries: list[dict]) -> list:
    from django.contrib.auth import get_user_model
    from django.contrib.contenttypes.models import ContentType
    from django.contrib.sites.models import Site

    from discussions.models import Contribution, DiscussionPage

    users = []
    for number in range(max(count // 5, 1)):
        user = get_user_model().objects.create(username=f"bench{number}")
        user.profile.country = COUNTRIES[number % len(COUNTRIES)]
        user.profile.save()
        users.append(user)
    questions = list(page.guiding_questions.all())
    content_type = ContentType.objects.get_for_model(DiscussionPage)
    site = Site.objects.get_current()
    made = []
    for number in range(count):
        language = rng.choice(["en", "fr", "es", "pt"])
        pool = [e for e in entries if e["language"] == language]
        paragraphs = [rng.choice(pool) for _ in range(rng.randint(1, 4))]
        body = "\n\n".join(f"{p['body']} ({number}-{i})" for i, p in enumerate(paragraphs))
        user = rng.choice(users)
        contribution = Contribution.objects.create(
            content_type=content_type,
            object_pk=str(page.pk),
            discussion=page,
            site=site,
            user=user,
            user_name=user.username,
            comment=body,
            language=language,
            is_public=True,
        )
        contribution.guiding_questions.set([questions[number % len(questions)]])
        made.append(contribution)
    return made


def _store_passages(contributions, entries, rng) -> int:
    """Every passage stored with its theme sentence's real vector plus noise."""
    import numpy as np

    from discussions.models import ContributionPassage
    from discussions.synthesis.draft import source_hash
    from discussions.synthesis.passages import split_passages
    from home.embeddings import embed_passages

    bodies = [e["body"] for e in entries]
    vectors = dict(zip(bodies, embed_passages(bodies), strict=True))
    noise = np.random.default_rng(7)
    rows = []
    for contribution in contributions:
        for position, text in enumerate(split_passages(contribution.comment)):
            base = vectors[text.rsplit(" (", 1)[0]]
            vector = base + noise.normal(0, 0.01, base.shape)
            vector /= np.linalg.norm(vector)
            rows.append(
                ContributionPassage(
                    contribution=contribution,
                    position=position,
                    text=text,
                    source_hash=source_hash(contribution),
                    embedding=vector.astype(np.float32).tobytes(),
                )
            )
    ContributionPassage.objects.bulk_create(rows, batch_size=500)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contributions", type=int, default=500)
    parser.add_argument("--questions", type=int, default=5)
    parser.add_argument("--embed-sample", type=int, default=64)
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="minga-synthesis-")
    _django(f"sqlite:///{workdir}/bench.sqlite3")

    import numpy as np

    from discussions.synthesis.clustering import adjusted_rand_index
    from discussions.synthesis.draft import compute_draft
    from home.embeddings import embed_passages

    rng = random.Random(13)
    entries = tomllib.loads(THEMES.read_text(encoding="utf-8"))["contribution"]
    page = _discussion(args.questions)
    contributions = _contributions(page, args.contributions, rng, entries)

    embed_passages(["warm up"])
    sample = [f"{rng.choice(entries)['body']} ({n})" for n in range(args.embed_sample)]
    started = time.perf_counter()
    embed_passages(sample)
    embed_seconds = time.perf_counter() - started
    stored = _store_passages(contributions, entries, rng)

    started = time.perf_counter()
    synthesis = compute_draft(page)
    draft_seconds = time.perf_counter() - started

    from discussions.models import ContributionPassage
    from discussions.synthesis import draft as drafting

    counted = []
    real_embed = drafting.embed_passages
    drafting.embed_passages = lambda texts: counted.extend(texts) or real_embed(texts)
    edited = rng.sample(contributions, max(len(contributions) // 20, 1))
    for number, contribution in enumerate(edited):
        contribution.comment += f" Edited later ({number}): the rotation also needed a referee."
        contribution.save()
    started = time.perf_counter()
    compute_draft(page)
    edit_seconds, edit_embedded = time.perf_counter() - started, len(counted)
    counted.clear()
    ContributionPassage.objects.update(source_hash="stale")
    started = time.perf_counter()
    synthesis = compute_draft(page)
    stale_seconds, stale_embedded = time.perf_counter() - started, len(counted)
    drafting.embed_passages = real_embed

    theme_of = {entry["body"]: entry["theme"] for entry in entries}
    by_question: dict[int, tuple[list, list]] = {}
    for point in synthesis.key_points.all():
        truth, predicted = by_question.setdefault(point.question_id, ([], []))
        for passage in point.passages:
            truth.append(theme_of[re.sub(r" \(\d+-\d+\).*$", "", passage["text"])])
            predicted.append(point.pk)
    indices = [adjusted_rand_index(t, p) for t, p in by_question.values()]
    rate = args.embed_sample / embed_seconds
    groups = Counter(synthesis.key_points.values_list("is_outlier", flat=True))
    print("| figure | value |")
    print("|---|---:|")
    print(f"| contributions / passages | {len(contributions)} / {stored} |")
    print(f"| draft from stored passages (s) | {draft_seconds:.1f} |")
    print(
        f"| draft after {len(edited)} contributions edited (s; passages embedded) | "
        f"{edit_seconds:.1f} ({edit_embedded}) |"
    )
    print(
        f"| draft with every passage stale, same words (s; passages embedded) | "
        f"{stale_seconds:.1f} ({stale_embedded}) |"
    )
    print(f"| key points / outliers | {groups[False]} / {groups[True]} |")
    print(f"| adjusted Rand index vs themes, mean per question | {np.mean(indices):.3f} |")
    print(f"| embedding rate (passages/s, sample of {args.embed_sample}) | {rate:.1f} |")
    print(f"| draft with nothing stored, estimated (s) | {draft_seconds + stored / rate:.0f} |")
    print(
        f"\nload average: {os.getloadavg()}; embedding threads: "
        f"{os.environ['SEARCH_EMBEDDING_THREADS']}; numpy {np.__version__}"
    )


if __name__ == "__main__":
    main()
