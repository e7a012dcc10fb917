"""One spelling for full-text matching: case, accents and Arabic letter forms folded.

Visitors type "energia renovavel" for "energia renovável" and "الانذار" for "الإنذار": the
database engine on PostgreSQL and Elasticsearch's standard analysis keep accents, and no
engine folds Arabic hamza forms, tā' marbūṭa or the article. Each entry's text is indexed
once more in folded form (only where folding changes it) and the query is folded the same way,
so both engines match either spelling.
"""

import re
import unicodedata

# Hamza carriers and final forms written either way, the tatweel (a stretching stroke), and
# Arabic-Indic digits (Arabic and Persian forms) as the digits most records write ("الهدف ٦").
ARABIC_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ئ": "ي",
        "ى": "ي",
        "ة": "ه",
        "ـ": None,
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
    }
)
# The article with its one-letter prefixes (and, with, as, so, for): "بالفيضانات" -> "فيضانات".
ARABIC_ARTICLE = re.compile(r"^(?:[وفبكل]?ال|لل)(?=\w{2})")
WORD = re.compile(r"\w+")


def _letters(text: str) -> str:
    """Case-folded, without accents or Arabic vowel marks (combining marks split words)."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", plain).translate(ARABIC_LETTERS)


def fold(text: str) -> str:
    """The words of `text` folded, separated by spaces."""
    return " ".join(ARABIC_ARTICLE.sub("", word) for word in WORD.findall(_letters(text)))


def folded_copy(text: str) -> str:
    """The folded text where folding changes a word (else empty: nothing new to index)."""
    folded = fold(text)
    return "" if folded == " ".join(WORD.findall((text or "").casefold())) else folded
