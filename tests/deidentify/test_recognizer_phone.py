import pytest

from deidentify.recognizers.phone import PhoneNumberRecognizer
from tests.deidentify.conftest import found

R = PhoneNumberRecognizer()


@pytest.mark.parametrize("number", [
    "07700 900123", "07700900123", "+44 7700 900123", "+447700900123", "0044 7700 900 123",
    "(07700) 900123", "07700-900-123", "077 00 900 123", "+44 (0)7700 900123",
    "020 7946 0123", "(020) 7946 0123", "+44 20 7946 0123", "0113 496 0123",
    "+40 712 345 678", "+48 512 907 331", "+359 88 123 4567", "+355 69 123 4567",
    "+66 81 234 5678", "+55 11 91234-5678", "0040 712345678", "+37061234567",
])
def test_phone_formats(number):
    assert found(R, f"new number {number}, text only") == [(number, "PHONE_NUMBER")]


@pytest.mark.parametrize("text", [
    "dose 3 on 12/03/2024", "NHS 943 476 5919", "ref 1234-5678-9012-3456", "paid £120 for 30 mins",
    "year 2024", "room 214", "0113",
])
def test_look_alikes_are_not_phones(text):
    assert found(R, text) == []


def test_a_number_run_into_chinese_or_thai_words():
    """No space between a Chinese or Thai word and a number: the boundaries are ASCII."""
    assert found(R, "她想回家。电话07700 900 596。") == [("07700 900 596", "PHONE_NUMBER")]


@pytest.mark.parametrize("text,number", [
    ("call 077OO 9OO 7O2 for address", "077OO 9OO 7O2"),  # letters for digits, to get past
    ("text O77OO9OO412 only", "O77OO9OO412"),              # an advert site's filter
    ("ok so hes on 07700 9OO 2I4 i think", "07700 9OO 2I4"),
])
def test_letters_written_for_digits(engine, text, number):
    """Detection reads them as digits (normalise.undisguise_digits)."""
    from tests.deidentify.conftest import removed
    assert number in removed(engine, text), removed(engine, text)


def test_a_uk_number_with_a_number_after_it():
    assert found(R, "NS7 4EF  Tel 01632 960 500 19 May 2025 To whom") == \
        [("01632 960 500", "PHONE_NUMBER")]


@pytest.mark.parametrize("text,value", [
    ("paid tho. number ends 812?", "812"), ("Safe phone ends 964. DO NOT call", "964"),
    ("his mobile ending in 0812, text first", "0812"),
])
def test_the_last_digits_of_a_number(text, value):
    assert found(R, text) == [(value, "PHONE_NUMBER")]


@pytest.mark.parametrize("text", ["The course ends 2027.", "the tenancy ends 31 May", "ends 3 weeks"])
def test_an_ending_that_is_no_numbers(text):
    assert found(R, text) == []


def test_a_number_written_in_pairs_like_a_date_is_still_a_phone(engine):
    from tests.deidentify.conftest import removed
    assert "06.12.34.56.78" in removed(engine, "son numéro: 06.12.34.56.78 merci")
