"""StreamField blocks shared by content pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"))
    level = blocks.ChoiceBlock(
        choices=[("h2", "H2"), ("h3", "H3"), ("h4", "H4")], default="h2", label=_("level")
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        preview_value = {"text": "South-South cooperation in practice", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(required=False, label=_("caption"))
    alt_text = blocks.CharBlock(required=False, label=_("alternative text"))

    class Meta:
        icon = "image"
        template = "blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(required=False, label=_("attribution"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        preview_value = {
            "text": "We learn most from peers who faced the same problem.",
            "attribution": "A think-tank member",
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    text = blocks.TextBlock(required=False, label=_("text"))
    page = blocks.PageChooserBlock(label=_("page"))
    button_label = blocks.CharBlock(required=False, label=_("button label"))

    class Meta:
        icon = "link"
        template = "blocks/call_to_action.html"


class ContentBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "h3", "h4", "blockquote"],
        icon="pilcrow",
        template="blocks/paragraph.html",
        label=_("paragraph"),
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
