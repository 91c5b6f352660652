"""The kinds of identifier the workbench knows, one line each: the one place a new kind is added.

Each line gives a kind's name as recognizers report it, how de-identification replaces it by
default (None: `default_operator` of deidentify/defaults.yaml; a configuration file may set
any kind's operator), and the note-template slots (workbench/generate/note_templates.py) whose
values are planted as gold spans of that kind; the kinds with slots are the vocabulary of the
synthetic notes' gold spans (vocabularies.ENTITY_TYPES). deidentify checks that every
recognizer reports only kinds named here, and refuses an operator for an unknown kind.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntityType:
    name: str
    operator: str | None  # pseudonym, placeholder, redact or month_year (deidentify/operators.py)
    slots: tuple[str, ...] = ()  # note-template slots planting it in synthetic notes


REGISTRY: dict[str, EntityType] = {e.name: e for e in (
    EntityType("PERSON", "pseudonym", ("name", "wname", "other", "staff", "interp")),
    EntityType("PHONE_NUMBER", "pseudonym", ("phone", "phone2")),
    EntityType("EMAIL_ADDRESS", "pseudonym", ("email",)),
    EntityType("URL", "placeholder", ("url",)),
    EntityType("SOCIAL_HANDLE", "pseudonym", ("handle",)),
    EntityType("STREET_ADDRESS", "placeholder", ("address", "flat", "estate")),
    EntityType("POSTCODE", "placeholder", ("postcode",)),
    EntityType("ESTABLISHMENT", "pseudonym", ("establishment",)),
    EntityType("NHS_NUMBER", "placeholder", ("nhs",)),
    EntityType("NI_NUMBER", "placeholder", ("nino",)),
    EntityType("PASSPORT_NUMBER", "placeholder", ("passport",)),
    EntityType("HOME_OFFICE_REF", "placeholder", ("horef",)),
    EntityType("CLINIC_NUMBER", "placeholder", ("clinicno",)),
    EntityType("POLICE_NUMBER", "placeholder", ("police",)),
    EntityType("VEHICLE_REG", "pseudonym", ("reg",)),
    EntityType("DATE_OF_BIRTH", "placeholder", ("dob",)),
    EntityType("DATE", "month_year", ("date",)),
    # organisations the model finds that are not on the allow-list
    EntityType("ORGANIZATION", "placeholder"),
    # places that are not countries, nationalities or large cities
    EntityType("LOCATION", "placeholder"),
    EntityType("ID_NUMBER", None),  # a number labelled as an identity or reference number
    EntityType("NATIONAL_ID", None),  # other countries' identity numbers
    # Presidio's own recognizers (deidentify/recognizers/presidio_builtin.py)
    EntityType("IBAN_CODE", None),
    EntityType("CREDIT_CARD", None),
    EntityType("CRYPTO", None),
    EntityType("IP_ADDRESS", None),
    EntityType("MAC_ADDRESS", None),
    EntityType("MEDICAL_LICENSE", None),
    EntityType("US_SSN", None),
    EntityType("US_ITIN", None),
    EntityType("US_PASSPORT", None),
    EntityType("US_DRIVER_LICENSE", None),
    EntityType("US_BANK_NUMBER", None),
)}


class UnknownEntityType(KeyError):
    """A name that is not a line of REGISTRY (a bug, or a typo in a configuration file)."""

    def __str__(self) -> str:
        return self.args[0]


def get(name: str) -> EntityType:
    try:
        return REGISTRY[name]
    except KeyError:
        raise UnknownEntityType(f"unknown entity type {name!r}; known: "
                                f"{', '.join(REGISTRY)} (workbench/core/entity_types.py)"
                                ) from None


def planted() -> tuple[str, ...]:
    """The kinds the synthetic generator plants in notes, in registry order."""
    return tuple(e.name for e in REGISTRY.values() if e.slots)


def slot_kinds() -> dict[str, str]:
    """Note-template slot -> the kind its value is planted as."""
    return {slot: e.name for e in REGISTRY.values() for slot in e.slots}


def default_operators() -> dict[str, str]:
    """Kind -> its default operator, for the kinds that have their own."""
    return {e.name: e.operator for e in REGISTRY.values() if e.operator is not None}
