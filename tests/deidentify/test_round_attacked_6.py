"""What a second attack on this round's rules found they removed that names nobody (atk12b,
session 12): drugs and options written as letters that "take" or "sit", a legend's letter after
a capitalised phrase, the Black Dog and a red flag read as pubs, a thank-you in another script
after a name, a bus's number after a street, a clock time read as an Eircode, Cyrillic
prepositions read as initials, a date range read as a reference, NHS Digital; and two inputs
of spaces read in quadratic time. Each look-alike stays; the identifiers beside them go."""

import pytest

from tests.deidentify.conftest import cpu_seconds, removed


@pytest.mark.parametrize("text,kept", [
    ("G takes 15-20 minutes to kick in. G takes longer with alcohol.", "G"),
    ("Site C sits on the ring road. C sits next to the bus station.", "C"),
    ("Condoms Given (C)\nNeedles (N)\nC: 240\nN: 1,100", "C"),
    ("He suffers from the Black Dog most winters.", "Black Dog"),
    ("Discussed Red Flag behaviours with the new staff.", "Red Flag"),
    ("Meet the New Head of Safeguarding on Monday.", "New Head"),
    ("Texted Anna. Спасибо.", "Спасибо"),
    ("Called Dao, ขอบคุณ.", "ขอบคุณ"),
    ("Lives off Station Road, number 38 bus goes past.", "38"),
    ("Leaving on Thursday, N29 11PM bus home.", "11PM"),
    ("ОЛЕНА В ПОЛІЦІЇ СЬОГОДНІ", "В"),
    ("Export 20250101-20250331-ALL attached", "20250101-20250331-ALL"),
    ("Data from NHS Digital and NHS Scotland", "NHS"),
])
def test_attacked_look_alikes_stay(engine, text, kept):
    assert not any(kept in p.split() or p == kept for p in removed(engine, text))


@pytest.mark.parametrize("text,piece", [
    ("P: Once. A place in the town, near the Spotted Dog.", "Spotted Dog"),
    ("P (via interpreter): From Fuqing, 福清, in Fujian.", "福清"),
    ("Sliven. Сливен. In the Nadezhda quarter.", "Сливен"),
])
def test_the_identifiers_beside_them_go(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


@pytest.mark.parametrize("cue", ["Dublin", "PULSE", "NHS"])
def test_spaces_after_an_eircodes_a_pulses_and_an_nhs_cue_are_read_in_linear_time(engine, cue):
    small, large = (cpu_seconds(engine, cue + " " * size + "x") for size in (5_000, 20_000))
    assert large < 4 * small + 1.0
