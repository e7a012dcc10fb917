"""A database outage (a PostgreSQL restart, a failover) answers a friendly 503, not a 500.

The page is rendered without the request's context processors, which read the database.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger("minga.outage")

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def service_unavailable() -> HttpResponse:
    html = render_to_string("errors/503.html", {"retry_after": RETRY_AFTER_SECONDS})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def current_exception_is_outage() -> bool:
    """True inside an exception handler whose exception is a database outage."""
    return isinstance(sys.exc_info()[1], DATABASE_ERRORS)


class DatabaseOutageMiddleware:
    """Turn a view's or a template's database connection error into the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_ERRORS):
            return None
        logger.warning("Database unavailable for %s: %s", request.path, exception)
        return service_unavailable()
