"""Premises where people work: saunas, massage parlours, clubs, and flats named after streets."""

from deidentify.recognizers.base import RegexRecognizer
from deidentify.recognizers.street_address import SUFFIXES

_KINDS = (r"Sauna|Massage|Spa|Club|Parlour|Lounge|Studio|Studios|Escorts|Agency|Bar|Rooms|Retreat|"
          r"Inn|Hotel|Hostel|Lodge|Motel|Guest House|Palace|Garden|Gardens|Lagoon")


class EstablishmentRecognizer(RegexRecognizer):
    ENTITY = "ESTABLISHMENT"
    STRIP_LEADING_VERB = True
    PATTERNS = (
        ("named", r"\b(?:[A-Z][\w'’&-]+\s+){1,3}(?:" + _KINDS + r")\b", 0.75),
        ("street_flat", r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?:" + SUFFIXES + r")\s+(?i:flat|house|place)\b", 0.75),
    )
