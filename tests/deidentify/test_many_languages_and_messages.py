"""What the blind sets sealed29 (many hands in many Englishes and languages) and sealed30
(messages and posts in the wild) leaked, read after two new blind sets were written (session
22): two phone numbers written one after the other, an NI number printed in pairs without its
label, a share code's groups read from the start of a word, a house's number after "no" or
"número", a record's field names (session 21's leftovers)."""

import pytest

from deidentify.normalise import unleet_names
from deidentify.recognizers.labelled_number import LabelledNumberRecognizer
from deidentify.recognizers.ni_number import NiNumberRecognizer
from deidentify.recognizers.phone import PhoneNumberRecognizer
from tests.deidentify.conftest import found, removed

PHONE = PhoneNumberRecognizer()


# --- phone numbers in a run of figures --------------------------------------------------------

@pytest.mark.parametrize("text, numbers", [
    ("Dr Paul says hes a doctor lol 07700 900 011 07700 900 012 7 NEW Kevin",
     ["07700 900 011", "07700 900 012"]),
    ("07700900011 07700900012", ["07700900011", "07700900012"]),
    ("(01632) 960 500 (01632) 960 501", ["(01632) 960 500", "(01632) 960 501"]),
    ("hes on 07700 900417 18 February", ["07700 900417"]),
    ("NS7 4EF  Tel 01632 960 500 19 May 2025 To whom", ["01632 960 500"]),
    ("Lacey 07700 900309 23:51 u got any", ["07700 900309"]),
])
def test_numbers_one_after_the_other_are_each_found(text, numbers):
    assert sorted(v for v, _ in found(PHONE, text)) == sorted(numbers)


@pytest.mark.parametrize("text", [
    "ref 0123 4567 8901 2345",  # sixteen figures in fours: a card's or a reference's
    "batch 040 12 77 3",  # ten figures that open with no group of a number's start
])
def test_a_run_that_splits_into_no_number_is_left(text):
    assert found(PHONE, text) == []


# --- an NI number as HMRC prints it ------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("the journal now shows QQ 40 18 77 A against her name", "QQ 40 18 77 A"),
    ("I got the letter Cristina QQ 52 71 09 B asta e", "QQ 52 71 09 B"),
])
def test_an_ni_number_printed_in_pairs_needs_no_label(text, value):
    assert (value, "NI_NUMBER") in found(NiNumberRecognizer(), text)


@pytest.mark.parametrize("text, value", [
    ("shows QQ 40 18 77A now", "QQ 40 18 77A"), ("QQ-40-18-77-A", "QQ-40-18-77-A"),
    ("QQ40 18 77 A", "QQ40 18 77 A"), ("QQ 40 18 77 and", "QQ 40 18 77"),
    ("QQ 401877 A", "QQ 401877 A"),
])
def test_an_ni_number_spaced_or_hyphened_as_people_write_it(text, value):
    assert (value, "NI_NUMBER") in found(NiNumberRecognizer(), text)


@pytest.mark.parametrize("text", ["Qq 40 18 77 a", "GCS 15 15 15 A", "TO 10 20 30 A", "UK 10 20 30 A",
                                  "UP 10 12 14 A", "GB 10 20 30 A"])
def test_other_letters_and_pairs_are_no_ni_number(text):
    assert not [v for v, kind in found(NiNumberRecognizer(), text) if kind == "NI_NUMBER"]


# --- a share code ------------------------------------------------------------------------------

def test_a_share_code_is_read_from_a_words_start():
    text = "share code she gave reception WX4 7HK 2PQ She explain"
    assert ("WX4 7HK 2PQ", "ID_NUMBER") in found(LabelledNumberRecognizer(), text)


# --- a house's number after its street ---------------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("flat above the chippy on Hackle Rd no 52 buzz flat B", "52"),
    ("she lives on Hackle Rd no. 7, with him", "7"),
    ("faz programa num apê na Vetch Street número 9 com mais duas", "9"),
    ("Foxley Street, number forty one", "forty one"),
])
def test_a_house_number_after_its_street_and_a_word_for_number(engine, text, number):
    assert any(number in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text, kept", [
    ("waiting on Hackle Rd no 2 days", "2"),
    ("Hackle Rd no one was in", "one"),
    ("Station Rd no 52 bus", "52"),
])
def test_no_a_count_after_a_street(engine, text, kept):
    assert not any(kept in piece for piece in removed(engine, text))


# --- a record's field names --------------------------------------------------------------------

@pytest.mark.parametrize("field", ["guest_name", "booked_by", "emergency_contact", "consent_date",
                                   "clinic_no"])
def test_a_bookings_and_a_forms_field_names_are_no_user_names(engine, field):
    text = ("room 214 guest_name Mr T Vance booked_by phone, reg_plate ZY15 ODB; "
            "emergency_contact Wayne Doughty; consent_date; clinic_no")
    assert not any(field in piece for piece in removed(engine, text))


# --- a name in its own script before the same name in Latin letters ------------------------

@pytest.mark.parametrize("text, name", [
    ("WeChat ID fang_lj88 她妈妈还在那里 丽华 Lihua Thai interpreter summary", "丽华"),
    ("ศิริพร แก้วมณี Siriporn Kaewmanee came to the van", "ศิริพร แก้วมณี"),
])
def test_a_name_in_its_own_script_before_its_latin_spelling(engine, text, name):
    assert name in removed(engine, text)


def test_a_word_in_another_script_before_a_name_that_does_not_sound_like_it_stays(engine):
    assert not any("那里" in piece for piece in removed(engine, "她妈妈还在那里 Anna came"))


# --- a Bulgarian plate in either alphabet -------------------------------------------------

def test_a_bulgarian_plate_in_cyrillic_and_in_latin_letters(engine):
    text = "the car outside, blue Opel, plate Bulgarian СН 4471 ВК (CH 4471 BK in Latin)."
    pieces = removed(engine, text)
    assert "СН 4471 ВК" in pieces and "CH 4471 BK" in pieces


def test_latin_letters_and_figures_of_that_shape_far_from_a_car_are_no_plate(engine):
    assert not any("4471" in piece for piece in removed(engine, "Exercise AB 4471 BE on page 2"))


# --- rooms in a list --------------------------------------------------------------------------

@pytest.mark.parametrize("text, numbers", [
    ("Four Bulgarian girls, rooms 3, 4 and 5. Mitko", ["3", "4", "5"]),
    ("rooms 1, 2, 3 and 4 all taken", ["1", "2", "3", "4"]),
    ("they dont ask questions, room 5 and 6", ["5", "6"]),
])
def test_every_room_of_a_list_is_removed(engine, text, numbers):
    pieces = " ".join(removed(engine, text))
    assert all(n in pieces.split() for n in numbers)


@pytest.mark.parametrize("text, kept", [
    ("room 1 or 2 nights", "2"), ("Flats 2 and 3 bedroom", "3"), ("room 4 and 5 girls", "5"),
])
def test_a_count_after_a_rooms_list_is_no_room(engine, text, kept):
    assert kept not in " ".join(removed(engine, text)).split()


def test_a_flat_and_a_house_number_after_it_are_no_list_of_flats(engine):
    text = "New address for her (moved December): Flat 5, 9 Mill Race, Ashbarrow ZJ4 2BD."
    assert "9 Mill Race" in removed(engine, text)


# --- names written with figures for letters ------------------------------------------------

@pytest.mark.parametrize("word, read", [("5teve", "Steve"), ("G1na", "Gina"), ("5adia", "Sadia"),
                                        ("A1ina", "Alina")])
def test_a_name_written_with_figures_is_read_as_the_name(word, read):
    assert unleet_names(f"ha ha {word} I speak to lady") == f"ha ha {read} I speak to lady"


@pytest.mark.parametrize("word", ["5am", "QX5", "A1B2", "Ward4", "Tom1", "W1ll", "H3llo", "gr8",
                                  "2023", "M0oring", "T0NY", "litt1e"])
def test_codes_counts_and_everyday_words_with_figures_are_left(word):
    assert unleet_names(f"at {word} now") == f"at {word} now"


def test_a_name_written_with_figures_is_removed(engine):
    assert any("5teve" in piece for piece in removed(engine, "girls, 5teve say from monday no more"))


# --- a brand that is a given name, acting as a person ---------------------------------------

@pytest.mark.parametrize("text", [
    "Texts between Kia and Taylah all lower case as typed.",
    "Rach: anyone seen Taylah? Kia says she hasnt heard from her",
    "The Mercedes here may be the girl Kia and Taylah haven't seen",
])
def test_a_brand_that_is_a_given_name_is_a_person_where_it_acts_as_one(engine, text):
    assert "Kia" in removed(engine, text)


def test_the_brand_as_a_car_stays(engine):
    assert not any("Kia" in piece for piece in removed(engine, "the Kia has a dent, the Kia was parked"))


# --- the words round a number and a place ----------------------------------------------------

def test_a_word_before_a_dash_is_no_codes_letters(engine):
    text = '6. time waster "Dr Paul" says hes a doctor lol - 07700 900 011 07700 900 012'
    assert "07700 900 011" in removed(engine, text)


@pytest.mark.parametrize("text, place", [
    ("a pub with rooms on Bridge End. Four girls", "Bridge End"),
    ("the house with the blue door number 41", "41"),
])
def test_a_places_last_word_and_a_doors_number(engine, text, place):
    assert any(place in piece for piece in removed(engine, text))


# --- a saint's premises in lower case -------------------------------------------------------

@pytest.mark.parametrize("text, premises", [
    ("she went to st aldhelms with my daughter", "st aldhelms"),  # a saint few know
    ("outside st brigids", "st brigids"),
])
def test_a_saints_premises_in_lower_case(engine, text, premises):
    assert premises in removed(engine, text)


@pytest.mark.parametrize("text", ["moved to st lets in town", "went to st accommodation"])
def test_st_before_an_everyday_word_is_no_saint(engine, text):
    assert not any(piece.startswith("st ") for piece in removed(engine, text))


# --- what two attacks on this round's rules found -------------------------------------------

def test_every_number_of_a_list_one_a_line_is_found():
    text = "Ugly mugs list\n" + "\n".join(f"0770 0900 01{i}" for i in range(1, 8))
    assert len(found(PHONE, text)) == 7


@pytest.mark.parametrize("text", ["girls seen 0100 2 0200 4 0300 1", "Temperature 037 5 036 8 037 2"])
def test_times_and_counts_after_a_zero_are_no_phone(text):
    assert found(PHONE, text) == []


@pytest.mark.parametrize("text, value", [
    ("share code was WXT 4KR 9PD", "WXT 4KR 9PD"),
    ("share code, new one W7X-4KR-9PD", "W7X-4KR-9PD"),
    ("share code was wxt 4kr 9pd", "wxt 4kr 9pd"),
])
def test_a_share_code_after_a_little_word(text, value):
    assert (value, "ID_NUMBER") in found(LabelledNumberRecognizer(), text)


@pytest.mark.parametrize("text, number", [
    ("Hackle Rd #52 tonight", "52"), ("Hackle Rd No:52", "52"), ("lives Hackle Rd no 5.", "5"),
])
def test_more_ways_of_a_house_number_after_its_street(engine, text, number):
    assert number in removed(engine, text)


@pytest.mark.parametrize("text, kept", [
    ("on Hackle Rd no 1 about tonight", "1"), ("Hackle Rd no 2 girls", "2"),
    ("Hackle Rd no 20 quid", "20"), ("Hackle Rd no 7 pm", "7"), ("house no 2 weeks", "2"),
    ("house 3d model", "3d"), ("flat 3 or 4 months", "4"), ("room 2 or 3 clients", "3"),
    ("flat 1 and 2 grams", "2"), ("unit 1 and 2 of the training", "2"),
])
def test_a_count_after_no_or_a_rooms_word_stays(engine, text, kept):
    assert kept not in " ".join(removed(engine, text)).split()


def test_the_later_rooms_of_a_long_list(engine):
    assert {"5", "6", "7"} <= set(removed(engine, "rooms 3, 4, 5, 6 and 7 taken"))


def test_a_year_between_cyrillic_words_is_no_plate(engine):
    assert not any(kind == "VEHICLE_REG" for kind in
                   (s.entity for s in engine.find(["В 2024 ТО НА 2024 ОТ"])[0]))


def test_a_codes_lower_case_letters_spaced_round_a_slash(engine):
    assert "rhc / 0088124" in removed(engine, "ref rhc / 0088124")


@pytest.mark.parametrize("text, name", [
    ("Spoke to 5teve.", "5teve"), ("Punter is 3mma: avoid.", "3mma"), ("seen Chlo3 today", "Chlo3"),
])
def test_a_name_with_figures_before_a_stop_or_ending_in_one(engine, text, name):
    assert any(name in piece for piece in removed(engine, text))


@pytest.mark.parametrize("handle", ["room_service_69", "hotel_room", "Reason_Room"])
def test_user_names_of_a_bookings_words_are_still_handles(engine, handle):
    assert handle in removed(engine, f"She posts as {handle} on the forum and on AdultWork as {handle}")


@pytest.mark.parametrize("text", ["Spoke to Kia about the rent", "Kia is pregnant."])
def test_a_brand_named_person_in_a_notes_words(engine, text):
    assert "Kia" in removed(engine, text)


@pytest.mark.parametrize("text", ["the Kia says service due", "silver Kia and Taylah outside",
                                  "Ask Kia dealers", "car finance with Kia"])
def test_a_brand_as_a_car_or_a_firm_stays(engine, text):
    assert "Kia" not in removed(engine, text)


def test_the_writer_above_sent_from_with_windows_line_ends(engine):
    assert "Mags" in removed(engine, "Can u put it out on the alerts\r\nMags\r\nSent from my iPhone")


def test_a_quoted_name_in_its_own_script_before_its_latin_spelling(engine):
    assert "丽华" in removed(engine, '"丽华 Lihua" she said')


@pytest.mark.parametrize("text, word", [("我和 Helen went", "我和"), ("她在 Zaina house", "她在")])
def test_a_word_in_another_script_that_only_half_sounds_like_the_name_stays(engine, text, word):
    assert not any(word in piece for piece in removed(engine, text))
