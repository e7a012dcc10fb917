"""Links to log in or sign up that bring the visitor back to where they are."""

from django import template
from django.urls import reverse

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
