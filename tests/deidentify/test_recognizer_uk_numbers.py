"""NHS numbers, NI numbers, passports, Home Office refs, clinic and police numbers, vehicles."""

import pytest

from deidentify.recognizers.clinic_number import ClinicNumberRecognizer
from deidentify.recognizers.home_office_ref import HomeOfficeRefRecognizer
from deidentify.recognizers.nhs_number import NhsNumberRecognizer
from deidentify.recognizers.ni_number import NiNumberRecognizer
from deidentify.recognizers.passport import PassportRecognizer
from deidentify.recognizers.police_number import PoliceNumberRecognizer
from deidentify.recognizers.vehicle_reg import VehicleRegRecognizer
from tests.deidentify.conftest import found, removed


@pytest.mark.parametrize("value", ["943 476 5919", "9434765919", "943-476-5919"])
def test_nhs_numbers_with_a_valid_check_digit(value):
    assert found(NhsNumberRecognizer(), f"seen, {value}, ok") == [(value, "NHS_NUMBER")]


def test_nhs_check_digit_is_required_without_the_word_nhs():
    assert found(NhsNumberRecognizer(), "ref 943 476 5918 ok") == []


def test_after_the_word_nhs_a_mistyped_number_is_still_removed():
    assert ("943 476 5918", "NHS_NUMBER") in found(NhsNumberRecognizer(), "NHS no 943 476 5918")


@pytest.mark.parametrize("value", ["AB123456C", "ab 12 34 56 c", "SN 73 49 21 C", "JT123456A"])
def test_ni_numbers(value):
    assert found(NiNumberRecognizer(), f"NI {value}.") == [(value, "NI_NUMBER")]


@pytest.mark.parametrize("value", ["BG123456A", "GB123456A", "DA123456A", "AB123456E"])
def test_invalid_ni_prefixes_and_suffixes(value):
    assert found(NiNumberRecognizer(), f"code {value} here") == []


@pytest.mark.parametrize("value", ["QQ 71 05 38 A", "QQ123456C", "BG123456A"])
def test_beside_an_ni_label_any_number_of_its_shape_goes(value):
    """Never issued (HMRC's QQ example) or mistyped, an NI-shaped number after "NI" is
    removed all the same: fail closed."""
    assert found(NiNumberRecognizer(), f"NHS 205 093 2448, NI {value}. WORKS") == \
        [(value, "NI_NUMBER")]


@pytest.mark.parametrize("text,value", [
    ("passport 05123456 held by him", "05123456"), ("Passport no. EA7732194", "EA7732194"),
    ("pp: 123456789", "123456789"), ("old passport U12340987", "U12340987"),
])
def test_passports(text, value):
    assert (value, "PASSPORT_NUMBER") in found(PassportRecognizer(), text)


def test_digits_without_the_word_passport_are_not_passports():
    assert found(PassportRecognizer(), "paid 05123456 pence") == []


@pytest.mark.parametrize("text,value", [
    ("Home Office ref B1234567", "B1234567"), ("HO ref K1452278", "K1452278"),
    ("application no 1209-4471-0092-7713", "1209-4471-0092-7713"),
    ("Port reference CRD/2291/0045", "CRD/2291/0045"), ("case S9012745/002", "S9012745/002"),
])
def test_home_office_refs(text, value):
    assert value in [v for v, _ in found(HomeOfficeRefRecognizer(), text)]


@pytest.mark.parametrize("text,value", [
    ("clinic no GU884213", "GU884213"), ("clinic number 12/48213", "12/48213"),
    ("ref RSH-401188", "RSH-401188"),
])
def test_clinic_numbers(text, value):
    assert value in [v for v, _ in found(ClinicNumberRecognizer(), text)]


def test_a_needle_exchanges_client_code_of_initials_birth_date_and_sex_is_found():
    text = "NSP returns: SH1102F x3, DF0305M x4, JW301185M, KM15092001F"
    assert [v for v, _ in found(ClinicNumberRecognizer(), text)] == [
        "SH1102F", "DF0305M", "JW301185M", "KM15092001F"]


@pytest.mark.parametrize("text", ["flight AB1234 landed", "FY2025 return", "HPV16 and FP10MDA",
                                  "code SH3413F", "at 1102 f"])
def test_letters_and_digits_that_are_no_day_and_month_with_a_sex_are_no_client_code(text):
    assert found(ClinicNumberRecognizer(), text) == []


@pytest.mark.parametrize("text,value", [
    ("officer PC 4821 came", "PC 4821"), ("DC 2270 in charge", "DC 2270"),
    ("PCs 8841 and 2093 came", "PCs 8841 and 2093"), ("collar number 4411", "4411"),
    ("PCSO 7719 said", "PCSO 7719"), ("and PCSO Lomax 9021. Man", "9021"),
])
def test_police_numbers(text, value):
    assert value in [v for v, _ in found(PoliceNumberRecognizer(), text)]


@pytest.mark.parametrize("text,value", [
    ("reg KW73 LHB", "KW73 LHB"), ("a van YR65KDT", "YR65KDT"),
    ("car reg K427 HMB", "K427 HMB"), ("reg ABC 123D", "ABC 123D"),
    ("same white transit WU 15 KPT", "WU 15 KPT"),
    ("that red corsa is back. same one. RE57 OWK", "RE57 OWK"),  # RE is no stop word here
    ("drives black BMW X5, private plate T0NY 1\nbooks", "T0NY 1"),
    ("painted over, reg starts YR58.", "YR58"), ("the whole time, reg started ZX... Felt", "ZX"),
])
def test_vehicle_registrations(text, value):
    assert (value, "VEHICLE_REG") in found(VehicleRegRecognizer(), text)


def test_older_formats_need_a_word_like_reg():
    assert found(VehicleRegRecognizer(), "form A123 BCD filed") == []


def test_a_plates_letters_keep_their_case_in_the_restored_copy(engine):
    """truecase.py leaves a short word in capitals beside a code alone: "YMA" may be a known
    name, but "LD70 YMA" is a number plate."""
    from tests.deidentify.conftest import removed
    text = "Costel is downstairs in the car LD70 YMA. nu spune la nimeni"
    assert "LD70 YMA" in removed(engine, text), removed(engine, text)


@pytest.mark.parametrize("text,number", [
    ("NRM referral submitted (NRM ref NRM-2025-0318845).", "NRM-2025-0318845"),  # not "nr" + "M-..."
    ("IPAS / IP number: IP/24/0088103   PPSN: 6631048KA", "IP/24/0088103"),
    ("report this to Garda Niamh Costigan (PULSE 24/203551).", "24/203551"),
    ("Registered Charity Number 20079915 | CHY 19912", "19912"),
])
def test_irish_and_home_office_references(engine, text, number):
    assert any(number in piece for piece in removed(engine, text))


def test_a_pulse_taken_is_no_reference(engine):
    assert removed(engine, "Obs: Pulse 88 regular, BP 120/80. PULSE 72 on recheck.") == []


@pytest.mark.parametrize("text,plate", [
    ('"silver Skoda Octavia, NXZ 4471", seen twice', "NXZ 4471"),  # Northern Ireland
    ("white Transit van, partial SV7", "SV7"),
    ("Toyota estate, southern reg, she thinks 08-MN-... and a dent", "08-MN"),  # Ireland
])
def test_irish_plates_and_a_partial_plate(engine, text, plate):
    assert any(plate in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text", ["Man in dark grey BMW 1 series, reg not seen",
                                  "Insight partial. MMSE not done. BMI 19.2, AKI 2 on the car park"])
def test_numbers_after_capitals_near_a_car_stay(engine, text):
    assert not any(any(c.isdigit() for c in p) for p in removed(engine, text))


def test_a_prisoners_number_whatever_labels_it(engine):
    from tests.deidentify.conftest import removed
    out = removed(engine, "Donna Keyes, A1234BC, released; prisoner number B5566CD")
    assert "A1234BC" in out and "B5566CD" in out


@pytest.mark.parametrize("text,value", [
    ("kw0507f came in for pins", "kw0507f"), ("NSP: SH 1102F in again", "SH 1102F"),
    ("NSP: JW-30-11-85-M in again", "JW-30-11-85-M"), ("NSP: JW30/11/85M", "JW30/11/85M"),
    ("sex not recorded: SH1102U", "SH1102U"),
])
def test_a_client_code_written_with_separators_in_lower_case_or_unknown_sex(text, value):
    assert value in [v for v, _ in found(ClinicNumberRecognizer(), text)]
