"""A database outage (finding 4) answers a friendly, translated 503 with Retry-After."""

import pytest
from django.db import connection
from django.test import Client
from django.utils import translation


@pytest.mark.urls("tests.robustness.outage_urls")
def test_a_view_that_loses_its_database_answers_503_with_retry_after(client):
    response = client.get("/lost-connection/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Back in a moment" in response.content.decode()


@pytest.mark.urls("tests.robustness.outage_urls")
def test_the_503_page_is_in_the_visitors_language(client):
    with translation.override("fr"):
        response = client.get("/lost-connection/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 503
    assert 'lang="fr"' in response.content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs a server to lose")
@pytest.mark.django_db(transaction=True)
def test_pages_answer_503_while_postgresql_is_unreachable(site):
    """A real lost server: the connection points at a port where nothing listens."""
    saved = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT="9")
    try:
        response = Client(raise_request_exception=False).get("/en/")
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
