from django.urls import path

from . import admin_views

app_name = "synthesis_admin"
urlpatterns = [
    path("<int:discussion_pk>/", admin_views.synthesis, name="synthesis"),
    path("<int:discussion_pk>/compute/", admin_views.compute, name="compute"),
    path("<int:discussion_pk>/progress/", admin_views.progress, name="progress"),
    path("<int:discussion_pk>/publish/", admin_views.publish, name="publish"),
    path("<int:discussion_pk>/merge/", admin_views.merge, name="merge"),
    path("<int:discussion_pk>/add/", admin_views.add, name="add"),
    path("point/<int:pk>/<slug:action>/", admin_views.point_action, name="point"),
]
