"""Demo loader for the catalogue: index pages, partner profiles, themes and good practices."""

from pathlib import Path

from home import demo_images
from home.demo import get_home_page
from home.translations import load_entries, translate_once

from . import demo_data, setup
from .interchange import import_rows
from .interchange.importing import text_to_html
from .models import SDG, GoodPracticePage, PartnerIndexPage, PartnerPage, Theme
from .models.taxonomies import source_themes

TRANSLATIONS = Path(__file__).with_name("demo_content") / "translations.toml"

# A practice's illustration follows its first theme that has one (home/demo_images.py draws it).
MOTIF_BY_THEME = {
    "Food security": "fields",
    "Water and sanitation": "water",
    "Climate adaptation": "sun",
    "Disaster risk reduction": "water",
    "Health systems": "leaves",
    "Gender equality": "weave",
    "Education": "weave",
    "Digital public infrastructure": "network",
    "Capacity development": "network",
    "Trade and investment": "network",
}


def load(stdout=None, style=None) -> None:
    _practices_index, partners_index = setup.build(get_home_page())

    for name in getattr(demo_data, "THEMES", []):
        _theme(name)
    created_partners = sum(_load_partner(partners_index, data) for data in demo_data.PARTNERS)

    existing = set(GoodPracticePage.objects.values_list("source_id", flat=True))
    rows = [
        (number, record)
        for number, record in enumerate(demo_data.PRACTICES, start=1)
        if record["source_id"] not in existing
    ]
    report = import_rows(rows, publish=True, update_existing=False)
    illustrated = _illustrate()
    translated = _translate()
    if stdout:
        stdout.write(
            f"Catalogue: {created_partners} partners and {report.imported} practices created, "
            f"{illustrated} illustrated, {translated} translations made."
        )
        for error in report.errors:
            stdout.write(f"  demo practice skipped: {error}")


def _load_partner(parent: PartnerIndexPage, data: dict) -> int:
    if PartnerPage.objects.child_of(parent).filter(slug=data["slug"]).exists():
        return 0
    partner = PartnerPage(
        title=data["name"],
        slug=data["slug"],
        acronym=data.get("acronym", ""),
        organisation_type=data.get("type", "ngo"),
        country=data.get("country", ""),
        website=data.get("website", ""),
        description=text_to_html(data.get("description", "")),
        contact=data.get("contact", ""),
    )
    partner.focus_themes = [_theme(name) for name in data.get("themes", [])]
    partner.sdgs = list(SDG.objects.filter(number__in=data.get("sdgs", [])))
    parent.add_child(instance=partner)
    partner.save_revision().publish()
    return 1


def _illustrate() -> int:
    """Logos for the demo partners, a hero image for each demo practice and a gallery for the
    translated ones, where they have none yet (editors' choices stay)."""
    made = 0
    for data in demo_data.PARTNERS:
        for partner in PartnerPage.objects.filter(slug=data["slug"], logo__isnull=True):
            name = data["name"]
            partner.logo = demo_images.partner_logo(data["slug"], data.get("acronym", ""), name)
            partner.save_revision().publish()
            made += 1
    with_gallery = {entry["source_id"] for entry in load_entries(TRANSLATIONS)["practices"]}
    for index, record in enumerate(demo_data.PRACTICES):
        page = GoodPracticePage.objects.filter(
            source_id=record["source_id"], alias_of__isnull=True, hero_image__isnull=True
        ).first()
        if page is None:
            continue
        hero, alt, pictures = demo_images.hero_and_gallery(
            record["source_id"],
            record["title"],
            _motif(record.get("themes", []), index),
            gallery=record["source_id"] in with_gallery,
        )
        demo_images.illustrate(page, hero, alt, pictures)
        page.save_revision().publish()
        made += 1
    return made


def _motif(themes: list[str], fallback: int) -> str:
    for theme in themes:
        if theme in MOTIF_BY_THEME:
            return MOTIF_BY_THEME[theme]
    motifs = sorted(demo_images.DRAWERS)
    return motifs[fallback % len(motifs)]


def _theme(name: str) -> Theme:
    themes = Theme.objects.filter(source_themes())
    return themes.filter(name__iexact=name).first() or Theme.objects.create(name=name)


def _translate() -> int:
    """Themes and six practices in French, Spanish, Portuguese and Arabic (demo_translations)."""
    translations = load_entries(TRANSLATIONS)
    made = 0
    for entry in translations["themes"]:
        theme = Theme.objects.filter(source_themes(), name=entry["en"]).first()
        made += translate_once(theme, [entry]) if theme else 0
    for practice in translations["practices"]:
        page = (
            GoodPracticePage.objects.filter(source_id=practice["source_id"], alias_of__isnull=True)
            .order_by("pk")
            .first()
        )
        made += (
            translate_once(page, practice["strings"] + demo_images.image_strings(page))
            if page
            else 0
        )
    return made
