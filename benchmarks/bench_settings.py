"""Production settings for benchmarks/pages.py: plus a minimal view, static files unhashed."""

import os

from minga.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.bench_urls"
# The benchmark runs without collectstatic; WhiteNoise serves static files either way.
STORAGES = {
    **STORAGES,  # noqa: F405 (media and private files as in production)
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# "uncached" rows: every page built on each request, with the fragment caches (navigation,
# locale roots, related practices, facet counts, participation figures) on, as members get.
if os.environ.get("MINGA_BENCH_BUILD_PAGES"):
    MIDDLEWARE = [m for m in MIDDLEWARE if not m.endswith("PageCacheMiddleware")]  # noqa: F405
