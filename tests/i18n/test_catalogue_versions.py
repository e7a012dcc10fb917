"""The practice index takes each record once without a per-row choice (practices/catalogue.py):
the same rows as `one_per_record`, and a translation published afterwards is picked up at once
although the records with several versions are kept in the cache."""

import pytest
from django.utils import translation

from home.i18n import children_of_every_version, one_per_record
from home.translations import translate
from practices.catalogue import one_version_each
from practices.models import GoodPracticePage
from tests.factories.practices import GoodPracticePageFactory

pytestmark = pytest.mark.django_db


def _rows(tree, language):
    pages = children_of_every_version(GoodPracticePage, tree["practices"]).public()
    with translation.override(language):
        return (
            sorted(one_version_each(pages).values_list("pk", flat=True)),
            sorted(one_per_record(pages).values_list("pk", flat=True)),
        )


def test_a_translation_published_after_the_index_was_read_is_listed_once(
    client, tree, page_cache_on
):
    GoodPracticePageFactory(parent=tree["practices"], title="Mobile clinics", slug="clinics")
    french = client.get("/fr/good-practices/")
    assert french.context["result_count"] == 2
    assert "Seed banks" in french.content.decode()
    translate(tree["practice"], "fr", {"Seed banks": "Banques de semences"})
    for language in ("fr", "en", "ar"):
        mine, reference = _rows(tree, language)
        assert mine == reference and len(mine) == 2
    french = client.get("/fr/good-practices/").content.decode()
    assert "Banques de semences" in french and "Seed banks" not in french
    assert "Mobile clinics" in french
    english = client.get("/en/good-practices/")
    assert english.context["result_count"] == 2
    assert "Seed banks" in english.content.decode()
    assert "Banques de semences" not in english.content.decode()
