"""People written by their initials where a note's structure says a person is meant (issue 11),
and the same letters as shorthand, roles or everyday words, which stay."""

import pytest

from deidentify.allow_list import AllowList
from deidentify.recognizers.initials import InitialsRecognizer
from tests.deidentify.conftest import found

INITIALS = InitialsRecognizer(AllowList.build(["MARAC", "HIV"], frozenset()))


@pytest.mark.parametrize("text,names", [
    ("clinic no HM-204417\nSeen by KR (HA). Pt known to service", ["KR"]),
    ("shared with Lantern with consent. - SA/JP", ["SA", "JP"]),
    ("reconsideration drafted by MH, sent 26/2.)", ["MH"]),
    ("Subject: urgent PEP - client TF dob 23/10/97", ["TF"]),
    ("saw him on Arden Rd. ?MARAC - to discuss with PO.\nKR", ["PO", "KR"]),
    ("[worker note PO: Mai is a friend]", ["PO"]),
    ("[action by on-call MH 02:20: rang 999]", ["MH"]),
    ("his old tenancy at 5 Albion Yard. - PH]", ["PH"]),
    ("Harriet, 07700 900 866. - Y.A.]", ["Y.A."]),
    ("Next review Feb 2026. SP.", ["SP"]),
    ("needed for VNA: 15 Orchard Hill Rd. ---MLB, RN", ["MLB"]),
    ("PT DISCUSSED WITH SON. SEEN BY KR.", ["KR"]),
])
def test_initials_after_a_cue_or_in_a_signatures_place_are_a_person(text, names):
    assert [value for value, _ in found(INITIALS, text)] == names


@pytest.mark.parametrize("text", [
    "TAKING PO FLUIDS, APPETITE POOR", "BP 120/80. Seen by GP.", "discussed with SW and IDVA.",
    "Given by IV.", "Plan - CT scan", "results - HIV neg", "all fine - OK", "pt DNA today",
    "to be discussed at MARAC - MARAC", "Good night. OK.", "HR 88 SR, BP 132/70",
])
def test_the_same_letters_as_shorthand_roles_or_words_stay(text):
    assert found(INITIALS, text) == []
