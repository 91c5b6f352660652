"""A case-restored copy of a note for the language model and the name cues.

The small spaCy model finds almost no names in text written in capitals (US nursing notes,
ugly-mug alerts) and few in lower-case chat. The copy has the same length as the note, so
spans found in it are spans of the note:
- in a note written mostly in capitals (in_capitals), a word in capitals becomes lower case
  when it is everyday English and not a name ("ROOM" -> "room"), and is capitalised
  otherwise ("DANIELLE PRICE" -> "Danielle Price"); short ones (acronyms: PT, ED, HIV) and
  allow-listed acronyms stay as they are; a word English seldom uses beside a name is the
  other half of it ("RAFAL JEDRZEJEWSKI"), and the name of a street keeps a name's case
  ("HIGH STREET");
- in a note in mixed case, only names in capitals change (acronyms stay), and two words in
  capitals side by side that English almost never uses ("RAFAL JEDRZEJEWSKI");
- in either, a title or an initial in capitals and the word after it take a name's case
  ("DR KAPLAN" -> "Dr Kaplan", "DR. O'NEIL" -> "Dr. O'Neil", "ST. AGNES" -> "St. Agnes",
  "K. BOUDREAUX"), however often English uses the word, and so does a family name after a
  given name ("DEAN FOULDS"); the letters of a code stay as written ("SCH7730412",
  "LD70 YMA");
- a lower-case word that is a known given name, not an everyday English word, between
  English words, is capitalised ("omg poor emily" -> "omg poor Emily"), and so is a known
  family name straight after it, even one English uses ("sarah brown" -> "Sarah Brown":
  the model would otherwise read "Sarah" alone where it reads "sarah brown" whole).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import SHORT_TITLES, common_words, family_names, fold, given_names_any_case, zipf
from deidentify.lowercase_pass import LowerCaseNames
from deidentify.recognizers import street_address

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
EVERYDAY = 1.5  # Zipf frequency from which a word in capitals is taken as ordinary English
EVERYDAY_FAMILY = 4.3  # ... and a family name in capitals that English uses this often
RARE_NAME = 4.5  # a lower-case given name is capitalised only if English uses it less
PROPER_NOTE_NAME = 3.5  # ... in a note that capitalises its sentences
PROPER_SENTENCES = 3
_CAPITALISED_START = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)[A-Z]")
ENGLISH = 3.0  # Zipf frequency of the words either side for a lower-case name to be taken
FAMILY_AFTER_GIVEN = 3.5  # ... below which a word in capitals after a given name is its family
PAIRED_NAME_MAX = 3.0  # ... below which a word in capitals beside a name is part of it
RARE_PAIR = 2.5  # ... below which two words in capitals side by side in mixed case are a name
# street words after a name (street_address.py's, and in capitals DRIVE and CLOSE too: no
# everyday word there)
STREET_WORDS = frozenset(w.upper() for w in street_address.STREET_WORDS) | {"DRIVE", "CLOSE"}
_O_NAME = re.compile(r"[A-Z]['’][A-Z]{2,}")
_DIGIT_NEXT = re.compile(r"[/-]?\d")
_AFTER_TITLE = re.compile(r"\.?[ \t]+")


def m_start(match) -> int:
    return match.start()


def in_capitals(text: str) -> bool:
    """Is the note written mostly in capitals (half its words of two letters or more)?"""
    long = [m.group() for m in _WORD.finditer(text) if len(m.group()) >= 2]
    return bool(long) and sum(w.isupper() for w in long) >= 0.5 * len(long)


def _glued_to_digits(text: str, start: int, end: int) -> bool:
    """Is the word at text[start:end] part of a code, a digit touching it or after a / or -?"""
    return (start > 0 and text[start - 1].isdigit()) or bool(_DIGIT_NEXT.match(text, end)) \
        or bool(start > 1 and text[start - 1] in "/-" and text[start - 2].isdigit())


def _beside_code(text: str, start: int, end: int) -> bool:
    """Is the word at text[start:end] written beside a chunk with a digit in it (part of a
    code such as a number plate), with no punctuation between?"""
    before = text[:start].rstrip(" ").rsplit(None, 1)
    after = text[end:].lstrip(" ").split(None, 1)
    return bool(start > 0 and text[start - 1] == " " and before
                and any(c.isdigit() for c in before[-1]) and before[-1][-1:].isalnum()) \
        or bool(text[end:end + 1] == " " and after and any(c.isdigit() for c in after[0])
                and after[0][:1].isalnum())


def name_case(word: str) -> str:
    """A name in capitals in a name's case: "KAPLAN" -> "Kaplan", "O'NEIL" -> "O'Neil"."""
    if len(word) > 2 and word[1] in "'’":  # O'Neil, D'Souza
        return word[:3] + word[3:].lower()
    return word[0] + word[1:].lower()


class CaseRestorer:
    def __init__(self, acronyms: frozenset[str] = frozenset()) -> None:
        self.acronyms = acronyms
        self.given, self.family, self.common = given_names_any_case(), family_names(), common_words()

    def restore(self, text: str) -> str:
        if not any(c.isalpha() for c in text):
            return text
        words = list(_WORD.finditer(text))
        shouting = in_capitals(text)
        # a note that capitalises its sentences (three at least: not a post of a line or two,
        # where "mason" or "ian" are names) writes its names capitalised too: there a lower-case
        # given name must be rarer to be one ("a spouse visa", "not oral")
        proper = not shouting and len(_CAPITALISED_START.findall(text)) >= PROPER_SENTENCES \
            and not LowerCaseNames.informal(text)
        name_max = PROPER_NOTE_NAME if proper else RARE_NAME
        cased = []
        for i, m in enumerate(words):
            word = m.group()
            if word.isupper() and (_glued_to_digits(text, m.start(), m.end()) or (
                    len(word) <= 3 and _beside_code(text, m.start(), m.end()))):
                cased.append(word)  # a code's letters ("SCH7730412", "LD70 YMA") stay
                continue
            cased.append(self._titled(words, i) or self._street(words, i, shouting)
                         or self._word(word, shouting, words, i, name_max))
        if shouting:
            self._pair_names(words, cased)
        else:
            self._rare_pairs(words, cased)
        parts, pos = [], 0
        for m, new in zip(words, cased):
            if new != m.group() and len(new) == len(m.group()):
                parts.append(text[pos:m.start()])
                parts.append(new)
                pos = m.end()
        if not parts:
            return text
        parts.append(text[pos:])
        return "".join(parts)

    @staticmethod
    def _pair_names(words: list, cased: list[str]) -> None:
        """In a note in capitals, a word English seldom uses beside a word taken as a name,
        one space between, is the other half of the name ("RAFAL JEDRZEJEWSKI")."""
        for i, m in enumerate(words):
            word = m.group()
            if not word.isupper() or cased[i] != word.lower() or len(word) < 3 \
                    or zipf(fold(word)) >= PAIRED_NAME_MAX or fold(word) in STOP_WORDS:
                continue
            for k in (i - 1, i + 1):
                if not 0 <= k < len(words):
                    continue
                other = words[k].group()
                gap = m.string[min(m.end(), words[k].end()):max(m.start(), words[k].start())]
                if other.isupper() and cased[k] == name_case(other) != other and gap == " ":
                    cased[i] = name_case(word)
                    break

    def _rare_pairs(self, words: list, cased: list[str]) -> None:
        """In a note in mixed case, two words in capitals side by side that English almost
        never uses, four letters or more each, are a name ("Suspect RAFAL JEDRZEJEWSKI
        detained"), not acronyms (PESEL, MARAC stand alone or beside everyday words)."""
        for i in range(len(words) - 1):
            a, b = words[i].group(), words[i + 1].group()
            if a.isupper() and b.isupper() and cased[i] == a and cased[i + 1] == b \
                    and words[i].string[words[i].end():words[i + 1].start()] == " " \
                    and all(len(w) >= 4 and w not in self.acronyms and zipf(fold(w)) < RARE_PAIR
                            for w in (a, b)):
                cased[i], cased[i + 1] = name_case(a), name_case(b)

    @staticmethod
    def _titled(words: list, i: int) -> str | None:
        """A title in capitals and the name after it, in a name's case: "DR O'NEIL" ->
        "Dr O'Neil"; and a name after an initial ("K. BOUDREAUX") (None when word i is
        neither)."""
        def title_before(k: int) -> bool:
            if k == 0 or not words[k - 1].group().isupper():
                return False
            before = words[k - 1].group()
            gap = words[k - 1].string[words[k - 1].end():words[k].start()]
            initial = len(before) == 1 and before not in "AI" and gap.startswith(".")
            return (fold(before) in SHORT_TITLES or initial) \
                and _AFTER_TITLE.fullmatch(gap) is not None
        word = words[i].group()
        if not word.isupper() or len(word) < 2:
            return None
        if fold(word) in SHORT_TITLES and i + 1 < len(words) and title_before(i + 1) \
                and fold(words[i + 1].group()) not in STOP_WORDS:
            return word[0] + word[1:].lower()
        if title_before(i) and fold(word) not in STOP_WORDS and fold(word) not in SHORT_TITLES:
            return name_case(word)
        return None

    @staticmethod
    def _street(words: list, i: int, shouting: bool) -> str | None:
        """In a note in capitals, the name of a street keeps a name's case ("HIGH STREET" ->
        "High STREET", "ROUNDHAY ROAD" -> "Roundhay ROAD"; the street word is lowered as an
        everyday word), not a particle ("DOWN THE ROAD")."""
        word = words[i].group()
        if not shouting or not word.isupper() or len(word) < 3 or i + 1 >= len(words) \
                or fold(word) in STOP_WORDS or words[i + 1].group() not in STREET_WORDS \
                or words[i].string[words[i].end():words[i + 1].start()] != " ":
            return None
        return name_case(word)

    def _word(self, word: str, shouting: bool, words: list, i: int,
              name_max: float = RARE_NAME) -> str:
        if word.isupper():
            if word in self.acronyms:
                return word
            if _O_NAME.fullmatch(word):
                return name_case(word)  # O'NEILL, D'SOUZA
            key = fold(re.split(r"['’]", word)[0])
            if i and len(word) >= 3 and zipf(key) < FAMILY_AFTER_GIVEN \
                    and key not in STOP_WORDS and words[i - 1].group().isupper() \
                    and fold(words[i - 1].group()) in self.given \
                    and words[i - 1].end() + 1 == words[i].start():
                return name_case(word)  # "DEAN FOULDS", "RAFAL JEDRZEJEWSKI": a family name
            if not shouting:
                # in a note written in mixed case, capitals are acronyms (PESEL, IBAN, LARC)
                # unless they are a name ("ID band reads DANIELLE PRICE")
                known = (key in self.given or key in self.family) and key not in self.common
                return word[0] + word[1:].lower() if known and len(word) >= 3 else word
            if len(word) < 3:
                return word.lower() if key in STOP_WORDS and key != "us" else word
            name = (key in self.given or key in self.family) and key not in STOP_WORDS
            if name and key not in self.given and zipf(key) >= EVERYDAY_FAMILY and not (
                    i and fold(words[i - 1].group()) in self.given):
                name = False  # "FOUND ON FLOOR", "WITH GOOD EFFECT": a family name that is an
                # everyday word is the word, unless a given name goes before it ("MARK WHITE")
            if not name and (key in self.common or zipf(key) >= EVERYDAY):
                return word.lower()
            if len(word) == 3 and not name:
                return word  # HWY, RTA, SOB: abbreviations
            return word[0] + word[1:].lower()
        if word.islower() and len(word) >= 3:
            key = fold(word)
            if self._lower_given(words, i, name_max):
                return word[0].upper() + word[1:]
            if i and key in self.family and key not in STOP_WORDS and key not in self.common \
                    and self._lower_given(words, i - 1, name_max) \
                    and words[i - 1].end() + 1 == m_start(words[i]):
                return word[0].upper() + word[1:]  # "sarah brown": her family name too
        return word

    def _lower_given(self, words: list, i: int, name_max: float = RARE_NAME) -> bool:
        """Is word i a lower-case given name to capitalise (see the module's docstring)?"""
        word = words[i].group()
        key = fold(word)
        if not (word.islower() and len(word) >= 3 and key in self.given and key not in self.common):
            return False
        # (in a note that capitalises its sentences, a given name English uses more is taken
        # before a family name: "craig jones", "chloe smith")
        after = fold(words[i + 1].group()) if i + 1 < len(words) else ""
        rarer = name_max if not (after in self.family and after not in STOP_WORDS
                                 and words[i].end() + 1 == m_start(words[i + 1])) else RARE_NAME
        return zipf(key) < rarer and self._english_around(words, i)

    @staticmethod
    def _english_around(words: list, i: int) -> bool:
        """Are the words either side English? Faker's lists hold given names of many
        languages, so "pero", "prima" or "imi" in a Spanish, Portuguese or Romanian
        sentence must not be taken for names."""
        near = [words[k].group() for k in (i - 1, i + 1) if 0 <= k < len(words)]
        return all(zipf(fold(w)) >= ENGLISH for w in near)
