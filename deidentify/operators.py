"""Replacements for found identifiers: keyed pseudonyms, typed placeholders, redaction,
dates generalised to month and year."""

from __future__ import annotations

import hashlib
import hmac
import re

from deidentify.lexicon import fold
from deidentify.normalise import invisible
from deidentify.recognizers.dates import MONTH

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
# (whole numbers only: "1938-2021" is a range of years, no February 1938)
_NUMERIC = re.compile(r"(?<!\d)(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?(?!\d)")
_WORDY_MONTH = re.compile(MONTH, re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


# What a replacement looks like in de-identified text: [PERSON], [PERSON_1a2b3c4d], [REDACTED].
PLACEHOLDER = re.compile(r"\[([A-Z][A-Z_]*?)(?:_[0-9a-f]{8})?\]")


def placeholder_spans(text: str) -> list[tuple[int, int, str]]:
    """Where replacements stand in a de-identified text, with their type (for highlighting)."""
    return [(m.start(), m.end(), m.group(1)) for m in PLACEHOLDER.finditer(text)]


def normalise(entity: str, value: str) -> str:
    """The form that is keyed: one person, phone or address however it was written."""
    if entity == "PHONE_NUMBER":
        return re.sub(r"\D", "", value)[-9:]
    if entity in ("NHS_NUMBER", "NI_NUMBER", "PASSPORT_NUMBER", "HOME_OFFICE_REF",
                  "CLINIC_NUMBER", "VEHICLE_REG", "POSTCODE"):
        return re.sub(r"[\W_]", "", value).upper()
    return fold(value)


def pseudonym(key: bytes, entity: str, value: str) -> str:
    digest = hmac.new(key, f"{entity}:{normalise(entity, value)}".encode(), hashlib.sha256)
    return f"[{entity}_{digest.hexdigest()[:8]}]"


def month_year(value: str) -> str:
    """'12/03/2024' -> 'March 2024'; '14th June' -> 'June'; anything unclear -> '[DATE]'.

    Numeric dates are read in UK order (day/month/year), ISO dates as year-month-day.
    """
    month: int | None = None
    year: str | None = None
    value = "".join(c for c in value if not invisible(c))  # (read as the words show it)
    named = _WORDY_MONTH.search(value)
    numeric = _NUMERIC.search(value)
    if named:
        month = next(i for i, name in enumerate(_MONTHS)
                     if name.lower().startswith(named.group().lower()[:3]))
    elif numeric:
        first, second, third = numeric.groups()
        month = int(second) - 1
        if len(first) == 4:
            year = first
        elif third is not None:
            year = third if len(third) == 4 else ("20" if int(third) < 50 else "19") + third
    if year is None and (found := _YEAR.search(value)):
        year = found.group()
    if month is None or not 0 <= month < 12:
        return "[DATE]"
    return f"{_MONTHS[month]} {year}" if year else _MONTHS[month]


def replace(operator: str, key: bytes, entity: str, value: str) -> str:
    if operator == "pseudonym":
        return pseudonym(key, entity, value)
    if operator == "placeholder":
        return f"[{entity}]"
    if operator == "redact":
        return "[REDACTED]"
    if operator == "month_year":
        return month_year(value)
    raise ValueError(f"unknown operator {operator!r}")
