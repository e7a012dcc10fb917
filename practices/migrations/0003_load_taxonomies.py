"""Load the SDGs, their targets, the UN M49 regions and the ISO 3166 countries."""

from django.db import migrations


def load(apps, schema_editor):
    from practices.data.loading import load_reference_data

    load_reference_data(
        apps.get_model("practices", "SDG"),
        apps.get_model("practices", "SDGTarget"),
        apps.get_model("practices", "Region"),
        apps.get_model("practices", "Country"),
    )


class Migration(migrations.Migration):
    dependencies = [("practices", "0002_catalogue")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
