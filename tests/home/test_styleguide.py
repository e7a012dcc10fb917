"""The design tokens keep AA contrast in both schemes, and editors see them in the style guide."""

import pytest
from django.urls import reverse

from home import styleguide

pytestmark = pytest.mark.django_db


def test_every_text_and_border_pair_meets_wcag_aa_in_light_and_dark():
    tokens = styleguide.parse_tokens(styleguide.stylesheet())
    failing = [
        f"--{c.text} on --{c.background}: light {c.light}, dark {c.dark} (< {c.minimum})"
        for c in styleguide.contrasts(tokens)
        if not c.passes
    ]
    assert not failing, "\n".join(failing)


def test_dark_scheme_redefines_the_page_colours():
    tokens = {t.name: t for t in styleguide.parse_tokens(styleguide.stylesheet())}
    for name in ("ink", "paper", "surface", "brand", "accent"):
        assert tokens[name].light != tokens[name].dark, name


def test_contrast_ratio_matches_the_wcag_definition():
    assert styleguide.contrast_ratio("#000000", "#ffffff") == 21.0
    assert styleguide.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_editor_sees_tokens_and_components_in_the_style_guide(client, site, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    response = client.get(reverse("minga_style_guide"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "--brand" in html and "#8a3b12" in html
    for component in ("button-secondary", "card-grid", "badge-open", "tabs", "pagination"):
        assert component in html
    css = client.get(reverse("minga_style_guide_tokens")).content.decode()
    assert ".sg-swatch-brand { background: var(--brand); }" in css


def test_visitors_cannot_open_the_style_guide(client, site):
    response = client.get(reverse("minga_style_guide"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
