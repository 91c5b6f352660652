"""Sexual health clinic numbers."""

import re

from deidentify.recognizers.base import RegexRecognizer


class ClinicNumberRecognizer(RegexRecognizer):
    ENTITY = "CLINIC_NUMBER"
    PATTERNS = (
        ("prefixed", r"\b(?:GU|GUM|RSH|SHC)[\s-]?\d{4,7}\b", 0.8),
        ("after_words", r"\b(?:clinic|hospital|patient|pt|gum)\s*(?:no|number|num|id|#)\.?\s*:?\s*"
                        r"(?P<v>[A-Z]{0,4}[\s-]?\d[\d/\-]{2,10}\d)", 0.85),
    )
    FLAGS = re.IGNORECASE
