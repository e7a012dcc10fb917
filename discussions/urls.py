from django.urls import path

from . import people_views, translation_views, views

app_name = "discussions"
urlpatterns = [
    path("<int:pk>/", views.permalink, name="permalink"),
    path("<int:pk>/edit/", views.edit_contribution, name="edit"),
    path("<int:pk>/reply/", views.reply, name="reply"),
    path("<int:pk>/delete/", views.delete_contribution, name="delete"),
    path("post/<int:discussion_pk>/", views.post_contribution, name="post"),
    path("follow/<int:discussion_pk>/", views.follow, name="follow"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("contact/<int:discussion_pk>/", people_views.contact, name="contact_moderators"),
    path(
        "<int:pk>/translate/",
        translation_views.ask_for_translation,
        name="request_translation",
    ),
    path(
        "<int:pk>/translation/<str:language>/",
        translation_views.correct_translation,
        name="correct_translation",
    ),
]
