"""A multilingual thesaurus of development-cooperation concepts for cross-language matching.

multilingual-e5-small does not relate "twinning" to "jumelage" or "geminação", nor
"langosta del desierto" to "الجراد الصحراوي": the words are rare and the model small. The
thesaurus (search/thesaurus.toml: about 210 concepts, each named in en, fr, es, pt, ar and nb)
relates them, as thesaurus-based cross-language retrieval does:

- an entry's keywords (full text, both engines) carry every name of each concept its title,
  themes or text mention, so "jumelage" finds the Portuguese "Geminação…" record;
- what the embedding sees, for an entry and for a query, ends with the English names of the
  concepts they mention, so both sides share words the model knows well;
- a concept may belong to broader ones, one level up (the file's [broader] table: midwives
  to maternal health, solar pumps to solar energy): an entry's keywords and its title's
  concepts carry them too, so "soins obstétricaux d'urgence" finds "Utveksling av jordmødre";
- a query word the thesaurus does not know is read as a compound of two words it knows
  (Norwegian "jordmorutveksling": jordmor + utveksling) or as the word it knows one edit away
  (a typing mistake: "litteracy"), so the concept match and the embedding see the concept;
- phrases that hold a term without its meaning (the file's [not_terms] table: القابلة is the
  midwife, and "capable of" in "القابلة للتحقق", verifiable) name no concept.

Terms are matched on folded words (search.folding: case, accents, Arabic letter forms and
article), a final -s ignored, with small function words skipped: one pass of dictionary
lookups over the text, the table built once per process.
"""

import hashlib
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .folding import fold

PATH = Path(__file__).resolve().parent / "thesaurus.toml"
LANGUAGES = ("en", "fr", "es", "pt", "ar", "nb")
# Skipped on both sides, so "goutte à goutte" and "goutte-à-goutte", "bancos de leche" and
# "bancos leche" are one term. Folded forms (no accents, Arabic article removed). Not "sur"
# (French "on"): it is the Spanish south of "cooperación sur-sur" and "asia del sur".
FUNCTION_WORDS = frozenset(
    "a an the of for and in on to by with at from "
    "de des du d l la le les et en au aux pour par dans a "
    "del el los las y e por para con al "
    "da do das dos no na nos nas em o os as um uma com ao "
    "og i av for til med pa paa "
    "في من عن على الى او و".split()
)
# Longest term, in words (after function words are skipped).
MAX_WORDS = 6
# The thesaurus file's table of phrases that hold a term but name no concept ("القابلة
# للتحقق", verifiable: القابلة is also the midwife); matched like terms, they name nothing.
NOT_TERMS = "not_terms"
# The thesaurus file's table of narrower concepts and the broader ones they belong to.
BROADER = "broader"
# A query's concept names added to what the embedding sees, at most.
MAX_QUERY_LABELS = 4
# A query word the thesaurus does not know is read as a compound of two words it knows
# ("jordmorutveksling": jordmor + utveksling, Norwegian writes compounds as one word) when it
# has at least MIN_COMPOUND letters, each part at least MIN_PART; else as a word it knows one
# edit away (a letter added, dropped, changed or two swapped: "litteracy") when it has at least
# MIN_TYPO letters. Queries only: a record's text is read as written. Seven-letter words one
# edit from a thesaurus word were as often other words ("partner" and the Spanish "partera",
# midwife; "getting" and "wetting"), so eight letters are needed; no read query moved.
MIN_COMPOUND = 8
MIN_PART = 3
MIN_TYPO = 8
# Endings a known word takes that the thesaurus does not list, with what stands in their place
# in the form it lists: Norwegian's definite forms ("rismarkene", "bøndene", "utvekslingene":
# the rice fields, the farmers, the exchanges, read as "rismarker", "bønder", "utveksling"),
# its indefinite plural ("utvekslinger av ansatte", exchanges of staff), and a final -a or -e
# where the word without it is listed (Spanish and Portuguese plurals in -es, "virtuales",
# whose final -s words() drops already; French feminines, "municipale"). A word of at least
# MIN_INFLECTED letters is left once the ending is cut.
INFLECTIONS = (
    ("ene", ("er", "e", "")),
    ("en", ("e", "")),
    ("et", ("",)),
    ("er", ("",)),
    ("a", ("",)),
    ("e", ("",)),
)
MIN_INFLECTED = 4
# Letters Norwegian (and Swedish, Danish, German) put between a compound's parts: kunnskap-s-deling.
LINKING_LETTERS = ("s", "e")


@dataclass(frozen=True)
class Concept:
    key: str
    terms: dict[str, tuple[str, ...]]  # language -> its terms, first the preferred one

    @property
    def label(self) -> str:
        """The English name the embedding sees."""
        return self.terms["en"][0]

    def all_terms(self) -> list[str]:
        return list(dict.fromkeys(term for language in LANGUAGES for term in self.terms[language]))


def _stem(word: str) -> str:
    """A word with a final -s removed (Latin script, long enough): plural and singular meet."""
    if len(word) > 3 and word.endswith("s") and word.isascii():
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """The text's folded, stemmed words without function words."""
    return [
        _stem(word) for word in fold(text.replace("'", " ")).split() if word not in FUNCTION_WORDS
    ]


def is_arabic(word: str) -> bool:
    return any("\u0600" <= letter <= "\u06ff" for letter in word)


# Arabic writes "and", "so" and the one-letter prepositions (with, like, for) as part of the
# next word: "وتطعيم" (and vaccinating), "بمياه الصرف" (with waste water). search.folding
# takes them off with the article; a word without the article keeps them.
CONJUNCTIONS = "وف"
PREPOSITIONS = "بكل"


def without_proclitics(word: str) -> list[str]:
    """An Arabic word as written, then without a leading conjunction, a preposition, or both
    ("وبمياه"), when at least three letters are left."""
    forms = [word]
    if len(word) > 3 and word[0] in CONJUNCTIONS + PREPOSITIONS:
        forms.append(word[1:])
    if len(word) > 4 and word[0] in CONJUNCTIONS and word[1] in PREPOSITIONS:
        forms.append(word[2:])
    return forms


@dataclass(frozen=True)
class Lexicon:
    """Known words, and per word with one letter deleted the words it comes from (a
    symmetric-delete index: two words one edit apart share an entry)."""

    vocabulary: frozenset[str]
    deletions: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, known: Iterable[str]) -> "Lexicon":
        known = frozenset(known)
        deletions: dict[str, tuple[str, ...]] = {}
        for word in sorted(known):
            for key in _deletions(word):
                deletions[key] = (*deletions.get(key, ()), word)
        return cls(vocabulary=known, deletions=deletions)

    def nearest(self, word: str) -> list[str]:
        """The known word one edit away (a letter added, dropped, changed or two swapped; the
        first in alphabetical order of several), else []; [] for words shorter than MIN_TYPO.
        The first letter is kept: a word one edit from another at its first letter is
        seldom mistyped but often another word ("getting", "letting" and "wetting"; "águas
        fluviais" and "pluviais", river and rain water)."""
        if len(word) < MIN_TYPO:
            return []
        keys = [word, *_deletions(word)]
        found = {known for key in keys for known in self.deletions.get(key, ())}
        found |= {key for key in keys if key in self.vocabulary}
        return sorted(known for known in found if known[0] == word[0])[:1]


@dataclass(frozen=True)
class Thesaurus:
    concepts: dict[str, Concept]
    # Folded words of a term -> the concepts it names (none for a phrase of NOT_TERMS).
    table: dict[tuple[str, ...], tuple[str, ...]]
    # Every folded word of a term (mend reads unknown query words against them).
    lexicon: Lexicon
    # A concept -> the broader concepts it belongs to (midwives -> maternal health).
    broader: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def vocabulary(self) -> frozenset[str]:
        return self.lexicon.vocabulary

    def terms(self, text: str, query: bool = False) -> list[tuple[str, ...]]:
        """Per term the text names, in order (longest terms first), the concepts it names:
        one, or several when the term names several ("tinglysing": land tenure, cadastre).
        A query's unknown words are read as compounds or mistyped words (mend)."""
        tokens = words(text)
        if query:
            tokens = [part for token in tokens for part in self.mend(token)]
        found: list[tuple[str, ...]] = []
        position = 0
        while position < len(tokens):
            length, keys = self.longest_term(tokens, position)
            if keys:
                found.append(keys)
            position += length or 1
        return found

    def longest_term(self, tokens: list[str], position: int) -> tuple[int, tuple[str, ...]]:
        """(words, concepts) of the longest term starting at `position` ((0, ()) for none);
        an Arabic word may carry the conjunction و ("وتطعيم الأطفال", and vaccinating the
        children) or a preposition ("بمياه الصرف المعالجة", with treated waste water), tried
        without them when the word as written starts no term (without_proclitics)."""
        for start in without_proclitics(tokens[position]):
            candidates = [start, *tokens[position + 1 : position + MAX_WORDS]]
            for length in range(len(candidates), 0, -1):
                keys = self.table.get(tuple(candidates[:length]))
                if keys is not None:  # a term, or a phrase that names nothing (NOT_TERMS)
                    return length, keys
        return 0, ()

    def find(self, text: str, query: bool = False) -> list[Concept]:
        """The concepts the text names, in order of first mention."""
        keys = dict.fromkeys(key for term in self.terms(text, query) for key in term)
        return [self.concepts[key] for key in keys]

    def mend(self, word: str) -> list[str]:
        """A query word as the words of the thesaurus it stands for: itself when known (or
        short, or Arabic's), else its two parts (a compound), else the known word one edit
        away (a typing mistake), else itself."""
        if word in self.vocabulary or not word.isalpha() or is_arabic(word):
            return [word]
        return self.inflected(word) or self.parts(word) or self.lexicon.nearest(word) or [word]

    def inflected(self, word: str) -> list[str]:
        """The known word the word is with an inflection's ending (INFLECTIONS: Norwegian's
        definite "utvekslingene", the exchanges), else []."""
        for ending, replacements in INFLECTIONS:
            stem = word.removesuffix(ending)
            if stem == word or len(stem) < MIN_INFLECTED:
                continue
            for known in (stem + replacement for replacement in replacements):
                if known in self.vocabulary:
                    return [known]
        return []

    def parts(self, word: str) -> list[str]:
        """The word's two known parts, the longest first part first ([] if none)."""
        if len(word) < MIN_COMPOUND:
            return []
        for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            head, tail = word[:cut], _stem(word[cut:])
            if tail not in self.vocabulary:
                continue
            if head in self.vocabulary:
                return [head, tail]
            if head[-1] in LINKING_LETTERS and head[:-1] in self.vocabulary:
                return [head[:-1], tail]
        return []


@lru_cache(maxsize=1)
def thesaurus() -> Thesaurus:
    with PATH.open("rb") as data:
        raw = tomllib.load(data)
    not_terms = raw.pop(NOT_TERMS, {})
    broader = {key: tuple(names) for key, names in raw.pop(BROADER, {}).items()}
    concepts, table = {}, {}
    goals = goal_concepts()
    broader.update(dict.fromkeys(goals, ("sdgs",)))
    for key, names in [*raw.items(), *goals.items()]:
        terms = {
            language: tuple(
                [names[language]] if isinstance(names[language], str) else names[language]
            )
            for language in LANGUAGES
        }
        concepts[key] = Concept(key=key, terms=terms)
        for term in concepts[key].all_terms():
            folded = tuple(words(term))
            if folded and not _loses_its_prefix(term, folded):
                table[folded] = tuple(dict.fromkeys([*table.get(folded, ()), key]))
    for phrases in not_terms.values():
        for phrase in phrases:
            folded = tuple(words(phrase))
            if len(folded) > 1 and folded not in table:
                table[folded] = ()
    unknown = {*broader, *(key for keys in broader.values() for key in keys)} - set(concepts)
    if unknown:
        raise ValueError(f"{PATH.name}: [{BROADER}] names unknown concepts {sorted(unknown)}")
    return Thesaurus(
        concepts=concepts,
        table=table,
        lexicon=Lexicon.of(word for term in table for word in term),
        broader=broader,
    )


GOAL_PREFIX = "sdg_"


def goal_key(number: int) -> str:
    """The thesaurus's key of a Sustainable Development Goal."""
    return f"{GOAL_PREFIX}{number}"


def goal_number(key: str) -> int | None:
    """The goal a thesaurus key names, else None."""
    number = key.removeprefix(GOAL_PREFIX)
    return int(number) if key.startswith(GOAL_PREFIX) and number.isdigit() else None


def goal_concepts() -> dict[str, dict[str, list[str]]]:
    """A concept per Sustainable Development Goal, named by its number as each language writes
    it ("SDG 6", "ODD 6", "ODS 6", "الهدف 6", "bærekraftsmål 6"): a record's keywords carry
    them for the goals it is tagged with (SearchEntry.keywords), so "ODS 6 agua" finds the
    records tagged with goal 6 that are about water, whatever their language."""
    return {
        goal_key(number): {
            "en": [
                f"sdg {number}",
                f"sdg{number}",
                f"goal {number}",
                f"sustainable development goal {number}",
            ],
            "fr": [
                f"odd {number}",
                f"odd{number}",
                f"objectif {number}",
                f"objectif de développement durable {number}",
            ],
            "es": [
                f"ods {number}",
                f"ods{number}",
                f"objetivo {number}",
                f"objetivo de desarrollo sostenible {number}",
            ],
            "pt": [
                f"ods {number}",
                f"ods{number}",
                f"objetivo {number}",
                f"objetivo de desenvolvimento sustentável {number}",
            ],
            "ar": [
                f"الهدف {number}",
                f"هدف التنمية المستدامة {number}",
                f"الهدف {ARABIC_ORDINALS[number - 1]}",
            ],
            "nb": [
                f"bærekraftsmål {number}",
                f"bærekraftsmål{number}",
                f"mål {number}",
                f"bærekraftsmål nummer {number}",
            ],
        }
        for number in range(1, 18)
    }


# Arabic writes a goal by its ordinal as often as by its number: "الهدف السادس" (the sixth goal).
ARABIC_ORDINALS = (
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الحادي عشر",
    "الثاني عشر",
    "الثالث عشر",
    "الرابع عشر",
    "الخامس عشر",
    "السادس عشر",
    "السابع عشر",
)


def _loses_its_prefix(term: str, folded: tuple[str, ...]) -> bool:
    """Whether a term of several words keeps one once function words are skipped: "e-health"
    would name every "health", "asia del sur" every "Asia"; such a term names nothing."""
    return len(folded) == 1 and len(fold(term.replace("'", " ")).split()) > 1


def _deletions(word: str) -> set[str]:
    """The word with one letter deleted, every way."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit_apart(first: str, second: str) -> bool:
    """Whether two words are one edit apart, as Lexicon.nearest reads it (a letter added,
    dropped, changed or two swapped)."""
    if first == second:
        return False
    one, other = _deletions(first), _deletions(second)
    return first in other or second in one or not one.isdisjoint(other)


def concepts_in(text: str) -> list[Concept]:
    return thesaurus().find(text or "")


def keywords(text: str, also: Iterable[str] = ()) -> str:
    """Every name, in every language, of the concepts the text names (and of the concepts
    `also` names by key: those a record's tags name, search.places.tagged_concepts) and of the
    broader concepts they belong to (for full text)."""
    found = thesaurus()
    named = [*(concept.key for concept in concepts_in(text)), *also]
    keys = dict.fromkeys([*named, *(key for name in named for key in found.broader.get(name, ()))])
    return " ".join(term for key in keys for term in found.concepts[key].all_terms())


def english_labels(text: str, limit: int | None = None) -> list[str]:
    """The English names of the concepts the text names, first mentioned first."""
    labels = [concept.label for concept in concepts_in(text)]
    return labels[:limit] if limit else labels


def expand_query(text: str) -> str:
    """The query as the embedding sees it: its words, then the English names of the concepts
    it names that it does not already say."""
    folded = " ".join(words(text))
    named = [concept.label for concept in thesaurus().find(text or "", query=True)]
    extra = [label for label in named[:MAX_QUERY_LABELS] if " ".join(words(label)) not in folded]
    return f"{text} ({'; '.join(extra)})" if extra else text


@lru_cache(maxsize=1)
def digest() -> str:
    """The thesaurus file's hash: part of each entry's content hash, so that the next
    rebuild_search re-indexes every entry after the thesaurus changes."""
    return hashlib.sha256(PATH.read_bytes()).hexdigest()[:16]


def query_concept_labels(text: str) -> list[tuple[str, ...]]:
    """For the concept match, per term of the query that names concepts, the English names
    of those concepts (at most MAX_QUERY_LABELS terms): a record matches, with a smaller bonus
    than one holding every query word, when it names, in any language, one concept of every
    term. A term naming two concepts ("tinglysing": land tenure or cadastre) asks for either,
    not both. Empty when the query names none."""
    concepts = thesaurus().concepts
    groups = dict.fromkeys(
        tuple(concepts[key].label for key in term)
        for term in thesaurus().terms(text or "", query=True)
    )
    return list(groups)[:MAX_QUERY_LABELS]


def title_concepts(title: str) -> frozenset[str]:
    """The keys of the concepts a title names (in its own language), with the broader
    concepts they belong to: a title about midwives is about maternal health."""
    found = thesaurus()
    named = {key for term in found.terms(title or "") for key in term}
    return frozenset(named.union(*(found.broader.get(key, ()) for key in named)))


def query_concept_terms(text: str) -> list[tuple[str, ...]]:
    """Per concept-naming term of the query, the keys of the concepts it names (at most
    MAX_QUERY_LABELS terms, as query_concept_labels)."""
    return list(dict.fromkeys(thesaurus().terms(text or "", query=True)))[:MAX_QUERY_LABELS]


def title_names_query(named: frozenset[str], terms: list[tuple[str, ...]]) -> bool:
    """Whether a title naming the concepts `named` names one concept of every concept-naming
    term of the query (`terms`, from query_concept_terms); False when the query names none."""
    return bool(terms) and all(named.intersection(term) for term in terms)
