"""Plain-text e-mails: rendered without HTML escaping, so "l'expérience" and "<" arrive as typed."""

import re

from django.template import Context, Engine

# Runs of ASCII whitespace and of every line break become one space; typographic spaces such as
# the narrow no-break space French puts before ":" stay.
_LINE_SPACES = re.compile(r"[ \t\r\n\f\v\x1c-\x1f\x85\u2028\u2029]+")


def render_text(template_name: str, context: dict) -> str:
    """A .txt template rendered with autoescaping off (HTML parts keep Django's escaping)."""
    template = Engine.get_default().get_template(template_name)
    return template.render(Context(context, autoescape=False))


def render_subject(template_name: str, context: dict) -> str:
    """A subject template on one line, unescaped."""
    return _LINE_SPACES.sub(" ", render_text(template_name, context)).strip()
