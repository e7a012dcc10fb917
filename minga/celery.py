"""Celery application: tasks run eagerly without CELERY_BROKER_URL, on Redis with it."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minga.settings.dev")

app = Celery("minga")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
