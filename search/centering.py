"""Take the language out of a similarity: per-language mean vectors of the indexed entries.

multilingual-e5-small places texts of one language near each other whatever they say, so a
Portuguese query about mangroves found Spanish and French records about dengue or stoves
before the English mangrove record. Subtracting, for each row, the query's similarity to the
mean vector of the row's language leaves what the row says (Libovický et al., "On the
Language Neutrality of Pre-trained Multilingual Representations", 2020): on the relevance set
(benchmarks/relevance.py) MRR rose from 0.86 to 0.91, most for queries in another language.
Means of languages with few entries are pulled towards the mean of all entries, so that a
language with two records does not subtract their topic.
"""

import numpy as np

from .models import EMBEDDING_DIM, SearchEntry

# Entries' worth of the overall mean mixed into each language's mean.
SHRINK = 10


def language_means(matrix: np.ndarray, languages: list[str]) -> dict[str, np.ndarray]:
    """Per language, the (shrunk) mean vector of its entries that have an embedding."""
    embedded = np.any(matrix != 0, axis=1)
    if not embedded.any():
        return {}
    overall = matrix[embedded].mean(axis=0)
    codes = np.asarray(languages, dtype=object)
    means = {}
    for language in dict.fromkeys(languages):
        rows = embedded & (codes == language)
        count = int(rows.sum())
        means[language] = ((matrix[rows].sum(axis=0) + SHRINK * overall) / (count + SHRINK)).astype(
            np.float32
        )
    return means


def language_bias(means: dict[str, np.ndarray], query: np.ndarray) -> dict[str, float]:
    """Per language, the query's similarity to that language's mean (what to subtract)."""
    return {language: float(mean @ query) for language, mean in means.items()}


def stored_language_means() -> dict[str, np.ndarray]:
    """The means over every stored entry (for an engine without the in-memory snapshot)."""
    sums: dict[str, np.ndarray] = {}
    counts: dict[str, int] = {}
    for language, embedding in SearchEntry.objects.values_list("language", "embedding").iterator(
        chunk_size=2000
    ):
        if len(embedding or b"") != EMBEDDING_DIM * 4:
            continue
        vector = np.frombuffer(bytes(embedding), dtype=np.float32)
        sums[language] = sums.get(language, 0) + vector
        counts[language] = counts.get(language, 0) + 1
    if not counts:
        return {}
    overall = sum(sums.values()) / sum(counts.values())
    return {
        language: ((total + SHRINK * overall) / (counts[language] + SHRINK)).astype(np.float32)
        for language, total in sums.items()
    }
