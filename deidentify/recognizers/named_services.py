"""Local services named in a note in capitals: "REFERRED TO HOPE HOUSING", "CASE MGR AT NEW
DAWN OUTREACH", "HOME INFUSION - CAREWELL INFUSION", "REFERRAL TO SUNFLOWER WOMEN'S SERVICE".

In capitals a service's name has no case to tell it from what the service does ("REFERRED TO
SUPPORTED HOUSING", "F/U PRIMARY CARE CLINIC"), and its words are often everyday ones (Hope,
Dawn, Sunflower), so frequency cannot tell either. What can: after a word that sends someone
somewhere (to, at, from, with, via, by, a bracket or a dash), up to three words before a
service's head, at least one of them no word of what services do (SERVICE_WORDS). Read on the
note as written: its case-restored copy lowers the words.

Units, wards, teams, councils and the like are named so too, and at the head of a letter or a
form with no word before them ("GREYSTONES UNIT - ADULT ACUTE INPATIENT - HAREBELL WARD",
"SKELDERBY PATHOLOGY - CUMULATIVE REPORT", "TX AT EASTGATE COUNTY HEALTH DEPT"): after
any word, up to three words before such a head, from the first that English seldom uses
(below UNIT_NAME_MAX) and that is no word of what services do ("HAEMATOLOGY UNIT", "ACUTE
MEDICAL UNIT" and "CRISIS TEAM" name none).

A project's own name heads its logs and alerts, in capitals or not, before what it does there
("LAMPLIGHT DROP-IN", "Nightjar outreach - van log"): a word English seldom uses (below
HEADING_MAX) starting a line before such a word.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import fold, specialty_word, zipf

SCORE = 0.5
# (not INFUSION, PROGRAM: "HEPARIN INFUSION", "METHADONE MAINTENANCE PROGRAM" are treatments)
_HEADS = ("HOUSING|OUTREACH|SERVICES?|PROJECT|CENTER|CENTRE|CTR|SHELTER|RECOVERY|CLINIC|DROP-IN|"
          "NETWORK|COLLECTIVE|ALLIANCE|FOUNDATION|MINISTRIES|LOUNGE")
# (not the "to" of a cause: "DUE TO CHAOTIC HOUSING", "SECONDARY TO ...")
_NAMED = re.compile(r"(?:(?<!DUE )(?<!due )(?<!OWING )(?<!RELATED )(?<!SECONDARY )\b(?i:to|at|from|with|via|by)"
                    r"|[(\-–])[ \t]+(?P<v>(?:[A-Z][A-Z'’&]*[ ]){1,3}"
                    r"(?:" + _HEADS + r"))(?![\w'’-])")
UNIT_NAME_MAX = 3.5  # Zipf frequency: a word in capitals English uses less may name a unit
_UNIT_HEADS = ("UNIT|WARD|WD|TEAM|COUNCIL|HUB|DEPT|DEPARTMENT|PATHOLOGY|INFIRMARY|SEXUAL HEALTH|"
               "LEGAL AID|TRUST|SUITE|PD|POLICE|CONSTABULARY|SHERIFF'S OFFICE|SHERIFF’S OFFICE|"
               "SHERIFF|IMMIGRATION COURT|COURT|FOOD BANK|CITIZENS ADVICE|RAPE CRISIS|A&E|"
               "PLANNED PARENTHOOD|HOUSING ASSOCIATION|FIRE DEPT|GUM|HOSPITALS")
# a ward's or a unit's name is often a tree's, a bird's or a flower's, everyday words: for these
# heads the name word need only be no word of what services do (MAPLE UNIT, WILLOW WARD)
_NAMED_LIKE_TREES = frozenset(("UNIT", "WARD", "WD"))
WARD_NAME_MAX = 4.8
_UNIT = re.compile(r"(?<![A-Z'’&-])(?P<v>(?:[A-Z][A-Z'’&]*[ /]){1,3}(?:" + _UNIT_HEADS
                   + r"))(?![\w'’-])(?![ \t]*\d{1,3}(?![\d/.:]))")  # (not a numbered unit: "HCPD UNIT 12")
# a project's own name heading a line, before what it does there: "LAMPLIGHT DROP-IN", "Nightjar
# outreach - van log", "Lamplight bulk text 29/5" (a word English seldom uses: not "Evening outreach")
_HEADING = re.compile(r"(?m)^[ \t]*(?P<v>[A-Z][a-z]+|[A-Z]{4,})(?=[ \t]+(?i:outreach|drop-in|drop in|project|"
                      r"van|bulk|newsletter|case\s+note|notatka|notă)\b)")
HEADING_MAX = 2.5  # Zipf frequency
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
    "employment education benefits welfare debt advice money careers private "
    # hospital specialties and units, and what a team is for
    "acute assessment admissions admission discharge liaison isolation burns plastics ent critical "
    "coronary cardiac cardiology perinatal neonatal postnatal labour delivery birth birthing "
    "psychiatric psychiatry forensic secure low medium high dependency pathology microbiology "
    "virology radiology imaging physio physiotherapy occupational therapy therapies talking gynae "
    "gynaecology gynecology obstetric obstetrics fertility genitourinary contraception colposcopy "
    "minor injuries injury majors resus observation short stay same ambulatory elderly frailty "
    "older persons learning disability disabilities autism eating disorders early intervention "
    "psychosis memory dementia resolution team vulnerable women men safeguarding adults child "
    "protection looked leaving virtual wellbeing haematology hematology oncology rheumatology "
    "dermatology gastro gastroenterology neurology urology renal respiratory stroke surgical "
    "orthopaedic orthopedic trauma intensive therapy acute medical surgery theatre theatres "
    "recovery day-case endoscopy cancer chemotherapy dialysis transplant vascular spinal head "
    "neck breast chest lung heart kidney liver skin bone joint foot sleep pain palliative "
    "hospice bereavement witness victim care options solutions homelessness prevention "
    "allocations tenancy enforcement environmental licensing trading standards planning "
    "city borough county district parish town regional metropolitan unitary combined "
    "department dept health legal aid immigrant immigration asylum "
    "royal university memorial teaching central north south east west handover triage referral "
    "referrals review assessments "
    # units by their letters
    "sdec amu cdu mau sau eau aau ccu icu hdu itu nicu picu scbu epau gau mlu obs pacu adu "
    "cmht camhs ctr crht idva isva marac mash sarc gum ed ae a&e "
    # what a note says happened at a unit, before its name
    "transferred transfer moved admitted discharged d/c from to at via night day handover "
    "bed side room ward unit family court county magistrates crown juvenile youth fire "
    "stepdown step-down psych maxillofacial addictions addiction offending stoma viability tissue "
    "continence chaplaincy perioperative endocrine outpatients outpatient tele burns iapt raid cse "
    "asb yot amhp swep webchat scabies norovirus wellbeing obs gynae").split())
# (and the words lexicon.specialty_word knows by their endings: telemetry, midwifery, podiatry...)


# a hospital by its letters after a word that sends someone there: "x-ray at SRI", "seen at BGH"
# (a Royal Infirmary, General or University Hospital; not a scan or an infection: MRI, URI)
_HOSPITAL_LETTERS = re.compile(r"(?:\b(?i:at|to|from|in|via)[ ]+|\()(?P<v>(?!MRI|URI|ARI|DGH)[A-Z]{1,2}(?:RI|GH|UH))"
                               r"(?![\w/])")


def _head_of(name: str) -> str:
    return re.search(r"(?:" + _UNIT_HEADS + r")$", name).group()


def named_services_in_capitals(text: str) -> list[RecognizerResult]:
    results = []
    for m in _NAMED.finditer(text):
        words = m.group("v").split()[:-1]
        keys = [fold(w) for w in words]
        if any(k in STOP_WORDS for k in keys) or all(k in SERVICE_WORDS for k in keys):
            continue
        results.append(RecognizerResult("ESTABLISHMENT", *m.span("v"), SCORE))
    for m in _HOSPITAL_LETTERS.finditer(text):
        results.append(RecognizerResult("ESTABLISHMENT", *m.span("v"), SCORE))
    for m in _HEADING.finditer(text):
        key = fold(m.group("v"))
        if zipf(key) < HEADING_MAX and key not in SERVICE_WORDS and key not in STOP_WORDS \
                and not specialty_word(key):
            results.append(RecognizerResult("ESTABLISHMENT", *m.span("v"), SCORE))
    for m in _UNIT.finditer(text):
        words = list(re.finditer(r"\S+", m.group("v")))
        head = _head_of(m.group("v"))
        words = words[:len(words) - len(head.split())]
        name_max = WARD_NAME_MAX if head in _NAMED_LIKE_TREES else UNIT_NAME_MAX
        kept = []
        for word in reversed(words):  # from the head back, while the words may be its name's
            key = fold(word.group())
            service = key in SERVICE_WORDS or specialty_word(key)
            if key in STOP_WORDS or not service and zipf(key) >= name_max:
                break
            kept.insert(0, word)
        while kept and (fold(kept[0].group()) in SERVICE_WORDS or specialty_word(kept[0].group())):
            kept.pop(0)
        if kept and len(kept[0].group()) >= 3:
            # (the hospital's name before its A&E, not the department: "HARLOWMERE A&E")
            end = m.end("v") - len(head) - 1 if head == "A&E" else m.end("v")
            results.append(RecognizerResult("ESTABLISHMENT", m.start("v") + kept[0].start(), end,
                                            SCORE))
    return results
