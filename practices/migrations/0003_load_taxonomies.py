"""Load the SDGs, their targets, the UN M49 regions and the ISO 3166 countries."""

from django.db import migrations


def load(apps, schema_editor):
    import pycountry

    from practices.data.m49 import COUNTRY_REGIONS, REGIONS
    from practices.data.sdgs import SDGS, TARGETS

    SDG = apps.get_model("practices", "SDG")
    SDGTarget = apps.get_model("practices", "SDGTarget")
    Region = apps.get_model("practices", "Region")
    Country = apps.get_model("practices", "Country")

    for goal in SDGS:
        sdg, _ = SDG.objects.update_or_create(
            number=goal["number"],
            defaults={
                "short_name": goal["short_name"],
                "colour": goal["colour"],
                "text_colour": goal["text_colour"],
            },
        )
        for code in TARGETS[goal["number"]]:
            SDGTarget.objects.update_or_create(code=code, defaults={"sdg": sdg})

    regions = {}
    for row in REGIONS:  # parents come before their children in the data file
        regions[row["code"]], _ = Region.objects.update_or_create(
            code=row["code"],
            defaults={
                "name_en": row["name"],
                "kind": row["kind"],
                "parent": regions.get(row["parent"]),
            },
        )
    for country in pycountry.countries:
        record, _ = Country.objects.update_or_create(
            code=country.alpha_2,
            defaults={"name_en": getattr(country, "common_name", None) or country.name},
        )
        record.regions.set(
            [regions[code] for code in COUNTRY_REGIONS.get(country.alpha_2, ()) if code in regions]
        )


class Migration(migrations.Migration):
    dependencies = [("practices", "0002_catalogue")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
