"""Premises where people work: saunas, massage parlours, clubs, and flats named after streets."""

from deidentify.recognizers.base import RegexRecognizer
from deidentify.recognizers.street_address import SUFFIXES

_KINDS = (r"Sauna|Massage|Spa|Club|Parlour|Lounge|Studio|Studios|Escorts|Agency|Bar|Rooms|Retreat|"
          r"Inn|Hotel|Hostel|Lodge|Motel|Guest House|Palace|Garden|Gardens|Lagoon|Nails|Beauty|"
          r"Salon|Pub|Nightclub|Cafe|Café|Restaurant|Takeaway|Project|Academy|School|College|"
          r"Hospital|Clinic|Surgery|Centre|Center|Church|Mosque|Temple|Refuge")
_BEFORE = r"Hotel|Motel|Club|Spa|Sauna|Bar|Pub|Cafe|Café|Salon|Hostel|Studio"


class EstablishmentRecognizer(RegexRecognizer):
    ENTITY = "ESTABLISHMENT"
    STRIP_LEADING_VERB = True
    PATTERNS = (
        ("named", r"\b(?:[A-Z][\w'’&-]+\s+(?:&\s+)?){1,3}(?i:" + _KINDS + r")\b", 0.75),
        # the kind first: "Hotel Crown", "Spa 21", "Motel 9"
        ("kind_first", r"\b(?i:" + _BEFORE + r")\s+(?:[A-Z][\w'’-]+|\d{1,3}\b)", 0.6),
        ("street_flat", r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?:" + SUFFIXES + r")\s+(?i:flat|house|place)\b", 0.75),
    )
