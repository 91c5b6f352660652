"""A name found once in a note is removed wherever else the note writes it.

Recognizers read each mention by its own cues: "Also saw Mandy and Roz" finds Roz, but "Roz
moved to Flat 11" at a sentence's start has no cue, and "conor" in lower case later in a
message has none either. Every other mention of a word of a found person or place is removed
too, in any case, when English seldom uses the word (below REPEAT_MAX, not a stop word, a
title or an everyday word): "Will" found as a name does not remove "will". A found person's
given name that English uses often (Faith, Hope, Summer, Will) is removed wherever else it is
capitalised as a name is ("Faith 07:41: ..." then "Precious can see you, Faith"), and in lower
case only after a word that names people ("Rose is on 07700..." then "tell rose", "thx rose";
not "a rose"), a stop word ("Will") only capitalised mid-sentence. So is a word of address
found as a name ("she owes Madam" ... "Madam has her passport": address_names).
Only in notes in English: in other languages the model takes ordinary words for names, and
repeating them would remove more of the note.

A name in capitals heading a paragraph that opens with its first word ("RICH LONG" / "Rich has
been with us since 2021") is a person's, both the heading and the word; and a found name is
removed where a heading in capitals writes it ("GUY PAGE" above "Guy is a retired teacher").

A chat's speaker is removed wherever else the note writes the name capitalised, in any
language ("Elira: po mire jam", then "Bora: Elira a je mire?").

A user name found once (a chat's speaker, a thread's poster) is removed wherever else the note
writes it, as a name is; so is a name said in an e-mail address ("it's shaz lomond at example
dot com" ... "shaz").

Premises are repeated by the capitalised words of their name that English seldom uses (below
PREMISES_REPEAT_MAX, not a kind of premises): "Lantern Project" found, "Lantern" alone later;
premises found in lower case by those words in any case ("grays motors" ... "omg grays?").

A number found is removed where a call says it again in words, whole or its last digits, said
alone ("your reference is six one two of today" ... "KIRSTY: Six one two."; "07700 900 263" ...
"TONI: Two six three.").

A found phone number's ending written again in figures is removed, five figures or more ("its
900 431 so 07700 900431"), and so are another number's last figures after dots in a note with
a phone number ("07700 900 044 and ...045") and a found postcode's half written alone ("only
QX7" ... "QX7 3LD").

A name found in Chinese, Japanese or Korean characters is removed wherever the note writes it
again, inside a run of text too: those scripts put no space between words ("阿强不知道").

A person found by two or three capitalised words is also removed where the note writes their
initials in capitals, with or without dots ("Leah Lockwood" ... "Strategy meeting - Leah (LL)"),
in any language: a case worker's shorthand for the person named in full elsewhere. Initials
found as a person once ("Staff: PB") are removed wherever else the note writes them ("PB gave
her the leaflet"), and so are the letters of premises found by three or four capitalised words
("Skelderby Royal Infirmary" ... "x-ray at SRI").
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import (TITLES, UNSPACED_SCRIPTS, common_words, family_names, fold,
                                given_names, zipf)
from deidentify.lowercase_pass import english
from deidentify.recognizers.address_names import ADDRESS_WORDS
from deidentify.recognizers.establishment import HEAD_WORDS
from deidentify.recognizers.initials import INITIALS, SHORTHAND, WORD_INITIALS
from deidentify.recognizers.names_abroad import HAN_SURNAMES
from deidentify.recognizers.person_names import CUE_BEFORE
from deidentify.recognizers.spelled_phone import SAID_DIGIT, digits_said
from deidentify.span_edges import caps_name_line, within_sentence
from deidentify.spans import Span, covered_by

SPEAKER_LOWER_MAX = 4.0  # Zipf frequency: a speaker's name repeated in lower case is no
# everyday word ("Summer: r u doing the bbq" ... "summer bbq is on the 3rd")
REPEAT_MAX = 4.5  # Zipf frequency: a found name's word English uses less is removed everywhere
UNKNOWN_WORD_MAX = 2.5  # Zipf frequency: a capitalised word below it may be a given name no list knows
_SAID_AT = re.compile(r"\s(?i:at)\s")  # an e-mail address said aloud ("shaz lomond at example dot com")
_ADDRESS_WORDS = frozenset("dot underscore dash hyphen".split())
SAID_NAME_MAX = 3.0  # Zipf frequency below which a word said before "at" in an address is a name
# a run of digits' words, set apart by spaces or commas ("Two six three", "six, one, two")
_SAID_DIGITS = re.compile(rf"(?i:\b{SAID_DIGIT}(?:[ ,]+{SAID_DIGIT}){{2,15}}\b)"
                          r"(?=[ \t]*(?:[.?!;]|$))", re.MULTILINE)  # (said alone: not "one two three packs")
_NUMBERS = frozenset("PHONE_NUMBER ID_NUMBER POLICE_NUMBER CLINIC_NUMBER HOME_OFFICE_REF NHS_NUMBER NATIONAL_ID "
                     "PASSPORT_NUMBER NI_NUMBER CREDIT_CARD IBAN_CODE".split())
SAID_AGAIN_DIGITS = 3  # digits a number said again must have, at least
PREMISES_REPEAT_MAX = 3.7  # ... a capitalised word of a found premises' name
ENTITIES = ("PERSON", "LOCATION", "SOCIAL_HANDLE")  # (a chat speaker is a name or a handle)
_WORD = re.compile(r"[^\W\d_]{3,}")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
_WORD_OR_SHORT = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}")  # ... and names of two letters (Mo, Jo)
_OPENS_MESSAGE = re.compile(r"(?:^|\n)[ \t]*(?P<who>[^\n:]{1,30}?)[ \t]*:[ \t]*$")  # "Shannon: mo ur..."
_WORD_BEFORE = re.compile(r"([A-Za-z']+)[ ]+$")
_UNSPACED = re.compile(f"[{UNSPACED_SCRIPTS}]{{2,}}")
_INITIALS = re.compile(rf"(?<![\w.])(?P<letters>{INITIALS}|[A-Z]{{4}})(?!\w)")
# ... with a digit or two after them in brackets just after the name, as a staff code: "RN Beata
# Sokół (BS7)", "Dr Ngozi Adeyinka, Specialty Doctor (NA2)" (not "CD4" or "SE1" elsewhere)
_STAFF_CODE = re.compile(r"\((?P<letters>[A-Z]{2,3})\d{1,2}\)")
STAFF_CODE_NEAR = 40  # characters from the name's end to its code's bracket, at most
_NAME_WORD = re.compile(r"[^\W\d_][\w'’]*")
_HAN_PERSON_AFTER = re.compile(r"[说讲问叫告姐哥、，,:：]")  # a word a name is followed by
_SPACED_INITIALS = re.compile(r"[A-Z]{2,3}(?: [A-Z]{2,3}){2,}")  # (not "AFB/TB PCR")
_OWN_INITIALS_AFTER = re.compile(r"[ \t]*\([ \t]*[A-Z]{2,3}(?:\d{1,2})?[ \t]*\)")
_FOUND_INITIALS = re.compile(r"[A-Z]{2,3}(?:[ ,/+&]+[A-Z]{2,3})*")
# a chat line's speaker: only a time stamp before it on its line, a colon after it (an emoji between)
_STAMP_BEFORE = re.compile(r"[\d\s/.,:\[\]()\-–APMapm]*")
_SPEAKS = re.compile(r"[ \t]*[^\w\s:]{0,4}[ \t]*:")

_HEADED = re.compile(r"(?m)^[ \t]*(?P<head>[A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+){1,2})[ \t]*\n[ \t]*\n?[ \t]*(?P<first>[A-Z][a-z'’-]+)\b")


def _with_headings(text: str, spans: list) -> list:
    """`spans` and a name in capitals heading its paragraph, as a newsletter introduces people,
    when the paragraph opens with its first word ("RICH LONG" / "Rich has been with us since
    2021"): the heading and the paragraph's first word (the pairing is the evidence)."""
    added = []
    for m in _HEADED.finditer(text):
        if m.group("first").upper() != m.group("head").split()[0] \
                or not caps_name_line(text, m.start("head"), m.start("head")):
            continue
        added += [Span(*m.span("head"), "PERSON", 0.5), Span(*m.span("first"), "PERSON", 0.5)]
    return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans


def _repeatable(word: str) -> bool:
    key = fold(word)
    return key not in STOP_WORDS and key not in TITLES and key not in common_words() \
        and zipf(key) < REPEAT_MAX


def repeat_names(text: str, spans: list, groups: frozenset[str] = frozenset()) -> list:
    """`spans` (merged, in order) with every other mention of a found name added, of the type
    of the span it was found in; the result is in order (overlaps are left to merge_spans).
    `groups` are the folded words the model tags as nationalities or languages in this note:
    kept on purpose, they are never repeated ("Romanian")."""
    spans = _with_said_numbers(text, _with_headings(text, _with_pseudonyms(text, spans)))
    spans = _with_number_parts(text, spans)
    spans = _with_speakers(text, _with_initials(text, _with_unspaced(text, spans)))
    words: dict[str, object] = {}
    capitalised: dict[str, object] = {}  # everyday given names, repeated where capitalised
    given = given_names()
    for sp in spans:
        if sp.entity == "ESTABLISHMENT":
            for m in _WORD.finditer(text, sp.start, sp.end):
                key = fold(m.group())
                if key in HEAD_WORDS or key in STOP_WORDS or key in TITLES or key in groups \
                        or zipf(key) >= PREMISES_REPEAT_MAX:
                    continue
                if m.group().istitle():
                    capitalised.setdefault(key, sp)
                elif text[sp.start:sp.end].islower():  # ("grays motors" ... "omg grays?")
                    words.setdefault(key, sp)
        if sp.entity == "EMAIL_ADDRESS" and (at := _SAID_AT.search(text, sp.start, sp.end)):
            for m in _WORD.finditer(text, sp.start, at.start()):  # a name said in an address:
                if _repeatable(m.group()) and m.group().lower() not in _ADDRESS_WORDS \
                        and zipf(fold(m.group())) < SAID_NAME_MAX:  # "shaz lomond at ..." (not "gentleman caller at")
                    words.setdefault(fold(m.group()), type(sp)(sp.start, sp.end, "PERSON", sp.score))
        if sp.entity in ENTITIES:
            for m in _WORD_OR_SHORT.finditer(text, sp.start, sp.end):
                key = fold(m.group())
                if sp.entity == "PERSON" and key in ADDRESS_WORDS and m.group().istitle():
                    capitalised.setdefault(key, sp)  # "owes Madam" ... "Madam has her passport"
                    continue
                if key in groups or key in TITLES:
                    continue
                if len(key) == 2:  # "Mo", "Jo": repeated capitalised, or lower-case when cued
                    if sp.entity == "PERSON" and m.group().istitle() and key not in STOP_WORDS \
                            and key not in common_words():
                        capitalised.setdefault(key, sp)
                elif _repeatable(m.group()):
                    words.setdefault(key, sp)
                elif sp.entity == "PERSON" and m.group().istitle() and key in given:
                    capitalised.setdefault(key, sp)
    if not (words or capitalised) or not english(text):
        return spans  # in other languages the model takes ordinary words for names
    added = []
    covered = covered_by(spans)
    for m in (_WORD_OR_SHORT if any(len(k) == 2 for k in capitalised) else _WORD).finditer(text):
        key = fold(m.group())
        found = words.get(key)
        if found is None and m.group().istitle() and key in capitalised \
                and (key not in STOP_WORDS or within_sentence(text, m.start())):
            found = capitalised[key]
        elif found is None and m.group().islower() and key in capitalised \
                and key not in STOP_WORDS and (_cued(text, m.start()) or len(key) == 2
                                               and _opens_message(text, m.start(), covered)):
            found = capitalised[key]  # "Rose is on 07700..." then "can u tell rose"; "Shannon: mo ur phone"
        elif found is None and m.group().isupper() and key in capitalised \
                and not covered(m.start(), m.end()) \
                and (line := caps_name_line(text, m.start(), m.start())):
            # a name heading its paragraph in capitals: "GUY PAGE" above "Guy is a retired teacher"
            added.append(type(capitalised[key])(*line, "PERSON", capitalised[key].score))
            continue
        if found is None or covered(m.start(), m.end()):
            continue
        if key in ADDRESS_WORDS and _NAME_AFTER.match(text, m.end()):
            continue  # a title there, outside the name: "Uncle Ray"
        added.append(type(found)(m.start(), m.end(), found.entity, found.score))
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: (s.start, -s.end))


def _with_said_numbers(text: str, spans: list) -> list:
    """A number said again in words, whole or in part, after it was found: a call repeats what
    was said ("your reference is six one two of today" ... "KIRSTY: Six one two."; "07700 900 263"
    ... "TONI: Two six three."): three digits' words or more, their digits inside a number found,
    of its type."""
    found = [(digits_said(text[sp.start:sp.end]), sp) for sp in spans if sp.entity in _NUMBERS]
    found = [(d, sp) for d, sp in found if len(d) >= SAID_AGAIN_DIGITS]
    if not found:
        return spans
    covered = covered_by(spans)
    added = []
    for m in _SAID_DIGITS.finditer(text):
        said = digits_said(m.group())
        if len(said) >= SAID_AGAIN_DIGITS and not covered(m.start(), m.end()):
            for digits, sp in found:
                if said in digits:
                    added.append(type(sp)(m.start(), m.end(), sp.entity, sp.score))
                    break
    return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans


# figures standing alone, in groups one space apart ("900 431"; not a price, a time or a part of
# a longer code), or a number's last figures after dots, as a list shortens the next one
# ("...045"; not an emergency number, nor a count or a bus: "...150 condoms", "the ...172 bus")
_FIGURES = re.compile(r"(?<![\w£$€#.,:/-])\d+(?:[ ]\d+)*(?![\w%/:-]|[.,]\d)")
_DOTTED = re.compile(r"(?<![\w.])(?:\.{3}|…)(?!999|111|101|112|911)\d{3,4}(?![\w%/:]|[.,]\d)"
                     r"(?![ \t]+(?:condoms|bpm|bus|people|quid|pounds|mg|ml|days|hours|hrs|mins|clients|women|"
                     r"men|times|of|for|kits|packs|needles|pills|tablets)\b|[ \t]+(?:£|\d))")
PART_DIGITS = 5  # digits a number's ending written again must have, at least (not a time: "0930")
_POSTCODE_PARTS = re.compile(r"(?P<out>[A-Z]{1,2}\d[A-Z\d]?)[ \t]*(?P<in>\d[A-Z]{2})", re.IGNORECASE)
_UNIT_OR_ORDINAL = re.compile(r"\d(?:st|nd|rd|th|hr|gb|mb|kg|mg|ml|am|pm)", re.IGNORECASE)  # "QX2 1ST"


def _with_number_parts(text: str, spans: list) -> list:
    """A found phone number's ending written again in figures, alone ("new no is 07700 900 413 -
    no wait, its 900 431 so 07700 900431"), the last figures of another after dots in a note
    with a phone number found ("07700 900 044 and ...045 are dead"), and a found postcode's
    halves alone ("only QX7, near the park" ... "the end bit is 3LD - so QX7 3LD"): whoever
    knows the whole knows the person from its part."""
    phones = [(re.sub(r"\D", "", text[sp.start:sp.end]), sp) for sp in spans
              if sp.entity == "PHONE_NUMBER"]
    phones = [(d, sp) for d, sp in phones if len(d) >= 7]
    halves: dict[str, object] = {}
    for sp in spans:
        if sp.entity == "POSTCODE" and (m := _POSTCODE_PARTS.fullmatch(text, sp.start, sp.end)):
            if not _UNIT_OR_ORDINAL.fullmatch(m.group("in")):
                halves[m.group("in").upper()] = sp
            if len(m.group("out")) >= 3:  # (not "M1", "B12": a motorway, a vitamin)
                halves[m.group("out").upper()] = sp
    if not (phones or halves):
        return spans
    covered = covered_by(spans)
    added = []
    for m in _FIGURES.finditer(text) if phones else ():
        figures = re.sub(r"\D", "", m.group())
        if len(figures) >= PART_DIGITS and not covered(m.start(), m.end()):
            for digits, sp in phones:
                if digits.endswith(figures) and digits != figures:
                    added.append(type(sp)(m.start(), m.end(), sp.entity, sp.score))
                    break
    for m in _DOTTED.finditer(text) if phones else ():
        if not covered(m.start(), m.end()):
            sp = phones[0][1]
            added.append(type(sp)(m.start() + len(m.group()) - len(m.group().lstrip(".…")), m.end(),
                                  sp.entity, sp.score))
    if halves:
        alone = re.compile(r"(?<![\w/-])(?:" + "|".join(map(re.escape, halves)) + r")(?![\w/-])", re.IGNORECASE)
        for m in alone.finditer(text):
            if not covered(m.start(), m.end()):
                sp = halves[m.group().upper()]
                added.append(type(sp)(m.start(), m.end(), sp.entity, sp.score))
    return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans


def _opens_message(text: str, start: int, covered) -> bool:
    """Does a chat message whose speaker was found open at `start` ("Shannon: mo ur phone"; not
    "Plan: ed attendance")?"""
    m = _OPENS_MESSAGE.search(text, max(0, start - 40), start)
    return m is not None and covered(m.start("who"), m.end("who"))


def _cued(text: str, start: int) -> bool:
    """Does a word that names people stand just before `start` ("tell rose", "thx rose")?"""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return bool(before) and before.group(1).lower() in CUE_BEFORE


def _with_speakers(text: str, spans: list) -> list:
    """`spans` and every capitalised mention of a chat's found speaker, in any language ("Elira:
    po mire jam" then "Bora: Elira a je mire?"): a speaker is a name however the note is
    written, where other words the model takes for names are not."""
    names: dict[str, object] = {}
    for sp in spans:
        if sp.entity in ("PERSON", "ORGANIZATION") \
                and _STAMP_BEFORE.fullmatch(text, text.rfind("\n", 0, sp.start) + 1,
                                                              sp.start) \
                and _SPEAKS.match(text, sp.end):
            for m in _WORD.finditer(text, sp.start, sp.end):
                if m.group().istitle() and _repeatable(m.group()) or (
                        m.group().istitle() and fold(m.group()) in given_names()
                        and fold(m.group()) not in STOP_WORDS):
                    names.setdefault(m.group(), sp)
    if not names:
        return spans
    added = []
    covered = covered_by(spans)
    lower = {name.lower(): sp for name, sp in names.items()}
    for m in _WORD.finditer(text):
        found = names.get(m.group())
        if found is None and m.group().islower() and m.group() in lower \
                and m.group() not in common_words() and zipf(m.group()) < SPEAKER_LOWER_MAX \
                and (_cued(text, m.start()) or _OPENS_MESSAGE.search(text, max(0, m.start() - 60),
                                                                     m.start())):
            found = lower[m.group()]  # "Peaches 🍑: ..." then "Dolly: peaches u about?"
        if found is not None and not covered(m.start(), m.end()):
            added.append(type(found)(m.start(), m.end(), "PERSON", found.score))
    return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans


def _with_unspaced(text: str, spans: list) -> list:
    """`spans` and every other place a person or place found in an unspaced script is written;
    a Chinese name of a family name and two characters by its given name too ("陈美玲", then
    "美玲说")."""
    found = {text[sp.start:sp.end]: sp for sp in spans
             if sp.entity in ENTITIES and _UNSPACED.fullmatch(text, sp.start, sp.end)}
    given = {name[1:]: sp for name, sp in found.items()
             if sp.entity == "PERSON" and len(name) == 3 and name[0] in HAN_SURNAMES
             and name[0] not in "阿小老"}
    added = []
    covered = covered_by(spans)
    for name, sp in found.items():
        for m in re.finditer(re.escape(name), text):
            if not covered(m.start(), m.end()):
                added.append(type(sp)(m.start(), m.end(), sp.entity, sp.score))
    for name, sp in given.items():  # the given name where a person's is written: "美玲说", "、美玲、"
        for m in re.finditer(re.escape(name), text):
            if not covered(m.start(), m.end()) and (_HAN_PERSON_AFTER.match(text, m.end())
                                                    or text[m.start() - 1:m.start()] in "、：:"):
                added.append(type(sp)(m.start(), m.end(), sp.entity, sp.score))
    return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans


_NEIGHBOURS = re.compile(r"[A-Za-z]+")
_NO_WORD_AFTER = re.compile(r"[ \t]*(?:[:|\t)]|\.(?!\w)|\n|\Z)|[ \t]+to[ \t]+[a-z]")
_CELL_BEFORE = re.compile(r"[|\t][ \t]*\Z")
NEIGHBOUR_REACH = 40  # characters read either side for its neighbours (not a whole long line)
CAPITALS_WORD_MIN = 4  # letters of a word in capitals around which "OF" or "TO" is a word


def _among_words(text: str, m: re.Match) -> bool:
    """Is the little word in capitals at `m` beside a word in lower case or a longer word in
    capitals on its line, where it is the word it spells? Not where no such word stands: before
    a stop, a colon or a cell's end, or before "to" and a verb ("by OF.", "ACTION OF:", "OF to
    refer", "| OF |")."""
    if _NO_WORD_AFTER.match(text, m.end()) or _CELL_BEFORE.search(text, max(0, m.start() - 3),
                                                                   m.start()):
        return False
    line_start = max(text.rfind("\n", max(0, m.start() - NEIGHBOUR_REACH), m.start()) + 1,
                     m.start() - NEIGHBOUR_REACH)
    line_end = text.find("\n", m.end(), m.end() + NEIGHBOUR_REACH)
    before = _NEIGHBOURS.findall(text, line_start, m.start())[-1:]
    after = _NEIGHBOURS.findall(text, m.end(), m.end() + NEIGHBOUR_REACH if line_end < 0
                                else line_end)[:1]
    return any(w.isupper() and len(w) >= CAPITALS_WORD_MIN or w[:1].islower() for w in before + after)


def _a_persons_words(words: list[str]) -> bool:
    """Two or three words a person's name may be: a known given name or a word English almost
    never uses first, and a family name or a rare word last ("Parveen Sandhu"; not "Camden
    Town")."""
    first, last = fold(words[0]), fold(words[-1])
    return 2 <= len(words) <= 3 and (first in given_names() or zipf(first) < UNKNOWN_WORD_MAX) \
        and (last in family_names() or zipf(last) < UNKNOWN_WORD_MAX) and last not in HEAD_WORDS


# a key of one-letter pseudonyms, as reviews write them: 'Pseudonyms: V = "Beth", P = "Adam"'
_PSEUDONYM_KEY = re.compile(r"(?<![\w./-])([B-HJ-Z])[ \t]*=[ \t]*[\"“']([A-Z][a-z]+)[\"”']")
_LETTER = r"(?<![\w./'’&-]){}(?![\w./'’&-])"
# a letter that is shorthand where it stands: "Hep B", "Class B", "group O", "took an E", "an X
# ray", "Gender: F"
_SHORTHAND_BEFORE = re.compile(r"(?i:\b(?:hep|hepatitis|class|group|type|vitamin|vit|grade|stage|"
                                r"plan|size|an|a|gender|sex|blood))[ \t:]*$")
PSEUDONYM_NAME_MAX = 5.0  # Zipf frequency: a known name as a key's value below it is a name
PSEUDONYM_RARE = 3.0  # ... and any other word below it ("Bex")


def _with_pseudonyms(text: str, spans: list) -> list:
    """`spans` and every mention of a letter a key of pseudonyms in the note stands for a person
    ("V seen on outreach", "Crew note P answered"): it names the person as the name would. The
    key's value must be a name (a given or family name, or a word English seldom uses), and
    a letter that is shorthand where it stands stays ("Hep B", "blood group O", "Gender: F")."""
    letters = {m.group(1) for m in _PSEUDONYM_KEY.finditer(text)
               if ((key := fold(m.group(2))) in given_names() or key in family_names())
               and zipf(key) < PSEUDONYM_NAME_MAX or zipf(key) < PSEUDONYM_RARE}
    # (a name: not 'Y = "Yes"', 'R = "Red"', 'G = "Green"')
    if not letters:
        return spans
    kind = type(spans[0]) if spans else Span
    covered = covered_by(spans)
    added = [kind(m.start(), m.end(), "PERSON", 0.5) for letter in letters
             for m in re.finditer(_LETTER.format(letter), text) if not covered(m.start(), m.end())
             and not _SHORTHAND_BEFORE.search(text, max(0, m.start() - 20), m.start())]
    return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans


def _with_initials(text: str, spans: list) -> list:
    """`spans` and every mention of a found person's initials ("LL", "L.L.") outside them, and
    of found premises' letters ("Skelderby Royal Infirmary" ... "x-ray at SRI", "Rookhythe
    Sexual Health" ... "RSH/0093120")."""
    initials: dict[str, object] = {}
    for sp in spans:
        if sp.entity == "ESTABLISHMENT":
            words = [w for w in _NAME_WORD.findall(text, sp.start, sp.end)
                     if fold(w) not in STOP_WORDS and w[0].isupper()]
            if 3 <= len(words) <= 4:  # (two letters stand for too much: "CS")
                initials.setdefault("".join(w[0] for w in words).upper(), sp)
            continue
        listed = _FOUND_INITIALS.fullmatch(text, sp.start, sp.end)
        if sp.entity == "ORGANIZATION" and _SPACED_INITIALS.fullmatch(text, sp.start, sp.end):
            sp = type(sp)(sp.start, sp.end, "PERSON", sp.score)  # the model's "MQ OF HB WZ"
        elif sp.entity != "PERSON" and not (_OWN_INITIALS_AFTER.match(text, sp.end)
                                            and _a_persons_words(text[sp.start:sp.end].split())):
            continue  # (a name read as a place is a person when its initials follow it:
            # "Parveen Sandhu (PS)")
        elif sp.entity != "PERSON":
            sp = type(sp)(sp.start, sp.end, "PERSON", sp.score)
        if listed:  # "Staff: PB QW" ... "QW gave"
            for letters in re.findall(r"[A-Z]{2,3}", text[sp.start:sp.end]):
                if letters not in SHORTHAND and (fold(letters) not in STOP_WORDS
                                                 or letters in WORD_INITIALS):
                    initials.setdefault(letters, sp)  # (not "PT", which the model may take)
            continue
        names = [w for w in _NAME_WORD.findall(text, sp.start, sp.end)
                 if fold(w) not in TITLES and w[0].isupper()]
        if 2 <= len(names) <= 3 and not (fold("".join(w[0] for w in names)) in STOP_WORDS
                                          and any(len(w) == 1 for w in names)):
            initials.setdefault("".join(w[0] for w in names), sp)  # (not "AM" of "A. McCray")
    if not initials:
        return spans
    added = []
    covered = covered_by(spans)
    for m in _INITIALS.finditer(text):
        found = initials.get(m.group("letters").replace(".", ""))
        if found is not None and m.group() in WORD_INITIALS and _among_words(text, m):
            continue  # "Worker: OF" ... but not "REFUSAL OF PROTECTION", "Minutes OF the meeting"
        if found is not None and not covered(m.start(), m.end()):
            added.append(type(found)(m.start(), m.end(), found.entity, found.score))
    for m in _STAFF_CODE.finditer(text):
        found = initials.get(m.group("letters"))
        if found is not None and 0 <= m.start() - found.end <= STAFF_CODE_NEAR:
            added.append(type(found)(m.start() + 1, m.end() - 1, found.entity, found.score))
    return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans
