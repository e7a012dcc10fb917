"""{% similar_items %}: practices near a practice, partners near a partner, by embedding."""

from types import SimpleNamespace

import pytest
from django.template import Context, Template

pytestmark = pytest.mark.django_db


def _page_for(entry):
    return SimpleNamespace(pk=entry.object_id, content_type_id=entry.content_type_id)


def render(source: str, **context) -> str:
    return Template("{% load search_tags %}" + source).render(Context(context))


def test_similar_practices_are_other_practices_closest_in_meaning(corpus):
    page = _page_for(corpus["water-harvesting"])
    html = render(
        "{% similar_items page as items %}{% for i in items %}[{{ i.title }}]{% endfor %}",
        page=page,
    )
    titles = html.strip("[]").split("][")
    assert len(titles) == 4
    assert "Cosecha de agua de lluvia en comunidades andinas" not in titles
    assert "Community mangrove restoration" in titles  # both: climate adaptation


def test_partners_working_on_similar_topics_are_partners(corpus):
    page = _page_for(corpus["fiocruz"])
    html = render(
        '{% similar_items page "partner" 2 as items %}{% for i in items %}[{{ i.kind }}]{% endfor %}',
        page=page,
    )
    assert html == "[partner][partner]"


def test_a_page_not_in_the_index_has_no_similar_items(corpus):
    html = render(
        "{% similar_items page as items %}{{ items|length }}",
        page=SimpleNamespace(pk=999, content_type_id=1),
    )
    assert html == "0"
