"""Model choice fields that refuse an out-of-range key with a form error.

Django's ModelChoiceField looks a posted key up as is: 9223372036854775808 (2**63) overflows
SQLite's integer and PostgreSQL's bigint, and the lookup raised instead of failing validation
(found by tests/fuzz).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

_LARGEST_KEY = 2**63 - 1


def _out_of_range(field, value) -> bool:
    """True when `value` is meant as an integer key but cannot be one in the database."""
    options = field.queryset.model._meta
    # A foreign key's form field names its target (`page_ptr` for a page type).
    key_field = options.get_field(field.to_field_name) if field.to_field_name else options.pk
    while key_field.is_relation:  # a page type's key is its parent page's
        key_field = key_field.target_field
    if not isinstance(key_field, models.IntegerField):
        return False
    try:
        number = int(str(value).strip())
    except ValueError:
        return False  # Django refuses it itself
    return not -_LARGEST_KEY <= number <= _LARGEST_KEY


class BoundedModelChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and _out_of_range(self, value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for key in value:
            if _out_of_range(self, key):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": str(key)[:40]},
                )
        return super()._check_values(value)
