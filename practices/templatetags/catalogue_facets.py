"""The practice index's filter options, built in Python.

A catalogue's facets list every country, region, SDG, theme, partner and language that has
practices: ~300 options, each a link that changes one query parameter, a count and a
pluralised label. As template nodes that was ~300 `{% with_param %}` (a QueryDict copied and
encoded per link) and ~300 `{% blocktranslate count %}`: the larger part of the page's time.
Here the query string around the parameter is encoded once per facet, each count's label
translated once per request, and the markup is the template's, joined.
"""

from django import template
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

from home.urls import one_param_query_strings

register = template.Library()


@register.simple_tag(takes_context=True)
def facet_options(context, facet) -> str:
    """The `<li>` of every option of `facet`, as the practice index showed them."""
    request = context.get("request")
    query = one_param_query_strings(request.GET if request is not None else None, facet.param)

    def link(value=None) -> str:
        return escape(query(value))

    remove = link()
    selected = escape(gettext("selected, select to remove"))
    counted: dict[int, str] = {}
    items = []
    for option in facet.options:
        if option.count not in counted:
            counted[option.count] = escape(ngettext("practice", "practices", option.count))
        level = f' class="facet-level-{option.level}"' if option.level else ""
        if option.active:
            href, current = remove, ' aria-current="true"'
            hidden = f'<span class="visually-hidden"> ({selected})</span>'
        else:
            href, current, hidden = link(option.value), "", ""
        items.append(
            f'<li{level}><a href="{href}"{current}><span>{conditional_escape(option.label)}'
            f'{hidden}</span> <span class="facet-count">{option.count}<span class="visually-'
            f'hidden"> {counted[option.count]}</span></span></a></li>'
        )
    return mark_safe("\n          ".join(items))  # noqa: S308 - every part escaped above
