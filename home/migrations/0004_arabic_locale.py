"""Create the Wagtail locale of Arabic, the fifth interface and content language."""

from django.db import migrations


def create_arabic(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="ar")


class Migration(migrations.Migration):
    dependencies = [("home", "0003_django_site_domain")]
    operations = [migrations.RunPython(create_arabic, migrations.RunPython.noop)]
