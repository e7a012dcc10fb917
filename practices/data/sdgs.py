"""The 17 UN Sustainable Development Goals: names, colours and target codes."""

# Source: UN SDG communications guidelines (names, colours); target numbering per A/RES/70/1.
# text_colour is the label colour passing WCAG AA (>= 4.5:1) on the goal colour;
# label_dark is True where that label is the dark "#1A1A1A" rather than white.

_WHITE = "#FFFFFF"
_DARK = "#1A1A1A"

SDGS: list[dict[str, int | str | bool]] = [
    {
        "number": number,
        "short_name": short_name,
        "colour": colour,
        "text_colour": _DARK if dark else _WHITE,
        "label_dark": dark,
    }
    for number, short_name, colour, dark in [
        (1, "No poverty", "#E5243B", False),
        (2, "Zero hunger", "#DDA63A", True),
        (3, "Good health and well-being", "#4C9F38", True),
        (4, "Quality education", "#C5192D", False),
        (5, "Gender equality", "#FF3A21", True),
        (6, "Clean water and sanitation", "#26BDE2", True),
        (7, "Affordable and clean energy", "#FCC30B", True),
        (8, "Decent work and economic growth", "#A21942", False),
        (9, "Industry, innovation and infrastructure", "#FD6925", True),
        (10, "Reduced inequalities", "#DD1367", False),
        (11, "Sustainable cities and communities", "#FD9D24", True),
        (12, "Responsible consumption and production", "#BF8B2E", True),
        (13, "Climate action", "#3F7E44", False),
        (14, "Life below water", "#0A97D9", True),
        (15, "Life on land", "#56C02B", True),
        (16, "Peace, justice and strong institutions", "#00689D", False),
        (17, "Partnerships for the goals", "#19486A", False),
    ]
]

# The goals' names in Norwegian (FN-sambandet), which search reads (search.places) though the
# interface is not in Norwegian; the site languages' names come from the catalogues.
GOAL_NAMES_NB: dict[int, str] = {
    1: "Utrydde fattigdom",
    2: "Utrydde sult",
    3: "God helse og livskvalitet",
    4: "God utdanning",
    5: "Likestilling mellom kjønnene",
    6: "Rent vann og gode sanitærforhold",
    7: "Ren energi for alle",
    8: "Anstendig arbeid og økonomisk vekst",
    9: "Industri, innovasjon og infrastruktur",
    10: "Mindre ulikhet",
    11: "Bærekraftige byer og lokalsamfunn",
    12: "Ansvarlig forbruk og produksjon",
    13: "Stoppe klimaendringene",
    14: "Livet i havet",
    15: "Livet på land",
    16: "Fred, rettferdighet og velfungerende institusjoner",
    17: "Samarbeid for å nå målene",
}

# Per goal: (number of numeric targets, number of lettered "means of implementation" targets).
_TARGET_SHAPE: dict[int, tuple[int, int]] = {
    1: (5, 2),
    2: (5, 3),
    3: (9, 4),
    4: (7, 3),
    5: (6, 3),
    6: (6, 2),
    7: (3, 2),
    8: (10, 2),
    9: (5, 3),
    10: (7, 3),
    11: (7, 3),
    12: (8, 3),
    13: (3, 2),
    14: (7, 3),
    15: (9, 3),
    16: (10, 2),
    17: (19, 0),
}

TARGETS: dict[int, list[str]] = {
    goal: [f"{goal}.{n}" for n in range(1, numeric + 1)]
    + [f"{goal}.{letter}" for letter in "abcd"[:lettered]]
    for goal, (numeric, lettered) in _TARGET_SHAPE.items()
}
