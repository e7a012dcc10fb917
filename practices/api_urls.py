"""Public read-only APIs of the catalogue (Wagtail API v2), mounted at /api/v2/."""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from .api import PartnersAPIViewSet, PracticesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("practices", PracticesAPIViewSet)
api_router.register_endpoint("partners", PartnersAPIViewSet)

urlpatterns = [path("v2/", api_router.urls)]
