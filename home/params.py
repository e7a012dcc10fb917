"""What every API refuses in a query string, with a message (one rule for all the APIs).

PostgreSQL refuses NUL in text and integers beyond 64 bits, and SQLite's full-text search
chokes on NUL: such parameters answer 400 instead of reaching the database.
"""

import re

from django.utils.translation import gettext as _

MAX_INTEGER = 2**63 - 1
MAX_OFFSET = 1_000_000_000
MAX_VALUE_LENGTH = 2000
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
INTEGER = re.compile(r"[+-]?\d+")


def parameter_problem(params) -> str:
    """Why this query string is refused ("" when every parameter is acceptable)."""
    for key, values in params.lists():
        name = CONTROL.sub("?", key[:40])
        for text in (key, *values):
            if CONTROL.search(text):
                return _("%(name)s: control characters (such as NUL) are not allowed.") % {
                    "name": name
                }
            if len(text) > MAX_VALUE_LENGTH:
                return _("%(name)s is too long (at most %(max)d characters).") % {
                    "name": name,
                    "max": MAX_VALUE_LENGTH,
                }
        for value in values:
            if INTEGER.fullmatch(value.strip()) and abs(int(value)) > MAX_INTEGER:
                return _("%(name)s is out of range.") % {"name": name}
    offset = params.get("offset", "").strip()
    if offset.isdigit() and int(offset) > MAX_OFFSET:
        return _("offset must be at most %d.") % MAX_OFFSET
    return ""
