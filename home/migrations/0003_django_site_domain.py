"""Name the django.contrib.sites Site after the configured public address, not example.com."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import migrations


def name_site(apps, schema_editor):
    Site = apps.get_model("sites", "Site")
    domain = urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc or "localhost"
    Site.objects.update_or_create(
        pk=settings.SITE_ID, defaults={"domain": domain, "name": settings.WAGTAIL_SITE_NAME}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_content_locales"),
        ("sites", "0002_alter_domain_unique"),
    ]
    operations = [migrations.RunPython(name_site, migrations.RunPython.noop)]
