"""Practices near a practice by meaning, for its "Related" list.

The search app holds the embeddings, and practices never imports search: search registers its
finder here when it starts (`SearchConfig.ready`). Without one (search not installed, the page
not indexed yet) the Related list is built from shared themes, SDGs and regions alone.
"""

from collections.abc import Callable

# finder(page, limit) -> translation keys of the nearest other practices, nearest first
Finder = Callable[[object, int], list[str]]
_finders: list[Finder] = []


def register(finder: Finder) -> Finder:
    if finder not in _finders:
        _finders.append(finder)
    return finder


def similar_keys(page, limit: int) -> list[str]:
    """Translation keys of the practices nearest `page` by meaning (may be empty)."""
    keys: list[str] = []
    for finder in _finders:
        keys.extend(key for key in finder(page, limit) if key not in keys)
    return keys[:limit]
