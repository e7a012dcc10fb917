"""What a reader sees of a contribution's translation: the one in their language, the toggle."""

from django import template

from home.urls import query_string

from ..moderation import policy
from ..readers import reader_of
from ..translations import can_request, reader_language, translation_for_reader

register = template.Library()


def _query_url(request, contribution, original: bool) -> str:
    """The current page's URL with `original` set to this contribution (or dropped)."""
    query = query_string(request.GET, original=contribution.pk if original else None)
    return f"{query}#c{contribution.pk}"


@register.simple_tag(takes_context=True)
def reader_translation(context, contribution) -> dict:
    """The translation shown to this reader (None: the original only) and the links around it."""
    request = context.get("request")
    language = reader_language()
    translation = translation_for_reader(contribution, language)
    user = getattr(request, "user", None)
    authenticated = bool(user and user.is_authenticated)
    discussion = context.get("discussion") or contribution.discussion
    shown = {
        "translation": translation,
        "reader_language": language,
        "can_request": authenticated and can_request(contribution, language),
        "can_correct": False,
    }
    if translation is not None and request is not None:
        shown["showing_original"] = request.GET.get("original") == str(contribution.pk)
        shown["original_url"] = _query_url(request, contribution, original=True)
        shown["translation_url"] = _query_url(request, contribution, original=False)
    if authenticated and contribution.language and contribution.language != language:
        shown["can_correct"] = _moderates(request, discussion)
    return shown


def _moderates(request, discussion) -> bool:
    """Whether the reader moderates the discussion (policy.can_moderate, from the reader's facts
    the page asks once per request)."""
    return reader_of(request, discussion).moderates or policy.moderates_everything(request.user)
