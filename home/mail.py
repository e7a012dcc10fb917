"""Plain-text e-mails: rendered without HTML escaping, so "l'expérience" and "<" arrive as typed."""

from django.template import Context, Engine


def render_text(template_name: str, context: dict) -> str:
    """A .txt template rendered with autoescaping off (HTML parts keep Django's escaping)."""
    template = Engine.get_default().get_template(template_name)
    return template.render(Context(context, autoescape=False))


def render_subject(template_name: str, context: dict) -> str:
    """A subject template on one line, unescaped."""
    return " ".join(render_text(template_name, context).split())
