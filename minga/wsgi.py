"""WSGI entry point (gunicorn minga.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minga.settings.production")

application = get_wsgi_application()
