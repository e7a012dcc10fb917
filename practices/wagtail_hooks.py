"""Admin: the practice taxonomies as snippets, and the import view for editors."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views, from_contribution_views
from .models import PracticeIndexPage, Theme
from .workflow import set_up_review


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]
    form_fields = ["name", "slug", "description"]


class CatalogueViewSetGroup(SnippetViewSetGroup):
    items = (ThemeViewSet,)
    menu_icon = "list-ul"
    menu_label = _("Catalogue")
    menu_name = "catalogue"


register_snippet(CatalogueViewSetGroup)


@hooks.register("register_admin_urls")
def register_import_url():
    return [
        path("practices/import/", admin_views.import_practices, name="practices_import"),
        path("practices/import/status/", admin_views.import_status, name="practices_import_status"),
        path(
            "practices/import/<str:stored>/cancel/",
            admin_views.cancel_import,
            name="practices_import_cancel",
        ),
        path(
            "practices/from-contribution/<int:pk>/",
            from_contribution_views.from_contribution,
            name="practices_from_contribution",
        ),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("practices.add_goodpracticepage")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import practices"), reverse("practices_import"), icon_name="upload", order=350
    )


@hooks.register("after_create_page")
def set_up_review_of_new_catalogue(request, page):
    if isinstance(page.specific, PracticeIndexPage):
        set_up_review(page)
