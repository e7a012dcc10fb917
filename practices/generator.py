"""Random but plausible practices, in the interchange format, for benchmarks."""

import random
import uuid
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.signal_handlers import disable_reference_index_auto_update

from .data.m49 import COUNTRY_REGIONS
from .interchange import import_rows
from .interchange.importing import (
    _solution,
    default_index,
    partner_named,
    text_to_html,
    theme_named,
)
from .interchange.records import TEXT_COLUMNS
from .interchange.validation import validate_row
from .models import SDG, Country, GoodPracticePage, Modality, PracticePartner

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


def generate_practices_fast(count: int, *, seed: int | None = None, progress=None) -> int:
    """Benchmarks only: `count` published practices without the importer's revisions.

    The same records as `generate_practices` with the same seed, saved as real
    GoodPracticePage rows in the default practice index (`add_child`: tree path, url_path,
    locale and translation key as any page), live, with no revision, no reference index and
    no page-published signals; their countries, SDGs and themes are attached afterwards in
    bulk (one insert per table per batch), their partners (created through `partner_named`,
    published, once each) likewise. What the practice index, its filters and facets read is
    the same as for imported practices. Search entries are left to the caller. Returns how
    many were made. ~10 ms a practice instead of ~250 ms.
    """
    index = default_index()
    if index is None:
        raise ValueError("There is no practice index page.")
    rng = random.Random(seed)
    records = []
    for line in range(1, count + 1):
        record, errors = validate_row(line, random_record(rng))
        if errors:
            raise ValueError(errors)
        records.append(record)
    countries = {c.code: c.pk for c in Country.objects.all()}
    sdgs = {s.number: s.pk for s in SDG.objects.all()}
    themes: dict[str, int] = {}
    partners: dict[str, int] = {}
    through = {
        name: getattr(GoodPracticePage, name).through for name in ("countries", "sdgs", "themes")
    }
    now = timezone.now()
    taken = set(index.get_children().values_list("slug", flat=True))
    made = 0
    batch_size = 500
    for start in range(0, len(records), batch_size):
        links = {name: [] for name in through}
        roles = []
        with transaction.atomic(), disable_reference_index_auto_update():
            for record in records[start : start + batch_size]:
                base = slugify(record.title)[:70].strip("-") or "practice"
                slug, n = base, 2
                while slug in taken:
                    slug, n = f"{base}-{n}", n + 1
                taken.add(slug)
                published = now - timedelta(minutes=rng.randint(0, 60 * 24 * 365 * 3))
                page = GoodPracticePage(
                    source_id=record.source_id,
                    title=record.title,
                    draft_title=record.title,
                    slug=slug,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    summary=record.summary,
                    subtitle=record.subtitle,
                    language=record.language,
                    modality=record.modality,
                    stage=record.stage,
                    status=record.status,
                    start_year=record.start_year,
                    end_year=record.end_year,
                    budget=record.budget,
                    budget_currency=record.currency,
                    source_url=record.url,
                    solution=_solution(record),
                    **{
                        column: text_to_html(record.texts[column])
                        for column in TEXT_COLUMNS
                        if column != "solution"
                    },
                )
                index.add_child(instance=page)
                for code in record.countries:
                    links["countries"].append(
                        through["countries"](
                            goodpracticepage_id=page.pk, country_id=countries[code]
                        )
                    )
                for number in record.sdgs:
                    links["sdgs"].append(
                        through["sdgs"](goodpracticepage_id=page.pk, sdg_id=sdgs[number])
                    )
                for name in record.themes:
                    if name not in themes:
                        themes[name] = theme_named(name).pk
                    links["themes"].append(
                        through["themes"](goodpracticepage_id=page.pk, theme_id=themes[name])
                    )
                for n, (name, role) in enumerate(record.partners):
                    if name not in partners:
                        partners[name] = partner_named(name).pk
                    roles.append(
                        PracticePartner(
                            practice_id=page.pk, partner_id=partners[name], role=role, sort_order=n
                        )
                    )
                made += 1
            for name, rows in links.items():
                through[name].objects.bulk_create(rows, ignore_conflicts=True)
            PracticePartner.objects.bulk_create(roles)
        if progress:
            progress(made, count)
    return made
