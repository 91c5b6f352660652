"""Identifiers as voice notes and hurried typing leave them (issue 11): dates, house and room
numbers and number plates said in words, a weekday before a date, separators typed with
spaces, postcodes with two spaces, temporary NI numbers; and the number words, ordinals and
hours that are none of these."""

import pytest

from deidentify.recognizers.dates import DateFormsRecognizer
from deidentify.recognizers.ni_number import NiNumberRecognizer
from deidentify.recognizers.spelled_numbers import SpelledNumberRecognizer
from deidentify.recognizers.uk_postcode import PostcodeRecognizer
from tests.deidentify.conftest import found, removed

SPOKEN = SpelledNumberRecognizer(None)


@pytest.mark.parametrize("text,value,kind", [
    ("i have to be out by the thirtieth of june and", "thirtieth of june", "DATE"),
    ("the hearing is april the twenty first so", "april the twenty first", "DATE"),
    ("seen at half nine on the second ok", "half nine on the second", "DATE"),
    ("can i come in on the eleventh please", "the eleventh", "DATE"),
    ("she was born on the eighth of october nineteen ninety one", "eighth of october nineteen ninety one",
     "DATE_OF_BIRTH"),
    ("his birthday is third of march oh two", "third of march oh two", "DATE_OF_BIRTH"),
    ("my birthday is fifteen june ninety one if you need", "fifteen june ninety one",
     "DATE_OF_BIRTH"),
    ("im staying at sixty one hawthorn lane with", "sixty one hawthorn lane", "STREET_ADDRESS"),
    ("its one hundred and six belvoir street", "one hundred and six belvoir street", "STREET_ADDRESS"),
    ("im in room four oh six at the hotel", "room four oh six", "STREET_ADDRESS"),
    ("shes at flat five double two now", "flat five double two", "STREET_ADDRESS"),
    ("the reg was like kilo tango two nine i think", "kilo tango two nine", "VEHICLE_REG"),
    ("it was papa lima sierra four", "papa lima sierra four", "VEHICLE_REG"),
    ("no wait, G four two P E T, like a private one", "G four two P E T", "VEHICLE_REG"),
    ("the reg is W-R-one-seven, X-X-J ok", "W-R-one-seven, X-X-J", "VEHICLE_REG"),
    ("Kiki is on ward forty-one, she", "ward forty-one", "STREET_ADDRESS"),
    ("in the house of mr jankowski, number twenty seven but", "twenty seven", "STREET_ADDRESS"),
])
def test_spoken_identifiers(text, value, kind):
    assert found(SPOKEN, text) == [(value, kind)]


@pytest.mark.parametrize("text", [
    "we met on the third floor", "it was the second time", "i live two streets away",
    "ten minute walk from here", "my number one priority", "charlie and mike came too",
    "one more road to cross", "by the first of them", "room for two", "in may twenty people came",
    "the car had four doors", "five march on the town hall",
    "PT IS 52 YO M S/P MVC 6/1", "Plan A and B 2 times", "I saw A 1 day ago", "GRADE A 2",
])
def test_number_words_that_identify_nothing(text):
    assert found(SPOKEN, text) == []


@pytest.mark.parametrize("text,value,kind", [
    ("DOB 07 / 08 / 1979.", "07 / 08 / 1979", "DATE_OF_BIRTH"),
    ("seen 2 . 9 . 2023 at", "2 . 9 . 2023", "DATE"),
    ("Wed 21-11 nights", "Wed 21-11", "DATE"),
    ("Tue 05-11 van", "Tue 05-11", "DATE"),
    ("Fri 4/5 van", "Fri 4/5", "DATE"),
    ("Sent: Thu 6/2/2025 09:10", "Thu 6/2/2025", "DATE"),
    ("On Sat, 9 Mar 2024 she", "Sat, 9 Mar 2024", "DATE"),
    ("hearing 22nd. Needs", "22nd", "DATE"),
    ("appt due 3rd at 2", "3rd", "DATE"),
    ("missed doses (3rd, 4th, 5th March). As", "3rd, 4th, 5th March", "DATE"),
    ("an inpatient from 8th to 11th February 2026 and", "8th to 11th February 2026", "DATE"),
    ("Available Mon 9 - Sun 15 March only", "Mon 9 - Sun 15 March", "DATE"),
    ("approx 1am (9th->10th), he", "9th->10th", "DATE"),
    ("removed the condom on 18th. I have", "18th", "DATE"),
    ("booked with Larkfield Surgery, 17.03. Bulgarian", "17.03", "DATE"),
    ("name is Leanne Marie Jukes DOB 4 4 96 she", "4 4 96", "DATE_OF_BIRTH"),
])
def test_dates_typed_in_a_hurry(text, value, kind):
    assert found(DateFormsRecognizer(), text) == [(value, kind)]


@pytest.mark.parametrize("text", ["MON 2-6 DROP IN", "Fri 10-12 clinic", "3 / 4 of them",
                                  "appt 2nd time", "age 18-25", "from 1st floor"])
def test_hours_fractions_and_counts_are_not_dates(text):
    assert found(DateFormsRecognizer(), text) == []


def test_a_postcode_typed_with_two_spaces():
    assert found(PostcodeRecognizer(), "postcode LS7  3QB ok") == [("LS7  3QB", "POSTCODE")]


@pytest.mark.parametrize("value", ["TN 14 07 91 M", "TN140791F"])
def test_temporary_ni_numbers(value):
    assert found(NiNumberRecognizer(), f"NI {value}.") == [(value, "NI_NUMBER")]


@pytest.mark.parametrize("text", ["TN 44 07 91 M", "TN 14 07 91 A", "TN 14 13 91 F"])
def test_temporary_ni_numbers_hold_a_date_and_a_sex(text):
    assert found(NiNumberRecognizer(), f"code {text} here") == []


@pytest.mark.parametrize("text", ["Take 2-3 tablets on 3rd day", "seen on 2nd floor", "10 to 12 people",
                                  "K 3.6, Hb 12.5, 1.05 mmol, 12.03 mg"])
def test_counts_and_ranges_without_a_month_are_kept(text):
    assert found(DateFormsRecognizer(), text) == []


def test_a_spelled_number_keeps_its_plus(engine):
    text = "my other number is plus four oh seven two two zero zero zero four one nine no sorry"
    assert any(p.startswith("plus four") for p in removed(engine, text))
