"""Presidio's own recognizers, where they fit, so that the project finds at least what stock
Presidio finds: its phone recognizer over `phonenumbers` for the service users' countries,
and its date, IBAN, card, SSN, IP and other patterns.

Stock Presidio reports any score (its default threshold is 0) and raises scores with context
words; the workbench has no such enhancer, so a pattern of these recognizers counts at the
run's threshold whatever its own score (FLOOR). Their DATE_TIME results are dates here.
Left out on purpose: Presidio's email recognizer (it fetches a public-suffix list; email.py
does the same without), its NHS check (nhs_number.py uses python-stdnum) and its spaCy
recognizer (ner_entities.py reads the same model, and keeps organisations). Its date
patterns read clinical fractions as a month and a year ("28/40" weeks pregnant, "2/52" two
weeks, "PAIN 6/10"): those are kept, on purpose (dates.clinical_fraction).
"""

from __future__ import annotations

import re

import phonenumbers
import regex  # Presidio's own regular-expression engine (presidio-analyzer depends on it)
from presidio_analyzer import EntityRecognizer, RecognizerResult
from deidentify.recognizers.dates import clinical_fraction
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    CryptoRecognizer,
    DateRecognizer,
    IbanRecognizer,
    IpRecognizer,
    MacAddressRecognizer,
    MedicalLicenseRecognizer,
    PhoneRecognizer,
    UrlRecognizer,
    UsBankRecognizer,
    UsItinRecognizer,
    UsLicenseRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
)

# Where the service users and their families are: the UK and US first, then the countries
# named in the project's guidance and records.
REGIONS = ("GB", "US", "RO", "PL", "BG", "AL", "LT", "HU", "PT", "BR", "ES", "TH", "CN", "VN",
           "UA", "RU", "NG", "MD", "SK", "CZ", "LV", "IT", "FR", "DE", "IE", "CO", "PH", "MY",
           "GH", "ER", "IN", "PK", "KR", "JP")
FLOOR = 0.3  # the default run threshold (defaults.yaml)
# Presidio's weak US licence pattern allows a letter and a single digit: in notes, a letter and
# one or two digits is clinical shorthand (X2 "twice", Q4 "every four hours", G1, D5) far
# more often than a licence number, so matches shorter than this are dropped
SHORTHAND = 4
RENAME = {"DATE_TIME": "DATE", "UK_NHS": "NHS_NUMBER"}
_DIGITS = re.compile(r"\d")


class RegionPhoneRecognizer(PhoneRecognizer):
    """Presidio's phone recognizer (phonenumbers' matcher) for the UK and US, and for the
    other regions a check of each remaining digit run with phonenumbers: a run that is a
    valid number of any of the service users' regions is a phone number. Matching every
    region over every note cost 6 ms a note; texts with fewer than seven digits (most
    notes) are not searched at all."""

    FIRST = ("GB", "US")

    def __init__(self) -> None:
        super().__init__(supported_regions=self.FIRST, name="RegionPhoneRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        if len(_DIGITS.findall(text)) < 7:
            return []
        results = super().analyze(text, entities, nlp_artifacts)
        for m in _CANDIDATE.finditer(text):
            if any(r.start < m.end() and m.start() < r.end for r in results):
                continue
            if not 7 <= len(_DIGITS.findall(m.group())) <= 15:
                continue
            international = m.group().lstrip("(").startswith(("+", "00"))
            # a number with its country code is valid or not whatever the region it is read in
            if any(_valid(m.group(), region) for region in (REGIONS[:1] if international
                                                            else REGIONS)):
                results.append(RecognizerResult("PHONE_NUMBER", m.start(), m.end(), self.SCORE))
        # a chat's time stamp is no number: "2027-06-03 22:41", "24.06.2027 22:17" (a date, then
        # the hour of a time; not "06.12.34.56.78", a number written in pairs)
        return [r for r in results
                if not (_DATED.fullmatch(text, r.start, r.end) and _MINUTES.match(text, r.end))]


_CANDIDATE = re.compile(r"(?<![\w+/])(?:\+|00)?\(?\d[\d\s().\-]{5,}\d(?![\d/])")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_DATED = re.compile(r"\(?(?:(?:19|20)\d\d([-./])(?:0?[1-9]|1[0-2])\1" + _DAY
                    + r"|" + _DAY + r"([-./])(?:0?[1-9]|1[0-2])\2(?:19|20)?\d\d)[ T](?:[01]?\d|2[0-3])")
_MINUTES = re.compile(r":[0-5]\d(?!\d)")


def _valid(candidate: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(candidate, region))
    except phonenumbers.NumberParseException:
        return False


# Text without which none of a recognizer's patterns can match, so that the recognizer is not
# run on a note without it (same results, less time). Presidio's URL patterns all need a host
# name character, a dot and the first letter of a top-level domain ("x.co"); most notes have
# none, and its URL patterns were the costliest of all the regular expressions (about a sixth
# of their time on 27-word notes). Same engine and flags as Presidio's, so the same case folding.
NEEDS = {"UrlRecognizer": regex.compile(r"[a-z0-9.\-][.][a-z]",
                                        regex.DOTALL | regex.MULTILINE | regex.IGNORECASE)}


class Stock(EntityRecognizer):
    """One of Presidio's pattern recognizers, its entity renamed and its score floored."""

    def __init__(self, inner: EntityRecognizer) -> None:
        self.inner = inner
        self.needs = NEEDS.get(type(inner).__name__)
        entities = [RENAME.get(e, e) for e in inner.supported_entities]
        super().__init__(supported_entities=entities, name=f"Stock{type(inner).__name__}",
                         supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if self.needs is not None and self.needs.search(text) is None:
            return []
        found = self.inner.analyze(text, self.inner.supported_entities, nlp_artifacts) or []
        return [RecognizerResult(RENAME.get(r.entity_type, r.entity_type), r.start, r.end,
                                 max(r.score, FLOOR))
                for r in found if r.score > 0  # a score of 0 is a failed check digit
                and not (r.entity_type == "US_DRIVER_LICENSE" and r.end - r.start < SHORTHAND)
                # "28/40", "2/52", "PAIN 6/10": Presidio reads them as month and year
                and not (r.entity_type == "DATE_TIME" and clinical_fraction(text, r.start, r.end))]


def presidio_recognizers() -> list[EntityRecognizer]:
    stock = [DateRecognizer(), IbanRecognizer(), CreditCardRecognizer(), CryptoRecognizer(),
             IpRecognizer(), MacAddressRecognizer(), MedicalLicenseRecognizer(),
             UrlRecognizer(), UsSsnRecognizer(), UsItinRecognizer(), UsPassportRecognizer(),
             UsLicenseRecognizer(), UsBankRecognizer()]
    return [RegionPhoneRecognizer(), *(Stock(r) for r in stock)]
