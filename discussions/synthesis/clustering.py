"""Group passage vectors by meaning, in numpy: average-linkage clustering on cosine distance,
cut where the silhouette is highest, so the number of groups comes from the data.

multilingual-e5 places texts of one language near each other whatever they say; each vector
first loses its language's mean direction (shrunk towards the mean of all passages, so a
language with three passages does not lose its topic), which lets groups cross languages.
"""

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

# Passages' worth of the overall mean mixed into each language's mean.
LANGUAGE_SHRINK = 4
MAX_GROUPS = 12
_WORD = re.compile(r"\w+", re.UNICODE)
# Frequent words of the site's languages that say nothing about a theme.
STOPWORDS = frozenset(
    """
    about also and are because been being but can could does doing each from have here into more most
    much must need only other over same should some such than that their them then there these
    they this those through very were what when where which while will with would your ours our
    avec aussi dans des elle elles est était être fait faire leur leurs mais même nous nos
    par pas peut plus pour sans ses son sont sur tous tout très une aux ces cette comme
    entre donc ainsi qui que quand alors avoir
    como con cuando del desde donde entre está están fue hay las los más mismo muy nos
    nuestra nuestro nuestros para pero por porque que ser sin sobre son también todo una
    unos uma umas ainda com das dos ela elas foi isso mais mesmo muito não nas nos nossa
    nosso num numa para pela pelo por porque quando que sem ser são também tem todo
    hello dear bonjour saludos hola olá boa tarde two three deux trois dos tres duas três
    """.split()
)


@dataclass
class Group:
    members: list[int]  # row indices, the representative first
    representative: int
    terms: list[str] = field(default_factory=list)


def centered(vectors: np.ndarray, languages: list[str]) -> np.ndarray:
    """Unit vectors with each language's (shrunk) mean direction taken out."""
    if len(vectors) == 0:
        return vectors
    overall = vectors.mean(axis=0)
    codes = np.asarray(languages, dtype=object)
    result = vectors.astype(np.float64, copy=True)
    for language in set(languages):
        rows = codes == language
        mean = (vectors[rows].sum(axis=0) + LANGUAGE_SHRINK * overall) / (
            rows.sum() + LANGUAGE_SHRINK
        )
        result[rows] -= mean
    norms = np.linalg.norm(result, axis=1, keepdims=True)
    return result / np.where(norms == 0, 1, norms)


def cosine_distances(unit: np.ndarray) -> np.ndarray:
    distances = 1.0 - unit @ unit.T
    np.clip(distances, 0.0, 2.0, out=distances)
    np.fill_diagonal(distances, 0.0)
    return distances


def average_linkage(distances: np.ndarray) -> list[tuple[int, int]]:
    """The merges (kept, absorbed) of average-linkage clustering, closest pair first."""
    n = len(distances)
    work = distances.astype(np.float64, copy=True)
    np.fill_diagonal(work, np.inf)
    sizes = np.ones(n)
    merges = []
    for _ in range(n - 1):
        flat = int(np.argmin(work))
        i, j = divmod(flat, n)
        merged = (sizes[i] * work[i] + sizes[j] * work[j]) / (sizes[i] + sizes[j])
        work[i], work[:, i] = merged, merged
        work[i, i] = np.inf
        work[j], work[:, j] = np.inf, np.inf
        sizes[i] += sizes[j]
        merges.append((i, j))
    return merges


def labels_after(merges: list[tuple[int, int]], n: int, groups: int) -> np.ndarray:
    """Each row's group when the merging stops at `groups` groups (labels 0..groups-1)."""
    owner = np.arange(n)
    for kept, absorbed in merges[: n - groups]:
        owner[owner == absorbed] = kept
    _, labels = np.unique(owner, return_inverse=True)
    return labels


def silhouette(distances: np.ndarray, labels: np.ndarray) -> float:
    """Mean silhouette (a row alone in its group counts 0), as in Rousseeuw (1987)."""
    count = labels.max() + 1
    if count < 2 or count >= len(labels):
        return -1.0
    onehot = np.eye(count)[labels]
    sizes = onehot.sum(axis=0)
    sums = distances @ onehot  # row × group: total distance to the group's rows
    own = sizes[labels]
    a = sums[np.arange(len(labels)), labels] / np.maximum(own - 1, 1)
    others = sums / sizes
    others[np.arange(len(labels)), labels] = np.inf
    b = others.min(axis=1)
    scores = np.where(own > 1, (b - a) / np.maximum(np.maximum(a, b), 1e-12), 0.0)
    return float(scores.mean())


def choose_labels(distances: np.ndarray) -> np.ndarray:
    """The cut of the average-linkage tree with the best silhouette."""
    n = len(distances)
    if n < 3:
        return np.zeros(n, dtype=int)
    merges = average_linkage(distances)
    # At most about √n groups: with a handful of passages the silhouette favours pairs.
    candidates = range(2, max(2, min(MAX_GROUPS, math.ceil(math.sqrt(n)), n - 1)) + 1)
    best = max(candidates, key=lambda k: silhouette(distances, labels_after(merges, n, k)))
    return labels_after(merges, n, best)


def words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return [
        w for w in _WORD.findall(folded) if len(w) > 3 and not w.isdigit() and w not in STOPWORDS
    ]


def distinctive_terms(texts: list[str], labels: np.ndarray, limit: int = 3) -> list[list[str]]:
    """Per group, the words frequent in it and rare in the others (tf-idf over groups)."""
    count = int(labels.max()) + 1 if len(labels) else 0
    counts = [Counter() for _ in range(count)]
    for text, label in zip(texts, labels, strict=True):
        counts[label].update(words(text))
    spread = Counter(word for group in counts for word in group)
    terms = []
    for group in counts:
        scored = sorted(group, key=lambda w: (-group[w] * math.log((count + 1) / spread[w]), w))
        terms.append(scored[:limit])
    return terms


def group_passages(vectors: np.ndarray, languages: list[str], texts: list[str]) -> list[Group]:
    """Groups of passages by meaning, largest first (vectors as the model gives them)."""
    if len(vectors) == 0:
        return []
    return group_units(centered(vectors, languages), texts)


def group_units(unit: np.ndarray, texts: list[str]) -> list[Group]:
    """Groups of language-centred unit vectors, largest first; each group's representative is
    the passage closest to its centroid."""
    if len(unit) == 0:
        return []
    labels = choose_labels(cosine_distances(unit))
    terms = distinctive_terms(texts, labels)
    groups = []
    for label in range(int(labels.max()) + 1):
        rows = np.flatnonzero(labels == label)
        centroid = unit[rows].mean(axis=0)
        order = rows[np.argsort(-(unit[rows] @ centroid), kind="stable")]
        groups.append(Group([int(r) for r in order], int(order[0]), terms[label]))
    return sorted(groups, key=lambda g: (-len(g.members), g.representative))


def adjusted_rand_index(truth, predicted) -> float:
    """Agreement of two partitions, 1 identical, ~0 at chance (Hubert and Arabie, 1985)."""
    _, truth = np.unique(np.asarray(truth), return_inverse=True)
    _, predicted = np.unique(np.asarray(predicted), return_inverse=True)
    table = np.zeros((truth.max() + 1, predicted.max() + 1))
    np.add.at(table, (truth, predicted), 1)

    def pairs(x):
        return (x * (x - 1) / 2).sum()

    n = len(truth)
    index = pairs(table)
    rows, columns = pairs(table.sum(axis=1)), pairs(table.sum(axis=0))
    expected = rows * columns / (n * (n - 1) / 2)
    maximum = (rows + columns) / 2
    return 1.0 if maximum == expected else float((index - expected) / (maximum - expected))
