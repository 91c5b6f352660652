"""Bodies named with their head word, which the model finds whole but its edges used to lose
(ner_entities.py): "Wyvern Vale Police", a practice in capitals, a person taken for an
organisation because a word of the name is also a country."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,piece", [
    ("Passed anonymised intel to Wyvern Vale Police via the third-party reporting form",
     "Wyvern Vale Police"),
    ("COPPERAS BANK MEDICAL PRACTICE\n2 Tinsmith Road, Ollerbridge QX6 0RL", "MEDICAL PRACTICE"),
    ("MADDLESTON & OLLERBRIDGE MENTAL HEALTH PARTNERSHIP NHS FOUNDATION TRUST",
     "MENTAL HEALTH PARTNERSHIP"),
    ("1998 gave statement at Kestlebury Police Station 16/4, SF attended",
     "Kestlebury Police Station"),
    ("Viewing: Monday at 11.00am. Please meet Jordan Fairhurst, Housing Officer, outside.",
     "Jordan Fairhurst"),
])
def test_a_body_keeps_its_head(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


@pytest.mark.parametrize("text,kept", [
    ("told Anna Police are aware", "Police"),
    ("DOB: 2/3/88. Works at Orchid Thai Massage on Station Road.", "on"),
    ("a mate recommended. Vehicle dark blue Kia Sportage, reg partly seen", "Kia"),
    ("D/C INSTRUCTIONS REVIEWED. RX X4 SENT TO PHARMACY. F/U DR HALVORSEN", "PHARMACY"),
])
def test_no_word_beside_a_name_becomes_a_body(engine, text, kept):
    assert not any(kept in p.split() for p in removed(engine, text))


@pytest.mark.parametrize("text,kept", [
    ("Referral sent to the Single Competent Authority and Probation Service today.", "Probation"),
    ("Children's Social Care aware; Housing Options booked for Monday", "Housing Options"),
    ("Modern Slavery Competent Authority\nBy email only", "Competent Authority"),
])
def test_national_bodies_and_generic_teams_stay(engine, text, kept):
    assert not any(kept in p for p in removed(engine, text))


def test_a_generic_teams_town_still_goes(engine):
    assert "Tarnmouth" in " ".join(removed(engine, "assessed by the Tarnmouth CMHT in 2023"))
