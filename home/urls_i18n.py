"""Keep the visitor's interface language in page URLs while the page tree is untranslated."""

from django.conf import settings
from django.utils import translation
from wagtail.models import Site


def _root_has_translation(site_id: int, language: str) -> bool:
    return any(
        root.site_id == site_id and root.language_code == language
        for root in Site.get_site_root_paths()
    )


def swap_language_prefix(path: str, language: str, add_missing: bool = False) -> str:
    """The same path under another language prefix; a path without one is kept as it is,
    or gets the prefix when `add_missing` is set."""
    codes = {code for code, _name in settings.LANGUAGES}
    parts = path.split("/", 2)
    if len(parts) > 1 and parts[1] in codes:
        rest = parts[2] if len(parts) > 2 else ""
        return f"/{language}/{rest}"
    return f"/{language}{path}" if add_missing else path


class VisitorLanguageUrlMixin:
    """A page without a translated site root is served under the visitor's language prefix.

    Wagtail prefixes a page's URL with its own locale. Until editors translate the tree, that
    would switch a French visitor back to English at every link; Wagtail serves /fr/<path> from
    the default tree in that case, so keeping the active prefix is safe.
    """

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if not parts or parts[2] is None:
            return parts
        site_id, root_url, page_path = parts
        active = translation.get_language()
        codes = {code for code, _name in settings.LANGUAGES}
        if active in codes and not _root_has_translation(site_id, active):
            page_path = swap_language_prefix(page_path, active)
        return site_id, root_url, page_path


def localize_path(path: str) -> str:
    """A stored page path (e.g. a search entry's /en/...) under the visitor's language prefix."""
    active = translation.get_language()
    codes = {code for code, _name in settings.LANGUAGES}
    if not path or active not in codes:
        return path
    roots = Site.get_site_root_paths()
    if any(root.language_code == active for root in roots) and len(roots) > 1:
        return path  # the tree is translated: the stored path names the right locale
    return swap_language_prefix(path, active)
