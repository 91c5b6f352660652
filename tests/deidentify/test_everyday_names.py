"""Given names that are everyday words ("Will", "Hope", "Mercy") where a note's shape says a
person is meant, and the same words where it does not (issue 11: blind set sealed7)."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,name", [
    # a message's header: the sender and the time alone on the line
    ("Will Hargreaves  16:24\nI can drive if someone puts me on the insurance?", "Will Hargreaves"),
    # an everyday given name and an initial, where the name ends
    ("Staff: TK, Callum (driving), vol Will H\nRoute: the usual", "Will H"),
    ("Volunteer diary - Will H - Thurs 3 April\nKitchen on my own.", "Will H"),
])
def test_an_everyday_given_name_shaped_as_a_person(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,word", [
    ("Will Hargreaves be there if we ask?", "Will"),
    ("Plan B discussed, then vitamin D - settled.", "Plan"),
    ("Will B there at 5?", "Will"),
])
def test_the_same_words_where_no_one_is_named(engine, text, word):
    assert not any(word in piece for piece in removed(engine, text))


def test_a_short_form_no_list_knows_in_a_messages_header(engine):
    assert "Tash Keane" in removed(engine, "Tash Keane   09:14\nanyone seen her this week?")
    assert "Update" not in " ".join(removed(engine, "Update Keane   09:14\nno news"))


@pytest.mark.parametrize("text,name", [("Dear Summer\n\nYour antenatal booking is on Monday.", "Summer"),
                                       ("Hi Orla,\nquick one about Thursday", "Orla")])
def test_whoever_a_letter_greets(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text", ["Dear Sir or Madam,\nplease find attached", "Hi all,\nthe car is off today"])
def test_a_greeting_to_nobody_in_particular_stays(engine, text):
    assert removed(engine, text) == []
