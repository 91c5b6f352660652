"""National Insurance numbers, as HMRC allocates them (any case, spaced or not), and the
temporary reference numbers employers and agencies make up when there is none: TN, the date
of birth as day, month and year, then M or F ("TN 01 02 85 F"); one in capitals, hyphened or
without its last letter, with a prefix HMRC gives or its specimen's QQ, with no label ("QQ 40
18 77"); and, beside an NI label, any number of their shape ("NI QQ 12 34 56 C")."""

import re

from deidentify.recognizers.base import RegexRecognizer

_BAD_PREFIXES = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
_ALLOCATED = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]")  # a prefix's letters HMRC gives


class NiNumberRecognizer(RegexRecognizer):
    ENTITY = "NI_NUMBER"
    PATTERNS = (
        ("nino", r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", 0.75),
        # in capitals, spaced or hyphened as people write one, its last letter left off too, with
        # a prefix HMRC gives or its specimen's QQ: no label needed ("the journal now shows QQ
        # 40 18 77 A", "QQ 40 18 77A", "QQ-40-18-77-A", "QQ 40 18 77"; not "UK 10 20 30 A")
        ("printed", r"(?-i:\b[A-Z]{2}[ -]?(?:\d{2}[ -]?\d{2}[ -]?\d{2}|\d{3}[ -]?\d{3})(?:[ -]?[A-D])?\b)", 0.75),
        # shaped like one beside an NI label, whatever its letters: HMRC's QQ example, a
        # mistyped prefix (fail closed)
        ("shape", r"\b[A-Z]{2}\s?(?:\d{2}\s?\d{2}\s?\d{2}|\d{3}\s?\d{3})\s?[A-D]\b", 0.2),  # ("QQ 123 456 C")
        # ... and as a scanner reads it, with l, I, O or o for figures ("QQ 58 2l O6 A"),
        # beside its label; three real figures at least
        ("scanned", r"\b[A-Z]{2}\s?(?=(?:[\s\dlIOo]*\d){3})[\dlIOo]{2}\s?[\dlIOo]{2}\s?[\dlIOo]{2}\s?[A-D]\b", 0.2),
        ("temporary", r"\bTN\s?(?:[12]\d|3[01]|0[1-9])\s?(?:1[0-2]|0[1-9])\s?\d{2}\s?[MF]\b", 0.75),
    )
    CONTEXT = ("ni", "nino", "national insurance", "ni number", "ni no")
    FLAGS = re.IGNORECASE

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern == "printed":  # (TN is a temporary number's, with a date and a sex: below)
            return value[:2] == "QQ" or _ALLOCATED.match(value) is not None \
                and value[:2] not in _BAD_PREFIXES and value[-1].isalpha()  # (not "RR 18 O2 98")
        return pattern != "nino" or value[:2].upper() not in _BAD_PREFIXES
