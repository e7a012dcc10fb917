"""A per-process, in-memory picture of the index: embedding matrix, facet masks, titles.

The database engine filters, scores, fuses and counts facets with NumPy over this snapshot.
It is rebuilt when the index changes: a cheap (count, last update) query detects changes
made by other processes (a Celery worker, another web worker).
"""

import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field

import numpy as np
from django.db.models import Count, Max

from .centering import language_means, stored_language_means
from .models import EMBEDDING_DIM, SearchEntry
from .passages import lifted, passage_matrix
from .thesaurus import title_concepts as thesaurus_title_concepts

FACETS = ("type", "region", "country", "sdg", "theme", "modality", "language", "period", "partner")
FACET_COLUMNS = {
    "type": "kind",
    "region": "regions",
    "country": "countries",
    "sdg": "sdgs",
    "theme": "themes",
    "modality": "modality",
    "language": "language",
    "period": "years",
    "partner": "partners",
}


def normalise(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form used for exact-title matching."""
    text = unicodedata.normalize("NFKD", text or "").casefold()
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(re.findall(r"\w+", text))


@dataclass
class Snapshot:
    stamp: tuple
    ids: np.ndarray
    matrix: np.ndarray
    published: np.ndarray
    facet_members: dict[str, dict[str, np.ndarray]]
    titles: dict[str, list[int]]
    suggestions: list[tuple[str, str, str]] = field(default_factory=list)
    positions: dict[int, int] = field(default_factory=dict)
    # Per facet: its values, and every (row, value) pair as two aligned arrays, so counting
    # all values of a facet is one gather and one bincount instead of a loop over values.
    facet_pairs: dict[str, tuple[list[str], np.ndarray, np.ndarray]] = field(default_factory=dict)
    # Rows that are translations of one record share a group (the first row's position).
    groups: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    has_translations: bool = False
    # Per-language mean vectors (search.centering) and, per row, the index of its language's.
    language_means: np.ndarray = field(
        default_factory=lambda: np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    )
    row_language: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    # Per row, the concepts its title names (search.thesaurus.title_concepts).
    title_concepts: list[frozenset[str]] = field(default_factory=list)
    # Per partner page row (any language): the partner it is tagged with, its own name (its
    # title without the acronym, search.documents.partner_entry).
    partner_pages: dict[int, str] = field(default_factory=dict)
    # Per practice row: its lead partner (the first it lists: search.partners).
    lead_partners: dict[int, str] = field(default_factory=dict)
    # Every row's passage vectors (search.passages), end to end, and the rows that have any
    # with the position of their first passage.
    passages: np.ndarray = field(
        default_factory=lambda: np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    )
    passage_rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    passage_starts: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    def similarities(self, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(cosine similarity, similarity without the language) of every row to the query,
        each lifted by its row's best passage (search.passages)."""
        raw = self.matrix @ query
        if len(self.passage_rows):
            best = np.full(len(raw), -np.inf)
            best[self.passage_rows] = np.maximum.reduceat(
                self.passages @ query, self.passage_starts
            )
            raw = lifted(raw, best).astype(np.float32)
        if not len(self.language_means):
            return raw, raw
        return raw, raw - (self.language_means @ query)[self.row_language]

    def pages_of(self, partner: str | None) -> list[int]:
        """The rows of the partner's page (one per language)."""
        return [row for row, name in self.partner_pages.items() if name == partner]

    @property
    def size(self) -> int:
        return len(self.ids)

    def values(self, facet: str) -> set[str]:
        return set(self.facet_members.get(facet, {}))

    def counts(self, facet: str, rows: np.ndarray) -> tuple[list[str], np.ndarray]:
        """The facet's values and, for each, how many of the selected rows have it."""
        values, pair_rows, pair_values = self.facet_pairs.get(facet, ([], _EMPTY, _EMPTY))
        if not values:
            return [], np.zeros(0, dtype=np.int64)
        selected = rows[pair_rows]
        if not self.has_translations:
            return values, np.bincount(pair_values[selected], minlength=len(values))
        # Count records, not rows: a value shared by two translations of a record counts once.
        keys = pair_values[selected].astype(np.int64) * self.size + self.groups[pair_rows[selected]]
        return values, np.bincount(np.unique(keys) // self.size, minlength=len(values))

    def mask(self, facet: str, values: list[str]) -> np.ndarray:
        """Rows having any of the values in the facet."""
        mask = np.zeros(self.size, dtype=bool)
        for value in values:
            mask[self.facet_members.get(facet, {}).get(value, [])] = True
        return mask


_EMPTY = np.zeros(0, dtype=np.int32)
_lock = threading.Lock()
_current: Snapshot | None = None


def _stamp() -> tuple:
    found = SearchEntry.objects.aggregate(count=Count("id"), last=Max("updated_at"), top=Max("id"))
    return found["count"], found["last"], found["top"]


_checked: tuple[float, tuple] | None = None
# Changes made by other processes show within this many seconds (this process's at once).
STAMP_TTL = 1.0


def invalidate() -> None:
    global _current, _checked
    with _lock:
        _current = None
        _checked = None


def _recent_stamp() -> tuple:
    global _checked
    now = time.monotonic()
    checked = _checked
    if checked is not None and now - checked[0] < STAMP_TTL:
        return checked[1]
    stamp = _stamp()
    _checked = (now, stamp)
    return stamp


_means: tuple[tuple, dict[str, np.ndarray]] | None = None


def current_language_means() -> dict[str, np.ndarray]:
    """The index's per-language mean vectors (search.centering), recomputed when the index
    changes, without building a snapshot (the Elasticsearch engine has none)."""
    global _means
    stamp = _recent_stamp()
    cached = _means
    if cached is None or cached[0] != stamp:
        cached = _means = (stamp, stored_language_means())
    return cached[1]


def get_snapshot() -> Snapshot:
    """The current snapshot, rebuilt if another process (or this one) changed the index."""
    global _current
    stamp = _recent_stamp()
    snapshot = _current
    if snapshot is not None and snapshot.stamp == stamp:
        return snapshot
    with _lock:
        if _current is None or _current.stamp != stamp:
            _current = _build(stamp)
        return _current


def facet_values(raw) -> list[str]:
    """A facet column's value as the list of its values (a list column, or a single value)."""
    if isinstance(raw, list):
        return [str(value) for value in raw if value not in (None, "")]
    return [str(raw)] if raw not in (None, "") else []


def _column(rows: list, names: list[str], name: str) -> list:
    index = names.index(name)
    return [row[index] for row in rows]


def _build(stamp: tuple) -> Snapshot:
    columns = [
        "id",
        "kind",
        "title",
        "published_at",
        "embedding",
        "passages",
        "translation_key",
        *FACET_COLUMNS.values(),
    ]
    rows = list(SearchEntry.objects.order_by("id").values_list(*dict.fromkeys(columns)))
    names = list(dict.fromkeys(columns))
    count = len(rows)
    ids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=count)
    matrix = np.zeros((count, EMBEDDING_DIM), dtype=np.float32)
    published = np.zeros(count, dtype=np.float64)
    members: dict[str, dict[str, list[int]]] = {facet: {} for facet in FACETS}
    titles: dict[str, list[int]] = {}
    title_concepts: list[frozenset[str]] = []
    suggestions: list[tuple[str, str, str]] = []
    partner_pages: dict[int, str] = {}
    lead_partners: dict[int, str] = {}
    passages: list[np.ndarray] = []
    passage_rows: list[int] = []
    passage_starts: list[int] = []
    passage_count = 0
    groups = np.arange(count, dtype=np.int64)
    group_of_key: dict[str, int] = {}
    keyed = 0
    for position, row in enumerate(rows):
        record = dict(zip(names, row, strict=True))
        if record["translation_key"]:
            keyed += 1
            groups[position] = group_of_key.setdefault(record["translation_key"], position)
        if len(record["embedding"] or b"") == EMBEDDING_DIM * 4:
            matrix[position] = np.frombuffer(bytes(record["embedding"]), dtype=np.float32)
        own_passages = passage_matrix(record["passages"])
        if len(own_passages):
            passages.append(own_passages)
            passage_rows.append(position)
            passage_starts.append(passage_count)
            passage_count += len(own_passages)
        if record["published_at"]:
            published[position] = record["published_at"].timestamp()
        for facet, column in FACET_COLUMNS.items():
            for value in facet_values(record[column]):
                members[facet].setdefault(value, []).append(position)
        titles.setdefault(normalise(record["title"]), []).append(position)
        title_concepts.append(thesaurus_title_concepts(record["title"]))
        if record["kind"] in ("practice", "partner"):
            suggestions.append((normalise(record["title"]), record["title"], record["kind"]))
        if record["kind"] in ("partner", "practice") and facet_values(record["partners"]):
            named = partner_pages if record["kind"] == "partner" else lead_partners
            named[position] = facet_values(record["partners"])[0]
    for theme in members["theme"]:
        suggestions.append((normalise(theme), theme, "theme"))
    facet_members = {
        facet: {value: np.asarray(positions, dtype=np.int32) for value, positions in values.items()}
        for facet, values in members.items()
    }
    facet_pairs = {}
    for facet, values in facet_members.items():
        value_names = list(values)
        pair_rows = [values[name] for name in value_names]
        facet_pairs[facet] = (
            value_names,
            np.concatenate(pair_rows) if pair_rows else _EMPTY,
            np.repeat(np.arange(len(value_names), dtype=np.int32), [len(p) for p in pair_rows]),
        )
    languages = [str(record_language or "") for record_language in _column(rows, names, "language")]
    means = language_means(matrix, languages)
    codes = {language: index for index, language in enumerate(means)}
    return Snapshot(
        stamp=stamp,
        language_means=(
            np.vstack(list(means.values())) if means else np.zeros((0, EMBEDDING_DIM), np.float32)
        ),
        row_language=np.fromiter(
            (codes.get(language, 0) for language in languages), dtype=np.int64, count=count
        ),
        ids=ids,
        matrix=matrix,
        published=published,
        facet_members=facet_members,
        titles=titles,
        title_concepts=title_concepts,
        partner_pages=partner_pages,
        lead_partners=lead_partners,
        passages=np.vstack(passages) if passages else np.zeros((0, EMBEDDING_DIM), np.float32),
        passage_rows=np.asarray(passage_rows, dtype=np.int64),
        passage_starts=np.asarray(passage_starts, dtype=np.int64),
        suggestions=sorted(set(suggestions)),
        positions={int(entry_id): position for position, entry_id in enumerate(ids)},
        facet_pairs=facet_pairs,
        groups=groups,
        has_translations=len(group_of_key) < keyed,
    )
