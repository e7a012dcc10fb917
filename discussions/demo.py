"""Demo loader for e-discussions (arrives with the e-discussions issue)."""


def load(stdout=None, style=None) -> None:
    return None
