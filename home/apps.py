from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"

    def ready(self) -> None:
        from . import cache, checks, seo  # noqa: F401 (checks registers itself)
        from .urls import sync_default_site

        cache.connect()
        seo.connect()
        # Each deployment's migrate sets the Site record from WAGTAILADMIN_BASE_URL.
        post_migrate.connect(sync_default_site, sender=self, dispatch_uid="minga-sync-site")
