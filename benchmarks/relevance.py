"""The relevance set: queries with their expected records, and the figures that judge a ranking.

benchmarks/data/relevance_queries.jsonl holds one query a line: its text, language, kind
(same-language: every expected record is in the query's language; cross-language otherwise)
and the expected records, named by source_id (practices) or title (partners, discussions).
benchmarks/data/relevance_practices.jsonl holds extra multilingual practices in the
interchange format (`import_practices FILE --publish`), searched together with the demo content.

Figures: MRR (reciprocal rank of the first expected record, 0 when none is listed), recall@5 and
the zero-result rate. Recall@5 is the standard capped recall (BEIR's "capped recall"): expected
records among the first five divided by min(expected records, 5), so a query naming more than
five records (a country's practices) reaches 1.0 when its first five results are all expected.
"""

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
QUERIES = DATA / "relevance_queries.jsonl"
PRACTICES = DATA / "relevance_practices.jsonl"
CUTOFF = 5
# A partner's entry is titled with its acronym: "World Food Programme (WFP)".
PARTNER_ACRONYM = re.compile(r" \([^()]+\)$")


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def load_queries(path: Path = QUERIES) -> list[dict]:
    return load_jsonl(path)


@dataclass
class Outcome:
    query: dict
    rank: int | None  # 1-based rank of the first expected record, None if not listed
    found_in_cutoff: int  # expected records among the first CUTOFF results
    total: int  # results the search reported

    @property
    def reciprocal_rank(self) -> float:
        return 1.0 / self.rank if self.rank else 0.0

    @property
    def recall(self) -> float:
        """Capped recall@CUTOFF: found in the first CUTOFF / min(expected, CUTOFF)."""
        return self.found_in_cutoff / min(len(self.query["expected"]), CUTOFF)


@dataclass
class Figures:
    count: int = 0
    mrr: float = 0.0
    recall: float = 0.0
    zero_rate: float = 0.0

    @classmethod
    def of(cls, outcomes: list[Outcome]) -> "Figures":
        count = len(outcomes)
        if not count:
            return cls()
        return cls(
            count=count,
            mrr=sum(o.reciprocal_rank for o in outcomes) / count,
            recall=sum(o.recall for o in outcomes) / count,
            zero_rate=sum(1 for o in outcomes if not o.total) / count,
        )


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def overall(self) -> Figures:
        return Figures.of(self.outcomes)

    def by(self, attribute: str) -> dict[str, Figures]:
        values = sorted({o.query[attribute] for o in self.outcomes})
        return {
            value: Figures.of([o for o in self.outcomes if o.query[attribute] == value])
            for value in values
        }

    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.rank != 1 or o.recall < 1]

    def table(self) -> str:
        rows = [("all", self.overall)]
        rows += [(f"language {k}", v) for k, v in self.by("language").items()]
        rows += [(k, v) for k, v in self.by("kind").items()]
        lines = [f"{'':<18} {'queries':>7} {'MRR':>6} {'recall@5':>8} {'zero':>6}"]
        # recall@5 is capped: found in the first 5 / min(expected, 5)
        for name, figures in rows:
            lines.append(
                f"{name:<18} {figures.count:>7} {figures.mrr:>6.3f} {figures.recall:>8.3f} "
                f"{figures.zero_rate:>6.3f}"
            )
        return "\n".join(lines)


def outcome(query: dict, ranked: list[set[str]], total: int) -> Outcome:
    """Judge one ranking: `ranked` gives, per result, the names of the record it shows."""
    expected = set(query["expected"])
    rank = next((n for n, names in enumerate(ranked, 1) if names & expected), None)
    in_cutoff = set().union(*ranked[:CUTOFF]) & expected if ranked else set()
    return Outcome(query=query, rank=rank, found_in_cutoff=len(in_cutoff), total=total)


def evaluate(queries: Iterable[dict], run: Callable[[dict], tuple[list[set[str]], int]]) -> Report:
    """`run(query)` returns (names per ranked result, total results)."""
    return Report([outcome(query, *run(query)) for query in queries])


# -- Inside a configured Django process ------------------------------------------------------


def record_names() -> dict[int, set[str]]:
    """Per search entry id, the names (source ids, titles) of its record in every language.
    A partner is also named without its acronym, as the records name it; a contribution also
    by its discussion's names, as results show it under its discussion's title and open it in
    the discussion: a query expecting a discussion is served by a contribution to it too."""
    from search.models import SearchEntry

    rows = list(
        SearchEntry.objects.values_list(
            "id", "translation_key", "source_id", "title", "kind", "discussion_title"
        )
    )
    groups: dict[str, set[str]] = {}
    for entry_id, key, source_id, title, kind, _discussion in rows:
        names = {source_id, title}
        if kind == "partner":  # "World Food Programme (WFP)" is also its name without the acronym
            names.add(PARTNER_ACRONYM.sub("", title))
        groups.setdefault(key or f"entry-{entry_id}", set()).update(filter(None, names))
    by_title = {name: names for names in groups.values() for name in names}
    for entry_id, key, _source, _title, kind, discussion in rows:
        if kind == "contribution" and discussion in by_title:
            groups[key or f"entry-{entry_id}"] |= by_title[discussion]
    return {entry_id: groups[key or f"entry-{entry_id}"] for entry_id, key, *_ in rows}


def engine_runner(engine) -> Callable[[dict], tuple[list[set[str]], int]]:
    """Run queries on a search engine, each in its language's interface where the site has it."""
    from django.conf import settings
    from django.http import QueryDict
    from django.utils import translation

    from search.query import parse_params

    names = record_names()
    site_languages = {code.split("-")[0] for code, _name in settings.LANGUAGES}

    def run(query: dict) -> tuple[list[set[str]], int]:
        data = QueryDict(mutable=True)
        data["q"] = query["query"]
        language = query["language"] if query["language"] in site_languages else "en"
        with translation.override(language):
            response = engine.search(parse_params(data))
        return [names.get(hit.entry.pk, set()) for hit in response.hits], response.total

    return run
