"""Demo e-discussions, members and contributions, read from the files in `demo_content/`.

- `discussions/NN-<slug>.toml`: a discussion page, in the order they are built (title, background HTML, period, sections of
  guiding questions, organisers and facilitators as partner slugs);
- `members.toml`: the demo members (`[[members]]`);
- `contributions/NN-<key>.md`: one contribution each, in posting order, its fields in TOML front
  matter between `+++` lines and its Markdown body after it. `parent` names the key of the
  contribution it replies to; `questions` the numbers of the guiding questions it answers.
"""

import tomllib
from pathlib import Path

CONTENT = Path(__file__).with_name("demo_content")


def _toml(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _contribution(path: Path) -> dict:
    _, front_matter, body = path.read_text(encoding="utf-8").split("+++\n", 2)
    return {"parent": None, **tomllib.loads(front_matter), "body": body.strip("\n")}


DISCUSSIONS: list[dict] = [
    {"summary_report": None, **_toml(path)}
    for path in sorted((CONTENT / "discussions").glob("*.toml"))
]
MEMBERS: list[dict] = [
    {"organisation": None, "partner": None, **member}
    for member in _toml(CONTENT / "members.toml")["members"]
]
CONTRIBUTIONS: list[dict] = [
    _contribution(path) for path in sorted((CONTENT / "contributions").glob("*.md"))
]
