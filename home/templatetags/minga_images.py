"""Responsive images: `{% responsive_image image "card" alt=... %}` draws a `<picture>` with
`srcset`, `sizes`, width and height, AVIF and WebP sources and a JPEG or PNG fallback.

The sizes of each kind of image live here, once: templates name a kind, and `warm()` (the demo
loaders) makes the same renditions ahead of time. Only the hero image, the one above the fold,
loads eagerly (with `fetchpriority="high"`); every other image is `loading="lazy"`.

AVIF is kept for heroes: it saves the most there, and encoding it costs 0.3-0.6 s per
rendition on a 2-core machine against 0.02-0.2 s for WebP (measured with Pillow 13).
"""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError

register = template.Library()


@dataclass(frozen=True)
class Kind:
    sizes_px: tuple[tuple[int, int], ...]  # the renditions' boxes, narrowest first
    sizes: str  # the `sizes` attribute: how wide the image is drawn
    formats: tuple[str, ...] = ("webp",)
    fallback: str = "jpeg"
    operation: str = "fill"  # "max" keeps the whole image (logos)
    eager: bool = False

    def spec(self, box: tuple[int, int], image_format: str) -> str:
        return f"{self.operation}-{box[0]}x{box[1]}|format-{image_format}"

    def specs(self) -> list[str]:
        return [self.spec(box, f) for f in self.formats for box in self.sizes_px] + [
            self.spec(self.sizes_px[0 if self.operation == "max" else -2], self.fallback)
        ]


KINDS = {
    # a practice's header: the 48rem text column, 16:9
    "practice-hero": Kind(
        ((640, 360), (960, 540), (1440, 810)),
        "(min-width: 52rem) 46rem, calc(100vw - 2rem)",
        formats=("avif", "webp"),
        eager=True,
    ),
    # a discussion's header: the whole 75rem container, 3:1
    "discussion-hero": Kind(
        ((640, 213), (1200, 400), (1800, 600)),
        "(min-width: 79rem) 71rem, (min-width: 48rem) calc(100vw - 4rem), calc(100vw - 2rem)",
        formats=("avif", "webp"),
        eager=True,
    ),
    # cards in a grid of 17rem minimum
    "card": Kind(
        ((400, 225), (800, 450)),
        "(min-width: 60rem) 24rem, (min-width: 40rem) 50vw, 100vw",
    ),
    # gallery thumbnails, 4:3
    "gallery": Kind(((480, 360), (960, 720)), "(min-width: 48rem) 15rem, 50vw"),
    # a partner's logo: whole, at most 160 x 96 CSS pixels (a card shows it at 64 x 48)
    "logo": Kind(((160, 96), (320, 192)), "10rem", fallback="png", operation="max"),
    "logo-small": Kind(((64, 48), (128, 96)), "4rem", fallback="png", operation="max"),
}

MIME = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}


def warm(image, *kinds: str) -> None:
    """Make the renditions of `kinds` now (the demo loaders), not on a visitor's request;
    MINGA_WARM_RENDITIONS = False (the tests) leaves them to the first request."""
    if not settings.MINGA_WARM_RENDITIONS:
        return
    image.get_renditions(*[spec for kind in kinds for spec in KINDS[kind].specs()])


def with_renditions(*kinds: str):
    """Images with the renditions of `kinds` fetched alongside (one query for a whole list):
    `Prefetch("hero_image", queryset=with_renditions("card"))` for a list of cards."""
    specs = [spec for kind in kinds for spec in KINDS[kind].specs()]
    return get_image_model().objects.prefetch_renditions(*specs)


@register.simple_tag
def responsive_image(image, kind: str, alt: str = "", css_class: str = ""):
    """A `<picture>` of `image` drawn as `kind` (see KINDS); empty without an image."""
    if image is None:
        return ""
    shape = KINDS[kind]
    specs = shape.specs()
    try:
        renditions = image.get_renditions(*specs)
    except SourceImageIOError:  # the original file is gone: no image rather than an error
        return ""
    sources = format_html_join(
        "",
        '<source type="{}" srcset="{}" sizes="{}">',
        (
            (
                MIME[image_format],
                ", ".join(
                    f"{renditions[shape.spec(box, image_format)].url} "
                    f"{renditions[shape.spec(box, image_format)].width}w"
                    for box in shape.sizes_px
                ),
                shape.sizes,
            )
            for image_format in shape.formats
        ),
    )
    fallback = renditions[specs[-1]]
    loading = mark_safe(
        'fetchpriority="high"' if shape.eager else 'loading="lazy" decoding="async"'
    )
    return format_html(
        '<picture{}>{}<img src="{}" width="{}" height="{}" alt="{}" {}></picture>',
        format_html(' class="{}"', css_class) if css_class else "",
        sources,
        fallback.url,
        fallback.width,
        fallback.height,
        alt,
        loading,
    )
