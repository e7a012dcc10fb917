from django.urls import path

from . import views

app_name = "discussion_mail"
urlpatterns = [
    path("", views.mail_settings, name="settings"),
]
