"""The catalogue's partner filter (`?partner=<id>`, the link under a partner page's practices)
finds the practices of every language version of that partner."""

import pytest

from home.translations import translate
from practices.models import PracticePartner

pytestmark = pytest.mark.django_db


def test_the_partner_filter_finds_practices_naming_any_version_of_the_partner(client, tree):
    english_partner = tree["partner"]
    PracticePartner.objects.create(
        practice=tree["practice"], partner=english_partner, role="funder"
    )
    french_partner = translate(english_partner, "fr", {"Dakar Lab": "Laboratoire de Dakar"})
    translate(tree["practice"], "fr", {"Seed banks": "Banques de semences"})

    for language, partner, title in (
        ("fr", english_partner, "Banques de semences"),
        ("fr", french_partner, "Banques de semences"),
        ("en", french_partner, "Seed banks"),
        ("en", english_partner, "Seed banks"),
    ):
        response = client.get(f"/{language}/good-practices/", {"partner": partner.pk})
        assert response.status_code == 200
        assert response.context["result_count"] == 1, (language, partner.title)
        assert title in response.content.decode()
