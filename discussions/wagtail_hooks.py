"""Admin: a dashboard panel with the discussions that are open now and their activity."""

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .models import DiscussionPage
from .synthesis import wagtail_hooks as synthesis_hooks  # noqa: F401 (registers the synthesis admin)


class OpenDiscussionsPanel(Component):
    name = "open_discussions"
    order = 150
    template_name = "discussions/admin/open_discussions_panel.html"

    def get_context_data(self, parent_context=None):
        discussions = (
            DiscussionPage.objects.live().open().with_participation().order_by("closes_at")
        )
        return {"discussions": discussions}


@hooks.register("construct_homepage_panels")
def add_open_discussions_panel(request, panels) -> None:
    panels.append(OpenDiscussionsPanel())
