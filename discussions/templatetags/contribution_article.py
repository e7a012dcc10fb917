"""`{% contribution_article contribution %}`: one contribution as an <article>, built in Python.

A long discussion page shows ~45 contributions; through template nodes each cost ~1 ms (tags,
filters, gettext, url reversing). Here the markup is assembled from strings: the labels are
translated, the URLs reversed and the CSRF input rendered once per request and language, so a
contribution costs a few escapes and one date format. The markup is the one the template had
(`templates/discussions/includes/contribution.html` calls this tag); per-viewer parts (reply,
edit, delete, flag, follow, translation request) are decided for the viewer of this request,
never shared between viewers. A body shown with a translation toggle still goes through
`contribution_body.html`, and the flag link through the moderation app's template.
"""

from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.urls import reverse
from django.utils import translation
from django.utils.dates import MONTHS
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from home import times

from .contribution_translations import reader_translation

register = template.Library()

PK = 2_147_480_001  # stands for a primary key in URLs reversed once
BODY_TEMPLATE = "discussions/includes/contribution_body.html"
FLAG_TEMPLATE = "moderation/includes/flag_link.html"


def _labels() -> dict:
    """The strings of a contribution in the active language, escaped like {% translate %}."""
    labels = {
        key: escape(gettext(msgid))
        for key, msgid in (
            ("edited", "edited"),
            ("featured", "Featured"),
            ("hidden", "Hidden by the moderators"),
            ("pending", "Awaiting moderation"),
            ("questions", "Answers guiding questions"),
            ("read_more", "Read the whole contribution"),
            ("reply", "Reply"),
            ("edit", "Edit"),
            ("delete", "Delete"),
            ("follow", "Follow thread"),
            ("unfollow", "Stop following thread"),
            ("request", "Translate into my language"),
            ("write", "Write a translation"),
        )
    }
    # {% blocktranslate %} leaves the message unescaped and escapes the values.
    labels["question"] = gettext("Question %(number)s")
    labels["to"] = gettext("to %(name)s")
    return labels


def _url(name: str, *args) -> str:
    return reverse(name, args=(PK, *args))


class _Request:
    """What every contribution of one page shares: labels, URL patterns, the CSRF input."""

    def __init__(self, context, request):
        self.language = translation.get_language() or ""
        self.lang = escape(context.get("LANGUAGE_CODE") or self.language)
        self.labels = _labels()
        self.permalink = _url("discussions:permalink")
        self.urls: dict[str, str] = {}
        self.months: dict[int, str] = {}
        self.full_path = escape(request.get_full_path()) if request is not None else ""
        self._context = context
        self._csrf = None

    @property
    def csrf(self) -> str:
        """The CSRF input, for members' forms only: reading the token sets the CSRF cookie,
        which would keep an anonymous page out of the page cache."""
        if self._csrf is None:
            token = self._context.get("csrf_token")
            token = str(token) if token else ""
            self._csrf = (
                format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)
                if token and token != "NOTPROVIDED"
                else ""
            )
        return self._csrf

    def month(self, number: int) -> str:
        if number not in self.months:
            self.months[number] = str(MONTHS[number])
        return self.months[number]

    def url(self, name: str, pk, *args) -> str:
        key = (name, *args)
        if key not in self.urls:
            self.urls[key] = _url(name, *args)
        return self.urls[key].replace(str(PK), str(pk))


def _shared(context, request) -> _Request:
    if request is None:
        return _Request(context, request)
    language = translation.get_language()
    cached = request.__dict__.get("_contribution_article")
    if cached is None or cached.language != language:
        cached = request._contribution_article = _Request(context, request)
    return cached


def _profile(contribution):
    if contribution.user_id is None:
        return None
    try:
        return contribution.user.profile
    except ObjectDoesNotExist:
        return None


def _state(contribution) -> str:
    try:
        return contribution.moderation.state
    except ObjectDoesNotExist:
        return ""


def _lookup(mapping, key):
    return mapping.get(key, "") if mapping else ""


def _author(contribution, context, pk) -> str:
    profile = _profile(contribution)
    name = profile.display_name if profile else contribution.user_name
    parts = [f'<p><strong id="c{pk}-author">{escape(name)}</strong>']
    role = _lookup(context.get("people_roles"), contribution.user_id)
    if role:
        parts.append(f' <span class="badge badge-role">{escape(role)}</span>')
    if profile is not None:
        if profile.organisation_name:
            parts.append(f', <span class="organisation">{escape(profile.organisation_name)}</span>')
        if profile.country:
            parts.append(f' · <span class="country">{escape(profile.country_name)}</span>')
    parts.append("</p>")
    return "".join(parts)


def _time(value, zone, shared: "_Request") -> str:
    """As `{% local_time value zone label="offset" %}` (its default format "j F Y, H:i"),
    with the month names read once per request."""
    if not value:
        return ""
    local = times.in_zone(value, zone)
    date = f"{local.day} {shared.month(local.month)} {local.year}, {local:%H:%M}"
    text = f"{date} {times.utc_offset(value, zone)}"
    return f'<time datetime="{escape(times.iso_datetime(value, zone))}">{escape(text)}</time>'


def _meta(contribution, shared: _Request, discussion, pk) -> str:
    labels = shared.labels
    zone = getattr(discussion, "zone", None) or None
    parts = [
        f'<p class="meta" lang="{shared.lang}">\n      '
        f'<a href="{shared.permalink.replace(str(PK), str(pk))}" class="permalink">'
        f"{_time(contribution.submit_date, zone, shared)}</a>"
    ]
    if contribution.language:
        name = escape(contribution.language_name)
        parts.append(f'\n      · <span class="contribution-language">{name}</span>')
    if contribution.edited_at:
        parts.append(f'\n      · <span class="edited">{labels["edited"]}</span>')
    if contribution.is_featured:
        parts.append(f'\n      · <span class="badge">{labels["featured"]}</span>')
    if not contribution.is_public:
        label = labels["hidden"] if _state(contribution) == "hidden" else labels["pending"]
        parts.append(f'\n      · <span class="badge badge-upcoming">{label}</span>')
    parts.append("\n    </p>")
    return "".join(parts)


def _questions(contribution, shared: _Request, context) -> str:
    questions = getattr(contribution, "shown_questions", None)
    if questions is None:  # not given by discussions.threads.attach_details
        questions = contribution.guiding_questions.all()
    if not questions:
        return ""
    numbers = context.get("question_numbers")
    items = "".join(
        f'<li><a href="#{escape(question.anchor)}" title="{escape(question.question)}">'
        f"{shared.labels['question'] % {'number': escape(_lookup(numbers, question.pk))}}</a></li>"
        for question in questions
    )
    return (
        f'\n    <ul class="tag-list contribution-questions" '
        f'aria-label="{shared.labels["questions"]}" lang="{shared.lang}">\n      {items}\n    </ul>'
    )


def _body(context, contribution, shared: _Request) -> str:
    shown = reader_translation(context, contribution)
    if shown["translation"] is not None:  # the toggle between translation and original
        body = context.template.engine.get_template(BODY_TEMPLATE)
        with context.push(contribution=contribution, shown=shown):
            return body.render(context)
    html = getattr(contribution, "folded_html", "") or contribution.body_html
    parts = [f'<div class="contribution-body" dir="auto">{html}</div>']
    if shown["can_request"] or shown["can_correct"]:
        language = escape(shown["reader_language"])
        parts.append(f'\n<div class="translation-note" lang="{shared.lang}">')
        if shown["can_request"]:
            action = shared.url("discussions:request_translation", contribution.pk)
            parts.append(
                f'<form method="post" action="{action}" class="inline-form">{shared.csrf}'
                f'<input type="hidden" name="language" value="{language}">'
                f'<input type="hidden" name="next" value="{shared.full_path}">'
                f'<button type="submit" class="button-link">{shared.labels["request"]}</button>'
                "</form>"
            )
        if shown["can_correct"]:
            link = reverse(
                "discussions:correct_translation",
                args=(contribution.pk, shown["reader_language"]),
            )
            separator = " · " if shown["can_request"] else ""
            parts.append(f'{separator}<a href="{link}">{shared.labels["write"]}</a>')
        parts.append("</div>")
    return "".join(parts)


def _actions(context, contribution, shared: _Request, request, discussion, pk) -> str:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return ""
    labels = shared.labels
    parts = []
    if getattr(discussion, "is_open", False) and contribution.is_public:
        to_name = labels["to"] % {"name": escape(contribution.user_name)}
        parts.append(
            f'<a href="{shared.url("discussions:reply", pk)}">{labels["reply"]}'
            f'<span class="visually-hidden"> {to_name}</span></a>'
        )
    if contribution.can_edit(user):
        parts.append(f'<a href="{shared.url("discussions:edit", pk)}">{labels["edit"]}</a>')
    if contribution.can_delete(user):
        parts.append(f'<a href="{shared.url("discussions:delete", pk)}">{labels["delete"]}</a>')
    flag = context.template.engine.get_template(FLAG_TEMPLATE)
    with context.push(contribution=contribution):
        parts.append(flag.render(context))
    if contribution.level == 0:
        discussion_pk = discussion.pk if discussion else contribution.discussion_id
        action = shared.url("discussions:follow", discussion_pk)
        followed = context.get("followed_threads") or ()
        label = labels["unfollow"] if pk in followed else labels["follow"]
        parts.append(
            f'\n    <form method="post" action="{action}" class="inline-form">\n      '
            f'{shared.csrf}<input type="hidden" name="thread" value="{pk}">'
            f'<input type="hidden" name="next" value="{shared.full_path}#c{pk}">\n      '
            f'<button type="submit" class="button-link">{label}</button>\n    </form>'
        )
    return "\n    ".join(part for part in parts if part)


@register.simple_tag(takes_context=True)
def contribution_article(context, contribution) -> str:
    request = context.get("request")
    shared = _shared(context, request)
    discussion = context.get("discussion") or None
    pk = contribution.pk
    classes = "contribution"
    if contribution.is_featured:
        classes += " contribution-featured"
    if not contribution.is_public:
        classes += " contribution-pending"
    read_more = getattr(contribution, "read_more_url", "")
    html = (
        f'<article class="{classes}" id="c{pk}" lang="{escape(contribution.language or "und")}" '
        f'aria-labelledby="c{pk}-author">\n  <header class="contribution-meta">\n    '
        f"{_author(contribution, context, pk)}\n    {_meta(contribution, shared, discussion, pk)}"
        f"{_questions(contribution, shared, context)}\n  </header>\n  "
        f"{_body(context, contribution, shared)}\n  "
        + (
            f'<p class="read-more" lang="{shared.lang}"><a href="{escape(read_more)}">'
            f"{shared.labels['read_more']}</a></p>\n  "
            if read_more
            else ""
        )
        + f'<footer class="contribution-actions" lang="{shared.lang}">\n    '
        f"{_actions(context, contribution, shared, request, discussion, pk)}\n  </footer>\n"
        "</article>"
    )
    return mark_safe(html)  # noqa: S308 - every value above is escaped; bodies are sanitised
