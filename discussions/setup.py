"""The discussion index page, part of every site's page tree (home.setup.setup_site)."""

from django.utils.translation import gettext_noop

from home.setup import section_page, set_navigation

from .models import DiscussionIndexPage

INDEX_SLUG = "discussions"
# Marked for the catalogues; home.setup translates them into each language.
INDEX_TITLE = gettext_noop("E-discussions")
INDEX_INTRO = gettext_noop(
    "Moderated online discussions where think tanks and practitioners of the Global South "
    "answer guiding questions together, in their own languages."
)


def build(home) -> DiscussionIndexPage:
    """The discussion index page under `home`, in every language, in the header."""
    index = section_page(
        home, DiscussionIndexPage, slug=INDEX_SLUG, title=INDEX_TITLE, introduction=INDEX_INTRO
    )
    set_navigation(discussions_page=index)
    return index
