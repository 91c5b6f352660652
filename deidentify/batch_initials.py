"""Initials found as a person in one note of a batch, removed where another note writes them.

A project's workers sign, log and hand over by their initials, and a note that says so once
("Worker: GW", a rota's "Booked by" column, "seen by PV") names the same worker as the next
note's "Screenshots shown to GW by Niki", "parlour outreach w PV" or "JF/SO - 11 contacts",
where nothing in that note says the letters are someone. Within one note initials.py reads the
note's structure; across notes only the batch knows (as batch_names.py does for names).

Letters are carried when a note not in capitals found them, alone, as a person, and they are
no shorthand, role or allowed acronym (initials.SHORTHAND: "GP", "PT", "UK"). They are removed
where another note writes them as a word of their own, except
- before a capitalised name, where the letters are a title or a rank ("DS Rebecca Doak"), or
  a title's letters before any name ("DC sandhu"); after a name, where they are letters after
  it ("Siân Pritchard RM", "J. Whiteley JP");
- after a number, or before one, where they are a time or a code ("10 AM", "UM-0318");
- beside a word in capitals, where they are part of a heading ("UM REPORT", "VAN LOG");
- where the letters are an everyday English word ("RE", "SO", "AM", "IS"), unless they stand
  where a person does: after "by", "to", "with", "told", a bracket, a slash, a plus, or
  before a slash, a plus, a closing bracket or the end of the note, or (a title's letters, not
  a little word: "code is NOT to go") before "to" or a verb of what a worker did ("passed to
  DR for", "(RE)", "AM/SK", "scanned by RE]", "DR rang");
- a word in a note written in capitals, wherever it stands ("DON'T THINK SO").
One note's output depends on the others in its batch; it can only remove more, never less.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.allow_list import AllowList
from deidentify.lexicon import TITLES, family_names, fold, given_names, zipf
from deidentify.recognizers.initials import SHORTHAND
from deidentify.spans import Span, covered_by
from deidentify.truecase import in_capitals

WORD_MIN = 4.0  # Zipf frequency from which letters are an everyday word ("AM", "RE", "SO")
_LETTERS = re.compile(r"[A-Z]{2,3}")
_MENTION = re.compile(r"(?<![\w.'’-])[A-Z]{2,3}(?![\w'’]|-\d)")
_TITLE_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
_NUMBER_BESIDE = re.compile(r"[ \t]*\d")
_CAPITALS_WORD = re.compile(r"[A-Z]{2,}\b")
_SLOT_BEFORE = re.compile(r"(?:\b(?:by|to|with|w/?|and|ask|asked|told|tell|cc|for)|[(/+&])[ \t]*$",
                          re.IGNORECASE)
_SLOT_AFTER = re.compile(r"[ \t]*(?:[/+&)\]]|\Z)")
_DID_AFTER = re.compile(r"[ \t]+(?:to|rang|said|says|asked|called|emailed|texted|agreed|aware|spoke|"
                        r"saw|met|wrote|edits|copy)\b")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")
_NAME_BEFORE = re.compile(r"([A-Z][a-z'’-]+)[ \t]+$")
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
            if sp.entity == "PERSON" and _LETTERS.fullmatch(word) and word not in SHORTHAND \
                    and word not in allow.acronyms:
                letters.add(word)
    if not letters:
        return found
    out = []
    for text, spans in zip(texts, found):
        covered = covered_by(spans)
        capitals = in_capitals(text)
        added = [Span(m.start(), m.end(), "PERSON", 0.5) for m in _MENTION.finditer(text)
                 if m.group() in letters and not covered(m.start(), m.end())
                 and _someone(text, m.start(), m.end(), capitals)]
        out.append(sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans)
    return out


def _someone(text: str, start: int, end: int, capitals: bool) -> bool:
    """Do the letters at text[start:end] stand for a person where they are written?"""
    before, after = text[max(0, start - 12):start], text[end:end + 12]
    if _TITLE_NEXT.match(after) or _NUMBER_BESIDE.match(after) \
            or re.search(r"\d[ \t]*$", before) \
            or _CAPITALS_WORD.match(after.lstrip(" \t")) and after[:1] in " \t" \
            or re.search(r"\b[A-Z]{2,}[ \t]+$", before):
        return False
    if (name := _NAME_BEFORE.search(before)) \
            and ((key := fold(name.group(1))) in family_names() or key in given_names()
                 or zipf(key) < NAME_MAX):
        return False
    key = fold(text[start:end])
    nxt = _NEXT_WORD.match(after)
    if key in TITLES and nxt and zipf(nxt.group(1)) < WORD_MIN and not _DID_AFTER.match(after):
        return False
    if not (key in STOP_WORDS or key in TITLES or zipf(key) >= WORD_MIN):
        return True
    if capitals or after.startswith(":") and _LINE_LABEL.search(text[max(0, start - 80):start]):
        return False
    return bool(_SLOT_BEFORE.search(before) or _SLOT_AFTER.match(after)
                or key not in STOP_WORDS and _DID_AFTER.match(after))
