"""An Atom feed of a discussion's published contributions (<discussion url>feed/)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from home.text import clean_text
from home.urls import absolute_page_url, absolute_url

from .models.contributions import Contribution

FEED_SIZE = 50


class ContributionFeed(Feed):
    """Every text goes through clean_text: XML 1.0 refuses control characters such as the form
    feed of a paste from a PDF, and one stored before forms cleaned text must not break the feed."""

    feed_type = Atom1Feed

    def get_object(self, request, discussion=None):
        # Links start with WAGTAILADMIN_BASE_URL (home/urls.py), not the request's host.
        self.request = request
        return discussion

    def feed_url(self, discussion):
        return absolute_url(self.request.get_full_path())

    def title(self, discussion):
        return clean_text(_("Contributions to “%(title)s”") % {"title": discussion.title})

    def link(self, discussion):
        return absolute_page_url(discussion, self.request)

    def subtitle(self, discussion):
        return clean_text(discussion.introduction)

    def items(self, discussion):
        return (
            Contribution.objects.filter(discussion=discussion)
            .published()
            .select_related("user__profile", "discussion")
            .order_by("-submit_date")[:FEED_SIZE]
        )

    def item_title(self, item):
        title = _("%(author)s in “%(title)s”") % {
            "author": self.item_author_name(item),
            "title": item.discussion.title,
        }
        return clean_text(title)

    def item_description(self, item):
        return clean_text(item.body_html)

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    def item_pubdate(self, item):
        return item.submit_date

    def item_updateddate(self, item):
        return item.edited_at or item.submit_date

    def item_author_name(self, item):
        return clean_text(item.user.profile.display_name if item.user else item.user_name)
