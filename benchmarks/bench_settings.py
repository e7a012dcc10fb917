"""Production settings for benchmarks/pages.py: plus a minimal view, static files unhashed."""

from minga.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.bench_urls"
# The benchmark runs without collectstatic; WhiteNoise serves static files either way.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
