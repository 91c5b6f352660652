"""UK phone numbers in national and international formats, and foreign numbers with a code."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from deidentify.recognizers.base import CONTEXT_BOOST, RegexRecognizer, digits

_SEP = r"[\s.\-]?"
# boundaries in ASCII: in Chinese or Thai a number follows a word with no space ("电话07700 900 596")
# a run of groups of figures on one line that opens with a 0 (one UK number, or more, or one
# with other figures after it)
_RUN = re.compile(r"(?<![A-Za-z0-9_+])\(?0\d{2,10}\)?(?:[ \t.\-]\d{1,8})+(?!\d)")
_GROUP = re.compile(r"\d+")


def _numbers_in_run(run: re.Match) -> list[tuple[int, int]]:
    """The UK numbers in a run, each its groups as written from a group that opens with a 0,
    eleven figures or ten at most, no group of one figure after the first (not "0100 2 0200
    4", times and counts): the longest that makes a number."""
    groups = list(_GROUP.finditer(run.group()))
    numbers, i = [], 0
    while i < len(groups):
        first = groups[i].group()
        if not first.startswith("0") or first.startswith("00") or len(first) < 3:
            i += 1
            continue
        count, best = 0, None
        for j in range(i, len(groups)):
            count += len(groups[j].group())
            if count > 11 or j > i and len(groups[j].group()) < 2:
                break
            if count >= 10:
                best = j
        if best is None:
            i += 1
            continue
        start = run.start() + groups[i].start()
        if run.string[start - 1:start] == "(":
            start -= 1  # "(01632) 960 500"
        numbers.append((start, run.start() + groups[best].end()))
        i = best + 1
    return numbers


class PhoneNumberRecognizer(RegexRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS = (
        # +44 7700 900123, 0044 (0)20 7946 0123, +40 712 345 678, +55 11 91234-5678
        ("international", r"(?<![A-Za-z0-9_+])(?:\+|00)\s?\d{1,3}(?:\s?\(0\))?(?:" + _SEP + r"\(?\d{1,5}\)?){2,6}(?!\d)", 0.7),
        # 07700 900123, (020) 7946 0123, 077-0090-0123, 077 00 900 123
        ("uk_national", r"(?<![A-Za-z0-9_+])\(?0\d{2,4}\)?(?:" + _SEP + r"\d{2,4}){1,4}(?!\d)", 0.6),
        # a UK number written with its country's code and without the plus or the 00, as an
        # export or a hurried hand does: "from 44 7700 900 604", "447700900604", "44 (0)113 496 0592"
        # (not years after 44: "44 2019 201 2020")
        ("country_code_bare", r"(?<![\w+.,/:-])44[ \t]?(?:\(0\)[ \t]?|0[ \t])?(?:7\d{3}[ \t]?\d{3}[ \t]?\d{3}|"
                              r"(?!(?:19|20)\d{2}\b)[123]\d{2,3}[ \t]?\d{3}[ \t]?\d{3,4})(?![\d,.:/-]*\d)", 0.6),
        # the last digits of a number, which a worker matches against a caller's: "Safe phone
        # ends 964", "number ending in 0812", "number ending ...941", "the one ending 177"
        ("last_digits", r"(?i:\b(?:number|phone|mobile|mob|no|fone|num|tel|(?:the|old|new|other)\s+one)\.?(?:\s+(?:that|which))?"
                        r"\s+(?:ends?|ended|ending|finishes|finishing)(?:\s+(?:in|with))?(?:\s+|\s*(?:\.{2,3}|\u2026|\*+|x{2,})\s?))(?P<v>\d{3,4})(?!\d)", 0.6),
        ("last_digits_said", r"(?i:\blast\s+(?:3|4|three|four)\s+digits\b[^.\n\d]{0,30}?)"
                             r"(?P<v>\d{3,4})(?!\d)", 0.6),
    )
    CONTEXT = ("phone", "tel", "mobile", "mob", "number", "no", "text", "texted", "call",
               "called", "ring", "rang", "whatsapp", "contact", "num")

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        """As the patterns find them, and UK numbers in a run of figures too long for one, read
        group by group as written: a number with a number after it ("Tel 01632 960 500 19
        May"), two numbers one after the other ("07700 900 011 07700 900 012")."""
        results = super().analyze(text, entities, nlp_artifacts)
        found = {(r.start, r.end) for r in results}
        score = next(c[2] for c in self._compiled if c[0] == "uk_national")
        for run in _RUN.finditer(text):
            for start, end in _numbers_in_run(run):
                if (start, end) not in found:
                    final = min(1.0, score + CONTEXT_BOOST) if self.has_context(text, start, end) \
                        else score
                    results.append(RecognizerResult(self.ENTITY, start, end, final))
        return results

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern in ("last_digits", "last_digits_said"):
            return True
        d = digits(value)
        if pattern == "country_code_bare":  # 44 and ten figures, or the 0 kept
            return len(d) in (12, 13)
        if value.lstrip("(").startswith(("+", "00")):
            return 9 <= len(d) <= 16
        return len(d) in (10, 11)
