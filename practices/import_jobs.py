"""Background imports editors can follow and cancel: their state is kept in small files next
to the uploaded file in PRIVATE_ROOT/imports/, which nothing serves."""

import json
import re
import secrets
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.utils.translation import ngettext

STORED_NAME = re.compile(r"^[0-9a-f]{32}\.(csv|jsonl|ndjson|json)$")
LEFTOVER_AGE = timedelta(days=1)


@dataclass
class ImportJob:
    stored: str
    name: str
    done: int
    total: int
    user_pk: int | None
    cancelling: bool

    @property
    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else 0

    def as_json(self) -> dict:
        label = ngettext("%(done)s of %(total)s row", "%(done)s of %(total)s rows", self.total) % {
            "done": self.done,
            "total": self.total,
        }
        return {
            "stored": self.stored,
            "name": self.name,
            "done": self.done,
            "total": self.total,
            "percent": self.percent,
            "cancelling": self.cancelling,
            "label": label,
        }


def imports_directory() -> Path:
    """Uploaded files waiting for a background import: private, never under MEDIA_ROOT."""
    return Path(settings.PRIVATE_ROOT) / "imports"


def _status(stored: str) -> Path:
    return imports_directory() / f"{stored}.status.json"


def _cancel_flag(stored: str) -> Path:
    return imports_directory() / f"{stored}.cancel"


def record(stored: str, name: str, done: int, total: int, user_pk: int | None) -> None:
    state = {"name": name, "done": done, "total": total, "user": user_pk}
    _status(stored).write_text(json.dumps(state), encoding="utf-8")


def progress_callback(stored: str, name: str, user_pk: int | None):
    """An `on_batch` for import_rows: records progress, and says stop once cancelled."""

    def on_batch(done: int, total: int) -> bool:
        record(stored, name, done, total, user_pk)
        return not is_cancelled(stored)

    return on_batch


def is_cancelled(stored: str) -> bool:
    return _cancel_flag(stored).exists()


def request_cancel(stored: str) -> bool:
    """Ask a queued or running import to stop after its current batch; False if unknown."""
    if not STORED_NAME.match(stored) or not _status(stored).exists():
        return False
    _cancel_flag(stored).touch()
    return True


def running() -> list[ImportJob]:
    jobs = []
    for path in sorted(imports_directory().glob("*.status.json")):
        stored = path.name.removesuffix(".status.json")
        try:
            state = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # finished meanwhile, or being written
        jobs.append(
            ImportJob(
                stored=stored,
                name=str(state.get("name", "")),
                done=int(state.get("done", 0)),
                total=int(state.get("total", 0)),
                user_pk=state.get("user"),
                cancelling=is_cancelled(stored),
            )
        )
    return jobs


def keep(upload, name: str, user_pk: int | None) -> str:
    """Keep a checked file (after a dry run) so the editor can import it without choosing it
    again; returns its token. Removed once imported, or by `clean_leftovers` after a day."""
    directory = imports_directory()
    directory.mkdir(parents=True, exist_ok=True)
    stored = f"{secrets.token_hex(16)}{Path(name).suffix.lower()}"
    upload.seek(0)
    with (directory / stored).open("wb") as output:
        for chunk in upload.chunks():
            output.write(chunk)
    state = {"name": Path(name).name, "user": user_pk}
    _kept(stored).write_text(json.dumps(state), encoding="utf-8")
    return stored


def kept(stored: str, user_pk: int | None) -> tuple[Path, str] | None:
    """The path and name of a file this editor kept after a dry run, if it is still there."""
    if not STORED_NAME.match(stored or "") or not (imports_directory() / stored).is_file():
        return None
    try:
        state = json.loads(_kept(stored).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if state.get("user") != user_pk:
        return None
    return imports_directory() / stored, str(state.get("name", ""))


def _kept(stored: str) -> Path:
    return imports_directory() / f"{stored}.kept.json"


def finish(stored: str) -> None:
    """Remove the uploaded file and its state: after success, failure or cancellation."""
    for path in (
        imports_directory() / stored,
        _status(stored),
        _cancel_flag(stored),
        _kept(stored),
    ):
        path.unlink(missing_ok=True)


def clean_leftovers(max_age: timedelta = LEFTOVER_AGE) -> int:
    """Remove files of imports that never finished (a killed worker); returns how many."""
    directory = imports_directory()
    if not directory.is_dir():
        return 0
    oldest = time.time() - max_age.total_seconds()
    removed = 0
    for path in directory.iterdir():
        if path.is_file() and path.stat().st_mtime < oldest:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
