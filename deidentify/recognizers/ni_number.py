"""National Insurance numbers, as HMRC allocates them (any case, spaced or not)."""

import re

from deidentify.recognizers.base import RegexRecognizer

_BAD_PREFIXES = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


class NiNumberRecognizer(RegexRecognizer):
    ENTITY = "NI_NUMBER"
    PATTERNS = (("nino", r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", 0.75),)
    CONTEXT = ("ni", "nino", "national insurance", "ni number", "ni no")
    FLAGS = re.IGNORECASE

    def validate(self, value: str, pattern: str = "") -> bool:
        return value[:2].upper() not in _BAD_PREFIXES
