"""What the blind sets sealed31 (the people around a worker and the project's own staff side)
and sealed32 (numbers, codes and their near misses) leaked, read after two new blind sets were
written (session 23): a rota's days after weekdays in ranges, a found number's ending and a
found postcode's halves written again alone, a UK number with its country's code and no plus,
police logs by their day, a sort code a few words after its name, a scanned postcode's O for
0, one letter for a person after a title with its possessive or dot, after a comma or signing
a quote, a word of address used as a name, premises in lower case after a street, a part of a
plate the writer half remembers."""

import pytest

from deidentify.recognizers.phone import PhoneNumberRecognizer
from deidentify.recognizers.police_number import PoliceNumberRecognizer
from tests.deidentify.conftest import found, removed

PHONE = PhoneNumberRecognizer()


# --- a rota's days ---------------------------------------------------------------------------

def test_a_rotas_days_in_ranges_after_weekdays_are_dates(engine):
    rota = ("ON-CALL ROTA\nThu 1 - Sun 4: DOM\nMon 5 (bank hol) - Sun 11: JP\n"
            "Mon 12 - Sun 18: KT\nMon 19 - Sun 25: FQ\n")
    pieces = removed(engine, rota)
    assert all(day in pieces for day in "1 4 5 11 12 18 19 25".split())


@pytest.mark.parametrize("text", [
    "Tally: Mon 6, Tue 4, Wed 8 women, Thu 3",  # counts that no month's calendar agrees with
    "Open Mon 9-5, Tue 10-4, Wed 9 - 5, Thu 10am",  # hours
    "Mon 2, Tue 3 at the drop-in",  # two days only, not one a line
    "Van contacts: Mon 9 (rain) Tue 10 (busy) Wed 4 (quiet) Thu 12 (busy)",  # a tally
    "Tally Mon 2 - Tue 3 - Wed 4 - Thu 5 visits",  # a chain, not ranges
    "Visits this week: Mon 3: Tue 4: Wed 5:",
])
def test_counts_hours_and_two_days_after_weekdays_stay(engine, text):
    assert not any(p.isdigit() for p in removed(engine, text))


# --- a found number's parts, written again ----------------------------------------------------

def test_a_found_numbers_ending_written_again_is_removed(engine):
    text = ("new no is 07700 900 413 no wait she read it wrong, its 900 431 so 07700 900431. "
            "gave 10 condoms")
    pieces = removed(engine, text)
    assert "900 431" in pieces and "10" not in pieces


def test_a_found_postcodes_halves_written_alone_are_removed(engine):
    text = ('Tasha won\'t give her full address, only "QX7, near the park". Later she said the '
            'end bit is "3LD" - so QX7 3LD.')
    pieces = removed(engine, text)
    assert "QX7" in pieces and "3LD" in pieces


def test_short_counts_after_a_found_number_stay(engine):
    pieces = removed(engine, "new 07700 900100, gave her 100 condoms and 4 kits")
    assert "100" not in pieces and "4" not in pieces


def test_a_numbers_last_figures_after_dots_beside_a_phone_number(engine):
    assert "045" in removed(engine, "old numbers 07700 900 044 and ...045. are dead")
    kept = removed(engine, "07700 900 044: ring ...999 now, got ...150 condoms, the ...172 bus, "
                           "...104 bpm")
    assert not any(n in kept for n in ("999", "150", "172", "104"))
    assert removed(engine, "and then...100 of them") == []


@pytest.mark.parametrize("text, digits", [("the one ending 177 is dead", "177"),
                                          ("Her mob finishing 604", "604")])
def test_a_numbers_last_figures_after_a_word_of_ending(text, digits):
    assert (digits, "PHONE_NUMBER") in found(PHONE, text)


# --- phones, logs and codes --------------------------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("Precious, from 44 7700 900 604", "44 7700 900 604"),
    ("Hub 44 0 113 496 0592 duty", "44 0 113 496 0592"),
    ("call 44 (0)113 496 0592", "44 (0)113 496 0592"),
])
def test_a_uk_number_with_its_countrys_code_and_no_plus(text, number):
    assert (number, "PHONE_NUMBER") in found(PHONE, text)


@pytest.mark.parametrize("text", ["Cases 2024: 44 1200 clients", "ages 44 7 and 9",
                                  "Statistics: 44 2019 201 2020 2021"])
def test_counts_after_44_are_no_number(text):
    assert found(PHONE, text) == []


def test_police_logs_by_their_day():
    text = "Evidence: 2 police logs (0733 of 11/05/25, 0129 of 02/06/25), GP letter"
    assert [v for v, _ in found(PoliceNumberRecognizer(), text)] == ["0733", "0129"]


@pytest.mark.parametrize("text", ["Page 2 of 4", "1.5 of 3/4", "spent £150 of 12/03 money",
                                  "paid 500 of 2.5k debt", "Gave 300 of 3/4 tablets"])
def test_pages_and_amounts_of_a_day_are_no_log(text):
    assert found(PoliceNumberRecognizer(), text) == []


def test_a_sort_code_a_few_words_after_its_name(engine):
    text = "Ioana not sure of her sort code, thinks it's 00-99-47 - will check in the app."
    assert "00-99-47" in removed(engine, text)


def test_a_scanned_postcodes_o_for_zero(engine):
    assert any("QX5 OHS" in p for p in removed(engine, "Address: 9 Beech Way, Brindlecombe QX5 OHS"))
    assert "QX5 OLD" in removed(engine, "Address: 9 Beech Way, QX5 OLD")  # a word after a comma
    assert "ZJ3 ONE" in removed(engine, "Postcode: ZJ3 ONE")
    assert removed(engine, "Take the M1 OFF at J4") == []


def test_a_found_postcodes_ordinal_half_is_no_half(engine):
    assert "1st" not in removed(engine, "Lives at 4 Elm Close, QX2 1ST. Room on the 1st floor.")


def test_a_weekly_tally_one_a_line_is_no_rota(engine):
    assert removed(engine, "Contacts this week:\nMon 8\nTue 2\nWed 10\nThu 4") == []


@pytest.mark.parametrize("text", ["sort code: kids 12 - 14 - 16",
                                  "sort code: not given. Her kids are 12 14 16"])
def test_other_pairs_of_figures_after_a_sort_codes_word_are_no_sort_code(engine, text):
    assert removed(engine, text) == []


# --- people -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, letter", [
    ("an Airbnb on Lowther Terrace by Mr K's driver", "K"),
    ("SD raised Ms P. - Housing Options keep losing her paperwork", "P"),
    ("Kirsty N: new acct ok, J doesnt know. DO NOT post", "J"),
    ("new phone works, J still doesn't know the number", "J"),
    ('"thank you for that night. I\'m in rehab now. C. x"  - filed', "C"),
    # what the attacks found
    ("new acct OK, J doesnt know", "J"),
    ("new acct ok, T still doesn't know", "T"),
    ("she's fine, J dont know", "J"),
    ("Text: 'miss you. J x'", "J"),
    ('"I\'m ok. C x x"', "C"),
    ("MR K'S DRIVER CAME", "K"),
    ("Mrs P.'s son rang", "P"),
])
def test_one_letter_for_a_person(engine, text, letter):
    assert letter in [p.rstrip(".") for p in removed(engine, text)]


@pytest.mark.parametrize("text", ["Hep A, B, C still pending", "Plan: B doesnt work",
                                  "Hep A ok, B still pending, C still pending",
                                  "vitamin levels ok, D still low", "size 10 ok, M doesnt fit",
                                  "ok, I dont know"])
def test_letters_that_are_shorthand_stay(engine, text):
    assert removed(engine, text) == []


@pytest.mark.parametrize("text, word", [
    ("Favour said she owes Madam, the woman who arranged it", "Madam"),
    ("She's frightened Uncle will find her at the hotel", "Uncle"),
    ("fear of Madam and the oath", "Madam"),
    ("the girls call her Auntie too", "Auntie"),
    # what the attacks found
    ("Uncle took her passport.", "Uncle"),
    ("Uncle - the man who brought her - rang her twice.", "Uncle"),
    ("a man she calls 'Uncle'", "Uncle"),
    ("went to Madam's flat", "Madam"),
])
def test_a_word_of_address_used_as_a_name(engine, text, word):
    assert word in removed(engine, text)


def test_every_mention_of_a_word_of_address_found_as_a_name_goes(engine):
    note = ("She still owes Madam 30k. Madam has her passport and Madam's brother collects the "
            "money. 'Madam' threatened her family.")
    assert removed(engine, note).count("Madam") == 4


@pytest.mark.parametrize("text", ["Dear Sir or Madam, I write", "her Uncle lives nearby",
                                  "thank you Madam", "my Auntie came", "misses Mama back home",
                                  "pardon Madam", "in Nigeria you call any older woman Auntie"])
def test_a_word_of_address_as_a_word_stays(engine, text):
    assert removed(engine, text) == []


def test_a_day_after_a_title_is_a_nickname(engine):
    assert "Tuesday" in removed(engine, 'her regular of nine years ("Mr Tuesday" as she calls him)')


def test_a_given_name_that_is_a_country_after_a_word_of_calling(engine):
    assert "Jordan" in removed(engine, "If you cannot attend please call Jordan on 07700 900 360.")
    assert "Jordan" not in removed(engine, "She moved to Jordan on 07700 900 360")


# --- places, firms and plates ---------------------------------------------------------------------

def test_premises_in_lower_case_after_a_street(engine):
    assert "Gallowfield Road police station" in removed(
        engine, "Police liaison meeting at Gallowfield Road police station.")


def test_a_courts_building_before_its_street(engine):
    assert any(p.startswith("Law Courts") for p in removed(
        engine, "DUNMARROW CROWN COURT\nThe Law Courts, Minster Street, Dunmarrow ZJ1 1AX"))


@pytest.mark.parametrize("text, firm", [
    ('a white Ford Transit, "R&J Groundworks" on the side, pulled up', "R&J Groundworks"),
    ('"R & J Groundworks" on the side', "R & J Groundworks"),
    ("she works at T & J Nails on Mill Street", "T & J Nails"),
])
def test_a_firms_two_letters_joined_by_an_ampersand(engine, text, firm):
    assert firm in removed(engine, text)


def test_a_wards_letters_are_no_firms(engine):
    assert "A&E" not in " ".join(removed(engine, "went to A&E Sarah said"))


def test_a_part_of_a_plate_the_writer_half_remembers(engine):
    assert removed(engine, '- white van, "XK21 O-something"') == ["XK21"]


@pytest.mark.parametrize("text", ["Van out - WK12", "car insurance, policy AB12?",
                                  "drove via A1... something"])
def test_a_code_or_a_road_is_no_part_of_a_plate(engine, text):
    assert removed(engine, text) == []


def test_a_cards_masked_ending(engine):
    assert "6620" in removed(engine, "Paid on 14 Mar 2025 into account ending **6620")


def test_police_logs_listed_after_their_word():
    assert [v for v, _ in found(PoliceNumberRecognizer(), "Both reported (logs 0771 and 1203).")] \
        == ["0771 and 1203"]
    assert found(PoliceNumberRecognizer(), "kept logs 2023 and 2024") == []
