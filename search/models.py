"""The search app's own denormalised index: one row per searchable record, any source app."""

from functools import lru_cache

import numpy as np
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from home.countries import country_name
from home.embeddings import EMBEDDING_DIM

from . import thesaurus
from .folding import folded_copy
from .places import tagged_concepts


@lru_cache(maxsize=1024)
def country_names(code: str) -> tuple[str, ...]:
    """The country's name in English and in every site language, each once."""
    languages = ["en", *(language for language, _name in settings.LANGUAGES)]
    return tuple(dict.fromkeys(country_name(code, language) for language in languages))


class EntryType(models.TextChoices):
    PRACTICE = "practice", _("Good practice")
    PARTNER = "partner", _("Partner")
    DISCUSSION = "discussion", _("Discussion")
    CONTRIBUTION = "contribution", _("Contribution")


class SearchEntryQuerySet(models.QuerySet):
    def without_vectors(self) -> "SearchEntryQuerySet":
        """The rows without their vectors (the embedding and the passages'), which only
        indexing, the snapshot and the Elasticsearch passage lift read."""
        return self.defer("embedding", "passages")


class SearchEntry(index.Indexed, models.Model):
    """A record as search sees it: text, facets and an embedding (built by search.documents)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    kind = models.CharField(_("type"), max_length=20, choices=EntryType.choices, db_index=True)
    title = models.CharField(_("title"), max_length=500)
    body = models.TextField(_("text"), blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True, db_index=True)
    url = models.CharField(_("URL"), max_length=1000, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    regions = models.JSONField(default=list, blank=True)
    countries = models.JSONField(default=list, blank=True)
    sdgs = models.JSONField(default=list, blank=True)
    themes = models.JSONField(default=list, blank=True)
    modality = models.CharField(max_length=40, blank=True)
    partners = models.JSONField(default=list, blank=True)
    years = models.JSONField(default=list, blank=True)
    source_id = models.CharField(max_length=255, blank=True)
    # Wagtail's translation key: the same record in other languages shares it, so search can
    # show one of them (the visitor's language first) instead of each.
    translation_key = models.CharField(max_length=36, blank=True, db_index=True)
    # A row that is a translation: the original's language, and whether a machine made it
    # (results label it "Machine-translated" or "Translated").
    translated_from = models.CharField(max_length=8, blank=True)
    machine_translated = models.BooleanField(default=False)
    discussion_title = models.CharField(max_length=500, blank=True)
    discussion_url = models.CharField(max_length=1000, blank=True)
    questions = models.JSONField(default=list, blank=True)
    embedding = models.BinaryField(blank=True, default=b"")
    # One vector per passage of a long text (float32, EMBEDDING_DIM each, end to end):
    # search.passages.
    passages = models.BinaryField(blank=True, default=b"")
    content_hash = models.CharField(max_length=64, blank=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = SearchEntryQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("body"),
        index.SearchField("keywords"),
        index.SearchField("folded"),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
        index.FilterField("language"),
    ]
    # search.tasks index each entry explicitly, in the same step that writes it.
    search_auto_update = False

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="search_entry_source"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.title}"

    @property
    def keywords(self) -> str:
        """Names full text matches in any language: the record's countries in every site
        language ("Marruecos" finds a French record about Morocco), partners and themes, the
        concepts it names and those its tags name: the regions its countries lie in, its goals,
        its modality ("Afrique de l'Ouest" finds a record tagged with Senegal)."""
        names = [name for code in self.countries or [] for name in country_names(code)]
        themes = list(self.themes or [])
        # The concepts the record names, and those its tags name (regions, goals, modality),
        # named in every language (search.thesaurus, search.places).
        concepts = thesaurus.keywords(
            "\n".join([self.title, *themes, self.body]),
            also=tagged_concepts(self),
        )
        return " ".join(dict.fromkeys([*names, *(self.partners or []), *themes, concepts]))

    @property
    def period(self) -> str:
        """A practice's years as results show them ("2017–2022")."""
        if self.kind != EntryType.PRACTICE or not self.years:
            return ""
        first, last = min(self.years), max(self.years)
        return str(first) if first == last else f"{first}–{last}"

    @property
    def shown_date(self):
        """The date a result shows: when a contribution was posted or a discussion opens.
        Practices show their years and partners no date (publication is the day of import)."""
        if self.kind in (EntryType.CONTRIBUTION, EntryType.DISCUSSION):
            return self.published_at
        return None

    @property
    def folded(self) -> str:
        """Title, text and keywords once more with accents and Arabic letter forms folded
        (search.folding), where that changes them: either spelling of a query matches."""
        return folded_copy("\n".join([self.title, self.body, self.keywords]))

    @property
    def vector(self) -> np.ndarray | None:
        if len(self.embedding or b"") != EMBEDDING_DIM * 4:
            return None
        return np.frombuffer(bytes(self.embedding), dtype=np.float32)
