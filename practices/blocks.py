"""StreamField blocks of a good practice: the solution's building blocks and supporting media."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

SIMPLE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class BuildingBlock(blocks.StructBlock):
    """A reusable component of a solution, as in PANORAMA's solution template."""

    title = blocks.CharBlock(label=_("title"))
    description = blocks.RichTextBlock(features=SIMPLE_FEATURES, label=_("description"))
    enabling_factors = blocks.RichTextBlock(
        features=SIMPLE_FEATURES, required=False, label=_("enabling factors")
    )
    lessons_learned = blocks.RichTextBlock(
        features=SIMPLE_FEATURES, required=False, label=_("lessons learned")
    )

    class Meta:
        icon = "cogs"
        label = _("building block")
        template = "practices/blocks/building_block.html"
        preview_value = {
            "title": "Community seed banks",
            "description": "<p>Farmers keep and exchange local seed varieties.</p>",
            "enabling_factors": "<p>A farmers' association that meets every month.</p>",
            "lessons_learned": "<p>Start with the varieties women already keep.</p>",
        }


class PracticeImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(required=False, label=_("alternative text"))
    caption = blocks.CharBlock(required=False, label=_("caption"))

    class Meta:
        icon = "image"
        label = _("image")
        template = "practices/blocks/image.html"


class PracticeQuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(required=False, label=_("attribution"))

    class Meta:
        icon = "openquote"
        label = _("quote")
        template = "practices/blocks/quote.html"
        preview_value = {
            "text": "The exchange visits changed how our ministry plans irrigation.",
            "attribution": "A programme officer",
        }


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(max_length=40, label=_("figure"))
    label = blocks.CharBlock(max_length=200, label=_("what it measures"))

    class Meta:
        icon = "pick"
        label = _("key figure")
        template = "practices/blocks/key_figure.html"
        preview_value = {"value": "12,000", "label": "farming families reached"}


class PracticeDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(required=False, label=_("link text"))

    class Meta:
        icon = "doc-full"
        label = _("document")
        template = "practices/blocks/document.html"


class TextBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        label = _("text")
        template = "practices/blocks/text.html"
        preview_value = "<p>The solution combines training and exchange visits.</p>"


class SolutionBlock(blocks.StreamBlock):
    building_block = BuildingBlock()
    text = TextBlock(features=SIMPLE_FEATURES + ["h3", "h4", "blockquote"])
    image = PracticeImageBlock()
    quote = PracticeQuoteBlock()
    key_figure = KeyFigureBlock()
    document = PracticeDocumentBlock()


class DocumentsBlock(blocks.StreamBlock):
    document = PracticeDocumentBlock()
