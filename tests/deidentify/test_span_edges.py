"""Words beside a found name or address that belong to it (deidentify/span_edges.py)."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,piece", [
    ("Present: pt's wife Ruth Ellison, SW Jen M., this RN.", "Jen M."),
    ("pt's friend asked to bring food. dietitian amy k re-consulted.", "amy k"),
    ("Next appt 3/12. Femi Adebayo HA to call.", "Femi Adebayo"),
    ("AMIODARONE GTT RESTARTED PER DR VAN DER HOEK. K 3.6 REPLETED.", "VAN DER HOEK"),
    ("Seen Wayne Sutcliffe at home, 4 Mill Cottages, Luddenden.", "4 Mill Cottages"),
    ("Seen Wayne Sutcliffe at home, 4 Mill Cottages, Luddenden.", "Luddenden"),
    ("VNA TO SEE PT AT HOME, 44 PARTRIDGE LANE, SAUGUS.", "SAUGUS"),
    ("Baby girl born 19/05/2025 at St Mary's hospital.", "St Mary's"),
    ("PLAN D/C BACK TO NH WHEN ABX COURSE DONE. /KT", "KT"),
    ("dtr called, wants call back. dr aware. /rk", "rk"),
    ("Family would like priest from St. Brendan's parish, Fr. Tom, called.", "St. Brendan's"),
    ("FALL DOWN STAIRS AT HOME 22 GROVE ROAD, HEBDEN BRIDGE. FOUND BY CARER", "HEBDEN BRIDGE"),
    ("CLIENT: DEAN FOULDS. DOB 11.01.1988.", "DEAN FOULDS"),
    ("Prosecutor: Ms F. de la Torre. Defence: Mr Hale.", "F. de la Torre"),
    ("La señora Carmen de la Fuente nos trae clientes.", "Carmen de la Fuente"),
    ("Pt: Mrs Lowri ap Rhys - bed 14.", "Lowri ap Rhys"),
    ("Ms Shanice Okonkwo-Bright, Room 6, 40 Sandgate Terrace", "Shanice Okonkwo-Bright"),
    ("Call 01632 960 239 x4417 or 01632 960 417 ext. 2231.", "01632 960 239 x4417"),
    ("Call 01632 960 239 x4417 or 01632 960 417 ext. 2231.", "01632 960 417 ext. 2231"),
    ("Staff on shift: Will Stone, Rose O'Driscoll.", "Will Stone"),  # mid-sentence
])
def test_words_at_the_edges_of_a_find(engine, text, piece):
    assert any(piece in r for r in removed(engine, text)), removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("says abscess r groin, looks red", " r "),  # no initial after a word that is no name
    ("Took 2 tablets at 10.", "2"),
    ("S/P MVC 6/1, SPLENECTOMY, L CHEST TUBE.", "SPLENECTOMY"),  # no street before it
    ("Will Stone come back tonight?", "Will"),  # a sentence may start with the verb
    ("PT KNOWN AS JADE SMITH TO STAFF", "AS"),
])
def test_no_edge_is_taken_from_an_everyday_word(engine, text, kept):
    pieces = removed(engine, text)
    assert not any(kept.strip() == p or kept in f" {p} " for p in pieces), pieces


@pytest.mark.parametrize("text,name,kept", [
    ("FAMILY MEETING WITH DR KAPLAN AND NIECE AT 2PM", "KAPLAN", "DR"),
    ("SOCIAL: WIFE ROSE AND SON DAVID IN TO VISIT.", "DAVID", "SON"),
])
def test_a_title_or_kin_word_stays_in_front_of_a_removed_name(engine, text, name, kept):
    pieces = removed(engine, text)
    assert any(name in p for p in pieces) and not any(p.startswith(kept) for p in pieces), pieces
