"""The site's URLs plus the minimal view pages are compared with (5 bytes, every middleware)."""

from django.http import HttpResponse
from django.urls import path

from minga.urls import *  # noqa: F403 - the error handlers too
from minga.urls import urlpatterns as site_urlpatterns


def minimal(request):
    return HttpResponse("hello")


urlpatterns = [path("bench-minimal/", minimal), *site_urlpatterns]
