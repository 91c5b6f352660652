import pytest

from deidentify.recognizers.establishment import EstablishmentRecognizer
from deidentify.recognizers.street_address import StreetAddressRecognizer
from deidentify.recognizers.uk_postcode import PostcodeRecognizer
from tests.deidentify.conftest import found, removed


@pytest.mark.parametrize("text,value", [
    ("lives at 12 Acacia Road now", "12 Acacia Road"),
    ("Flat 3, 44 Mill Lane", "Flat 3, 44 Mill Lane"),
    ("flat 2b, 9 Peel Street", "flat 2b, 9 Peel Street"),
    ("van parked on Harrow Road", "Harrow Road"),
    ("the Greenfields Estate again", "Greenfields Estate"),
    ("room 214 at the hotel", "room 214"),
    ("works at Golden Lotus Spa on Route 9. says", "Route 9"),
    ("FROM BLUE SPRUCE MOTOR INN ON ROUTE 1 AFTER", "ROUTE 1"),
    ("from blue spruce motor inn on route 1 after", "route 1"),  # the restored copy
    ("c/o Lantern Project, PO Box 7731, Wexbury", "PO Box 7731"),
    ("Loc: rear of 41-43 Deansgate Row, Fenwick", "41-43 Deansgate Row"),
    ("Address: 44 Glenvarna Park, Ballysillan", "44 Glenvarna Park"),
    ("HPI: 28 YOF BIBA FROM MOTEL 9 ON RT 40 S/P ASSAULT", "RT 40"),
    ("intake 6/14 9am, 118 N. 5th St. Client's daughter", "118 N. 5th St"),
    ("D/C TO UNIT AT 3300 RIVERSIDE DR APT 2C, HARLOW CREEK", "3300 RIVERSIDE DR"),
    ("Marlstone Vale Medical Practice\n41 Orchard Brow, Marlstone Vale", "41 Orchard Brow"),
    ("PT ADMITTED TO 4 NORTH FROM ED.", "4 NORTH"),
    ("NSG NOTE - 5 EAST MED/SURG  RM 512-B", "5 EAST"),
    ("she's in ward 22 at Varnley General", "ward 22"),
    ("SBAR HANDOFF 0700 - MICU BED 7", "BED 7"),
    ("To Majors cubicle 6. CT head", "cubicle 6"),
    ("Живе: кв. 4, 33 Cobden Street, Crayhurst", "кв. 4, 33 Cobden Street"),
    ("Mora no apartamento 3, 17 Kingsmead Road, Pellingham", "apartamento 3, 17 Kingsmead Road"),
    ("หนูอยู่ที่ห้องเดิม แฟลต 3 ถนนเวสต์เกต ค่ะ", "แฟลต 3"),
])
def test_addresses(text, value):
    assert value in [v for v, _ in found(StreetAddressRecognizer(), text)]


def test_a_sentence_starting_verb_is_not_part_of_the_address():
    assert ("Visited Blue Moon Sauna", "ESTABLISHMENT") not in found(
        EstablishmentRecognizer(), "Visited Blue Moon Sauna today")
    assert ("Blue Moon Sauna", "ESTABLISHMENT") in found(
        EstablishmentRecognizer(), "Visited Blue Moon Sauna today")


@pytest.mark.parametrize("text", ["gave 3 condoms to her", "two women on the road", "a new flat",
                                  "en route 2 home", "stayed in bed 3 days", "last dose on ward 08/10",
                                  "LASIX 40 IVP PER DR OKORO", "AT 1100 WITH DR LINDQVIST",
                                  "typed 7 12 2026\nDear Dr Mensah"])
def test_address_look_alikes(text):
    assert found(StreetAddressRecognizer(), text) == []


def test_a_streets_name_stays_on_its_line():
    values = [v for v, _ in found(StreetAddressRecognizer(), "Flat 2, 1 Brook Street\nHx CT x2 today")]
    assert "Flat 2, 1 Brook Street" in values and not any("Hx" in v for v in values)


@pytest.mark.parametrize("value", ["SE19 6FQ", "se19 6fq", "N4 1BT", "EC1A 1BB", "LS61AA", "B2 4QA"])
def test_postcodes(value):
    assert found(PostcodeRecognizer(), f"postcode {value} ok") == [(value, "POSTCODE")]


@pytest.mark.parametrize("text,value", [
    ("hi gents im Candy 23 incall Armley LS12 or outcall", "LS12"),
    ("my private flat in Beeston, NG9. Mon-Sat", "NG9"),
    ("tmrw ur at Crown Lodge Leicester LE2 with Oana", "LE2"),
    ("Kettering town centre NN16", "NN16"),
    ("based in M14 area", "M14"),
])
def test_a_postcode_district_alone_after_a_place_or_a_cue(text, value):
    assert found(PostcodeRecognizer(), text) == [(value, "POSTCODE")]


@pytest.mark.parametrize("text", ["hep B 2nd dose", "at 10am", "AB12 CDE", "COVID19 test",
                                  "Vitamin B12 injection", "hotels on the M1", "Room E12 booked",
                                  "took B12 and CD4 count 350",
                                  "outcalls to hotels on the M1 only"])
def test_postcode_look_alikes(text):
    assert found(PostcodeRecognizer(), text) == []


@pytest.mark.parametrize("value", ["Diamond Sauna", "Golden Lotus Massage", "Velvet Club",
                                   "Peel Street flat", "Jade Garden Massage", "Premier Inn",
                                   "A2B Cars", "Jay's Barbers", "Kings Theatre", "Kings Arms",
                                   "HMP Hollinwood"])
def test_establishments(value):
    assert (value, "ESTABLISHMENT") in found(EstablishmentRecognizer(), f"outreach to {value} today")


@pytest.mark.parametrize("text,value", [
    ("the guy was back on neville rd last nite", "neville rd"),
    ("dropped me by the asda on marsh lane. im ok", "marsh lane"),
    # (after any word when the street's own word is one English hardly uses)
    ("tanyard row quiet til 11 then 6 girls", "tanyard row"),
    ("blue transit parked end of ormery ln 2 lads in it", "ormery ln"),
])
def test_streets_texted_in_lower_case(text, value):
    assert (value, "STREET_ADDRESS") in found(StreetAddressRecognizer(), text)


@pytest.mark.parametrize("text", ["on the road again", "back in my street now",
                                  "a big row broke out", "the main rd was shut", "had a massive row with bf",
                                  "she cud ave been hurt", "had a huuuge row wiv him",
                                  "working the unlit lane", "havnt rd it yet sorry",
                                  "had a shouty row with her bf", "a grotty street near the station"])
def test_everyday_streets_in_lower_case_are_kept(text):
    assert found(StreetAddressRecognizer(), text) == []


@pytest.mark.parametrize("text,value", [
    ("REPORTS ASSAULT BY CLIENT AT SUNSET INN ROOM 112", "SUNSET INN"),
    ("CALL FROM PORTLAND WOMEN'S CLINIC RE PT", "PORTLAND WOMEN'S CLINIC"),
    ("TRANSFER FROM ST. JUDE MEDICAL CENTER VIA AMBULANCE", "ST. JUDE MEDICAL CENTER"),
    ("FROM THE CROWN & ANCHOR PUB, HIGH STREET", "CROWN & ANCHOR PUB"),
    ("CARER (LESLEY FROM CALDER CARE) AT 0800", "CALDER CARE"),
    ("VNA (NORTHSHORE VISITING NURSES) TO SEE PT", "NORTHSHORE VISITING NURSES"),
    ("FUNERAL HOME PER FAMILY IS MCGUIRE & SONS", "MCGUIRE & SONS"),
    ("WORKS GOLDEN TOUCH SAUNA, HUMBERSTONE RD", "GOLDEN TOUCH SAUNA"),  # everyday words
    ("TRIAGE - WALK-IN CENTRE, HOLLOWAY BRIDGE", "WALK-IN CENTRE"),
])
def test_premises_in_capitals(text, value):
    """(the longest name found for the head word is what counts: shorter ones merge into it)"""
    from deidentify.recognizers.establishment import premises_in_capitals

    found_here = [text[r.start:r.end] for r in premises_in_capitals(text)]
    assert max(found_here, key=len) == value, found_here


def test_a_us_address_with_its_zip_code():
    text = "Lives 1420 W Division St Apt 3B, Chicago IL 60622."
    values = [v for v, _ in found(StreetAddressRecognizer(), text)]
    assert "1420 W Division St" in values and "Apt 3B" in values and "IL 60622" in values


@pytest.mark.parametrize("text,value", [("she was outside the Feathers at 1am", "Feathers"),
                                        ("seen u at the Swan wiv that Carly", "Swan")])
def test_a_pub_by_its_name_alone(text, value):
    assert (value, "ESTABLISHMENT") in found(EstablishmentRecognizer(), text)


@pytest.mark.parametrize("text", ["went to the Police after", "then to the Hospital",
                                  "letter from the Home Office", "the cars were parked outside"])
def test_everyday_words_after_the_are_no_premises(text):
    assert found(EstablishmentRecognizer(), text) == []


@pytest.mark.parametrize("text", ["PT DISCHARGED HOME. GOOD CARE GIVEN.", "PT IN GENERAL OK",
                                  "WOUND CARE DONE", "GUM CLINIC TODAY"])
def test_everyday_words_before_a_head_word_in_capitals_are_no_premises(text):
    from deidentify.recognizers.establishment import premises_in_capitals
    assert premises_in_capitals(text) == []


@pytest.mark.parametrize("text,value", [("pm handover Florence ward, bed 12", "Florence"),
                                        ("Cavell ward bed 10: Mrs Chukwu", "Cavell")])
def test_a_ward_named_after_a_person(text, value):
    assert (value, "ESTABLISHMENT") in found(EstablishmentRecognizer(), text)


@pytest.mark.parametrize("text", ["Maternity ward busy", "to Surgical Ward", "Day Ward today",
                                  "Ward 9 bed 3"])
def test_a_ward_named_by_its_kind_is_no_name(text):
    assert not [v for v, e in found(EstablishmentRecognizer(), text) if e == "ESTABLISHMENT"]


@pytest.mark.parametrize("text,code", [
    ("Bridge Street, Kilmurragh, Co. Leitrim, Q61 XW30\nTel: +353 (0)71 000 0283", "Q61 XW30"),
    ("Eircode: D02 X285", "D02 X285"),
])
def test_an_eircode_after_a_county_or_its_label(text, code):
    assert (code, "POSTCODE") in found(PostcodeRecognizer(), text)


@pytest.mark.parametrize("text", ["Room B12 4AB1 is free", "Sample H12 4A5B sent", "Started A12 AB12"])
def test_eircode_shapes_without_an_address_stay(text):
    assert found(PostcodeRecognizer(), text) == []


def test_a_house_number_after_its_street(engine):
    text = "a house in Gallowfield. Foxley Street, number 41? Ferncliffe Walk number 26 men in and out."
    pieces = removed(engine, text)
    assert "41" in pieces and "26" in pieces and not any("number" in p for p in pieces)


def test_a_house_by_its_number_the_street_left_out(engine):
    from tests.deidentify.conftest import removed
    out = removed(engine, "she's at no 14 now, used to be at number 22. her sister at 3a. "
                          "lives at 41b. at 3 she left on the no 5 bus; improvement at 72h")
    assert [p for p in out if any(c.isdigit() for c in p)] == ["no 14", "number 22", "3a", "41b"]
