"""Demo loader for the catalogue: partner profiles (practices arrive with the catalogue issue)."""


def load(stdout=None, style=None) -> None:
    return None
