"""Initials found as a person in one note of a batch, removed where another note writes them.

A project's workers sign, log and hand over by their initials, and a note that says so once
("Worker: GW", a rota's "Booked by" column, "seen by PV") names the same worker as the next
note's "Screenshots shown to GW by Niki", "parlour outreach w PV" or "JF/SO - 11 contacts",
where nothing in that note says the letters are someone. Within one note initials.py reads the
note's structure; across notes only the batch knows (as batch_names.py does for names).

Letters are carried when a note not in capitals found them, alone, as a person, and they are
no shorthand, role or allowed acronym (initials.SHORTHAND: "GP", "PT", "UK"). They are removed
where another note writes them as a word of their own, except
- before a name, where the letters are a title or a rank ("DS Rebecca Doak", "DC sandhu") or
  a role's ("HA Joanne Pike"); after a name, where they are letters after it ("Siân Pritchard
  RM", "J. Whiteley JP"); "GW Tuesday" and "GW 3 times" are the worker;
- after a number, where they are a count or a time ("2 HU, 1 RO", "10 AM");
- in a note written in capitals, full of shorthand ("HT SCREEN", "RPR NR", "DON'T THINK SO");
- where the letters are an everyday English word ("RE", "SO", "DR", "UM") or a language's code
  ("RO", "BG": "leaflets in RO and BG"): before a number, where they are a code ("UM 0318");
  beside a word in capitals, where they are part of a heading ("UM REPORT", "VAN LOG"); and
  anywhere else unless they stand where a person does: after "by", "to", "with", "from",
  "told", a bracket, a slash, a plus, or before a slash, a plus, a closing bracket, the end of
  the note, or a verb of what a worker did ("passed to DR for", "(RE)", "scanned by RE]", "DR
  rang", "SO visited"; a little word only after "by", "with", "from", "told" or a sign, and
  not before "to": "For SO long", "code is NOT to go").
Letters a note texted in lower case ("kc + dm") are carried the same way, to a note written
without capitals, in lower case or capitalised ("dm drove tonight, kc did tea", "handed over
to Jf"), only where a person stands (after "by", "with", "to", a sign, or before a sign or
what a worker did), never a texted word (lexicon.TEXTED_PAIRS).
One note's output depends on the others in its batch; it can only remove more, never less.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.allow_list import AllowList
from deidentify.lexicon import (LANGUAGE_CODES, TEXTED_PAIRS, TITLES, family_names, fold,
                                given_names, zipf)
from deidentify.lowercase_pass import LowerCaseNames
from deidentify.recognizers.initials import SHORTHAND
from deidentify.spans import Span, covered_by
from deidentify.truecase import in_capitals

WORD_MIN = 4.0  # Zipf frequency from which letters are an everyday word ("AM", "RE", "SO")
_LETTERS = re.compile(r"[A-Z]{2,3}")
_TEXTED = re.compile(r"[a-z]{2}")  # a worker's letters texted in lower case: "kc + dm"
_TEXTED_MENTION = re.compile(r"(?<![\w.'’/@-])(?:[a-z]{2}|[A-Z][a-z])(?![\w'’@-])")
_TEXTED_DID = re.compile(r"[ \t]+(?:drove|did|does|doing|driving|covered|covering|led|off|on\s+leave)\b")
_MENTION = re.compile(r"(?<![\w.'’-])[A-Z]{2,3}(?![\w'’]|-\w)")  # (not "RE-submit", "UM-0318")
_TITLE_NEXT = re.compile(r"[ \t]+([A-Z][a-z'’-]+)")
_NUMBER_BESIDE = re.compile(r"[ \t]*\d")
_CAPITALS_WORD = re.compile(r"[A-Z]{2,}\b")
_SLOT_BEFORE = re.compile(r"(?:\b(?:by|to|with|w/?|and|ask|asked|told|tell|cc|for|from)|[(/+&])"
                          r"[ \t]*$", re.IGNORECASE)
_STRICT_BEFORE = re.compile(r"(?:\b(?:by|with|w/?|told|cc|from)|[(/+&])[ \t]*$", re.IGNORECASE)
_SLOT_AFTER = re.compile(r"[ \t]*(?:[/+&)\]]|\Z)")
_DID_AFTER = re.compile(r"[ \t]+(to|rang|said|says|asked|called|emailed|texted|agreed|aware|"
                        r"spoke|saw|met|wrote|edits|copy|visited|thinks|thought|phoned|advised|"
                        r"drove|took|went|will|has|had)\b")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")
_NAME_BEFORE = re.compile(r"([A-Z][a-z'’-]+)[ \t]+$")
# (a stop after a letter is an initial's: "J. Whiteley")
_SENTENCE_START = re.compile(r"(?:\A|\n|(?<=[a-z0-9)\]\"”])[.!?])[ \t]*\Z")
NAME_MAX = 3.0  # Zipf frequency below which a capitalised word before the letters is a name
_LINE_LABEL = re.compile(r"(?:^|\n)[ \t]*$")  # letters opening a line before a colon: "RE: ..."


def carry_initials(texts: list[str], found: list[list[Span]], allow: AllowList
                   ) -> list[list[Span]]:
    """`found` with every mention, in the other notes of the batch, of letters a note found
    alone as a person's initials (the module's rules say where a mention counts)."""
    letters = set()
    for text, spans in zip(texts, found):
        if in_capitals(text):
            continue
        for sp in spans:
            word = text[sp.start:sp.end]
            if sp.entity == "PERSON" and (_LETTERS.fullmatch(word) or _TEXTED.fullmatch(word)) \
                    and word.upper() not in SHORTHAND and word.upper() not in allow.acronyms \
                    and not (word.islower() and word in TEXTED_PAIRS):
                letters.add(word.upper())
    if not letters:
        return found
    out = []
    for text, spans in zip(texts, found):
        if in_capitals(text):
            out.append(spans)  # (a note in capitals is full of shorthand: "HT SCREEN", "RPR NR")
            continue
        covered = covered_by(spans)
        added = [Span(m.start(), m.end(), "PERSON", 0.5) for m in _MENTION.finditer(text)
                 if m.group() in letters and not covered(m.start(), m.end())
                 and _someone(text, m.start(), m.end())]
        informal = None
        for m in _TEXTED_MENTION.finditer(text):
            if m.group().upper() not in letters or covered(m.start(), m.end()) \
                    or m.group().lower() in STOP_WORDS or m.group().lower() in TEXTED_PAIRS:
                continue
            informal = LowerCaseNames.informal(text) if informal is None else informal
            if informal and _texted_someone(text, m.start(), m.end()):
                added.append(Span(m.start(), m.end(), "PERSON", 0.5))
        out.append(sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans)
    return out


def _texted_someone(text: str, start: int, end: int) -> bool:
    """Do two letters texted in lower case (or capitalised: "Jf") stand where a person does?
    Only after "by", "with", "to", "told", a sign, or before a sign or what a worker did."""
    before, after = text[max(0, start - 12):start], text[end:end + 24]
    return bool(_SLOT_BEFORE.search(before) or _SLOT_AFTER.match(after)
                or _DID_AFTER.match(after) or _TEXTED_DID.match(after))


def _someone(text: str, start: int, end: int) -> bool:
    """Do the letters at text[start:end] stand for a person where they are written?"""
    before, after = text[max(0, start - 12):start], text[end:end + 24]
    key = fold(text[start:end])
    # a title's or rank's letters before a name, or any letters before a known name ("DS Rebecca
    # Doak", "DC sandhu", "HA Joanne Pike"; not "GW Tuesday")
    if (nxt := _TITLE_NEXT.match(after)) and (key in TITLES or fold(nxt.group(1)) in given_names()
                                              or fold(nxt.group(1)) in family_names()):
        return False
    nxt = _NEXT_WORD.match(after)
    if key in TITLES and nxt and zipf(nxt.group(1)) < WORD_MIN and not _DID_AFTER.match(after):
        return False
    if (name := _NAME_BEFORE.search(before)) \
            and ((name_key := fold(name.group(1))) in family_names() or name_key in given_names()
                 or zipf(name_key) < NAME_MAX and not _SENTENCE_START.search(
                     text, 0, start - len(before) + name.start())):
        return False  # letters after a name: "Siân Pritchard RM" (not "Shadowed GW")
    if re.search(r"\d[ \t]*$", before):
        return False  # a count or a time: "2 HU, 1 RO", "10 AM"
    if not (key in STOP_WORDS or key in TITLES or zipf(key) >= WORD_MIN
            or text[start:end] in LANGUAGE_CODES):
        return True
    # letters that are a word: a time or a code ("10 AM", "UM 0318"), part of a heading in
    # capitals ("UM REPORT"), a note in capitals, a line's label ("RE: housing")
    if _NUMBER_BESIDE.match(after) \
            or _CAPITALS_WORD.match(after.lstrip(" \t")) and after[:1] in " \t" \
            or re.search(r"\b[A-Z]{2,}[ \t]+$", before) \
            or after.startswith(":") and _LINE_LABEL.search(text[max(0, start - 80):start]):
        return False
    did = _DID_AFTER.match(after)
    if key in STOP_WORDS:  # (a little word: "For SO long", "And SO tired", "code is NOT to go")
        return bool(_STRICT_BEFORE.search(before) or _SLOT_AFTER.match(after)
                    or did and did.group(1) != "to")
    return bool(_SLOT_BEFORE.search(before) or _SLOT_AFTER.match(after) or did)
