"""The people who run a discussion: its moderators and facilitating members, named on the page
with their organisation and role, marked on their contributions, and reachable through a form
that never shows their addresses (the message goes out by mail from a background task)."""

from dataclasses import dataclass

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from home.i18n import visitor_versions
from home.page_cache import cached_by_tags
from home.text import clean_text

from .cache_tags import kept_part_tags

MODERATOR = "moderator"
FACILITATOR = "facilitator"
ROLE_LABELS = {MODERATOR: _("Moderator"), FACILITATOR: _("Facilitator")}
SUBJECT_LENGTH, MESSAGE_LENGTH = 150, 5000


@dataclass
class Person:
    user: object
    role: str  # MODERATOR or FACILITATOR
    # Their partner organisation's page in the visitor's language (else its source), if any.
    partner: object = None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]

    @property
    def profile(self):
        return getattr(self.user, "profile", None)


def people_of(discussion) -> list[Person]:
    """Moderators first, then facilitators; someone who is both is listed once, as moderator.

    One query, with the profile and its partner page joined, and one for the partners'
    versions in the visitor's language."""
    if discussion.pk is None:
        return []
    moderates = Exists(
        discussion.moderators.through.objects.filter(
            discussionpage_id=discussion.pk, user_id=OuterRef("pk")
        )
    )
    users = (
        get_user_model()
        .objects.filter(Q(moderated_discussions=discussion) | Q(discussions_facilitated=discussion))
        .distinct()
        .annotate(moderates=moderates)
        .select_related("profile__partner")
        .order_by("-moderates", "profile__full_name", "pk")
    )
    people = [Person(user, MODERATOR if user.moderates else FACILITATOR) for user in users]
    partners = [person.profile.partner for person in people if _has_partner(person)]
    shown = visitor_versions(partners)
    for person in people:
        if _has_partner(person):
            person.partner = shown[person.profile.partner_id]
    return people


def _has_partner(person: Person) -> bool:
    return person.profile is not None and person.profile.partner_id is not None


def people_context(discussion) -> dict:
    """`people` for the sidebar block, `people_roles` (user id -> role label) for the badges."""
    people = _kept_people(discussion)
    return {
        "people": people,
        "people_roles": {person.user.pk: person.role_label for person in people},
    }


def _kept_people(discussion) -> list[Person]:
    """`people_of`, kept until the page (its moderators), the discussion or a partner page
    changes: the tags a visitor's cached copy of the page carries."""
    if discussion.pk is None:
        return []
    name = f"discussion-people|{discussion.pk}|{translation.get_language()}"
    tags = (*kept_part_tags(discussion), "partners")
    return cached_by_tags(name, tags, lambda: people_of(discussion))


def moderators_to_contact(discussion) -> list:
    """The moderators with an address (the facilitators when the discussion names no moderator)."""
    users = get_user_model().objects.exclude(email="").select_related("profile")
    moderators = list(users.filter(moderated_discussions=discussion))
    return moderators or list(users.filter(discussions_facilitated=discussion))


class ContactForm(forms.Form):
    subject = forms.CharField(
        label=_("Subject"),
        max_length=SUBJECT_LENGTH,
        error_messages={"required": _("Write a subject.")},
    )
    message = forms.CharField(
        label=_("Message"),
        max_length=MESSAGE_LENGTH,
        error_messages={"required": _("Write a message.")},
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("The moderators receive it by e-mail and can reply to your address."),
    )

    def clean_subject(self) -> str:
        subject = clean_text(self.cleaned_data["subject"], SUBJECT_LENGTH, single_line=True)
        if not subject.strip():
            raise forms.ValidationError(_("Write a subject."))
        return subject.strip()

    def clean_message(self) -> str:
        message = clean_text(self.cleaned_data["message"], MESSAGE_LENGTH)
        if not message.strip():
            raise forms.ValidationError(_("Write a message."))
        return message.strip()
