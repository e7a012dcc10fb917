"""Contributions' stored translations are searchable: rows of the contribution's record."""

import re

import pytest
from django.utils import translation

from discussions.models import ContributionTranslation
from discussions.translations import store_translation
from home.times import iso_datetime
from search.models import SearchEntry
from tests.conftest import wait_until
from tests.factories.discussions import (
    ContributionFactory,
    DiscussionIndexPageFactory,
    DiscussionPageFactory,
)
from tests.search.conftest import search

# Indexing runs in a Celery task (a real worker in CI's PostgreSQL run).
pytestmark = pytest.mark.django_db(transaction=True)

PORTUGUESE = (
    "Nas visitas domiciliárias em Nampula, as agentes comunitárias passaram a registar as "
    "grávidas num caderno partilhado com o centro de saúde do distrito."
)
FRENCH = (
    "Lors des visites à domicile à Nampula, les agentes communautaires ont commencé à inscrire "
    "les femmes enceintes dans un cahier partagé avec le centre de santé du district."
)


@pytest.fixture
def contribution(site):
    index = DiscussionIndexPageFactory(parent=site.root_page)
    discussion = DiscussionPageFactory(parent=index, title="Community health", slug="health")
    contribution = ContributionFactory(discussion=discussion, comment=PORTUGUESE, language="pt")
    wait_until(lambda: _rows(contribution).exists())
    return contribution


def _rows(contribution):
    return SearchEntry.objects.filter(translation_key=f"contribution-{contribution.pk}")


def _french_row(contribution):
    return _rows(contribution).filter(language="fr").first()


def test_a_french_query_finds_a_portuguese_contribution_through_its_french_translation(
    contribution,
):
    french = store_translation(contribution, "fr", FRENCH, "LibreTranslate")
    row = wait_until(lambda: _french_row(contribution))
    assert row.object_id == french.pk and "cahier partagé" in row.body
    with translation.override("fr"):
        response = search("inscrire les femmes enceintes dans un cahier partagé")
    hits = [hit for hit in response.hits if hit.entry.translation_key == row.translation_key]
    assert len(hits) == 1, "the contribution is listed once"
    assert hits[0].entry.language == "fr"
    assert hits[0].entry.url == contribution.get_absolute_url()
    with translation.override("pt"):
        response = search("inscrire les femmes enceintes dans un cahier partagé")
    shown = [hit.entry for hit in response.hits if hit.entry.translation_key == row.translation_key]
    assert [entry.language for entry in shown] == ["pt"], "a Portuguese reader sees the original"


def test_an_edited_contribution_is_not_found_through_its_outdated_translation(contribution):
    store_translation(contribution, "fr", FRENCH, "LibreTranslate")
    wait_until(lambda: _french_row(contribution))
    contribution.comment = PORTUGUESE.replace("Nampula", "Quelimane")
    contribution.save()
    assert wait_until(lambda: _french_row(contribution) is None)
    assert wait_until(lambda: _rows(contribution).filter(body__contains="Quelimane").exists())


def test_a_deleted_translation_leaves_the_index(contribution):
    store_translation(contribution, "fr", FRENCH, "LibreTranslate")
    wait_until(lambda: _french_row(contribution))
    ContributionTranslation.objects.filter(contribution=contribution).delete()
    assert wait_until(lambda: _french_row(contribution) is None)
    assert _rows(contribution).filter(language="pt").exists()


def test_a_translated_result_says_so_and_shows_when_the_contribution_was_posted(
    client, contribution
):
    store_translation(contribution, "fr", FRENCH, "LibreTranslate")
    wait_until(lambda: _french_row(contribution))
    query = {"q": "inscrire les femmes enceintes dans un cahier partagé"}
    page = client.get("/fr/search/", query).content.decode()
    assert re.search(r"Traduction automatique \(original\W+Portugais\)", page)
    assert f'datetime="{iso_datetime(contribution.submit_date)}"' in page
    with translation.override("fr"):
        result = client.get("/api/search/", query).json()["results"][0]
    assert (result["translated_from"], result["machine_translated"]) == ("pt", True)
    assert result["date"] == contribution.submit_date.isoformat()
    assert result["years"] is None


def test_a_moderators_translation_is_labelled_translated_not_machine_translated(
    client, contribution
):
    from tests.factories.accounts import UserFactory

    store_translation(contribution, "fr", FRENCH, "", user=UserFactory())
    wait_until(lambda: _french_row(contribution))
    row = _french_row(contribution)
    assert (row.translated_from, row.machine_translated) == ("pt", False)
    page = client.get("/en/search/", {"q": "cahier partagé", "language": "fr"}).content.decode()
    assert "Translated from Portuguese" in page and "Machine-translated" not in page
