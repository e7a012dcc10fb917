"""Search engines and sharing: sitemap.xml, robots.txt, favicon, manifest, meta and OG tags."""

import html
import json
import re
import xml.etree.ElementTree as ElementTree

import pytest
import wagtail_factories
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.i18n import native_url
from home.models import StandardPage
from tests.factories.discussions import DiscussionPageFactory
from tests.i18n import conftest as i18n

pytestmark = pytest.mark.django_db

# One page of every type (and a French translation), as the i18n tests build them.
english, tree, french_discussion = i18n.english, i18n.tree, i18n.french_discussion

BASE = "https://minga.example.org:8443"
NAMESPACES = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}
HOSTILE = 'Water "wells" <script>alert(1)</script> & co'


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE


def sitemap_entries(client) -> dict[str, dict]:
    """{location: {"lastmod": ..., "alternates": {hreflang: href}}} from /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    entries = {}
    for url in root.findall("s:url", NAMESPACES):
        location = url.findtext("s:loc", namespaces=NAMESPACES)
        assert location not in entries, f"{location} listed twice"
        entries[location] = {
            "lastmod": url.findtext("s:lastmod", namespaces=NAMESPACES),
            "alternates": {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", NAMESPACES)
            },
        }
    return entries


def static_file_exists(url: str) -> bool:
    """Whether a static URL names a file in the project (tests do not serve static files)."""
    return bool(finders.find(url.removeprefix(settings.STATIC_URL)))


def head(response) -> str:
    assert response.status_code == 200
    return response.content.decode().split("</head>", 1)[0]


def meta(head_html: str, key: str) -> list[str]:
    """Contents of `<meta name|property="key">` tags, unescaped as a browser reads them."""
    pattern = rf'<meta (?:name|property)="{re.escape(key)}" content="([^"]*)">'
    return [html.unescape(value) for value in re.findall(pattern, head_html)]


# ---- sitemap ---------------------------------------------------------------------------------


def test_sitemap_lists_every_live_page_once_at_the_public_address(client, tree):
    entries = sitemap_entries(client)
    expected = {
        f"{BASE}/en/",
        f"{BASE}/en/about/",
        f"{BASE}{native_url(tree['discussions'])}",
        f"{BASE}{native_url(tree['discussion'])}",
        f"{BASE}{native_url(tree['practices'])}",
        f"{BASE}/en/good-practices/seed-banks/",
        f"{BASE}{native_url(tree['partners'])}",
        f"{BASE}{native_url(tree['partner'])}",
    }
    assert set(entries) == expected
    assert all(not entry["alternates"] for entry in entries.values())


def test_sitemap_lists_a_translation_at_its_own_url_with_hreflang_alternates(
    client, tree, french_discussion
):
    entries = sitemap_entries(client)
    english_url = f"{BASE}{native_url(tree['discussion'])}"
    french_url = f"{BASE}{native_url(french_discussion)}"
    alternates = {"en": english_url, "fr": french_url, "x-default": english_url}
    assert entries[english_url]["alternates"] == alternates
    assert entries[french_url]["alternates"] == alternates
    # wagtail-localize's aliases of the untranslated parents are not pages of their own
    assert not [url for url in entries if url.startswith(f"{BASE}/fr/") and url != french_url]


def test_sitemap_dates_each_page_by_its_last_publication(client, tree):
    revision = tree["about"].save_revision()
    revision.publish()
    tree["about"].refresh_from_db()
    entries = sitemap_entries(client)
    expected = tree["about"].last_published_at.date().isoformat()
    assert entries[f"{BASE}/en/about/"]["lastmod"] == expected


def test_sitemap_leaves_out_drafts_and_private_pages(client, tree):
    DiscussionPageFactory(parent=tree["discussions"], title="Draft talk", slug="draft", live=False)
    private = tree["home"].add_child(instance=StandardPage(title="Staff notes", slug="staff"))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    entries = sitemap_entries(client)
    assert not [url for url in entries if "/draft/" in url or "/staff/" in url]
    assert f"{BASE}/en/about/" in entries


def test_sitemap_queries_do_not_grow_with_the_pages(client, tree, french_discussion):
    sitemap_entries(client)  # Wagtail caches the site's root paths on the first request
    with CaptureQueriesContext(connection) as few:
        sitemap_entries(client)
    for number in range(20):
        DiscussionPageFactory(parent=tree["discussions"], title=f"Talk {number}")
    with CaptureQueriesContext(connection) as many:
        entries = sitemap_entries(client)
    assert len(entries) == 8 + 1 + 20
    assert len(many) == len(few) <= 15


def test_sitemap_with_a_bad_page_number_is_not_found(client, tree):
    assert client.get("/sitemap.xml?p=nope").status_code == 404
    assert client.get("/sitemap.xml?p=99").status_code == 404


def test_sitemap_is_cached_and_refreshed_when_a_page_is_published(client, tree, settings):
    settings.MINGA_PAGE_CACHE = True
    cache.clear()
    assert client.get("/sitemap.xml")["X-Page-Cache"] == "miss"
    assert client.get("/sitemap.xml")["X-Page-Cache"] == "hit"
    new = tree["home"].add_child(instance=StandardPage(title="Contact", slug="contact"))
    new.save_revision().publish()
    assert f"{BASE}/en/contact/" in sitemap_entries(client)
    cache.clear()


# ---- robots.txt, favicon, manifest -------------------------------------------------------------


def test_robots_txt_allows_pages_and_points_at_the_sitemap(client, site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Disallow: /fr/contributions/" in lines
    assert "Disallow: /fr/search/" not in lines  # a page type that must stay indexable
    assert "Allow: /" in lines
    assert f"Sitemap: {BASE}/sitemap.xml" in lines


def test_favicon_ico_is_a_real_icon(client, site):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # the ICO header


def test_every_page_links_its_icons_and_manifest(client, tree):
    page_head = head(client.get("/fr/"))
    assert 'rel="icon"' in page_head and 'type="image/svg+xml"' in page_head
    assert '<link rel="manifest" href="/fr/manifest.webmanifest">' in page_head
    assert meta(page_head, "theme-color") == ["#8a3b12"]
    for icon in re.findall(r'<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"', page_head):
        assert static_file_exists(icon), icon


def test_manifest_speaks_the_visitors_language(client, site):
    response = client.get("/ar/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["lang"] == "ar" and manifest["dir"] == "rtl"
    assert manifest["start_url"] == "/ar/"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert static_file_exists(icon["src"]), icon["src"]


# ---- meta description, Open Graph, Twitter ------------------------------------------------------


@pytest.fixture
def described(tree):
    """Every page type with its own text, hostile characters included."""
    tree["home"].intro = f"Home {HOSTILE}"
    tree["about"].introduction = f"About {HOSTILE}"
    tree["discussions"].introduction = f"Discussions {HOSTILE}"
    tree["discussion"].introduction = f"Discussion {HOSTILE}"
    tree["practices"].introduction = f"Practices {HOSTILE}"
    tree["practice"].summary = f"Practice {HOSTILE}"
    tree["partners"].introduction = f"Partners {HOSTILE}"
    tree["partner"].description = f"<p>Partner <b>bold</b> {html.escape(HOSTILE)}</p>"
    for page in tree.values():
        page.save_revision().publish()
    return tree


@pytest.mark.parametrize(
    "name, prefix",
    [
        ("home", "Home"),
        ("about", "About"),
        ("discussions", "Discussions"),
        ("discussion", "Discussion"),
        ("practices", "Practices"),
        ("practice", "Practice"),
        ("partners", "Partners"),
        ("partner", "Partner bold"),
    ],
)
def test_each_page_type_describes_itself_escaped(client, described, name, prefix):
    page = described[name]
    page_head = head(client.get(native_url(page)))
    assert "<script>alert" not in page_head
    assert meta(page_head, "description") == [f"{prefix} {HOSTILE}"]
    assert meta(page_head, "og:description") == [f"{prefix} {HOSTILE}"]
    assert meta(page_head, "twitter:description") == [f"{prefix} {HOSTILE}"]
    assert meta(page_head, "og:title") == [page.title]
    assert meta(page_head, "og:url") == [f"{BASE}{native_url(page)}"]
    assert meta(page_head, "og:site_name") == ["Minga"]
    assert meta(page_head, "og:type") == ["website" if name == "home" else "article"]
    assert meta(page_head, "og:locale") == ["en_US"]
    assert meta(page_head, "twitter:card") == ["summary"]


def test_search_description_wins_over_the_introduction(client, described):
    practice = described["practice"]
    practice.search_description = "Seed banks kept by farmers"
    practice.save_revision().publish()
    page_head = head(client.get(native_url(practice)))
    assert meta(page_head, "description") == ["Seed banks kept by farmers"]


def test_long_introductions_are_cut_to_a_search_snippet(client, tree):
    tree["about"].introduction = "word " * 100
    tree["about"].save_revision().publish()
    [description] = meta(head(client.get("/en/about/")), "description")
    assert len(description) <= 160 and description.endswith("…")


def test_a_page_without_text_gets_the_translated_site_description(client, tree):
    page_head = head(client.get("/fr/about/"))
    assert meta(page_head, "description") == [
        meta(page_head, "og:description")[0]
    ]  # one description, in French when the catalogue has it
    assert meta(page_head, "description")[0]


def test_a_translated_page_names_its_other_locales(client, tree, french_discussion):
    page_head = head(client.get(native_url(french_discussion)))
    assert meta(page_head, "og:locale") == ["fr_FR"]
    assert meta(page_head, "og:locale:alternate") == ["en_US"]
    assert meta(page_head, "og:url") == [f"{BASE}{native_url(french_discussion)}"]


def test_a_fallback_page_shares_the_source_pages_url_and_locale(client, tree):
    page_head = head(client.get("/ar/good-practices/seed-banks/"))
    assert meta(page_head, "og:url") == [f"{BASE}/en/good-practices/seed-banks/"]
    assert meta(page_head, "og:locale") == ["en_US"]


def test_a_page_with_an_image_shares_it_as_a_large_card(client, tree):
    practice = tree["practice"]
    practice.hero_image = wagtail_factories.ImageFactory(
        title="Seed bank", description="Jars", file__width=1600, file__height=900
    )
    practice.save_revision().publish()
    page_head = head(client.get(native_url(practice)))
    [image] = meta(page_head, "og:image")
    assert image.startswith(f"{BASE}/")
    assert meta(page_head, "og:image:alt") == ["Jars"]
    assert meta(page_head, "twitter:card") == ["summary_large_image"]
    assert meta(page_head, "twitter:image") == [image]


def test_a_shared_hero_image_is_described_by_the_pages_own_alternative_text(client, tree):
    practice = tree["practice"]
    practice.hero_image = wagtail_factories.ImageFactory(description="Jars")
    practice.hero_image_alt = "Seed jars on a shelf in a village seed bank"
    practice.save_revision().publish()
    page_head = head(client.get(native_url(practice)))
    assert meta(page_head, "og:image:alt") == ["Seed jars on a shelf in a village seed bank"]


def test_a_small_logo_makes_a_small_card(client, tree):
    partner = tree["partner"]
    partner.logo = wagtail_factories.ImageFactory(title="Dakar Lab logo")
    partner.save_revision().publish()
    page_head = head(client.get(native_url(partner)))
    assert meta(page_head, "og:image:alt") == ["Dakar Lab logo"]
    assert meta(page_head, "twitter:card") == ["summary"]


def test_the_search_page_has_a_description_and_escapes_the_query(client, tree):
    page_head = head(client.get("/en/search/", {"q": HOSTILE}))
    assert "<script>alert" not in page_head
    assert meta(page_head, "description")
    assert meta(page_head, "og:title") == ["Minga"]
    assert meta(page_head, "og:url") == [f"{BASE}/en/search/"]
