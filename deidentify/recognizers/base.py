"""Base for pattern recognizers: a class declares ENTITY, PATTERNS, CONTEXT and `validate`.

A pattern may mark the identifier inside a longer match with a named group `v` (for example
"passport no (?P<v>...)"), so context words can be required without being removed. A pattern
whose score is below the run's threshold fires only when a CONTEXT word is near.
"""

from __future__ import annotations

import re
import unicodedata
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult

CONTEXT_BOOST = 0.4
CONTEXT_BEFORE = 60  # characters searched for context before a match
CONTEXT_AFTER = 25


class RegexRecognizer(EntityRecognizer):
    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]]  # (name, regex, score)
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    FLAGS: ClassVar[int] = 0
    STRIP_LEADING_VERB: ClassVar[bool] = False  # for patterns of capitalised words
    WHOLE: ClassVar[tuple[str, ...]] = ()  # ... but not these patterns' ("the Spotted Dog")

    def __init__(self) -> None:
        # patterns read the NFKC copy of a note (normalise.py): written in NFKC too, or a Thai
        # "อำเภอ", a full-width colon or "№" in a pattern would never match
        self._compiled = [(name, re.compile(unicodedata.normalize("NFKC", rx), self.FLAGS), score)
                          for name, rx, score in self.PATTERNS]
        self._context = (re.compile(r"\b(?:" + "|".join(self.CONTEXT) + r")\b", re.IGNORECASE)
                         if self.CONTEXT else None)
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__,
                         supported_language="en")

    def load(self) -> None:  # patterns are compiled in __init__
        pass

    def patterns_for(self, text: str) -> list:
        """The compiled patterns to read this text with; a recognizer may leave out those that
        cannot match it, found by a quicker test (time only: the result is the same)."""
        return self._compiled

    def validate(self, value: str, pattern: str = "") -> bool:
        """Extra check of a candidate found by the named pattern (check digits, digit counts)."""
        return True

    def entity_for(self, text: str, start: int, end: int) -> str:
        """The entity type of a match; override to tell e.g. dates of birth from dates."""
        return self.ENTITY

    def has_context(self, text: str, start: int, end: int) -> bool:
        if self._context is None:
            return False
        window = text[max(0, start - CONTEXT_BEFORE):start] + " " + text[end:end + CONTEXT_AFTER]
        return self._context.search(window) is not None

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        best: dict[tuple[int, int, str], float] = {}  # two patterns may find the same span
        for name, pattern, score in self.patterns_for(text):
            for m in pattern.finditer(text):
                start, end = m.span("v") if "v" in pattern.groupindex else m.span()
                if self.STRIP_LEADING_VERB and name not in self.WHOLE:
                    start = strip_leading_verb(text, start, end)
                if start == end:
                    continue
                value = text[start:end]
                if not self.validate(value, name):
                    continue
                final = min(1.0, score + CONTEXT_BOOST) if self.has_context(text, start, end) else score
                entity = self.entity_for(text, start, end)
                if final > best.get((start, end, entity), -1.0):
                    best[(start, end, entity)] = final
        return [RecognizerResult(e, s, t, sc) for (s, t, e), sc in best.items()]


_LEADING_VERB = re.compile(r"(?:[A-Z][a-z]+ed|Met|Saw|Went|Left|Gave|Took|At|To|Outreach|Visit|"
                           r"Near|Only|Spoke|Seen|Called|Then|Also|Rang|Phoned|Rung|Emailed|Texted|A&E|"
                           r"(?:ASSESSMENT|NOTES?|REFERRAL|LETTER|SUMMARY|REPORT|FORM|URGENT|UPDATE|TRIAGE|"
                           r"REVIEW|HANDOVER|DISCHARGE|ADMISSION|VISIT|CONTACT|RECORD|FAO|ATTN|[A-Z]{2,3})"
                           r"(?=[ \t]+[A-Z][a-z]+[ \t]+[A-Z]))\s+")  # (a heading's word in capitals)


def after_one_of(words: tuple[str, ...], tail: str = " ") -> str:
    """A regex that matches where one of `words` and `tail` end: Python's look-behind needs a
    fixed width, so one look-behind a word ("for New Year", "at the Spotted Dog")."""
    return "(?:" + "|".join(f"(?<={re.escape(w + tail)})" for w in words) + ")"


def strip_leading_verb(text: str, start: int, end: int) -> int:
    """New start past a capitalised verb or particle that begins a sentence ("Visited Blue
    Moon Sauna"), which capitalised-phrase patterns would otherwise take in."""
    m = _LEADING_VERB.match(text, start, end)
    return m.end() if m and m.end() < end else start


class TokenRecognizer(EntityRecognizer):
    """Base for recognizers that read the language model's tokens and respect the allow-list."""

    ENTITIES: ClassVar[tuple[str, ...]]

    def __init__(self, allow) -> None:
        self.allow = allow
        super().__init__(supported_entities=list(self.ENTITIES), name=type(self).__name__,
                         supported_language="en")

    def load(self) -> None:
        pass


def digits(value: str) -> str:
    return re.sub(r"\D", "", value)
