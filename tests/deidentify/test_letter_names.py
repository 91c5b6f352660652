"""A person a note calls by one letter (issue 11: blind sets sealed7 and sealed8 leaked 90
such letters), and the letters that are grades, wards, vitamins, plans and other languages'
little words, which stay."""

import pytest

from deidentify.allow_list import AllowList
from deidentify.recognizers.letter_names import LetterNameRecognizer
from tests.deidentify.conftest import found

LETTERS = LetterNameRecognizer(AllowList.build([], frozenset()))


def people(text: str) -> list[str]:
    return [value for value, _ in found(LETTERS, text)]


@pytest.mark.parametrize("text,letters", [
    # used twice as a subject, then wherever a person goes
    ("E + 2 other women found. E told police. Call w/ E via Merita. E v scared for mum.",
     ["E", "E", "E", "E"]),
    ("Summary: M says Tomek is her boyfriend. I'll see M at drop-in 13/02.", ["M", "M"]),
    ("Discussed Kayleigh - T feels she's carrying it. T to complete DASH with K on Thursday "
     "if K agrees.", ["T", "T", "K", "K"]),
    # one thing only a person does is enough, and so is owning something
    ("NRM: explained, R asked us to note it as her emergency contact.", ["R"]),
    ("Also: K's old passport (pre-transition) is at the flat.", ["K"]),
    ("Threat-to-life assessment re B; B's mother was phoned again.", ["B", "B"]),
    # one use of any kind where the note names someone with that letter
    ("Booking bloods for Mirela Stan. - M has settled status.", ["M"]),
    # "A" only where no article could be
    ('One woman ("A", known to the project) rang. A has said she wants to leave.', ["A", "A"]),
    ("A rang from IRC phone. Mum told by A herself.", ["A", "A"]),
    # after the noun a record writes a person's letter after
    ("Client E attended drop-in. Client E reports her partner took her passport.", ["E", "E"]),
    ("MARAC: client C (28) - high risk. Actions: IDVA to contact C this week.", ["C", "C"]),
    # more of what people do, an adverb between, and later mentions as objects
    ("D stated that her manager keeps her passport. D then confirmed it.", ["D", "D"]),
    ("E told police. Gave E a food parcel. Today E seemed brighter. Drove E to the clinic.",
     ["E", "E", "E", "E"]),
])
def test_a_letter_used_as_a_person_is_one(text, letters):
    assert people(text) == letters


@pytest.mark.parametrize("text", [
    "Hep B #3 given. Plan B discussed. Hep B is due again in May.",
    "T 37.2 P 88 RR 16. T was 38.1 at triage.",
    "Vitamin D low. Bay C. Ward B has a bed.",
    "A woman came in. A left turn at the lights. A worked example. A thought: ring back.",
    "Option A is fine. Grade A. Type 2.",
    "X-ray booked. T-shirt given. U&E, LFTs. A&E at 10.",
    "U said u would come. U wanna meet? C u later. K thanks.",
    "Q: what happened? A: he said nothing. Q: and then?",
    "Met P today in the small room.",  # once, with nothing a person does
    "Case C of the audit: 4 items. Option B is fine. Man U won again.",
    "Yo le dije que no, que yo pago mi parte y ya. Y me quitó el pasaporte.",
    "E. coli grown. F. says she came from Leeds.",  # dotted letters are initials.py's
])
def test_a_letter_that_names_nobody_stays(text):
    assert people(text) == []


def test_another_languages_and_stays_where_the_note_has_a_person_by_that_letter():
    text = ('Summary: Y says Jhon took her passport. Y wants to go to the police.\n'
            '"Yo pago mi parte y ya. Y me quitó el pasaporte."')
    assert people(text) == ["Y", "Y"]


def test_the_engine_removes_a_letter_person_and_keeps_a_vitamin(engine):
    text = "E told police she was scared. E wants to claim asylum. Vitamin E and hep B given."
    spans = [text[s.start:s.end] for s in engine.find([text])[0]]
    assert spans.count("E") == 2


@pytest.mark.parametrize("text,expected", [
    # a researcher's fieldnotes: what a worker does
    ("Tells G her partner is out next week. G offers to get the IDVA to ring her. "
     "G takes details for the ugly mug list.", ["G", "G", "G"]),
    # the interpreter a transcript's answers come through
    ("I: How long have you been in the UK?\nP (via K): Five years.\nI: And before?\n"
     "P (via K): Bangkok.", ["K", "K"]),
    # a letter a note gives someone after their name, and that letter speaking
    ("Conducted by peer researcher Esi Mensah (E), in English and some Twi; glossed by E.\n"
     "E: Thank you for agreeing.\nP: No problem.", ["E", "E", "E"]),
])
def test_fieldnotes_interpreters_and_a_letter_given_after_a_name(text, expected):
    assert sorted(people(text)) == expected


def test_a_transcripts_role_letters_stay(engine):
    text = "I: Where did you grow up?\nP: Near the coast.\nI: And then?\nP: We moved."
    assert [text[s.start:s.end] for s in engine.find([text])[0]] == []
