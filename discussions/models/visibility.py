"""What "published" means for a contribution, written once for every listing and count."""

from django.db.models import Q


def published(through: str = "") -> Q:
    """Contributions every visitor may see; `through` a relation from another model, e.g.
    `published("contributions")` to count a discussion's or a question's published ones.

    Moderation keeps these two fields in step with its states (discussions.moderation.models
    VISIBILITY): pending, hidden and rejected contributions are not public.
    """
    prefix = f"{through}__" if through else ""
    return Q(**{f"{prefix}is_public": True, f"{prefix}is_removed": False})
