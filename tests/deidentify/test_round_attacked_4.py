"""What a helper's attack on this round's rules found they still let through (ATTACK_LEAKS,
session 11): a speaker's everyday given name, initials signing with a date or in pairs, an
everyday given name and an initial in a sentence, dates after more cues, exhibits written other
ways and foreign flats written out. Each case is removed; the look-alikes beside them stay."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,piece", [
    ("Will Hargreaves: I can drive tonight", "Will Hargreaves"),
    ("Will Hargreaves - 16:24\nok see you there", "Will Hargreaves"),
    ("Rang again, no answer.\nKRW 14/03/2025 16:20", "KRW"),
    ("Case closed with her agreement.\nLB & KR", "KR"),
    ("Will H to drive next week. Thanks Will H!", "Will H"),
    ("notice served Jan and hearing listed", "Jan"),
    ("Date of incident: 28th", "28th"),
    ("Phones seized as exhibits TA/3 to TA/5", "TA/3 to TA/5"),
    ("Phone seized, exh AM/1", "AM/1"),
    ("str. Florilor nr. 7, bloc B2, scara A, etaj 3, apartament 12, Bacău", "apartament 12"),
])
def test_attacked_shapes_are_removed(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


@pytest.mark.parametrize("text,kept", [
    ("Will Hargreaves be there if we ask?", "Will"),
    ("Plan B to follow. Will B there?", "Plan"),
    ("Dose exhibited 3 times; production of urine good", "production"),
    ("served a notice and left", "served"),
])
def test_their_look_alikes_stay(engine, text, kept):
    assert not any(kept in p for p in removed(engine, text))
