"""Models of the catalogue: taxonomies, partner profiles, practices, their index pages and member
submissions."""

from .indexes import PartnerIndexPage, PracticeIndexPage
from .partners import PartnerPage, PartnerType
from .practices import (
    GoodPracticePage,
    ImplementationStatus,
    Modality,
    PartnerRole,
    PracticePartner,
    Stage,
    new_source_id,
)
from .submissions import PracticeSubmission
from .taxonomies import SDG, Country, Region, SDGTarget, Theme

__all__ = [
    "SDG",
    "Country",
    "GoodPracticePage",
    "Modality",
    "PartnerIndexPage",
    "PartnerPage",
    "PartnerRole",
    "PartnerType",
    "PracticeIndexPage",
    "PracticePartner",
    "PracticeSubmission",
    "Region",
    "SDGTarget",
    "Stage",
    "ImplementationStatus",
    "Theme",
    "new_source_id",
]
