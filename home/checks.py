"""Deployment checks (`manage.py check --deploy`): what a production site with more than one
web process needs shared."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs) -> list[Warning]:
    """The page cache's purges, rate limits and login protection live in the default cache."""
    if settings.CACHES["default"]["BACKEND"] not in PROCESS_LOCAL_CACHES:
        return []
    return [
        Warning(
            "The default cache is local to each process: page cache purges, rate limits and "
            "login protection are not shared between web processes or machines.",
            hint="Set CACHE_URL, e.g. redis://127.0.0.1:6379/1.",
            id="minga.W001",
        )
    ]
