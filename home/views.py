"""Health check and friendly error pages (never a traceback to a visitor)."""

from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render

from .outage import current_exception_is_outage, service_unavailable


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def _error(request, template: str, status: int):
    return render(request, template, status=status)


def bad_request(request, exception=None):
    return _error(request, "errors/400.html", 400)


def permission_denied(request, exception=None):
    return _error(request, "errors/403.html", 403)


def page_not_found(request, exception=None):
    return _error(request, "errors/404.html", 404)


def server_error(request):
    # A database error outside a view (a session saved after it) is an outage too.
    if current_exception_is_outage():
        return service_unavailable()
    return render(request, "errors/500.html", status=500)
