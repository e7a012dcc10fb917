"""Minga's mark, drawn once: a lower-case "m" whose two arches read as joined hands (bridges
between countries), white on terracotta. `write_icons()` writes the SVG and, with Pillow, the
favicon.ico and the PNG icons of the web manifest from the same geometry."""

from pathlib import Path

from PIL import Image, ImageDraw

BRAND = "#8a3b12"  # --brand in static/css/minga.css (7.3:1 with white)
INK = "#ffffff"
SIZE = 512  # the drawing's grid
CORNER = 112
STROKE = 60
STEMS = (148, 256, 364)  # x of the three stems of the "m"
TOP, BOTTOM = 232, 372  # y where the arches start and the stems end
PNG_SIZES = (32, 180, 192, 512)  # favicon fallback, apple-touch-icon, manifest icons
ICO_SIZES = [(16, 16), (32, 32), (48, 48)]


def svg() -> str:
    """The mark as an SVG document (also the `<link rel="icon" type="image/svg+xml">`)."""
    left, middle, right = STEMS
    radius = (middle - left) // 2
    path = (
        f"M{left} {BOTTOM}V{TOP}"
        f"A{radius} {radius} 0 0 1 {middle} {TOP}V{BOTTOM}"
        f"M{middle} {TOP}A{radius} {radius} 0 0 1 {right} {TOP}V{BOTTOM}"
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" role="img" '
        f'aria-label="Minga">\n'
        f'  <rect width="{SIZE}" height="{SIZE}" rx="{CORNER}" fill="{BRAND}"/>\n'
        f'  <path d="{path}" fill="none" stroke="{INK}" stroke-width="{STROKE}" '
        f'stroke-linecap="round" stroke-linejoin="round"/>\n'
        f"</svg>\n"
    )


def draw(size: int, scale: int = 4) -> Image.Image:
    """The mark as a `size`-pixel square image (drawn larger, then reduced: smooth edges)."""
    big = size * scale
    ratio = big / SIZE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=round(CORNER * ratio), fill=BRAND)
    width = round(STROKE * ratio)
    half = width / 2
    left, middle, right = (x * ratio for x in STEMS)
    top, bottom = TOP * ratio, BOTTOM * ratio
    radius = (middle - left) / 2
    for start, end in ((left, middle), (middle, right)):
        box = (start - half, top - radius - half, end + half, top + radius + half)
        pen.arc(box, 180, 360, fill=INK, width=width)
    for x in (left, middle, right):
        pen.rectangle((x - half, top, x + half, bottom), fill=INK)
        pen.ellipse((x - half, bottom - half, x + half, bottom + half), fill=INK)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_icons(folder: Path) -> list[Path]:
    """Write minga.svg, favicon.ico and icon-<size>.png into `folder`; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = [folder / "minga.svg"]
    written[0].write_text(svg(), encoding="utf-8")
    for size in PNG_SIZES:
        path = folder / f"icon-{size}.png"
        draw(size).save(path, optimize=True)
        written.append(path)
    ico = folder / "favicon.ico"
    draw(48).save(ico, sizes=ICO_SIZES)
    written.append(ico)
    return written
