"""Guiding questions become translatable with their discussion (wagtail-localize).

Adds nullable locale/translation_key, then gives every existing question its discussion's
locale and a fresh key; 0005 makes both required."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def backfill(apps, schema_editor):
    GuidingQuestion = apps.get_model("discussions", "GuidingQuestion")
    Page = apps.get_model("wagtailcore", "Page")
    locales = dict(Page.objects.filter(discussionpage__isnull=False).values_list("pk", "locale_id"))
    for question in GuidingQuestion.objects.filter(translation_key__isnull=True).iterator():
        question.locale_id = locales[question.discussion_id]
        question.translation_key = uuid.uuid4()
        question.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("discussions", "0003_render_existing_bodies"),
    ]

    operations = [
        migrations.AddField(
            model_name="guidingquestion",
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
            model_name="guidingquestion",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
