"""Demo catalogue content, read from the data files in `demo_content/`.

All organisations except the UN entities and Norec are fictional, and every text was written
for Minga. `practices.jsonl` is in the import interchange format (it doubles as the sample file
for `manage.py import_practices`); partner strings in it are "<partner name> (<role>)" with role
one of provider, beneficiary, facilitating, funder. `partners.jsonl` holds the organisations,
`themes.txt` the theme names, one per line.
"""

import json
from pathlib import Path

CONTENT = Path(__file__).with_name("demo_content")
PRACTICES_FILE = CONTENT / "practices.jsonl"


def _json_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


THEMES: list[str] = (CONTENT / "themes.txt").read_text(encoding="utf-8").split("\n")[:-1]
PARTNERS: list[dict] = _json_lines(CONTENT / "partners.jsonl")
PRACTICES: list[dict] = _json_lines(PRACTICES_FILE)
