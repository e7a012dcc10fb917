"""The practice index's filter options, built in Python.

A catalogue's facets list every country, region, SDG, theme, partner and language that has
practices: ~300 options, each a link that changes one query parameter, a count and a
pluralised label. As template nodes that was ~300 `{% with_param %}` (a QueryDict copied and
encoded per link) and ~300 `{% blocktranslate count %}`: the larger part of the page's time.
Here the query string around the parameter is encoded once per facet, each count's label
translated once per request, and the markup is the template's, joined.

Countries, regions, SDGs, themes, modalities, languages and periods are bounded lists; partners
are not (issue 13: no page over 100 KB at any data size). The partner facet shows the
PARTNERS_SHOWN partners with the most practices (ties by name), the selected one always, and
links to the partner directory for the rest.
"""

import heapq

from django import template
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

from home.urls import one_param_query_strings

from ..models import PartnerIndexPage
from ..models.indexes import index_page_for

register = template.Library()

# The partner facet lists at most this many partners (plus the selected one); the partner
# directory lists them all.
PARTNERS_SHOWN = 25


def shown_options(facet) -> tuple[list, int]:
    """(the options `facet` shows, how many it has in all). A partner facet with more than
    PARTNERS_SHOWN options keeps those with the most practices, ties by name, most first,
    the selected partner first if it is not among them; any other facet shows every option."""
    options = facet.options
    if facet.param != "partner" or len(options) <= PARTNERS_SHOWN:
        return options, len(options)
    top = heapq.nsmallest(
        PARTNERS_SHOWN, options, key=lambda option: (-option.count, option.label.casefold())
    )
    if facet.active_value is not None and not any(option.active for option in top):
        top.insert(0, next(option for option in options if option.active))
    return top, len(options)


def _directory_url(context) -> str:
    """The partner directory the footer links to, else the first one in the visitor's
    language, else any ("" if there is none)."""
    request = context.get("request")
    directory = index_page_for(context.get("navigation"), "partners", PartnerIndexPage)
    return (directory.get_url(request) or "") if directory is not None else ""


@register.simple_tag(takes_context=True)
def facet_options(context, facet) -> str:
    """The `<li>` of every option `facet` shows (see `shown_options`), then, if it shows fewer
    than it has, one linking to the partner directory."""
    request = context.get("request")
    query = one_param_query_strings(request.GET if request is not None else None, facet.param)

    def link(value=None) -> str:
        return escape(query(value))

    remove = link()
    selected = escape(gettext("selected, select to remove"))
    counted: dict[int, str] = {}
    items = []
    options, total = shown_options(facet)
    for option in options:
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
    if len(options) < total and (directory := _directory_url(context)):
        more = ngettext("All %(count)s partners", "All %(count)s partners", total) % {
            "count": total
        }
        items.append(
            f'<li class="facet-more"><a href="{escape(directory)}">{escape(more)}</a></li>'
        )
    return mark_safe("\n          ".join(items))  # noqa: S308 - every part escaped above
