"""Names found in one note of a batch, removed where another note of it writes them again.

A project's notes name the same people and places over and over: a client found as
"Kayleigh Dunmore" in a case note is "kayleigh" in next week's texts, a place found as
"Saltcote" in a log is "saltcote" in a chat. Within one note repeated_names.py does this; across
notes only the batch knows. A word is carried over when a note found it, capitalised, as a
person, premises or place (in a name of two words or more, or alone in two notes), and it is a
given or family name English seldom uses or a word hardly any language uses (_carried); it is
matched as a whole word in any case.

A name of two words or more found capitalised as a place, premises or person ("Wharf Gate",
"Lantern Clinic", "Anchor House", "Kieran Walsh") is carried whole, with a street's word
shortened or not ("Gasworks Lane" is "gasworks ln" in a text), when one of its words English
uses less (below PHRASE_WORD_MAX; premises' and streets' heads and a service's words apart:
"Wharf", "Lantern", "Velvet"; not "Sexual Health", "City Centre", "Child Benefit", "Needle
Exchange", "Methadone Clinic") and it is no job ("Casework Lead", "Decisions Officer"); a
person's name only when its words are known names or rare ("Kieran Walsh"; not "Conclusive
Grounds"); a title before it is left behind ("Cllr", "Op", "Mrs"). A mention counts written
capitalised as it was found, in lower case in a note written without capitals ("lantern
clinic" in a text; not "human trafficking" in a letter), or in capitals in a note in capitals
(carry_phrases).

A person's word found in two notes or more is carried too, though English or a service user's
language uses it ("Jas", "Gosia", "Mandy": _attested and the notes before it say which).
A street's own word is carried alone ("Hoggart" of "Hoggart St" ... "started hoggart 2115").
Premises found by their one capitalised word in two notes or more ("at the Lantern") are
carried where another note writes the word capitalised, not as the first of a longer name
("DROP-IN NOTES - Lantern - Tues"; not "Anchor Hanover").

So one note's output depends on the others in its batch (api.BATCH_ROWS rows of a file, all
the notes of a gold set); it can only remove more, never less.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.allow_list import AllowList
from deidentify.lexicon import (CALLED_BY, CATEGORY_WORDS, DEMONYMS, DRUG_ENDINGS, JOB_HEADS, KIN,
                                MONTHS_AND_DAYS, NOT_NAMES, RECORD_WORDS, SERVICE_WORDS, TITLES,
                                after_titles, family_names, fold, foreign_word, given_names,
                                specialty_word, zipf)
from deidentify.lowercase_pass import LowerCaseNames, english
from deidentify.recognizers.establishment import HEAD_WORDS
from deidentify.recognizers.initials import SHORTHAND
from deidentify.recognizers.street_address import STREET_ENDS, STREET_WORDS
from deidentify.spans import Span, covered_by
from deidentify.truecase import in_capitals

CARRY_MAX = 3.0  # Zipf frequency below which a found given or family name is carried to the batch
UNKNOWN_MAX = 2.2  # ... and below which any other found word is ("Saltcote", "Pennyfold")
_LATIN = re.compile(r"[a-zà-ɏ]+")
_WORD_ENDINGS = ("er", "or", "ist", "ment", "tion", "sion", "ness", "ity", "ing", "ed", "ae", "ery", "ism",
                 "ology", "itis", "ics", "able", "ible")
MIN_LETTERS = 4
LOWER_STREET_MAX = 2.0  # Zipf frequency: a street's word found in lower case is carried below it
_STREET_AFTER = re.compile(r"[ \t]+(?i:" + STREET_ENDS + "|" + "|".join(STREET_WORDS) + r")\b")
ALONE_NOTES = 2  # notes of a batch that must find a word alone as a name ("Tash", "Flori")
ENTITIES = ("PERSON", "ESTABLISHMENT", "LOCATION")
_WORD = re.compile(r"[^\W\d_]{4,}")
_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_A-Z]+")
_WHOLE_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{4,}(?![\w-]|['’][a-rt-z])")  # (a possessive's "s" apart)


def carry_names(texts: list[str], found: list[list[Span]], allow: AllowList) -> list[list[Span]]:
    """`found` (per text, in order) with every whole-word mention, in any case, of a rare word
    another text of the batch found as a name; the added spans take the entity it was found as.
    A person's word found in several notes is carried too, as _attested says."""
    words: dict[str, str] = {}
    alone: dict[str, tuple[str, set[int]]] = {}  # one word found alone: its entity, the notes
    people: dict[str, set[int]] = {}  # a word of a found person, as written: the notes
    places: dict[str, set[int]] = {}  # a found place's or premises' head, a date's word: the notes
    premises: dict[str, set[int]] = {}  # premises found by one capitalised word ("the Lantern"): the notes
    for n, (text, spans) in enumerate(zip(texts, found)):
        for sp in spans:
            if sp.entity in _NO_PERSON:
                for word in _place_words(text, sp):
                    places.setdefault(word, set()).add(n)
            if sp.entity == "STREET_ADDRESS":  # a street's own word: "Hoggart" of "Hoggart St"
                for m in _WORD.finditer(text, sp.start, sp.end):  # ("tanyard row"; not "shouty row")
                    key = fold(m.group())
                    if (m.group().istitle() or m.group().islower() and zipf(key) < LOWER_STREET_MAX) \
                            and key not in words \
                            and _STREET_AFTER.match(text, m.end(), sp.end) \
                            and _carried(m.group().capitalize(), key, allow):
                        words[key] = sp.entity
            if sp.entity not in ENTITIES:
                continue
            if sp.entity == "ESTABLISHMENT" and (one := _ONE_WORD.fullmatch(text, sp.start, sp.end)):
                premises.setdefault(fold(one.group("w")), set()).add(n)
            if sp.entity == "PERSON":
                for m in _SHORT_WORD.finditer(text, sp.start, sp.end):
                    if m.group().istitle() and text[m.end():m.end() + 1] != ":":
                        people.setdefault(m.group(), set()).add(n)
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
    attested: dict[str, tuple[float, int]] = {}  # a word: its Zipf frequency, the notes
    for word, notes in people.items():
        if (key := fold(word)) not in words and key not in attested \
                and len(places.get(key, ())) <= len(notes) \
                and (z := _attested(word, key, len(notes), allow)) is not None:
            attested[key] = (z, len(notes))
    if attested:
        _drop_everyday(texts, attested)
    named = {key for key, notes in premises.items() if len(notes) >= ATTESTED_NOTES and key not in words
             and key not in attested and _attested(key.capitalize(), key, ATTESTED_COMMON_NOTES, allow) is not None}
    if not words and not attested and not named:
        return found
    out = []
    for text, spans in zip(texts, found):
        covered = covered_by(spans)
        added = [Span(m.start(), m.end(), words[key], 0.5) for m in _WHOLE_WORD.finditer(text)
                 if (key := fold(m.group())) in words and not covered(m.start(), m.end())]
        if attested:
            added += _attested_mentions(text, attested, covered)
        # premises found by their one word in two notes or more, wherever another writes the word
        # capitalised ("From all of us at the Lantern" ... "DROP-IN NOTES - Lantern - Tues")
        added += [Span(m.start(), m.end(), "ESTABLISHMENT", 0.5) for m in _MENTION.finditer(text)
                  if (key := fold(m.group())) in named and (m.group().istitle() or m.group().isupper())
                  and not covered(m.start(), m.end()) and not _NAME_GOES_ON.match(text, m.end())
                  and (m.group().isupper() or _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()))]
        out.append(sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans)
    return out


# A person's word found, capitalised, in ATTESTED_NOTES notes of a batch or more is carried to
# its other notes, even when English or a service user's language uses it ("Jas", "Gosia",
# "Marcus", "Mandy": a worker or client named in note after note, and missed where the note
# gives no cue): capitalised or in capitals ("-Kel", "Kel2", "tell KEL"), and in lower case in
# a note in English (or a text in lower case that is English without the names carried: "tell
# jas ta x") when English uses it seldom ("jas", "mandy", "kel"; not "lee").
# Not a drug, an infection, a word for people or a record (lexicon.NOT_NAMES: "Ket",
# "Chlamydia", "Pimp", "Advert"; lexicon.RECORD_WORDS: "Passport"), not a word found in more notes as the head of a place's or premises' name or in a
# date ("Royal Infirmary", "Harebell Ward"; "Eve" named in three notes and "Christmas Eve" in
# three is carried), nor one English uses that notes written with capitals write in lower case
# more often than notes find it as a person ("the van"; not "Crystal" named in three notes and
# "crystal meth" in three, nor "tash").
ATTESTED_NOTES = 2
_NO_PERSON = ("ESTABLISHMENT", "LOCATION", "STREET_ADDRESS", "DATE")
ATTESTED_COMMON_NOTES = 3  # ... and for a word from ATTESTED_LOWER_MAX, a foreign word, or one
# that ends as English words do ("Ying", "Javed", "Sameer")
ATTESTED_MAX = 5.0  # Zipf frequency below which such a word is carried ("Faith"; not "Mark")
ATTESTED_LOWER_MAX = 3.5  # ... and below which it is carried in lower case too
AGENT_NOUN_MIN = 3.0  # ... from which a word ending as a job or a thing does is English's
# (jobs and things, not virtues: "Translator", "Referrer"; not "Favour", "Happiness", "Unity")
_AGENT_ENDINGS = tuple(e + plural for e in ("tor", "ter", "rer", "sor", "ist", "ment", "tion", "sion",
                                             "ology", "itis", "ics", "able", "ible", "ism", "ery")
                       for plural in ("", "s"))
EVERYDAY_LOWER = 3.0  # ... from which a lower-case mention in a note with capitals is a word
_NAME_GOES_ON = re.compile(r"[ ][A-Z][a-z]")  # ("Anchor Hanover": another's name)
# ... after "the", "at", a dash or a colon, or opening a line ("Harbour seals", "Anchor butter")
_PLACE_BEFORE = re.compile(r"(?:(?i:\bthe|\bat|\bto|\bfrom|\bin)[ ]|[-–:][ ]|^[ \t]*|\n[ \t]*)\Z")
_ONE_WORD = re.compile(r"(?:[Tt]he[ ])?(?P<w>[A-Z][^\W\d_A-Z]{3,})(?:['’]s)?")
_SHORT_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,}(?![^\W\d_])")
_MENTION = re.compile(r"(?<![\w'’])(?<!\w-)[^\W\d_]{3,}(?![^\W\d_]|-\w|['’][a-rt-z])")


def _attested(word: str, key: str, notes: int, allow: AllowList) -> float | None:
    """The Zipf frequency of a person's word found in `notes` notes, if it is carried (a name,
    not a stop word, a title, a day, shorthand, a drug, a job's word or a word people are called
    by); None if not."""
    z = zipf(key)
    known = key in given_names() or key in family_names()
    needed = ATTESTED_COMMON_NOTES if z >= ATTESTED_LOWER_MAX or not known and (
        foreign_word(key) or key.endswith(_WORD_ENDINGS)) else ATTESTED_NOTES
    if notes < needed or z >= ATTESTED_MAX or not _LATIN.fullmatch(key) \
            or not known and z >= AGENT_NOUN_MIN and key.endswith(_AGENT_ENDINGS):
        return None  # (not "Translator", "Interpreter", "Referrer")
    if key in STOP_WORDS or key in TITLES or key in MONTHS_AND_DAYS or key in CALLED_BY \
            or key in JOB_HEADS or key in SERVICE_WORDS or key.upper() in SHORTHAND \
            or key in DEMONYMS or key in KIN or key in NOT_NAMES or key in CATEGORY_WORDS \
            or key in RECORD_WORDS \
            or key in HEAD_WORDS or key in _STREET_FORMS \
            or key.endswith(DRUG_ENDINGS) or specialty_word(word) or allow.covers_word(word):
        return None
    return z


def _place_words(text: str, sp: Span) -> list[str]:
    """The words of a found date, or the head of a found place's or premises' name of two words
    or more ("Infirmary" of "Skelderby Royal Infirmary"; a place's own word stays a name)."""
    words = [fold(m.group()) for m in _SHORT_WORD.finditer(text, sp.start, sp.end)]
    return words if sp.entity == "DATE" else words[-1:] if len(words) >= 2 else []


def _drop_everyday(texts: list[str], attested: dict[str, tuple[float, int]]) -> None:
    """Take out of `attested` the words English uses that notes in English written with
    capitals write in lower case more often than notes find them as a person: words, not names
    ("the ward", "in the van"; but "Mercy" named in five notes stays, though one writes "at the
    mercy of", and "Client says tash is ok" is a name typed in lower case)."""
    lower: dict[str, int] = {}
    for text in texts:
        everyday = {key for m in _MENTION.finditer(text)
                    if m.group().islower() and (key := m.group()) in attested
                    and attested[key][0] >= EVERYDAY_LOWER}
        if everyday and english(text) and not LowerCaseNames.informal(text):
            for key in everyday:
                lower[key] = lower.get(key, 0) + 1
    for key, count in lower.items():
        if count > attested[key][1]:
            del attested[key]


def _attested_mentions(text: str, attested: dict[str, tuple[float, int]], covered) -> list[Span]:
    out, lower = [], None
    for m in _MENTION.finditer(text):
        written = m.group()
        if (key := fold(written)) not in attested or covered(m.start(), m.end()):
            continue
        if written.islower():
            if attested[key][0] >= ATTESTED_LOWER_MAX:
                continue
            if lower is None:  # (a short text read without the names: "tell jas ta x")
                lower = english(text) or LowerCaseNames.texted(text) \
                    and english(_without_words(text, attested))
            if not lower:
                continue
        elif not written.istitle() and not written.isupper():
            continue
        out.append(Span(m.start(), m.end(), "PERSON", 0.5))
    return out


def _without_words(text: str, words) -> str:
    """The text without the words given (folded): whether a short text is in English is read
    from its other words ("tell jas ta x")."""
    return _MENTION.sub(lambda m: "" if fold(m.group()) in words else m.group(), text)


PHRASE_WORD_MAX = 4.0  # Zipf frequency below which a word makes a found name of two words one
_TOKEN = re.compile(r"[^\W\d_]+")  # a word of a mention
_JOINERS = "'’-" + "".join(chr(c) for c in range(ord("0"), ord("9") + 1)) + "_"
PHRASE_ENTITIES = ("PERSON", "ESTABLISHMENT", "LOCATION", "STREET_ADDRESS")
# (from a word's start, its letters read once: a word of 60,000 capitals was read again from
# each letter, in quadratic time)
_PHRASE = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]++(?:[ \t]+(?:of[ \t]+|the[ \t]+)?[A-Z][^\W\d_']++){1,3}")
# a street's word and the ways it is shortened
_STREET_FORMS = {w: forms for forms in (
    ("street", "st"), ("road", "rd"), ("lane", "ln", "la"), ("avenue", "ave"), ("crescent", "cres"),
    ("gardens", "gdns"), ("square", "sq"), ("close", "cl"), ("court", "ct"), ("drive", "dr"),
    ("place", "pl"), ("terrace", "terr", "tce"), ("parade", "pde"), ("grove", "gr")) for w in forms}


def carry_phrases(texts: list[str], found: list[list[Span]], allow: AllowList
                  ) -> list[list[Span]]:
    """`found` with every mention, in any case, of a name of two words or more another text of
    the batch found written capitalised (the module's docstring says which). Mentions are
    looked up word by word from the phrases' first words, in time linear in the batch's words."""
    phrases: dict[tuple[str, ...], str] = {}
    for text, spans in zip(texts, found):
        for sp in spans:
            if sp.entity not in PHRASE_ENTITIES:
                continue
            for m in _PHRASE.finditer(text, after_titles(text, sp.start, sp.end), sp.end):
                words = m.group().split()
                if words[0].lower() == "the":
                    words = words[1:]
                if len(words) >= 2 and not m.group().isupper() and not allow.covers(m.group()) \
                        and _distinct(words, sp.entity):
                    phrases.setdefault(tuple(w.lower() for w in words), sp.entity)
    if not phrases:
        return found
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        by_first.setdefault(words[0], []).append(words)
    out = []
    for text, spans in zip(texts, found):
        covered = covered_by(spans)
        lower, capitals = None, None
        added = []
        tokens = list(_TOKEN.finditer(text))
        for i, first in enumerate(tokens):
            for words in by_first.get(first.group().lower(), ()):
                end = _mention_end(text, tokens, i, words)
                if end is None or covered(first.start(), end):
                    continue
                written = text[first.start():end]
                if written.islower():
                    lower = LowerCaseNames.informal(text) if lower is None else lower
                    if not lower:
                        continue
                elif written.isupper():
                    capitals = in_capitals(text) if capitals is None else capitals
                    if not capitals:
                        continue
                elif not all(w[0].isupper() for w in written.split()
                             if w.lower() not in ("of", "the")):
                    continue
                added.append(Span(first.start(), end, phrases[words], 0.5))
        out.append(sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans)
    return out


def _mention_end(text: str, tokens: list[re.Match], i: int, words: tuple[str, ...]) -> int | None:
    """Where a mention of the phrase `words` starting at tokens[i] ends, or None: its words one
    after another, a space or a line's break between them, a street's last word in any of its
    forms ("ln", "ln." or "lane"), a whole word at both ends."""
    if i + len(words) > len(tokens) \
            or tokens[i].start() and text[tokens[i].start() - 1] in _JOINERS:
        return None
    for k, word in enumerate(words):
        token = tokens[i + k]
        if k and not text[tokens[i + k - 1].end():token.start()].isspace():
            return None
        got = token.group().lower()
        if got != word and not (k == len(words) - 1 and got in _STREET_FORMS.get(word, ())):
            return None
    end = tokens[i + len(words) - 1].end()
    if end < len(text) and text[end] in _JOINERS:
        return None
    if got != words[-1] and text[end:end + 1] == ".":  # a short form's stop: "Gasworks Ln."
        end += 1
    return end


def _distinct(words: list[str], entity: str) -> bool:
    """Do the words of a found name name one thing, not a service or a job?"""
    keys = [fold(w) for w in words]
    if keys[-1] in JOB_HEADS or keys[0] in TITLES or keys[0] in ("op", "operation") \
            or keys[0] in STOP_WORDS and keys[0] not in ("of", "the"):
        return False
    if entity == "PERSON":
        return all(k in ("of", "the") or k in given_names() or k in family_names()
                   or zipf(k) < UNKNOWN_MAX for k in keys)
    return any(zipf(k) < PHRASE_WORD_MAX for k in keys
               if k not in HEAD_WORDS and k not in _STREET_FORMS and k not in ("of", "the")
               and k not in SERVICE_WORDS)


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
