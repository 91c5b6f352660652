"""Street addresses, flat numbers and estates."""

from deidentify.recognizers.base import RegexRecognizer

SUFFIXES = (r"Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Crescent|Cres|Terrace|Walk|Row|Way|"
            r"Drive|Court|Ct|Gardens|Gdns|Place|Pl|Square|Sq|Hill|Grove|Parade|Mews|Rise|"
            r"View|Green|Yard|Wharf|Broadway|Passage|Embankment|Quay")
_NAME = r"(?:[A-Z][\w'’-]+\s+){1,3}"
_CASELESS_SUFFIX = "(?i:" + SUFFIXES + r")\b"


class StreetAddressRecognizer(RegexRecognizer):
    ENTITY = "STREET_ADDRESS"
    STRIP_LEADING_VERB = True
    PATTERNS = (
        # Flat 3, 44 Mill Lane / 12a Peel Street / flat 2b, 9 Acacia Road
        ("numbered", r"(?:(?i:flat|apt|apartment|room|unit)\s*\d+[a-zA-Z]?,?\s*)?\b\d{1,4}[a-zA-Z]?,?\s+"
                     + _NAME + _CASELESS_SUFFIX, 0.85),
        # Mill Lane, Station Road (a street named without a number)
        ("street", r"\b" + _NAME + "(?:" + SUFFIXES + r")\b", 0.6),
        ("flat", r"\b(?i:flat|apartment|apt|room|rm|unit|block)\s+(?:\d{1,4}[a-zA-Z]?|[A-Z])\b", 0.7),
        ("estate", r"\b" + _NAME + r"(?i:estate|court|house|mansions|towers|buildings|heights)\b", 0.7),
    )
