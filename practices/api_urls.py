"""Public read-only APIs of the catalogue (Wagtail API v2), mounted at /api/v2/."""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter

from .api import (
    PartnersAPIViewSet,
    PracticesAPIViewSet,
    ValidatedImagesAPIViewSet,
    ValidatedPagesAPIViewSet,
)

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ValidatedPagesAPIViewSet)
api_router.register_endpoint("images", ValidatedImagesAPIViewSet)
api_router.register_endpoint("practices", PracticesAPIViewSet)
api_router.register_endpoint("partners", PartnersAPIViewSet)

urlpatterns = [path("v2/", api_router.urls)]
