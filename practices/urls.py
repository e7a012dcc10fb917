from django.urls import path

from . import from_contribution_views, views

app_name = "practices"
urlpatterns = [
    path("", views.submit, name="submit"),
    path("thanks/", views.submitted, name="submitted"),
    path(
        "from-contribution/<int:pk>/",
        from_contribution_views.propose,
        name="from_contribution",
    ),
]
