"""The cache tag of a discussion's pages and figures, apart from cache.py (which purges on model
signals and imports the models), so the rendering in threads.py tags its figures without
importing the page module that renders through it."""


def discussion_tag(discussion_or_key) -> str:
    key = getattr(discussion_or_key, "translation_key", discussion_or_key)
    return f"discussion:{key}"
