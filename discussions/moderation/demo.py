"""Demo moderation: the demo moderator account joins the Moderators group (idempotent)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

DEMO_MODERATOR = "moderator"


def load(stdout=None, style=None) -> None:
    user = get_user_model().objects.filter(username=DEMO_MODERATOR).first()
    group = Group.objects.filter(name="Moderators").first()
    if user is None or group is None:
        return
    if not user.groups.filter(pk=group.pk).exists():
        user.groups.add(group)
    if stdout:
        stdout.write(
            f"Demo moderator: {user.username} moderates every discussion in /admin/moderation/"
        )
