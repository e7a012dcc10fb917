"""The catalogue's index pages, part of every site's page tree (home.setup.setup_site)."""

from django.utils.translation import gettext_noop

from home.setup import section_page, set_navigation

from .models import PartnerIndexPage, PracticeIndexPage
from .workflow import set_up_review

# Marked for the catalogues; home.setup translates them into each language.
PRACTICES_TITLE = gettext_noop("Good practices")
PRACTICES_INTRO = gettext_noop(
    "Solutions that developing countries have tested together, with the partners who made them "
    "work. Filter by region, goal or theme, and contact the partners to adapt one at home."
)
PARTNERS_TITLE = gettext_noop("Partners")
PARTNERS_INTRO = gettext_noop(
    "Think tanks, NGOs, governments and UN entities that share their practices on Minga."
)


def build(home) -> tuple[PracticeIndexPage, PartnerIndexPage]:
    """The practice and partner index pages under `home`, in every language, in the header."""
    practices = section_page(
        home,
        PracticeIndexPage,
        slug="good-practices",
        title=PRACTICES_TITLE,
        introduction=PRACTICES_INTRO,
    )
    partners = section_page(
        home, PartnerIndexPage, slug="partners", title=PARTNERS_TITLE, introduction=PARTNERS_INTRO
    )
    set_navigation(practices_page=practices, partners_page=partners)
    set_up_review(practices)
    return practices, partners
