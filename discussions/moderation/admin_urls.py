from django.urls import path

from . import admin_views

app_name = "moderation_admin"
urlpatterns = [
    path("", admin_views.queue, name="queue"),
    path("bulk-approve/", admin_views.bulk_approve, name="bulk_approve"),
    path("contribution/<int:pk>/", admin_views.contribution_detail, name="contribution"),
    path("contribution/<int:pk>/edit/", admin_views.edit, name="edit"),
    path("contribution/<int:pk>/<slug:action>/", admin_views.act, name="act"),
    path("discussions/", admin_views.discussions, name="discussions"),
    path(
        "discussions/<int:pk>/moderate-everything/",
        admin_views.toggle_moderate_everything,
        name="moderate_everything",
    ),
    path("discussions/<int:pk>/export/", admin_views.export, name="export"),
    path("exports/<str:name>/", admin_views.download, name="download"),
]
