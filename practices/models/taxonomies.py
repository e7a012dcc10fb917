"""Taxonomies: SDGs and their targets, UN M49 regions and countries (loaded by migrations), themes."""

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.countries import country_name


class SDG(models.Model):
    """One of the 17 Sustainable Development Goals (loaded by a data migration)."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    short_name = models.CharField(_("short name"), max_length=100)
    colour = models.CharField(_("colour"), max_length=7)
    text_colour = models.CharField(_("text colour"), max_length=7)

    class Meta:
        ordering = ["number"]
        verbose_name = _("sustainable development goal")
        verbose_name_plural = _("sustainable development goals")

    def __str__(self) -> str:
        return gettext("SDG %(number)s: %(name)s") % {"number": self.number, "name": self.name}

    @property
    def name(self) -> str:
        """The short name in the active language (the names are in practices/labels.py)."""
        return gettext(self.short_name)

    @property
    def css_class(self) -> str:
        return f"sdg-{self.number}"


class SDGTarget(models.Model):
    sdg = models.ForeignKey(SDG, on_delete=models.CASCADE, related_name="targets")
    code = models.CharField(_("code"), max_length=8, unique=True)

    class Meta:
        ordering = ["sdg__number", "id"]
        verbose_name = _("SDG target")

    def __str__(self) -> str:
        return gettext("Target %(code)s") % {"code": self.code}


class Region(models.Model):
    """A UN M49 region, sub-region or intermediate region (loaded by a data migration)."""

    class Kind(models.TextChoices):
        REGION = "region", _("Region")
        SUBREGION = "subregion", _("Sub-region")
        INTERMEDIATE = "intermediate", _("Intermediate region")

    code = models.CharField(_("M49 code"), max_length=3, unique=True)
    name_en = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("region")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return gettext(self.name_en)


class Country(models.Model):
    """An ISO 3166 country, linked to the M49 regions it belongs to (loaded by a migration)."""

    code = models.CharField(_("ISO 3166 alpha-2 code"), max_length=2, primary_key=True)
    name_en = models.CharField(_("English name"), max_length=100)
    regions = models.ManyToManyField(Region, related_name="countries", blank=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The country's name in the active language (pycountry's translations)."""
        return country_name(self.code)


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A subject area editors manage (a snippet): agriculture, health, climate finance...

    Translatable with wagtail-localize: a translation shares the source's slug, and pages link
    to the source theme, so filters and facets by slug work in every language; the name shown
    comes from the visitor's translation (see `theme_names`).
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True, blank=True)
    description = models.TextField(_("description"), blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale"), ("name", "locale")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.locale_id:
            self.locale = Locale.get_default()
        if not self.slug:
            self.slug = unique_theme_slug(self.name, self.locale_id)
        super().save(*args, **kwargs)
        forget_theme_names()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        forget_theme_names()
        return result

    @property
    def display_name(self) -> str:
        """The name in the visitor's language (pages link to the source theme)."""
        return theme_names().get(self.slug, self.name)


def source_themes() -> models.Q:
    """Themes pages link to: those in the default locale (translations only rename them)."""
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


def unique_theme_slug(name: str, locale_id: int | None = None) -> str:
    base = slugify(name, allow_unicode=True)[:90] or "theme"
    slug, n = base, 2
    while Theme.objects.filter(slug=slug, locale_id=locale_id).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


THEME_NAMES_CACHE_KEY = "minga:theme-names:{language}"


def theme_names(language: str | None = None) -> dict[str, str]:
    """{slug: name} in `language` (the active one by default), the source name where a theme
    has no translation yet; cached until a theme changes."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    key = THEME_NAMES_CACHE_KEY.format(language=language)
    names = cache.get(key)
    if names is None:
        names = {}
        preferred = {settings.LANGUAGE_CODE: 1, language: 2}
        rows = Theme.objects.values_list("slug", "name", "locale__language_code")
        for slug, name, _code in sorted(rows, key=lambda row: preferred.get(row[2], 0)):
            names[slug] = name
        cache.set(key, names, 600)
    return names


def forget_theme_names() -> None:
    cache.delete_many(
        [THEME_NAMES_CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES]
    )
