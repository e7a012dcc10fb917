"""Demo moderation (idempotent): the demo moderator joins Moderators; a newcomer's first
contribution waits in the queue, so the admin shows moderation at work."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site
from django.utils import timezone

from accounts.demo import ensure_user
from discussions.models import Contribution, DiscussionPage

from .actions import set_state
from .models import HeldBecause, State

DEMO_MODERATOR = "moderator"
NEWCOMER = ("newcomer", "newcomer@example.org", "minga-newcomer-demo", "Tendai Moyo")
NEWCOMER_TEXT = (
    "Our cooperative in Masvingo tried the exchange model last year: two agronomists spent "
    "a month with a partner in Malawi. What helped most was agreeing beforehand on what "
    "each side wanted to learn. Is anyone documenting such agreements?"
)


def load(stdout=None, style=None) -> None:
    _moderator_joins_group(stdout)
    _newcomer_contribution_waits(stdout)


def _moderator_joins_group(stdout) -> None:
    user = get_user_model().objects.filter(username=DEMO_MODERATOR).first()
    group = Group.objects.filter(name="Moderators").first()
    if user is None or group is None:
        return
    user.groups.add(group)
    if stdout:
        stdout.write(
            f"Demo moderator: {user.username} moderates every discussion (/admin/moderation/)"
        )


def _newcomer_contribution_waits(stdout) -> None:
    discussion = DiscussionPage.objects.live().open().order_by("opens_at").first()
    if discussion is None:
        return
    username, email, password, full_name = NEWCOMER
    user = ensure_user(username, email, password, full_name)
    if Contribution.objects.filter(user=user).exists():
        return
    contribution = Contribution.objects.create(
        content_type=ContentType.objects.get_for_model(DiscussionPage),
        object_pk=str(discussion.pk),
        discussion=discussion,
        site=Site.objects.get_current(),
        user=user,
        user_name=full_name,
        user_email=email,
        comment=NEWCOMER_TEXT,
        language="en",
        submit_date=timezone.now(),
        is_public=False,
    )
    set_state(contribution, State.PENDING, HeldBecause.FIRST_CONTRIBUTION)
    if stdout:
        stdout.write(f"Demo newcomer: {username} / {password}; their first contribution waits.")
