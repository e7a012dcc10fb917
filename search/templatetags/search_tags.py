"""Template tags other apps' templates load by name: {% load search_tags %}.

{% similar_items page as items %}          practices for a practice, partners for a partner
{% similar_items page "practice" 6 as items %}
"""

from django import template

from ..engines import database_engine
from ..models import EntryType, SearchEntry

register = template.Library()

SAME_KIND = {EntryType.PRACTICE: [EntryType.PRACTICE], EntryType.PARTNER: [EntryType.PARTNER]}


@register.simple_tag
def similar_items(page, kinds: str = "", limit: int = 4) -> list[SearchEntry]:
    """Entries nearest to the page's embedding (empty if the page is not indexed yet)."""
    if page is None or not getattr(page, "pk", None):
        return []
    entry = (
        SearchEntry.objects.without_vectors()
        .filter(content_type_id=page.content_type_id, object_id=page.pk)
        .first()
    )
    if entry is None:
        return []
    wanted = kinds.split(",") if kinds else SAME_KIND.get(entry.kind, [entry.kind])
    return database_engine().similar(entry, wanted, limit=int(limit))
