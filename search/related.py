"""The by-meaning half of a practice's Related list (practices/similarity.py): registered by
SearchConfig.ready(), since practices never imports search."""

from .engines import database_engine
from .models import EntryType, SearchEntry


def similar_practice_keys(page, limit: int) -> list[str]:
    """Translation keys of the practices nearest `page`'s embedding (none if not indexed)."""
    entry = (
        SearchEntry.objects.without_vectors()
        .filter(content_type_id=page.content_type_id, object_id=page.pk)
        .first()
    )
    if entry is None:
        return []
    found = database_engine().similar(entry, [EntryType.PRACTICE], limit=limit)
    return [each.translation_key for each in found if each.translation_key]
