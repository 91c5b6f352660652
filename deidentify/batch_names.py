"""Names found in one note of a batch, removed where another note of it writes them again.

A project's notes name the same people and places over and over: a client found as
"Kayleigh Dunmore" in a case note is "kayleigh" in next week's texts, a place found as
"Saltcote" in a log is "saltcote" in a chat. Within one note repeated_names.py does this; across
notes only the batch knows. A word is carried over when a note found it, capitalised, as a
person, premises or place (in a name of two words or more, or alone in two notes), and it is a
given or family name English seldom uses or a word hardly any language uses (_carried); it is
matched as a whole word in any case. So one note's output
depends on the others in its batch (api.BATCH_ROWS rows of a file, all the notes of a gold set);
it can only remove more, never less.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.allow_list import AllowList
from deidentify.lexicon import (DRUG_ENDINGS, MONTHS_AND_DAYS, TITLES, family_names, fold, foreign_word,
                                given_names, specialty_word, zipf)
from deidentify.recognizers.initials import SHORTHAND
from deidentify.spans import Span, covered_by

CARRY_MAX = 3.0  # Zipf frequency below which a found given or family name is carried to the batch
UNKNOWN_MAX = 2.2  # ... and below which any other found word is ("Saltcote", "Pennyfold")
_LATIN = re.compile(r"[a-zà-ɏ]+")
_WORD_ENDINGS = ("er", "or", "ist", "ment", "tion", "sion", "ness", "ity", "ing", "ed", "ae", "ery", "ism",
                 "ology", "itis", "ics", "able", "ible")
MIN_LETTERS = 4
ALONE_NOTES = 2  # notes of a batch that must find a word alone as a name ("Tash", "Flori")
ENTITIES = ("PERSON", "ESTABLISHMENT", "LOCATION")
_WORD = re.compile(r"[^\W\d_]{4,}")
_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_A-Z]+")
_WHOLE_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{4,}(?![\w-]|['’][a-rt-z])")  # (a possessive's "s" apart)


def carry_names(texts: list[str], found: list[list[Span]], allow: AllowList) -> list[list[Span]]:
    """`found` (per text, in order) with every whole-word mention, in any case, of a rare word
    another text of the batch found as a name; the added spans take the entity it was found as."""
    words: dict[str, str] = {}
    alone: dict[str, tuple[str, set[int]]] = {}  # one word found alone: its entity, the notes
    for n, (text, spans) in enumerate(zip(texts, found)):
        for sp in spans:
            if sp.entity not in ENTITIES:
                continue
            full = len(_CAPITALISED.findall(text, sp.start, sp.end)) >= 2
            for m in _WORD.finditer(text, sp.start, sp.end):
                key = fold(m.group())
                if key not in words and m.group().istitle() and _carried(m.group(), key, allow):
                    if full and text[m.end():m.end() + 1] != ":":
                        words[key] = sp.entity
                    elif not full:  # (one word a model took for a name: only if two notes did)
                        alone.setdefault(key, (sp.entity, set()))[1].add(n)
    for key, (entity, notes) in alone.items():
        if len(notes) >= ALONE_NOTES:
            words.setdefault(key, entity)
    if not words:
        return found
    out = []
    for text, spans in zip(texts, found):
        covered = covered_by(spans)
        added = [Span(m.start(), m.end(), words[key], 0.5) for m in _WHOLE_WORD.finditer(text)
                 if (key := fold(m.group())) in words and not covered(m.start(), m.end())]
        out.append(sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans)
    return out


def _carried(word: str, key: str, allow: AllowList) -> bool:
    """A word in Latin letters written capitalised where it was found ("Kayleigh"; not an
    acronym, "IDVA", nor a word found in lower case): a known given or family name English
    seldom uses (below CARRY_MAX: "Kayleigh", "Bianca"), or a word English and the service
    users' languages almost never use (below UNKNOWN_MAX: "Saltcote", "Ionela"); not a day, a
    title, a drug or shorthand ("Referrer", "Flucloxacillin", "Casework" are words)."""
    known = key in given_names() or key in family_names()
    if not known and key.endswith(_WORD_ENDINGS):
        return False  # "Referrer", "Petechiae": an English or a Latin word no list knows
    return len(key) >= MIN_LETTERS and _LATIN.fullmatch(key) is not None \
        and zipf(key) < (CARRY_MAX if known else UNKNOWN_MAX) and key not in STOP_WORDS \
        and key not in TITLES and key not in MONTHS_AND_DAYS and key.upper() not in SHORTHAND \
        and not key.endswith(DRUG_ENDINGS) and not foreign_word(key) and not specialty_word(word) \
        and not allow.covers_word(word)
