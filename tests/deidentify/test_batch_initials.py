"""Initials a note of a batch found as a person, removed where another note writes them
(batch_initials.py); the same letters as a title, a time, a heading or a word stay."""

import re

from deidentify.allow_list import AllowList
from deidentify.batch_initials import carry_initials
from deidentify.spans import Span

ALLOW = AllowList.build(["IDVA"], frozenset())


def carried(texts, initials):
    """Carry the initials `initials` found in texts[0] to the other texts."""
    first = [Span(m.start(), m.end(), "PERSON", 0.6)
             for m in re.finditer("|".join(initials), texts[0])]
    out = carry_initials(texts, [first] + [[] for _ in texts[1:]], ALLOW)
    return [[t[s.start:s.end] for s in spans] for t, spans in zip(texts[1:], out[1:])]


def test_a_workers_initials_found_once_are_removed_in_the_batchs_other_notes():
    texts = ["Rota: Worker: GW, PV (nurse)", "Screenshots shown to GW by Niki on her phone",
             "parlour outreach w PV,11.8,", "risk summary (GW copy).docx", "out tonight JF/GW - 11 contacts, quiet"]
    assert carried(texts, ["GW", "PV"]) == [["GW"], ["PV"], ["GW"], ["GW"]]


def test_the_same_letters_as_a_title_a_time_a_code_or_a_heading_stay():
    texts = ["the rota for this week, booked by: DS, AM, UM", "DS Rebecca Doak attended", "passed to DS sandhu",
             "Siân Pritchard DS, community team", "seen 10 AM", "UM-0318 logged",
             "UM REPORT filed", "the van AM shift"]
    assert carried(texts, ["DS", "AM", "UM"]) == [[]] * 7


def test_letters_that_are_a_word_are_someone_only_where_a_person_stands():
    texts = ["the rota for this week, checked by: RE, AT, DR, SO", "Note (RE): the flat is empty",
             "RE: housing letter", "outreach tonight AT/SK, quiet", "Passed to DR for a decision.",
             "DR rang the hotel about her today", "code is SO to go", "thanks all, see you monday, SO", "AT the van", "the room was empty. Told DR."]
    # (AM is shorthand, never carried: "AM/PM")
    assert carried(texts, ["RE", "AT", "DR", "SO"]) == [
        ["RE"], [], ["AT"], ["DR"], ["DR"], [], ["SO"], [], ["DR"]]


def test_shorthand_an_allowed_acronym_and_letters_found_in_a_note_in_capitals_are_not_carried():
    texts = ["the rota for this week, staff: GP, IDVA, KT", "GP letter and IDVA referral, KT aware",
             "SEEN BY KT AT THE VAN. NO CONCERNS."]
    found = [[Span(m.start(), m.end(), "PERSON", 0.6) for m in re.finditer("GP|IDVA|KT", texts[0])],
             [], []]
    out = carry_initials(texts, found, ALLOW)
    assert [[t[s.start:s.end] for s in spans] for t, spans in zip(texts[1:], out[1:])] == [
        ["KT"], []]
    assert carry_initials(["MET KT AND SO. ALL OK", "KT rang"],
                          [[Span(4, 6, "PERSON", 0.6)], []], ALLOW)[1] == []


def test_a_workers_letters_texted_in_lower_case_are_carried_where_a_person_stands(engine):
    texts = ["van tonight with kc + dm, quiet, gave out 20 packs",
             "dm drove tonight, kc did tea. handed over to Dm later",
             "out w ya mates, an ok night, it was so cold (ii) and dm"]
    out = [[t[s.start:s.end] for s in spans] for t, spans in zip(texts, engine.find(texts))]
    assert "dm" in out[1] and "kc" in out[1] and "Dm" in out[1]
    assert not {"ya", "ok", "so", "ii"} & set(out[2])
