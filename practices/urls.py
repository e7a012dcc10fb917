from django.urls import path

from . import views

app_name = "practices"
urlpatterns = [
    path("", views.submit, name="submit"),
    path("thanks/", views.submitted, name="submitted"),
]
