"""What the blind sets sealed17 and sealed18 leaked, read after two new blind sets were written
(session 16): a history's years in the forms a chronology writes them (decades, a season's year,
a year written short opening a line, "Feb 96"), a pub's name in two halves and a firm's ending,
a wallet with letters no checksum allows, and given names Faker's locales do not list (the
world registers behind nomquamgender), counted only where the word is capitalised."""

import json

import pytest

from deidentify.lexicon import (WORLD_NAME_COUNT, WORLD_NAME_MAX, WORLD_NAME_SOURCES, _SHORT_FORM_WORDS,
                                _WORLD_NAME_WORDS,
                                _everyday_foreign_words, _world_given_names, given_names, given_names_any_case,
                                world_name_table, zipf)
from deidentify.recognizers.crypto_wallet import CryptoWalletRecognizer
from deidentify.recognizers.dates import DateFormsRecognizer
from tests.deidentify.conftest import found, removed


@pytest.mark.parametrize("text,date", [
    ("then, in the 2000s, indoors - saunas", "2000s"),
    ("early 1970s  came down on the coach", "1970s"),
    ("has worked here since the late 90s. She", "90s"),
    ("aunt Roz worked in a sauna in the 80s and", "80s"),
    ("I came to Wexhollow in the winter of '86 with a suitcase", "winter of '86"),
    ("Came back spring '91 because", "spring '91"),
    ("the week after Easter '78  daughter born", "Easter '78"),
    ("'05 into care after his dad died", "'05"),
    ("'07-'12 St Aldhelm's residential unit", "'07-'12"),
    ("1981. I was fifteen and the toilets", "1981"),
    ("Feb 96  born at the infirmary", "Feb 96"),
    ("Boxing Day  on-call DA\n27th  drop-in DA + Danuta", "27th"),
])
def test_a_historys_dates_are_found_in_the_forms_a_chronology_writes(text, date):
    assert (date, "DATE") in found(DateFormsRecognizer(), text)


@pytest.mark.parametrize("text", [
    "White male, 40s, shaved head",  # an age
    "Pt stable, HR 80s, BP 140s/80s.",  # a reading
    "she is in her early 20s",
    "2024. 61 contacts in the year",  # a count after a year, no sentence
    "1st  floor flat",
    "Feb 12 was the hearing",  # a day, found as one by its own form
])
def test_ages_readings_and_counts_are_not_decades_or_years(text):
    dates = [v for v, _ in found(DateFormsRecognizer(), text)]
    assert not any(v.endswith("s") or v in ("2024", "1st") for v in dates)
    assert "Feb 12" not in text or dates == ["Feb 12"]


@pytest.mark.parametrize("text,name", [
    ("a punter hit her behind the Ferret and Lantern about 20 mins before", "Ferret and Lantern"),
    ("after a fight outside the Cask & Compass; she had asked", "Cask & Compass"),
    ("Engineer from Harwood Fire & Security came out", "Harwood Fire & Security"),
    ("quiz at Harlan Brewing Co. taproom", "Harlan Brewing Co."),
    ("tea bar at the Ropewalk Seamen's Mission. There", "Ropewalk Seamen's Mission"),
])
def test_a_premises_is_removed_whole(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("letters from the Home Office and Border Force", "Border"),
    ("she lives in Belfast, Co. Antrim now", "Co"),
])
def test_a_pair_or_a_county_is_no_firms_tail(engine, text, kept):
    assert not any(kept in piece for piece in removed(engine, text))


def test_a_wallet_with_letters_no_checksum_allows_is_found():
    text = "gift to the donation wallet bc1qd4w0x7n2k9v5m3t8r6y1p0s4e7g2h5j8l3c6f9 - worth"
    assert ("bc1qd4w0x7n2k9v5m3t8r6y1p0s4e7g2h5j8l3c6f9", "CRYPTO") in found(CryptoWalletRecognizer(), text)


@pytest.mark.parametrize("text,name", [
    ("Contact: Sunita Fairclough-Odu, Finance & Grants Officer", "Sunita Fairclough-Odu"),
    ("Statement of: Owain YEATS          Age if under 18: over 18", "Owain YEATS"),
])
def test_a_given_name_faker_lacks_is_found_before_its_family_name(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,word", [
    ("i ako ne vdigam, obadi se na maika mi v Korten", "maika"),  # Bulgarian "mother"
    ("Abena: my maame for Techiman she fall sick", "maame"),  # Twi "mother"
    ("dem seh mi cyaa get nuh doctor widout papers", "nuh"),  # patois "no"
    ("HPI: 28 YOF BIBA FROM MOTEL 9 ON RT 40", "YOF"),  # a 28-year-old female
    ("Eu falei que não, que não era o combinado. Minha mãe chorou", "Minha"),
])
def test_a_world_registers_name_counts_only_capitalised_and_not_as_an_everyday_word(engine, text, word):
    assert not any(word in piece for piece in removed(engine, text))


def test_the_world_registers_are_read_as_their_json_says():
    """The table is read by a pattern, for speed: it must give what parsing it gives."""
    with open(world_name_table(), encoding="utf-8") as f:
        table = json.load(f)
    parsed = frozenset(name for name, (sources, count, *_) in table.items()
                       if name.isascii() and name.isalpha() and name.islower() and len(name) >= 3
                       and sources >= WORLD_NAME_SOURCES and count >= WORLD_NAME_COUNT
                       and zipf(name) < WORLD_NAME_MAX)
    world = _world_given_names()
    assert world == parsed - _SHORT_FORM_WORDS - _everyday_foreign_words() - _WORLD_NAME_WORDS
    assert {"sunita", "owain", "festus", "rhodri"} <= world
    assert not {"nao", "minha", "london", "will"} & world
    assert world <= given_names() and not world <= given_names_any_case()


@pytest.mark.parametrize("text,word", [
    ("went to puja then told nani about it", "nani"),
    ("met verity at the van and went to puja", "puja"),
])
def test_a_world_registers_name_in_lower_case_is_a_word(engine, text, word):
    assert not any(word in piece for piece in removed(engine, text))


def test_names_spelled_as_a_foreign_word_with_accents_or_a_rarer_one_stay_names():
    world = _world_given_names()
    assert {"savita", "ritu", "rahim", "ebru"} <= world  # (Lithuanian "savitą"; Turkish "ebru")


@pytest.mark.parametrize("text,date", [
    ("‘05 into care after his dad died", "‘05"),  # a word processor's opening quote
    ("she grew up in the ‘80s round here", "‘80s"),
    ("summer of 86 she left for good", "summer of 86"),
])
def test_short_years_with_any_quote_and_a_seasons_year(text, date):
    assert (date, "DATE") in found(DateFormsRecognizer(), text)


@pytest.mark.parametrize("text", [
    "sats in the 90s, HR in the late 80s",
    "she took the 90s bus into town",
    "Condoms distributed: Jan 45, Feb 38, Mar 50",
    "'50 for half an hour, she said",
    "1st - verbal / 2nd - written",
    "- 14 through the door. 3 new",
])
def test_readings_counts_prices_and_lists_are_no_dates(text):
    dates = [v for v, _ in found(DateFormsRecognizer(), text)]
    assert not any(any(c.isdigit() for c in v) for v in dates)


def test_a_wallet_in_groups_with_any_letters_and_no_wallet_in_words():
    recognizer = CryptoWalletRecognizer()
    assert ("bc1q xy2kbolt jrsqtzq2 n0yrf249 3p83kkfj", "CRYPTO") in found(
        recognizer, "Wallet bc1q xy2kbolt jrsqtzq2 n0yrf249 3p83kkfj")
    assert found(recognizer, "bc1q please send money now x") == []
