"""The demo site served as in production, for scripts that look at pages (screenshots, audits).

`demo_site(directory)` builds the demo content (`migrate` + `load_demo`) into a SQLite file in
`directory` once (kept, and reused by the next run that passes the same directory), then
serves it with gunicorn and production settings, the page cache on, on a free local port.
"""

import os
import re
import secrets
import subprocess
import sys
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from benchmarks.pages import Server

ROOT = Path(__file__).resolve().parent.parent


def build(directory: Path) -> str:
    """The database URL of the demo site in `directory` (built if it is not there yet)."""
    directory.mkdir(parents=True, exist_ok=True)
    database = directory / "demo.sqlite3"
    url = f"sqlite:///{database}"
    if database.exists():
        return url
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "minga.settings.dev",
        "DATABASE_URL": url,
        "MEDIA_ROOT": str(directory / "media"),
    }
    env.pop("CELERY_BROKER_URL", None)
    env.pop("ELASTICSEARCH_URL", None)
    partial = directory / "demo.sqlite3.partial"
    env["DATABASE_URL"] = f"sqlite:///{partial}"
    partial.unlink(missing_ok=True)
    for command in (["migrate", "--noinput"], ["load_demo"]):
        print(f"manage.py {' '.join(command)} …", file=sys.stderr)
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True)
    partial.rename(database)
    return url


@contextmanager
def demo_site(directory: Path):
    """Yield the base URL of the served demo site."""
    os.environ["MEDIA_ROOT"] = str(directory / "media")
    database_url = build(directory)
    # WhiteNoise serves what collectstatic gathered (as `make serve` does).
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SECRET_KEY": secrets.token_urlsafe(60),
        "COMMENTS_XTD_SALT": secrets.token_urlsafe(32),
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "benchmarks.bench_settings"},
        check=True,
    )
    server = Server(database_url, "locmemcache://demo", page_cache=True)
    try:
        yield server.base
    finally:
        server.stop()


def page_addresses(base: str) -> dict[str, str]:
    """One address per page type (English), found by following the demo site's own links."""

    def links(path: str, pattern: str) -> list[str]:
        html = urllib.request.urlopen(base + path, timeout=60).read().decode()
        return re.findall(pattern, html)

    discussions = links("/en/discussions/", r'href="(/en/discussions/[\w-]+/)"')
    practices = links("/en/good-practices/", r'href="(/en/good-practices/[\w-]+/)"')
    partners = links("/en/partners/", r'href="(/en/partners/[\w-]+/)"')
    return {
        "home": "/en/",
        "discussion-index": "/en/discussions/",
        "discussion": discussions[0],
        "closed-discussion": discussions[-1],
        "practice-index": "/en/good-practices/",
        "practice": practices[0],
        "partner-index": "/en/partners/",
        "partner": partners[0],
        "search": "/en/search/?q=seed+banks",
        "login": "/en/accounts/login/",
        "signup": "/en/accounts/signup/",
    }
