"""The page tree a site starts with: the default site, the home page and each section's index
page, in every configured language, with no content and no accounts (`manage.py setup_site`).

Idempotent: pages are found by type under their parent, so a rerun creates nothing and keeps
what editors changed (titles, slugs, texts, translations). The sections come from the apps that
own them, listed in settings.MINGA_SITE_SECTIONS (home imports no feature app); `load_demo`
builds its content on the same pages.
"""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.module_loading import import_string
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from .models import HomePage, NavigationSettings
from .translations import translate_once
from .urls import site_address, sync_default_site

SITE_NAME = "Minga"


@transaction.atomic
def setup_site() -> int:
    """Build (or complete) the site's page tree; returns how many pages were created."""
    before = Page.objects.count()
    _ensure_locales()
    home = home_page()
    translate_into_every_language(home, texts=[home.title, home.slug, home.intro])
    for dotted_path in settings.MINGA_SITE_SECTIONS:
        import_string(dotted_path)(home)
    return Page.objects.count() - before


def home_page(intro: str = "") -> HomePage:
    """The home page in the default language, created if missing, as the default site's root."""
    locale = Locale.get_default()
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        _remove_wagtail_welcome_page()
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(title=SITE_NAME, slug="home", intro=intro, locale=locale)
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        hostname, port = site_address()
        Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=True, site_name=SITE_NAME
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = SITE_NAME
        site.save()
    sync_default_site()  # the Site record agrees with WAGTAILADMIN_BASE_URL (home/urls.py)
    return home


def section_page(parent: Page, model, *, slug: str, title: str, introduction: str = "") -> Page:
    """`parent`'s child page of this type (the one with `slug` first), created and published
    if missing, then translated into every language (see translate_into_every_language)."""
    pages = model.objects.child_of(parent)
    page = pages.filter(slug=slug).first() or pages.first()
    if page is None:
        page = model(slug=slug, title=title, introduction=introduction)
        parent.add_child(instance=page)
        page.save_revision().publish()
    translate_into_every_language(page, texts=[page.title, page.slug, page.introduction])
    return page


def set_navigation(**pages: Page) -> None:
    """Point the header links (NavigationSettings fields, e.g. practices_page=...) at pages."""
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    changed = False
    for field, page in pages.items():
        if getattr(navigation, f"{field}_id") is None:
            setattr(navigation, field, page)
            changed = True
    if changed:
        navigation.save()


def translate_into_every_language(page: Page, texts: list[str]) -> int:
    """Translate `page` into each configured language it has no translation in yet, through
    wagtail-localize (home.translations), with the interface catalogues' translations of
    `texts` (its English title, slug and introduction). A slug takes its language's translated
    title; where slugify has no ASCII for it (Arabic), the source slug stays."""
    title, slug, *others = texts
    entries = [_entry(text) for text in [title, *others] if text]
    slugs = {code: _slug(title, slug, code) for code in entries[0]} if entries else {}
    return translate_once(page, [*entries, slugs]) if slugs else 0


def _entry(text: str) -> dict[str, str]:
    entry = {"en": text}
    for code in _other_languages():
        with translation.override(code):
            entry[code] = translation.gettext(text)
    return entry


def _slug(title: str, slug: str, code: str) -> str:
    if code == "en":
        return slug
    with translation.override(code):
        translated = translation.gettext(title)
    return (translated != title and slugify(translated)) or slug


def _other_languages() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != "en"]


def _ensure_locales() -> None:
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def _remove_wagtail_welcome_page() -> None:
    for page in Page.objects.filter(depth=2, content_type__model="page", slug="home"):
        page.delete()
