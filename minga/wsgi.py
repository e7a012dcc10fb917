"""WSGI entry point (gunicorn minga.wsgi).

Like manage.py and minga/celery.py, it defaults to the development settings: a production
machine sets DJANGO_SETTINGS_MODULE=minga.settings.production in its environment.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minga.settings.dev")

application = get_wsgi_application()
