"""What a helper's attack on this round's adding rules found them taking that identifies nobody
(session 9): each input must keep the word named."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,word", [
    # units and teams in capitals named by what they do
    ("PT TRANSFERRED TO TELEMETRY UNIT AT 1400. VSS.", "TELEMETRY"),
    ("PT ADMITTED TO STEPDOWN UNIT FOR MONITORING.", "STEPDOWN"),
    ("PT SENT TO PSYCH UNIT ON 5150 HOLD.", "PSYCH"),
    ("PT ON POSTPARTUM UNIT, FUNDUS FIRM.", "POSTPARTUM"),
    ("REFERRED TO ADDICTIONS TEAM FOR OST.", "ADDICTIONS"),
    ("REFERRED TO IAPT TEAM.", "IAPT"),
    ("REFERRED TO TENANCY SUSTAINMENT TEAM.", "SUSTAINMENT"),
    ("SEEN BY TISSUE VIABILITY TEAM.", "VIABILITY"),
    ("REFERRED TO PODIATRY DEPT.", "PODIATRY"),
    ("SEEN AT VACCINATION HUB.", "VACCINATION"),
    ("Phlebotomy team handover", "Phlebotomy"),
    ("Scabies alert at the hostel", "Scabies"),
    # the words before a postcode in a table or a letter
    ("Location\tLS6 2AB", "Location"),
    ("Current  LS6 2AB\nPrevious  LS9 7DP", "Previous"),
    ("Setting\tPostcode\nIndoor\tLS6 2AB", "Indoor"),
    ("Female, Romanian, LS6 2AB", "Romanian"),
    ("Incall, LS11 9AB", "Incall"),
    ("NFA\nLast Known\nLS6 2AB", "Last Known"),
    ("PT IN BED B4 2ND FLOOR.", "2ND"),
    ("VIT D3 1OD PRESCRIBED.", "1OD"),
    # workers' initials that are shorthand
    ("Staff CPD day Friday.", "CPD"),
    ("Minutes: AOB none. Next meeting TBC.", "AOB"),
    ("Workers: PM shift cover needed", "PM"),
    ("Result - POS (chlamydia), treated.", "POS"),
    ("YP to attend school Monday.", "YP"),
    ("Posted by UPS, covered by NHS.", "UPS"),
    ("Concern raised by DSL at the school.", "DSL"),
    # parts of plates without a plate's word or a make
    ("Bloods: HB12, WCC normal range.", "HB12"),
    ("Van stock: condoms, lube, PK10.", "PK10"),
    ("Van out - WK12, 14 women seen.", "WK12"),
    ("She took a cab 20 mins after the session.", "20"),
    ("OK... so the van came at 9.", "OK"),
    ('Client in the car said "OMW" then left.', "OMW"),
    ("Автобус номер 42 до центру.", "42"),
    # heads after a person, job titles before one, words after a hyphen
    ("DISCUSSED WITH SARAH JONES TEAM AWARE.", "TEAM"),
    ("Phlebotomist Anne Cole took bloods.", "Phlebotomist"),
    ("Sonographer Amy Lee did the scan.", "Sonographer"),
    ("SEEN BY DR JONES-NO CONCERNS.", "NO"),
])
def test_words_that_identify_nobody_stay(engine, text, word):
    assert not any(word in piece for piece in removed(engine, text))
