"""Query strings are built in one place (home.urls.query_string) for every Python caller."""

from django.http import QueryDict

from home.urls import query_string


def test_changes_apply_in_place_and_none_or_empty_drops_a_key():
    current = QueryDict("language=fr&page=3&sort=newest")
    assert query_string(current, page=None, sort="oldest") == "?language=fr&sort=oldest"
    assert current.urlencode() == "language=fr&page=3&sort=newest"  # the request's is untouched
    assert query_string({"question": 4, "country": ""}, page=2) == "?question=4&page=2"


def test_a_list_sets_every_value_and_an_empty_query_is_a_lone_question_mark():
    assert query_string(QueryDict("sdg=1&sdg=2"), sdg=["2"]) == "?sdg=2"
    assert query_string(QueryDict("sdg=1"), sdg=[]) == "?"
    assert query_string() == "?"


def test_values_are_encoded():
    assert query_string(next="/fr/a b/?x=1&y=é") == "?next=%2Ffr%2Fa+b%2F%3Fx%3D1%26y%3D%C3%A9"
