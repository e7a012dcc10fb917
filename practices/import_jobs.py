"""Background imports editors can follow and cancel: their state is kept in small files next
to the uploaded file under imports/ in the private storage (home/private_files.py: PRIVATE_ROOT
or a private bucket), which nothing serves and every web and worker machine reads."""

import json
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.translation import ngettext

from home.private_files import private_storage

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


PREFIX = "imports/"


def imports_directory() -> Path:
    """Where the private storage keeps them on the local file system (no PRIVATE_STORAGE_URL)."""
    return Path(settings.PRIVATE_ROOT) / "imports"


def _name(stored: str, suffix: str = "") -> str:
    return f"{PREFIX}{stored}{suffix}"


def _write(name: str, content: bytes) -> None:
    private_storage().save(name, ContentFile(content))  # the private storage overwrites


def _read_json(name: str) -> dict | None:
    try:
        with private_storage().open(name, "rb") as state:
            return json.loads(state.read().decode("utf-8"))
    except (OSError, ValueError):
        return None  # finished meanwhile, or being written


def _listing() -> list[str]:
    try:
        return private_storage().listdir(PREFIX)[1]
    except FileNotFoundError:
        return []  # nothing stored yet


def store(source, name: str) -> str:
    """Store an uploaded file (a file object) under an unguessable name; returns that name."""
    stored = f"{secrets.token_hex(16)}{Path(name).suffix.lower()}"
    source.seek(0)
    private_storage().save(_name(stored), source)
    return stored


def open_upload(stored: str):
    """The stored file open for binary reading, or None once it is gone."""
    if not STORED_NAME.match(stored or "") or not private_storage().exists(_name(stored)):
        return None
    return private_storage().open(_name(stored), "rb")


def record(stored: str, name: str, done: int, total: int, user_pk: int | None) -> None:
    state = {"name": name, "done": done, "total": total, "user": user_pk}
    _write(_name(stored, ".status.json"), json.dumps(state).encode())


def progress_callback(stored: str, name: str, user_pk: int | None):
    """An `on_batch` for import_rows: records progress, and says stop once cancelled."""

    def on_batch(done: int, total: int) -> bool:
        record(stored, name, done, total, user_pk)
        return not is_cancelled(stored)

    return on_batch


def is_cancelled(stored: str) -> bool:
    return private_storage().exists(_name(stored, ".cancel"))


def request_cancel(stored: str) -> bool:
    """Ask a queued or running import to stop after its current batch; False if unknown."""
    if not STORED_NAME.match(stored) or not private_storage().exists(_name(stored, ".status.json")):
        return False
    _write(_name(stored, ".cancel"), b"")
    return True


def running() -> list[ImportJob]:
    jobs = []
    for filename in sorted(_listing()):
        if not filename.endswith(".status.json"):
            continue
        stored = filename.removesuffix(".status.json")
        state = _read_json(_name(filename))
        if state is None:
            continue
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
    stored = store(upload, name)
    state = {"name": Path(name).name, "user": user_pk}
    _write(_name(stored, ".kept.json"), json.dumps(state).encode())
    return stored


def kept(stored: str, user_pk: int | None) -> tuple[str, str] | None:
    """The stored name and file name of a file this editor kept after a dry run, if still there."""
    if not STORED_NAME.match(stored or "") or not private_storage().exists(_name(stored)):
        return None
    state = _read_json(_name(stored, ".kept.json"))
    if state is None or state.get("user") != user_pk:
        return None
    return stored, str(state.get("name", ""))


def finish(stored: str) -> None:
    """Remove the uploaded file and its state: after success, failure or cancellation."""
    for suffix in ("", ".status.json", ".cancel", ".kept.json"):
        private_storage().delete(_name(stored, suffix))


def clean_leftovers(max_age: timedelta = LEFTOVER_AGE) -> int:
    """Remove files of imports that never finished (a killed worker); returns how many."""
    storage, oldest = private_storage(), timezone.now() - max_age
    removed = 0
    for filename in _listing():
        try:
            old = storage.get_modified_time(_name(filename)) < oldest
        except OSError:
            continue  # removed meanwhile
        if old:
            storage.delete(_name(filename))
            removed += 1
    return removed
