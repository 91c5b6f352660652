"""UK phone numbers in national and international formats, and foreign numbers with a code."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from deidentify.recognizers.base import CONTEXT_BOOST, RegexRecognizer, digits

_SEP = r"[\s.\-]?"
# boundaries in ASCII: in Chinese or Thai a number follows a word with no space ("电话07700 900 596")
_LAST_GROUP = re.compile(r"[\s.\-]?\d{2,4}$")


class PhoneNumberRecognizer(RegexRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS = (
        # +44 7700 900123, 0044 (0)20 7946 0123, +40 712 345 678, +55 11 91234-5678
        ("international", r"(?<![A-Za-z0-9_+])(?:\+|00)\s?\d{1,3}(?:\s?\(0\))?(?:" + _SEP + r"\(?\d{1,5}\)?){2,6}(?!\d)", 0.7),
        # 07700 900123, (020) 7946 0123, 077-0090-0123, 077 00 900 123
        ("uk_national", r"(?<![A-Za-z0-9_+])\(?0\d{2,4}\)?(?:" + _SEP + r"\d{2,4}){1,4}(?!\d)", 0.6),
        # the last digits of a number, which a worker matches against a caller's: "Safe phone
        # ends 964", "number ending in 0812", "number ending ...941"
        ("last_digits", r"(?i:\b(?:number|phone|mobile|mob|no|fone|num|tel)\.?(?:\s+(?:that|which))?"
                        r"\s+(?:ends?|ending)(?:\s+(?:in|with))?(?:\s+|\s*(?:\.{2,3}|…|\*+|x{2,})\s?))(?P<v>\d{3,4})(?!\d)", 0.6),
        ("last_digits_said", r"(?i:\blast\s+(?:3|4|three|four)\s+digits\b[^.\n\d]{0,30}?)"
                             r"(?P<v>\d{3,4})(?!\d)", 0.6),
    )
    CONTEXT = ("phone", "tel", "mobile", "mob", "number", "no", "text", "texted", "call",
               "called", "ring", "rang", "whatsapp", "contact", "num")

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        """As the patterns find them, and a UK number with a number after it ("Tel 01632 960
        500 19 May") found without the groups that make it too long."""
        results = super().analyze(text, entities, nlp_artifacts)
        name, pattern, score = next(c for c in self._compiled if c[0] == "uk_national")
        for m in pattern.finditer(text):
            value = m.group()
            while len(digits(value)) > 11 and (last := _LAST_GROUP.search(value)):
                value = value[:last.start()]
            end = m.start() + len(value)
            if value != m.group() and not value.startswith("00") and self.validate(value, name) \
                    and not text[end:end + 1].isdigit():
                final = min(1.0, score + CONTEXT_BOOST) if self.has_context(text, m.start(), end) \
                    else score
                results.append(RecognizerResult(self.ENTITY, m.start(), end, final))
        return results

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern in ("last_digits", "last_digits_said"):
            return True
        d = digits(value)
        if value.lstrip("(").startswith(("+", "00")):
            return 9 <= len(d) <= 16
        return len(d) in (10, 11)
