"""Themes become translatable snippets (wagtail-localize).

Names and slugs are unique per locale instead of globally (a translation keeps its source's
slug); existing themes go to the default locale; 0006 makes locale/translation_key required.
Pages link only to themes of the default locale (limit_choices_to)."""

import uuid

import django.db.models.deletion
import modelcluster.fields
from django.conf import settings
from django.db import migrations, models

import practices.models.taxonomies


def backfill(apps, schema_editor):
    Theme = apps.get_model("practices", "Theme")
    Locale = apps.get_model("wagtailcore", "Locale")
    if not Theme.objects.exists():
        return
    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for theme in Theme.objects.filter(translation_key__isnull=True).iterator():
        theme.locale = locale
        theme.translation_key = uuid.uuid4()
        theme.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [("practices", "0004_practice_review_workflow")]

    operations = [
        migrations.AddField(
            model_name="theme",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="theme",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AlterField(
            model_name="theme",
            name="name",
            field=models.CharField(max_length=100, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="theme",
            name="slug",
            field=models.SlugField(
                allow_unicode=True, blank=True, max_length=100, verbose_name="slug"
            ),
        ),
        migrations.AlterField(
            model_name="goodpracticepage",
            name="themes",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                limit_choices_to=practices.models.taxonomies.source_themes,
                related_name="practices",
                to="practices.theme",
                verbose_name="themes",
            ),
        ),
        migrations.AlterField(
            model_name="partnerpage",
            name="focus_themes",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                limit_choices_to=practices.models.taxonomies.source_themes,
                related_name="partners",
                to="practices.theme",
                verbose_name="focus themes",
            ),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
