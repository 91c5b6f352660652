"""Names a note of a batch found, removed where another note of it writes them again, in any
case (batch_names.py); words that are no names stay."""

import re

import pytest

from deidentify.allow_list import AllowList
from deidentify.batch_names import carry_names, carry_phrases
from deidentify.spans import Span


def carried(texts, found):
    out = carry_names(texts, found, AllowList.build([], frozenset()))
    return [[t[s.start:s.end] for s in spans] for t, spans in zip(texts, out)]


def test_a_name_found_in_one_note_is_removed_in_the_others_in_any_case():
    texts = ["Keywork with Kayleigh Dunmore at Saltcote Quay today.", "kayleigh says shes ok",
             "van stopped at SALTCOTE, kayleigh's mate there"]
    found = [[Span(13, 29, "PERSON", 0.8), Span(33, 46, "LOCATION", 0.8)], [], []]
    assert carried(texts, found) == [["Kayleigh Dunmore", "Saltcote Quay"], ["kayleigh"],
                                     ["SALTCOTE", "kayleigh"]]


def test_words_found_that_are_no_names_are_not_carried():
    texts = ["Referrer: IDVA. Seen by Flucloxacillin team, casework with Está.",
             "referrer idva flucloxacillin casework está mercy"]
    # ("Referrer" is carried neither after its colon nor as a word no list knows: -er)
    found = [[Span(0, 8, "PERSON", 0.5), Span(10, 14, "PERSON", 0.5), Span(24, 38, "PERSON", 0.5),
              Span(45, 53, "PERSON", 0.5), Span(59, 63, "PERSON", 0.5)], []]
    assert carried(texts, found)[1] == []


def test_the_engine_carries_a_client_named_in_one_note_to_a_chat(engine):
    first, chat = engine.find(["Client: Ionela Bratu, seen at the clinic today.",
                               "ok ionela will come at 3"])
    assert any(s.start == 3 and s.end == 9 for s in chat)


def test_one_word_found_alone_is_carried_only_when_two_notes_found_it():
    texts = ["Mererid came in today.", "Met Mererid at the van.", "mererid off til thurs"]
    found = [[Span(0, 7, "PERSON", 0.6)], [Span(4, 11, "PERSON", 0.6)], []]
    assert carried(texts, found)[2] == ["mererid"]
    assert carried(texts, [found[0], [], []])[2] == []  # one note's reading may be the model's slip


def phrases(texts, found):
    out = carry_phrases(texts, found, AllowList.build(["Home Office"], frozenset()))
    return [[t[s.start:s.end] for s in spans] for t, spans in zip(texts, out)]


def test_a_name_of_two_words_found_in_one_note_is_removed_in_the_others_however_common_its_words():
    texts = ["UM-0301, Wharf Gate, Gasworks Lane; clinic at Lantern Clinic with Kieran Walsh.",
             "went round tallow st and wharf gate then gasworks ln, gave lantern clinic card. "
             "kieran walsh was there and i said hi",
             "Lantern Clinic rang about Kieran Walsh.", "WHARF GATE QUIET. NO ONE OUT AT ALL TONIGHT."]
    found = [[Span(t.start(), t.end(), e, 0.8) for t, e in
              ((re.search("Wharf Gate", texts[0]), "LOCATION"),
               (re.search("Gasworks Lane", texts[0]), "STREET_ADDRESS"),
               (re.search("Lantern Clinic", texts[0]), "ESTABLISHMENT"),
               (re.search("Kieran Walsh", texts[0]), "PERSON"))], [], [], []]
    assert phrases(texts, found)[1:] == [["wharf gate", "gasworks ln", "lantern clinic", "kieran walsh"],
                                         ["Lantern Clinic", "Kieran Walsh"], ["WHARF GATE"]]


def test_a_service_a_job_or_a_title_found_with_a_name_is_not_carried_nor_a_mention_in_another_case():
    texts = ["Referred to Sexual Health and Op Kestrel by Casework Lead Dr Maya Quintero at Home Office.",
             "she declined sexual health and op kestrel has ended, the casework lead has left, i saw dr maya quintero today",
             "Letter from Maya Quintero re human trafficking. She met maya quintero at the clinic."]
    found = [[Span(t.start(), t.end(), e, 0.8) for t, e in
              ((re.search("Sexual Health", texts[0]), "ESTABLISHMENT"),
               (re.search("Op Kestrel", texts[0]), "ESTABLISHMENT"),
               (re.search("Casework Lead", texts[0]), "ESTABLISHMENT"),
               (re.search("Dr Maya Quintero", texts[0]), "PERSON"),
               (re.search("Home Office", texts[0]), "ESTABLISHMENT"))], [], []]
    # (the name alone is carried, as written in a text and capitalised in a letter; not in lower
    # case in the letter)
    assert phrases(texts, found)[1:] == [["maya quintero"], ["Maya Quintero"]]


def test_a_persons_word_found_in_two_notes_is_carried_though_english_or_polish_use_it():
    # (a word Dutch or Polish uses, "jas", "gosia", must be found in three notes; "Mandy" in two)
    texts = ["Van with Jas Kaur, Mandy and Gosia Nowak.", "Then Gosia rang Jas Kaur about Mandy.",
             "Saw Jas and Gosia at the drop-in.", "Jas to chase the GP re Mandy. Gosia",
             "we were on the van tonight and saw mandy there, she is ok now", "Met Jas at the office and filled in the JAS form with her."]
    found = [[Span(9, 17, "PERSON", 0.8), Span(19, 24, "PERSON", 0.8), Span(29, 40, "PERSON", 0.8)],
             [Span(5, 10, "PERSON", 0.8), Span(16, 24, "PERSON", 0.8), Span(31, 36, "PERSON", 0.8)],
             [Span(4, 7, "PERSON", 0.8), Span(12, 17, "PERSON", 0.8)], [], [], []]
    out = carried(texts, found)
    assert out[3] == ["Jas", "Mandy", "Gosia"]
    assert out[4] == ["mandy"]  # (in lower case in a note in English written so)
    assert out[5] == ["Jas", "JAS"]  # (in capitals too: "Pls tell JAS", at the cost of an acronym)
    assert carried(texts, [found[0], [], [], [], [], []])[3] == []  # one note is not enough


def test_a_found_persons_word_that_is_a_nationality_a_heads_place_or_an_everyday_word_is_not_carried():
    texts = ["Seen with Romanian interpreter Ana. Harebell Ward.",
             "Romanian Ana rang. Ward Sister said ok.", "Romanian leaflets. Ward round.",
             "Ward round today, then the van.", "The van broke, on the ward again."]
    def spans(text, *words):
        return [Span(text.index(w), text.index(w) + len(w), e, 0.8) for w, e in words]
    found = [spans(texts[0], ("Romanian", "PERSON"), ("Harebell Ward", "ESTABLISHMENT")),
             spans(texts[1], ("Romanian Ana", "PERSON"), ("Ward", "PERSON")), [],
             spans(texts[3], ("Ward", "PERSON")), []]
    assert carried(texts, found)[2] == []


def test_a_streets_own_word_is_carried_alone_but_not_a_word_of_a_street_span_that_is_no_street():
    texts = ["Bev moved the van to Hoggart St. Referred to MSVCC Road", "started hoggart 2115 quiet",
             "Hoggart busy. MSVCC rang."]
    found = [[Span(21, 31, "STREET_ADDRESS", 0.8), Span(45, 55, "STREET_ADDRESS", 0.8)], [], []]
    out = carried(texts, found)
    assert out[1] == ["hoggart"] and out[2] == ["Hoggart"]


def test_a_name_typed_in_lower_case_or_shared_with_a_word_is_still_carried(engine):
    # (the attacks of session 14: a name's own lower-case mentions, and "crystal meth" written
    # as often as Crystal is named, do not stop the name being carried; "-Kel", "Kel2", "KEL")
    tash = engine.find(["Saw Tash at the arches, ok.", "Condoms to Tash and Bea.", "Tash housed!!",
                        "Client says tash is staying with her now.", "Client asked if tash was ok."])
    assert [(s.start, s.end) for s in tash[2]] == [(0, 4)]
    crystal = engine.find(["Saw Crystal at the arches, ok.", "Condoms to Crystal.",
                           "Seen: Crystal, Roxanne, Bea.", "Crystal housed!!",
                           "Client using crystal meth at weekends.", "Punter offered her crystal.",
                           "Concerns re crystal use at the flat."])
    assert [(s.start, s.end) for s in crystal[3]] == [(0, 7)]
    texts = ["Kel and Jas on the van tonight. Kel drove.", "Jas did the needle exchange with Kel.",
             "Rang Kel, Kel said Jas is off.", "Outreach 21:00. 5 women seen.\n-Kel", "Kel2 phone",
             "Pls tell KEL the van is booked."]
    out = engine.find(texts)
    assert ["Kel", "Kel", "KEL"] == [texts[i][s.start:s.end] for i in (3, 4, 5) for s in out[i]]


@pytest.mark.parametrize("texts", [
    ["Client seen.\nMain drug:\nKet", "Outreach contact.\nMain drug:\nKet", "Home visit.\nMain drug:\nKet",
     "Ket use discussed, bladder pain.", "doing ket most nights now"],
    ["Client says her Pimp took her phone.", "Pimp seen watching from a car.",
     "Pimp arrested, client safe for now.", "she says shes got no pimp, just a bf x"],
    ["Client with Chlamydia, partner notified.", "Client says Chlamydia came back after treatment.",
     "Chlamydia - positive. Treated with doxycycline 7/7."],
    ["Client seen at drop-in.\nRisk rating:\nAmber", "Outreach contact.\nRisk rating:\nAmber",
     "Home visit.\nRisk rating:\nAmber", "Amber risk, safety plan updated."],
])
def test_a_drug_an_infection_a_word_for_people_or_a_forms_value_is_not_carried(engine, texts):
    assert engine.find(texts)[-1] == []


def test_a_word_for_kit_or_belief_the_model_takes_for_a_name_is_not_carried():
    texts = ["Sharps bin swapped.", "Client returned Sharps today.", "Gave her Sharps box.",
             "Juju discussed.", "Client says Juju priest has her hair.", "Scared of Juju.",
             "sharps bin full x, scared of the juju"]
    found = [[Span(t.index(w), t.index(w) + len(w), "PERSON", 0.8)] for t, w in
             zip(texts[:6], ["Sharps"] * 3 + ["Juju"] * 3)] + [[]]
    assert carried(texts, found)[6] == []


def test_a_records_word_the_model_takes_for_a_name_is_not_carried():
    # (generated notes: "Passport 552527809 held by ..." found as a person in note after note)
    texts = ["Passport 552527809 held by Ioana.", "Client said Passport held by him.",
             "Asked about Passport again.", "Advert on the site, Advert paid.", "Passport no. 3432628."]
    found = [[Span(t.index("Passport"), t.index("Passport") + 8, "PERSON", 0.8)] for t in texts[:3]] \
        + [[Span(0, 6, "PERSON", 0.8)], []]
    assert carried(texts, found)[4] == []
