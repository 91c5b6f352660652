"""The recognizers the engine runs, by name: RECOGNIZERS, `get` and `build`.

RECOGNIZERS lists each recognizer class in the order the engine runs them (the order breaks
ties between equal detections, engine.merge); `get` fails loudly on an unknown name, and
`build` makes the named ones, refusing one that reports an entity type the registry
(workbench/core/entity_types.py) does not know. Pattern recognizers take no argument; token
recognizers read the language model's tokens and take the allow-list. Presidio's own
recognizers (presidio_builtin) come after them; the deny lists of a project's known
identifiers (known_identifiers) only when the engine has a project's registry.
"""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import EntityRecognizer

from deidentify.allow_list import AllowList
from deidentify.recognizers.address_names import AddressNameRecognizer
from deidentify.recognizers.attributions import AttributionRecognizer
from deidentify.recognizers.base import RegexRecognizer, TokenRecognizer
from deidentify.recognizers.clinic_number import ClinicNumberRecognizer
from deidentify.recognizers.crypto_wallet import CryptoWalletRecognizer
from deidentify.recognizers.dates import DateFormsRecognizer
from deidentify.recognizers.email import EmailAddressRecognizer
from deidentify.recognizers.establishment import EstablishmentRecognizer
from deidentify.recognizers.foreign_address import ForeignAddressRecognizer
from deidentify.recognizers.foreign_dates import ForeignDateRecognizer
from deidentify.recognizers.home_office_ref import HomeOfficeRefRecognizer
from deidentify.recognizers.initials import InitialsRecognizer
from deidentify.recognizers.letter_names import LetterNameRecognizer
from deidentify.recognizers.labelled_number import LabelledNumberRecognizer
from deidentify.recognizers.labelled_place import LabelledPlaceRecognizer
from deidentify.recognizers.names_abroad import NamesAbroadRecognizer
from deidentify.recognizers.national_id import NationalIdRecognizer
from deidentify.recognizers.ner_entities import NerEntityRecognizer
from deidentify.recognizers.nhs_number import NhsNumberRecognizer
from deidentify.recognizers.ni_number import NiNumberRecognizer
from deidentify.recognizers.passport import PassportRecognizer
from deidentify.recognizers.person_names import PersonNameRecognizer
from deidentify.recognizers.phone import PhoneNumberRecognizer
from deidentify.recognizers.place_names import PlaceNameRecognizer
from deidentify.recognizers.police_number import PoliceNumberRecognizer
from deidentify.recognizers.possessive_names import PossessiveNameRecognizer
from deidentify.recognizers.presidio_builtin import presidio_recognizers
from deidentify.recognizers.proper_phrases import ProperPhraseRecognizer
from deidentify.recognizers.quoted_names import QuotedNameRecognizer
from deidentify.recognizers.signatures import SignatureRecognizer
from deidentify.recognizers.social_handle import SocialHandleRecognizer
from deidentify.recognizers.spelled_numbers import SpelledNumberRecognizer
from deidentify.recognizers.spelled_phone import SpelledPhoneRecognizer
from deidentify.recognizers.street_address import StreetAddressRecognizer
from deidentify.recognizers.table_cells import TableCellRecognizer
from deidentify.recognizers.uk_postcode import PostcodeRecognizer
from deidentify.recognizers.url import WebAddressRecognizer
from deidentify.recognizers.vehicle_reg import VehicleRegRecognizer
from workbench.core import entity_types

RECOGNIZERS: dict[str, type[RegexRecognizer] | type[TokenRecognizer]] = {
    cls.__name__: cls for cls in (
        PhoneNumberRecognizer, EmailAddressRecognizer, WebAddressRecognizer, SocialHandleRecognizer,
        PostcodeRecognizer, StreetAddressRecognizer, EstablishmentRecognizer,
        NhsNumberRecognizer, NiNumberRecognizer, PassportRecognizer, HomeOfficeRefRecognizer,
        ClinicNumberRecognizer, PoliceNumberRecognizer, VehicleRegRecognizer, DateFormsRecognizer,
        ForeignDateRecognizer, ForeignAddressRecognizer, LabelledNumberRecognizer,
        LabelledPlaceRecognizer,
        NationalIdRecognizer,
        NerEntityRecognizer, PersonNameRecognizer, ProperPhraseRecognizer, PlaceNameRecognizer,
        SpelledPhoneRecognizer, SpelledNumberRecognizer, NamesAbroadRecognizer,
        InitialsRecognizer, LetterNameRecognizer, TableCellRecognizer, SignatureRecognizer, QuotedNameRecognizer,
        PossessiveNameRecognizer, CryptoWalletRecognizer, AttributionRecognizer, AddressNameRecognizer,
    )
}


def get(name: str) -> type[RegexRecognizer] | type[TokenRecognizer]:
    try:
        return RECOGNIZERS[name]
    except KeyError:
        raise KeyError(f"unknown recognizer {name!r}; known: {', '.join(RECOGNIZERS)}") from None


def registered(recognizer: EntityRecognizer) -> EntityRecognizer:
    """The recognizer, once each entity type it reports is known to the registry."""
    for entity in recognizer.supported_entities:
        try:
            entity_types.get(entity)
        except entity_types.UnknownEntityType as exc:
            raise entity_types.UnknownEntityType(f"{recognizer.name} reports {exc}") from None
    return recognizer


def build(allow: AllowList, names: Iterable[str] | None = None) -> list[EntityRecognizer]:
    """The named recognizers (all of RECOGNIZERS, then Presidio's own, when `names` is None)."""
    out = []
    for name in RECOGNIZERS if names is None else names:
        cls = get(name)
        out.append(registered(cls(allow) if issubclass(cls, TokenRecognizer) else cls()))
    if names is None:
        out += [registered(r) for r in presidio_recognizers()]
    return out
