from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from practices import similarity

        from . import related, signals

        signals.connect()
        similarity.register(related.similar_practice_keys)
