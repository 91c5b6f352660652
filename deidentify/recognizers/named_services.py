"""Local services named in a note in capitals: "REFERRED TO HOPE HOUSING", "CASE MGR AT NEW
DAWN OUTREACH", "HOME INFUSION - CAREWELL INFUSION", "REFERRAL TO SUNFLOWER WOMEN'S SERVICE".

In capitals a service's name has no case to tell it from what the service does ("REFERRED TO
SUPPORTED HOUSING", "F/U PRIMARY CARE CLINIC"), and its words are often everyday ones (Hope,
Dawn, Sunflower), so frequency cannot tell either. What can: after a word that sends someone
somewhere (to, at, from, with, via, by, a bracket or a dash), up to three words before a
service's head, at least one of them no word of what services do (SERVICE_WORDS). Read on the
note as written: its case-restored copy lowers the words.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import fold

SCORE = 0.5
# (not INFUSION, PROGRAM: "HEPARIN INFUSION", "METHADONE MAINTENANCE PROGRAM" are treatments)
_HEADS = ("HOUSING|OUTREACH|SERVICES?|PROJECT|CENTER|CENTRE|CTR|SHELTER|RECOVERY|CLINIC|DROP-IN|"
          "NETWORK|COLLECTIVE|ALLIANCE|FOUNDATION|MINISTRIES|LOUNGE")
# (not the "to" of a cause: "DUE TO CHAOTIC HOUSING", "SECONDARY TO ...")
_NAMED = re.compile(r"(?:(?<!DUE )(?<!due )(?<!OWING )(?<!RELATED )(?<!SECONDARY )\b(?i:to|at|from|with|via|by)"
                    r"|[(\-–])[ \t]+(?P<v>(?:[A-Z][A-Z'’&]*[ ]){1,3}"
                    r"(?:" + _HEADS + r"))(?![\w'’-])")
# what services do and whom they serve: a run of these alone names no one service
SERVICE_WORDS = frozenset(fold(w) for w in (
    "sexual health mental drug drugs alcohol substance use disorder housing supported support "
    "women's womens men's mens children's childrens youth young people primary care community "
    "free urgent emergency id sti hiv gum family planning social crisis domestic violence abuse "
    "rape assault home infusion outreach service services recovery treatment detox rehab shelter "
    "legal aid immigration pharmacy dental eye walk-in tb hep hepatitis liver victim victims "
    "advocacy counseling counselling behavioral behavioural medical medicine wound infectious "
    "disease diseases internal ob gyn prenatal antenatal maternity pediatric paediatric adult "
    "work case management homeless transitional opioid methadone needle syringe exchange harm "
    "reduction trafficking anti-trafficking refugee asylum lgbt lgbtq trans public county state "
    "city local national regional district general safe hotline helpline line program programme "
    "day night respite residential inpatient outpatient specialist clinic center centre "
    "project trust network drop-in peer mobile street intensive partial hospitalization "
    "maintenance protective temporary council permanent supportive stop smoking psychology "
    "floating exit diversion job training hep nursing patient patients nhs modern slavery van "
    "employment education benefits welfare debt advice money careers private").split())


def named_services_in_capitals(text: str) -> list[RecognizerResult]:
    results = []
    for m in _NAMED.finditer(text):
        words = m.group("v").split()[:-1]
        keys = [fold(w) for w in words]
        if any(k in STOP_WORDS for k in keys) or all(k in SERVICE_WORDS for k in keys):
            continue
        results.append(RecognizerResult("ESTABLISHMENT", *m.span("v"), SCORE))
    return results
