"""Texts longer than a provider accepts, cut on paragraph, then sentence, then word boundaries."""

import re

# From the coarsest boundary to the finest; past the last one a piece is cut by length.
BOUNDARIES = (r"\n[ \t]*\n\s*", r"(?<=[.!?;:…。؟؛])\s+", r"\s+")


def split_text(text: str, limit: int) -> list[tuple[str, str]]:
    """Pieces of at most `limit` characters, each with the separator that followed it.

    Joining every piece and its separator gives `text` back exactly.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    return _split(text, limit, 0)


def join_pieces(pieces: list[tuple[str, str]]) -> str:
    return "".join(piece + separator for piece, separator in pieces)


def _split(text: str, limit: int, level: int) -> list[tuple[str, str]]:
    if len(text) <= limit:
        return [(text, "")]
    if level == len(BOUNDARIES):
        return [(text[start : start + limit], "") for start in range(0, len(text), limit)]
    tokens = re.split(f"({BOUNDARIES[level]})", text)
    parts, separators = tokens[0::2], [*tokens[1::2], ""]
    pieces: list[tuple[str, str]] = []
    current: str | None = None
    current_separator = ""
    for part, separator in zip(parts, separators, strict=True):
        if len(part) > limit:
            if current is not None:
                pieces.append((current, current_separator))
                current = None
            smaller = _split(part, limit, level + 1)
            smaller[-1] = (smaller[-1][0], smaller[-1][1] + separator)
            pieces.extend(smaller)
        elif current is None:
            current, current_separator = part, separator
        elif len(current) + len(current_separator) + len(part) <= limit:
            current, current_separator = current + current_separator + part, separator
        else:
            pieces.append((current, current_separator))
            current, current_separator = part, separator
    if current is not None:
        pieces.append((current, current_separator))
    return pieces
