"""The practices a catalogue lists: each record once, cheaply at any size."""

import hashlib

from django.core.exceptions import EmptyResultSet
from django.db.models import Count, Q, QuerySet

from home.i18n import children_of_every_version, is_multilingual, one_per_record
from home.page_cache import cached_by_tags

# Above this many translated records, their keys are selected by a subquery rather than listed.
LISTED_KEYS = 500


def _shared_keys(originals: QuerySet) -> QuerySet:
    """The translation keys that occur more than once among `originals`."""
    return (
        originals.order_by()
        .values("translation_key")
        .annotate(versions=Count("pk"))
        .filter(versions__gt=1)
        .values_list("translation_key", flat=True)
    )


def one_version_each(pages: QuerySet, language: str | None = None) -> QuerySet:
    """`one_per_record(pages)`, with its per-row choice made only for the records that have
    several versions among `pages`.

    `one_per_record` picks each record's version with a correlated subquery on every row: at
    10 000 practices that cost more than the rest of the page, once for the count and again
    for the page of cards. Most practices exist in one version: those are taken as they are,
    and only the records with several versions (their keys kept by tag `practices`, purged by
    any practice published, unpublished or deleted) go through the visitor-language choice.
    Same rows as `one_per_record`.
    """
    originals = pages.filter(alias_of__isnull=True)
    if not is_multilingual():
        return originals
    try:
        scope = str(originals.query)
    except EmptyResultSet:
        return originals
    name = "catalogue-shared-keys|" + hashlib.sha256(scope.encode()).hexdigest()

    def compute():
        keys = list(_shared_keys(originals)[: LISTED_KEYS + 1])
        return tuple(str(key) for key in keys) if len(keys) <= LISTED_KEYS else "many"

    shared = cached_by_tags(name, ["practices"], compute)
    if not shared:
        return originals
    if shared == "many":
        shared = _shared_keys(originals)
    chosen = one_per_record(pages.filter(translation_key__in=shared), language).values("pk")
    return originals.filter(~Q(translation_key__in=shared) | Q(pk__in=chosen))


def catalogue_practices(model, index) -> QuerySet:
    """The public practices under `index` or any of its translations, each record once."""
    return one_version_each(children_of_every_version(model, index).public())
