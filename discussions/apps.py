from django.apps import AppConfig


class DiscussionsConfig(AppConfig):
    name = "discussions"

    def ready(self) -> None:
        from . import cache, signals
        from .synthesis import signals as synthesis_signals  # also registers its Celery tasks

        signals.connect()
        cache.connect()
        synthesis_signals.connect()
