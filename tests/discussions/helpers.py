"""Build the POST data a browser sends from a discussion's contribution form."""

from discussions.forms import ContributionForm


def form_data(discussion, user, **fields) -> dict:
    security = ContributionForm(discussion, user=user).generate_security_data()
    data = {**security, "comment": "A thoughtful contribution.", "language": "", "reply_to": 0}
    data.update(fields)
    return {k: v for k, v in data.items() if v is not None}
