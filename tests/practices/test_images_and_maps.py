"""Images (hero, gallery, logos) with their alternative text, and the world map of countries."""

import re
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images.blocks import ImageBlock
from wagtail.images.models import Image
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home import demo_images
from home.countries import country_name
from home.page_cache import cache as page_cache
from practices import maps
from practices.models import GoodPracticePage
from tests.factories.accounts import UserFactory
from tests.factories.practices import GoodPracticePageFactory, PartnerPageFactory

pytestmark = pytest.mark.django_db


def jpeg(width=1600, height=900, colour="#8a3b12") -> ImageFile:
    out = BytesIO()
    PILImage.new("RGB", (width, height), colour).save(out, "JPEG")
    return ImageFile(out, name="picture.jpg")


def picture(description="") -> Image:
    image = Image(title="A picture", description=description)
    image.file = jpeg()
    image.save()
    return image


def html_of(client, page, language="en") -> str:
    response = client.get(page.url.replace("/en/", f"/{language}/", 1))
    assert response.status_code == 200
    return response.content.decode()


# ---- alternative text ----------------------------------------------------------------------


def test_a_hero_image_without_alternative_text_cannot_be_saved(practice_index):
    practice = GoodPracticePageFactory(parent=practice_index)
    practice.hero_image = picture()
    with pytest.raises(ValidationError) as error:
        practice.save_revision()
    assert "hero_image_alt" in error.value.message_dict
    assert "alternative text" in error.value.message_dict["hero_image_alt"][0]


def test_the_pages_alternative_text_or_the_images_description_will_do(practice_index):
    practice = GoodPracticePageFactory(parent=practice_index)
    practice.hero_image = picture(description="Jars of millet seed on a shelf")
    practice.save_revision().publish()  # the image's own description
    practice.hero_image_alt = "A seed committee counting jars"
    practice.save_revision().publish()
    practice.refresh_from_db()
    assert practice.hero_alt == "A seed committee counting jars"


def _practice_form(**extra) -> dict:
    return nested_form_data(
        {
            "title": "Seed banks",
            "slug": "seed-banks",
            "summary": "Farmers share seed.",
            "language": "en",
            "source_id": "TEST-ADMIN-1",
            "practice_partners": inline_formset([]),
            **{name: rich_text("") for name in RICH_FIELDS},
            "solution": streamfield([]),
            "documents": streamfield([]),
            "gallery": streamfield([]),
            **extra,
        }
    )


RICH_FIELDS = (
    "challenge objectives results beneficiaries sustainability replicability enabling_factors "
    "contact"
).split()


def _add_url(practice_index) -> str:
    return reverse(
        "wagtailadmin_pages:add", args=["practices", "goodpracticepage", practice_index.pk]
    )


def test_the_admin_says_what_is_missing_when_publishing(client, practice_index, editor):
    client.force_login(editor)
    image = picture()
    form = _practice_form(hero_image=image.pk, hero_image_alt="", **{"action-publish": "1"})
    response = client.post(_add_url(practice_index), form)
    assert response.status_code == 200  # the form again, with the error
    assert "Add alternative text for the hero image" in response.content.decode()
    assert not GoodPracticePage.objects.filter(slug="seed-banks").exists()

    form = _practice_form(
        hero_image=image.pk, hero_image_alt="Jars of seed", **{"action-publish": "1"}
    )
    response = client.post(_add_url(practice_index), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = GoodPracticePage.objects.get(slug="seed-banks")
    assert page.live and page.hero_alt == "Jars of seed"


def test_a_gallery_image_without_alternative_text_is_refused_on_publishing(
    client, practice_index, editor
):
    client.force_login(editor)
    gallery = streamfield([("image", {"image": picture().pk, "decorative": "", "alt_text": ""})])
    response = client.post(
        _add_url(practice_index), _practice_form(gallery=gallery, **{"action-publish": "1"})
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please add some alt text for your image or mark it as decorative" in html
    assert not GoodPracticePage.objects.filter(slug="seed-banks").exists()


def test_a_gallery_image_needs_alternative_text_or_to_be_marked_decorative():
    block = ImageBlock()
    image = picture()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "decorative": False, "alt_text": ""}))
    kept = block.clean(
        block.to_python({"image": image.pk, "decorative": False, "alt_text": "A map"})
    )
    assert kept.contextual_alt_text == "A map"


# ---- responsive images ----------------------------------------------------------------------


def test_the_hero_loads_first_and_other_images_lazily_with_sizes_set(client, practice_index):
    image = picture(description="Rows of millet under a yellow sun")
    practice = GoodPracticePageFactory(parent=practice_index, countries=["SN"])
    practice.hero_image = image
    practice.gallery = [("image", {"image": image, "decorative": False, "alt_text": "A furrow"})]
    practice.save_revision().publish()

    html = html_of(client, practice)
    hero = re.search(r'<picture class="practice-hero">(.*?)</picture>', html).group(1)
    assert 'type="image/avif"' in hero and 'type="image/webp"' in hero
    assert re.search(r'srcset="[^"]+ 640w, [^"]+ 960w, [^"]+ 1440w"', hero)
    assert 'sizes="' in hero
    img = re.search(r"<img [^>]+>", hero).group(0)
    assert 'width="960" height="540"' in img
    assert 'alt="Rows of millet under a yellow sun"' in img
    assert 'fetchpriority="high"' in img and "loading=" not in img

    gallery = html.split('id="gallery-heading"')[1].split("</section>")[0]
    assert 'alt="A furrow"' in gallery and 'loading="lazy"' in gallery

    index_html = html_of(client, practice_index)
    card = re.search(r'<picture class="card-image">.*?</picture>', index_html).group(0)
    assert 'loading="lazy"' in card and 'alt=""' in card and 'width="400"' in card


def test_a_lost_image_file_leaves_the_page_working(client, practice_index):
    image = picture(description="A sun")
    practice = GoodPracticePageFactory(parent=practice_index)
    practice.hero_image = image
    practice.save_revision().publish()
    image.renditions.all().delete()
    image.file.storage.delete(image.file.name)
    html = html_of(client, practice)
    assert "practice-hero" not in html
    assert practice.title in html


def test_a_partner_logo_shows_on_its_page_and_card(client, partner_index):
    logo = Image(title="Logo")
    logo.file = ImageFile(BytesIO(demo_images.logo("DKL", "dakar")), name="logo.png")
    logo.save()
    partner = PartnerPageFactory(parent=partner_index, title="Dakar Lab", logo=logo)
    partner.save_revision().publish()
    page = html_of(client, partner)
    assert re.search(r'<picture class="partner-logo">.*?image/webp.*?\.png"', page, re.S)
    listing = html_of(client, partner_index)
    assert '<picture class="partner-card-logo">' in listing


# ---- the world map ----------------------------------------------------------------------------


def test_the_shipped_map_has_every_country_and_stays_small():
    shapes = maps.world()
    assert len(shapes) > 240
    for code in ("SN", "BR", "IN", "CD", "FJ", "SG"):
        assert code in shapes
    assert maps.WORLD_SVG.stat().st_size < 60_000
    assert "CC BY 4.0" in maps.WORLD_SVG.read_text()


def test_a_practice_map_links_each_country_to_the_filtered_catalogue(client, practice_index):
    practice = GoodPracticePageFactory(parent=practice_index, countries=["SN", "NE", "SG"])
    practice.save_revision().publish()
    html = html_of(client, practice, "fr")
    svg = re.search(r'<svg class="world-map".*?</svg>', html, re.S).group(0)
    links = dict(re.findall(r'<a href="([^"]+)" aria-label="([^"]+)"', svg))
    assert links == {
        "/fr/good-practices/?country=SN": "Sénégal",
        "/fr/good-practices/?country=NE": "Niger",
        "/fr/good-practices/?country=SG": "Singapour",
    }
    assert "<circle" in svg  # Singapore is too small to see: it gets a dot
    left, top, width, height = map(float, re.search(r'viewBox="([^"]+)"', svg).group(1).split())
    assert width < 1010  # zoomed on West Africa and South-East Asia
    # the text list beside it, links too
    assert 'href="/fr/good-practices/?country=SN">Sénégal</a>' in html
    catalogue = client.get("/fr/good-practices/?country=SN").content.decode()
    assert practice.title in catalogue


def test_a_practice_without_countries_has_no_map(client, practice_index):
    practice = GoodPracticePageFactory(parent=practice_index)
    practice.save_revision().publish()
    assert "world-map" not in html_of(client, practice)


def test_a_partner_map_shows_its_country_and_its_practices_countries(
    client, practice_index, partner_index
):
    partner = PartnerPageFactory(parent=partner_index, title="Dakar Lab", country="SN")
    partner.save_revision().publish()
    GoodPracticePageFactory(
        parent=practice_index, countries=["KE"], partners=[(partner, "provider")]
    ).save_revision().publish()
    html = html_of(client, partner, "ar")
    svg = re.search(r'<svg class="world-map".*?</svg>', html, re.S).group(0)
    labels = re.findall(r'aria-label="([^"]+)"', svg)
    assert country_name("SN", "ar") in labels and country_name("KE", "ar") in labels
    assert country_name("KE", "ar") != country_name("KE", "en")


def test_the_home_map_counts_practices_and_follows_publishing(client, settings, practice_index):
    settings.MINGA_PAGE_CACHE = True
    page_cache().clear()
    try:
        first = GoodPracticePageFactory(parent=practice_index, countries=["SN", "KE"])
        first.save_revision().publish()
        GoodPracticePageFactory(parent=practice_index, countries=["SN"]).save_revision().publish()
        html = client.get("/en/").content.decode()
        assert 'aria-label="Senegal: 2 practices"' in html
        assert 'aria-label="Kenya: 1 practice"' in html
        assert "Brazil" not in html

        GoodPracticePageFactory(parent=practice_index, countries=["BR"]).save_revision().publish()
        html = client.get("/en/").content.decode()  # the cached page and map were purged
        assert 'aria-label="Brazil: 1 practice"' in html
    finally:
        page_cache().clear()


def test_simplify_reads_svg_maps_world():
    index_js = (
        'export default {"label":"Map","viewBox":"0 0 1010 666","locations":['
        '{"name":"Squareland","id":"sq","path":"m 10,10 100,0 0,100 -100,0 z m 300,300 1,0 0,1 z"}'
        "]}"
    )
    svg = maps.simplify(index_js)
    # the tiny second island is dropped; the square stays, in whole numbers, relative
    assert '<path id="sq" data-c="' in svg
    assert 'd="M10 10l100 0 0 100 -100 0z"' in svg


# ---- the demo's illustrations ----------------------------------------------------------------


def test_demo_illustrations_are_small_and_described_in_every_language():
    texts = demo_images.alt_texts()
    assert set(texts) == set(demo_images.DRAWERS)
    for motif, by_language in texts.items():
        assert set(by_language) == {"en", "fr", "es", "pt", "ar"}, motif
        content = demo_images.draw(motif, "seed", (800, 450))
        assert content[:2] == b"\xff\xd8" and len(content) < 60_000
    assert demo_images.draw("sun", "A", (400, 225)) == demo_images.draw("sun", "A", (400, 225))


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", is_staff=True, is_superuser=True)
