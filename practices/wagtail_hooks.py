"""Admin: the practice taxonomies as snippets, and the import view for editors."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Theme


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
