"""Posting a contribution: the one path the web form and replies by e-mail both go through.

The form validates (length, clean text, a visible parent, the language), the
`comment_will_be_posted` hooks refuse (blocked members), `moderation.screen` decides whether it
waits for a moderator, and followers are told once it is committed.
"""

from django.conf import settings
from django.db import transaction
from django_comments.signals import comment_was_posted, comment_will_be_posted

from home.ratelimit import consume, limit_for

from .forms import ContributionForm
from .models import Contribution, Subscription
from .moderation import actions as moderation
from .moderation import policy
from .tasks import queue_notifications


def posting_limit(user) -> str:
    """The rate limit's name: new members post less often (see home/ratelimit.py)."""
    return "post_new" if policy.is_new_member(user) else "post"


def over_limit(user) -> int:
    """Count one post by `user` outside a request; seconds to wait, 0 when allowed."""
    name = posting_limit(user)
    return consume(name, f"user:{user.pk}", limit_for(name))


def bound_form(discussion, user, comment: str, reply_to: int = 0) -> ContributionForm:
    """The web form filled in for `user`, with fresh security data (for posts made by e-mail)."""
    security = ContributionForm(discussion, user=user).generate_security_data()
    data = {**security, "comment": comment, "language": "", "reply_to": reply_to or 0}
    return ContributionForm(discussion, data=data, user=user)


def publish(form: ContributionForm, user, *, site_id=None, ip_address=None, request=None):
    """Save a valid form's contribution; None when a hook refused it.

    A duplicate (the same text from the same member within minutes) returns the stored one,
    marked `duplicate`.
    """
    contribution = form.get_comment_object(site_id=site_id or settings.SITE_ID)
    contribution.duplicate = bool(contribution.pk)
    if contribution.duplicate:
        return contribution
    contribution.ip_address = ip_address or None
    responses = comment_will_be_posted.send(
        sender=Contribution, comment=contribution, request=request
    )
    if any(response is False for _receiver, response in responses):
        return None
    save_contribution(contribution, form, user)
    comment_was_posted.send(sender=Contribution, comment=contribution, request=request)
    return contribution


def save_contribution(contribution: Contribution, form, user) -> None:
    with transaction.atomic():
        held_because = moderation.screen(contribution, user)
        contribution.save()
        if held_because:
            moderation.hold(contribution, held_because)
        contribution.guiding_questions.set(form.cleaned_data["guiding_questions"])
        if form.cleaned_data.get("followup"):
            Subscription.objects.get_or_create(
                user=user, discussion=contribution.discussion, thread_id=contribution.thread_id
            )
        queue_notifications(contribution)
