"""Models of the e-discussions: pages, contributions, follows, contribution translations and
the synthesis per guiding question.

One module per concept; import from `discussions.models` (the names below), which also keeps
`COMMENTS_XTD_MODEL = "discussions.models.Contribution"` and the migrations' references valid.
"""

from .contributions import Contribution, ContributionManager, ContributionQuerySet
from .page_form import PERIOD_FIELDS, DiscussionPageForm, WallClockDateTimeField
from .pages import (
    DiscussionIndexPage,
    DiscussionPage,
    DiscussionPageManager,
    DiscussionPageQuerySet,
    GuidingQuestion,
    Status,
    timezone_choices,
)
from .subscriptions import Subscription
from .synthesis import ContributionPassage, DraftJob, KeyPoint, Synthesis, SynthesisStatus
from .translations import ContributionTranslation, translation_source_hash

__all__ = [
    "PERIOD_FIELDS",
    "Contribution",
    "ContributionPassage",
    "ContributionManager",
    "ContributionQuerySet",
    "ContributionTranslation",
    "DiscussionIndexPage",
    "DiscussionPage",
    "DiscussionPageForm",
    "DiscussionPageManager",
    "DiscussionPageQuerySet",
    "DraftJob",
    "GuidingQuestion",
    "KeyPoint",
    "Status",
    "Subscription",
    "Synthesis",
    "SynthesisStatus",
    "WallClockDateTimeField",
    "timezone_choices",
    "translation_source_hash",
]
