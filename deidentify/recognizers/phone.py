"""UK phone numbers in national and international formats, and foreign numbers with a code."""

from __future__ import annotations

from deidentify.recognizers.base import RegexRecognizer, digits

_SEP = r"[\s.\-]?"
# boundaries in ASCII: in Chinese or Thai a number follows a word with no space ("电话07700 900 596")


class PhoneNumberRecognizer(RegexRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS = (
        # +44 7700 900123, 0044 (0)20 7946 0123, +40 712 345 678, +55 11 91234-5678
        ("international", r"(?<![A-Za-z0-9_+])(?:\+|00)\s?\d{1,3}(?:\s?\(0\))?(?:" + _SEP + r"\(?\d{1,5}\)?){2,6}(?!\d)", 0.7),
        # 07700 900123, (020) 7946 0123, 077-0090-0123, 077 00 900 123
        ("uk_national", r"(?<![A-Za-z0-9_+])\(?0\d{2,4}\)?(?:" + _SEP + r"\d{2,4}){1,4}(?!\d)", 0.6),
    )
    CONTEXT = ("phone", "tel", "mobile", "mob", "number", "no", "text", "texted", "call",
               "called", "ring", "rang", "whatsapp", "contact", "num")

    def validate(self, value: str, pattern: str = "") -> bool:
        d = digits(value)
        if value.lstrip("(").startswith(("+", "00")):
            return 9 <= len(d) <= 16
        return len(d) in (10, 11)
