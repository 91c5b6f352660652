"""A person after a message's From:/To: or a volunteer's or driver's label (person_names), a
quoted name kept whole however common its surname (ner_entities), and premises named by a
possessive (place_heads)."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,name", [
    ("From: Gaz taxi\nu still want 2am pick up?\nTo: Gaz taxi\nyes pls", "Gaz"),
    ("Staff: Priya, Tomasz (clinic 11-2). Volunteer: Hope (first shift!).", "Hope"),
    ("Man at the door introduced himself as 'Tony Sun' and watched.", "Tony Sun"),
    ("She says the flat is arranged by 'Tony Sun' (same man)", "Tony Sun"),
    ("she now cleans at the Drover's Rest three mornings a week", "Drover's Rest"),
    ("tu Kasia (Katarzyna Wróbel) z Aphrodite's. Piszę bo potrzebuję pomocy", "Aphrodite's"),
])
def test_found(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("To: Colposcopy Department, Varnley General Infirmary", "Department"),
    ("From: Housing Team\nTo: All staff", "Housing"),
    ("Driver: Yes\nInterpreter: Mandarin", "Driver"),
    ("Summer's note: I've never told anyone", "Summer's"),
])
def test_kept(engine, text, kept):
    assert not any(kept in p for p in removed(engine, text))
