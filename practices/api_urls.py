"""Public read-only APIs of the catalogue (Wagtail API v2)."""

urlpatterns: list = []
