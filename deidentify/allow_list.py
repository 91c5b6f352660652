"""What de-identification keeps on purpose: support services and agencies, harmless places.

Entries written in capitals (IOM, HO, NI) are acronyms and match only in capitals, so that
"HO" (Home Office) does not protect a person called Ho. Other entries match in any case and
with or without accents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from deidentify.lexicon import fold


# the emergency department, in capitals where a note says it is a place or a service ("FROM ED",
# "ED TRIAGE", "HOSPITAL ED"), not Ed the person ("HUSBAND ED AT BEDSIDE, ED STATES SHE FELL")
_ED = re.compile(r"\bED\b")
_PLACE_BEFORE = re.compile(r"(?i:\b(?:from|to|in|at|the|via|of|hospital|infirmary|general)) $")
_PERSON_AFTER = re.compile(r" (?:STATES|SAYS|SAID|REPORTS|AT BEDSIDE|HERE|VISITING)\b")
_SERVICE_AFTER = re.compile(r" (?i:triage|registrar|summary|note|boarder|attendance|staff|doctor|"
                            r"nurse|discharge|visit|resus|waiting|dept|department|consultant|reg|"
                            r"sho|f/?u|no|number)\b")


def department_at(text: str, start: int) -> bool:
    """Is the "ED" at `start` the emergency department?"""
    end = start + 2
    return bool(_SERVICE_AFTER.match(text, end)) or (
        bool(_PLACE_BEFORE.search(text, max(0, start - 10), start))
        and not _PERSON_AFTER.match(text, end))


@dataclass(frozen=True)
class AllowList:
    acronyms: frozenset[str]
    words: frozenset[str]  # folded, without a leading "the"
    pattern: re.Pattern
    places: frozenset[str] = frozenset()  # the harmless places among `words`

    @classmethod
    def build(cls, entries: tuple[str, ...] | list[str], places: frozenset[str] = frozenset()
              ) -> AllowList:
        acronyms = frozenset(e for e in entries if e.isupper())
        words = frozenset(fold(e).removeprefix("the ") for e in entries if not e.isupper()) | places
        caseless = sorted((e for e in entries if not e.isupper()), key=len, reverse=True)
        exact = sorted(acronyms, key=len, reverse=True)
        alternatives = [f"(?i:{re.escape(e)})" for e in caseless] + [re.escape(e) for e in exact]
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives or ["(?!)"]) + r")(?!\w)")
        return cls(acronyms, words, pattern, places)

    def covers(self, text: str) -> bool:
        """Is this whole text something the list keeps?"""
        return text in self.acronyms or fold(text).removeprefix("the ") in self.words

    def is_place(self, text: str) -> bool:
        """Kept only as a place: a person called Jordan or Georgia is still a person."""
        key = fold(text).removeprefix("the ")
        return key in self.places and key not in (self.words - self.places)

    def covers_word(self, text: str) -> bool:
        return text in self.acronyms or (not text.isupper() and fold(text) in self.words) \
            or (text.isupper() and len(text) > 3 and fold(text) in self.words)

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.pattern.finditer(text)] \
            + [m.span() for m in _ED.finditer(text) if department_at(text, m.start())]
