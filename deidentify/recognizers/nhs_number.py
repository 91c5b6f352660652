"""NHS numbers: ten digits whose last is a modulus-11 check digit (checked by python-stdnum)."""

from deidentify.recognizers.base import RegexRecognizer
from stdnum.gb import nhs


class NhsNumberRecognizer(RegexRecognizer):
    ENTITY = "NHS_NUMBER"
    PATTERNS = (
        ("nhs", r"(?<![\d+])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\d])", 0.6),
        # After "NHS (no/number)", even a number with a wrong check digit is removed.
        ("after_word", r"(?i:\bnhs\s*+(?:no|number|num|#)?\.?\s*+:?\s*+)"
                       r"(?P<v>\d{3}[\s-]?\d{3}[\s-]?\d{4})(?![\d])", 0.85),
    )
    CONTEXT = ("nhs", "nhs no", "nhs number", "health number")

    def validate(self, value: str, pattern: str = "") -> bool:
        return pattern == "after_word" or nhs.is_valid(value)
