"""The cache tag of a discussion's pages and figures, apart from cache.py (which purges on model
signals and imports the models), so the rendering in threads.py tags its figures without
importing the page module that renders through it."""

from home.page_cache import page_tags


def discussion_tag(discussion_or_key) -> str:
    key = getattr(discussion_or_key, "translation_key", discussion_or_key)
    return f"discussion:{key}"


def kept_part_tags(discussion) -> tuple[str, ...]:
    """The tags a part of a discussion page kept for members carries (the synthesis, the people
    block): the discussion's (its contributions, its synthesis) and the page's own."""
    return (discussion_tag(discussion), *page_tags(discussion))
