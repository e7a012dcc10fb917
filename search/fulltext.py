"""Full-text matching over the index Wagtail's database backend maintains for SearchEntry.

Wagtail's backend writes the index (SQLite FTS5 / PostgreSQL tsvector columns); its query API
ranks with one correlated subquery per row, seconds at 10 000 entries. The same index queried
in one statement ranks them in milliseconds, so SQLite and PostgreSQL are queried directly
here; any other database goes through Wagtail's public API.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, connection
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.query import Phrase

from .folding import fold
from .models import SearchEntry

logger = logging.getLogger("minga.search")
TITLE_WEIGHT = 3.0


def ranked_ids(text: str, limit: int, phrase: bool = False) -> list[int]:
    """SearchEntry ids containing every term of the query (with `phrase`, the terms in a
    row, as a thesaurus term stands in an entry's keywords), best first."""
    # Folded as each entry's folded copy is (search.folding): either spelling matches.
    terms = fold(text).split()
    if not terms:
        return []
    content_type_id = ContentType.objects.get_for_model(SearchEntry).pk
    try:
        if connection.vendor == "sqlite":
            return _sqlite([" ".join(terms)] if phrase else terms, content_type_id, limit)
        if connection.vendor == "postgresql":
            return _postgres(" ".join(terms), content_type_id, limit, phrase)
    except DatabaseError as error:  # e.g. an index table missing: use the slow, safe path
        logger.warning("Direct full-text query failed, using Wagtail's API: %s", error)
    return _wagtail_api(text, limit, phrase)


def _sqlite(terms: list[str], content_type_id: int, limit: int) -> list[int]:
    table = IndexEntry._meta.db_table
    fts = f"{table}_fts"
    match = " AND ".join(f'"{term}"' for term in terms)
    # bm25() is lower for better matches; columns are (autocomplete, body, title).
    sql = (
        f"SELECT entry.object_id FROM {fts} JOIN {table} entry ON entry.id = {fts}.rowid "
        f"WHERE {fts} MATCH %s AND entry.content_type_id = %s "
        f"ORDER BY bm25({fts}, 0.0, 1.0, {TITLE_WEIGHT}) LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [match, content_type_id, limit])
        return [int(row[0]) for row in cursor.fetchall()]


def _postgres(text: str, content_type_id: int, limit: int, phrase: bool = False) -> list[int]:
    table = IndexEntry._meta.db_table
    config = getattr(get_search_backend(), "config", None)
    function = "phraseto_tsquery" if phrase else "plainto_tsquery"
    tsquery = f"{function}(%s::regconfig, %s)" if config else f"{function}(%s)"
    params = [config, text] if config else [text]
    sql = (
        f"SELECT entry.object_id FROM {table} entry, {tsquery} query "
        f"WHERE entry.content_type_id = %s AND (entry.title || entry.body) @@ query "
        f"ORDER BY ts_rank(entry.title, query) * {TITLE_WEIGHT} + ts_rank(entry.body, query) "
        f"DESC, entry.id LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, content_type_id, limit])
        return [int(row[0]) for row in cursor.fetchall()]


def _wagtail_api(text: str, limit: int, phrase: bool = False) -> list[int]:
    query = Phrase(fold(text)) if phrase else fold(text)
    results = get_search_backend().search(query, SearchEntry.objects.only("id"), operator="and")
    return [entry.pk for entry in results[:limit]]
