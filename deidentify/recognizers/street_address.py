"""Street addresses, flat numbers and estates."""

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import family_names, fold, given_names, plural_of_a_word, zipf
from deidentify.recognizers.base import RegexRecognizer

SUFFIXES = (r"Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Crescent|Cres|Terrace|Walk|Row|Way|"
            r"Drive|Court|Ct|Gardens|Gdns|Place|Pl|Square|Sq|Hill|Grove|Parade|Mews|Rise|"
            r"View|Green|Yard|Wharf|Broadway|Passage|Embankment|Quay|Hwy|Highway|Blvd|Boulevard|"
            r"Pkwy|Parkway|Approach|Fold|Brow|Wynd|Vennel|Brae|Loan|Yd|Cottages|Villas|Tce|Garth|Terr|"
            r"Meadows")
# US: 1420 W Division St. A name starts where no word or hyphen goes before it, and each word
# is read once (possessive), or a run of hyphenated words is scanned from every word in it. A
# name stays on its line ("1 Brook Street" then "Hx CT" on the next is no "... Ct").
_NAME = r"(?<![\w'’-])(?:[NSEW]\.?[ \t]+)?(?:[A-Z][\w'’-]++[ \t]+){1,3}"
_CASELESS_SUFFIX = "(?i:" + SUFFIXES + r")\b"
# the words that end a street's name wherever it was found, for its number and its own word:
# the suffixes and a few more ("Sorrel Dene", "Tenter Croft", "Wharf Gate", "Lapwing Cl")
# a listed number that is a size or a count, no room's ("Flats 2 and 3 bedroom", "Units 3 and 4
# are for storage")
_NO_SIZE_AFTER = (r"(?![ \t-]*(?i:bed|bedroom|bedrooms|beds|foot|ft|metres?|are|were|people|persons|nights?|"
                  r"days?|weeks?|months?|years?|yrs?|hours?|hrs?|mins?|minutes?|times?|girls|women|men|"
                  r"clients?|punters?|grams?|g|mg|kg|quid|pounds?|of)\b)")
STREET_ENDS = SUFFIXES + "|Dene|Croft|Gate|Cl"
# street words that are not everyday words in lower case: after a capitalised name they mark a
# street whatever their case ("Brook st", "Neville rd": texted, or capitalised by truecase.py)
STREET_WORDS = ("st rd road street ln lane ave avenue cres crescent terrace gdns gardens sq square "
                "hwy blvd pkwy").split()
_STREET_WORDS = r"(?i:" + "|".join(STREET_WORDS) + ")"
# the US states' codes (before a ZIP code here; after a town in span_edges._STATE_AFTER)
US_STATES = (r"A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|"
             r"S[CD]|T[NX]|UT|V[TA]|W[AVIY]")
_UNITS = frozenset("min mins minute minutes hr hrs hour hours sec secs mile miles km yard yards "
                   "metres meters mins' second seconds".split())
_NOT_A_STREETS_WORD = re.compile(r"(\w)\1\1|(?:ed|ing|nt|age|ers|ier|ous|ful|less|[tkpz]y)$|^un")
CAPS_STREET_MAX = 3.0  # Zipf frequency below which a word in capitals before a street's word names it
RARE_STREET = 2.7  # Zipf frequency below which a lower-case word before a street's word names it
_NOT_A_NAME = frozenset("the a an my your her his our their this that same main next other "
                        "busy quiet back side high".split())


# words before a number that make it a count, an age, a day or a bus's, not a house's
_NOT_A_COUNT_BEFORE = "".join(rf"(?<!(?i:{w})[ ])" for w in (
    "age", "aged", "week", "session", "table", "bus", "route", "room", "ward", "page", "round", "the",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "gave", "seen", "did", "took",
    "opened", "ran", "waited", "had", "has", "x"))


_WING_CODE = re.compile(r"[A-Z]\d{1,2}-\d{2,3}")
# words before "cell" that make it a blood cell, a spreadsheet's or a police station's
_NOT_A_PLACES_CELL = "".join(rf"(?<!\b(?i:{w})[ ])" for w in (
    "t", "cd4", "white", "red", "stem", "blood", "police", "prison", "sickle", "spreadsheet", "excel"))


class StreetAddressRecognizer(RegexRecognizer):
    ENTITY = "STREET_ADDRESS"
    CONTEXT = ("HMP", "HMYOI", "YOI", "prison", "prisoner", "wing", "landing", "cell")  # (wing_cell_near)
    STRIP_LEADING_VERB = True
    PATTERNS = (
        # Flat 3, 44 Mill Lane / 12a Peel Street / flat 2b, 9 Acacia Road / 41-43 Deansgate Row
        # / 44 Glenvarna Park
        # (the flat's word in the service users' languages too: "кв. 4, 33 Cobden Street",
        # "apartamento 3, 17 Kingsmead Road"; not a time's minutes: "21:30 Sedgewick Tce")
        ("numbered", r"(?:(?i:flat|apt|apartment|room|unit|apartamento|apartament|apto|квартира|кв\.|"
                     r"mieszkanie|lakás|butas|piso)\s*\d+[a-zA-Z]?,?\s*)?(?<!\d[:.])\b\d{1,4}[a-zA-Z]?"
                     r"(?:-\d{1,4}[a-zA-Z]?)?,?\s+" + _NAME + "(?:" + _CASELESS_SUFFIX + r"|Park\b|"
                     r"(?i:dr)\.?(?=[ \t]*(?:[,;\n]|$|(?i:apt|apartment|unit|ste|suite|#))))", 0.85),
        # (Dr after a number where a drive ends: "3300 RIVERSIDE DR APT 2C", not "1100 WITH DR LINDQVIST")
        # a numbered US street: "118 N. 5th St", "40 West 23rd Street"
        # a street whose name is one word ending in its kind, after its number: "17 Sheepgate",
        # "34 Ropewalk", "2-4 Barrowgate", "8 Cheapside" (validate: no word English uses; not a
        # time's minutes or a time in four figures: "10:00, Fothergate Police Station", "2245
        # TANYARD"; not a count, an age or a day: "3 Eastgate branches", "Age 17 Fellside", "Mon
        # 7 Fellside", "the 42 Highgate bus"; not across a table's columns: "38\tFellside")
        ("compound", r"(?=\d)(?<![:.,/£$€–-])" + _NOT_A_COUNT_BEFORE + r"\b\d{1,3}[a-zA-Z]?(?:[-–]\d{1,3}[a-zA-Z]?)?,?[ ]"
                     r"[A-Z][a-z]{2,}(?:gate|walk|row|side|wynd|fold|yard|way|lane|street)\b(?!['’-])"
                     r"(?![ ](?!(?:as|and|or|in|on|at|to|is|was|for|with|by|near|off|from|now|then)\b)[a-z]{3,})", 0.6),
        ("ordinal", r"\b\d{1,5}[ \t]+(?:(?i:[NSEW]\.?|north|south|east|west)[ \t]+)?\d{1,3}"
                    r"(?i:st|nd|rd|th)[ \t]+" + _CASELESS_SUFFIX, 0.8),
        ("po_box", r"\b(?i:p\.?\s?o\.?\s+box)\s+\d{1,6}\b", 0.8),
        # Mill Lane, Station Road (a street named without a number)
        ("street", r"\b" + _NAME + "(?:" + SUFFIXES + "|" + _STREET_WORDS + r")\b"
                   r"(?:\s+\d{1,4}[a-zA-Z]?(?:/\d{1,4})?(?![.:]\d)(?=\s*[.,;:)]|\s*$))?", 0.6),  # "Church Road 71."
        # a numbered road: "Route 9", "ROUTE 1", "Hwy 61", "RT 40"
        # (RT only after a word that places it: "ON RT 40"; "RT 4 CM" is right, "RT 2" therapy)
        ("route", r"\b(?<![Ee]n )(?i:route|rte|hwy|highway)\s+\d{1,3}\b", 0.6),
        ("route_rt", r"(?i:\b(?:on|off|at|along|from|near|via)[ ]+)(?P<v>(?:RT|Rt)\s+\d{1,3})\b"
                     r"(?![ \t]*(?i:cm|mm|g|gy|x|treatments?)\b)", 0.6),
        # ... and in the service users' languages: "camera 311", "pokój 4", "quarto 12", "szoba 3"
        ("flat", r"\b(?i:flat|apartment|apt|room|rm|unit|block|pok[oó]j|pokoju|mieszkani[eu]|"
                 r"quarto|habitaci[oó]n|szoba|kambarys|dhoma|стая|комната|кімната|ห้อง|แฟลต)[ \t]*(?:[:#=][ \t]*)?"
                 r"(?:(?-i:ED)[ ])?"  # ("Room: 214", "RM ED 17")
                 r"(?:\d{1,4}[a-zA-Z]?|(?-i:[A-Z]))\b(?![ \t]*(?i:beds|bedrooms?|bedded|people|persons|nights?)\b)", 0.7),
        # a Thai lane by its name and number, or its number alone: "bar on Soi Maprao 7", "Soi 11"
        ("soi", r"\bSoi[ \t]+(?:[A-Z][\w-]+(?:[ \t]+\d{1,3}[A-Za-z]?)?|\d{1,3}[A-Za-z]?)\b", 0.7),
        # a room by its floor and number: "Haverley Building room 3.14" ("room=214" above)
        ("room_floor", r"\b(?i:room|rm)[ \t]*(?:[:#=][ \t]*)?\d{1,2}\.\d{1,3}\b(?![.,]\d)", 0.7),
        # a caravan's, a pitch's or a mooring's number: "static caravan no. 114", "pitch 22"
        ("pitch", r"\b(?i:caravan|pitch|plot|mooring|berth|chalet)[ \t]+(?P<v>(?i:no\.?[ \t]*)?(?-i:[A-Z])?\d{1,4}[a-zA-Z]?)\b"
                  r"(?![./:]\d|[ \t]*(?i:days?|nights?|weeks?|hours?|mins?|x\b|%|am\b|pm\b|foot|feet|ft\b|"
                  r"metres?|m\b))", 0.6),
        # rooms and flats in a list: "rooms 112 and 114", "flats 3, 4 and 7" (each number alone)
        ("rooms_first", r"\b(?i:rooms|flats|units|apartments)[ \t]+(?P<v>\d{1,4}[a-zA-Z]?)\b"
                        r"(?=[ \t]*(?:,|and\b|&|/)[ \t]*\d{1,4}[a-zA-Z]?\b" + _NO_SIZE_AFTER + r")", 0.7),
        ("rooms_last", r"\b(?i:rooms|flats|units|apartments)[ \t]+\d{1,4}[a-zA-Z]?(?:[ \t]*,[ \t]*\d{1,4}[a-zA-Z]?)*"
                       r"[ \t]*(?:,|and\b|&|/)[ \t]*(?P<v>\d{1,4}[a-zA-Z]?)\b(?![./:]\d)" + _NO_SIZE_AFTER, 0.7),
        # ... or one word and two numbers: "room 5 and 6", "flat 2 or 3" (not "Flat 5, 9 Mill
        # Race": a flat and a house)
        ("room_and", r"\b(?i:room|flat|unit|apartment)[ \t]+\d{1,4}[a-zA-Z]?[ \t]+(?i:and|or|sau|ou|&)[ \t]+"
                     r"(?P<v>\d{1,4}[a-zA-Z]?)\b(?![./:]\d)" + _NO_SIZE_AFTER, 0.7),
        # ... and the second, third and fourth of a longer list: "rooms 3, 4, 5, 6 and 7"
        ("rooms_second", r"\b(?i:rooms|flats|units|apartments)[ \t]+\d{1,4}[a-zA-Z]?[ \t]*,[ \t]*(?P<v>\d{1,4}[a-zA-Z]?)\b"
                         r"(?=[ \t]*(?:,|and\b|&)[ \t]*\d{1,4}[a-zA-Z]?\b" + _NO_SIZE_AFTER + r")", 0.7),
        ("rooms_third", r"\b(?i:rooms|flats|units|apartments)[ \t]+\d{1,4}[a-zA-Z]?(?:[ \t]*,[ \t]*\d{1,4}[a-zA-Z]?){1}[ \t]*,"
                        r"[ \t]*(?P<v>\d{1,4}[a-zA-Z]?)\b(?=[ \t]*(?:,|and\b|&)[ \t]*\d{1,4}[a-zA-Z]?\b" + _NO_SIZE_AFTER + r")", 0.7),
        ("rooms_fourth", r"\b(?i:rooms|flats|units|apartments)[ \t]+\d{1,4}[a-zA-Z]?(?:[ \t]*,[ \t]*\d{1,4}[a-zA-Z]?){2}[ \t]*,"
                         r"[ \t]*(?P<v>\d{1,4}[a-zA-Z]?)\b(?=[ \t]*(?:,|and\b|&)[ \t]*\d{1,4}[a-zA-Z]?\b" + _NO_SIZE_AFTER + r")", 0.7),
        # a house by its number, the street left out: "she's at no 14 now", "used to be at number
        # 22", "outside No. 6", "lives at 41b", "the blue door number 41" (a number and a letter:
        # not "at 3" o'clock)
        ("house_number", r"(?i:\b(?:at|outside|to|from|visited|neighbour[ \t]+in|lives\s+at|living\s+at|stays?\s+at|"
                         r"staying\s+at|moved\s+to|door|house)[ \t]+)(?P<v>(?i:no\.?|number|num)[ \t]*\d{1,4}[a-z]?\b"
                         r"|\d{1,4}[a-f]\b)(?![ \t]*(?i:bus|am|pm|mins?|hours?|pence|p\b|%|x\b|days?\b|weeks?\b|"
                         r"months?\b|years?\b|times?\b|model\b|print\b))", 0.6),
        # a hospital's ward, bay, bed or cubicle with its number ("ward 22", "BED 7", "side room 4"),
        # an emergency department's area ("Majors 4", "RESUS 2"), a custody suite's cell ("cell 4",
        # "CELL 12"; not a blood count's "T cell 350")
        # (a label's colon or "no." before the number, a letter before it: "Cell: 11", "cell no.
        # 4", "Majors A4"; not a count of cells or doses: "CD4 cell 350", "white cell 12", "police
        # cell 3 times", "cell 2x", "resus 1 ampoule", "cell 2 of the spreadsheet")
        ("bed", r"\b(?=(?i:[wbcsmrt]))" + _NOT_A_PLACES_CELL + r"(?:(?i:ward|bay|bed|cubicle|cub|side[ ]room|majors|minors|resus|cell|"
                r"theatre|recovery|trolley|corridor)|(?-i:SR))"
                r"(?:[ \t]*[:.#])?[ \t]*(?:(?i:no|number)\.?[ \t]*)?(?:(?-i:ED)[ \t]*)?(?-i:[A-Z](?=\d))?\d{1,3}(?-i:[a-wyzA-WYZ])?\b"  # ("BED ED 22")
                r"(?![./:-]\d|[ \t]*(?i:days?|nights?|weeks?|hours?|hrs?|mins?|x\b|%|am\b|pm\b|"
                r"o'?clock|times|ampoules?|amps?|vials?|mg|ml|units?|of\b|cells?\b))", 0.7),
        # a bed opening a handover's line before its patient's family name in capitals or its
        # state: "B1 OYELARAN, Funmi 44F", "B3 empty - TCI from ED" (not "B12 injection")
        # (the family name before a comma or an initial, in capitals or restored from them:
        # "OYELARAN, Funmi", "Oyelaran, Funmi", "HORVÁTHOVÁ T."; not "B12 LEVELS LOW")
        ("bed_line", r"(?m)^[ \t]*(?P<v>(?-i:B)\d{1,2})(?=[ \t]+(?:(?-i:(?:[A-Z][A-ZÀ-ÞĀ-Ž'’-]{2,}|[A-Z][a-zà-ÿ'’-]{2,}),[ ][A-Z]"
                     r"|[A-Z][A-ZÀ-ÞĀ-Ž'’-]{2,}[ ][A-Z]\.|[A-Z][a-z]+[ ][A-Z]{3,}\b)|(?i:empty|vacant|closed|blocked)\b))", 0.6),
        # a prison cell by its wing, landing and number, after a word that places someone in it:
        # "First-night cell: H1-22", "Loc: H1-22", "moved H2-07", "HMP Ravensike - H1-22"
        ("wing_cell", r"(?:(?i:\b(?:cell|loc|location|landing|moved(?:[ ](?:to|from))?|to|on)[ \t]*:?[ \t]*)|(?:->|→)[ \t]*"
                      r"(?i:moved(?:[ ]to)?[ \t]+)?|(?i:\bHMP)(?:[ ]&[ ]YOI)?(?:[ ][A-Z][A-Za-z]+){1,2}(?:[ \t]*[-–,(:][ \t]*|[ ]))"
                      r"(?P<v>(?-i:[A-Z]\d{1,2}-\d{2,3}))\b(?![-/.]\d)", 0.6),
        # a hospital unit by its floor and side: "ADMITTED TO 4 NORTH", "NOTE - 5 EAST MED/SURG"
        ("unit_side", r"(?i:\b(?:to|on|at|from)[ ]|[-–][ ])(?P<v>\d{1,2}[ ]?(?i:north|south|east|west))\b"
                      r"(?![ \t]+[A-Za-z]+[ \t]+(?i:st|rd|ave|street|road|avenue|dr|drive|blvd)\b)", 0.6),
        # a hotel room in Romanian: "la hotelul Parkview, camera 311" (not "CCTV camera 3")
        # (the hotel may be named in the message before: "sunt la hotel ...\n... Flori: camera 212")
        ("camera", r"(?i:\bhotel\w*\b[^.]{0,80}?\b)(?P<v>(?i:camera|cam\.)\s*\d{1,4}[a-zA-Z]?)\b", 0.7),
        # ... anywhere near a word of prison (CONTEXT): "(B2-11)", "from H1-22"
        ("wing_cell_near", r"(?<![\w/-])(?-i:[A-Z]\d{1,2}-\d{2,3})(?![\w/-])", 0.2),
        # a street named for the water or ground beside it: "Canal Side", "Quay Side"
        ("side", r"\b(?-i:Canal|River|Water|Dock|Quay|Lake|Brook|Mill|Wharf|Harbour|Sea|Marsh|"
                 r"Moor)[ ](?-i:Side)\b", 0.6),
        ("estate", r"\b" + _NAME + r"(?i:estate|court|house|mansions|towers|buildings|heights)\b", 0.7),
        # a number and a street in a note in capitals, once its case is restored ("4410 airline HWY")
        ("numbered_lower", r"\b\d{1,5}\s+(?:[a-z][\w'’-]+\s+){1,2}(?i:" + SUFFIXES + r")\b|\b\d{1,5}\s+(?:[a-z][\w'’-]+\s+){1,2}(?:Dr|DR)\.?(?=[ \t]*(?:[,;\n]|$|(?i:apt|unit|ste|suite|#)))",
         0.6),
        # US apartments, and ZIP codes with the state before them: "Apt 3B", "Chicago IL 60622"
        ("apartment", r"\b(?i:apt|apartment|ste|suite)\.?\s*#?\s*\d{1,4}[A-Za-z]?\b", 0.7),
        ("zip", r"\b(?P<v>(?:" + US_STATES + r")\s\d{5}(?:-\d{4})?)\b", 0.7),
        # texted in lower case after a preposition: "back on brook st", "by the asda on marsh lane"
        ("lower_case", r"(?i:\b(?:on|at|off|near|in|down|up|along|from|round)\s+)"
                       r"(?P<v>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?\s+(?:st|rd|lane|ln|road|street|"
                       r"ave|avenue|close|crescent|terrace|tce|grove|drive|gardens|gdns|row|mews|"
                       r"parade|walk|hill|square|sq|yd))\b", 0.6),
        # ... or at a line's start or after any little word of place, when the street's own word
        # is one English hardly uses: "tanyard row quiet til 11", "end of ormery ln", "and hogart
        # street", "on sorrel dene" (not after "a", "the", "her": "a mahoosive row")
        ("lower_rare", r"(?:^|(?<=\n)|(?<=[,(/+&])[ \t]*|(?<=\d[ ])|(?<=\d[a-z][ ])|"
                       r"(?i:\b(?:of|and|or|at|on|in|to|by|from|near|past|via|off|down|up|along|round|"
                       r"behind|outside|opposite|corner|parked|stood|standing|working|works|lives|"
                       r"living|staying|stays|moved|visited|visit|seen|went|go)[ \t]+))"
                       r"(?P<v>[a-z][a-z'’-]{2,}\s+(?:st|rd|lane|ln|road|street|"
                       r"avenue|crescent|cres|terrace|grove|gardens|gdns|row|mews|parade|square|sq|"
                       r"dene|croft|yard|yd|tce))\b(?![\w'’@-])", 0.6),
    )

    def patterns_for(self, text: str) -> list:
        # a prison cell's code only where one is written (time only: the result is the same)
        if _WING_CODE.search(text):
            return self._compiled
        return [c for c in self._compiled if c[0] not in ("wing_cell", "wing_cell_near")]

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern == "compound":  # (not "3 Broadway tickets", "2 Colgate", "4 Southway buses")
            word = value.split()[-1]
            return zipf(word) < RARE_STREET and fold(word) not in given_names() \
                and fold(word) not in family_names()
        # "on the road", "in my street": a street's name is not an everyday word
        if pattern == "numbered_lower":  # "10 min drive", "20 minute walk" away
            return value.split()[1].lower() not in _UNITS
        if pattern == "lower_rare":  # (not a texted word or a description: "wud ave", "huuuge
            word = value.split()[0]    # row", "unlit road", "haulage yard", "havnt rd", "shouty row")
            return zipf(word) < RARE_STREET and word not in STOP_WORDS \
                and not _NOT_A_STREETS_WORD.search(word)
        return pattern != "lower_case" or value.split()[0] not in _NOT_A_NAME


# a street in a note in capitals, read as written (the copy the recognizers read lowers a line
# in capitals: "Tanyard row"): "21.30 TANYARD ROW - CHANTELLE", "CHAPEL WALK, MORROWBY"
# (not "CT": chlamydia's letters in a clinic's note, "NAAT CT/GC")
_CAPS_STREET = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’-]{2,}(?:[ ][A-Z][A-Z'’-]{2,}){0,2}[ ](?:"
                          + "|".join(w for w in SUFFIXES.upper().split("|") if w != "CT") + r")\b(?![\w'’/-])"
                          r"(?![ ]+(?:TOO|MORE|OFF|OUT|BACK|AWAY|AGAIN|WITH|OVER|TO|FROM|ABOUT)\b)")  # ("WAY TOO", "ROW WITH")


def streets_in_capitals(text: str) -> list[RecognizerResult]:
    """Streets named in capitals, each word of the name one English uses less than
    CAPS_STREET_MAX, no stop word and no plural of a word (not "ON THE ROAD", "HIGH STREET",
    "ONE WAY", "OUTREACH WALK", "HOSTEL ROW", "PUNTERS WAY TOO", "SHARPS PLACE")."""
    out = []
    for m in _CAPS_STREET.finditer(text):
        words = m.group().split()
        while len(words) > 1 and (fold(words[0]) in STOP_WORDS or zipf(fold(words[0])) >= CAPS_STREET_MAX):
            words.pop(0)  # "SEEN TANYARD ROW"
        if len(words) >= 2 and all(zipf(fold(w)) < CAPS_STREET_MAX
                                   and not plural_of_a_word(fold(w), CAPS_STREET_MAX) for w in words[:-1]):
            out.append(RecognizerResult("STREET_ADDRESS", m.end() - len(" ".join(words)), m.end(), 0.6))
    return out
