"""What purges cached pages in general: page publish, unpublish, move, delete; site settings;
view restrictions."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from wagtail import hooks
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import restrictions
from .page_cache import page_tags, purge, tag_pages

# Whatever a page shows can appear in search results; the header links are resolved pages.
ALWAYS = ("search", "navigation")


def page_changed(sender, instance, **kwargs) -> None:
    purge(*page_tags(instance), *ALWAYS)


def page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) and instance.depth and instance.depth > 1:
        purge(*page_tags(instance), *ALWAYS)


def page_moved(sender, instance, parent_page_before=None, parent_page_after=None, **kwargs):
    tags = [f"page:{instance.translation_key}", *ALWAYS]
    for parent in (parent_page_before, parent_page_after):
        if parent is not None:
            tags.append(f"children:{parent.translation_key}")
    purge(*tags)


def setting_saved(sender, instance, **kwargs) -> None:
    purge("site")  # navigation and footer are on every page


def restriction_changed(sender, instance, **kwargs) -> None:
    purge(restrictions.TAG, "site")  # a restriction covers its page's whole branch


def before_serve_page(page, request, serve_args, serve_kwargs):
    tag_pages(page, request)


def connect() -> None:
    page_published.connect(page_changed, dispatch_uid="page-cache-published")
    page_unpublished.connect(page_changed, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(page_moved, dispatch_uid="page-cache-moved")
    post_delete.connect(page_deleted, dispatch_uid="page-cache-deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed, sender=PageViewRestriction, dispatch_uid="page-cache-restriction"
        )
    for model in apps.get_models():
        if issubclass(model, BaseSiteSetting):
            post_save.connect(setting_saved, sender=model, dispatch_uid="page-cache-settings")
    hooks.register("before_serve_page", before_serve_page)
