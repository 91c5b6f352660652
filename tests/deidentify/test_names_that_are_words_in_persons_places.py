"""Given names that are everyday words (Hope, Faith, Summer, Will, Star) where only a person
stands (session 16): before what only a person does ("Hope came"), thanked ("Thank you Hope"),
paired with "me" ("me + Summer"), after a word no verb follows ("Spoke to Will"), carried or
kept company ("Dropped Star at the station"), on a rota's day ("Mon - Hope"); and the same
words where they are words or times."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,name", [
    ("Hope came to drop-in today.", "Hope"),
    ("Faith cried when we talked about her mum.", "Faith"),
    ("Van with me + Summer tonight.", "Summer"),
    ("Spoke to Will about the rota.", "Will"),
    ("Thank you Hope for the flowers", "Hope"),
    ("Thanks Faith, see you Thurs", "Faith"),
    ("Dropped Star at the station.", "Star"),
    ("I escorted Mercy to court", "Mercy"),
    ("Rota: Mon - Hope; Tue - Grace", "Hope"),
    ("Dawn read a poem at the vigil", "Dawn"),
    ("Star wrote this for the zine", "Star"),
    ("Remembering Crystal today, gone two years", "Crystal"),
])
def test_an_everyday_word_where_only_a_person_stands_is_a_name(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,word", [
    ("Summer came early this year.", "Summer"),
    ("Hope you are well and the kids are ok.", "Hope"),
    ("Will you come to the vigil? It starts at six.", "Will"),
    ("Keep the faith x", "faith"),
    ("opening Mon - Fri, 10 - 4", "Fri"),
])
def test_the_same_words_as_words_or_times_are_kept(engine, text, word):
    assert not any(word in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text,name", [
    ("Rota:\nMon - Hope\nTue - Will\nThu - Mark", "Will"),
    ("thanks Will for covering", "Will"),
    ("Summer came in asking for a food parcel", "Summer"),
])
def test_will_on_a_rota_or_thanked_and_a_season_that_came_in(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,word", [
    ("Gave condoms and Will follow up re housing Tues.", "Will"),
    ("Checked in + Will ring Monday if no news.", "Will"),
    ("Mon - Chase PIP form", "Chase"),
    ("Mayor spoke at the memorial", "Mayor"),
])
def test_a_verb_a_task_on_a_rota_or_an_office_is_no_name(engine, text, word):
    assert not any(word in piece for piece in removed(engine, text))
