from django.apps import AppConfig


class DiscussionsConfig(AppConfig):
    name = "discussions"

    def ready(self) -> None:
        from . import cache, signals, translations
        from .synthesis import tasks  # noqa: F401 (Celery discovers only discussions.tasks)

        signals.connect()
        translations.connect()
        cache.connect()
