"""People written by their initials, where a note's structure says a person is meant.

Case workers sign and attribute by initials ("Seen by KR (HA)", "[worker note PO: ...]",
"- SA/JP", "---MLB, RN", a last line "KR"), and refer to clients by them ("client TF dob
23/10/97", "to discuss with PO"). Two or three capitals (or dotted: "Y.A.") are a person only
after such a cue or in a signature's place, never anywhere: the same letters are shorthand
elsewhere ("PO fluids", "BP 120/80"). Roles, routes and shorthand written the same way (SW,
GP, RN, IV, DNA) and the allow-list's acronyms are kept; so is an everyday word in a note in
capitals ("DISCUSSED WITH SON"). Texted notes write a worker's two letters in lower case
after "w", "with", "by", "to" or beside a plus ("agreed w rl", "kc + dm"), and a person by one
letter where a person stands ("told P - ...", "G will ring", "J's mum"). A person's initials
that match a name found in full are the repeated-names step's (repeated_names.py); initials
found in one note are carried to the batch's others by batch_initials.py.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import (DOSING, LANGUAGE_CODES, SIGNED_ROLES, TEXTED_PAIRS, TITLES,
                                family_names, fold, given_names, zipf)
from deidentify.recognizers.base import TokenRecognizer
from deidentify.truecase import in_capitals

SCORE = 0.6
INITIALS = r"(?:[A-Z]{2,3}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)"  # "KR", "MLB", "Y.A."
_ONE = INITIALS
_SEVERAL = rf"{_ONE}(?:(?:[ \t]*[/&][ \t]*|[ \t]+and[ \t]+){_ONE})*"  # "SA/JP", "LC and SP", on one line
# where a log line's author stands, initials with an accent, a "Mc" or an "O'" too: "PÓR", "CMcA",
# "MO'B"
_LOGGED = r"(?:[A-Z]{1,2}Mc[A-Z]{1,2}|[A-Z]{1,2}O['’][A-Z]|[A-ZÀ-ÖØ-Þ]{2,3})"
# what a log line's author did, first after the dash ("JH - emailed", "MOB - sent", "MOB - PC
# Lomas attended"; not a topic's letters: "RAR - healthy relationships session", "ESA: appeal")
# (a worker's own acts: not "UPW - attended", "BRP - expired", "ABH - charged")
_DID = (r"(?:(?:emailed|rang|called|phoned|texted|messaged|met|sent|spoke|saw|visited|took|drove|"
        r"collected|accompanied|escorted|reported|chased|referred|booked|wrote|discussed|liaised|"
        r"advised|arranged|supported|gave|went|left|checked|updated|contacted|followed|"
        r"call|text|phone|email|visit)\b|(?:PC|DC|DS|Sgt|Garda|Dr|Mr|Mrs|Ms)\b)")
_PART = rf"{_LOGGED}|{_ONE}"  # one person's letters in what a pattern found
_RANKS = r"PC|DC|DS|DI|Sgt|SGT|PS|Insp|INSP|DCI|PCSO|Garda|Gda"
# roles, grades, routes and clinical shorthand written like initials that name nobody
SHORTHAND = frozenset("SW GP RN HCA SN HV MW DN CNS SHO FY FY1 FY2 SPR REG OT PT SLT MDT ISVA IDVA "
                      "IOM CPN AMHP IV IM SC SL PR NG NGT PEG ED AE ICU ITU HDU OPD UK US EU NHS "
                      "CEO OK DNA NFA NBM NKDA DNR AMA SOB NAD NIL BP CT HR RR BM ECG SU KW PTO DV FBC LFT CRP "
                      "ESR INR TFT BF GF ID CPD PIN SOP DBS AGM AOB TBC TBA NA PM AM POS NEG FSW YP SS TL OOH AMU "
                      "CNS HCP UPS DSL MSI NB IRO SMT EOD LA CSE ASB YOT IAPT RAID AMHP SWEP CIN "
                      "HPV PEP STI UTI AKI TTO OST DV CAMHS CMHT HIV GUM OD NFA IDVA ISVA "
                      # roles, teams and firms a note tells or copies (attack, session 11)
                      "CN NP ODP EDT CRT THT CGL BTP EE EDF OH DH BFF LMP HBV HCV CXR MRI USS IUD "
                      "IUS DL EDD EDC DOB DOD DOA DOS DOI BMI TOP HBA RPR MMR BCG MPX OPA ANC SRH TSH "
                      "ANP MHA MHP LSL ASL BSL ICB SAU SSW AI "
                      # a log's and a record's topics (attack, session 12)
                      "UPW RAR DRR ATR BRP ABH GBH MP HMO BPD CKD SVT FYI IVF HQ HMP UC ESA PIP "
                      "JSA DWP HMRC CPS NRM SCA ARC EUSS ILR LTR "
                      # a decision's, a record's and a test's letters (session 13)
                      "RG CG URN OCR GTT SOA "
                      # antiretrovirals and tests written as a combination ("TDF/FTC + RAL")
                      "TDF FTC TAF RAL BIC DTG MTB RIF CFS "
                      # risks, drugs and groups written in pairs ("SH/SI", "GHB/GBL", "BV/TV")
                      "SH SI BV TV GHB GBL CW OCG CE CCE IPV VAWG IMB PCB "
                      # a clinic's and a casework's letters (attack, session 13)
                      "TC FU SAR MF HSV GC PN EC CSW OIC MASH UPSI PID SAT WNB CSC ASC ECP LNG CU HEP "
                      # scores and review intervals written as fractions ("VAS 6/10", "RV 2/52")
                      "VAS ESS RAG GCS PHQ GAD ABX TCI RV AUDIT".split()) | DOSING
# a role's letters that sign a note off after its last sentence are a worker's initials there:
# "... bail conditions. OT 19/02" (a note ends with its author, not "occupational therapy"; on
# a line of their own they may be a list's: "GP 12/02\nOT 19/02")
SIGNING_ROLES = frozenset("OT PT SW SN HV MW DN CN".split())
# roles, grades and teams written as letters, never a person's initials however they stand
ROLE_LETTERS = frozenset("SW GP RN HCA SN HV MW DN CNS SHO FY FY1 FY2 SPR REG OT PT SLT MDT ISVA IDVA "
                         "IOM CPN AMHP CN NP ODP EDT CRT THT ANP MHP DSL SSW CSW HCP YOT CMHT CAMHS "
                         "MASH LA DWP HMRC CPS NHS CEO SMT IRO PCSO UK US EU".split())
# a title's letters that are clinical shorthand too, never initials by their place alone
# ("Sertraline 50mg - DC" discontinued, "Nifedipine - MR" modified release, "PMH: MS")
_SHORTHAND_TITLES = frozenset("DC MR MS SR".split())
# a rank or a role alone, or shorthand, acting: "says DC rang her", "SR to review" (the ward
# sister), "SGT to update the log", "Nifedipine 30mg MR to continue"
_ROLES = frozenset("DC PC DS DI DR PS SR SGT MR".split())
# two capitals that are a little English word, and someone's initials where a note written in
# lower case names a worker by them ("Worker: OF", "present MQ OF HB", "typed up by OF")
# (not those written in capitals for emphasis or as shorthand: "client IS refusing", "pt ON
# methadone", "agreed to GO", "ME/CFS", "handled by DO")
WORD_INITIALS = frozenset("OF TO IN AT BE OR WE HE AN MY RE SO".split())
WORD_MIN = 5.0  # Zipf frequency from which letters after a label or a dash are a word ("YES")
RARE_NAME = 3.0  # Zipf frequency below which a word that is no known name may be one
EVERYDAY = 4.0  # Zipf frequency: in a note in capitals, a word English uses this often is a word
_CUE_BEFORE = (r"(?i:\b(?:seen|drafted|written|summary|summarised|translated|interpreted|action|"
               r"actioned|checked|signed|completed|reviewed|triaged|taken|booked|entered|"
               r"updated|added|noted|referred|discussed|escorted|accompanied|sent|issued|posted|logged|"
               r"prepared|compiled|closed|shared|approved|authori[sz]ed|verified|witnessed|recorded|"
               r"reported|transcribed|filed|raised|led|chaired|covered|done|made|given|run|typed(?:\s+up)?)\s+by|"
               r"\b(?:checked|countersigned|co-signed)|\btold|\b(?:informed|alerted|briefed|consulted|"
               r"(?-i:cc))|\b(?:flagged|passed(?:\s+on)?|handover(?:\s+given)?|escalated|"
               r"copied|reported|disclosed|given)\s+(?:to|w/)|"
               r"\b(?:discuss(?:ed)?|spoke|speak|liaise[ds]?|liaising|agreed|met|checked)\s+"
               r"(?:with|to)|\b(?:seen|out|went|visited|attended|shadowing)\s+(?:with|w/)|\bhanded\s+(?:over\s+)?to|\bclient|\bpt\b|\bpatient|"
               # a study's roles before their initials: "Moderator SM", "note-taker JC", "INT SM", "RA: TU"
               r"\bmoderator|\bfacilitator|\binterviewer|\bnote[- ]?taker|\b(?-i:INT|RA)|\bresearcher|"
               r"\bobserver|\btranscriber|\bcoder|\btranslator)"
               r"(?:\s+(?:on-call|duty|worker|staff|nurse|keyworker|key\s+worker))?:?\s+")
# (each with its role in brackets or after a dash, as minutes list them: "Present: AB (Chair),
# YC (Treasurer), FS", "In attendance: AB - Chair, YC - Treasurer")
_ROLE_IN_BRACKETS = (r"(?:[ \t]*\([A-Za-z][A-Za-z]+(?:(?:[ -]|[ \t]*[/&,][ \t]*)[A-Za-z][A-Za-z]+){0,3}\)"
                     r"|[ \t]+[-–][ \t]+[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)?(?=[ \t]*(?:[,;\n]|$)))?")
_BRACKET_AFTER = re.compile(r"[ \t]*\([A-Za-z]")
_LIST = rf"{_ONE}{_ROLE_IN_BRACKETS}(?:(?:[ \t]*[,/+&][ \t]*|[ \t]+and[ \t]+|[ \t]+){_ONE}{_ROLE_IN_BRACKETS})*"
_PATTERNS = (
    # after a label of who worked or wrote: "Staff: NR DA", "on: PK / OT   off: JW", "worker RM",
    # "Supporter: DA", "Crew: SF, MA", "Signed MS / CN" ("on", "off", "by", "lead" only with
    # their colon; "signed" only before initials that end the line)
    re.compile(r"(?i:\b(?:staff|workers?|vols?|volunteers?|supporters?|key ?workers?|crew|"
               r"present|attendees|attending|in\s+attendance|apologies|absent|author|chair|minutes|"
               r"initials|duty|scribe|note\s?taker|facilitator|supervisor|supervisee|clinician|"
               r"on\s+call|back\s?up|duty\s+manager|proposer|seconder|proposed(?:\s+by)?|seconded(?:\s+by)?)"
               r"(?:[ \t]+(?:out|on|in|on\s+shift|today|tonight))?[ \t]*[:-]|"
               r"\bsigned[ \t]*:?(?=[ \t]+[A-Z]{2,3}[ \t]*(?:[/,&+][ \t]*[A-Z]{2,3}[ \t]*)*$)|"
               r"\b(?:worker|key ?worker)[ \t]+(?=[A-Z]{2,3}\b)|"
               r"\b(?:on|off|by|lead|handover|on\s+shift)[ \t]*:)[ \t]*(?P<v>" + _LIST
               + r")(?P<word>)(?P<strong>)(?P<titled>)(?P<listed>)"
               r"(?![\w/])"),
    # ... or one a line under such a label alone on its line: "Present:\nAB (Chair)\nYC
    # (Treasurer)", "Apologies:\n- HL"
    re.compile(rf"(?im:^[ \t]*(?:present|attendees|attending|in\s+attendance|apologies|absent|staff)[ \t]*:[ \t]*\n)"
               rf"(?P<v>(?:[ \t]*[-*•]?[ \t]*{_ONE}{_ROLE_IN_BRACKETS}[ \t]*(?:\n|\Z))+)"
               r"(?P<word>)(?P<strong>)(?P<titled>)(?P<listed>)"),
    # ... or in brackets after each one's name or body on such a line: "Present: PC Lyle (JL),
    # Hannah Whitlock (HW, us), council community safety (MF)" (present_line checks the line)
    re.compile(r"[(\[](?P<v>[A-Z]{2})(?=[ \t]*(?:,[ \t]*[a-z]+(?:[ \t][a-z]+)?[ \t]*)?[)\]])"
               r"(?P<word>)(?P<strong>)(?P<listed>)(?P<present>)"),
    # ... or before their role in brackets on such a line: "Present: PR (SW), Leanne, nan
    # Sandra, HO (HV)" (present_line checks the line)
    re.compile(r"(?<=[:,;])[ \t]*(?P<v>[A-Z]{2,3})(?=[ \t]*\([A-Za-z][^()\n]{0,30}\))"
               r"(?P<word>)(?P<listed>)(?P<present>)"),
    # in brackets after a note's label, as its writer signs it: "Worker note (CN): Endri is...",
    # "Translation (GT): she has arrived"
    re.compile(r"(?m:^[ \t]*[A-Z][a-z]+(?:[ \t][a-z]+){0,2}[ \t]*)\((?P<v>[A-Z]{2,3})\)(?=[ \t]*:)"
               r"(?P<word>)(?P<strong>)(?P<coded>)"),
    # a list of two or more after such a label without its colon: "present MQ OF HB WZ TM"
    re.compile(rf"(?i:\b(?:present|apols|apologies|attendees|attending|staff|on\s+shift))[ \t]+"
               rf"(?P<v>{_ONE}(?:[ \t]*[,/+&]?[ \t]+{_ONE}|[ \t]*[,/+&][ \t]*{_ONE})+)(?P<word>)(?P<strong>)"
               r"(?![\w/])"),
    # two letters after "by" before a slash, a comma, a bracket or the line's end: "Issued
    # 14/03/2027 by RM / checked NR", "Shared with NUM on 9/5 by GH."
    re.compile(r"(?i:\bby)[ \t]+(?P<v>[A-Z]{2})(?P<strong>)(?=[ \t]*(?:[/,)\]]|\.?[ \t]*$))", re.MULTILINE),
    # a task for a worker: "DA to raise at Thurs huddle", "LT to chase Cherry's dentist"
    re.compile(rf"(?m)(?:^|(?<=[.;:!?] )|(?<=[.;:!?]  )|(?<=[-–] )|(?<=\())[ \t*•-]*(?:\d{{1,2}}[.)][ \t]*)?"
               rf"(?P<v>{_ONE}(?:[ \t]*[/&+][ \t]*{_ONE})?)(?P<word>)(?P<acts>)[ \t]+to[ \t]+"
               r"(?!be\b|do\b)[a-z]{2,}"),
    # the author of a dated log line, before what they did: "10/01/25 JH - emailed DC
    # Rhydderch", "12/06/25 PÓR - Garda rang", "07/01 CMcA - met Sgt Kerr", "17/01/25 DC OR -
    # call back", "10 Jan 25 JH - rang", "09:05 MO'B - texted" (an officer's letters after a rank
    # too; a little word only after one)
    re.compile(rf"(?m)^[ \t]*+(?:\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?|\d{{1,2}}[ \t]++[A-Z][a-z]{{2,8}}"
               rf"(?:[ \t]++\d{{2,4}})?|(?=\d{{1,2}}[:.]\d{{2}}))"
               rf",?(?:[ \t]*+\d{{1,2}}[:.]?\d{{2}})?[ \t]++(?:[-–][ \t]*+)?(?:(?P<rank>{_RANKS})\.?[ \t]++)?"
               rf"(?P<v>{_LOGGED})(?P<word>)(?P<acts>)(?=[ \t]*+[-–:][ \t]++{_DID})"),
    # ... or after the line's time, with a colon: "17/03/27 14:02 PB: rang client"
    re.compile(rf"(?m)^[ \t]*\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?,?[ \t]+\d{{1,2}}:\d{{2}}[ \t]+[-–]?[ \t]*"
               rf"(?P<v>{_ONE})(?P<word>):"),
    # workers after a dash in a heading: "Drop-in 7 April - NR with Bulgarian interpreter",
    # "Follow-up Hằng - 22/4 - RM, chị Hương", "阿芳 follow-up - TW + MA - 28/5"
    re.compile(rf"(?m)(?:^|(?<=[ \t]))[-–][ \t]+(?P<v>{_ONE}(?:[ \t]*[+,&/][ \t]*{_ONE})*+)(?P<word>)(?P<titled>)"
               r"(?=[ \t]*(?:[,(]|with\b|-[ \t]|–|$))"),
    # ... or after a dated heading's dash, ending its sentence: "Outreach van Thurs 9/1/25 - JH +
    # TW. Canal Side quiet" (not "course - TDF/FTC + RAL.", "eGFR 45 - CKD.", "Flat 3 - HMO.")
    re.compile(rf"\b\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?[ \t]++[-–][ \t]++"
               rf"(?P<v>{_ONE}(?:[ \t]*+[+,&/][ \t]*+{_ONE})*+)(?P<word>)(?P<titled>)(?=\.[ \t])"),
    # after a cue: "Seen by KR (HA)", "drafted by MH, sent", "to discuss with PO.", "client TF dob"
    re.compile(_CUE_BEFORE + rf"(?P<v>{_SEVERAL})(?![\w/])"),
    # ... of whom wrote or checked a record: "typed up by OF", "checked by OF - NOT certified"
    re.compile(r"(?i:\b(?:typed|written|checked|completed|drafted|signed|recorded|logged|noted|"
               r"reviewed|prepared|compiled|translated|minuted)(?:\s+up)?\s+by)\s+"
               rf"(?P<v>{_SEVERAL})(?P<strong>)(?![\w/])"),
    # a note's author in brackets: "[worker note PO: ...]", "[note KJ: ...]", "[summary by LG: ...]"
    re.compile(rf"(?i:\bnotes?|\bby|\bcaseworker|\bworker)\s+(?P<v>{_SEVERAL})(?P<strong>)\s*:"),
    # ... or in brackets before a note's colon or its date: "Comment (RE): ...", "Note (RE): ...",
    # "Follow-up (RE, 28/04): ..."
    re.compile(rf"(?i:\bnotes?|\bcomments?|\bfollow[- ]up|\bupdate|\baction)[ \t]*\((?P<v>{_SEVERAL})"
               r"(?P<strong>)(?:,[ \t]*\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)?\)[ \t]*:"),
    # a signature at the end of a line: "... with consent. - SA/JP", "- PH]", "---MLB, RN"
    re.compile(rf"(?:^|(?<=\s)|(?<=[.!?]))(?:[-–—~]+\s*)(?P<v>{_SEVERAL})"
               rf"(?:,?\s*(?:RN|HCA|SN|SpR|FY1|FY2|CNS|HV|MW))?[ \t]*+[\])]?[ \t]*+$", re.MULTILINE),
    # two workers' initials joined by a slash or a plus, one pair of letters that are no word
    # standing for the other too: "OUTREACH SAT NIGHT - JF/SO", "RL/SO", "SO + RL" (not shorthand
    # or a title's letters: "GP/ED", "DS/DC"; not languages: "UA/RU"; not two words: "AND/OR")
    re.compile(rf"(?<![\w./&+-])(?P<v>{_ONE}(?:[ \t]*[/+][ \t]*{_ONE})+)(?P<pair>)"
               r"(?![\w/&+]|\.\w|-\d)"),
    # two letters texted in lower case for a worker or a client, after "with", "by", "to" or a
    # plus, or before a plus: "agreed w rl", "handed over to ps at 1am", "van shift kc + dm"
    # (not a texted word, unit or shorthand: "out w ya", "2 mg", "to uk", lexicon.TEXTED_PAIRS)
    re.compile(r"(?<![\w'’/.-])(?:w/?|with|by|to|and|[+&])[ \t]+(?P<v>[a-z]{2})(?P<lower>)(?![\w'’/@-]|\.\w)"),
    re.compile(r"(?<![\w'’/.@-])(?P<v>[a-z]{2})(?P<lower>)(?=[ \t]*[+&][ \t]*[a-z]{2}(?![\w'’]))"),
    # a handover between workers: "h/o am->pm (RM -> NR)"
    # (both must be initials: "PO -> IV" is a route changed)
    re.compile(rf"(?<![\w.])(?P<v>{_ONE}[ \t]*(?:->|→|=>|\bto\b)[ \t]*{_ONE})(?P<both>)(?![\w.])"),
    # ... or with a bare ">", after a word of handing over, a sentence's end after it:
    # "Handover (TB > CW)", "Shift change: RM > NR." (not "LHR > LOS", "GBP > EUR")
    re.compile(rf"(?i:\b(?:handover|hand\s+over|h/o|shift\s+change)\b)[^\n]{{0,16}}?(?<![\w.])"
               rf"(?P<v>{_ONE}[ \t]*(?:>|->|→|=>)[ \t]*{_ONE})(?P<both>)(?P<listed>)(?!\w|\.\w)"),
    # initials closing an annotation, with or without its date: "[note: ... letter. JT]",
    # "... discharge letter. AB 3/12"]", "(outreach to online workers - LY)", "suggested. NR 5.1.27]"
    re.compile(rf"(?:(?<=[.!?])[ \t]+|[-–—][ \t]*)(?P<v>{_SEVERAL})"
               r"(?:[ \t]+\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?[ \t]*+[\"”']?[ \t]*+[\])]"),
    # initials as the subject of what a person does: "SJ asked us to help", "* SJO brought tablets in"
    re.compile(rf"(?<![\w./-])(?P<v>{_ONE})(?P<acts>)[ \t]+(?:asked|says|said|rang|phoned|called|texted|"
               r"emailed|brought|told|disclosed|declined|agreed|wants|wanted|thinks|thought|"
               r"promised|offered|explained|confirmed|emailed|interpreting|translating|aware)\b"),
    # initials spelt out in a note's key: "DP = Dawn from the women's project", "Gemma = KD/LC"
    # (the name must be one: "SA = Sexual assault" is a key of shorthand)
    re.compile(rf"(?<![\w./-])(?P<v>{_SEVERAL})[ \t]*=[ \t]*(?P<named>[A-Z][a-z]+)"),
    re.compile(rf"\b(?P<named>[A-Z][a-z]+)[ \t]*=[ \t]*(?P<v>{_SEVERAL})(?![\w/])"),
    # a client's initials before their date of birth or age: "DI (DOB 03/07/93)", "TF, 24F"
    # (there a title's letters are initials too: "DI (DOB 03/07/93)")
    re.compile(rf"(?<![\w.])(?P<v>{_ONE})(?P<titled>)(?:\s*[(,]\s*|\s+)(?i:dob\b|d\.o\.b|aged?\s+\d|"
               rf"\d{{1,2}}\s?(?:f|m|yo)\b)"),
    # a doctor by their initials: "Dr TO   HA MK" (a little word too, in a note not in capitals)
    re.compile(rf"\b(?:Dr|DR|Dr\.)[ \t]+(?P<v>{_ONE})(?P<titled>)(?P<strong>)(?![\w.'’])"
               r"(?![ \t]+(?:[a-z]|\d))"),  # (not "Dr OR nurse", "Dr AT 3pm")
    # an officer by rank and initials: "PC JT 4471 took the statement", "DC JT attended"
    # "PC JT 4471 took", "Garda CÓD said"
    re.compile(rf"\b(?:{_RANKS})\.?[ \t]+(?P<v>{_LOGGED})(?P<titled>)"
               r"(?![\w.'’])(?=[ \t]+\d{3,}|[ \t]*[,;)]|[ \t]*\.(?!\w)|[ \t]+(?:attended|took|said|"
               r"rang|arrived|called|will|was|is|has)\b)"),
    # ... and, after a rank no other shorthand is spelled like (not PC, a phone call; PS; DC,
    # discontinued), before a time, a dash or more of what officers do
    re.compile(r"\b(?:DS|DI|Sgt|SGT|Insp|INSP|DCI|PCSO|Garda|Gda)\.?[ \t]+"
               rf"(?P<v>{_LOGGED})(?P<titled>)(?![\w.'’])(?=[ \t]+\d{{1,2}}[:.]\d{{2}}\b|[ \t]+[-–][ \t]|"
               r"[ \t]+(?:says|ok|agreed|confirmed|emailed|texted|phoned|asked|advised|visited)\b)"),
    # initials signing above or before a role: "HM staff nurse", "KR, HCA"
    re.compile(rf"(?m)^[ \t]*+(?P<v>{_SEVERAL})(?:[ \t]*+,[ \t]*+|[ \t]++)(?i:staff\s+nurse|hca|rn|sn|"
               r"ha|health\s+adviser|support\s+worker|outreach\s+worker|caseworker|key\s*worker)"
               r"[ \t]*+$"),
    # initials with their full stops, anywhere: a person written short ("Referral for J.F.",
    # "v Ms N.K.", "- L.M.", a cell "...,N.H.,"); not "N.B.", "P.S.", "D.O.B.", "U.K."
    re.compile(r"(?<![\w.])(?P<v>[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)(?P<dotted>)(?![\w.])"),
)
# letters with full stops that name nobody (and SHORTHAND's): "P.S.", "c.c.", "e.g.", "R.I.P."
_DOTTED_NOT = frozenset("PS PPS CC EG IE RIP AKA BA MA BSC TV VIP ETA AD BC QC KC JP MO RSVP DJ WC NW "
                        "NE SE SW OCD PPE AA NA HR PR IT UN CV PA PE RE UFO ASAP".split())
# a line of initials alone that ends the note, or initials after its last sentence ("SP."):
# read in the note's last TAIL characters only
_LAST = re.compile(rf"(?:\n[ \t]*|(?<=[.!?])(?P<same_line>)[ \t]+)(?P<v>{_ONE}(?:[ \t]*(?:[/,+&]|and)[ \t]*{_ONE})*)"
                   r"(?P<titled>)(?P<strong>)(?P<last>)\.?[ \t]*+(?:/[ \t]*+\w+)?"
                   # the date signed: "RPE 14/03/2025", "KRW - 14/03/25 16:20", "GW (14 March 2025)",
                   # "OT 19/02"
                   # (a test's or a record's letters are SHORTHAND: "... negative. LMP 01/03/2025")
                   r"(?:[-,(]?[ \t]*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:[12]\d|3[01]|0?[1-9])[./](?:1[0-2]|0?[1-9])|"
                   r"\d{1,2}[ \t]+[A-Za-z]{3,9}[ \t]+\d{4})(?:[ \t]+\d{1,2}[:.]\d{2})?\)?)?\s*+\Z")
# one letter for a person: alone on the note's last line ("K", "P x"), after a title ("Mr T",
# "Mr K's", "Ms P."),
# dotted as the subject of a sentence ("F. says she came from...", "T. denies he..."), undotted
# as a sentence's or a clause's subject before what a person does ("P says", "+ G will ring",
# ". G aware") or after a word a person is the object of, closing its phrase ("brought in by P
# 30/04", "told P - Mercy", "(per P)", "def for L:"); not A or I, a word of their own, nor a
# temperature's T before what it did ("T came down after paracetamol")
_PERSON_DID = (r"says|said|will|aware|translated|showed|wants|wanted|rang|called|texted|told|has|had|"
               r"asked|thinks|agreed|declined|came|went|left|covering|disclosed|reports|reported")
_ONE_LETTER = (
    re.compile(r"\n[ \t]*+(?P<v>[A-Z])\.?[ \t]*+(?:x{1,3})?\s*+\Z"),
    # ... or signing with a kiss what is quoted or said, after its last sentence: "I'm in rehab
    # now. C. x\"", "see you Fri! J xx"
    re.compile(r"(?<=[.!?][ ])(?P<v>[A-Z])\.?[ ](?:x{1,3}|x(?:[ ]x){1,2}|xox|xo)(?=[ \t]*(?:[^\w\s.,;:!?]{0,3}[ \t]*"
               r"(?:[\"”’']|$)))", re.MULTILINE),
    # (its dot too where no name follows, and before a possessive: "Ms P. - Housing", "Mr K's
    # driver")
    re.compile(r"\b(?i:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+(?P<v>[A-Z](?:\.(?=['’][sS]\b)|\.(?![\w.'’]|[ \t]*[A-Z]))?)"
               r"(?:(?=['’][sS]\b)|(?![\w.'’]))"),
    # ... before a possessive and a person or a home of theirs ("J's mum", "K's bf"), or told
    # to do something ("told K to ring her")
    re.compile(r"(?<![\w.'’-])(?P<v>[B-HJ-Z])['’]s[ \t]+(?i:mum|mom|mam|dad|bf|gf|boyfriend|"
               r"girlfriend|partner|husband|wife|sister|brother|kids?|children|son|daughter|baby|"
               r"mate|friend|flat|house|place|phone|nan|aunt|auntie|uncle|cousin|ex|pimp)\b"),
    re.compile(r"\b(?i:told|asked|ask|tell|advised)[ \t]+(?P<v>[B-HJ-Z])[ \t]+to[ \t]+[a-z]"),
    re.compile(r"(?:^|(?<=[.!?:;(+])[ \t]+|(?<=\n)|(?<=[-–] )|(?<=\())(?P<v>[B-HJ-SU-Z])"
               rf"(?=[ \t]+(?:{_PERSON_DID}|now[ \t]+says|on[ \t]+leave)\b)", re.MULTILINE),
    # ... or after a clause's comma, before what a person knows or does not ("new acct ok, J
    # doesnt know", "new phone works, J still doesn't know the number"; not "Hep A ok, B still
    # pending", "size 10 ok, M doesnt fit")
    re.compile(r"(?:(?<=[a-z], )|(?<=[A-Z]{2}, ))(?P<v>[A-HJ-Z])(?=[ \t]+(?:still[ \t]+)?(?:(?:doesnt|doesn['’]t|does[ \t]+not|"
               r"didnt|didn['’]t|dont|don['’]t|wont|won['’]t|hasnt|hasn['’]t|isnt|isn['’]t)[ \t]+(?:know|knows|want|"
               r"like|think|trust|remember|answer|reply|talk|speak|realise|realize|care|been|aware)|"
               r"knows|has[ \t]+no[ \t]+idea)\b)"),
    re.compile(r"(?i:\b(?:by|told|tell|per|asked|ask|with|w/|def(?:ence)?[ \t]+for|sent|showed|"
               r"passed[ \t]+to|handed[ \t]+to|given[ \t]+to))[ \t]+(?P<v>[B-HJ-Z])"
               r"(?![\w'’&-])(?=[ \t]*(?:[.,;:)\]\"”]|$|[-–][ \t]|\d))", re.MULTILINE),
    re.compile(r"(?:^|(?<=[.!?:])[ \t]+|(?<=\n)|(?<=[-–] ))(?P<v>[A-Z]\.)[ \t]+(?:says|said|denies|denied|"
               r"worried|is|was|has|had|wants|asked|told|reports|reported|agreed|declined|came|"
               r"rang|left|went|thinks|feels|felt|lives|works|worked|knows|got|showed|signed|"
               r"disclosed|attended|missed|arrived|called|texted|will|would|can|could|does|did)\b",
               re.MULTILINE),
)
TAIL = 40
_PRESENT_LINE = re.compile(r"[ \t]*(?i:(?:also\s+|those\s+)?present(?:\s+at\s+\w+)?|attendees|attending|"
                           r"in\s+attendance|apologies|invited)[ \t]*:")
_NAME_AFTER = re.compile(r"[ \t]+(?!(?:Mon|Tues?|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"  # not a weekday,
                         r"[A-Z](?:[a-z]++(?![ \t]*:)|\.?[ \t]+[A-Z][a-z])")  # nor the next label


def _own_letters(text: str, m: re.Match) -> bool:
    """Are the letters in brackets the label's own, its words' first letters ("Child
    protection (CP)", "Looked after (LAC)")?"""
    words = re.findall(r"[A-Za-z]+", text[text.rfind("\n", 0, m.start()) + 1:m.start("v")])
    letters = m.group("v")
    return len(words) >= 2 and letters[:2] == (words[-2][0] + words[-1][0]).upper() \
        or bool(words) and letters[0] == words[0][0].upper() and len(words) >= len(letters) - 1


class InitialsRecognizer(TokenRecognizer):
    ENTITIES = ("PERSON",)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        spans = set()  # two patterns may find the same initials
        capitals = in_capitals(getattr(nlp_artifacts, "as_written", text))
        matches = [m for pattern in _PATTERNS for m in pattern.finditer(text)]
        if last := _LAST.search(text, max(0, len(text.rstrip()) - TAIL)):
            matches.append(last)
        for pattern in _ONE_LETTER:
            for m in pattern.finditer(text, max(0, len(text.rstrip()) - TAIL)
                                      if pattern is _ONE_LETTER[0] else 0):
                if m.group("v")[0] not in "AI" or not m.group("v").endswith("."):
                    spans.add((m.start("v"), m.start("v") + 1))
        for m in matches:
            if "named" in m.re.groupindex and not self._a_name(m.group("named")):
                continue
            if "dotted" in m.re.groupindex and m.group("v").replace(".", "") in _DOTTED_NOT:
                continue
            if "present" in m.re.groupindex and not _PRESENT_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
                continue
            if "coded" in m.re.groupindex and (m.group("v") in LANGUAGE_CODES or _own_letters(text, m)):
                continue  # "Next steps (EN):" is in English; "Child protection (CP):" the label's
            if "lower" in m.re.groupindex:
                key = m.group("v")
                if key not in TEXTED_PAIRS and key not in STOP_WORDS and key not in TITLES \
                        and key.upper() not in SHORTHAND and key.upper() not in self.allow.acronyms:
                    spans.add(m.span("v"))
                continue
            parts = list(re.finditer(_PART, m.group("v")))
            if "pair" in m.re.groupindex:
                letters = [p.group().replace(".", "") for p in parts]
                if not any(w in SHORTHAND or w in self.allow.acronyms or fold(w) in TITLES
                           or w in LANGUAGE_CODES for w in letters) \
                        and sum(self._someone(p.group(), capitals) for p in parts) >= len(parts) - 1:
                    spans.update((m.start("v") + p.start(), m.start("v") + p.end()) for p in parts)
                continue
            listed = "listed" in m.re.groupindex
            if "both" in m.re.groupindex and not all(self._someone(p.group(), capitals, listed=listed)
                                                     for p in parts):
                continue
            strong = ("strong" in m.re.groupindex or "rank" in m.re.groupindex
                      and m.group("rank")) and not capitals

            def titled(p: re.Match) -> bool:  # (a title's letters before a name: "DS Karen")
                # (a title's letters that act are someone, shorthand or not: "MS says", "MS to
                # write the letter", "17/01/25 DC OR - call back")
                named = _NAME_AFTER.match(text, m.start("v") + p.end())
                return "acts" in m.re.groupindex and not named and p.group() not in _ROLES \
                    or "titled" in m.re.groupindex \
                    and p.group() not in _SHORTHAND_TITLES and not named
            if "word" in m.re.groupindex:  # (not "consents - YES", "Staff: ALL", a role)
                parts = [p for p in parts if (not p.group().isascii()
                                              or zipf(fold(p.group())) < WORD_MIN
                                              or strong and p.group() in WORD_INITIALS
                                              or titled(p) and fold(p.group()) in TITLES)
                         and p.group().replace(".", "") not in SIGNED_ROLES]
            for part in parts:
                # (in a list, shorthand's letters are someone's only with a role in brackets after
                # them, "Present: SH (Chair)", or handed over to: not "Minutes: AOB none",
                # "Workers: PM shift")
                roled = listed and ("both" in m.re.groupindex
                                    or _BRACKET_AFTER.match(text, m.start("v") + part.end()) is not None)
                if self._someone(part.group(), capitals, titled=titled(part), strong=strong, listed=roled) \
                        or "last" in m.re.groupindex and m.group("same_line") is not None \
                        and part.group() in SIGNING_ROLES and not capitals:
                    start = m.start("v") + part.start()
                    spans.add((start, start + len(part.group())))
        return [RecognizerResult("PERSON", s, e, SCORE) for s, e in sorted(spans)]

    @staticmethod
    def _a_name(word: str) -> bool:
        key = fold(word)
        return key in given_names() or key in family_names() or zipf(key) < RARE_NAME

    def _someone(self, letters: str, capitals: bool, titled: bool = False,
                 strong: bool = False, listed: bool = False) -> bool:
        """Initials, not shorthand, a title, an allowed acronym or (in a note in capitals,
        "DISCUSSED WITH SON") an everyday word; where the note says initials are meant
        (`titled`: "DI (DOB 03/07/93)"), two letters that are also a title or a word are too,
        and (`strong`: "Worker: OF", "present MQ OF HB", "checked by OF") two capitals that
        are a little word in a note not in capitals."""
        key = letters.replace(".", "")
        # (letters with an accent are no English word: "PÓR" is not "por"; in a list of who was
        # there or a handover (`listed`), a clinical abbreviation's letters are someone's:
        # "Present: SH (Chair), CW", "Handover TB > CW"; a role's are the role)
        return (key.upper() not in SHORTHAND or listed and key.upper() not in ROLE_LETTERS) \
            and (not key.isascii() or fold(key) not in STOP_WORDS
                 or strong and key in WORD_INITIALS) \
            and (titled or fold(key) not in TITLES) and key not in self.allow.acronyms \
            and not (capitals and "." not in letters and zipf(fold(key)) >= EVERYDAY
                     and not (titled and len(key) == 2))
