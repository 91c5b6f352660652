"""UK postcodes, full (outward and inward code), any case, with or without the space (or with
two, as typed in a hurry)."""

import re

from deidentify.recognizers.base import RegexRecognizer


class PostcodeRecognizer(RegexRecognizer):
    ENTITY = "POSTCODE"
    PATTERNS = (
        ("full", r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ \t]{0,2}\d[ABD-HJLNP-UW-Z]{2}\b", 0.8),
    )
    FLAGS = re.IGNORECASE

    def validate(self, value: str, pattern: str = "") -> bool:
        # Lower-case look-alikes such as "a1 2bc" are rare in prose; words are not digits.
        return any(c.isdigit() for c in value[:4])
