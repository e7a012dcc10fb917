"""Inbound-mail webhooks: unprefixed (providers post without a language), no session."""

from django.urls import path

from . import views

app_name = "inbound_mail"
urlpatterns = [
    path("mailgun/", views.mailgun_webhook, name="mailgun"),
]
