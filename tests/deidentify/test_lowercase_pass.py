"""The second reading of informal lower-case English (deidentify/lowercase_pass.py)."""

import pytest

from deidentify.lowercase_pass import LowerCaseNames
from tests.deidentify.conftest import removed


def test_a_lower_case_place_after_a_preposition_is_removed(engine):
    text = "i live in brexhamton now and its ok"
    assert "brexhamton" in removed(engine, text)


@pytest.mark.parametrize("text", [
    "Pt seen in clinic, bloods declined, leave msg on mobile.",  # not informal: proper case
    "ola aqui posso fazer o teste de hiv com vcs?",  # informal, but not English
])
def test_notes_that_are_not_informal_english_are_read_once(engine, text):
    assert engine.lowercase.titled(text) is None


def test_shorthand_and_everyday_words_are_not_name_like(engine):
    names: LowerCaseNames = engine.lowercase
    assert not any(names.namelike(w) for w in ("tmrw", "msg", "ta", "mate", "lady", "the"))
    assert not names.namelike("reattended")  # an English word with a prefix and suffix
    assert names.namelike("brexhamton")


@pytest.mark.parametrize("text,name", [
    ("is that Marika voleshny ?", "Marika voleshny"),
    ("We are proud of Tomasz kravetski today.", "Tomasz kravetski"),
])
def test_a_family_name_in_lower_case_joins_the_given_name_before_it(engine, text, name):
    assert name in removed(engine, text)


def test_premises_in_lower_case_after_the_and_before_a_pubs_or_a_hostels_head(engine):
    from tests.deidentify.conftest import removed
    out = removed(engine, "staying at the willows hostel, drinks at the grapes pub, "
                          "not the local pub or the night shelter or the premier inn")
    assert "willows hostel" in out and "grapes pub" in out
    assert not any(w in " ".join(out) for w in ("local", "night", "premier"))
