"""Search JSON API: /api/search/ and /api/search/suggest/."""

from django.urls import path

from . import views

urlpatterns = [
    path("search/", views.api_search, name="search-api"),
    path("search/suggest/", views.api_suggest, name="search-suggest"),
]
