"""The editors' review of practices members propose."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

REVIEW_WORKFLOW = "Practice review"
REVIEWER_GROUP = "Editors"


def review_workflow() -> Workflow | None:
    """The "Practice review" workflow created by migration 0004 (None if an admin removed it)."""
    return Workflow.objects.filter(name=REVIEW_WORKFLOW, active=True).first()


def set_up_review(index) -> None:
    """Route the index's practices through the review and let editors publish what they approve.

    Approving the last task publishes as the approver, so reviewers need publish permission;
    it is granted on the catalogue only, not the whole site.
    """
    workflow = review_workflow()
    if workflow and not WorkflowPage.objects.filter(page=index).exists():
        WorkflowPage.objects.create(page=index, workflow=workflow)
    editors = Group.objects.filter(name=REVIEWER_GROUP).first()
    if editors is None:
        return
    for codename in ("add_page", "change_page", "publish_page"):
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        GroupPagePermission.objects.get_or_create(group=editors, page=index, permission=permission)
