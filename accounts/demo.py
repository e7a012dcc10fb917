"""Demo accounts: a moderator and a member with printed passwords (demo only)."""

from django.contrib.auth import get_user_model

DEMO_ACCOUNTS = [
    # username, e-mail, password, full name, is_staff
    ("moderator", "moderator@example.org", "minga-moderator-demo", "Amara Diallo", True),
    ("member", "member@example.org", "minga-member-demo", "Lucía Fernández", False),
]


def ensure_user(username: str, email: str, password: str, full_name: str, is_staff=False):
    """Create the account once; later runs keep whatever the person changed."""
    from allauth.account.models import EmailAddress

    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": email, "is_staff": is_staff}
    )
    if created:
        user.set_password(password)
        user.save()
        user.profile.full_name = full_name
        user.profile.save()
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def load(stdout=None, style=None) -> None:
    for username, email, password, full_name, is_staff in DEMO_ACCOUNTS:
        ensure_user(username, email, password, full_name, is_staff)
        if stdout:
            stdout.write(f"Demo account: {username} / {password} (demo only)")
