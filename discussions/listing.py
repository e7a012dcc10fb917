"""The discussion index: open first, then upcoming, then closed, with participation counts."""

from home.i18n import children_of_every_version, one_per_record

from .models import DiscussionPage


def discussions_for_index(index_page):
    discussions = one_per_record(children_of_every_version(DiscussionPage, index_page))
    return discussions.with_participation().in_status_order()
