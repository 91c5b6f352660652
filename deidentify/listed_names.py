"""A word listed beside a person is a person too.

Shift logs and alerts list people together, on one line or one per line: "Lauren, Jo, Will
driving", "Mark / Marco / Will",
"NR + Luana", "RB / Abdi / Sue", "Angel, Storm, Kerry-Ann, Tash". The model finds some of
them; the others are everyday words (Will, Storm) or initials that no cue marks. Once one
item of such a list is a person found (or an "organisation" of given names only, as the model
reads "Mark / Marco"), the items joined to it on the same line are people as well, and so on
along the list: a capitalised word (or a hyphenated pair, "Kerry-Ann") or two or three
capitals, joined by "/", "+", "&", "->" or "and". A comma joins only inside a list of three or
more ("Dear Sarah, Thank you" is no list). Stop words, titles,
months and weekdays, the allow-list's words and acronyms, clinical shorthand written like
initials (GP, SW, HIV, TDS...) and languages' codes ("UA/RU") are never taken; a word only if
it is a known given or family name (Will, Storm) or one English seldom uses (Abdi): drugs,
services and things listed beside a name stay ("Kirsty + Weed", "Lisa & Probation").
A card's names joined by kisses ("Hope x Gracie x Dawn") and a list's by semicolons are lists
too. Two kinds of list need no person found beside them: a register written surname first
("1. Baker, Hope - staff", both words, once two of its people are found) and a rota's days
("tue 6: grace + joy", after a day found as a date).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.allow_list import AllowList
from deidentify.lexicon import (CATEGORY_WORDS, LANGUAGE_CODES, SERVICE_WORDS, TITLES, family_names, fold, given_names,
                                given_names_any_case, zipf)
from deidentify.recognizers.dates import MONTH, ROTA_DAY, WEEKDAY
from deidentify.recognizers.initials import EVERYDAY, SHORTHAND
from deidentify.recognizers.person_names import PEOPLE_NOUNS
from deidentify.spans import Span, covered_by

SCORE = 0.5
NAMES_MAX = 3  # words of a person's span that may head a list (not a whole sentence)
LISTED_MAX = 2.8  # Zipf frequency: a word that is no known name is one below this (Abdi,
# Luana), not above it ("Kirsty + Weed", "Mark / Spice / Crack", "Tall, ginger beard")
QUOTED_MAX = 4.5  # ... a word in quotes listed beside a person in quotes ('("Ploy" and "Fon")')
BULLET_RARE = 3.3  # ... a word opening an item of a list of people, one per line
EVERYDAY_NAME = 4.5  # ... a known given name there ("- lou"; not "- Man in red van")
# one word, not the first of two capitalised ones ("J. Appleton, Decision Maker")
_ITEM = r"(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]{2,3})(?![\w-])(?![ \t]+[A-Z])"
# (a card's kisses join its names: "Hope x Gracie x Dawn"; a semicolon a list's items)
_JOIN = r"(?:[ \t]*(?:,|;|/|\+|&|->|→)[ \t]*|[ \t]+and[ \t]+|[ \t]+x{1,3}[ \t]+)"
_Q = "[\"“”']?"  # items may be quoted: ("Ploy" and "Fon")
_RIGHT = re.compile(rf"{_Q}({_JOIN}){_Q}({_ITEM})")
_LEFT = re.compile(rf"(?<![\w'’-])({_ITEM}){_Q}({_JOIN}){_Q}$")
_NEXT = re.compile(rf"{_JOIN}{_ITEM}")
_PREVIOUS = re.compile(rf"{_ITEM}{_JOIN}$")
# ... and in a text written in lower case, beside a person found in lower case: "working names
# lily, coco and xiaoxue"
# (joined by a comma or "and", to a known given name: not "lorazepam + haloperidol")
_ITEM_LOWER = r"[a-z]{2,}(?![\w'’-])"
_JOIN_LOWER = r"(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+)"
_RIGHT_LOWER = re.compile(rf"({_JOIN_LOWER})({_ITEM_LOWER})")
_LEFT_LOWER = re.compile(rf"(?<![\w'’-])({_ITEM_LOWER})({_JOIN_LOWER})$")
_NEXT_LOWER = re.compile(rf"{_JOIN_LOWER}{_ITEM_LOWER}")
_PREVIOUS_LOWER = re.compile(rf"{_ITEM_LOWER}{_JOIN_LOWER}$")
_CALENDAR = re.compile(rf"(?i:{MONTH}|{WEEKDAY})")
# a bulleted line's first word: "- becca + her mate", '- "blondie" - wont give name'
_BULLET_LINE = re.compile(r"(?m)^(?P<bullet>[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+).*$")
# ... and only where it ends the item or goes on as a name does ("- becca + her mate", "- tash
# (the tall one)", '- "blondie" - wont give', "- nikki w", "2. Ruby F - Depo given"; not "-
# methadone pickup missed")
# ... and a given name after a surname and its comma, where the item goes on as a name does
_GIVEN_AFTER_COMMA = re.compile(r",[ ](?P<g>[A-Z][a-z'’-]+)(?![\w'’-])(?=[ \t]*(?:$|\n|[-–—(|,;:])|\t|[ ][A-Z]\.?[ \t])")
# who is on after a rota's day (dates.ROTA_DAY), up to the first comma
_SLOT = re.compile(r"[ \t]*[:–-][ \t]*(?P<rest>[^\n,;(]*)")
_SLOT_ITEM = re.compile(r"(?:^|(?<=[+/&])|(?<=\band\b))[ \t]*(?P<w>[A-Za-z][a-z'’-]+)(?=[ \t]*(?:[+/&]|\band\b|$))")
_FIRST_WORD = re.compile(r"[\"“']?(?P<w>[A-Za-z][a-z'’-]+)(?![\w'’-])[\"”']?"
                         r"(?=[ \t]*(?:$|\n|[+(/&,-]|\band\b)|[ ][A-Za-z]\b(?![.'’]\w)|[ ][A-Z]\.)")


def listed_names(text: str, spans: list, allow: AllowList) -> list:
    """`spans` (merged, in order) with the people listed beside a person found; in order."""
    spans = _rota_slots(text, _bulleted(text, spans, allow), allow)
    people = [sp for sp in spans if len(text[sp.start:sp.end].split()) <= NAMES_MAX
              and re.search(r"\w", text[sp.start:sp.end])
              and (sp.entity == "PERSON" or sp.entity == "ORGANIZATION"
                   and _given_names_only(text[sp.start:sp.end]))]
    if not people:
        return spans
    covered = covered_by(spans)
    kind = type(people[0])
    added, todo, seen = [], list(people), set()
    while todo:
        person = todo.pop()
        inner = re.search(r"\w(?:.*\w)?", text[person.start:person.end])  # "Tash +" -> "Tash"
        for start, end, join, listed in _beside(text, person.start + inner.start(),
                                                person.start + inner.end()):
            quoted = text[start - 1:start] in ("\"", "“") and text[end:end + 1] in ("\"", "”")
            if (start, end) in seen or covered(start, end) \
                    or not _someone(text[start:end], join, listed, allow, quoted):
                continue
            seen.add((start, end))
            new = kind(start, end, "PERSON", SCORE)
            added.append(new)
            todo.append(new)
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: (s.start, -s.end))


def _bulleted(text: str, spans: list, allow: AllowList) -> list:
    """`spans` with the people of a list written one per line: where two or more items of a
    run of bulleted lines open with a person found ("- lou", "- nikki w"), the first word of
    each other item is a person too if it could be one ("- becca + her mate shannon", '-
    "blondie" - wont give name', "- tash (the tall one)"; not "- quiet night")."""
    covered = covered_by([sp for sp in spans if sp.entity == "PERSON"])
    blocks: list[list[re.Match]] = [[]]
    last_end = -1
    for line in _BULLET_LINE.finditer(text):
        if last_end >= 0 and text[last_end:line.start()].strip() != "":
            blocks.append([])
        last_end = line.end()
        if m := _FIRST_WORD.match(text, line.end("bullet")):
            blocks[-1].append(m)
    added = []
    for block in blocks:
        inverted = [m for m in block if (g := _GIVEN_AFTER_COMMA.match(text, m.end("w")))
                    and _inverted_part(m.group("w"), allow) and _inverted_part(g.group("g"), allow)]
        if len(inverted) >= 2 and len(inverted) * 2 > len(block) \
                and sum(covered(*m.span("w")) or covered(*_GIVEN_AFTER_COMMA.match(text, m.end("w")).span("g"))
                        for m in inverted) >= 2:
            # a register of people written surname first: "1. Baker, Hope - staff", "2. Green,
            # Will - staff": both words of each, however everyday, once two are found
            for m in inverted:
                g = _GIVEN_AFTER_COMMA.match(text, m.end("w"))
                added += [Span(*span, "PERSON", SCORE) for span in (m.span("w"), g.span("g"))
                          if not covered(*span)]
            continue
        if sum(covered(*m.span("w")) for m in block) < 2:
            continue
        added += [Span(*m.span("w"), "PERSON", SCORE) for m in block
                  if not covered(*m.span("w")) and _listed_alone(m.group("w"), allow)]
    return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans


def _rota_slots(text: str, spans: list, allow: AllowList) -> list:
    """`spans` with the people of a rota's days: on a line opening with a weekday and its day's
    number found as a date ("tue 6: grace + pres, advice will"), the words joined by "+", "/"
    or "&" before the first comma, each capitalised, a known given name or a word English seldom
    uses (not "CLOSED", "all hands", "van + clinic"; nor in lower case: "yoga + reiki", "holly")."""
    dates = covered_by([sp for sp in spans if sp.entity == "DATE"])
    covered = covered_by([sp for sp in spans if sp.entity == "PERSON"])
    added = []
    for day in ROTA_DAY.finditer(text):
        if not dates(*day.span("v")) or not (line := _SLOT.match(text, day.end("v"))):
            continue
        base = line.start("rest")
        for item in _SLOT_ITEM.finditer(line.group("rest")):
            word, span = item.group("w"), (base + item.start("w"), base + item.end("w"))
            key = fold(word)
            if covered(*span) or key in TITLES or allow.covers_word(word) or key in PEOPLE_NOUNS \
                    or key in CATEGORY_WORDS or key in SERVICE_WORDS \
                    or _CALENDAR.fullmatch(word) or key in STOP_WORDS and key not in given_names_any_case() \
                    or word.islower() or not (key in given_names_any_case() or zipf(key) < LISTED_MAX):
                continue
            added.append(Span(*span, "PERSON", SCORE))
    return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans


def _inverted_part(word: str, allow: AllowList) -> bool:
    """A word that may be a surname or a given name in a register written surname first: a
    known name or a word English uses less (not "Date, Time", "Mon, Tue", "Housing, Priya")."""
    key = fold(word)
    return (key not in STOP_WORDS or key in given_names()) and key not in TITLES \
        and (key in family_names() or key in given_names() or zipf(key) < LISTED_MAX + 0.7) \
        and not allow.covers_word(word) and not _CALENDAR.fullmatch(word) and key not in CATEGORY_WORDS


def _listed_alone(word: str, allow: AllowList) -> bool:
    """A word opening an item of a list of people: a given name English uses less than
    EVERYDAY_NAME, or a word it uses less than BULLET_RARE ("becca", "blondie"; not "van",
    "Man", "quiet")."""
    key = fold(word)
    if key in STOP_WORDS or key in TITLES or allow.covers_word(word) or _CALENDAR.fullmatch(word):
        return False
    return zipf(key) < BULLET_RARE or key in given_names() and zipf(key) < EVERYDAY_NAME


def _beside(text: str, start: int, end: int):
    """The items joined to text[start:end] on either side: (start, end, joiner, in a list
    of three or more)."""
    lower = text[start:end].islower() and text[start:end].isalpha()
    if lower and fold(text[start:end]) not in given_names():
        return
    left, right, nxt, previous = (_LEFT_LOWER, _RIGHT_LOWER, _NEXT_LOWER, _PREVIOUS_LOWER) if lower \
        else (_LEFT, _RIGHT, _NEXT, _PREVIOUS)
    before = left.search(text, max(0, start - 40), start)
    after = right.match(text, end)
    join = _JOIN_LOWER if lower else _JOIN
    in_list_left = bool(before) or bool(re.search(rf"{join}$", text[max(0, start - 4):start]))
    if after:
        listed = in_list_left or bool(nxt.match(text, after.end()))
        yield after.start(2), after.end(2), after.group(1).strip(), listed
    if before:
        listed = bool(after) or bool(previous.search(text, max(0, before.start() - 40),
                                                      before.start()))
        yield before.start(1), before.end(1), before.group(2).strip(), listed


def _someone(word: str, join: str, listed: bool, allow: AllowList, quoted: bool = False) -> bool:
    key = fold(word)
    if (join in (",", ";") or join.startswith("x")) and not listed:
        return False  # (a list of three or more: not "Rose x Lily", "Basil; Sage")
    if word.isupper():  # initials: "NR + Luana"; not shorthand ("GP", "HIV"), not a word
        return join != "," and word not in SHORTHAND and word not in allow.acronyms \
            and word not in LANGUAGE_CODES \
            and key not in STOP_WORDS and key not in TITLES and zipf(key) < EVERYDAY \
            and not _CALENDAR.fullmatch(word)
    if key in STOP_WORDS and key not in given_names() or key in TITLES \
            or allow.covers_word(word) or _CALENDAR.fullmatch(word):
        return False
    if word.islower():  # (a known name English uses less, or a word it seldom uses)
        return key not in STOP_WORDS and (key in given_names() and zipf(key) < EVERYDAY_NAME
                                          or zipf(key) < LISTED_MAX)
    # (two letters joined by "+" or "&" to a person are a short name: "Hannah + Mo"; "/" joins
    # shorthand too: "HIV Ag/Ab")
    return key in given_names() or key in family_names() or zipf(key) < LISTED_MAX \
        or quoted and zipf(key) < QUOTED_MAX \
        or len(word) == 2 and word.istitle() and join in ("+", "&")


def _given_names_only(phrase: str) -> bool:
    """An "organisation" of given names only: the model's reading of "Mark / Marco", "Tash +"."""
    words = re.findall(r"[^\W\d_]+", phrase)
    return bool(words) and all(fold(w) in given_names() and w[0].isupper() for w in words)
