"""A helper's attack on the rules that trim or drop finds (labels, job titles, kin words,
allow-listed clinical words, a chat's time stamp): each input leaked an identifier the code
before the rules removed. All invented."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,name", [
    ("21:04 Nok: I'm at Soi 6", "Nok"),  # a Thai nickname is no field label
    ("Mama Nok runs the flat above the shop.", "Nok"),
    ("Nok of Soi 6 came with Ploy.", "Nok"),
    ("ben took my passport", "ben"),  # a particle or kin word is a name unless after "the", "her"...
    ("van is the boss at the house", "van"),
    ("nan cant come tonite", "nan"),
    ("Spoke with Favour Support Worker re her asylum claim.", "Favour"),  # names that are words
    ("Joint visit with Glory Project Worker today", "Glory"),
    ("Dr Goodness Success Registrar reviewed", "Success"),
    ("Mama Sugar Manager of the flat", "Sugar"),
    ("Called Kinky Kittens Manager re visits", "Kinky"),  # premises before its manager
    ("Golden Lotus Manager refused outreach entry.", "Lotus"),
    ("Her name is Aiko Date, from Osaka.", "Date"),  # a surname that is a field's label
    ("Name: Chantelle Date\nDOB: 12/04/1996", "Date"),
    ("BECKY REASON DOB 03/07/92", "REASON"),
    ("FATOU SANE ATTENDED, NAAT TAKEN", "SANE"),  # a surname, not an allowed word
    ("dob March 3.1990 ok", "March 3"),
    ("35.12.34 56:00 aunt", "56"),  # no date: a phone
])
def test_an_identifier_the_dropping_rules_must_not_let_through(engine, text, name):
    assert any(name in piece for piece in removed(engine, text)), removed(engine, text)
