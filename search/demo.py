"""Demo loader step: index the demo content the other loaders created (runs last)."""

from .rebuild import rebuild


def load(stdout=None, style=None) -> None:
    report = rebuild(progress=False)
    if stdout:
        stdout.write(f"Search index ready ({report.written} entries written).")
