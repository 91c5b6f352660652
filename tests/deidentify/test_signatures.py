"""People who sign a note (deidentify/recognizers/signatures.py)."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,piece", [
    ("PT REQUESTS NO CALLS TO EMERGENCY CONTACT.\n-K. SZYMANSKI RN", "K. SZYMANSKI"),
    ("F/U: ID CLINIC 72H FOR STI RETEST 2WK.\n-M. OYELOWO RN, SANE-A", "M. OYELOWO"),
    ("LACTATE 3.1. VANC + PIP/TAZO HUNG 1440. TO RM 9. -J.D. RN", "J.D."),
    ("gave DV line 555-0126. will cont to monitor. --kp rn", "kp"),
    ("PT SIGNED PICC AGREEMENT.\nRN: ABBY LUNDQVIST   MD: A. WHITCOMBE", "A. WHITCOMBE"),
    ("Attending: Whitcombe, A. MD   Resident: Osei, F. DO\nCHIEF COMPLAINT: Pelvic pain", "Osei, F."),
    ("Rubella non-immune - MMR before d/c.\nCarys Pugh RM", "Carys Pugh"),
    ("Consent to share: Y   Signed: N.K.   Date: 6.2.27", "N.K."),
    ("Leanne is coordinating, I said we would bring the van.\nCheers, M", "M"),
    ("From: Rhiannon Price <r.price@nightjar.example.org>\nTo: Sgt Haworth <d.h@example.net>\n"
     "Cc: Alison Greaves\nDate: Mon, 8 Mar 2027 09:41", "Alison Greaves"),
    ("From: Rhiannon Price <r.price@nightjar.example.org>\nSubject: RE: rota", "Rhiannon Price"),
    ("下次带中文的健康宣传单和 Halden Clinic 的地址。— Mei", "Mei"),
    ("GUM follow-up at the drop-in.\nPt: SM (prefers initials on notes), clinic no HC-211904.", "SM"),
])
def test_a_signer_is_found(engine, text, piece):
    assert piece in removed(engine, text)


@pytest.mark.parametrize("text", ["Handover given to nights.\nStaff Nurse RN",
                                  "All done for tonight. — Done",
                                  "To: Housing Options Team\nRe: housing for our client"])
def test_what_signs_no_one(engine, text):
    assert removed(engine, text) == []


@pytest.mark.parametrize("text,name", [
    ("next: mon 24/3 10am call together from the office\njo p", "jo p"),
    ("she knows, and is ok with it.\njo", "jo"),
])
def test_a_worker_signing_in_lower_case_on_the_last_line(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text", ["will ring tmrw\nthanks", "all sorted\nok", "see you at 5\nwill"])
def test_a_last_word_that_is_no_name_stays(engine, text):
    assert removed(engine, text) == []
