"""The site's URLs plus the minimal view pages are compared with (5 bytes, every middleware),
and uploaded media (production leaves them to the web server or object storage), so the
screenshots and Lighthouse see the demo's images."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import path, re_path
from django.views.static import serve

from minga.urls import *  # noqa: F403 - the error handlers too
from minga.urls import urlpatterns as site_urlpatterns


def minimal(request):
    return HttpResponse("hello")


urlpatterns = [
    path("bench-minimal/", minimal),
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
