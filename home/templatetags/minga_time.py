"""`<time>` elements for instants shown in a page's time zone (see home/times.py).

`{% local_time value zone %}` gives `<time datetime="2026-11-07T09:00:00+03:00">7 November 2026,
09:00</time>`; `label="offset"` adds "UTC+3" inside, `label="zone"` adds "(Africa/Nairobi, UTC+3)";
`{% zone_label zone instant… %}` gives the label alone; `value|iso_datetime` the attribute value.
"""

from django import template
from django.utils.html import format_html

from home import times

register = template.Library()

DEFAULT_FORMAT = "j F Y, H:i"


@register.filter
def iso_datetime(value, zone=None) -> str:
    """A valid `datetime` attribute (seconds precision, with offset); empty for no value."""
    return times.iso_datetime(value, zone) if value else ""


@register.simple_tag
def local_time(value, zone=None, fmt: str = DEFAULT_FORMAT, label: str = "") -> str:
    """`value` in `zone` as a <time> element; label "offset" adds UTC±h, "zone" the zone too."""
    if not value:
        return ""
    text = times.format_in_zone(value, zone, fmt)
    if label == "offset":
        text = f"{text} {times.utc_offset(value, zone)}"
    element = format_html('<time datetime="{}">{}</time>', times.iso_datetime(value, zone), text)
    if label == "zone":
        return format_html("{} <bdi>({})</bdi>", element, times.zone_label(zone, [value]))
    return element


@register.simple_tag
def zone_label(zone, *instants) -> str:
    """ "Africa/Nairobi, UTC+3" (the offsets of the given instants, in order)."""
    return times.zone_label(zone, instants)
