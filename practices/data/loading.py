"""Loading the reference data (SDGs, targets, M49 regions, countries) into the database.

Used by migration 0003 with historical models.
"""

import pycountry

from .m49 import COUNTRY_REGIONS, REGIONS
from .sdgs import SDGS, TARGETS


def load_reference_data(SDG, SDGTarget, Region, Country) -> None:  # noqa: N803 (model classes)
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
        codes = COUNTRY_REGIONS.get(country.alpha_2, ())
        record.regions.set([regions[code] for code in codes if code in regions])
