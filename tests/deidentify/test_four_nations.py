"""Wales, Ireland and Scotland as their records write them (issue 11, sealed9): months in Welsh
and the Gaelic languages, streets named head first, and the articles and particles inside
names that the model reads as two ("Clinig y Bont", "Dòmhnall Mac a' Phì", "Ó Riain")."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,date", [
    ("Dyddiad / Date: 27 Mawrth 2025 / 27 March 2025", "27 Mawrth 2025"),
    ("Date/time: 3 Rhagfyr 2024, 10:00-11:30, Teams", "3 Rhagfyr 2024"),
    ("MARAC GLYNDEG - 20 Chwefror 2025 - Cofnodion / Minutes", "20 Chwefror 2025"),
    ("Dáta: 14 Feabhra 2025", "14 Feabhra 2025"),
])
def test_months_in_welsh_and_gaelic(engine, text, date):
    assert any(date in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text,street", [
    ("Tŷ Goleudy, 3 Heol y Felin, Cwmfelinhir XV9 2DP", "3 Heol y Felin"),
    ("Flat above the nail bar on Stryd y Bont - no answer.", "Stryd y Bont"),
    ("Ms C. Powell\n14 Teras Glanrafon\nLlanbedwyr", "14 Teras Glanrafon"),
])
def test_streets_named_head_first(engine, text, street):
    assert any(street in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text,name", [
    ("accompanied by Dòmhnall Mac a' Phì, men's outreach worker", "Dòmhnall Mac a' Phì"),
    ("Garda Ó Dubhghaill rang back about the CCTV.", "Ó Dubhghaill"),
    ("He grew up in Baile an Tòrrain, a township on the west side.", "Baile an Tòrrain"),
])
def test_a_names_articles_and_particles_go_with_it(engine, text, name):
    assert any(name in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text,kept", [
    ("mis dos niños, Thiago y Salomé, están con mi madre", "y"),  # "and" between two people
    ("Jestem teraz u Oli na Station Rd 41 pokoj 2", "na"),  # Polish "on"
    ("chị ơi tên tôi là Nguyễn Thị Hoa em làm ở quán", "là"),  # Vietnamese "is", not "la"
])
def test_little_words_between_two_names_stay(engine, text, kept):
    assert not any(kept in piece.split() for piece in removed(engine, text))
