from django.apps import AppConfig


class DiscussionsConfig(AppConfig):
    name = "discussions"

    def ready(self) -> None:
        from . import signals, translations

        signals.connect()
        translations.connect()
