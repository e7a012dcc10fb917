"""The search page: results with marked snippets, facet links with counts, help on zero results."""

import pytest

pytestmark = pytest.mark.django_db


def test_search_page_lists_results_with_highlighted_snippets(client, site, corpus):
    response = client.get("/en/search/", {"q": "smallholder farmers"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Home-grown school feeding with family farmers" in html
    assert "<mark>smallholder</mark>" in html
    assert 'href="/en/practices/school-feeding/"' in html


def test_facet_links_carry_counts_and_toggle_the_filter(client, site, corpus):
    html = client.get("/en/search/", {"q": "climate"}).content.decode()
    assert 'href="?q=climate&amp;sdg=13"' in html
    html = client.get("/en/search/", {"q": "climate", "sdg": "13"}).content.decode()
    assert 'aria-current="true" class="active" data-facet="sdg" data-value="13"' in html
    assert "Remove filter" in html or "remove filter" in html


def test_contribution_result_names_its_discussion_and_question(client, site, corpus):
    html = client.get("/en/search/", {"q": "accueillir un participant"}).content.decode()
    assert "What makes professional exchanges work?" in html
    assert "2. How do host organisations prepare?" in html


def test_zero_results_suggest_removing_the_filter_and_show_nearest_matches(client, site, corpus):
    html = client.get("/en/search/", {"q": "mangrove", "sdg": "3"}).content.decode()
    assert "Nothing matches your search." in html
    assert "Remove SDG: 3. Good health and well-being (1 result)" in html
    assert "Nearest matches by meaning" in html


def test_bad_input_on_the_page_is_ignored_not_an_error(client, site, corpus):
    response = client.get("/en/search/", {"q": "x" * 10_000, "sdg": "99", "page": "-3"})
    assert response.status_code == 200


def test_results_are_paginated_and_pages_do_not_overlap(corpus):
    from search import engines
    from search.query import SearchParams

    first = engines.search(SearchParams(page=1, page_size=5))
    second = engines.search(SearchParams(page=2, page_size=5))
    assert first.total == 13 and first.pages == 3
    assert len(first.hits) == 5 and len(second.hits) == 5
    assert not {h.entry.pk for h in first.hits} & {h.entry.pk for h in second.hits}


def test_a_snippet_marks_the_query_s_words_not_its_function_words():
    from search.query import highlight

    snippet = highlight("It has developed tools in the Bekaa valley, la Paz.", "valle de la bekaa")
    assert str(snippet) == (
        "It has developed tools in the <mark>Bekaa</mark> <mark>valley</mark>, la Paz."
    )
    # A query of function words only still marks them, as whole words.
    assert str(highlight("De la terre, des délais", "de la")) == (
        "<mark>De</mark> <mark>la</mark> terre, des délais"
    )
