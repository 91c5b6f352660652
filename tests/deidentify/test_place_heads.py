"""The word after a found name that makes it a place or premises (deidentify/place_heads.py)."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,piece", [
    ("ED TRIAGE NOTE  HARLOW CREEK MEMORIAL   MRN 00482219", "HARLOW CREEK MEMORIAL"),
    ("ST. ANSELM'S HOSPITAL | HARLOW CREEK, OH\nPatient:", "HARLOW CREEK, OH"),
    ("the rough-sleeping spot behind Crayhurst bus station.", "Crayhurst bus station"),
    ("(she is under the Crayhurst CMHT) and", "Crayhurst CMHT"),
    ("Liaison meeting - Varnley Central Police Station - 15th Sept 2027", "Varnley Central Police Station"),
    ("P: REFER BH (MARLOW SPRINGS COUNSELING CTR 555-0147).", "MARLOW SPRINGS COUNSELING CTR"),
    ("MARLOW SPRINGS PD NOTIFIED PER PT REQUEST", "MARLOW SPRINGS PD"),
    ("Referred to SARC - The Elms SARC, Hexlow Moor - forensic", "The Elms SARC"),
    ("ADVOCATE: T. BRANNIGAN, HARLOW CREEK RAPE CRISIS\nHX", "HARLOW CREEK RAPE CRISIS"),
    ("ARRIVAL 0412 BY ORANGE COUNTY SHERIFF DEP. HALVORSEN BADGE 4471B", "ORANGE COUNTY SHERIFF"),
    ("MARAC - Thornbury & District - 12/06/2025 - RESTRICTED", "Thornbury & District"),
    # (in lower case after a capitalised place: roads, parks, courts and firms as typed)
    ("he drove her to a lay-by on the Yarnholt bypass and left her there", "Yarnholt bypass"),
    ("Marius remanded, Skelbrough crown ct June 9th", "Skelbrough crown ct"),
    ("the taxi driver works for Starline cabs, office by the bus stn", "Starline cabs"),
])
def test_a_head_after_a_found_name_is_taken_in(engine, text, piece):
    assert piece in removed(engine, text)


def test_the_place_alone_is_still_found_elsewhere(engine):
    pieces = removed(engine, "NEW IN PELLINGHAM. Sasha 24 yo, sexy blonde, incalls near Pellingham "
                             "station, outcalls hotels only!! Available 10am - late, no withheld "
                             "numbers, no texting games.")
    assert "PELLINGHAM" in pieces and "Pellingham station" in pieces


@pytest.mark.parametrize("text,kept", [
    ("Sarah Hall came in. Told Anna station is shut.", "station"),  # after a given name
    ("WEDS AFTERNOON: VELVET PARLOUR OUTREACH, 3 WOMEN", "OUTREACH"),  # premises named whole
])
def test_words_after_a_name_that_are_no_head(engine, text, kept):
    assert not any(kept in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text,piece", [("im stuck at my exes in fennick bridge atm", "fennick bridge"),
                                        ("LEFT VIOLENT EX IN FENNICK BRIDGE 3/7 AGO.", "FENNICK BRIDGE")])
def test_a_bridge_after_a_place_in_its_case(engine, text, piece):
    assert piece in removed(engine, text)


@pytest.mark.parametrize("text,piece", [
    ("flat 14b quillan rd 1 box + femidoms, florentina signed", "flat 14b quillan rd"),
    ("hi its ahmed at greenarch chemist, leanne not been in for her meth", "greenarch chemist"),
])
def test_a_street_or_premises_word_after_a_place_found_in_lower_case_is_taken_in(engine, text, piece):
    assert piece in removed(engine, text)
