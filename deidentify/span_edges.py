"""The edges of what was found: words beside a found name or address that belong to it.

Read on the note as written, after the recognizers, on spans already merged (a title or kin
word starting a found name is left out of it: "DR KAPLAN", "SON DAVID"):
- a saint before a name, which names premises, and a possessive after premises ("St.
  Brendan's", "St Mary's");
- an initial after a name ("Jen M.", "Cheryl B.", and "amy k" after a known given name), and a
  place's last word after a word read as a name ("Sallow Fields", "Tanner's Reach");
- a name in brackets after a name ("KATARZYNA W. ("KASIA")", "Bogdana (Bogi)"), and a
  nickname in quotes before the family name ('TASHA "TASH" NEWBOLD', 'Nicola ("Nikki") WRAGG');
- a given name before a found family name ("Femi Adebayo", "Precious Ndlovu");
- a particle between two parts of a name ("VAN DER HOEK", "Demar de Rozan"), or before a
  found family name with the name or initial before it ("Carmen de la Fuente", "F. de la
  Torre"), and the second half of a double name ("Okonkwo-Bright");
- a part of the year before a found date ("late 2025", "spring 2026", "Q3 2027");
- a house number before a found premises or estate ("4 Mill Cottages"), an extension after a
  phone number ("01632 960 239 x4417");
- the town after a found street that ends in a word, a comma between ("44 PARTRIDGE LANE, SAUGUS",
  "33 Crossley Street, Halifax");
- the rest of a web address or handle found in part ("star.ga|zer.kb");
- a code's letters joined to a number found ("RSH/|0093120", "PIP-QX-|4417092", "0004471-8
  SSP|/GO");
- a nurse's initials signing a note after a slash ("... /KT", "... /rk");
- a support service the allow-list keeps, named after a found place: a local branch or
  station ("Kellingford Women's Aid", "Harlowmere Police Station") is a premises;
- the first word of premises joined by "&" ("the old Dog & Partridge"), and a firm's two
  letters so joined ("R&J Groundworks");
- a family name in capitals before a comma and a found given name ("HOXHA, Erjona");
- a known given name just before a phone number or email, as a contact is written ("Women's
  Aid (Jen, 0116 496 0844)", "Mags: 07700 900 312", "ring Tom on 07700 900 123");
- a name or place written in its own script beside its spelling in Latin letters, in
  brackets either way ("สุภาพร แก้วมณี (Supaporn Kaewmanee)", "阿强 (A-Qiang)"): an
  interpreter's note gives both, and the model reads only one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from anyascii import anyascii

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.allow_list import AllowList
from deidentify.found_words import person_with_job, without_job, without_label
from deidentify.lexicon import (DEMONYMS, JOB_HEADS, KIN, MONTHS_AND_DAYS, NOT_NAMES, OTHER_SCRIPTS,
                                RECORD_WORDS, SIGN_OFFS, SIGNED_ROLES, TITLES, WORKER_ROLES, family_names,
                                fold, foreign_word, given_names, given_names_any_case, misspelt,
                                plural_of_a_word, specialty_word, zipf)
from deidentify.recognizers.dates import QUALIFIER_BEFORE
from deidentify.recognizers.establishment import FIRM_ENDINGS, HEAD_WORDS
from deidentify.recognizers.initials import SHORTHAND
from deidentify.recognizers.spelled_numbers import HOUSE_WORDS
from deidentify.recognizers.names_abroad import SYLLABLE, TITLES as TITLES_ABROAD, echoes
from deidentify.recognizers.person_names import FORM_LABELS, NICKNAME_FIRST
from deidentify.recognizers.street_address import STREET_ENDS, STREET_WORDS, US_STATES
from deidentify.spans import Span

# titles and kin words kept in front of a removed name (TITLES, and the family a note names)
# (not a nickname's first word: "Madam Grace", "Big Sue" are names whole)
KEPT_BEFORE_NAMES = (TITLES - NICKNAME_FIRST) | KIN | WORKER_ROLES | {"hosp"}
_LEADING_WORD = re.compile(r"([A-Za-z]+)\.?[ ]+")
# Vietnamese titles, given names too when capitalised, are titles in lower case before a name
_TITLE_IN_LOWER_CASE = re.compile(r"(?:chị|anh|em|cô|bà|ông|khun)[ ]+(?=[^\W\d_])")
PARTICLES = frozenset("van der den de del della di da das dos do du von la le ap bin ben ibn al el "
                      "ter ten".split())
# ... and those inside a name the model reads as two: Welsh and Gaelic articles and a Gaelic
# surname's particles ("Clinig y Bont", "Mac a' Phì", "Baile an Tòrrain", "Ó Riain")
# (as written: "ó" is no "o", "là" no "la"; not "na", Polish "on": "u Oli na Station Rd")
_GAELIC = ("Ó", "Ní", "Nic", "Mac", "Mhic", "Ua", "Uí")
_GAP_PARTICLES = frozenset(("y", "yr", "a'", "a’", "an") + _GAELIC)
# (a Gaelic surname's particle before a name found: "Garda Ó Dubhghaill", "Áine Ní Bhriain")
_JOINED_KINDS = frozenset(("PERSON", "LOCATION", "STREET_ADDRESS", "ESTABLISHMENT"))
_GAELIC_BEFORE = re.compile(r"(?:^|(?<=\s))(?:" + "|".join(_GAELIC) + r")[ ]$")
_POSSESSIVE = re.compile(r"['’]s\b")
# a message's header, its sender and a time alone on the line: "Will Hargreaves  16:24"
_TIME_ENDS_LINE = re.compile(r"[ \t]*(?:[,·(–-][ \t]*)?(?:(?i:yesterday|today)[ \t]+)?\d{1,2}[:.]\d{2}"
                             r"(?:[ \t]*(?i:[ap]m))?\)?[ \t]*(?:\n|$)|[ \t]*:(?!\d)")  # ... or a colon
# a local body's head after its town, in any case: "SLIVEN MUNICIPALITY", "Săveni Town Hall",
# "ELBASAN LOCAL POLICE DIRECTORATE", "CEDAR FORKS FIRE RESCUE", "Kellingmouth MASH", "Glyndeg
# University Health Board"
# ... and before it: a Scottish health board, a university ("NHS Strathmorven", "University of
# Wendlebridge")
SAME_NAME = 0.5  # likeness of a name and its other script read in Latin letters (difflib ratio)
SAME_NAME_BEFORE = 0.7  # ... of a word in another script just before a name, and the name or a word of it
BODY_PLACE_MAX = 4.0  # Zipf frequency below which a word after "NHS" or "University of" is a place
_BODY_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?:NHS|(?:University|College)[ ]of)[ ]$")
_BODY_AFTER = re.compile(r"[ ](?i:(?:local[ ])?(?:police[ ])?(?:municipality|municipal[ ]office|town[ ]hall|"
                         r"city[ ]hall|directorate|police[ ]station|fire[ ](?:rescue|department|service)|"
                         r"city[ ]fire|rape[ ]crisis(?:[ ]&[ ]advocacy)?|survivor[ ]advocacy|mash|"
                         r"(?:civil[ ])?registration[ ]office|registry[ ]office|"
                         r"(?-i:(?:University[ ])?Health[ ]Board|HSCP|Health[ ]and[ ]Social[ ]Care[ ]Partnership))|"
                         r"(?-i:On-Call|On[ ]Call|Duty[ ]Phone|Duty[ ]Line))\b|(?<=[ ]On)-Call\b")
# (and a service's phone as a chat's sender: "Nightjar On-Call:")
_LINE_STARTS = re.compile(r"(?:^|\n)[ \t]*(?:\[?[\d/.,: ]*[\]-]?[ \t]*)?\Z")  # (a stamp before a speaker)
_CAPITALISED_AFTER = re.compile(r"(?:[ ][A-Z][a-z]+){1,3}\b")
# an initial with its full stop just before a name: "-R. PATEL RN", "(K. Brennan)"
_INITIAL_BEFORE = re.compile(r"(?:^|(?<=[\s(\-–—\"“]))([A-Z]\.)[ ]$")
# a place's last word after a word read as a name: "Sallow Fields", "Tanner's Reach", "Bridge
# End" (the model reads the first word as a person and leaves the place's word)
_PLACE_WORD_AFTER = re.compile(r"(?:['’]s)?[ ](?:Fields|Reach|Heath|Vale|Moor|Dale|Marsh|Common|Meadows|"
                               r"Bottom|Nook|Carr|Ings|Holme|End|Brow)(?![\w'’-])")
_INITIAL_AFTER = re.compile(r"[ ]([A-Z]\.?|[А-ЯІЇЄҐ]\.|[a-z])(?=[\s,.;:)]|$)")  # ("Ірина К.", not "В")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))([A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]+|[A-Z]{2,})[ ]$")
# a name's label in a record, before "SURNAME, GIVEN": "PT: CARVER, HOPE E", "PT: LI, MEI"
_NAME_LABEL_BEFORE = re.compile(r"(?i:\b(?:pt|patient|name|client|detained\s+person|defendant))[ \t]*:[ \t]*\Z")
_SURNAME_COMMA_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“:-]))([A-Z][A-Z'’-]{2,}),[ ]$")
_PARTICLE_GAP = re.compile(r"[ ](?:[^\W\d_]+['’]?[ ]){1,2}")
_NUMBER_BEFORE = re.compile(r"(?:^|(?<=[\s,(]))(\d{1,4}[A-Za-z]?(?P<range>-\d{1,4}[A-Za-z]?)?)[ ]$")
_TOWN_AFTER = re.compile(r",[ ]((?:[A-Z][a-z]+|[A-Z]{3,})(?:[ ](?:[A-Z][a-z]+|[A-Z]{3,}))?)"
                         r"(?=[\s,.;:)]|$)")
_ALIAS_AFTER = re.compile(r"[ ]?\([\"“'‘]?([A-Z][A-Za-z'’-]*)[\"”'’]?\)")
# ... or quoted to open the brackets, words after it: 'Idris ("Id" in texts)'
_QUOTED_ALIAS_AFTER = re.compile(r"[ ]?\([\"“'‘]([A-Z][A-Za-z'’-]*)[\"”'’][ ,;:]")
# a Thai family name after a given name found in Thai (Thai spaces a name's parts, and a
# sentence's phrases): "นางบุญมี ศรีสุข in ...", "KITTIPONG CHAIYASIT / กิตติพงษ์ ชัยสิทธิ์;",
# before English or a mark that ends a name
_THAI_SURNAME_AFTER = re.compile(r"[ ][\u0e00-\u0e7f]{2,}(?=[;,:)(/]|\.(?!\.)|[ ]?\n|$|[ ][A-Za-z(/\d])")
# (not a sentence's next words, before a line's end or "...": "นายคีธ ทำร้ายร่างกาย ..."; after a
# name found in Latin letters too or with a Thai title only: not a chat's "พี่ปลา สบายดีไหม (...)")
_THAI_TITLES = r"(?:นางสาว|นาง|นาย|น\.ส\.|เด็กชาย|เด็กหญิง|ด\.ช\.|ด\.ญ\.)"
_THAI_TITLED = re.compile(_THAI_TITLES)
_THAI_TITLED_BEFORE = re.compile(_THAI_TITLES + "$")
# a name said to be the same person as one found, by "=": "Jade = Yan Jia", "Auntie = 阿芳 =
# A-Fang", "NB MJ = M-J" (one to three capitalised words, initials, or a name in another script)
_SAME_AS_BEFORE = re.compile(rf"(?:^|(?<=[\s(\"“;,]))((?:[A-Z][\w'’.-]*)(?:[ ][A-Z][\w'’.-]*){{0,2}}|[{OTHER_SCRIPTS}]+)"
                             r"[ ](?:==?|=>|aka|a\.k\.a\.?)[ ]$")  # (spaced: not a record's "CN=Gosia Wrobel")
_SAME_AS_AFTER = re.compile(rf"[ ](?:==?|=>|aka|a\.k\.a\.?)[ ]((?:[A-Z][\w'’-]*\.?)(?:[ ][A-Z][\w'’-]*){{0,2}}|[{OTHER_SCRIPTS}]+)(?![\w'’-])")
# the rest of a name in quotes around a found part of it: '"Sweet Rose 🌹"', '"Doris PL"' (its
# other words capitalised, three in all at most; an emoji or a mark may close it)
_FOREIGN_TITLE = re.compile(TITLES_ABROAD)
_ARTICLES = frozenset("el la los las lo le les il der die das".split())  # ('"EL PROFE"': the article stays)
_QUOTED_BEFORE = re.compile(r"[\"“]((?:[A-Z][\w'’-]*[ ]){1,2})$")
_QUOTED_AFTER = re.compile(r"((?:[ ][A-Z][\w'’-]*){1,2})(?=[ ]?[^\w\s\"”]{0,3}[\"”])")
# names in a pair joined by a slash or a plus, one of them found: "Tia/Tee", "Aaron/Az",
# "AM + PV (nurse)", "Mint + Alina both say"
_PAIRED_BEFORE = re.compile(r"(?:^|(?<=[\s(,;:\"“]))(?<![/+][ ])(?<![/+])([A-Za-z][a-z'’]{0,11}|[A-Z]{2,3})"
                            r"(?:/|[ ]/[ ]|[ ]\+[ ])$")
_PAIRED_AFTER = re.compile(r"(?:/|[ ]/[ ]|[ ]\+[ ])([A-Za-z][a-z'’]{0,11}|[A-Z]{2,3})(?![\w'’/-])(?![ ]?[/+])")
# (a pair, not a list of three or more: "Mark / Spice / Crack / Heroin", "Lauren + DV + SA")
PAIRED_RARE = 4.0  # Zipf frequency below which a word paired with a found name is one (not "tea/kit", "Kerry/Audit")
SPELT_AGAIN = 0.8  # difflib ratio at which a word beside a found name is that name spelt again
SPELT_AGAIN_RARE = 3.0  # Zipf frequency below which both are names, not words
PAIRED_SHORT = 5  # letters of such a word at most (a nickname, not "Consent/Fraser", "Receptionist/Admin")
# a person named by where they are from, a place or premises found: "Jas from Kaleido has
# agreed", "Hetty from the Pumphouse" (a word English seldom uses, or a known given name; mid-
# sentence: not a line's "Pasted from ...", "Handover from ...", "Love from ...")
_FROM_BEFORE = re.compile(r"(?:^|(?<=[\s(,;:\"“]))([A-Z][a-z'’]{1,11})[ ]from[ ](?:the[ ])?$")
SAME_AS_RARE = 4.0  # Zipf frequency below which a word said to be a found name is one ("Referrer" is a label)
_NOT_INITIALS = frozenset("BP GCS NEWS HR RR DOB NHS ID REF".split())  # (scores and labels before "=")
PLURAL_OF_A_WORD = 4.0  # Zipf frequency of a word whose plural names no one ("Punters from Bolton")
FROM_NAME_RARE = 3.2  # Zipf frequency below which such a word is a name ("Jas"; not "Referral")
# a short name before the full one in brackets: "the doorman, Oz (Osman Yilmaz)"
_ALIAS_BEFORE = re.compile(r"(?:^|(?<=[\s,;:\"“]))([A-Z][a-z'’-]{1,11}|[A-Z]{2,12})[ ][(\[]"
                           r"(?:(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR)\.?[ ])?$")  # ("OZ (OSMAN YILMAZ)", "Oz [Mr Osman Yilmaz]")
_PARTICLES_BEFORE = re.compile(
    r"(?:^|(?<=\s))((?:[A-Z]\.|[A-Z][a-z]+)[ ])?(?<![^\s])((?:(?:"
    + "|".join(sorted(PARTICLES, key=len, reverse=True)) + r")[ ]){1,2})$")
_HYPHENED_AFTER = re.compile(r"-[A-Z][a-z]+\b")
# ... and a given name's second syllable in lower case, as Korean and Chinese names are written
# ("Soo-yeon", "Mi-kyung", "Chi-wai"; not "Anna-ish", "Tom-style")
# (one syllable's shape: not "Tia-gp", "Jodie-bupe", "Anna-ish", "Tom-style")
_SYLLABLE_AFTER = re.compile(rf"-({SYLLABLE})\b(?![-'’])")
SYLLABLE_MAX = 4.6  # Zipf frequency below which such a lower-case word after a name is its syllable
# a house's number before or after a street found (as a street, or as a person or a place the
# model took it for): its last word a street's word; the number alone on its side ("18 Sorrel
# Dene", "6/Penfold Walk", "9 tenter croft", "Tenter Croft 27."; not "Tenter Croft 10 - 4 kits",
# "£18 Sorrel Dene", "x2 Tanyard Row", "Hoggart St 2115 quiet", "tallow st 23.50", "HR 104 ST")
_STREET_WORD_END = re.compile(r"[^\W\d_]{3,}[ ](?i:" + STREET_ENDS + r")\.?\Z")
# (as a scanner reads it too, l or I for a 1: "l9 Ropewalk Lane", "4l Ropewalk Lane")
_NUMBER_BEFORE_STREET = re.compile(r"(?:^|(?<=[\s,(]))(\d{1,4}[a-zA-Z]?|[lI]\d{1,3}|\d{1,2}[lI]\d?)(?:[ ]|/)\Z")
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<=\w),[ ](?P<number>\d{1,4}[a-zA-Z]?)[ ]\Z")
_STREET_TO_TOWN = re.compile(r"(?:[ ][A-Z][a-z]+)?(?=,[ ][A-Z][a-z])")
_NUMBER_AFTER_STREET = re.compile(r"[ ](\d{1,3}[a-zA-Z]?)(?![.:]\d)(?=[ \t]*(?:[.,;:)\n]|$))")
# a family name in capitals after a found given name, as records write it: "Chantelle DOBBS",
# "Sandra OKOYE-HALE", "Maricel DELA CRUZ", "Gareth PYBUS of Hollinsgate"
# (where a name ends: the line's end, punctuation, a form's wide space, an age or a date, a
# possessive; not a sentence going on, as emphasis does: "Kelly EVICTED today", "Jade ASAP re")
_CAPS_SURNAME_AFTER = re.compile(r"[ ]{1,2}([A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’]+(?:[- ][A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’]+)*)"
                                 r"(?=['’]s?\b|[ \t]*(?:$|[,.;:!?()\[\]/|]|\n)|[ \t]{2,}|[ \t]+\d|[ ]of[ ][A-Z]"
                                 r"|[ ][-–][ ]|[ ]x\b|[ ](?:DOB|dob|aged?)\b)")
# a family name in capitals just before a given name, as documents write them (four letters or more)
# (a Scots or Irish "Mc" or "Mac" kept small: "McALLISTER Jade")
_CAPS_SURNAME_BEFORE = re.compile(r"(?:^|(?<=[\s(/:]))([A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ](?:(?<=M)a?c)?[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ'’-]{3,})[ ]\Z")
# a family name in lower case after a given name in lower case: "jade mcallister", "amber wilkes"
# ("(jade mcallister)", "amber wilkes 22", "jade mcallister's mum", "jade mcallister dob ..."), before a
# bracket, a comma, a number, a possessive or a date of birth
_LOWER_SURNAME_AFTER = re.compile(r"[ ]([a-z][a-z'’-]{3,}?)(?=(?:['’]s)?[ \t]*(?:[()\[\],]|\d|(?i:dob|aged?|mum|dad)\b)"
                                  r"|['’]s\b)")  # (not "jade tearful.")
_CHAT_WORDS = frozenset("tmrw tmoz 2moro aswell hubby wifey rehab detox bestie".split())
LOWER_SURNAME_MAX = 3.5  # Zipf frequency: ... a word English uses less (not "jade said", "amber smith")
# where a sentence ends
_SENTENCE_END = re.compile(r"[.!?\n]")
CAPS_BEFORE_MAX = 3.0  # Zipf frequency: ... that English uses less (not "URGENT Maria")
_NUMBER_WORD_BEFORE = re.compile(r"(?:(?<=[\n:(,])|(?<=[\n:(,][ ])|(?<=\A)|House[ ])(?-i:No|NO)\.?[ ]?\Z")  # (not "NHS No.")
_REGION_AFTER = re.compile(r"[ ](?:region|oblast|province|county|district|voivodeship|raion|governorate)\b")
# a place's head: a street's word, a premises' (establishment.HEAD_WORDS) or a building's ("FAITH
# HALL", "MARK LANE"; not words as common as family names: "Green", "Wood")
_PLACE_WORDS = frozenset(STREET_WORDS) | HEAD_WORDS | frozenset("hall chapel court park farm tower ward unit".split())
_CAPS_LINE = re.compile(r"[ \t]*(?P<v>[A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+){1,2})[ \t]*")
_CAPS_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÝАЕЁИІЇОУЫЭЮЯЄ]")  # (post-nominals have none: "MRCGP", "SHN")
CAPS_SURNAME_MAX = 4.0  # Zipf frequency: a word in capitals after a given name English uses less
_HYPHENED_AFTER_CAPS = re.compile(r"-[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’]+\b")  # "LUMINIȚA-ELENA", "OYELARAN-PRICE"
# a middle initial after "SURNAME, GIVEN" in capitals, "A" too: "OKONKWO, BLESSING A   MRN"
# "PATEL, A", "OKAFOR,B.", "ADEYEMI, B (DOB ...)", "ADEYEMI, B ARRIVED"
_COMMA_INITIAL_AFTER = re.compile(r",[ ]?([A-Z])(?=\.|[ \t]{2,}|[ \t]*(?:\n|$)|[,;)\]]|[ \t]+\(|"
                                  r"(?<![AI])[ \t]+[A-Z]{2,}\b)")
# the given name (and middle initial) after "SURNAME," in capitals: "PATEL, ROHIT K MD",
# "SOKOLOVA, ANZHELIKA V      DOB"
_COMMA_GIVEN_AFTER = re.compile(r",[ ]?([A-Z][A-Z'’-]+)(?:[ ][A-Z])?(?=[ \t]{2,}|[ \t]*(?:\n|$)|[,;)]|"
                                r"[ \t]+(?:MD|DO|RN|NP|PA|PA-C|MRN|DOB|FIN|AGE)\b)")
_CAPS_INITIAL_AFTER = re.compile(r"[ ]([A-Z])(?=[ \t]{2,}|[ \t]*(?:\n|$)|[.,;)]|[ \t]+(?:MRN|DOB|NHS|HOSP|AGE|"
                                 r"AGED|ID|D\.O\.B|\d))")
# a nickname in quotes between a given and a family name: 'TASHA "TASH" NEWBOLD', 'Nicola
# ("Nikki") WRAGG', 'MARCUS "BIG M" TOLLIVER'
_NICKNAME_INSIDE = re.compile(r"[ ]\(?[\"“'‘][^\"”'’\n]{1,20}[\"”'’]\)?[ ]([A-Z][a-z'’-]+|[A-Z][A-Z'’-]{1,})"
                              r"(?=[\s,.;:)]|$)")
# ... and the given name before a nickname found in quotes
_NAME_BEFORE_QUOTE = re.compile(r"(?:^|(?<=[\s(:]))([A-Z][a-z'’-]+|[A-Z][A-Z'’-]{1,})[ ]\(?[\"“]$")
_FAMILY_AFTER_QUOTE = re.compile(r"[\"”][ ]([A-Z][a-z'’-]+|[A-Z][A-Z'’-]{1,})")
_CODES = frozenset(("ID_NUMBER", "CLINIC_NUMBER", "US_DRIVER_LICENSE", "PHONE_NUMBER",
                    "POLICE_NUMBER", "PASSPORT_NUMBER", "HOME_OFFICE_REF", "NATIONAL_ID",
                    "US_BANK_NUMBER", "US_PASSPORT", "NHS_NUMBER"))
# "RSH/", "PIP-QX-", "SK26-", "WH-", "rhc/", "RHC " or "RHC #" before a number of five digits or more
# (letters in lower case joined to their sign, or spaced round a slash: "rhc/", "rhc / "; not a
# word before a dash: "lol - 07700")
_CODE_PREFIX = re.compile(r"(?<![\w/-])(?:[A-Z]{1,5}\d{0,2}[ ]?[/#-][ ]?|[a-z]{2,4}\d{0,2}(?:[/#-]|[ ]/[ ]?)){1,3}$")
_JOINED_PREFIX = re.compile(r"(?:[A-Za-z]{1,5}\d{0,2}[/-])+")
_CODE_PREFIX_SPACED = re.compile(r"(?<=[(\[])[A-Z]{2,5}[ ]$")  # "(RHC 0088124)", not "NHS 999..."
_TOKEN_REST = re.compile(r"(?:\w|[._-](?=\w))+")  # the rest of "star.ga|zer.kb" (.ga is a domain)
# (the labels of a number besides lexicon.RECORD_WORDS and _NUMBER_LABELS)
_CODE_LABELS = frozenset("log pager page bleep no num left rg cnp pesel egn cpf dni nie nif "
                         "incident badge unit room bed flat apt ext cad kit lab sample batch exhibit cid uid "
                         "nrpsi".split())
_SERIES_BEFORE = re.compile(r"(?i:\b(?:seri(?:es|a|e|ja)|сері[яї]|серия)[ \t]+)(?-i:([A-ZА-ЯІЇЄҐ]{1,3}))[ \t]+"
                            r"(?i:no|nr|n|number|№|номер)?\.?[ \t]*\Z")
_GROUP_BEFORE = re.compile(r"(?<![\w.])\d{1,3}\.\Z")
_CODE_START = re.compile(r"[A-Z]{1,3}-\d{4,}")  # "T-0052219" of "WH-T-0052219", read as a name
_CODE_SUFFIX = re.compile(r"/[A-Z]{1,4}(?![\w/])|-[A-Z](?![\w/-])|"  # "SSP/GO", "...-B"
                          r"(?:/\d{1,4}){1,4}(?![\w/])")  # "R418820/25/17" (a reference's few parts)
_EXTENSION = re.compile(r",?[ ]?(?:x|X|(?i:ext|extn)\.?)[ ]?\d{2,5}\b")
_SAINT_BEFORE = re.compile(r"\b(?:St|ST)\.?[ ]$")
_SAINT = re.compile(r"(?:St|ST)\.?[ ][A-Z]")
_SIGNED = re.compile(r"(?:^|\s)/[ ]?([A-Za-z]{2,3})\s*$")
_OTHER = f"[{OTHER_SCRIPTS}]+"  # a word in a script the English model cannot read
_OTHER_WORDS = re.compile(rf"{_OTHER}(?:[ ]{_OTHER})*")
# words in another script just before a find, a space between: "她妈妈还在那里 丽华 |Lihua"
_OTHER_WORDS_BEFORE = re.compile(rf"(?<![^\s(\[,:;\"“'‘])({_OTHER}(?:[ ]{_OTHER}){{0,3}})[ ]\Z")
# a chat's speaker written in Latin letters and then in their own script: "Fon ฝน\t...", "Amy 小美:"
# a name found, then the same name in its own script: "From Fuqing, 福清, in Fujian", "Sliven.
# Сливен." (not a word in lower case: "Anna, спасибо")
_OWN_SCRIPT_NAME_AFTER = re.compile(rf"(?:[,.]|[ ]?/)[ ]({_OTHER}(?:[ ]{_OTHER}){{0,2}})(?=[,.;:)]|\n|$)|"
                                    rf"[ ]?[(\[](?:(?:in[ ])?[A-Za-z]+[ ]?[:-][ ]?)?({_OTHER}(?:[ ]{_OTHER}){{0,2}})[)\]]")  # ("(THAI: ...)", "[in Thai - ...]")
# (a house's number in words only after "number": not "Hackle Rd no one"; a figure alone after
# a bare "no" only before a stop or the line's end: not "no 2 girls", "no 1 about tonight"; not a
# time, a price or a stretch of days)
_HOUSE_NUMBER_AFTER = re.compile(r",?[ ](?:(?i:number|num\.?)[ ]|(?i:no\.|no:|n[º°]|n\.º|n[úu]mero|numer|nr\.?)[ ]?(?=\d)|"
                                 r"#(?=\d)|(?i:no)[ ](?=\d{2}|\d[A-Za-z]?[ \t]*(?:[,.;:)\n]|$)))"
                                 r"(\d{1,4}[A-Za-z]?|(?i:" + HOUSE_WORDS + r"))\b(?![.,:/]\d)"
                                 r"(?![ \t]+(?i:bus|stop|tram|route|train|platform|gate|service|ticket|"
                                 r"days?|weeks?|months?|years?|yrs?|hours?|hrs?|mins?|minutes?|secs?|seconds?|"
                                 r"times?|nights?|am|pm|quid|pounds?|p)\b)")
_OWN_SCRIPT_AFTER = re.compile(rf"[ ][{OTHER_SCRIPTS}]{{1,4}}(?=[ ]?(?:\t|:))")  # (a name's few letters)
_LATIN_IN_BRACKETS = re.compile(r"[\"”'’]?[ ]?\([\"“'‘]?([A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,3})[\"”'’]?[,)]")
_SERVICE_HEAD = re.compile(r"[ ](?:Station|Stn|HQ|Headquarters|Office|Centre|Center|Hub|Court|"
                           r"Branch|Service|Services|Project|Team|Unit|Refuge)\b")
_CONTACT_BEFORE = re.compile(r"(?:^|(?<=[\s(\[]))([A-Z][a-z]+)(?:[,:]|[ ][-–]|[ ]on|[ ]tel\.?|"
                             r"[ ]mob\.?)[ ]?$")
_CALL_BEFORE = re.compile(r"(?i:\b(?:call|ring|text|phone|contact|ask[ ]for))[ ]$")
BRANCH_PLACE_MAX = 3.0  # Zipf frequency: a word English uses less before an allowed service
_PLACE_BEFORE = re.compile(r"(?:^|(?<=[\s(,\"“]))([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ]$")
CONTACT_RARE = 3.7  # Zipf frequency: a capitalised word English uses less before a phone is a name
# labels of a number, a form's (person_names.FORM_LABELS) and others ("Fax: 01632...")
_NUMBER_LABELS = FORM_LABELS | frozenset("tele mob fax mail number call text ring landline office "
                                         "home work reception switchboard helpline emergency direct "
                                         "main desk duty team line whatsapp signal telegram viber".split())
# a flat, room or house number after a street, in the service users' languages too: "Kingfisher
# Way apto 14", "Station Rd 41 pokoj 2", "Dockside Road, квартира 12", "köz 11/B", "g. 17-4",
# "RM 418-B"; and a postal code closing the address: "C/ Olmo Viejo 23, 3º B, 28099)"
_UNIT = (r"(?i:apto?\.?|apt\.?|apartamento|apartament|pok[oó]j|pokoju|квартира|кв\.|kv\.?|ap\.?|room|rm|flat|"
         r"no\.|nr\.?|numer|unit|suite|lok\.)")
_UNIT_AFTER = re.compile(r"(?:(?<=\d)[/-][A-Za-z0-9]{1,3}\b)?(?:[ \t]*\d{1,4}(?:号楼?|號樓?|번지))?"
                         r"(?:[ \t]+\d{1,4}[a-zA-Z]?\b(?![.,:/]\d)"
                         r"(?=[ \t]*(?:[,.;:)\n]|$|" + _UNIT + r")))?"
                         r"(?:,?[ \t]*" + _UNIT +
                         r"[ \t]*\d{1,4}[a-zA-Z]?(?:-[A-Za-z0-9]{1,3})?\b)?"
                         r"(?:,[ \t]*(?!(?:19|20)\d\d\b)\d{4,6}(?=[ \t]*(?:[).;\n]|$)))?")
# a street the model took for a person or place ("Kingfisher Way apto|PERSON"), a unit word it
# swallowed left off: the number after it is then read as the flat's (street_address.SUFFIXES
# less those that end people's names too: Green, Hill, Row, Court, Grove...)
_STREET_NAMED = re.compile(r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}[ \t](?:Road|Rd|Street|St|"
                           r"Lane|Ln|Avenue|Ave|Close|Crescent|Terrace|Way|Drive|Gardens|Place|"
                           r"Square|Parade|Mews|Passage|Quay|Boulevard|Approach|Fold)\b(?P<unit>[ \t]+" + _UNIT
                           + r")?")
# a role a worker signs after their name, kept as titles are: "-Cheryl B. RN", "DONNA KRAUSE NP"
_ROLE_AT_END = re.compile(r"(?:[ \t]*,)?[ \t]+(?:" + "|".join(SIGNED_ROLES) + r")$")
# a state written after a town: "ELKHART FALLS OR", "Trindade, GO", "Anápolis - GO" (US and
# Brazilian states, in capitals, before the end of the line or a stop)
_STATE_AFTER = re.compile(r"(?:,|[ ][-–])?[ ](?!OK\b)(?:" + US_STATES + r"|AC|AP|AM|BA|CE|DF|ES|GO|MA|"
                          r"MT|MS|MG|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)(?=[ \t]*(?:[,.;)\n]|$))")
# ("OK" after a town is mostly "OK": "Meet in Halifax, OK.")
# a postal code after a town, before a line's end or a stop: "WESTLAKE 90006", "Udon 41999"
_POSTAL_AFTER = re.compile(r"[ ]\d{5}(?:-\d{4})?(?=[ \t]*(?:[,.;)\n]|$))")
# ... and before it, as Hungary and others write it: "address: 4499 Nyíregyháza"
_POSTAL_BEFORE = re.compile(r"(?:^|(?<=[\n:,(])|(?<=: ))[ \t]*(?!(?:19|20)\d\d[ ])(\d{4,5})[ ]$")
# an officer's name after their collar number: "(PC 1184 Sharma)"
_NAME_AFTER_COLLAR = re.compile(r"[ ]([A-Z][a-z'’-]+|[A-Z][A-Z'’-]{2,})(?=[\s,.;:)]|$)")  # "PC 1184 SHARMA"
# a record's label the model took in with its number ("Hosp No RX4471022|ORGANIZATION")
_LABEL_OF_CODE = re.compile(r"(?i:" + "|".join(sorted(RECORD_WORDS, key=len, reverse=True)) + r")\.?:?[ \t]+"
                            r"(?:(?i:no\.?|number|num|#):?[ \t]*)?(?=[A-Za-z]{0,4}\d[\w/-]*$)")
# a floor or a named building before a street: "2nd Floor, 40 Bridge Street", "First Floor, 6
# Corn Exchange Passage", "Civic Offices, Market Street"
_FLOOR_BEFORE = re.compile(r"(?:(?:\d{1,2}(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Gg]round|"
                           r"[Tt]op|[Uu]pper|[Ll]ower|[Bb]asement)[ \t]+(?i:floor|flr)|(?i:floor|flr|suite|unit)[ \t]+\d{1,3}|"
                           r"[A-Z][a-z]+[ \t](?:Offices|House|Building|Buildings|Chambers|Centre|"
                           r"Hall|Court|Courts|Lodge|Mill|Works|Exchange)),[ \t]*$")
_AMPERSAND_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))([A-Z][a-z]+|[A-Z]{3,})[ ]?&[ ]?$")
# ... and two letters joined by "&" before a firm's word: "R&J |Groundworks", "R & |J Groundworks"
# (the model may find the name from its second letter; not a ward's, a session's, a department's,
# a procedure's or a chain's letters, _NOT_FIRMS)
_FIRM_LETTERS = re.compile(r"(?:^|(?<=[\s(\"“]))([A-Z])[ ]?&[ ]?(?:([A-Z])[ ])?$")
_NOT_FIRMS = frozenset("AE QA RD PL ID IO LD MS BQ HM CA PO VA BB DV OG SM HS TC GT RB AR FB OM ME ED DC UE "
                       "SE".split())
# ... and the other way: the second of a pair after its first was found, "Cask| & Compass",
# "Harwood Fire| & Security"; with "and" only in a pub's "the ... and ...": "the Ferret| and
# Lantern", "the Coach| and Horses" (not "the Home Office and Border Force": one word, then no
# more capitals; nor a person after a premises: "the Velvet Rooms and Danuta is at home")
_PAIR_AFTER = re.compile(r"[ ](?P<joint>&|and)[ ](?P<word>[A-Z][a-z]+)\b(?![ ]+[A-Z])(?!['’-]\w)")
_THE_BEFORE = re.compile(r"\b(?i:the)[ ]+$")
# a company's name in capitals with its legal ending, closing a find
_CAPS_FIRM = re.compile(r"(?<![\w'’&-])(?:(?:[A-Z0-9][A-Z0-9'’&.-]*|&)[ ]){1,5}(?:" + "|".join(FIRM_ENDINGS)
                        + r")\.?\Z")
# what a small firm does, after its name found, capitalised or in capitals: "Golden Phoenix
# Travel", "Gloss & Lens Photography", "DIAMOND COMPANIONS", "Hesketh Media Solutions"
_FIRM_KIND_WORDS = ("Travel", "Photography", "Media", "Solutions", "Consulting", "Consultancy", "Cleaning",
                    "Lettings", "Properties", "Estates", "Events", "Entertainment", "Management",
                    "Promotions", "Models", "Modelling", "Companions", "Escorts", "Imports", "Trading",
                    "Enterprises", "Holdings", "Ventures", "Leisure")
_FIRM_KINDS = "|".join(w for word in _FIRM_KIND_WORDS for w in (word, word.upper()))
# a firm's legal ending after its name: "Hartley Immigration Law LLP", "Kestrel Care Ltd"
# (and a lender's, a garage's or an undertaker's: "Northgate Building Society", "Cawdleford &
# District CU", "Crestline Debt Recovery", "Sandford & Daughters", "Harbourside Properties
# (Gullhaven) Ltd", "Harlan Brewing Co."; not a county's "Co. Antrim", nor "Co-ordinator")
_FIRM_AFTER = re.compile(r"\)?[ ](?:(?:" + "|".join(FIRM_ENDINGS) + r"|Ltd|Limited|plc)\.?|Inc\.?|LLC|& Co\.?|& Sons?|& Daughters?|"
                         r"Solicitors|Law|Building Society|Credit Union|CU|Debt Recovery|Debt Collection|"
                         r"Motors|Recovery|Brewery|Co\.?(?![ ]+[A-Z]|-)|" + _FIRM_KINDS + r")(?:\b|(?<=\.))")
# a school's church and kind after its place or saint: "St Wulfric's C of E Primary", "Skelby CE
# Primary", "Skelby primary", "St Mary's Catholic High School" (not "Kilmurragh primary care
# centre", "Ferrier St first then")
_SCHOOL_AFTER = re.compile(r"(?:['’]s)?[ ](?P<church>(?:C[ ]of[ ]E|CofE|CE|C\.E\.|RC|R\.C\.|Catholic|Church[ ]of[ ]England|"
                           r"Methodist)[ ](?:\(V[AC]\)[ ])?)?"
                           r"(?i:primary|infants?|juniors?|academy|nursery|(?:first|middle|high|secondary)(?=[ ](?i:school)))"
                           r"(?:[ ](?i:school|academy))?\b"
                           r"(?![ ]+(?i:care|health))")
# a shop named by its owner's possessive, its kind in lower case after it ("Ridley's bakery";
# not "her sister Daeng's shop", "Van's on Tanyard Row"), or a saint's ("St Aidan's"): the
# possessive is part of the name
_POSSESSIVE_SHOP = re.compile(r"['’]s\b(?P<shop>(?=[ ](?:bakery|cafe|café|caff|chemists?|salon|garage|"
                              r"takeaway|chippy|barbers?|pub|diner|launderette|laundrette|"
                              r"newsagents?|off[- ]licence|supermarket|butchers?|minimart|"
                              r"kebabs?)\b))?")
# a premises' word joined by a hyphen: "Lantern Street Drop|-in"
# the kind of premises after a name found in a note in lower case, as speech-to-text writes it:
# "thornlea| medical practice", "ashgrove| law centre", "dunsholt| youth hub", "pellow| house" (not
# after a saint's possessive: "st jude's community centre" is St Jude's, its kind described)
_LOWER_PREMISES_AFTER = re.compile(
    r"[ ](?:(?:medical|health|law|legal|youth|sexual|community|family|resource|advice|wellbeing|"
    r"women'?s|housing|day|recovery|leisure|sports|social)[ ])?"
    r"(?:practice|surgery|centre|center|hub|clinic|health|lodge|house|motors|housing|lounge|hotel|"
    r"hostel|inn|sauna|spa|club|project|academy|school|college|hospital|refuge|garage|salon|"
    r"pharmacy|chemist|church|mosque|temple|association|trust)\b(?![-'’])")
LOWER_PREMISES_NAME_MAX = 3.5  # Zipf frequency: a place's name is rare, a word read as a name is not ("chase")
_DROP_IN_AFTER = re.compile(r"(?<=[Dd]rop|[Ww]alk)-(?i:in)\b(?!-)")  # (not "CIWA-Ar", "Mon-Sat")
# two premises' names read apart at a small word: "Hebblethorpe Centre| for |Sexual Health"
_PREMISES_GAP = re.compile(r"[ ]for(?:[ ]the)?[ ]")  # (not "Institute of ...", a body's own name)
# a region's word after a place found: "Кіровоградська обл.", "Lviv oblast", "jud. Teleorman"
_REGION_AFTER = re.compile(r"[ ](?:обл\.|область|області|oblast|р-н|район|raion|voivodeship|"
                           r"województwo|province|prov\.)(?![\w])")
# premises named with a possessive the model split off: "Marrowfield Men|'s Outreach", "the
# Drover|'s Rest"; or by the possessive alone after a word of being there: "at Aphrodite|'s."
# ("at Sarah's." is hers: a person's place, as identifying as her name; not a condition named
# after a person: "in Crohn's")
_POSSESSIVE_PREMISES = re.compile(r"['’]s(?:[ ](?:[A-Z][a-z]+[ ]){0,2}(?:Outreach|Project|Service|"
                                  r"Services|Centre|Center|Network|Collective|Group|Team|Clinic|"
                                  r"Refuge|Trust|Hostel|Health|Aid|Home|Hospital|Unit|Ward|Rest|Arms|"
                                  r"Head|Place|Inn|Bar|Tavern|Lodge|Rooms|Cafe|Café|Kitchen|Salon|"
                                  r"Sauna|Club|Spa|Hotel|Mission)\b|(?P<alone>)(?=[ \t]*(?:[.,;:!?)\n]|$)))")
# premises named by a possessive in quotes: "Scarlett's", "Tia's" (the quotes make it a name)
_QUOTE_BEFORE = re.compile(r"[\"“‘]\Z")
_POSSESSIVE_QUOTED = re.compile(r"['’]s(?=[\"”’])")
# ... or by a possessive and a name found after it: "the Wheelwright|'s |Lad" (not two people:
# "Jade's Kyle")
_POSSESSIVE_GAP = re.compile(r"['’]s[ ]")
_AT_BEFORE = re.compile(r"(?i:\b(?:at|from|outside|near|z|na|w|în|la|в|за)[ ]+(?:the[ ]+)?)$")
_EPONYMS = frozenset("crohn huntington alzheimer parkinson hodgkin addison cushing graves raynaud "
                     "bell tourette down asperger kaposi munchausen bright".split())
# words that name nobody alone in lower case after "the", "her", "my"...: kin and a name's
# particles ("at her nan's", "the outreach van"; but "ben took my passport")
NO_NAME_ALONE = KIN | PARTICLES | frozenset("nana nanna granny".split())
# ... and kin words that are no one's name in any case, alone (not "Nan", "Baby": names too),
# but after a title a family name ("Ms Son", "DC Cousin")
_ANY_WORD_BEFORE = re.compile(r"\b(\w+)\.?[ ]+$")
KIN_ALONE = frozenset("mum mom mam mummy mommy mum's dad dad's mother father son daughter sister "
                      "brother cousin husband wife boyfriend girlfriend stepdad stepmum".split())
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|her|his|my|our|their|your|this|that|outreach|project)"
                                r"[ ](?:[a-z]+[ ])?$")
EVERYDAY = 4.5  # Zipf frequency from which a word is no town or given name beside a find
WINDOW = 60  # characters before a find searched for its edge (not the whole note: linear time)
ALIAS_RARE = 3.0  # ... below which a word in brackets after a name is one of its names
UNSEEN = 2.0  # ... below which a capitalised word before a found family name is a name
SPEAKER_GIVEN_MAX = 3.5  # ... and in a message's header ("Tash", "Ros"; not "Urgent", "Update")


def _own_script_name(words: str, found: str) -> bool:
    """The name found, written again in its own script: read in Latin letters (anyascii) it
    sounds like the name ("Сливен" after "Sliven", "福清" after "Fuqing", "ศิริพร แก้วมณี" after
    "Siriporn Kaewmanee"; not "Спасибо" after "Anna", "ขอบคุณ" after "Dao"), and is capitalised
    where its script has case."""
    if any(c.isupper() or c.islower() for c in words) \
            and not all(w[0].isupper() for w in words.split()):
        return False
    said = anyascii(words).lower().replace(" ", "")
    # (in either order: "BOONMEE, Siriporn (ศิริพร บุญมี)")
    names = re.findall(r"[^\W\d_]+", fold(found))
    return max(SequenceMatcher(None, "".join(order), said).ratio()
               for order in (names, names[::-1])) >= SAME_NAME


def _own_script_name_before(text: str, start: int, end: int) -> int | None:
    """Where the name found starts again, written in its own script just before it: "丽华
    Lihua", "Сливен Sliven" (as many words in that script as the name has, or one)."""
    m = _OTHER_WORDS_BEFORE.search(text, max(0, start - WINDOW), start)
    if m is None:
        return None
    words = m.group(1).split(" ")
    found = text[start:end]
    for n in sorted({1, len(found.split())}, reverse=True):
        written = " ".join(words[-n:])
        if n <= len(words) and len(anyascii(written)) <= 1.5 * len(found) \
                and _own_script_name(written, found) and _sounds_like(written, found):
            return start - 1 - len(written)  # (no longer than the name read: not a sentence)
    return None


def _sounds_like(written: str, found: str) -> bool:
    """Does `written`, read in Latin letters, sound like the name found or one of its words,
    closely (SAME_NAME_BEFORE: not "和" before "Helen", "她在" before "Zaina")?"""
    said = anyascii(written).lower().replace(" ", "")
    words = re.findall(r"[^\W\d_]+", fold(found))
    return max(SequenceMatcher(None, c, said).ratio()
               for c in words + ["".join(words), "".join(words[::-1])]) >= SAME_NAME_BEFORE


def join_edges(text: str, spans: list, allow: AllowList) -> list:
    """The spans with the words at their edges that belong to them (see the module)."""
    given = given_names()
    out = []
    for k, sp in enumerate(spans):
        start, end, entity = sp.start, sp.end, sp.entity
        if entity in ("PERSON", "ORGANIZATION", "LOCATION"):
            end = without_label(text, start, end)
            if end == start:
                continue  # a field's label alone ("Date|PERSON: 03/02/25")
        if entity == "PERSON" and text[start:end].islower() and fold(text[start:end]) in NO_NAME_ALONE \
                and _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
            continue  # "at her nan's", "the outreach van": no name (not "ben took my passport")
        if entity == "PERSON" and fold(text[start:end]) in KIN_ALONE \
                and not ((m := _ANY_WORD_BEFORE.search(text, max(0, start - 12), start))
                         and fold(m.group(1)) in TITLES):
            continue  # "Mum in Vietnam", "Mum's number": a relative (not "Ms Son", "DC Cousin")
        if (entity in ("ESTABLISHMENT", "ORGANIZATION") or entity == "PERSON"
                and text[start:end].isupper()) \
                and (m := _AMPERSAND_BEFORE.search(text, max(0, start - WINDOW), start)) \
                and not allow.covers_word(m.group(1)) \
                and (entity != "PERSON" or m.group(1).isupper()):
            start, entity = m.start(1), "ESTABLISHMENT"  # "Dog & Partridge", "BRANSBY & COLE"
        elif entity in ("ESTABLISHMENT", "ORGANIZATION", "PERSON") \
                and (firm := _firm_letters(text, start)) is not None:
            start, entity = firm, "ESTABLISHMENT"  # "R&J Groundworks"
        if entity in ("ESTABLISHMENT", "ORGANIZATION") and (m := _PAIR_AFTER.match(text, end)) \
                and not allow.covers_word(m.group("word")) and fold(m.group("word")) not in given \
                and (m.group("joint") == "&" or _THE_BEFORE.search(text, max(0, start - 6), start)):
            end, entity = m.end(), "ESTABLISHMENT"
        if entity in ("ESTABLISHMENT", "ORGANIZATION", "PERSON") \
                and (m := _FIRM_AFTER.match(text, end) or _POSSESSIVE_PREMISES.match(text, end)) \
                and (m.re is _FIRM_AFTER or m.group("alone") is None
                     or _AT_BEFORE.search(text, max(0, start - 12), start)
                     and fold(text[start:end]) not in _EPONYMS):
            end, entity = m.end(), "ESTABLISHMENT"
        if entity == "LOCATION" and (m := _FIRM_AFTER.match(text, end)):
            end, entity = m.end(), "ESTABLISHMENT"
        if entity == "ESTABLISHMENT" and (m := _CAPS_FIRM.search(text, start, end)) and m.start() > start:
            start = m.start()  # "Dear|Between VELVET NIGHTS LTD": a company in capitals starts in capitals
        if entity in ("ESTABLISHMENT", "ORGANIZATION", "PERSON", "LOCATION") \
                and (m := _POSSESSIVE_SHOP.match(text, end)) \
                and (m.group("shop") is not None or _SAINT_BEFORE.search(text, max(0, start - 4), start)):
            end, entity = m.end(), "ESTABLISHMENT"  # "Ridley|'s| bakery", "St Mary|'s|"
        if entity in ("ESTABLISHMENT", "ORGANIZATION", "PERSON", "LOCATION") \
                and _QUOTE_BEFORE.search(text, max(0, start - 1), start) \
                and (m := _POSSESSIVE_QUOTED.match(text, end)):
            end, entity = m.end(), "ESTABLISHMENT"  # '"Scarlett|'s|"'
        if entity in _JOINED_KINDS and k + 1 < len(spans) and spans[k + 1].entity in _JOINED_KINDS \
                and (m := _POSSESSIVE_GAP.match(text, end)) and m.end() == spans[k + 1].start \
                and text[spans[k + 1].start].isupper() \
                and fold(text[start:end].split()[-1]) not in given \
                and fold(text[spans[k + 1].start:spans[k + 1].end].split()[0]) not in given:
            end, entity = spans[k + 1].end, "ESTABLISHMENT"  # "Wheelwright|'s |Lad"
        if m := _SCHOOL_AFTER.match(text, end):  # (after a saint's given name with the
            # church's letters: "Windlecombe St Mary|'s C of E Primary")
            if entity in ("ESTABLISHMENT", "LOCATION") or entity == "PERSON" \
                    and (fold(text[start:end].split()[-1]) not in given or m.group("church")):
                end, entity = m.end(), "ESTABLISHMENT"
        if entity in ("ESTABLISHMENT", "ORGANIZATION", "PERSON", "LOCATION") and text[start:end].islower() \
                and zipf(fold(text[start:end].split()[-1])) < LOWER_PREMISES_NAME_MAX \
                and not text[start:end].endswith(("'s", "’s")) \
                and (m := _LOWER_PREMISES_AFTER.match(text, end)):
            end, entity = m.end(), "ESTABLISHMENT"
        if entity in ("ESTABLISHMENT", "ORGANIZATION") and (m := _DROP_IN_AFTER.match(text, end)):
            end = m.end()
        if entity == "ESTABLISHMENT" and k + 1 < len(spans) \
                and spans[k + 1].entity in ("ESTABLISHMENT", "ORGANIZATION") \
                and _PREMISES_GAP.fullmatch(text, end, spans[k + 1].start):
            end = spans[k + 1].end
        if entity in ("PERSON", "LOCATION", "ESTABLISHMENT", "ORGANIZATION") \
                and (m := _BODY_AFTER.match(text, end)):
            end, entity = m.end(), "ESTABLISHMENT"  # "SLIVEN MUNICIPALITY", "Kellingmouth MASH"
        if entity in ("LOCATION", "ESTABLISHMENT", "ORGANIZATION", "PERSON") \
                and (m := _BODY_BEFORE.search(text, max(0, start - 14), start)) \
                and not (entity == "PERSON" and fold(text[start:end]) in given) \
                and not allow.covers_word(text[start:end].split()[0]) \
                and zipf(fold(text[start:end].split()[0])) < BODY_PLACE_MAX:  # (not "NHS Digital")
            start, entity = m.start(), "ESTABLISHMENT"  # (a place the model took for a person)
        if entity in ("STREET_ADDRESS", "PERSON", "LOCATION", "ESTABLISHMENT") \
                and _STREET_WORD_END.search(text, start, end):  # a street, however it was read
            if text[start].isalpha() \
                    and (m := _NUMBER_BEFORE_STREET.search(text, max(0, start - 12), start)):
                start, entity = m.start(1), "STREET_ADDRESS"  # "18 Sorrel Dene", "9 tenter croft"
            if m := _NUMBER_AFTER_STREET.match(text, end):
                end, entity = m.end(1), "STREET_ADDRESS"  # "Tenter Croft 27."
        elif entity in ("PERSON", "LOCATION", "ESTABLISHMENT", "ORGANIZATION") \
                and text[start:start + 1].isupper() and fold(text[start:end].split()[0]) not in given \
                and (m := _HOUSE_NUMBER_BEFORE.search(text, max(0, start - 24), start)) \
                and out and out[-1].entity in ("STREET_ADDRESS", "ESTABLISHMENT") and out[-1].end == m.start() \
                and (rest := _STREET_TO_TOWN.match(text, end)):
            # a street with no street's word, between a found flat or premises and its town: "Flat
            # 2, 66 Wellgate, Cradmoor", "Orchid Touch massage, 7 Gillygate, Morrowby", "Flat 5,
            # 9 Mill Race, Ashbarrow"
            start, end, entity = m.start("number"), rest.end(), "STREET_ADDRESS"
        before = max(0, start - WINDOW)
        m = _SAINT_BEFORE.search(text, before, start)
        if entity in ("PERSON", "ESTABLISHMENT") and m:
            start, entity = m.start(), "ESTABLISHMENT"  # "St. Brendan's parish", "St Hilda's"
        elif entity in ("PERSON", "ORGANIZATION") and _SAINT.match(text, start):
            entity = "ESTABLISHMENT"  # "St Mary's", "St Brannock's"
        if entity == "ESTABLISHMENT" and (m := _POSSESSIVE.match(text, end)):
            end = m.end()
            if m := _CAPITALISED_AFTER.match(text, end):
                end = m.end()  # "St Alban's Community Hall"
        if entity in ("ESTABLISHMENT", "ORGANIZATION") and person_with_job(text[start:end]):
            entity = "PERSON"  # "Lesley Pilkington Housing Options Officer|ESTABLISHMENT"
        if entity == "ORGANIZATION" and _NICKNAME_INSIDE.match(text, end) \
                and fold(text[start:end].split()[-1]) in given:
            entity = "PERSON"  # 'TASHA|ORGANIZATION "TASH" NEWBOLD'
        if entity == "PERSON":
            while (m := _LEADING_WORD.match(text, start, end)) and m.end() < end \
                    and fold(m.group(1)) in KEPT_BEFORE_NAMES:
                start = m.end()  # "DR KAPLAN", "SON DAVID": the title or kin word stays
            if (m := _TITLE_IN_LOWER_CASE.match(text, start, end)) and m.end() < end:
                start = m.end()  # "chị Hà": a Vietnamese title in lower case stays
            if len(text[start:end].split()) <= 2 and (m := _PLACE_WORD_AFTER.match(text, end)):
                end = m.end()
            last = text[start:end].split()[-1:]
            m = _INITIAL_AFTER.match(text, end)
            if m and m.group(1) not in ("I", "A", "n", "x", "i", "a", "u") and (  # ("storm n me", "tell hope i cant")
                    m.group(1).isupper() or (last and fold(last[0]) in given
                                             and text[start:end].islower())):
                end = m.end()
            m = _PARTICLES_BEFORE.search(text, max(0, start - WINDOW), start)
            if m and m.group(1) and _named_before(m.group(1), allow):
                start = m.start(1)  # "Carmen de la Fuente", "Ms F. de la Torre", "Lowri ap Rhys"
            elif m and m.group(2).split() != ["van"]:  # ("a new van Will?": the van is a van)
                start = m.start(2)
            m = _SURNAME_COMMA_BEFORE.search(text, max(0, start - WINDOW), start)
            if m and (fold(m.group(1)) in family_names() or zipf(fold(m.group(1))) < ALIAS_RARE
                      or _NAME_LABEL_BEFORE.search(text, max(0, m.start(1) - WINDOW), m.start(1))) \
                    and not allow.covers_word(m.group(1)) and fold(m.group(1)) not in TITLES:
                start = m.start(1)  # "HOXHA, Erjona"
            m = _WORD_BEFORE.search(text, max(0, start - WINDOW), start)
            speaks = m is not None and bool(_TIME_ENDS_LINE.match(text, end)) \
                and bool(_LINE_STARTS.search(text, max(0, m.start(1) - 40), m.start(1))) \
                and fold(m.group(1)) not in MONTHS_AND_DAYS  # (not "Sunday Hargreaves 16:00")
            if m and (_given_before(m.group(1), given, allow,
                                    mid_sentence=within_sentence(text, m.start(1)) or speaks
                                    or m.group(1).istitle() and fold(m.group(1)) not in SIGN_OFFS
                                    and fold(m.group(1)) not in MONTHS_AND_DAYS and _stated(text, end))
                      or speaks and _speakers_given(m.group(1), allow)):
                start = m.start(1)
            if text[start:end].isupper() and "," in text[start:end].rstrip(",") \
                    and (m := _CAPS_INITIAL_AFTER.match(text, end)):
                end = m.end()
            elif text[start:end].isupper() and " " not in text[start:end] \
                    and (m := _COMMA_INITIAL_AFTER.match(text, end)):
                end = m.end()  # "RN PATEL, A."
            elif text[start:end].isupper() and "," not in text[start:end] \
                    and (m := _COMMA_GIVEN_AFTER.match(text, end)) \
                    and ((labelled := bool(_NAME_LABEL_BEFORE.search(text, max(0, start - WINDOW), start)))
                         or len(m.group(1)) >= 4) and m.group(1) not in SIGNED_ROLES \
                    and (fold(m.group(1)) in given
                         or (zipf(fold(m.group(1))) < ALIAS_RARE or labelled and len(m.group(1)) <= 4)
                         and (labelled or fold(text[start:end].split()[0]) in family_names())) \
                    and fold(m.group(1)) not in TITLES and not allow.covers_word(m.group(1)):
                end = m.end()  # "PATEL, ROHIT K"
            if not text[start:end].isupper() and last and last[0].istitle() \
                    and fold(last[0]) in given and (m := _CAPS_SURNAME_AFTER.match(text, end)) \
                    and _caps_surname(m.group(1), allow):
                end = m.end()  # "Chantelle DOBBS"
            if text[start:end].islower() and last and fold(last[0]) in given \
                    and (m := _LOWER_SURNAME_AFTER.match(text, end)) \
                    and _lower_surname(m.group(1), allow):
                end = m.end()  # "jade mcallister"
            if len(text[start:end].rstrip(".")) == 1 and text[start] not in "AI" \
                    and text[start].isupper() and (m := _CAPS_SURNAME_AFTER.match(text, end)) \
                    and " " not in m.group(1) and len(m.group(1)) >= 4 and _caps_surname(m.group(1), allow) \
                    and not _caps_word_beside(text, start, m.end(1)):
                end = m.end(1)  # "Payment to: M CONSTANTINESCU" (not "OF A DENUNCIATION")
            if not text[start:end].isupper() and text[start:start + 1].isupper() \
                    and (m := _CAPS_SURNAME_BEFORE.search(text, max(0, start - 30), start)) \
                    and len(_CAPS_VOWEL.findall(m.group(1))) >= 2 and not _caps_word_beside(text, m.start(1), end, after=False) \
                    and (zipf(fold(m.group(1))) < CAPS_BEFORE_MAX or not m.group(1).isupper()) \
                    and _caps_surname(m.group(1), allow):
                start = m.start(1)  # "KOVALENKO Iryna Mykolaivna", "КОВАЛЕНКО Ірина" (not "ICTG Hana")
            if text[start:end].isupper() and (line := caps_name_line(text, start, end, allow)):
                start, end = line  # "RICH LONG" heading its paragraph, "RICH" found
            if (text[start:end].isupper() or last and len(last[0]) > 1 and last[0].isupper()) \
                    and (m := _HYPHENED_AFTER_CAPS.match(text, end)) \
                    and _name_part(m.group()[1:]):
                end = m.end()  # "LUMINIȚA-ELENA"; not "DR JONES-NO CONCERNS"
            if m := _HYPHENED_AFTER.match(text, end) or _OWN_SCRIPT_AFTER.match(text, end):
                end = m.end()  # "Okonkwo-Bright", "Fon ฝน"
            elif "\u0e00" <= text[end - 1:end] <= "\u0e7f" and (m := _THAI_SURNAME_AFTER.match(text, end)) \
                    and (re.search("[A-Za-z]", text[start:end]) or _THAI_TITLED.match(text, start)
                         or _THAI_TITLED_BEFORE.search(text, max(0, start - 8), start)):
                end = m.end()  # "บุญมี ศรีสุข"
            elif (m := _SYLLABLE_AFTER.match(text, end)) and text[end - 1:end].islower() \
                    and zipf(m.group(1)) < SYLLABLE_MAX and m.group(1) not in STOP_WORDS \
                    and not echoes(text[start:end].split()[-1], m.group(1)):
                end = m.end()  # "Soo-yeon"
            if (m := _NICKNAME_INSIDE.match(text, end)) and fold(m.group(1)) not in STOP_WORDS \
                    and fold(m.group(1)) not in TITLES and not allow.covers_word(m.group(1)):
                end = m.end()
            if (after := _FAMILY_AFTER_QUOTE.match(text, end)) \
                    and fold(after.group(1)) not in STOP_WORDS \
                    and (m := _NAME_BEFORE_QUOTE.search(text, max(0, start - WINDOW), start)) \
                    and _given_before_nickname(m.group(1), allow):
                start = m.start(1)  # 'Wanida "Nok" Srisuk': the given name before a nickname
            if m := _INITIAL_BEFORE.search(text, max(0, start - 4), start):
                start = m.start(1)
            if (m := _ROLE_AT_END.search(text, max(start, end - 12), end)) and m.start() > start:
                end = m.start()
            end = without_job(text, start, end)
            if end == start:
                continue
        if entity in _JOINED_KINDS and k + 1 < len(spans) \
                and spans[k + 1].entity in _JOINED_KINDS | {entity}:
            between = text[end:spans[k + 1].start]  # "Viana do Castelo" read as two names
            words = between.split()
            if _PARTICLE_GAP.fullmatch(between) and (
                    entity in ("PERSON", "LOCATION") and spans[k + 1].entity in (entity, "PERSON")
                    and all(w.isascii() and w.lower() in PARTICLES for w in words)
                    or all(w in _GAP_PARTICLES for w in words)  # "Clinig y Bont", "Mac a' Phì"
                    and (words[0][0].isupper() or text[start:end].split()[-1] in _GAP_PARTICLES
                         # (a surname's "Mac", "Ó" may follow a given name, not "y" or "an")
                         or fold(text[start:end].split()[-1]) not in given_names())):
                end = spans[k + 1].end  # (not two people: "Thiago y Salomé")
        if entity == "PERSON" and (m := _GAELIC_BEFORE.search(text, max(0, start - 5), start)) \
                and fold(text[start:end].split()[0]) not in given:  # (not Irish "ní", "not")
            start = m.start()
        if (m := _STATE_AFTER.match(text, end)) and (
                entity == "LOCATION" or entity in ("PERSON", "ESTABLISHMENT", "ORGANIZATION")
                and _place_read_as_person(text, start, end, m)):
            end = m.end()  # "de Goiânia|PERSON, GO"
        if entity in ("LOCATION", "PERSON") and (m := _REGION_AFTER.match(text, end)):
            end, entity = m.end(), "LOCATION"  # "Кіровоградська|PERSON обл."
        if entity == "LOCATION" and (m := _POSTAL_AFTER.match(text, end)):
            end = m.end()  # "WESTLAKE 90006", "จ.อุดรธานี 41999"
        if entity in ("LOCATION", "PERSON") and (m := _POSTAL_BEFORE.search(text, max(0, start - 8), start)):
            start, entity = m.start(1), "LOCATION"  # "Mum's address: 4499 Nyíregyháza"
        if entity == "POLICE_NUMBER" and (m := _NAME_AFTER_COLLAR.match(text, end)) \
                and fold(m.group(1)) not in STOP_WORDS and not allow.covers_word(m.group(1)) \
                and zipf(fold(m.group(1))) < ALIAS_RARE + 1:
            out.append(Span(m.start(1), m.end(1), "PERSON", sp.score))  # "PC 1184 Sharma"
        if entity in ("DATE", "DATE_OF_BIRTH") \
                and (m := QUALIFIER_BEFORE.search(text, max(0, start - 12), start)):
            start = m.start()  # "late 2025", "spring 2026", "Q3 2027", "mid-Oct"
        if (entity in _CODES or entity == "ORGANIZATION" and _CODE_START.match(text, start, end)) \
                and (text[start:start + 1].isdigit() or _CODE_START.match(text, start, end)) \
                and (m := _CODE_PREFIX.search(text, max(0, start - 16), start)
                     or entity != "PHONE_NUMBER" and sum(c.isdigit() for c in text[start:end]) >= 5
                     and _CODE_PREFIX_SPACED.search(text, max(0, start - 8), start)) \
                and (_JOINED_PREFIX.fullmatch(m.group()) or not _labels_code(m.group())):
            start = m.start()  # (letters joined to the code are the code's: "ARC-UKA-0004127")
        if entity in _CODES and text[start:start + 1].isdigit() \
                and (m := _SERIES_BEFORE.search(text, max(0, start - 24), start)):
            out.append(Span(m.start(1), m.end(1), entity, sp.score))  # a card's series: "series VS no. 000418"
        elif entity in _CODES and text[start:start + 1].isdigit() \
                and (m := _GROUP_BEFORE.search(text, max(0, start - 6), start)):
            start = m.start()  # a number's first group, read apart: "C.C. 0.000.418.227"
        if entity in ("URL", "SOCIAL_HANDLE", "EMAIL_ADDRESS") and (m := _TOKEN_REST.match(text, end)):
            end = m.end()  # a web address or handle found in part is a word whole
        if entity in _CODES and (m := _CODE_SUFFIX.match(text, end)):
            end = m.end()
        if entity == "PHONE_NUMBER" and (m := _EXTENSION.match(text, end)):
            end = m.end()  # "01632 960 239 x4417", "01632 960 417 ext. 2231"
        if entity in ("PHONE_NUMBER", "EMAIL_ADDRESS") \
                and (m := _CONTACT_BEFORE.search(text, max(0, start - WINDOW), start)) \
                and (_given_name(m.group(1), given, allow)
                     or fold(m.group(1)) in given and _CALL_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1))):
            out.append(Span(m.start(1), m.end(1), "PERSON", sp.score))  # "(Jen, 0116 496 0844)"
            # (after a word of calling, a given name that is a country's too: "please call
            # Jordan on 07700 900 360")
        if entity in ("ESTABLISHMENT", "STREET_ADDRESS", "LOCATION", "PERSON") \
                and text[start:start + 1].isupper():
            m = _NUMBER_BEFORE.search(text, max(0, start - WINDOW), start)
            if m and (entity in ("ESTABLISHMENT", "STREET_ADDRESS") or m.group("range")
                      and " " in text[start:end]
                      and text[:m.start(1)].rstrip(" ")[-1:] in ("", ",", "\n", "(")):
                # (a place or a name after a range of house numbers: "31-33 Esplanade North")
                start = m.start(1)
                entity = "STREET_ADDRESS"
        if entity in ("PERSON", "ORGANIZATION", "ESTABLISHMENT") \
                and (m := _LABEL_OF_CODE.match(text, start, end)):
            start, entity = m.end(), "CLINIC_NUMBER"
        if entity in ("PERSON", "LOCATION", "ORGANIZATION") \
                and (m := _STREET_NAMED.fullmatch(text, start, end)):
            entity = "STREET_ADDRESS"
            if m.group("unit"):
                end = m.start("unit")
        if entity == "STREET_ADDRESS" and text[start:start + 1].isdigit() \
                and (m := _NUMBER_WORD_BEFORE.search(text, max(0, start - 12), start)):
            start = m.start()  # "No. 00 Sapele Road", "House No. 14 Anaji Estate"
        if entity == "LOCATION" and (m := _REGION_AFTER.match(text, end)):
            end = m.end()  # "Cherkasy region", "Lviv oblast"
        if entity == "STREET_ADDRESS":
            end = _UNIT_AFTER.match(text, end).end()
            if m := _FLOOR_BEFORE.search(text, max(0, start - WINDOW), start):
                start = m.start()
        if entity == "PERSON" and len(text[start:end].split()) <= 2:
            start, end = _rest_in_quotes(text, start, end, allow)
        out.append(replace(sp, start=start, end=end, entity=entity))
        if entity == "PERSON" and (m := _ALIAS_AFTER.match(text, end)) \
                and (_alias(m.group(1), m.group(0)[-2] in "\"”'’", given, allow)
                     or _between_names(m, spans[k + 1:k + 2], text, allow)):
            out.append(replace(sp, start=m.start(1), end=m.end(1)))
        elif entity == "PERSON" and (m := _QUOTED_ALIAS_AFTER.match(text, end)) \
                and (_alias(m.group(1), True, given, allow)
                     or len(m.group(1)) >= 2 and fold(text[start:end]).startswith(fold(m.group(1)))):
            out.append(replace(sp, start=m.start(1), end=m.end(1)))
        if " " not in text[start:end] and (entity == "PERSON" or entity == "ORGANIZATION"
                                           and fold(text[start:end]) in given):  # ("Tia|ORG/Tee")
            for m in (_PAIRED_BEFORE.search(text, max(0, start - 16), start), _PAIRED_AFTER.match(text, end)):
                if m and _paired(m.group(1), text[start:end], m.group(0), given, allow):
                    out.append(Span(m.start(1), m.end(1), "PERSON", sp.score))
        if " " not in text[start:end] and entity in _JOINED_KINDS:
            for m in (_PAIRED_BEFORE.search(text, max(0, start - 16), start), _PAIRED_AFTER.match(text, end)):
                if m and "/" in m.group(0) and _spelt_again(m.group(1), text[start:end]):
                    out.append(Span(m.start(1), m.end(1), entity, sp.score))  # "popsecu/popescu"
        if entity in ("PERSON", "ESTABLISHMENT", "ORGANIZATION", "LOCATION") \
                and (m := _FROM_BEFORE.search(text, max(0, start - 24), start)) \
                and within_sentence(text, m.start(1)) and _named_from(m.group(1), given, allow):
            out.append(Span(m.start(1), m.end(1), "PERSON", sp.score))
        if entity == "PERSON":
            for m in (_SAME_AS_BEFORE.search(text, max(0, start - 40), start),
                      _SAME_AS_AFTER.match(text, end)):
                if m and _same_as(m.group(1), allow):
                    out.append(replace(sp, start=m.start(1), end=m.end(1)))
        if entity == "PERSON" and text[end:end + 1] in ")]" and " " in text[start:end] \
                and (m := _ALIAS_BEFORE.search(text, max(0, start - 20), start)) \
                and _short_form(m.group(1), text[start:end], given, allow):
            out.append(replace(sp, start=m.start(1), end=m.end(1)))
        if entity in ("PERSON", "LOCATION"):
            out.extend(replace(sp, start=a, end=b, entity=entity)
                       for a, b in _other_spelling(text, start, end))
        if entity in _JOINED_KINDS and (m := _OWN_SCRIPT_NAME_AFTER.match(text, end)) \
                and _own_script_name(m.group(m.lastindex), text[start:end]) \
                and re.search(r"[A-Za-z]", text[start:end]):
            out.append(replace(sp, start=m.start(m.lastindex), end=m.end(m.lastindex), entity=entity))
        if entity in _JOINED_KINDS and re.search(r"[A-Za-z]", text[start:end]) \
                and (before := _own_script_name_before(text, start, end)) is not None:
            out.append(replace(sp, start=before, end=start - 1, entity=entity))
        if entity == "STREET_ADDRESS" and (m := _HOUSE_NUMBER_AFTER.match(text, end)):
            out.append(replace(sp, start=m.start(1), end=m.end(1), entity="STREET_ADDRESS"))
            # ("Foxley Street, number 41", "Hackle Rd no 52", "Vetch Street número 9")
        if entity == "STREET_ADDRESS" and text[end - 1:end].isalpha() \
                and (m := _TOWN_AFTER.match(text, end)) and _town(m.group(1), allow):
            out.append(replace(sp, start=m.start(1), end=m.end(1), entity="LOCATION"))
    m = _SIGNED.search(text, max(0, len(text) - WINDOW))
    if m and fold(m.group(1)) not in STOP_WORDS:
        out.append(Span(m.start(1), m.end(1), "PERSON", 0.5))
    return sorted(out, key=lambda sp: (sp.start, -sp.end))


def _place_read_as_person(text: str, start: int, end: int, state: re.Match) -> bool:
    """Is the find a town the model read as a person, a state after it with a comma or dash
    ("de Goiânia|PERSON, GO"; not "R PATEL RN", a nurse's role, nor "Maria, PA")?"""
    last = text[start:end].split()[-1]
    code = state.group().strip(" ,-–")
    return (state.group()[:1] in ",-–" or state.group()[:2] in (" -", " –")) \
        and last[:1].isupper() and fold(last) not in given_names() and code not in SIGNED_ROLES


def join_services(text: str, spans: list, allow: AllowList) -> list:
    """The spans, a found place or name before a support service the allow-list keeps taken
    with it as premises: a local branch or station ("Kellingford Women's Aid", where the model
    took "Kellingford Women"; "Harlowmere Police Station", where only "Harlowmere" was found,
    perhaps as another mention of the name). Run after repeated names."""
    allowed = allow.spans(text)
    if not allowed:
        return spans
    spans = sorted(spans + _branches(text, spans, allowed, allow), key=lambda sp: (sp.start, -sp.end))
    out = []
    for sp in spans:
        if sp.entity in ("PERSON", "LOCATION", "ESTABLISHMENT", "ORGANIZATION"):
            found = next(((s, e) for s, e in allowed if sp.start < s <= sp.end + 1
                          and e > sp.end and text[s - 1:s] == " "), None)
            if found is not None and (head := _service_of(text, sp, *found, allow)) is not None:
                sp = replace(sp, end=head, entity="ESTABLISHMENT")
        out.append(sp)
    return out


def _service_of(text: str, sp, start: int, end: int, allow: AllowList) -> int | None:
    """Where the premises end when the allowed service at [start, end) belongs to the find
    `sp` before it, or None. A service is named capitalised ("Ilona hep B course" keeps "hep
    B"), an acronym only with its head word ("Harlowmere Police Station", not "X DOB"); after
    a person, only a service the find runs into, one with its head word, or one after words
    English seldom uses, a place taken for a name ("Harlowmere Jobcentre"; "told Anna Police
    are aware" keeps "Police")."""
    head = _SERVICE_HEAD.match(text, end)
    if not text[start].isupper() or (text[start:end].isupper() and not head):
        return None
    if sp.entity == "PERSON" and not (head or start < sp.end
                                      or _rare_words(text[sp.start:sp.end], allow)):
        return None
    return head.end() if head else end


def _branches(text: str, spans: list, allowed: list, allow: AllowList) -> list:
    """Places nothing found, named before an allowed service: one or two capitalised words
    English seldom uses ("Harlowmere Police Station" at a letter's head), as premises."""
    out = []
    for s, e in allowed:
        if not text[s].isupper() or (text[s:e].isupper() and not _SERVICE_HEAD.match(text, e)):
            continue  # a service is named capitalised; an acronym ("Hx CT x2") with its head only
        m = _PLACE_BEFORE.search(text, max(0, s - WINDOW), s)
        if m and not any(sp.start <= m.start() < sp.end for sp in spans) \
                and _rare_words(m.group(1), allow):
            out.append(Span(m.start(1), s - 1, "ESTABLISHMENT", 0.5))
    return out


def _rare_words(phrase: str, allow: AllowList) -> bool:
    """Are all the words of `phrase` ones English seldom uses (a place before a service)?"""
    return all(zipf(fold(w)) < BRANCH_PLACE_MAX and not allow.covers_word(w)
               and fold(w) not in TITLES for w in phrase.split())


def _other_spelling(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The same name in the other alphabet beside a found one, in brackets either way: the
    last words in another script before "(Latin name)" (as many words as the Latin name has),
    or the Latin words in brackets after a name in another script."""
    if _OTHER_WORDS.fullmatch(text, start, end):
        m = _LATIN_IN_BRACKETS.match(text, end)
        return [m.span(1)] if m else []
    opening = text[max(0, start - 3):start]
    if not re.search(r"\([\"“'‘]?$", opening) or text[end:end + 1] not in (")", ",", "\"", "”", "'", "’"):
        return []
    window = text[max(0, start - WINDOW):start]
    before = window.rstrip("\"“'‘(").rstrip(" ")
    words = before.split(" ")
    latin_words = len(text[start:end].split())
    k = 0
    while k < min(len(words), latin_words) and _OTHER_WORDS.fullmatch(words[-1 - k]):
        k += 1
    if k == 0:
        return []
    last = start - (len(window) - len(before))  # where the words before the bracket end
    return [(last - len(" ".join(words[-k:])), last)]


def _given_before(word: str, given: frozenset[str], allow: AllowList,
                  mid_sentence: bool = False) -> bool:
    """A known given name before a found family name; one English uses often too ("Will
    Stone", "JOY BAKER") only where no sentence starts ("Will Stone said" may be a question)."""
    key = fold(word)
    if key not in given and word.istitle() and len(key) >= 3 and zipf(key) < UNSEEN \
            and key not in KEPT_BEFORE_NAMES and key not in TITLES and key not in MONTHS_AND_DAYS \
            and not foreign_word(key) and not specialty_word(key) and key not in JOB_HEADS \
            and not key.endswith(("er", "or", "ist")) and not allow.covers_word(word):
        return True  # a given name no list knows ("Nerys Rhodes", "Thayná Cristina")
    if key not in given or key in KEPT_BEFORE_NAMES or allow.covers_word(word):
        return False  # (Son is a given name too, but "SON DAVID" is her son David)
    if key in STOP_WORDS:  # "Will", "May", capitalised mid-sentence; not "AS" of "KNOWN AS"
        return mid_sentence and word.istitle() and len(word) >= 3
    return mid_sentence or zipf(key) < EVERYDAY


def _stated(text: str, end: int) -> bool:
    """Does the sentence a found name is in end with a full stop, not a question mark? A given
    name that is an everyday word at a sentence's start is a name then ("Will Hartley (health
    adviser) rang in the end."; not "Will Stone be there?")."""
    m = _SENTENCE_END.search(text, end)
    return m is not None and m.group() != "?"


def _caps_word_beside(text: str, start: int, end: int, after: bool = True) -> bool:
    """Is the word before text[start:end] or (`after`) the one after it in capitals, on the same
    line (a heading or a form in capitals, not a name: "REPUBLIKA E SHQIPËRISË / REPUBLIC")?"""
    before = re.search(r"(\S+)[ \t]+\Z", text[max(0, start - 40):start])
    after = after and re.match(r"[ \t]*[/,;:-]?[ \t]*(\S+)", text[end:end + 40])
    return any(m and sum(c.isalpha() for c in m.group(1)) >= 2 and m.group(1).isupper()
               for m in (before, after))


def caps_name_line(text: str, start: int, end: int, allow: AllowList | None = None) -> tuple[int, int] | None:
    """The whole of a line of two or three words in capitals that holds a person found in
    capitals, as a newsletter or a form heads a paragraph with a name ("RICH LONG", "HOPE
    BAKER"): (start, end), or None. Not a line of shorthand, titles or stop words ("NO VAN")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    m = _CAPS_LINE.fullmatch(text, line_start, line_end)
    below = text[line_end:line_end + 80].lstrip()  # the paragraph's start, past a blank line
    if not m or (m.start("v"), m.end("v")) == (start, end) \
            or below[:len(m.group("v"))].upper() == m.group("v"):
        return None  # (not "SUMMER FAIR" above "Summer fair is on": a title its paragraph repeats)
    for word in m.group("v").split():
        key = fold(word)
        if key in STOP_WORDS and key not in given_names_any_case() or key in TITLES \
                or word in SHORTHAND or allow and word in allow.acronyms or key in MONTHS_AND_DAYS \
                or key in NOT_NAMES or key in FORM_LABELS or key in WORKER_ROLES \
                or not _CAPS_VOWEL.search(word) or key in _PLACE_WORDS \
                or not (key in given_names_any_case() or key in family_names() or zipf(key) < ALIAS_RARE):
            return None  # (each word a name's: not "ACUTE WARD", "FAITH HALL", "MARK LANE")
    first = fold(m.group("v").split()[0])
    return (m.start("v"), m.end("v")) if first in given_names_any_case() or zipf(first) < ALIAS_RARE else None


def _caps_surname(word: str, allow: AllowList) -> bool:
    """A family name in capitals after a given name: each part of three letters or more with a
    vowel, a known family name or a word English uses less than CAPS_SURNAME_MAX, no shorthand,
    acronym, title or stop word, nor a word that ends as a verb's forms do ("Chantelle DOBBS";
    not "Chantelle DOB", "Sarah NHS", "Jo TO CALL", "Emma ATTENDED", "Kelly BARRED.", "Hollie
    Brennan RM", "Aisha Nnamdi MRCGP")."""
    for part in re.split(r"[- ]", word):
        part = part.rstrip("'’")
        key = fold(part)
        known = key in family_names()
        if len(part) < 3 or not _CAPS_VOWEL.search(part) or part in SHORTHAND \
                or part in allow.acronyms or key in NOT_NAMES or key in STOP_WORDS \
                or key in TITLES or key in MONTHS_AND_DAYS \
                or part.endswith(("ED", "ING")) and not known \
                or not (known or zipf(key) < CAPS_SURNAME_MAX):
            return False
    return True


def _speakers_given(word: str, allow: AllowList) -> bool:
    """A capitalised word English uses less than SPEAKER_GIVEN_MAX before a found family name
    in a message's header ("Tash Keane   09:14"): a short form no list knows."""
    key = fold(word)
    return word.istitle() and zipf(key) < SPEAKER_GIVEN_MAX and key not in KEPT_BEFORE_NAMES \
        and key not in TITLES and key not in MONTHS_AND_DAYS and key not in STOP_WORDS \
        and not allow.covers_word(word)


def within_sentence(text: str, pos: int) -> bool:
    """Does no sentence or line start at pos (a comma, colon or word before it)?"""
    before = text[max(0, pos - WINDOW):pos].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?\n\"“"


def _alias(word: str, quoted: bool, given: frozenset[str], allow: AllowList) -> bool:
    """A name in brackets after a name: quoted ("KASIA"), or a known given name or a word
    English seldom uses, not in capitals (not "(IDVA)", "(HCA)", "(Romanian)")."""
    key = fold(word)
    if key in STOP_WORDS or key in TITLES or allow.covers_word(word):
        return False
    if quoted:
        return zipf(key) < EVERYDAY
    return not word.isupper() and (key in given or zipf(key) < ALIAS_RARE)


def _no_name(word: str, allow: AllowList) -> bool:
    """A word that names no one beside a name: a stop word, title, kin word, job, role, month
    or day, or one the allow-list keeps ("she", "Dr", "Mum", "Manager", "Monday", "GP")."""
    key = fold(word)
    return key in STOP_WORDS or key in TITLES or key in KIN or key in KIN_ALONE or key in JOB_HEADS \
        or key in WORKER_ROLES or key in MONTHS_AND_DAYS or allow.covers_word(word)


def _rest_in_quotes(text: str, start: int, end: int, allow: AllowList) -> tuple[int, int]:
    """A found name's other words inside the quotes around it, capitalised, three words in all
    at most, none a stop word, a title, kin word or article (which stay, '"Mr Smith"', '"Uncle
    T"', '"Doña Marta"', '"EL PROFE"') or one the allow-list keeps ('"Sweet Rose 🌹"', '"Doris PL"')."""
    before = _QUOTED_BEFORE.search(text, max(0, start - 30), start)
    after = _QUOTED_AFTER.match(text, end)
    opened = before or text[start - 1:start] in ("\"", "“")
    closed = after or re.match(r"[ ]?[^\w\s\"”]{0,3}[\"”]", text[end:end + 6])
    words = (before.group(1).split() if before else []) + (after.group(1).split() if after else [])
    if not (opened and closed and words) or len(words) + len(text[start:end].split()) > 3 \
            or fold(text[start:end]) in _ARTICLES \
            or any(fold(w) in STOP_WORDS or fold(w.rstrip(".")) in KEPT_BEFORE_NAMES or allow.covers_word(w)
                   or _FOREIGN_TITLE.fullmatch(w) or fold(w) in _ARTICLES for w in words):
        return start, end
    return (before.start(1) if before else start), (after.end(1) if after else end)


def _paired(word: str, found: str, joint: str, given: frozenset[str], allow: AllowList) -> bool:
    """A name paired with a found one by a slash or a plus, written as it is (capitalised or in
    lower case alike), a word English uses less: a known given name; or, beside a found given
    name, a short word (a nickname: "Tia/Tee", "Mint + Alina"; not "Honey", "Audit"); or initials beside
    initials with a plus ("IV + HA"; not "UA/RU", "EN/RO", languages). No pronoun, title, kin,
    job, nationality or word the allow-list keeps ("she/her", "Mum/Dad", "Jo / GP")."""
    key = fold(word)
    if _no_name(word, allow) or key in DEMONYMS:
        return False
    if word.isupper() and len(word) <= 3:
        return "+" in joint and found.isupper() and len(found) <= 3
    if word[:1].isupper() != found[:1].isupper() or len(word) < 2 or len(found) < 3:
        return False  # (not "Ag/Ab|PERSON" of a blood test)
    return zipf(key) < PAIRED_RARE and not plural_of_a_word(key, PLURAL_OF_A_WORD) \
        and (key in given or fold(found) in given and len(word) <= PAIRED_SHORT)


def _lower_surname(word: str, allow: AllowList) -> bool:
    """A family name in lower case after a given name: a word English uses less than
    LOWER_SURNAME_MAX, not chat spelling or a typo of a word ("tonite", "innit", "hasnt", "gud":
    lexicon.misspelt, the endings of a texted word, a verb's or an adjective's: "dawn transcribed",
    "jade tearful", "amber innit", and _CHAT_WORDS) nor one that names no one."""
    key = fold(word)
    return zipf(key) < LOWER_SURNAME_MAX and not misspelt(key) and not _no_name(word, allow) \
        and not key.endswith(("nt", "in", "it", "ite", "z", "ed", "ing", "ful", "al", "ox", "by")) \
        and key not in _CHAT_WORDS


def _spelt_again(word: str, found: str) -> bool:
    """The found name spelt another way beside it, as a worker unsure of it writes both
    ("popsecu/popescu", "Zielinska/Zielinski"): the same first letter, four letters or more,
    SPELT_AGAIN alike at least (difflib's ratio), and neither a word English uses more than
    SPELT_AGAIN_RARE ("Distrito / District" of a Spanish form, "Safeguarding/Safegaurding")."""
    return len(word) >= 4 and len(found) >= 4 and fold(word[0]) == fold(found[0]) \
        and fold(word) != fold(found) and zipf(fold(word)) < SPELT_AGAIN_RARE \
        and zipf(fold(found)) < SPELT_AGAIN_RARE \
        and SequenceMatcher(None, fold(word), fold(found)).ratio() >= SPELT_AGAIN


def _named_from(word: str, given: frozenset[str], allow: AllowList) -> bool:
    """A person before "from" and a place found: a known given name or a word English seldom
    uses, no title, kin, job or word the allow-list keeps ("Jas from Kaleido"; not "Letter
    from", "Referral from", "Mum from")."""
    key = fold(word)
    if _no_name(word, allow):
        return False
    return key in given or zipf(key) < FROM_NAME_RARE and not plural_of_a_word(key, PLURAL_OF_A_WORD)


def _same_as(words: str, allow: AllowList) -> bool:
    """A name said to be a found one's ("Honey = Hanh Pham", "J = Jodie", "CMcA = Caoimhe
    McAteer", "Auntie = 阿芳"): initials, a name in another script, or words that are given names
    or that English uses less; no stop word, title, job, form's label or word the allow-list
    keeps ("BP = 120/80", "Manager = Jo Smith", "Outcome = Leanne Cole", "= High Risk")."""
    if _OTHER_WORDS.fullmatch(words):
        return True
    if re.fullmatch(r"[A-Z]{1,3}\.?|[A-Z][A-Za-z]{1,3}|[A-Z]-[A-Z]", words) \
            and sum(c.isupper() for c in words) >= min(2, len(words.rstrip("."))):
        return words.upper().rstrip(".") not in _NOT_INITIALS
    given = given_names()
    return not any(fold(w) in STOP_WORDS or fold(w) in TITLES or fold(w) in JOB_HEADS
                   or fold(w) in WORKER_ROLES or fold(w) in FORM_LABELS or fold(w) in RECORD_WORDS
                   or allow.covers_word(w) or zipf(fold(w)) >= (EVERYDAY if fold(w) in given else SAME_AS_RARE)
                   for w in re.findall(r"[^\W\d_]+", words))


def _short_form(word: str, full: str, given: frozenset[str], allow: AllowList) -> bool:
    """A name before a full name in brackets: a known given name, or one that starts as the
    full name does ("Oz (Osman Yilmaz)"; not "Interpreter (Kanya Srisuk)", "Mum (Rose Hill)")."""
    key = fold(word)
    if _no_name(word, allow):
        return False
    return zipf(key) < EVERYDAY and (key in given or fold(full)[:1] == key[:1])  # (not "Doctor")


def _firm_letters(text: str, start: int) -> int | None:
    """Where a firm's two letters joined by "&" start, before a name found from `start`:
    "R&J |Groundworks", or from the second letter, "R & |J Groundworks"."""
    m = _FIRM_LETTERS.search(text, max(0, start - 8), start)
    if m is None:
        return None
    if m.group(2):
        second, name = m.group(2), re.match(r"[A-Z][a-z]{2}", text[start:start + 3])
    else:
        second, name = text[start:start + 1], re.match(r"[A-Z][ ][A-Z][a-z]{2}", text[start:start + 5])
    return m.start(1) if name and m.group(1) + second not in _NOT_FIRMS else None


def _given_name(word: str, given: frozenset[str], allow: AllowList) -> bool:
    """A known given name, or a word English uses less than CONTACT_RARE (short forms: "Jen",
    "Mags"), that is no label of a number ("Tel", "Fax", "Helpline")."""
    key = fold(word)
    return (key in given or zipf(key) < CONTACT_RARE) and key not in STOP_WORDS \
        and key not in TITLES and key not in _NUMBER_LABELS and not allow.covers_word(word)


def _between_names(m: re.Match, following: list, text: str, allow: AllowList) -> bool:
    """A known given name or a short form of one (three letters at most) in brackets between a
    given name and a family name found after it, however common the word: "Mohammed (Mo)
    Rahman", not "Anna (Romanian) Kowalski"."""
    word = m.group(1)
    return bool(following) and following[0].entity == "PERSON" \
        and (fold(word) in given_names() or len(word) <= 3) \
        and following[0].start == m.end() + 1 and text[m.end():m.end() + 1] == " " \
        and fold(word) not in STOP_WORDS and fold(word) not in TITLES \
        and not word.isupper() and not allow.covers_word(word)


def _given_before_nickname(word: str, allow: AllowList) -> bool:
    """A given name known or rare before a nickname in quotes and a family name ('Wanida "Nok"
    Srisuk'; not 'PIMP "BIG MIKE" MAY', 'Boss "Tibor" hovering')."""
    key = fold(word)
    return (key in given_names() and zipf(key) < EVERYDAY or zipf(key) < ALIAS_RARE - 0.5) \
        and key not in STOP_WORDS and key not in TITLES and key not in KIN \
        and key not in FORM_LABELS and not allow.covers_word(word)


def _named_before(word: str, allow: AllowList) -> bool:
    """An initial or a capitalised word before a name's particles ("F. de la", "Carmen de")."""
    key = fold(word.rstrip("."))
    return len(key) == 1 or (key not in STOP_WORDS and key not in TITLES
                             and not allow.covers_word(word))


def _labels_code(prefix: str) -> bool:
    """Is the word before a number its label, not letters of the code ("PHONE #2261", "CASE
    #26", "CNP 289...": kept; "RHC/", "WH-T-" are the code's own)?"""
    words = re.findall(r"[A-Za-z]+", prefix)
    return bool(words) and (fold(words[0]) in RECORD_WORDS or fold(words[0]) in _NUMBER_LABELS
                            or fold(words[0]) in _CODE_LABELS)


def _name_part(word: str) -> bool:
    """A known name or a word English seldom uses, after a hyphen in a name in capitals."""
    key = fold(word)
    return key in given_names() or key in family_names() or zipf(key) < ALIAS_RARE - 0.5


def _town(words: str, allow: AllowList) -> bool:
    """A town's name: no particle or title, not every word an everyday one ("HEBDEN BRIDGE"
    but not "WEAK LEGS")."""
    keys = [fold(w) for w in words.split()]
    return not allow.covers(words) and not any(k in STOP_WORDS or k in TITLES for k in keys) \
        and not all(zipf(k) >= EVERYDAY for k in keys) and zipf(keys[0]) < EVERYDAY
