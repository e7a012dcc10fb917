from django.urls import path

from . import views

app_name = "moderation"
urlpatterns = [
    path("flag/<int:pk>/", views.flag_contribution, name="flag"),
]
