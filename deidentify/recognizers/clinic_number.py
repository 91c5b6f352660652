"""Sexual health clinic numbers, and the client codes of needle exchanges and drug services.

A needle exchange, a pharmacy scheme or a drug service that takes no names records a client by a
code built from their initials, their date of birth and their sex ("SH1102F": S. H., 11 Feb,
female; "JW301185M"): it finds the person as surely as a name. The code's day and month must be
a day and a month, and a sex letter or the year must follow them (not "AB1234")."""

import re

from deidentify.recognizers.base import RegexRecognizer


class ClinicNumberRecognizer(RegexRecognizer):
    ENTITY = "CLINIC_NUMBER"
    PATTERNS = (
        ("prefixed", r"\b(?:GU|GUM|RSH|SHC)[\s-]?\d{4,7}\b", 0.8),
        ("after_words", r"\b(?:clinic|hospital|patient|pt|gum)\s*(?:no|number|num|id|#)\.?\s*:?\s*"
                        r"(?P<v>[A-Z]{0,4}[\s-]?\d[\d/\-]{2,10}\d)", 0.85),
        ("client_code", r"(?-i:\b[A-Z]{2,4}(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])"
                        r"(?:(?:19|20)?\d{2}[MFX]?|[MFX])\b)", 0.6),
    )
    FLAGS = re.IGNORECASE
