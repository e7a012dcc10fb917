"""Every page type is valid HTML, as the Nu Html Checker (vnu) reads what Minga serves.

Runs where Java and the `vnu-jar` npm package (`npm ci`, which `make install` runs) exist.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from wagtail.models import Locale

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = shutil.which("java")

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not (JAVA and VNU.exists()), reason="needs java and npm's vnu-jar"),
]


def page_addresses() -> dict[str, str]:
    from discussions.models import DiscussionIndexPage, DiscussionPage
    from home.models import HomePage, StandardPage
    from practices.models import (
        GoodPracticePage,
        PartnerIndexPage,
        PartnerPage,
        PracticeIndexPage,
    )

    english = Locale.objects.get(language_code="en")

    def first(model, **filters):
        return model.objects.live().filter(locale=english, **filters).first().url

    discussions = DiscussionPage.objects.live().filter(locale=english)
    open_discussion = next(page for page in discussions if page.status == "open")
    closed_discussion = next(page for page in discussions if page.status == "closed")
    return {
        "home": first(HomePage),
        "home in Arabic": "/ar/",
        "standard page": first(StandardPage),
        "discussion index": first(DiscussionIndexPage),
        "open discussion": open_discussion.url,
        "closed discussion": closed_discussion.url,
        "discussion in Arabic": open_discussion.url.replace("/en/", "/ar/", 1),
        "practice index": first(PracticeIndexPage),
        "filtered practice index": first(PracticeIndexPage) + "?region=africa&sdg=2",
        "practice": first(GoodPracticePage),
        "partner index": first(PartnerIndexPage),
        "partner": first(PartnerPage),
        "search": "/en/search/?q=seed+banks",
        "search in Arabic": "/ar/search/?q=%D8%A8%D8%B0%D9%88%D8%B1",
        "log in": "/en/accounts/login/",
        "sign up": "/en/accounts/signup/",
        "not found": "/en/no-such-page/",
    }


def test_every_page_type_is_valid_html(client, demo_site, tmp_path):
    files = {}
    for name, address in page_addresses().items():
        response = client.get(address)
        assert response.status_code in (200, 404), f"{name}: {address} {response.status_code}"
        path = tmp_path / f"{name.replace(' ', '-')}.html"
        path.write_bytes(response.content)
        files[str(path)] = f"{name} ({address})"
    result = subprocess.run(
        [JAVA, "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: "
        f"line {m.get('lastLine')}: {m['message']}"
        for m in messages
    ]
    assert errors == [], "\n".join(errors)
