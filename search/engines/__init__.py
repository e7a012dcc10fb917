"""Engine selection: Elasticsearch when ELASTICSEARCH_URL is set, else the database engine."""

import logging

from django.conf import settings
from django.utils.translation import gettext as _

from .. import snapshot
from ..query import SearchParams, SearchResponse
from .database import DatabaseEngine

logger = logging.getLogger("minga.search")

_database = DatabaseEngine()


def elasticsearch_engine():
    if not getattr(settings, "ELASTICSEARCH_URL", ""):
        return None
    from .elasticsearch import get_engine

    return get_engine()


def database_engine() -> DatabaseEngine:
    return _database


def search(params: SearchParams) -> SearchResponse:
    """Run a search on the configured engine; fall back to the database if it is unreachable."""
    engine = elasticsearch_engine()
    if engine is not None:
        try:
            return engine.search(params)
        except engine.unavailable_errors as error:
            logger.warning("Elasticsearch unavailable, using the database engine: %s", error)
            response = _database.search(params)
            response.notice = _(
                "The full search service is unavailable: results may be incomplete."
            )
            return response
    return _database.search(params)


def suggest(text: str, limit: int = 8) -> list[dict]:
    engine = elasticsearch_engine()
    if engine is not None:
        try:
            return engine.suggest(text, limit)
        except engine.unavailable_errors as error:
            logger.warning("Elasticsearch unavailable for suggestions: %s", error)
    return _database.suggest(text, limit)


def entry_saved(entry) -> None:
    """Called after a SearchEntry is written: refresh this process's snapshot, mirror to ES."""
    snapshot.invalidate()
    engine = elasticsearch_engine()
    if engine is not None:
        try:
            engine.index_entry(entry)
        except engine.unavailable_errors as error:
            logger.warning("Elasticsearch unavailable, entry %s not mirrored: %s", entry.pk, error)


def entry_removed(entry) -> None:
    snapshot.invalidate()
    engine = elasticsearch_engine()
    if engine is not None:
        try:
            engine.remove_entry(entry)
        except engine.unavailable_errors as error:
            logger.warning("Elasticsearch unavailable, entry %s not removed: %s", entry.pk, error)
