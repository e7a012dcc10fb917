"""Listing helpers for the discussion index."""


def discussions_for_index(index_page):
    from .models import DiscussionPage

    return DiscussionPage.objects.live().child_of(index_page).order_by("-opens_at")
