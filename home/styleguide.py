"""The style guide editors see in the admin (Help → Style guide), read from the real stylesheet.

static/css/minga.css declares the design tokens once, as custom properties on `:root`, with the
dark palette in a `prefers-color-scheme: dark` block. This module parses those declarations, so
the style guide shows the values the site uses, and checks that every text/background pair the
components use meets WCAG AA contrast in both schemes (tests/home/test_styleguide.py).
"""

import re
from dataclasses import dataclass

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

STYLESHEET = "css/minga.css"
DARK_MARKER = "@media (prefers-color-scheme: dark)"
DECLARATION = re.compile(r"--([\w-]+):\s*([^;]+);(?:[ \t]*/\*\s*(.*?)\s*\*/)?")
HEX = re.compile(r"^#[0-9a-fA-F]{6}$")

# (text, background) pairs the components put together; each must reach 4.5:1 (AA, body text).
TEXT_PAIRS = [
    ("ink", "paper"),
    ("ink", "surface"),
    ("ink", "wash"),
    ("muted", "paper"),
    ("muted", "surface"),
    ("muted", "wash"),
    ("accent", "paper"),
    ("accent", "surface"),
    ("accent", "wash"),
    ("accent", "accent-wash"),
    ("brand", "paper"),
    ("brand", "surface"),
    ("brand", "wash"),
    ("brand-strong", "wash"),
    ("on-brand", "brand"),
    ("on-brand", "brand-strong"),
    ("on-accent", "accent"),
    ("paper", "ink"),
    ("paper", "error"),
    ("ok", "ok-wash"),
    ("warn", "warn-wash"),
    ("error", "error-wash"),
    ("ink", "accent-wash"),
    ("ink", "ok-wash"),
    ("ink", "warn-wash"),
    ("ink", "error-wash"),
    ("ink", "mark"),
    ("footer-ink", "footer-bg"),
    ("footer-link", "footer-bg"),
    ("footer-muted", "footer-bg"),
]
# Borders of form controls need 3:1 against what surrounds them (WCAG 1.4.11).
BORDER_PAIRS = [("line-strong", "paper"), ("line-strong", "surface")]


@dataclass(frozen=True)
class Token:
    name: str
    light: str
    dark: str
    note: str

    @property
    def is_colour(self) -> bool:
        return bool(HEX.match(self.light))


@dataclass(frozen=True)
class Contrast:
    text: str
    background: str
    light: float
    dark: float
    minimum: float

    @property
    def passes(self) -> bool:
        return self.light >= self.minimum and self.dark >= self.minimum


def _declarations(block: str) -> dict[str, tuple[str, str]]:
    return {
        name: (value.strip(), (note or "").strip())
        for name, value, note in DECLARATION.findall(block)
    }


def parse_tokens(css: str) -> list[Token]:
    """The custom properties of the first `:root` block, with their dark-scheme values."""
    root_start = css.index(":root {")
    dark_start = css.index(DARK_MARKER, root_start)
    dark_end = css.index("/* == base == */", dark_start)
    light = _declarations(css[root_start:dark_start])
    dark = _declarations(css[dark_start:dark_end])
    return [
        Token(name, value, dark.get(name, (value, ""))[0], note)
        for name, (value, note) in light.items()
    ]


def relative_luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return round((high + 0.05) / (low + 0.05), 2)


def contrasts(tokens: list[Token]) -> list[Contrast]:
    by_name = {token.name: token for token in tokens}
    pairs = [(pair, 4.5) for pair in TEXT_PAIRS] + [(pair, 3.0) for pair in BORDER_PAIRS]
    return [
        Contrast(
            text,
            background,
            contrast_ratio(by_name[text].light, by_name[background].light),
            contrast_ratio(by_name[text].dark, by_name[background].dark),
            minimum,
        )
        for (text, background), minimum in pairs
    ]


def stylesheet() -> str:
    with open(finders.find(STYLESHEET), encoding="utf-8") as handle:
        return handle.read()


def style_guide(request):
    """Help → Style guide: tokens and every component, styled by the site's own stylesheets."""
    tokens = parse_tokens(stylesheet())
    return render(
        request,
        "home/style_guide.html",
        {
            "colours": [token for token in tokens if token.is_colour],
            "type_steps": [token for token in tokens if token.name.startswith("step")],
            "spaces": [token for token in tokens if token.name.startswith("space")],
            "contrasts": contrasts(tokens),
            "title": _("Style guide"),
        },
    )


def style_guide_tokens_css(request):
    """One class per token (a swatch, a type step, a space), so the page needs no style=."""
    rules = []
    for token in parse_tokens(stylesheet()):
        if token.is_colour:
            rules.append(f".sg-swatch-{token.name} {{ background: var(--{token.name}); }}")
        elif token.name.startswith("step"):
            rules.append(f".sg-step-{token.name} {{ font-size: var(--{token.name}); }}")
        elif token.name.startswith("space"):
            rules.append(f".sg-space-{token.name} {{ inline-size: var(--{token.name}); }}")
    return HttpResponse("\n".join(rules) + "\n", content_type="text/css; charset=utf-8")
