"""Random but plausible practices, in the interchange format, for benchmarks."""

import random
import uuid

from .data.m49 import COUNTRY_REGIONS
from .interchange import import_rows
from .models import Modality

THEMES = [
    "Food security",
    "Digital public infrastructure",
    "Health systems",
    "Climate adaptation",
    "Capacity development",
    "Gender equality",
    "Trade and investment",
    "Water and sanitation",
    "Education",
    "Disaster risk reduction",
    "Social protection",
    "Renewable energy",
]
ORGANISATIONS = [
    "Institute for Development Studies",
    "Centre for Policy Dialogue",
    "Rural Livelihoods Network",
    "National Planning Agency",
    "Southern Voice Research Hub",
    "Coastal Resilience Alliance",
    "Open Data Cooperative",
    "Women Farmers Federation",
    "United Nations Development Programme",
    "Food and Agriculture Organization of the United Nations",
]
ROLES = ["provider", "beneficiary", "facilitating", "funder"]
ACTIONS = [
    "Peer learning on",
    "Scaling up",
    "Community-led",
    "South-South exchange on",
    "Digital tools for",
    "Municipal partnerships for",
    "Regional platform for",
]
SUBJECTS = [
    "drought-tolerant seed systems",
    "school meal programmes",
    "mobile health records",
    "solar mini-grids",
    "mangrove restoration",
    "cash transfers for rural households",
    "flood early warning",
    "women's cooperatives",
    "open procurement data",
    "vocational training for youth",
    "rainwater harvesting",
    "small-scale fisheries",
]
SENTENCES = [
    "Teams from {a} and {b} met every quarter to compare their approaches.",
    "The programme trained {n} local officers and documented each step in a shared manual.",
    "Exchange visits let practitioners see the model working before adapting it at home.",
    "A small grant covered the first year; national budgets took over afterwards.",
    "Monitoring data were published openly so that other countries could reuse them.",
    "Community committees decided where to start, which built trust early on.",
]
LANGUAGES = ["en"] * 6 + ["fr", "es", "pt"]


def _paragraph(rng: random.Random, countries: list[str]) -> str:
    names = countries + countries
    return " ".join(
        sentence.format(a=names[0], b=names[1], n=rng.randint(12, 900))
        for sentence in rng.sample(SENTENCES, 3)
    )


def random_record(rng: random.Random) -> dict:
    countries = rng.sample(
        sorted(c for c, regions in COUNTRY_REGIONS.items() if regions), rng.randint(1, 4)
    )
    start = rng.randint(1995, 2024)
    end = rng.choice([None, min(start + rng.randint(1, 8), 2026)])
    return {
        "source_id": f"GEN-{uuid.UUID(int=rng.getrandbits(128)).hex[:16]}",
        "title": f"{rng.choice(ACTIONS)} {rng.choice(SUBJECTS)}",
        "summary": _paragraph(rng, countries),
        "language": rng.choice(LANGUAGES),
        "countries": countries,
        "sdgs": sorted(rng.sample(range(1, 18), rng.randint(1, 4))),
        "themes": rng.sample(THEMES, rng.randint(1, 3)),
        "modality": rng.choice(Modality.values),
        "partners": [
            f"{name} ({rng.choice(ROLES)})" for name in rng.sample(ORGANISATIONS, rng.randint(1, 3))
        ],
        "start_year": start,
        "end_year": end,
        "challenge": _paragraph(rng, countries),
        "solution": _paragraph(rng, countries),
        "results": _paragraph(rng, countries),
        "url": "",
    }


def generate_practices(count: int, *, seed: int | None = None, publish: bool = True, progress=None):
    """Import `count` random practices through the regular import path; returns its report."""
    rng = random.Random(seed)
    rows = [(n, random_record(rng)) for n in range(1, count + 1)]
    return import_rows(rows, publish=publish, **({"progress": progress} if progress else {}))
