"""Recognizers for this field. Adding an entity type means one module here and one test file.

PATTERN_RECOGNIZERS maps a name to each pattern recognizer class; `get` fails loudly on an
unknown name. The recognizers that need the language model or the project registry
(ner_entities, person_names, spelled_phone, known_identifiers) and Presidio's own
(presidio_builtin) are built by the engine.
"""

from __future__ import annotations

from deidentify.recognizers.base import RegexRecognizer
from deidentify.recognizers.clinic_number import ClinicNumberRecognizer
from deidentify.recognizers.dates import DateFormsRecognizer
from deidentify.recognizers.email import EmailAddressRecognizer
from deidentify.recognizers.establishment import EstablishmentRecognizer
from deidentify.recognizers.foreign_address import ForeignAddressRecognizer
from deidentify.recognizers.foreign_dates import ForeignDateRecognizer
from deidentify.recognizers.home_office_ref import HomeOfficeRefRecognizer
from deidentify.recognizers.labelled_number import LabelledNumberRecognizer
from deidentify.recognizers.national_id import NationalIdRecognizer
from deidentify.recognizers.nhs_number import NhsNumberRecognizer
from deidentify.recognizers.ni_number import NiNumberRecognizer
from deidentify.recognizers.passport import PassportRecognizer
from deidentify.recognizers.phone import PhoneNumberRecognizer
from deidentify.recognizers.police_number import PoliceNumberRecognizer
from deidentify.recognizers.social_handle import SocialHandleRecognizer
from deidentify.recognizers.street_address import StreetAddressRecognizer
from deidentify.recognizers.uk_postcode import PostcodeRecognizer
from deidentify.recognizers.url import WebAddressRecognizer
from deidentify.recognizers.vehicle_reg import VehicleRegRecognizer

PATTERN_RECOGNIZERS: dict[str, type[RegexRecognizer]] = {
    cls.__name__: cls for cls in (
        PhoneNumberRecognizer, EmailAddressRecognizer, WebAddressRecognizer, SocialHandleRecognizer,
        PostcodeRecognizer, StreetAddressRecognizer, EstablishmentRecognizer,
        NhsNumberRecognizer, NiNumberRecognizer, PassportRecognizer, HomeOfficeRefRecognizer,
        ClinicNumberRecognizer, PoliceNumberRecognizer, VehicleRegRecognizer, DateFormsRecognizer,
        ForeignDateRecognizer, ForeignAddressRecognizer, LabelledNumberRecognizer,
        NationalIdRecognizer,
    )
}


def get(name: str) -> type[RegexRecognizer]:
    try:
        return PATTERN_RECOGNIZERS[name]
    except KeyError:
        raise KeyError(f"unknown recognizer {name!r}; known: {', '.join(PATTERN_RECOGNIZERS)}") from None


def pattern_recognizers() -> list[RegexRecognizer]:
    return [cls() for cls in PATTERN_RECOGNIZERS.values()]
