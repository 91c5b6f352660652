"""Premises where people work: saunas, massage parlours, clubs, and flats named after streets."""

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import (family_names, fold, given_names, misspelt, plural_of_a_word, specialty_word,
                                zipf)
from deidentify.recognizers.base import RegexRecognizer, after_one_of
from deidentify.recognizers.initials import SHORTHAND
from deidentify.recognizers.street_address import SUFFIXES

_KINDS = (r"Sauna|Massage|Spa|Club|Parlour|Lounge|Studio|Studios|Escorts|Agency|Bar|Rooms|Retreat|"
          r"Inn|Hotel|Hostel|Lodge|Motel|Guest House|Palace|Garden|Gardens|Lagoon|Nails|Beauty|"
          r"Salon|Pub|Nightclub|Cafe|Café|Restaurant|Takeaway|Project|Academy|School|College|"
          r"Hospital|Infirmary|Hospice|Clinic|Surgery|Centre|Center|Church|Mosque|Temple|Refuge|Garage|Theatre|"
          r"Theater|"
          r"Barbers|Tavern|Rehab|Manor|Shelter|Chemist|Chemists|Pharmacy|Apartments")
# a company's legal ending in capitals, as Companies House writes it ("AK SERVICES LTD")
FIRM_ENDINGS = ("LTD", "LIMITED", "LLP", "PLC")
# head words that are also everyday words in lower case ("Mira works nights", "a Volvo estate"),
# so they name premises only when capitalised: "Northgate Homes Trust", "Elite Companions",
# "The Cotton Works", "Mercury Ind. Est.", "A2B Cars", "Kings Arms", "Pleasant Valley Nursing
# Home", "Harbor Family Health", "Pine Haven Assisted Living", "County General", "McGuire & Sons"
_CAPITAL_KINDS = (r"Trust|Partnership|Homes|Works|Mills?|Companions|Angels|Estate|Ind\.?\s+Est\.?|"
                  r"Est\.|Cars|Taxis|Arms|(?:Nursing|Care|Funeral|Rest|Residential)\s+Home|"
                  r"Health|Care|Living|Nurses|Services?|Practice|"
                  r"General|Sons|Grange|Haven|Trucking|Transport|Logistics|Ltd|Limited|Inc|LLC|"
                  + "|".join(FIRM_ENDINGS))  # (and a company's name as Companies House writes it)
# banks of what is given, capitalised: "Bramblewick Baby Bank" (their words are no head alone:
# not "Holly Bank", "baby")
_GIVING_BANKS = r"(?:Food|Baby|Clothes|Clothing|Hygiene)\s+Bank"
# ... and shops and chapels, capitalised, whose words are no premises' head alone ("Hollin's
# Bakery", "Brothers Car Wash", "Living Waters Chapel"; not "the car")
_SHOP_KINDS = (r"Chapel|Bakery|Bakers|Butchers|Launderette|Laundrette|Newsagents?|(?:Hand[ ])?Car[ ]Wash|"
               r"Kebabs?|Grill|Diner|Bookies|Bookmakers|Tattoos?|Tanning|Barbershop|Laundry|Off[- ]Licence")
# the heads of a council's or a police force's name ("Tarnmouth District Council", "Wyvern Vale
# Police"), lower case
BODY_WORDS = ("council", "police", "constabulary")
# the kinds of premises, lower case: no name of one ("Project" of "Lantern Project")
HEAD_WORDS = frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", _KINDS + "|" + _CAPITAL_KINDS))
BODY_TOWN_MAX = 3.0  # Zipf frequency: a word before a council's or force's head that names its town
_BODY_QUALIFIERS = frozenset("District Borough City County Town Parish Metropolitan".split())
THE_NAME_MAX = 4.5  # Zipf frequency: a word after "at the" English uses less names premises
WARD_NAME_MAX = 2.5  # ... a word before "ward" that is no known name (Seacole, Cavell)
BANK_NAME_MAX = 3.5  # Zipf frequency below which the words before "Food Bank" name a place
HOSPITAL_LETTERS_MAX = 2.8  # Zipf frequency: letters in a triage heading English uses less name a hospital
LOWER_NAME_MAX = 3.5  # Zipf frequency below which a lower-case word names premises before their kind
PLURAL_OF_A_WORD = 2.5  # Zipf frequency from which a word less its "s" is one English uses
_DISORDERS = frozenset("COPD EUPD ASPD OCPD STPD AVPD NSPD CSPD MUPD".split())
# where a pub is named: after a word of place and "the", before a stop or a word that is no noun
# the sign would govern ("drinks at the Spotted Dog on Fridays"; not "suffers the Black Dog",
# "the New Head of Safeguarding", "Red Flag behaviours", "The Blue Door was locked")
_PUB_BEFORE = after_one_of(("at", "outside", "inside", "near", "by", "behind", "opposite", "from",
                            "round", "in", "to", "of", "At", "Outside", "Near", "From"), " the ")
_PUB_AFTER = (r"on|in|at|near|by|car[ \t]+park|pub|beer[ \t]+garden|last|tonight|yesterday|for|and|"
              r"where|which|who|is|was|has|had|to|with|around|after|before|when|but|so|"
              r"then|as|again|lol|about|earlier|til|till|until")
# the words of an inn's sign: its nouns, the words before them, and the nouns named alone
_SIGNS_ALONE = (r"Feathers|Plough|Swan|Lion|Ship|Anchor|Wheatsheaf|Greyhound|Grapes|Mitre|Unicorn|"
                r"Pheasant|Hart|Stag|Garter|Hounds|Vaults")
_SIGNS = (_SIGNS_ALONE + r"|Crown|Bell|Bells|Dog|Fox|Horse|Horses|Arms|Head|Bull|Star|Hare|Oak|Castle|"
          r"Dragon|Eagle|Cock|Boar|Bear|Keys|Welfare|Volunteer|Navigation|Railway|Door|Man|Lantern|"
          r"Barrel|Tap|Ram|Lamb|Flag|Rose|Kettle|Lounge|Tavern")
_SIGN_WORDS = (r"Red|Black|White|Blue|Green|Grey|Golden|Silver|Royal|Old|New|Little|Spotted|Three|"
               r"Two|Jolly|Cross|Miners['’]?|Kings?|Queens?|Nags|Fighting|Dun|Rising|Half|Eight|"
               r"Seven|Prince|Duke|Laughing|Flying|Crooked|Silk|Velvet|Pink|Purple|Scarlet")
_BEFORE = r"Hotel|Motel|Club|Spa|Sauna|Bar|Pub|Cafe|Café|Salon|Hostel|Studio|HMP[ ]&[ ]YOI|HMP|HMYOI|HMPYOI"
# letters before a department that are what brought someone there, not the hospital's
_NOT_HOSPITALS = frozenset("DSH SA CP LOC HI PTSD DKA CVA MI PE RM RTC RTA LAS NWAS YAS EMAS SECAMB HEMS "
                           "PCSO OOH BIBA DOA DNA NHS EMS".split())


class EstablishmentRecognizer(RegexRecognizer):
    ENTITY = "ESTABLISHMENT"
    CONTEXT = ("police", "officer", "det", "detective", "badge", "unit", "sgt", "ofc", "arrested",
               "arrest", "cop", "cops", "patrol", "precinct", "report", "notified")
    STRIP_LEADING_VERB = True
    WHOLE = ("pub",)
    PATTERNS = (
        # on one line: a signature's "Support Officer" above "Northgate Homes Trust" is no part
        # (a name starts where no word or hyphen goes before it, and each word is read once:
        # a run of hyphenated words was otherwise scanned from every word in it)
        ("named", r"(?<![\w'’&-])(?:[A-Z][\w'’&-]++[^\S\n]+(?:&[^\S\n]+)?){1,3}"
                  r"(?:(?i:" + _KINDS + r")|" + _CAPITAL_KINDS + r"|" + _SHOP_KINDS + r")(?!\w)", 0.75),
        # a bank of what is given, by a place's name English seldom uses: "Bramblewick Baby Bank"
        # (validate; not "The Food Bank", "Emergency Food Bank", "Tuesday Food Bank")
        ("giving_bank", r"(?<![\w'’&-])(?P<v>(?-i:[A-Z][\w'’-]+[ ]){1,2}" + _GIVING_BANKS + r")(?!\w)", 0.7),
        # the kind first: "Hotel Crown", "Spa 21", "Motel 9"
        ("kind_first", r"\b(?i:" + _BEFORE + r")\s+(?:[A-Z][\w'’-]+|\d{1,3}\b)", 0.6),
        ("street_flat", r"(?<![\w'’-])(?:[A-Z][\w'’-]++\s+){1,3}(?:" + SUFFIXES
                        + r")\s+(?i:flat|house|place)\b", 0.75),
        # a ward named after a person: "Seacole ward", "Cavell Ward" (the name only)
        ("ward", r"\b(?P<v>[A-Z][a-z]+)\s+(?i:ward|wing)\b", 0.6),
        # a hospital by its letters before its department: "Conveyed to TGI ED resus", "WRH A&E"
        # (opening a line, a table's cell or a logged time, or after a word of going there: not
        # "DSH ED attendance", "DKA ICU")
        ("hospital_letters", r"(?:(?m:^)[ \t]*|(?i:\b(?:to|at|from|via|into|in|attended|conveyed|transferred|"
                             r"sent|taken|admitted)[ \t]+)|\b\d{1,2}[:.]\d{2}[ \t]+|[,|][ \t]*)(?P<v>(?-i:[A-Z]{2,5}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?))"
                             r"(?=[ \t]+(?-i:ED|A&E|A\+E|AE|ICU|ITU|AMU|MAU|SAU|EPU|EGU|SDEC|UTC|EAU|MIU)\b|"
                             r"[ \t]+(?i:A[ \t]*(?:and|&)[ \t]*E|emergency\s+department|resus|maternity|outpatients|"
                             r"minors|majors)\b)", 0.6),
        # ... as a crew's or a nurse's note writes them in lower case, after a word of going
        # there: "conveyed to sgh ed", "to cri resus" (validate: letters no word, nor shorthand)
        ("hospital_letters_lower", r"(?-i:\b(?:to|2|at|from|via|into|in|up|attended|presented|left|discharged|"
                                   r"conveyed|transferred|taken|admitted)[ \t]+(?:the[ \t]+)?)"
                                   r"(?P<v>(?-i:[a-z]{2,4}))(?=[ \t]+(?-i:ed|a&e|a\+e|ae|a[ ]?and[ ]?e|resus|minors|majors|utc|"
                                   r"sdec|amu|mau|emergency)\b)", 0.6),
        # ... or in the heading of a department's note: "A+E TRIAGE - CRI - 02/02/26", "ED
        # TRIAGE - SGH - 12/01/2026"
        # (in any case: the copy the recognizers read restores a line in capitals, "A+e Triage - Cri")
        ("hospital_heading", r"(?i:\b(?:A&E|A\+E|ED|AE|MAU|AMU|UTC|MIU|SDEC|MINORS|MAJORS)(?:[ \t]+(?:TRIAGE|NOTES?|"
                             r"ATTENDANCE|CAS[ ]?CARD))?[ \t]*[-–:|@][ \t]*)(?P<v>(?i:[A-Z]{2,5}))"
                             r"(?=[ \t]*(?:[-–:|,/)\n]|$|\d))", 0.6),
        # a pub or club by its name alone: "outside the Feathers", "at the Swan"
        ("the_name", r"(?i:\b(?:at|outside|in|inside|near|by|behind|opposite|from|to)\s+the\s+)"
                     r"(?P<v>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b", 0.6),
        # a pub by its sign ("near the Spotted Dog", "from the Crown and Feathers", "at the Blue
        # Door", "back room of the Miners' Welfare", "at the Ship", "outside the Prince of Wales"):
        # the words of an inn's sign,
        # capitalised, after "the" (a sign's noun alone only where it is no everyday word there:
        # not "to the Crown", "by the Door")
        ("pub", _PUB_BEFORE + r"(?P<v>(?-i:(?:" + _SIGN_WORDS + r")\s+(?:" + _SIGNS + r")"
                r"(?:\s+(?:and|&)\s+(?:(?:" + _SIGN_WORDS + r")\s+)?(?:" + _SIGNS + r"))?"
                r"|(?:" + _SIGNS + r")\s+(?:and|&)\s+(?:(?:" + _SIGN_WORDS + r")\s+)?(?:" + _SIGNS + r")"
                r"|(?:" + _SIGNS_ALONE + r")"
                r"|(?:Prince|Princess|Duke|Duchess|Marquis|Marquess|Earl|Lord)\s+of\s+[A-Z][a-z]+))\b(?!['’])"
                r"(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:" + _PUB_AFTER + r")\b)", 0.6),
        # a US police department by its letters, near a police word: "HCPD BADGE 1187", "(HCPD
        # UNIT 12)" (not a personality disorder's letters: EUPD, ASPD, OCPD; nor COPD)
        # (any case: the restored copy of a line in capitals may write "Hcpd")
        ("police_letters", r"\b(?i:[a-z]{2,3}pd)\b", 0.2),
        # a council or police force by its town's name: "Tarnmouth District Council", "Wyvern
        # Vale Police", "Tarnmouth DC" (a district council's letters, alone: "DC Jones" is a
        # detective, "Keflex DC tomorrow" a drug stopped)
        ("body", r"(?<![\w'’&-])(?P<v>(?-i:[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})[ ](?:(?-i:(?:District|"
                 r"Borough|City|County|Town|Parish|Metropolitan|Metropolitan Borough)[ ])?(?-i:"
                 + "|".join(w.title() for w in BODY_WORDS) + r")|(?-i:DC|MBC)(?![ ]+[A-Za-z])(?!['’])))\b",
         0.6),
        # premises named in a note in lower case, after a word of place, by a word English
        # seldom uses and their kind: "she's at marlowe hotel again", "went to oakridge
        # academy", "at the pellow house", "to beacon hse", "car park of the brickfields retail
        # park" (validate; not "at the day centre", "at her mum house",
        # "at grandmother's house", "in the antenatal clinic")
        ("lower_named", r"(?-i:\b(?:at|to|from|in|outside|near|into|of)\s+(?:the\s+)?"
                        r"(?P<v>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?\s+(?:hotel|hostel|lodge|house|hse|academy|"
                        r"court|inn|sauna|spa|club|motors|retail\s+park|industrial\s+estate|trading\s+estate)))\b", 0.6),
        # a shop or pharmacy by its owner's name: "methadone script at Patel's"
        ("owners", r"(?i:\b(?:at|from|to|outside|near|round)\s+)(?P<v>(?-i:[A-Z][a-z]+)['’]s)\b",
         0.6),
    )

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern == "giving_bank":
            return all(fold(w) not in STOP_WORDS and zipf(fold(w)) < BANK_NAME_MAX for w in value.split()[:-2])
        if pattern == "lower_named":  # every word of the name one English seldom uses
            # (no clinic's specialty or misspelt word: not "frend house"; "retail park" is a kind)
            words = value.split()
            words = words[:-2] if words[-1] in ("park", "estate") else words[:-1]
            return all(w not in STOP_WORDS and zipf(w) < LOWER_NAME_MAX and not specialty_word(w)
                       and not misspelt(w) and not plural_of_a_word(w, PLURAL_OF_A_WORD)
                       for w in words)  # (nor a plural: "the punters court")
        if pattern == "police_letters":
            return value.upper() not in _DISORDERS
        if pattern == "hospital_letters":  # (not "GP ED", "RTC ED", "NHS maternity")
            return value not in SHORTHAND and value not in _NOT_HOSPITALS
        if pattern == "hospital_heading":  # (not "ED NOTES - PT", "A&E TRIAGE - NHS", "- SELF", "- OBS")
            return value.upper() not in SHORTHAND and value.upper() not in _NOT_HOSPITALS \
                and fold(value) not in STOP_WORDS and zipf(fold(value)) < HOSPITAL_LETTERS_MAX
        if pattern == "hospital_letters_lower":  # (not "to the ed", "to gp ed", "to rtc ed")
            return value.upper() not in SHORTHAND and value.upper() not in _NOT_HOSPITALS \
                and value not in STOP_WORDS and zipf(value) < LOWER_NAME_MAX
        if pattern == "ward":  # not "Maternity ward", "Acute Ward", "Day Ward"
            key = fold(value)
            return zipf(key) < WARD_NAME_MAX or (
                (key in given_names() or key in family_names()) and zipf(key) < THE_NAME_MAX)
        if pattern == "body":  # the town's name has a word English seldom uses (not "Borough
            # Council", "Transport Police", "Local Council", "Sarah Police")
            words = re.findall(r"[A-Za-z'’]+", value)[:-1]
            return any(zipf(fold(w)) < BODY_TOWN_MAX and fold(w) not in given_names()
                       for w in words if w not in _BODY_QUALIFIERS)
        if pattern == "owners":  # not "at Mum's", "at Sarah's" (a given name: a person's)
            key = fold(value[:-2])
            return zipf(key) < THE_NAME_MAX - 1 and key not in given_names() \
                and key not in STOP_WORDS
        # "at the Hospital", "to the Police", "at the Home Office": everyday words are no name
        return pattern != "the_name" or all(zipf(fold(w)) < THE_NAME_MAX for w in value.split())


# words of a name in capitals: "ST.", "O'NEILL'S", "&"
_CAPS_WORD = re.compile(r"(?:ST|MT|FT)\.|[A-Z][A-Z'’-]*[A-Z]|&")
_HEAD = re.compile("(?:" + _KINDS.upper() + "|" + _CAPITAL_KINDS.upper() + r"|HOME)\Z")
_AMBIGUOUS = re.compile("(?:" + _CAPITAL_KINDS.upper() + r"|HOME)\Z")
NAME_LIKE = 4.2  # Zipf frequency: a word in capitals English uses less may be a premises' name
EVERYDAY = 4.7  # ... and one it uses more is no part of one before an ambiguous head word
_HOME_KINDS = frozenset("NURSING CARE FUNERAL REST RESIDENTIAL".split())
MAX_NAME_WORDS = 4
KEPT_NAME_WORDS = 2  # with no particle, the words before a head kept even if everyday


def premises_in_capitals(text: str) -> list[RecognizerResult]:
    """Premises in a note written in capitals ("ASSAULTED AT SUNSET INN"), read from the note
    as written: its case-restored copy lowers the words of their names. For each head word
    (INN, REHAB, NURSES, NURSING HOME), up to MAX_NAME_WORDS words in capitals before it:
    those after the last particle among them ("CLIENT AT SUNSET INN"), or else without the
    everyday words they start with, keeping the last KEPT_NAME_WORDS ("WORKS GOLDEN TOUCH
    SAUNA"); acronyms alone ("GUM CLINIC") are not a name. A head word that
    is also an everyday word (CARE, GENERAL, SONS) needs name-like words before it, none of
    them everyday ("NORTHSHORE VISITING NURSES", "MCGUIRE & SONS", not "GOOD CARE"); a
    company's legal ending (LTD, LIMITED, LLP, PLC) takes whatever words its name has, initials
    too ("AK SERVICES LTD", "XYZ LTD")."""
    words = list(_CAPS_WORD.finditer(text))
    results = []
    for h, head in enumerate(words):
        if not _HEAD.match(head.group()):
            continue
        last = h
        if head.group() == "HOME":  # only a kind of home: NURSING HOME, CARE HOME
            if h == 0 or words[h - 1].group() not in _HOME_KINDS:
                continue
            last = h - 1
        first = last
        while first > 0 and last - first < MAX_NAME_WORDS \
                and text[words[first - 1].end():words[first].start()] == " ":
            first -= 1
        rest = [w.group() for w in words[first:last]]
        particles = [k for k, w in enumerate(rest) if fold(w) in STOP_WORDS]
        if particles:
            rest = rest[particles[-1] + 1:]
        while rest and not rest[0].endswith(".") and (rest[0] == "&" or (
                not particles and zipf(fold(rest[0])) >= 4.5 and len(rest) > KEPT_NAME_WORDS)):
            rest.pop(0)  # after a particle the name starts ("THE CROWN & ANCHOR PUB")
        firm = head.group() in FIRM_ENDINGS  # a registered name, whatever its words ("AK SERVICES LTD")
        if not rest or not firm and not any(len(w) >= 4 for w in rest):
            continue
        named = [w for w in rest if w != "&" and not w.endswith(".")]
        if not firm and _AMBIGUOUS.match(head.group()) and (
                not named or any(zipf(fold(w)) >= EVERYDAY for w in named)
                or not any(zipf(fold(w)) < NAME_LIKE for w in named)):
            continue
        start = words[last - len(rest)].start()
        results.append(RecognizerResult("ESTABLISHMENT", start, head.end(), 0.6))
    return results
