"""The project's URLs plus one view whose database connection fails, as during a restart."""

from django.db import OperationalError
from django.urls import path

from minga.urls import urlpatterns as project_urlpatterns


def lost_connection(request):
    raise OperationalError("server closed the connection unexpectedly")


urlpatterns = [path("lost-connection/", lost_connection), *project_urlpatterns]
