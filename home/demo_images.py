"""Original illustrations for the demo, drawn with Pillow: abstract, in the design's colours.

Each practice and discussion gets a hero image (and six practices and the discussions a small
gallery) drawn from a motif its loader chooses, with alternative text describing the drawing in
every demo language (`demo_content/images.toml`); each partner gets a logo, a monogram of its
acronym. Drawing is seeded by the record's identifier, so reruns draw the same pictures. The
demo loaders of practices and discussions call `hero_and_gallery()` and `partner_logo()`, which
`warm()` the renditions the templates use, so no visitor waits for them.
"""

import math
import random
import tomllib
from io import BytesIO
from pathlib import Path

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter, ImageFont
from wagtail.images import get_image_model

from home.templatetags.minga_images import warm

CONTENT = Path(__file__).with_name("demo_content") / "images.toml"
FONT = (
    Path(__file__).resolve().parent.parent / "static" / "fonts" / "figtree-latin-wght-normal.woff2"
)
SCALE = 2  # drawn twice as large, then reduced: smooth edges

# The design's colour tokens (static/css/minga.css, light scheme)
PAPER, WASH, LINE = "#ffffff", "#f6f2ea", "#d5d0c4"
BRAND, BRAND_STRONG, ACCENT, ACCENT_WASH = "#8a3b12", "#5f2809", "#0b5d5b", "#e6f2f1"
OK, WARN, FOCUS, FOOTER_LINK, MAP_ON_1 = "#1e6b2f", "#7a4b00", "#ffbf47", "#ffd8a8", "#b0623a"
INK = "#1b1f23"

GALLERY_MOTIFS = {
    "fields": ["leaves", "weave", "sun"],
    "water": ["sun", "network", "leaves"],
    "sun": ["fields", "water", "leaves"],
    "leaves": ["network", "fields", "weave"],
    "weave": ["network", "leaves", "sun"],
    "network": ["weave", "water", "fields"],
}


def alt_texts() -> dict[str, dict[str, str]]:
    """motif -> {language: alternative text}"""
    with CONTENT.open("rb") as file:
        return tomllib.load(file)["motifs"]


# ---- drawing ---------------------------------------------------------------------------------


def draw(motif: str, seed: str, size: tuple[int, int]) -> bytes:
    """A JPEG of `motif` at `size`, the same for the same seed."""
    width, height = size[0] * SCALE, size[1] * SCALE
    rng = random.Random(f"{motif}|{seed}")
    image = PILImage.new("RGB", (width, height), WASH)
    canvas = ImageDraw.Draw(image)
    DRAWERS[motif](canvas, rng, width, height)
    image = image.resize(size, PILImage.LANCZOS).filter(ImageFilter.SMOOTH)
    out = BytesIO()
    image.save(out, "JPEG", quality=78, optimize=True, progressive=True)
    return out.getvalue()


def _wave(width, base, amplitude, length, phase):
    return [
        (x, base + amplitude * math.sin(2 * math.pi * x / length + phase))
        for x in range(0, width + 20, 20)
    ]


def _fields(canvas, rng, width, height):
    canvas.ellipse(_circle(width * rng.uniform(0.65, 0.85), height * 0.28, height * 0.14), FOCUS)
    colours = [MAP_ON_1, OK, WARN, BRAND, "#4c7a3d", BRAND_STRONG]
    for band in range(6):
        base = height * (0.42 + band * 0.11)
        top = _wave(width, base, height * 0.04, width * rng.uniform(0.6, 1.2), rng.uniform(0, 6))
        canvas.polygon([*top, (width, height), (0, height)], fill=colours[band])
        for row in range(1, 3):  # furrows
            line = [(x, y + row * height * 0.03) for x, y in top]
            canvas.line(line, fill=WASH if band < 2 else FOOTER_LINK, width=SCALE * 2)


def _water(canvas, rng, width, height):
    canvas.rectangle((0, 0, width, height * 0.45), ACCENT_WASH)
    canvas.ellipse(_circle(width * rng.uniform(0.15, 0.35), height * 0.22, height * 0.1), FOCUS)
    colours = ["#7fb8b3", "#3f8f8b", ACCENT, "#08403f", INK]
    for band, colour in enumerate(colours):
        base = height * (0.45 + band * 0.12)
        top = _wave(width, base, height * 0.03, width * rng.uniform(0.15, 0.3), rng.uniform(0, 6))
        canvas.polygon([*top, (width, height), (0, height)], fill=colour)
        crest = [(x, y + height * 0.02) for x, y in top]
        canvas.line(crest, fill=ACCENT_WASH, width=SCALE * 2)


def _sun(canvas, rng, width, height):
    cx, horizon = width * rng.uniform(0.35, 0.65), height * 0.68
    for ring, colour in enumerate([FOOTER_LINK, FOCUS, MAP_ON_1, BRAND]):
        radius = height * (0.62 - ring * 0.13)
        canvas.ellipse(_circle(cx, horizon, radius), colour)
    for ray in range(13):
        angle = math.pi + ray * math.pi / 12
        inner, outer = height * 0.7, height * 0.9
        canvas.line(
            [
                (cx + inner * math.cos(angle), horizon + inner * math.sin(angle)),
                (cx + outer * math.cos(angle), horizon + outer * math.sin(angle)),
            ],
            fill=MAP_ON_1,
            width=SCALE * 6,
        )
    canvas.rectangle((0, horizon, width, height), BRAND_STRONG)
    for stripe in range(4):
        y = horizon + (stripe + 1) * (height - horizon) / 5
        canvas.line([(0, y), (width, y)], fill=BRAND, width=SCALE * 4)


def _leaves(canvas, rng, width, height):
    canvas.rectangle((0, 0, width, height), ACCENT_WASH)
    for _ in range(26):
        x, y = rng.uniform(-0.05, 1.05) * width, rng.uniform(-0.05, 1.05) * height
        length, angle = rng.uniform(0.12, 0.3) * height, rng.uniform(0, math.pi)
        colour = rng.choice([OK, "#4c7a3d", ACCENT, "#7fb8b3", MAP_ON_1])
        canvas.polygon(_leaf(x, y, length, angle), fill=colour)
        tip = (x + length * math.cos(angle), y + length * math.sin(angle))
        canvas.line([(x, y), tip], fill=ACCENT_WASH, width=SCALE * 2)


def _weave(canvas, rng, width, height):
    colours = [BRAND, MAP_ON_1, FOCUS, ACCENT, OK, FOOTER_LINK, BRAND_STRONG]
    cell = height / 6
    for row in range(7):
        for column in range(int(width / cell) + 1):
            x, y = column * cell, row * cell
            colour = colours[(row * 3 + column * 2 + rng.randrange(2)) % len(colours)]
            shape = rng.randrange(4)
            canvas.rectangle((x, y, x + cell, y + cell), WASH)
            if shape == 0:
                canvas.polygon([(x, y), (x + cell, y), (x, y + cell)], fill=colour)
            elif shape == 1:
                canvas.pieslice((x - cell, y - cell, x + cell, y + cell), 0, 90, fill=colour)
            elif shape == 2:
                canvas.rectangle((x, y + cell / 3, x + cell, y + 2 * cell / 3), fill=colour)
            else:
                canvas.polygon(
                    [
                        (x + cell / 2, y),
                        (x + cell, y + cell / 2),
                        (x + cell / 2, y + cell),
                        (x, y + cell / 2),
                    ],
                    fill=colour,
                )


def _network(canvas, rng, width, height):
    canvas.rectangle((0, 0, width, height), ACCENT_WASH)
    nodes = [(rng.uniform(0.06, 0.94) * width, rng.uniform(0.1, 0.9) * height) for _ in range(16)]
    for x, y in nodes:
        nearest = sorted(nodes, key=lambda other: math.dist((x, y), other))[1:4]
        for other in nearest:
            canvas.line([(x, y), other], fill="#7fb8b3", width=SCALE * 4)
    for i, (x, y) in enumerate(nodes):
        radius = height * rng.uniform(0.03, 0.07)
        colour = [BRAND, ACCENT, FOCUS, MAP_ON_1][i % 4]
        canvas.ellipse(_circle(x, y, radius + SCALE * 5), ACCENT_WASH)
        canvas.ellipse(_circle(x, y, radius), colour)


def _circle(x, y, radius):
    return (x - radius, y - radius, x + radius, y + radius)


def _leaf(x, y, length, angle):
    points = []
    for step in range(21):
        t = step / 20
        bulge = math.sin(math.pi * t) * length * 0.28
        along = t * length
        points.append(
            (
                x + along * math.cos(angle) - bulge * math.sin(angle),
                y + along * math.sin(angle) + bulge * math.cos(angle),
            )
        )
    for step in range(19, 0, -1):
        t = step / 20
        bulge = -math.sin(math.pi * t) * length * 0.28
        along = t * length
        points.append(
            (
                x + along * math.cos(angle) - bulge * math.sin(angle),
                y + along * math.sin(angle) + bulge * math.cos(angle),
            )
        )
    return points


DRAWERS = {
    "fields": _fields,
    "water": _water,
    "sun": _sun,
    "leaves": _leaves,
    "weave": _weave,
    "network": _network,
}


def logo(text: str, seed: str, size: int = 320) -> bytes:
    """A partner's monogram: its acronym (or initials) on a shape, as a PNG."""
    rng = random.Random(seed)
    big = size * SCALE
    mask = PILImage.new("L", (big, big), 0)
    outline = ImageDraw.Draw(mask)
    shape = rng.randrange(3)
    if shape == 0:
        outline.ellipse((0, 0, big - 1, big - 1), 255)
    elif shape == 1:
        outline.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=255)
    else:
        outline.polygon([(big / 2, 0), (big, big / 2), (big / 2, big), (0, big / 2)], 255)
    fill = PILImage.new(
        "RGBA", (big, big), rng.choice([BRAND, ACCENT, OK, BRAND_STRONG, "#08403f"])
    )
    ImageDraw.Draw(fill).pieslice((big * 0.55, big * 0.55, big * 1.3, big * 1.3), 180, 270, FOCUS)
    image = PILImage.new("RGBA", (big, big), (0, 0, 0, 0))
    image.paste(fill, (0, 0), mask)
    canvas = ImageDraw.Draw(image)
    letters = text[:5]
    font = ImageFont.truetype(str(FONT), 10)
    font.set_variation_by_axes([750])
    target = big * (0.62 if shape == 2 else 0.74)
    points = 10 * target / max(font.getlength(letters), 1)
    font = ImageFont.truetype(str(FONT), int(min(points, big * 0.42)))
    font.set_variation_by_axes([750])
    canvas.text((big / 2, big / 2), letters, font=font, fill=PAPER, anchor="mm")
    image = image.resize((size, size), PILImage.LANCZOS)
    out = BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


# ---- storing ---------------------------------------------------------------------------------


def store(content: bytes, name: str, title: str, description: str = ""):
    """A Wagtail image of `content` (made once: an image of that title is reused)."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    image = Image(title=title, description=description)
    image.file = ImageFile(BytesIO(content), name=name)
    image.save()
    return image


def hero_and_gallery(key: str, title: str, motif: str, gallery: bool, kind="practice-hero"):
    """(hero image, its alternative texts by language, [(gallery image, its alternative texts
    by language)]) for a record, the hero drawn from `motif` (one of `DRAWERS`)."""
    texts = alt_texts()
    hero = store(
        draw(motif, key, (1600, 900)),
        f"{key}-hero.jpg",
        f"{title} (illustration)",
        texts[motif]["en"],
    )
    warm(hero, kind, "card")
    pictures = []
    if gallery:
        for number, other in enumerate(GALLERY_MOTIFS[motif], start=1):
            picture = store(
                draw(other, f"{key}-{number}", (1200, 900)),
                f"{key}-{number}.jpg",
                f"{title} (illustration {number})",
                texts[other]["en"],
            )
            warm(picture, "gallery")
            pictures.append((picture, texts[other]))
    return hero, texts[motif], pictures


def illustrate(page, hero, alt: dict, pictures: list) -> None:
    """Put the hero image and the gallery on `page` (not saved)."""
    page.hero_image, page.hero_image_alt = hero, alt["en"]
    page.gallery = [
        ("image", {"image": picture, "decorative": False, "alt_text": texts["en"]})
        for picture, texts in pictures
    ]


def image_strings(page) -> list[dict]:
    """Translations of a demo page's alternative texts, as `translate_once` entries."""
    by_english = {texts["en"]: texts for texts in alt_texts().values()}
    english = [page.hero_image_alt] + [block.value.contextual_alt_text for block in page.gallery]
    return [by_english[text] for text in dict.fromkeys(english) if text in by_english]


def partner_logo(slug: str, acronym: str, name: str):
    letters = acronym or "".join(word[0] for word in name.split() if word[:1].isupper())[:3]
    image = store(
        logo(letters.upper() if not acronym else letters, slug),
        f"{slug}-logo.png",
        f"{name} logo",
        f"{name} logo",
    )
    warm(image, "logo", "logo-small")
    return image
