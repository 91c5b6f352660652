"""Premises where people work: saunas, massage parlours, clubs, and flats named after streets."""

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import fold, zipf
from deidentify.recognizers.base import RegexRecognizer
from deidentify.recognizers.street_address import SUFFIXES

_KINDS = (r"Sauna|Massage|Spa|Club|Parlour|Lounge|Studio|Studios|Escorts|Agency|Bar|Rooms|Retreat|"
          r"Inn|Hotel|Hostel|Lodge|Motel|Guest House|Palace|Garden|Gardens|Lagoon|Nails|Beauty|"
          r"Salon|Pub|Nightclub|Cafe|Café|Restaurant|Takeaway|Project|Academy|School|College|"
          r"Hospital|Clinic|Surgery|Centre|Center|Church|Mosque|Temple|Refuge|Garage|Theatre|Theater|"
          r"Barbers|Tavern")
# head words that are also everyday words in lower case ("Mira works nights", "a Volvo estate"),
# so they name premises only when capitalised: "Northgate Homes Trust", "Elite Companions",
# "The Cotton Works", "Mercury Ind. Est.", "A2B Cars", "Kings Arms"
_CAPITAL_KINDS = (r"Trust|Partnership|Homes|Works|Mills?|Companions|Angels|Estate|Ind\.?\s+Est\.?|"
                  r"Est\.|Cars|Taxis|Arms")
THE_NAME_MAX = 4.5  # Zipf frequency: a word after "at the" English uses less names premises
_BEFORE = r"Hotel|Motel|Club|Spa|Sauna|Bar|Pub|Cafe|Café|Salon|Hostel|Studio"


class EstablishmentRecognizer(RegexRecognizer):
    ENTITY = "ESTABLISHMENT"
    STRIP_LEADING_VERB = True
    PATTERNS = (
        # on one line: a signature's "Support Officer" above "Northgate Homes Trust" is no part
        ("named", r"\b(?:[A-Z][\w'’&-]+[^\S\n]+(?:&[^\S\n]+)?){1,3}"
                  r"(?:(?i:" + _KINDS + r")|" + _CAPITAL_KINDS + r")(?!\w)", 0.75),
        # the kind first: "Hotel Crown", "Spa 21", "Motel 9"
        ("kind_first", r"\b(?i:" + _BEFORE + r")\s+(?:[A-Z][\w'’-]+|\d{1,3}\b)", 0.6),
        ("street_flat", r"\b(?:[A-Z][\w'’-]+\s+){1,3}(?:" + SUFFIXES + r")\s+(?i:flat|house|place)\b", 0.75),
        # a pub or club by its name alone: "outside the Feathers", "at the Swan"
        ("the_name", r"(?i:\b(?:at|outside|in|inside|near|by|behind|opposite|from|to)\s+the\s+)"
                     r"(?P<v>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b", 0.6),
    )

    def validate(self, value: str, pattern: str = "") -> bool:
        # "at the Hospital", "to the Police", "at the Home Office": everyday words are no name
        return pattern != "the_name" or all(zipf(fold(w)) < THE_NAME_MAX for w in value.split())


_CAPS_PREMISES = re.compile(r"\b((?:[A-Z][A-Z'’&-]+\s+){1,4})(" + _KINDS.upper() + r")(?!\w)")


def premises_in_capitals(text: str) -> list[RecognizerResult]:
    """Premises in a note written in capitals ("ASSAULTED AT SUNSET INN"), read from the note
    as written: its case-restored copy lowers the words of their names. Everyday words and
    particles at the start ("CLIENT AT") are left out; acronyms alone ("GUM CLINIC") are not
    a name."""
    results = []
    for m in _CAPS_PREMISES.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        keep = 0
        while keep < len(words) and (fold(words[keep].group()) in STOP_WORDS
                                     or zipf(fold(words[keep].group())) >= 4.5):
            keep += 1
        if keep < len(words) and any(len(w.group()) >= 4 for w in words[keep:]):
            start = m.start(1) + words[keep].start()
            results.append(RecognizerResult("ESTABLISHMENT", start, m.end(), 0.6))
    return results
