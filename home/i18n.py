"""Pages in every language: one rule for which version of a page a visitor sees.

A page's versions are its live, non-alias translations (wagtail-localize). A visitor reading
language L sees the version in L if there is one, else the source: the oldest version, the one
the others were translated from (usually, not always, in the default language). The same rule picks the page served at a URL, the record a
listing shows (each record once) and the target of the language switcher, so they agree.
Untranslated pages answer under every language prefix: routing falls back to the page's other
translations, and a page's URL keeps the visitor's prefix.
"""

from functools import lru_cache, reduce
from operator import or_

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Case, F, IntegerField, OuterRef, QuerySet, Subquery, Value, When
from django.db.models.functions import Substr
from django.http import Http404
from django.utils import translation
from wagtail.models import Locale, Page, Site
from wagtail.url_routing import RouteResult

from home.page_cache import cached_by_tags
from home.restrictions import ViewRestrictionsMixin
from home.urls import with_base_url


def language_codes() -> set[str]:
    return {code for code, _name in settings.LANGUAGES}


def autonym(code: str) -> str:
    """A site language's name in that language ("Français"), as settings.LANGUAGES spells it;
    home.countries.language_name names a language in the visitor's language instead."""
    return dict(settings.LANGUAGES).get(code, code)


def path_language(path: str) -> str | None:
    """The language prefix of a path (/fr/...), or None."""
    parts = path.split("/", 2)
    return parts[1] if len(parts) > 1 and parts[1] in language_codes() else None


def swap_language_prefix(path: str, language: str, add_missing: bool = False) -> str:
    """The same path under another language prefix; a path without one is kept as it is,
    or gets the prefix when `add_missing` is set."""
    if path_language(path):
        rest = path.split("/", 2)[2] if path.count("/") > 1 else ""
        return f"/{language}/{rest}"
    return f"/{language}{path}" if add_missing else path


def localize_path(path: str) -> str:
    """A stored page path (e.g. a search entry's /en/...) under the visitor's language prefix;
    routing then serves the visitor's version of the page."""
    active = translation.get_language()
    if not path or active not in language_codes():
        return path
    return swap_language_prefix(path, active)


def is_multilingual() -> bool:
    """Whether pages exist in more than one locale: a page in a locale always sits under a
    translation (or alias) of the site's root, and Wagtail caches the roots."""
    return len({root.language_code for root in Site.get_site_root_paths()}) > 1


def _preference(language: str) -> Case:
    """0 for the visitor's language, else 1; ties go to the oldest page (the source)."""
    return Case(
        When(locale__language_code=language, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )


def versions(page: Page) -> QuerySet:
    """The live translations of a page (itself included) that are not aliases."""
    return page.get_translations(inclusive=True).live().filter(alias_of__isnull=True)


def visitor_version(page: Page, language: str | None = None) -> Page:
    """The version of `page` a visitor reading `language` sees (see the module docstring)."""
    language = language or translation.get_language()
    if _is_shown_as_is(page, language):
        return page
    found = list(versions(page).select_related("locale").order_by("pk"))
    if not found:
        return page
    by_language = {each.locale.language_code: each for each in found}
    best = by_language.get(language, found[0])  # else the source, the oldest
    best = page if best.pk == page.pk else served_specific(best)
    best.__dict__["_versions_by_language"] = by_language  # spares versions_by_language a query
    return best


# Rows a served page draws on every request, joined to the page's own query when its type has them
# (the hero image: the header's <picture> and the meta tags' og:image).
SERVED_WITH = ("hero_image",)


def served_specific(page: Page) -> Page:
    """`page.specific` for serving: one query, with the SERVED_WITH rows of its type joined
    (the hero image would otherwise cost a query of its own, after routing)."""
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page.specific
    related = [name for name in SERVED_WITH if _is_relation(model, name)]
    if not related:
        return page.specific
    specific = model._default_manager.select_related(*related).get(pk=page.pk)
    for name, value in page.__dict__.items():  # as Page.specific: keep what is already known
        specific.__dict__.setdefault(name, value)
    page.__dict__["specific"] = specific
    return specific


def _is_relation(model, name: str) -> bool:
    try:
        return model._meta.get_field(name).many_to_one
    except FieldDoesNotExist:
        return False


def visitor_versions(pages: list[Page], language: str | None = None) -> dict[int, Page]:
    """{pk: the version a visitor reading `language` sees} for pages of one type, in one
    query at most (`visitor_version` for each page linked from a list, such as a member's
    partner); none when each page is already the live original in `language`."""
    language = language or translation.get_language()
    pages = list({page.pk: page for page in pages if page is not None}.values())
    if not pages or not is_multilingual():
        return {page.pk: page for page in pages}
    shown = {page.pk: page for page in pages if _is_shown_as_is(page, language)}
    pages = [page for page in pages if page.pk not in shown]
    if not pages:  # each is the version of its language already (as in visitor_version)
        return shown
    keys = {page.translation_key for page in pages}
    found = (
        type(pages[0])
        .objects.live()
        .filter(alias_of__isnull=True, translation_key__in=keys)
        .select_related("locale")
        .order_by("pk")
    )
    best: dict = {}
    for each in found:  # the visitor's language, else the source (the oldest)
        if each.translation_key not in best or each.locale.language_code == language:
            best[each.translation_key] = each
    return shown | {page.pk: best.get(page.translation_key, page) for page in pages}


def _is_shown_as_is(page: Page, language: str) -> bool:
    """A live original in `language` is the version a visitor reading `language` sees."""
    return page.live and page.alias_of_id is None and page_language(page) == language


def one_per_record(pages: QuerySet, language: str | None = None) -> QuerySet:
    """`pages` with each record (translation group) once, in the version a visitor reading
    `language` sees. Pass every candidate (all translations of the parent's children)."""
    language = language or translation.get_language()
    originals = pages.filter(alias_of__isnull=True).order_by()
    if not is_multilingual():
        return pages.filter(alias_of__isnull=True)  # one locale: each record is there once
    best = (
        originals.filter(translation_key=OuterRef("translation_key"))
        .annotate(preference=_preference(language))
        .order_by("preference", "pk")
        .values("pk")[:1]
    )
    chosen = originals.annotate(best_pk=Subquery(best)).filter(pk=F("best_pk")).values("pk")
    return pages.filter(pk__in=chosen)


def children_of_every_version(model, parent: Page) -> QuerySet:
    """Live `model` pages under `parent` or under any of its translations (aliases included:
    wagtail-localize files a translated child under an alias of its untranslated parent)."""
    if not is_multilingual():
        return model.objects.live().child_of(parent)
    parents = list(parent.get_translations(inclusive=True))
    condition = reduce(or_, (model.objects.child_of_q(each) for each in parents))
    return model.objects.live().filter(condition)


def _visitor_language(request) -> str | None:
    """The language a URL is built for: the request's prefix; none for unprefixed requests
    (admin, API: they get the page's own URL); the active language without a request."""
    if request is not None and hasattr(request, "path_info"):
        return path_language(request.path_info)
    active = translation.get_language()
    return active if active in language_codes() else None


def native_url(page: Page, request=None) -> str | None:
    """The page's own URL, under its own locale's prefix."""
    parts = Page.get_url_parts(page, request)
    if not parts or parts[2] is None:
        return None
    return parts[2]


class TranslatedPageMixin(ViewRestrictionsMixin):
    """Applied to every Minga page type: URLs under the visitor's prefix, routing that never
    404s for want of a translation, and the visitor's version served at every URL (plus the
    cheap view-restriction check of home/restrictions.py, which every page type needs too)."""

    def get_url_parts(self, request=None):
        parts = with_base_url(super().get_url_parts(request))  # full URLs: one setting
        if not parts or parts[2] is None:
            return parts
        language = _visitor_language(request)
        if not language or language == page_language(self):
            return parts
        site_id, root_url, page_path = parts
        return site_id, root_url, swap_language_prefix(page_path, language)

    def route(self, request, path_components):
        if path_components:
            found, rest = self._deepest_on_path(path_components)
            if found is None:  # a sub-URL of a RoutablePageMixin page (feed/, thread/1/), or 404
                return super().route(request, path_components)
            return served_specific(found).route(request, rest)
        page = visitor_version(self)
        if not page.live:
            raise Http404
        return RouteResult(page)

    def _deepest_on_path(self, components: list[str]) -> tuple[Page | None, list[str]]:
        """The deepest page along `components` below this page or one of its translations, and
        the components left for it. Below a site root the whole chain is one query (the
        locales' roots are cached by Wagtail); elsewhere one step, as `_child_with_slug`."""
        roots = self._locale_roots()
        if roots is None:
            return self._child_with_slug(components[0]), components[1:]
        wanted = {}
        for root_path in roots:
            for depth in range(1, len(components) + 1):
                wanted[root_path + "/".join(components[:depth]) + "/"] = depth
        found = list(
            Page.objects.filter(slug__in=set(components), url_path__in=wanted).select_related(
                "locale"
            )
        )
        if not found:
            return None, components
        language = translation.get_language()
        best = min(
            found,
            key=lambda page: (
                -wanted[page.url_path],  # the deepest
                not page.path.startswith(self.path),  # this tree first
                page.locale.language_code != language,  # then the visitor's language
                page.pk,  # then the source
            ),
        )
        parent_path = best.path[: -Page.steplen]
        for each in [self, *found]:  # the chain holds the parent: spare treebeard its query
            if each.path == parent_path:
                best._cached_parent_obj = each.specific_deferred
        return best, components[wanted[best.url_path] :]

    def _locale_roots(self) -> list[str] | None:
        """The url_paths of this site root and of its translations (this one first), or None
        if this page is not a site root."""
        paths = Site.get_site_root_paths()
        sites = {each.site_id for each in paths if each.root_path == self.url_path}
        if not sites:
            return None
        others = [
            each.root_path
            for each in paths
            if each.site_id in sites and each.root_path != self.url_path
        ]
        return [self.url_path, *dict.fromkeys(others)]

    def _child_with_slug(self, slug: str) -> Page | None:
        """A child of this page, else of one of its translations (aliases included: they hold
        translated children of untranslated parents), in the visitor's language, else the
        source. One query."""
        parents = Page.objects.filter(translation_key=self.translation_key).values("path")
        own = Case(When(parent_path=self.path, then=Value(0)), default=Value(1))
        return (
            Page.objects.filter(slug=slug, depth=self.depth + 1)
            .annotate(parent_path=Substr("path", 1, self.depth * Page.steplen))
            .filter(parent_path__in=parents)
            .annotate(own=own, preference=_preference(translation.get_language()))
            .order_by("own", "preference", "pk")
            .first()
        )

    @property
    def content_language(self) -> str:
        """The language the page's text is written in."""
        return page_language(self)


@lru_cache(maxsize=64)
def locale_language(locale_id: int) -> str:
    """A locale's language code (locales are few and their codes never change)."""
    return Locale.objects.values_list("language_code", flat=True).get(pk=locale_id)


def page_language(page) -> str | None:
    """The language of a page's locale, or None for something that is not a saved page."""
    locale_id = getattr(page, "locale_id", None)
    return locale_language(locale_id) if locale_id else None


def versions_by_language(page: Page) -> dict[str, Page]:
    """{language: version} of a page's live, non-alias translations; one query per page
    object (the switcher and the head links both need it)."""
    if "_versions_by_language" not in page.__dict__:
        found = versions(page).select_related("locale")
        page.__dict__["_versions_by_language"] = {v.locale.language_code: v for v in found}
    return page.__dict__["_versions_by_language"]


def source_version(page: Page) -> Page:
    """The version the others were translated from: the oldest (the page itself if none)."""
    found = versions_by_language(page)
    return min(found.values(), key=lambda each: each.pk) if found else page


def urls_by_language(page: Page, request=None) -> dict[str, str]:
    """For every language, the URL of the version of `page` its visitors see: the translation's
    own URL where there is one, else the source's path under that language's prefix."""
    found = versions_by_language(page)
    fallback_url = native_url(source_version(page), request)
    urls = {}
    for code in language_codes():
        if code in found:
            url = native_url(found[code], request)
        else:
            url = fallback_url and swap_language_prefix(fallback_url, code)
        if url:
            urls[code] = url
    return urls


def available_translations(page: Page, request=None) -> dict[str, str]:
    """{language: own URL} of the page's live translations (for hreflang links)."""
    found = versions_by_language(page)
    urls = {code: native_url(each, request) for code, each in found.items()}
    return {code: url for code, url in urls.items() if url}


def locale_root(site: Site, language: str) -> Page:
    """The site's root page in `language` (else the site's own root), specific; kept in the
    cache until a page changes (`navigation` is purged with every page change)."""
    name = f"locale-root|{site.pk}|{language}"
    return cached_by_tags(name, ("site", "navigation"), lambda: site.root_page.localized.specific)


class PageRoutingMiddleware:
    """Routes Wagtail page requests from the cached locale root (home/i18n.py's routing).

    Wagtail's own `Page.route_for_request` spends three queries before routing starts (the
    active locale, the root's translation, the specific root); this gives the route to
    Wagtail's serve view through the attribute that method documents as its cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match.url_name != "wagtail_serve" or hasattr(request, "_wagtail_route_for_request"):
            return None
        site = Site.find_for_request(request)
        if site is None:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        root = locale_root(site, translation.get_language())
        try:
            route = root.route(request, [part for part in path.split("/") if part])
        except Http404:
            route = None
        request._wagtail_route_for_request = route
        return None
