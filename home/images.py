"""Images on pages: a hero image needs alternative text, a gallery is Wagtail's ImageBlock
(alternative text required unless the image is marked decorative, checked when publishing).

Practices and discussions share these rules (`practices/models/practices.py`,
`discussions/models/pages.py`).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.blocks import StreamBlock
from wagtail.images.blocks import ImageBlock

GALLERY_MAX = 12
HERO_ALT_HELP = _(
    "What the image shows, for people who cannot see it. Leave empty only if the image's own "
    "description says it."
)
GALLERY_HELP = _("Photos or illustrations shown below the text; each needs its alternative text.")
HERO_ALT_MISSING = _(
    "Add alternative text for the hero image: say what it shows, for people who cannot see it."
)


def hero_alt(page) -> str:
    """The hero image's alternative text: the page's own, else the image's description."""
    image = getattr(page, "hero_image", None)
    if image is None:
        return ""
    return (page.hero_image_alt or "").strip() or (image.description or "").strip()


def require_hero_alt(page) -> None:
    """A page with a hero image and no alternative text for it cannot be saved or published."""
    if getattr(page, "hero_image_id", None) and not hero_alt(page):
        raise ValidationError({"hero_image_alt": HERO_ALT_MISSING})


class GalleryBlock(StreamBlock):
    """Images, each with its alternative text. A form sent without the gallery (a script, an
    older form) means an empty gallery, not an error."""

    image = ImageBlock()

    class Meta:
        max_num = GALLERY_MAX
        required = False

    def value_from_datadict(self, data, files, prefix):
        if f"{prefix}-count" not in data:
            return self.to_python([])
        return super().value_from_datadict(data, files, prefix)
