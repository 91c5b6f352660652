"""Passport numbers (UK and common EU and other formats), recognised next to the word."""

import re

from deidentify.recognizers.base import RegexRecognizer


class PassportRecognizer(RegexRecognizer):
    ENTITY = "PASSPORT_NUMBER"
    PATTERNS = (
        ("after_word", r"\b(?:passport|pp|travel document|id card)\b[^\n\d]{0,25}?"
                       r"(?P<v>\b[A-Z]{0,2}\d{6,9}\b)", 0.85),
        # Two letters and seven digits (Poland, Albania, Thailand...) anywhere: still an ID.
        ("letters_digits", r"\b[A-Z]{2}\d{7}\b", 0.5),
    )
    FLAGS = re.IGNORECASE
