"""The Elasticsearch index: its mapping (elasticsearch.dsl) and one document per search entry."""

from django.conf import settings
from elasticsearch.dsl import (
    Completion,
    Date,
    DenseVector,
    Document,
    Integer,
    Keyword,
    Long,
    Text,
    normalizer,
)

from ...models import SearchEntry
from ...snapshot import normalise

# ISO 639-1 code -> Elasticsearch's built-in language analyser.
LANGUAGE_ANALYZERS = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "pt": "portuguese",
    "no": "norwegian",
}
folded = normalizer("folded", filter=["lowercase", "asciifolding"])


def multilingual_text(**kwargs) -> Text:
    """Standard analysis plus one stemmed subfield per supported language."""
    fields = {code: Text(analyzer=name) for code, name in LANGUAGE_ANALYZERS.items()}
    return Text(analyzer="standard", fields=fields, **kwargs)


class SearchDocument(Document):
    entry_id = Long()
    object_id = Long()
    # The record a row translates: rows sharing it are one result (see record_key).
    record = Keyword()
    title = multilingual_text()
    title_exact = Keyword(normalizer=folded)
    body = multilingual_text()
    # Countries named in every site language, partners and themes (SearchEntry.keywords).
    keywords = Text()
    # The text once more with accents and Arabic letter forms folded (search.folding).
    folded = Text()
    discussion_title = Text()
    questions = Text()
    language = Keyword()
    url = Keyword(index=False)
    published_at = Date()
    source_id = Keyword()
    type = Keyword()
    region = Keyword()
    country = Keyword()
    sdg = Keyword()
    theme = Keyword()
    modality = Keyword()
    period = Keyword()
    partner = Keyword()
    year_count = Integer()
    embedding = DenseVector(dims=384, index=True, similarity="cosine")
    suggest_title = Completion(analyzer="simple")
    suggest_theme = Completion(analyzer="simple")

    class Index:
        settings = {"number_of_shards": 1, "number_of_replicas": 0}


def index_name() -> str:
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-entries"


def mapping_body() -> dict:
    """The index body (settings and mappings) sent on creation."""
    from elasticsearch.dsl import Index

    index = Index(index_name())
    index.settings(**SearchDocument.Index.settings)
    index.document(SearchDocument)
    return index.to_dict()


# Records of entries that have no translation key (not pages): they never have another row.
OWN_RECORD_PREFIX = "entry-"


def record_key(entry: SearchEntry) -> str:
    """The page's translation key, shared by its translations; an entry of its own otherwise."""
    return entry.translation_key or f"{OWN_RECORD_PREFIX}{entry.pk}"


def document_for(entry: SearchEntry) -> SearchDocument:
    years = [str(year) for year in entry.years]
    vector = entry.vector
    return SearchDocument(
        meta={"id": entry.pk},
        entry_id=entry.pk,
        object_id=entry.object_id,
        record=record_key(entry),
        title=entry.title,
        title_exact=normalise(entry.title),
        body=entry.body,
        keywords=entry.keywords,
        folded=entry.folded,
        discussion_title=entry.discussion_title,
        questions=entry.questions,
        language=entry.language,
        url=entry.url,
        published_at=entry.published_at,
        source_id=entry.source_id,
        type=entry.kind,
        region=entry.regions,
        country=entry.countries,
        sdg=[str(n) for n in entry.sdgs],
        theme=entry.themes,
        modality=entry.modality or None,
        period=years,
        partner=entry.partners,
        year_count=len(years),
        embedding=vector.tolist() if vector is not None else None,
        suggest_title={"input": [entry.title]} if entry.kind in ("practice", "partner") else None,
        suggest_theme={"input": entry.themes} if entry.themes else None,
    )
