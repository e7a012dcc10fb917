"""Production settings for benchmarks/pages.py: plus a minimal view, static files unhashed."""

from minga.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.bench_urls"
# The benchmark runs without collectstatic; WhiteNoise serves static files either way.
STORAGES = {
    **STORAGES,  # noqa: F405 (media and private files as in production)
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
