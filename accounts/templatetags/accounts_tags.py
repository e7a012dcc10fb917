"""Links to log in or sign up that bring the visitor back to where they are; the user bar."""

import wagtail
from django import template
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.admin.templatetags.wagtailuserbar import get_page_instance, wagtailuserbar
from wagtail.admin.userbar import Userbar

from home.page_cache import cached_by_tags, page_tags
from home.urls import query_string

register = template.Library()


def _with_next(urlname: str, request, anchor: str = "") -> str:
    url = reverse(urlname)
    if request is None:
        return url
    # On an account page, pass its own `next` along instead of the account page itself.
    here = request.GET.get("next") if request.path.startswith(url.rsplit("/", 2)[0]) else None
    here = here or request.get_full_path()
    if anchor:
        here = f"{here.split('#', 1)[0]}#{anchor.lstrip('#')}"
    return url + query_string(next=here)


@register.simple_tag(takes_context=True)
def login_url(context, anchor: str = "") -> str:
    """`{% login_url %}` or `{% login_url "contribute" %}`: the login page, then back here."""
    return _with_next("account_login", context.get("request"), anchor)


@register.simple_tag(takes_context=True)
def signup_url(context, anchor: str = "") -> str:
    """`{% signup_url %}`: the sign-up page, then back here once the address is confirmed."""
    return _with_next("account_signup", context.get("request"), anchor)


def member_tag(user_id: int) -> str:
    """Purged when the member's admin preferences change (accounts/signals.py)."""
    return f"member:{user_id}"


@register.simple_tag(takes_context=True)
def userbar(context) -> str:
    """Wagtail's user bar. Someone who may reach the admin but edits no page (a discussion's
    moderator) gets it without its page items, which would all be empty; an editor gets this
    page's. The same HTML, kept in the cache until their admin preferences or the page change,
    instead of six queries per page."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not _reaches_admin(user):
        return ""
    if user.is_superuser or _in_preview(request):
        return wagtailuserbar(context)
    # An editor's bar has the page's items (edit, explore, add), drawn for this page.
    page = get_page_instance(context) if getattr(user, "edits_pages", True) else None
    name = "|".join(
        (
            "userbar",
            str(user.pk),
            str(getattr(page, "pk", "")),
            translation.get_language(),
            request.get_host(),
            wagtail.__version__,
        )
    )
    tags = (member_tag(user.pk), *(page_tags(page) if page and page.pk else ()))
    html = cached_by_tags(name, tags, lambda: str(Userbar(object=page).render_html(context)))
    return mark_safe(html)  # noqa: S308 - Wagtail's own rendering


def _in_preview(request) -> bool:
    return bool(
        getattr(request, "is_preview", False) or getattr(request, "in_preview_panel", False)
    )


def _reaches_admin(user) -> bool:
    """The user bar's own check, answered by the member's row (accounts/members.py) if it can."""
    if getattr(user, "is_superuser", False) or not hasattr(user, "reaches_admin"):
        return user.has_perm("wagtailadmin.access_admin")
    return user.is_active and user.reaches_admin
