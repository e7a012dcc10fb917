"""Demo loader for the page tree root: the home page, a few standard pages, the site."""

from pathlib import Path

from wagtail.models import Site

from .models import HomePage, NavigationSettings, StandardPage
from .setup import home_page
from .translations import load_entries, translate_once

TRANSLATIONS = Path(__file__).with_name("demo_translations.toml")

HOME_INTRO = (
    "Minga brings together think tanks, NGOs, governments and UN agencies of the Global South "
    "to learn from each other: join an e-discussion, browse good practices of South-South and "
    "triangular cooperation, and find partners who have solved a problem like yours."
)

ABOUT_TEXT = (
    "<p>A <em>minga</em> is Andean communal work for a common good: neighbours gather to build a "
    "road or bring in a harvest, and everyone leaves with something shared. This platform applies "
    "the same idea to knowledge. Organisations that work on development cooperation post what "
    "they have learned, ask each other questions in moderated e-discussions and keep a catalogue "
    "of practices that others can adapt.</p>"
    "<p>Minga is open source. Any agency can run its own copy, in its own languages.</p>"
)


def get_home_page() -> HomePage:
    """Return the English home page, creating it (and pointing the default site at it)."""
    return home_page(intro=HOME_INTRO)


def load(stdout=None, style=None) -> None:
    home = get_home_page()
    about = StandardPage.objects.child_of(home).filter(slug="about").first()
    if about is None:
        about = StandardPage(
            title="About Minga", slug="about", introduction="Communal work for a common good."
        )
        about.body = [("paragraph", ABOUT_TEXT)]
        home.add_child(instance=about)
    NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    translations = load_entries(TRANSLATIONS)
    made = translate_once(home, translations["home"]) + translate_once(about, translations["about"])
    if stdout:
        stdout.write(f"Home page and site ready; {made} page translations made.")
