from django.apps import AppConfig


class DiscussionsConfig(AppConfig):
    name = "discussions"

    def ready(self) -> None:
        from . import cache, signals, translations

        signals.connect()
        translations.connect()
        cache.connect()
