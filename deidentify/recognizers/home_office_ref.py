"""Home Office, asylum and immigration case references."""

import re

from deidentify.recognizers.base import RegexRecognizer


class HomeOfficeRefRecognizer(RegexRecognizer):
    ENTITY = "HOME_OFFICE_REF"
    PATTERNS = (
        ("uan", r"\b\d{4}-\d{4}-\d{4}-\d{4}\b", 0.8),  # unique application number
        ("letter_digits", r"\b[A-Z]\d{7}(?:/\d{1,3})?\b", 0.5),
        ("after_words", r"(?:home office|\bHO\b|ukvi|asylum|claim|\bcid\b|\bport\b|case)\s*+"
                        r"(?:ref(?:erence)?|no|number|id)?\.?\s*+[:#]?\s*+"
                        r"(?P<v>\b[A-Z]{0,2}\d{6,10}(?:/\d{1,3})?\b)", 0.85),
        ("slashed", r"(?i:\b(?:ref(?:erence)?|case|claim)\s*+(?:no|number)?\.?\s*+:?\s*+)"
                    r"(?P<v>[A-Z]{2,4}/\d{3,6}(?:/\d{2,6})+)", 0.8),
    )
    CONTEXT = ("home office", "ho ref", "asylum", "ukvi", "cid", "uan", "immigration")
    FLAGS = re.IGNORECASE
