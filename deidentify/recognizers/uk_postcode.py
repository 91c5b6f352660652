"""UK postcodes, full (outward and inward code), any case, with or without the space (or with
two, as typed in a hurry); and a postcode district alone ("incall Armley LS12", "Kettering
NN16"), in capitals, of a real postcode area, after a place's name or beside a word such as
"incall" or "postcode" (alone, "B12" or "M1" is a vitamin or a motorway), and a district of any
letters a word says is one ("the ZJ3 or ZJ5 areas", "Postcode not known (QX7?)"; not a
motorway's or an A road's "M62 area"); an Irish Eircode
after a county, Dublin or its label ("Co. Leitrim, Q61 XW30").

A postcode with a letter the Royal Mail never puts in an inward code (C, I, K, M, O, V) is
still someone's postcode mistyped, or a fictional one in a letter: in capitals it is taken
too ("QX1 2CC", "QX99 1HO"), but not a dose or a time ("X1 4MG", "Q4 2PM")."""

import re

from deidentify.lexicon import DOSING, zipf
from deidentify.recognizers.base import RegexRecognizer

# the 124 postcode areas of the UK and the Crown dependencies (with GY, IM and JE)
AREAS = ("AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN "
         "DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW "
         "KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PH PE PL PO PR RG RH "
         "RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD "
         "WF WN WR WS WV YO ZE").split()
# a district not followed by an inward code (a full postcode is found whole)
_DISTRICT = r"(?-i:(?:" + "|".join(sorted(AREAS, key=len, reverse=True)) + r")\d[A-Z\d]?)" \
    r"(?![\w/-])(?![ \t]{1,2}\d[A-Za-z]{2}\b)"
_ANY_DISTRICT = r"[A-Z]{1,2}\d{1,2}[A-Z]?"  # a district's shape, of any area's letters
_NOT_PLACES = r"(?!(?:Vitamin|Type|Grade|Room|Junction|Section|Hep|Hepatitis|Bay|Ward)\b)"


# an ordinal read as an inward code, before what it counts: "BED B4 2ND FLOOR", "G2 2ND TRIMESTER"
# (a postcode may end in ND, ST, RD or TH: "SW13 3ND", "BS16 0ST")
_NOT_ORDINAL = (r"(?![ \t]+(?i:floor|time|times|trimester|row|variant|visit|week|dose|attempt|line|"
                r"year|round|place|child|baby|pregnancy|opinion|stage|degree|shift|session)\b)")
_SCANNED = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]{1,2}O[ABD-HJLNP-UW-Z]{2}"  # an inward code's 0 read as O
SCANNED_WORD_MIN = 3.0  # Zipf frequency: an inward code read with an O this common is a word
_UNITS = frozenset("MG ML MM CM KM PM AM HR MC IU MO".split())  # "X1 4MG", "Q4 2PM"


class PostcodeRecognizer(RegexRecognizer):
    ENTITY = "POSTCODE"
    PATTERNS = (
        ("full", r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ \t]{0,2}\d[ABD-HJLNP-UW-Z]{2}\b" + _NOT_ORDINAL, 0.8),
        ("full_any_letter", r"(?-i:\b[A-Z]{1,2}\d[A-Z\d]?[ \t]{0,2}\d[A-Z]{2}\b)" + _NOT_ORDINAL, 0.6),
        # an inward code whose 0 a scan read as an O, in capitals: "Brind1ecombe QX5 OHS" (not
        # a word: "M1 OFF", "B12 ONE")
        ("full_scanned", r"(?-i:\b" + _SCANNED + r"\b)" + _NOT_ORDINAL, 0.6),
        # ... even where it reads as a word, after its label or closing an address's line after a
        # comma: "Postcode: QX5 OLD", "22 Elm Close, XV9 OUT"
        ("full_scanned_placed", r"(?:(?i:\bpost[ ]?code|\bpc)[ \t]*:?[ \t]*|(?<=,[ ]))(?P<v>(?-i:" + _SCANNED + r"))"
                                r"(?=[ \t]*(?:$|\n|[.;)]))", 0.6),
        # a district after a capitalised word: "Armley LS12", "Beeston, NG9", "town centre NN16"
        ("district_after_place", r"(?-i:\b" + _NOT_PLACES + r"[A-Z][a-z]+)"
                                 r"(?:,|\s+(?:town|city)\s+centre)?\s+(?P<v>" + _DISTRICT
                                 + ")", 0.6),
        ("district", r"(?<![\w/-])(?<!the )(?<!THE )" + _DISTRICT, 0.2),  # not "the M1"
        # a district of any letters (a mistyped or a letter's fictional one too) that a word
        # says is one: "the ZJ3 or ZJ5 areas", "incall XQ4 area", "Postcode not known (QX7?)"
        ("district_said", r"(?-i:\b(?P<v>(?!M\d{1,2}\b|A\d{1,3}\b)" + _ANY_DISTRICT + r")"
                          r"(?:[ ](?:or|and|&)[ ]" + _ANY_DISTRICT + r")?[ ](?i:areas?|district)\b)", 0.6),
        ("district_said_next", r"(?-i:\b" + _ANY_DISTRICT + r"[ ](?:or|and|&)[ ](?P<v>" + _ANY_DISTRICT + r")"
                               r"[ ](?i:areas?|district)\b)", 0.6),
        ("district_labelled", r"(?i:\bpost[ ]?code\b)[^.\n\d]{0,24}?[(:]?[ ]?(?P<v>(?-i:" + _ANY_DISTRICT + r"))"
                              r"(?![\w/-])(?![ \t]{1,2}\d[A-Za-z]{2}\b)", 0.6),
        # an Irish Eircode, after a county or Dublin on an address's line, or its label:
        # "Kilmurragh, Co. Leitrim, Q61 XW30", "Eircode: D02 X285"
        ("eircode", r"(?-i:(?:\bCo\.?[ \t]++[A-Z][a-z]+,?|\bEircode:?|\bDublin(?:[ \t]++\d{1,2})?,?)"
                    r"[ \t]*+(?P<v>\b[A-Z]\d[\dW][ \t]?(?![0-9]{1,2}[AP]M\b)"
                    r"(?=[0-9A-Z]{0,3}\d)(?=[0-9A-Z]{0,3}[A-Z])[0-9A-Z]{4})\b)", 0.6),
    )
    CONTEXT = ("postcode", "post code", "incall", "incalls", "outcall", "outcalls", "area", "areas",
               "based")
    FLAGS = re.IGNORECASE

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern == "full_scanned" and zipf(value[-3:].lower()) >= SCANNED_WORD_MIN:
            return False
        if pattern == "full_any_letter" and (value[-2:] in _UNITS or value[-2:] in DOSING
                                             or re.match(r"[XQ]\d", value)):
            return False  # ("VIT D3 1OD": one a day)
        # Lower-case look-alikes such as "a1 2bc" are rare in prose; words are not digits.
        return any(c.isdigit() for c in value[:4])
