"""Search JSON API."""

urlpatterns: list = []
