"""Demo accounts: a moderator and a member with printed passwords (demo only)."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

DEMO_ACCOUNTS = [
    # username, e-mail, password, full name, is_staff
    ("moderator", "moderator@example.org", "minga-moderator-demo", "Amara Diallo", True),
    ("member", "member@example.org", "minga-member-demo", "Lucía Fernández", False),
]

# Filled in only where the profile is still blank, so later edits survive a reload. Both keep
# English as preferred language, so logging in as them lands on the English site.
DEMO_PROFILES = {
    "moderator": {
        "organisation": "United Nations Office for South-South Cooperation",
        "country": "GN",
        "role": "Moderator",
        "bio": "Knowledge management specialist who moderates the think-tank network's e-discussions.",
    },
    "member": {
        "organisation": "Centro de Estudios para el Desarrollo del Cono Sur",
        "country": "UY",
        "role": "Investigadora asociada",
        "bio": "Studies technical cooperation between Southern Cone countries.",
    },
}


def ensure_user(username: str, email: str, password: str, full_name: str, is_staff=False):
    """Create the account once; later runs keep whatever the person changed."""
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


def fill_blank_profile_fields(user, values: dict) -> None:
    profile = user.profile
    blank = {name: value for name, value in values.items() if not getattr(profile, name)}
    if blank:
        for name, value in blank.items():
            setattr(profile, name, value)
        profile.save(update_fields=list(blank))


def load(stdout=None, style=None) -> None:
    for username, email, password, full_name, is_staff in DEMO_ACCOUNTS:
        user = ensure_user(username, email, password, full_name, is_staff)
        fill_blank_profile_fields(user, DEMO_PROFILES.get(username, {}))
        if stdout:
            stdout.write(f"Demo account: {username} / {password} (demo only)")
