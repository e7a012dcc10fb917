"""The world map of countries: an SVG shipped with the project (no tiles, no network).

`static/maps/world.svg` is @svg-maps/world 2.0.0 (Victor Cazanave, CC BY 4.0), simplified by
`simplify()` below: Douglas-Peucker at 1 unit of its 1010 x 666 view box, islands under 3 units²
dropped (each country keeps its largest shape), whole-number coordinates, relative lines. It
weighs about 50 KB raw and 18 KB gzipped, drawn inline so each country can be a link.

`country_map()` draws it with the given countries highlighted, each a link with the country's
name (in the visitor's language) as its accessible name; callers add a text list beside it.
Countries too small to see get a dot.
"""

import json
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

WORLD_SVG = Path(__file__).resolve().parent.parent / "static" / "maps" / "world.svg"
VIEW_BOX = "0 0 1010 666"
WORLD_WIDTH, WORLD_HEIGHT = 1010, 666
ZOOM_MIN_WIDTH = 360  # a zoomed map shows at least this much of the world's 1010 units
DOT_BELOW = 12.0  # countries with less area than this (in view-box units²) get a dot too
DOT_RADIUS = 4
SHAPE = re.compile(r'<path id="([a-z-]+)" data-c="([\d.]+) ([\d.]+)" data-a="([\d.]+)" d="([^"]*)"')


@dataclass(frozen=True)
class Shape:
    d: str
    cx: float
    cy: float
    area: float

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the shape."""
        xs, ys = [self.cx], [self.cy]
        for ring in re.findall(r"M([^M]+)", self.d):
            numbers = [int(n) for n in re.findall(r"-?\d+", ring)]
            x, y = numbers[0], numbers[1]
            xs.append(x)
            ys.append(y)
            for dx, dy in zip(numbers[2::2], numbers[3::2], strict=False):
                x, y = x + dx, y + dy
                xs.append(x)
                ys.append(y)
        return min(xs), min(ys), max(xs), max(ys)


@cache
def world() -> dict[str, Shape]:
    """ISO 3166 alpha-2 code (upper case) -> its shape."""
    text = WORLD_SVG.read_text(encoding="utf-8")
    return {
        code.upper(): Shape(d, float(cx), float(cy), float(area))
        for code, cx, cy, area, d in SHAPE.findall(text)
    }


@lru_cache(maxsize=128)  # about 45 KB each: bounded, however many practices there are
def land_outside(codes: frozenset[str]) -> str:
    """Every country but `codes`, as one path."""
    return "".join(shape.d for code, shape in world().items() if code not in codes)


@dataclass(frozen=True)
class MapCountry:
    code: str
    name: str
    url: str
    label: str = ""  # accessible name; the name if empty
    level: int = 1  # 1-3: how strongly it is highlighted (the home map's practice counts)


def zoomed_view_box(shapes: list[Shape]) -> str:
    """The part of the world around `shapes`, in the world map's proportions."""
    boxes = [shape.bounds for shape in shapes]
    left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
    ratio = WORLD_WIDTH / WORLD_HEIGHT
    width = max((right - left) * 1.3, (bottom - top) * 1.3 * ratio, ZOOM_MIN_WIDTH)
    width = min(width, WORLD_WIDTH)
    height = width / ratio
    x = min(max((left + right) / 2 - width / 2, 0), WORLD_WIDTH - width)
    y = min(max((top + bottom) / 2 - height / 2, 0), WORLD_HEIGHT - height)
    return f"{x:.0f} {y:.0f} {width:.0f} {height:.0f}"


def country_map(countries: list[MapCountry], label: str, zoom: bool = False) -> SafeString:
    """An inline SVG world map with `countries` highlighted, each a link; `zoom` shows only
    the part of the world around them."""
    shapes = world()
    shown = [country for country in countries if country.code in shapes]
    view_box = VIEW_BOX
    if zoom and shown:
        view_box = zoomed_view_box([shapes[country.code] for country in shown])
    background = land_outside(frozenset(country.code for country in shown))
    links = format_html_join(
        "",
        '<a href="{}" aria-label="{}" class="map-on map-on-{}"><path d="{}"/>{}</a>',
        (
            (
                country.url,
                country.label or country.name,
                country.level,
                shapes[country.code].d,
                _dot(shapes[country.code]),
            )
            for country in shown
        ),
    )
    return format_html(
        '<svg class="world-map" viewBox="{}" aria-label="{}" role="group">'
        '<path class="map-land" d="{}"/>{}</svg>',
        view_box,
        label,
        mark_safe(background),  # noqa: S308 - our own file, only numbers and letters
        links,
    )


def _dot(shape: Shape) -> SafeString:
    if shape.area >= DOT_BELOW:
        return mark_safe("")
    return format_html('<circle cx="{}" cy="{}" r="{}"/>', shape.cx, shape.cy, DOT_RADIUS)


def level_for(count: int) -> int:
    """1 practice: light; 2-3: medium; 4 or more: strong."""
    return 1 if count <= 1 else 2 if count <= 3 else 3


# ---- building static/maps/world.svg from @svg-maps/world --------------------------------------

NUMBER = r"[-+]?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?"


def simplify(index_js: str, tolerance: float = 1.0, min_area: float = 3.0) -> str:
    """@svg-maps/world's index.js (paths of m/z commands only) -> the SVG this module reads."""
    data = json.loads(index_js.removeprefix("export default ").rstrip().rstrip(";"))
    paths = []
    for location in data["locations"]:
        rings = [ring for ring in _rings(location["path"]) if len(ring) > 2]
        largest = max(rings, key=_area)
        kept = [
            _simplify_ring(ring, tolerance)
            for ring in rings
            if ring is largest or _area(ring) >= min_area
        ]
        cx = sum(x for x, _y in largest) / len(largest)
        cy = sum(y for _x, y in largest) / len(largest)
        d = "".join(_encode(ring) for ring in kept if len(ring) > 2)
        paths.append(
            f'<path id="{escape(location["id"])}" data-c="{cx:.0f} {cy:.0f}" '
            f'data-a="{_area(largest):.1f}" d="{d}"/>'
        )
    credit = (
        "<!-- @svg-maps/world 2.0.0 by Victor Cazanave, CC BY 4.0 "
        "(https://creativecommons.org/licenses/by/4.0/); simplified for Minga "
        "(practices/maps.py) -->"
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{VIEW_BOX}">{credit}\n'
        + "\n".join(paths)
        + "\n</svg>\n"
    )


def _rings(path: str) -> list[list[tuple[float, float]]]:
    tokens = re.findall(rf"[mMzZ]|{NUMBER}", path)
    rings, ring = [], None
    x = y = start_x = start_y = 0.0
    relative, first, i = True, False, 0
    while i < len(tokens):
        token = tokens[i]
        if token in "mM":
            relative, first = token == "m", True
            i += 1
            continue
        if token in "zZ":
            if ring:
                rings.append(ring)
            ring, x, y = None, start_x, start_y
            i += 1
            continue
        dx, dy = float(token), float(tokens[i + 1])
        i += 2
        x, y = (x + dx, y + dy) if relative else (dx, dy)
        if first:
            if ring:
                rings.append(ring)
            start_x, start_y, ring, first = x, y, [(x, y)], False
        else:
            ring.append((x, y))
    if ring:
        rings.append(ring)
    return rings


def _area(ring) -> float:
    return (
        abs(
            sum(ring[i][0] * ring[i - 1][1] - ring[i - 1][0] * ring[i][1] for i in range(len(ring)))
        )
        / 2
    )


def _douglas_peucker(points, tolerance):
    if len(points) < 3:
        return points
    keep, stack = {0, len(points) - 1}, [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        far, far_at = -1.0, -1
        for k in range(a + 1, b):
            px, py = points[k]
            if length:
                distance = abs(dy * px - dx * py + bx * ay - by * ax) / length
            else:
                distance = math.hypot(px - ax, py - ay)
            if distance > far:
                far, far_at = distance, k
        if far > tolerance:
            keep.add(far_at)
            stack += [(a, far_at), (far_at, b)]
    return [points[k] for k in sorted(keep)]


def _simplify_ring(ring, tolerance):
    half = len(ring) // 2  # a closed ring: simplify its two halves
    simplified = _douglas_peucker(ring[: half + 1], tolerance)
    simplified += _douglas_peucker(ring[half:] + [ring[0]], tolerance)[1:-1]
    return simplified if len(simplified) > 2 else ring[:3]


def _encode(ring) -> str:
    points = []
    for x, y in ring:
        point = (round(x), round(y))
        if not points or point != points[-1]:
            points.append(point)
    if len(points) < 3:
        return ""
    (x0, y0), steps = points[0], []
    previous = points[0]
    for point in points[1:]:
        steps.append(f"{point[0] - previous[0]} {point[1] - previous[1]}".replace(" -", "-"))
        previous = point
    return f"M{x0} {y0}l" + " ".join(steps) + "z"
