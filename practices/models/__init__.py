"""Models of the catalogue: taxonomies, partner profiles, practices and member submissions."""

from .partners import PartnerIndexPage, PartnerPage, PartnerType
from .practices import (
    GoodPracticePage,
    ImplementationStatus,
    Modality,
    PartnerRole,
    PracticeIndexPage,
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
