"""Stylesheets mirror under dir="rtl": they use logical properties, never left or right."""

import re
from pathlib import Path

import pytest
from django.conf import settings

STYLESHEETS = sorted((Path(settings.BASE_DIR) / "static" / "css").glob("*.css"))
PHYSICAL = re.compile(
    r"(?:margin|padding|border)-(?:left|right)\b"
    r"|(?<![-\w])(?:left|right)\s*:"
    r"|(?:text-align|float|clear)\s*:\s*(?:left|right)\b"
)


@pytest.mark.parametrize("stylesheet", STYLESHEETS, ids=lambda path: path.name)
def test_stylesheet_uses_logical_properties_only(stylesheet):
    lines = stylesheet.read_text(encoding="utf-8").splitlines()
    physical = [
        f"{stylesheet.name}:{number}: {line.strip()}"
        for number, line in enumerate(lines, start=1)
        if PHYSICAL.search(line)
    ]
    assert physical == [], "use margin-inline-start, inset-inline-end, text-align: start..."
