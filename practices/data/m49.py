"""UN M49 geographic regions and the ISO 3166-1 alpha-2 countries they contain."""

# Source: UN Statistics Division, Standard country or area codes for statistical use (M49).
# Taiwan (TW) is not listed separately in M49; it is placed with Eastern Asia here.

REGIONS: list[dict[str, str | None]] = [
    # Regions
    {"code": "002", "name": "Africa", "kind": "region", "parent": None},
    {"code": "019", "name": "Americas", "kind": "region", "parent": None},
    {"code": "142", "name": "Asia", "kind": "region", "parent": None},
    {"code": "150", "name": "Europe", "kind": "region", "parent": None},
    {"code": "009", "name": "Oceania", "kind": "region", "parent": None},
    # Sub-regions
    {"code": "015", "name": "Northern Africa", "kind": "subregion", "parent": "002"},
    {"code": "202", "name": "Sub-Saharan Africa", "kind": "subregion", "parent": "002"},
    {
        "code": "419",
        "name": "Latin America and the Caribbean",
        "kind": "subregion",
        "parent": "019",
    },
    {"code": "021", "name": "Northern America", "kind": "subregion", "parent": "019"},
    {"code": "143", "name": "Central Asia", "kind": "subregion", "parent": "142"},
    {"code": "030", "name": "Eastern Asia", "kind": "subregion", "parent": "142"},
    {"code": "035", "name": "South-eastern Asia", "kind": "subregion", "parent": "142"},
    {"code": "034", "name": "Southern Asia", "kind": "subregion", "parent": "142"},
    {"code": "145", "name": "Western Asia", "kind": "subregion", "parent": "142"},
    {"code": "151", "name": "Eastern Europe", "kind": "subregion", "parent": "150"},
    {"code": "154", "name": "Northern Europe", "kind": "subregion", "parent": "150"},
    {"code": "039", "name": "Southern Europe", "kind": "subregion", "parent": "150"},
    {"code": "155", "name": "Western Europe", "kind": "subregion", "parent": "150"},
    {"code": "053", "name": "Australia and New Zealand", "kind": "subregion", "parent": "009"},
    {"code": "054", "name": "Melanesia", "kind": "subregion", "parent": "009"},
    {"code": "057", "name": "Micronesia", "kind": "subregion", "parent": "009"},
    {"code": "061", "name": "Polynesia", "kind": "subregion", "parent": "009"},
    # Intermediate regions
    {"code": "014", "name": "Eastern Africa", "kind": "intermediate", "parent": "202"},
    {"code": "017", "name": "Middle Africa", "kind": "intermediate", "parent": "202"},
    {"code": "018", "name": "Southern Africa", "kind": "intermediate", "parent": "202"},
    {"code": "011", "name": "Western Africa", "kind": "intermediate", "parent": "202"},
    {"code": "029", "name": "Caribbean", "kind": "intermediate", "parent": "419"},
    {"code": "013", "name": "Central America", "kind": "intermediate", "parent": "419"},
    {"code": "005", "name": "South America", "kind": "intermediate", "parent": "419"},
    {"code": "830", "name": "Channel Islands", "kind": "intermediate", "parent": "154"},
]

_MEMBERS: dict[tuple[str, ...], str] = {
    # Africa
    ("015", "002"): "DZ EG EH LY MA SD TN",
    ("014", "202", "002"): "BI DJ ER ET IO KE KM MG MU MW MZ RE RW SC SO SS TF TZ UG YT ZM ZW",
    ("017", "202", "002"): "AO CD CF CG CM GA GQ ST TD",
    ("018", "202", "002"): "BW LS NA SZ ZA",
    ("011", "202", "002"): "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG",
    # Americas
    ("029", "419", "019"): (
        "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI"
    ),
    ("013", "419", "019"): "BZ CR GT HN MX NI PA SV",
    ("005", "419", "019"): "AR BO BR BV CL CO EC FK GF GS GY PE PY SR UY VE",
    ("021", "019"): "BM CA GL PM US",
    # Asia
    ("143", "142"): "KG KZ TJ TM UZ",
    ("030", "142"): "CN HK JP KP KR MN MO TW",
    ("035", "142"): "BN ID KH LA MM MY PH SG TH TL VN",
    ("034", "142"): "AF BD BT IN IR LK MV NP PK",
    ("145", "142"): "AE AM AZ BH CY GE IL IQ JO KW LB OM PS QA SA SY TR YE",
    # Europe
    ("151", "150"): "BG BY CZ HU MD PL RO RU SK UA",
    ("154", "150"): "AX DK EE FI FO GB IE IM IS LT LV NO SE SJ",
    ("830", "154", "150"): "GG JE",
    ("039", "150"): "AD AL BA ES GI GR HR IT ME MK MT PT RS SI SM VA",
    ("155", "150"): "AT BE CH DE FR LI LU MC NL",
    # Oceania
    ("053", "009"): "AU CC CX HM NF NZ",
    ("054", "009"): "FJ NC PG SB VU",
    ("057", "009"): "FM GU KI MH MP NR PW UM",
    ("061", "009"): "AS CK NU PF PN TK TO TV WF WS",
}

COUNTRY_REGIONS: dict[str, tuple[str, ...]] = {
    alpha2: chain for chain, members in _MEMBERS.items() for alpha2 in members.split()
}
COUNTRY_REGIONS["AQ"] = ()  # Antarctica belongs to no M49 region.
# Each region's English name by M49 code (translated where shown: gettext(REGION_NAMES[code])).
REGION_NAMES: dict[str, str] = {region["code"]: region["name"] for region in REGIONS}


def regions_for_country(alpha2: str) -> tuple[str, ...]:
    """Return M49 codes for a country, most specific first; empty if unknown."""
    return COUNTRY_REGIONS.get(alpha2.upper(), ())
