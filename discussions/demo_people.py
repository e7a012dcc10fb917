"""The people of the demo discussions (demo_content/people.toml): moderators and facilitating
members added once, when a discussion has no facilitating member yet (reruns keep edits)."""

import tomllib
from pathlib import Path

PEOPLE = Path(__file__).with_name("demo_content") / "people.toml"


def load(discussions: dict, users: dict) -> int:
    """Name the people on each discussion (slug -> page, username -> user); returns pages changed."""
    data = tomllib.loads(PEOPLE.read_text(encoding="utf-8"))
    changed = 0
    for slug, people in data.items():
        page = discussions.get(slug)
        if page is None or page.facilitator_people.exists():
            continue
        moderators = [users[name] for name in people.get("moderators", []) if name in users]
        page.moderators = list(page.moderators.all()) + moderators
        page.facilitator_people = [
            users[name] for name in people.get("facilitators", []) if name in users
        ]
        page.save_revision().publish()
        changed += 1
    return changed
