"""A member's e-mail choice for each discussion or thread they follow."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Delivery, Frequency, frequency_of


class MailSettingsForm(forms.Form):
    def __init__(self, subscriptions, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label_suffix = ""
        self.subscriptions = list(subscriptions)
        for subscription in self.subscriptions:
            self.fields[self.field_name(subscription)] = forms.ChoiceField(
                label=self.label_for(subscription),
                choices=Frequency.choices,
                initial=frequency_of(subscription),
            )

    @staticmethod
    def field_name(subscription) -> str:
        return f"subscription-{subscription.pk}"

    @staticmethod
    def label_for(subscription) -> str:
        # The discussion's title in the reader's language where it is translated.
        title = subscription.discussion.localized.title
        if subscription.thread_id:
            return _("A thread in “%(title)s”") % {"title": title}
        return str(title)

    def save(self) -> int:
        """Store the choices that changed; a digest starts from the moment it is chosen."""
        changed = 0
        for subscription in self.subscriptions:
            chosen = self.cleaned_data[self.field_name(subscription)]
            if chosen == frequency_of(subscription):
                continue
            Delivery.objects.update_or_create(
                subscription=subscription,
                defaults={"frequency": chosen, "changed_at": timezone.now()},
            )
            changed += 1
        return changed
