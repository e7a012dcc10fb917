"""Every response carries a strict Content-Security-Policy and a Permissions-Policy."""

import re
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

TEMPLATES = Path(settings.BASE_DIR) / "templates"
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>")
INLINE_STYLE = re.compile(r"<style\b|\sstyle=|\son[a-z]+=", re.IGNORECASE)


def directives(header: str) -> dict[str, str]:
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


def test_public_pages_forbid_inline_script_and_style(client, site):
    response = client.get("/en/")

    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert "unsafe" not in response["Content-Security-Policy"]


def test_public_pages_disallow_powerful_browser_features(client, site):
    response = client.get("/en/")

    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert "microphone=()" in response["Permissions-Policy"]


def test_error_pages_and_the_api_carry_the_headers_too(client, site):
    missing = client.get("/en/no-such-page/")
    api = client.get("/api/search/", {"q": "water"})

    assert missing.status_code == 404
    assert "default-src 'self'" in missing["Content-Security-Policy"]
    assert "default-src 'self'" in api["Content-Security-Policy"]


def test_the_admin_has_its_own_policy_allowing_wagtails_inline_scripts(client, site):
    response = client.get("/admin/login/")

    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == "'self' 'unsafe-inline'"
    assert policy["frame-ancestors"] == "'self'"
    assert policy["object-src"] == "'none'"


def test_report_only_when_configured(client, site, settings):
    settings.MINGA_CSP_REPORT_ONLY = True

    response = client.get("/en/")

    assert "Content-Security-Policy-Report-Only" in response
    assert "Content-Security-Policy" not in response


def test_no_template_has_inline_script_style_or_event_handlers():
    offenders = [
        f"{path.relative_to(TEMPLATES)}: {match.group(0)}"
        for path in TEMPLATES.rglob("*.html")
        for pattern in (INLINE_SCRIPT, INLINE_STYLE)
        for match in pattern.finditer(path.read_text())
    ]

    assert offenders == []


def test_rendered_home_page_has_no_inline_script(client, site):
    html = client.get("/en/").text

    assert INLINE_SCRIPT.findall(html) == []
    assert INLINE_STYLE.findall(html) == []


def test_language_cookie_is_http_only_and_same_site(client, site, settings):
    settings.LANGUAGE_COOKIE_SECURE = True  # as production.py sets it

    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/fr/"})

    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "fr"
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert cookie["secure"] is True


def test_production_settings_make_the_language_cookie_https_only():
    source = (Path(settings.BASE_DIR) / "minga/settings/production.py").read_text()

    assert "LANGUAGE_COOKIE_SECURE = True" in source
