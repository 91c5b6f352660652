"""What a helper's attack on this round's rules found they still let through (ATTACK_LEAKS,
session 11): a speaker's everyday given name, initials signing with a date or in pairs, an
everyday given name and an initial in a sentence, dates after more cues, exhibits written other
ways and foreign flats written out. Each case is removed; the look-alikes beside them stay."""

import pytest

from tests.deidentify.conftest import cpu_seconds, removed


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


@pytest.mark.parametrize("text,kept", [
    # (ATTACK_FP, session 11) a test's letters before a date, clinical shorthand spelled
    # like a title, a lab value's letter, a vomiting's letters, counts and a diagnosis code
    ("Pregnancy test negative. LMP 01/03/2025", "LMP"),
    ("Sertraline 50mg - DC", "DC"),
    ("K was 3.1 yesterday. K is now 4.0.", "K"),
    ("T came down after paracetamol. T is 37.2", "T"),
    ("D and V since Tuesday. Doctor reviewed.", "D"),
    ("drinks av. 4 cans a day, two diagonal 3 cm cuts", "av."),
    ("Calle 13 concert on Sat", "Calle"),
    ("CID F32.1 noted", "F32.1"),
    ("received 3/3 HPV vaccines, issued 2/2 kits", "3/3"),
    ("Sunday Hargreaves 16:00\nsee you", "Sunday"),
    ("sharing a flat share with 2 others", "flat"),
    ("Baby B born 02:10. Case B reviewed.", "B"),
    ("Camden Town (CT) clinic. CT head booked.", "CT"),
])
def test_attacked_look_alikes_of_this_rounds_rules_stay(engine, text, kept):
    assert not any(kept in p.split() or p == kept for p in removed(engine, text))


@pytest.mark.parametrize("cue", ["Date", "Letter sent", "served"])
def test_spaces_after_a_dates_cue_are_read_in_linear_time(engine, cue):
    small, large = (cpu_seconds(engine, cue + " " * size + "x") for size in (10_000, 40_000))
    assert large < 4 * small + 1.0  # four times the text: about four times the time, not sixteen


@pytest.mark.parametrize("text,kept", [
    # (ATTACK_FP_s11b) closers, groups greeted, drugs after a role, rota hours, a patient's
    # state after a name label, a placeholder quoted, short-term lets
    ("see you thurs\nta x", "ta"),
    ("Hello Ladies!\nThe drop in is closed on Monday", "Ladies"),
    ("RN NARCAN GIVEN IN FIELD PER EMS", "NARCAN"),
    ("Rota:\n18-22 Tash\n22-02 Kez", "18-22"),
    ("PATIENT: LOPEZ, INTOXICATED, GCS 14.", "INTOXICATED"),
    ('Gave name "unknown" to police', "unknown"),
    ("get st accommodation sorted, st lets are dear", "accommodation"),
])
def test_the_second_attacks_look_alikes_stay(engine, text, kept):
    assert not any(kept in p.split() or p == kept for p in removed(engine, text))


def test_one_word_a_note_took_for_a_name_is_not_carried_across_a_batch(engine):
    notes = ["Tests: chlamydia neg, Gonorrhoea neg.", "gonorrhoea treated last month",
             "Seen with Kayleigh Dunmore today.", "kayleigh rang"]
    found = engine.find(notes)
    words = [[t[s.start:s.end] for s in spans] for t, spans in zip(notes, found)]
    assert words[1] == [] and "kayleigh" in words[3]
