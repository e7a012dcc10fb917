"""Hostile text: every Unicode category (controls, NUL, lone surrogates, private use,
unassigned, U+FDFA...) plus the strings that broke Minga before, and requests built from it."""

from urllib.parse import quote

from hypothesis import strategies as st

KNOWN_BAD = [
    "",
    "\x00",
    "a\x00b",
    "\x0c",
    "\ufdfa" * 12,
    "\ufdfa" * 400,
    "\u202e\u2066",
    "\ud800",
    "\udfff\ud800",
    "\ufeff\ufffe\uffff",
    "%00",
    "%",
    "=cmd|' /C calc'!A0",
    "<script>alert(1)</script>",
    "'\"\\;--",
    "9" * 30,
    str(2**63),
    str(-(2**63) - 1),
    "-1",
    "1e309",
    "NaN",
    " ",
    "\n" * 5,
    "ا" * 500,
    "🏳️‍🌈" * 20,
]

any_character = st.characters(codec=None)  # every category, lone surrogates included
hostile_text = st.one_of(
    st.text(alphabet=any_character, max_size=40),
    st.sampled_from(KNOWN_BAD),
    st.lists(st.sampled_from(KNOWN_BAD), min_size=2, max_size=4).map("".join),
    st.text(alphabet=any_character, min_size=200, max_size=3000),
)


def encode(text: str) -> str:
    """Percent-encode text as a browser would, lone surrogates as the bytes they would be."""
    return quote(text.encode("utf-8", "surrogatepass"), safe="")


def query_string(params: dict) -> str:
    return "&".join(f"{encode(key)}={encode(value)}" for key, value in params.items())


def form_body(fields: dict) -> str:
    """An application/x-www-form-urlencoded body; list values repeat their key."""
    parts = []
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            parts.append(f"{encode(key)}={encode(str(item))}")
    return "&".join(parts)


def params_from(names: list[str]):
    """Dictionaries of known parameter names (and some unknown ones) to hostile values."""
    return st.dictionaries(
        st.one_of(st.sampled_from(names), hostile_text.filter(bool)),
        hostile_text,
        max_size=4,
    )
