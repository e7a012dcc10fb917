"""Models of the e-discussions: pages, contributions, follows, contribution translations and
the synthesis per guiding question.

One module per concept; import from `discussions.models` (the names below), which also keeps
`COMMENTS_XTD_MODEL = "discussions.models.Contribution"` and the migrations' references valid.

Imports run one way: the discussion page renders through `threads.py`, `feeds.py` and what they
use (`forms.py`, `readers.py`...), which import the contribution and question models from their
own modules (`models.contributions`, `models.questions`) and the page only for type hints; those
models name the page by its label ("discussions.DiscussionPage") instead of importing it.
"""

from .contributions import Contribution, ContributionManager, ContributionQuerySet
from .page_form import PERIOD_FIELDS, DiscussionPageForm, WallClockDateTimeField
from .pages import (
    DiscussionIndexPage,
    DiscussionPage,
    DiscussionPageManager,
    DiscussionPageQuerySet,
    Status,
    timezone_choices,
)
from .questions import GuidingQuestion
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
