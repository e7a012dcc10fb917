"""Forms for posting and editing contributions."""

from django_comments_xtd.forms import XtdCommentForm


class ContributionForm(XtdCommentForm):
    pass
