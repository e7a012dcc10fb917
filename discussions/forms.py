"""Forms for posting and editing contributions (members only: name and e-mail come from the account)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from django import forms
from django.conf import settings
from django.forms.utils import ErrorList
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.forms import XtdCommentForm

from home.formfields import BoundedModelMultipleChoiceField
from home.text import clean_text

from .languages import detect_language
from .models.contributions import Contribution
from .models.questions import GuidingQuestion

if TYPE_CHECKING:
    from .models.pages import DiscussionPage

BODY_HELP = _(
    "Markdown: **bold**, _italic_, lists (- item), links [text](https://…) and > quotes. "
    "No images or HTML."
)
AUTO_LANGUAGE = ("", _("Detect automatically"))


class KnownChoices(forms.models.ModelChoiceIterator):
    """A model choice field's choices drawn from objects already loaded (in their order)."""

    def __init__(self, field, objects):
        super().__init__(field)
        self.objects = objects

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.objects:
            yield self.choice(obj)

    def __len__(self):
        return len(self.objects) + (self.field.empty_label is not None)

    def __bool__(self):
        return self.field.empty_label is not None or bool(self.objects)


class ContributionFieldsMixin:
    """The fields a member fills in, shared by the posting and the editing forms."""

    def setup_contribution_fields(self, discussion: DiscussionPage) -> None:
        self.discussion = discussion
        self.label_suffix = ""
        self.fields["comment"] = forms.CharField(
            label=_("Your contribution"),
            widget=forms.Textarea(attrs={"rows": 8}),
            max_length=settings.DISCUSSIONS_MAX_LENGTH,
            help_text=BODY_HELP,
            error_messages={
                "required": _("Please write your contribution before sending it."),
                "max_length": _(
                    "A contribution can have at most %(limit_value)d characters "
                    "(it has %(show_value)d)."
                ),
            },
        )
        self.fields["guiding_questions"] = BoundedModelMultipleChoiceField(
            label=_("Guiding questions it answers"),
            queryset=GuidingQuestion.objects.filter(discussion=discussion),
            widget=forms.CheckboxSelectMultiple,
            required=False,
        )
        self.fields["guiding_questions"].label_from_instance = self._question_label
        if discussion.contributions_home.pk == discussion.pk:
            # the boxes are the questions the page has loaded (numbered, worded in its language),
            # not a query of their own; a posted choice is still checked against the queryset
            questions = discussion.numbered_questions
            field = self.fields["guiding_questions"]
            field.iterator = lambda field: KnownChoices(field, questions)
            field.widget.choices = field.choices
        self.fields["language"] = forms.ChoiceField(
            label=_("Language"),
            choices=[AUTO_LANGUAGE, *discussion.accepted_language_choices],
            required=False,
            help_text=_("Leave on automatic and we detect it from your text."),
        )

    def _question_label(self, question: GuidingQuestion) -> str:
        numbers = {q.pk: q.number for q in self.discussion.numbered_questions}
        return f"{numbers.get(question.pk, '')}. {question.question}"

    def clean_comment(self):
        # A paste from a PDF brings form feeds that feeds and XML exports cannot carry.
        body = clean_text(self.cleaned_data["comment"], max_length=settings.DISCUSSIONS_MAX_LENGTH)
        if not body.strip():
            raise forms.ValidationError(_("Please write your contribution before sending it."))
        return body

    def chosen_language(self) -> str:
        fallback = (self.discussion.accepted_languages or ["en"])[0]
        return self.cleaned_data.get("language") or detect_language(
            self.cleaned_data["comment"], default=fallback
        )


class ContributionForm(ContributionFieldsMixin, XtdCommentForm):
    """Post a contribution or a reply; the security fields of django_comments stay."""

    def __init__(self, target_object, *args, user=None, **kwargs):
        super().__init__(target_object, *args, **kwargs)
        for name in ("name", "email", "url"):
            self.fields.pop(name, None)
        self.user = user
        self.setup_contribution_fields(target_object)
        self.fields["followup"].label = _("E-mail me about replies in this thread")
        self.fields["reply_to"].required = False
        self.fields["honeypot"] = forms.CharField(
            required=False,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    def security_errors(self):
        """Without a member (django_comments' generic endpoint), refuse like a bad hash: 400."""
        errors = super().security_errors()
        if self.user is None or not self.user.is_authenticated:
            errors["security_hash"] = ErrorList([_("Contributions are posted from a discussion.")])
        return errors

    def clean_honeypot(self):
        if self.cleaned_data.get("honeypot"):
            raise forms.ValidationError(_("Leave this field empty"))
        return ""

    def clean_reply_to(self):
        return self.cleaned_data.get("reply_to") or 0

    def clean(self):
        cleaned_data = forms.Form.clean(self)
        parent_id = cleaned_data.get("reply_to") or 0
        if parent_id:
            parent = (
                Contribution.objects.filter(pk=parent_id, discussion=self.discussion)
                .published()
                .first()
            )
            if parent is None:
                raise forms.ValidationError(
                    _("You cannot reply to this contribution: it was removed or is hidden."),
                    code="hidden_parent",
                )
        return cleaned_data

    def get_comment_model(self):
        return Contribution

    def get_comment_create_data(self, site_id=None):
        user = self.user
        return {
            "content_type": self.discussion.content_type.__class__.objects.get_for_model(
                self.discussion
            ),
            "object_pk": str(self.discussion.pk),
            "discussion": self.discussion,
            "user": user,
            "user_name": user.profile.display_name[:50],
            "user_email": user.email,
            "user_url": "",
            "comment": self.cleaned_data["comment"],
            "language": self.chosen_language(),
            "submit_date": timezone.now(),
            "site_id": site_id or settings.SITE_ID,
            "is_public": True,
            "is_removed": False,
            "parent_id": self.cleaned_data.get("reply_to") or 0,
            "followup": self.cleaned_data.get("followup", False),
        }

    def check_for_duplicate_comment(self, new):
        """A double-clicked send posts once: the same text from the same member in 10 minutes."""
        duplicate = (
            Contribution.objects.filter(
                discussion=self.discussion,
                user=self.user,
                comment=new.comment,
                submit_date__gte=new.submit_date - timedelta(minutes=10),
            )
            .order_by("-submit_date")
            .first()
        )
        return duplicate or new


class ContributionEditForm(ContributionFieldsMixin, forms.ModelForm):
    class Meta:
        model = Contribution
        fields = ["comment", "guiding_questions", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_contribution_fields(self.instance.discussion)
        self.fields["language"].choices = [
            (code, name) for code, name in self.fields["language"].choices if code
        ]
        if self.instance.language and self.instance.language not in dict(
            self.fields["language"].choices
        ):
            self.fields["language"].choices += [
                (self.instance.language, self.instance.language_name)
            ]

    def clean_language(self):
        return self.cleaned_data.get("language") or self.instance.language
