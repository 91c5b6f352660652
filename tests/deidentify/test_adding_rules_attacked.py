"""A helper's attack on this round's rules that add finds, for words they took that identify
nobody (drugs, treatments, job titles, clinical shorthand, countries, the weather). All invented."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,kept", [
    ("- Tasha\n- Lou\n- methadone pickup missed\n- naloxone kit given x2", "methadone"),
    ("Doctor said she can go. Friend took her to A&E.", "Doctor"),
    ("Council to call her about the flat.", "Council"),
    ("thx loads for today", "loads"),
    ("hi its freezing out here", "freezing"),
    ("me and hubby are ok", "hubby"),
    ("STARTED ON HEPARIN INFUSION AT 0400", "HEPARIN"),
    ("REFERRED TO INTENSIVE OUTPATIENT PROGRAM AND TO TEMPORARY HOUSING", "TEMPORARY"),
    ("Place of birth: Romania\nTown: Unknown", "Romania"),
    ("Place of birth: Romania\nTown: Unknown", "Unknown"),
    ("Updated Primary RN", "Primary"),
    ("Signed: Service Manager", "Service"),
    ("Wound Rt 3 x 2 cm. ABSCESS RT 4 CM", "Rt 3"),
    ("Went to bed 10 pm", "10"),
    ('moved from "Spice" to "Mamba" last year', "Spice"),
    ('Punter "Regular", tall', "Regular"),
    ("Day1: ok\nWeek1: fine\nsubutex: 8mg", "Day1"),
    ("Account reactivated today", "reactivated"),
    ("Feb, tachy 112. Dec AE right base.", "Feb"),
    ("INSULIN REG 10 U SQ", "10"),
    ("Reg starts WITH a W I think", "WITH"),
])
def test_an_ordinary_word_the_adding_rules_must_keep(engine, text, kept):
    assert not any(kept in piece for piece in removed(engine, text)), removed(engine, text)
