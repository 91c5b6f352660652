"""Dates in the forms people write them; a date near "DOB" or "born" is a date of birth."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from deidentify.lexicon import DOSING
from deidentify.recognizers.base import RegexRecognizer, after_one_of

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_ORDINAL_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
_YEAR = r"(?:19|20)\d{2}"
WEEKDAY = r"(?:Mon|Tues?|Wed(?:s|nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
WEEKDAY_BEFORE = re.compile(r"\b" + WEEKDAY + r",?\s+$", re.IGNORECASE)
# a part of the year before a date: "late 2025", "spring 2026", "Q3 2027", "mid-Oct"
QUALIFIER_BEFORE = re.compile(r"\b(?:early|mid|late|end of|start of|spring|summer|autumn|fall|winter|"
                               r"Q[1-4])[- ]$", re.IGNORECASE)
# (and in the service users' languages: "gim.", "născută", "urodzona", "nascida", "народилася")
_DOB = re.compile(r"\b(?:dob|d\.o\.b|date of birth|born|birthday|b\.|gim\.|gimė|gimusi|născut[ăa]?|"
                  r"nascut[ăa]?|urodzon[ay]|urodził[ao]? się|nascid[oa]|nacid[oa]|lindur|született|"
                  r"народилася|народився|родилась|родился|роден[ао]?|sinh ngày)\W{0,6}$", re.IGNORECASE)
# clinical fractions, not dates: weeks of pregnancy "28/40", a duration in weeks "2/52", a
# score out of ten after what it scores ("PAIN 6/10", "c/o ha 5/10") and a course of days
# after a dose ("500mg TDS 5/7")
WEEKS = re.compile(r"\d{1,2}/(?:40|52)")
_SCORE = re.compile(r"\d{1,2}/10")
_COURSE = re.compile(r"\d{1,2}/7")
_DOSED = re.compile(r"(?i:\b(?:" + "|".join(DOSING) + r"|daily|mg|mcg|ml|x)\b|\d(?:mg|mcg|ml))\W{0,3}$")
_SCORED = re.compile(r"(?i:\b(?:pain|ha|headache|cp|score[ds]?|rated?|rating|nrs|vas|mood|anxiety|"
                     r"severity|sleep)\b)(?:\W{0,3}(?i:score[ds]?|rating))?\W{0,3}$")


def clinical_fraction(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a clinical fraction rather than a date? (Not after a birth's cue.)"""
    value = text[start:end]
    before = text[max(0, start - 25):start]
    if _DOB.search(before):
        return False
    return bool(WEEKS.fullmatch(value)) or bool(_SCORE.fullmatch(value) and _SCORED.search(before)) \
        or bool(_COURSE.fullmatch(value) and _DOSED.search(before))  # "500mg TDS 5/7": days


# a feast names the day an event happened as surely as a date does ("Easter Saturday", "Eid",
# "Halloween", "St Patrick's Day", "Songkran 2567", "Dragon Boat Festival", "karácsony",
# "Crăciun"; not "Easter eggs", "Christmas party" or "Halloween party", where the feast names a
# thing, nor a mother's day centre or burns at night)
_THING_AFTER = (r"(?![ \t]+(?i:eggs?|gifts?|party|parties|do|tree|trees|cards?|presents?|dinner|jumpers?|"
                r"lights|market|clothes|sweets|shift|rota|hampers?|bonus|break|holidays?|shopping|food|"
                r"money|lunch|meal|decorations|songs?|film|fair|celebration|service|services|centre|"
                r"center|costumes?|disco|night|event|events|social|special|sale|menu|card|"
                r"weekend|treats?)\b)")
FEAST = (r"(?:(?:Easter|Christmas|Xmas|Boxing|New Year'?s?)\s+(?:Day|Eve|Saturday|Sunday|Monday)"
         r"|NYE|Good Friday|Dragon Boat Festival|Mid-Autumn Festival|(?:Lunar|Chinese) New Year"
         # (in any case only Halloween, valentines and a happy women's or mother's day: "burns
         # night" and "mother's day centre" are no feast)
         r"|(?:(?-i:Valentine'?s\s+Day)|Hallowe'?en|Valentine'?s"
         r"|(?<=happy )(?:women|mother|father)'?s\s+day|(?-i:(?:International\s+)?Women'?s\s+Day"
         r"|St\.?\s+(?:Patrick|David|Andrew|George)'?s\s+Day"
         r"|Paddy'?s\s+Day|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Burns\s+Night|Mother'?s\s+Day"
         r"|Father'?s\s+Day|Independence\s+Day|Thanksgiving"
         # days the project marks: "17 December, International Day to End Violence Against Sex
         # Workers", "International Sex Workers' Day" (2 June), "World AIDS Day", "Trans Day of
         # Remembrance"
         r"|(?i:International\s+Day\s+to\s+End\s+Violence\s+Against\s+Sex\s+Workers"
         r"|International\s+Sex\s+Workers['’]?\s+Day|World\s+AIDS\s+Day|Trans\s+Day\s+of\s+(?:Remembrance|Visibility)"
         r"|International\s+Whores['’]?\s+Day))"
         r"|" + after_one_of(("for", "at", "over", "since", "after", "before", "until", "till", "by"))
         + r"New Year(?!'|\s+(?:Day|Eve)\b)"
         r"|(?:Christmas|Xmas|Crimbo|Easter|Hogmanay|Diwali|Ramadan|Eid|Songkran|Tết|Qingming|Crăciun|Paște|"
         r"Paşte|Wielkanoc|Boże Narodzenie|karácsony|húsvét))" + _THING_AFTER +
         r"|Eid\s+al-[A-Z]\w+)"
         r"(?:\s+(?:" + _YEAR + r"|25\d{2}))?")  # (25xx: a Thai Buddhist-era year)
_MONTH_CAPS = MONTH.upper()  # "JULY 2027" (the regex's own syntax has no letters to raise)
# a month as written in any case: capitalised, in capitals, or lowered, as the copy the
# recognizers read lowers a line in capitals ("april to july 2027"); not "may" or "mar"
_MONTH_ANY = (r"(?-i:" + MONTH + r"|" + _MONTH_CAPS + r"|(?:january|february|march|april|june|july|august|"
              r"september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)")


# words that may follow a day written alone ("the 22nd not the 8th cos ...")
# (not "is", "was", "but": "the 1st was fine, the 2nd was violent" counts people)
_AFTER_A_DAY = r"not|cos|coz|because|instead|please|pls|x"


# a reading's or a route's words before "in the 90s": sats, a heart rate, a weight, a bus
_READING_BEFORE = re.compile(r"(?i:\b(?:sats?|spo2|o2|hr|heart\s+rate|pulse|bp|rr|resps?|temp|weight|wt|bm|"
                             r"glucose|sugars?|obs|readings?|took)\b[^.\n]{0,18})$")
_DECADE = re.compile(r"['’‘`]?\d0['’‘`]?s", re.IGNORECASE)


def _reading(text: str, start: int, end: int) -> bool:
    """A decade found is a reading's range or a bus: "sats in the 90s", "HR in the late 80s",
    "took the 90s"."""
    return bool(_DECADE.fullmatch(text, start, end)
                and _READING_BEFORE.search(text, max(0, start - 30), start))


class DateFormsRecognizer(RegexRecognizer):
    ENTITY = "DATE"
    PATTERNS = (
        ("numeric", r"(?<![\d/.-])(?:[12]\d|3[01]|0?[1-9])([/.-])(?:1[0-2]|0?[1-9])\1(?:" + _YEAR
                    + r"|\d{2})(?![\d/-])(?!\.\d)", 0.8),
        # separators typed with spaces round them, when the year is written in full: "31 / 12 / 1984"
        ("numeric_spaced", r"(?<![\d/.-])(?:[12]\d|3[01]|0?[1-9])\s*([/.-])\s*(?:1[0-2]|0?[1-9])\s*\1\s*"
                           + _YEAR + r"(?![\d/-])", 0.8),
        # a weekday before a day and month makes them a date, whatever joins them: "Sun 17-03"
        # ("Mon 2-6", "Fri 10-12" are opening hours: see validate)
        ("weekday_numeric", r"\b" + WEEKDAY + r",?\s+(?:[12]\d|3[01]|0?[1-9])[/.-](?:1[0-2]|0?[1-9])"
                            r"(?![\d/.-]|\.\d)", 0.75),
        # year first, as ISO and East Asian exports write it: "2027-06-03", "2027.07.19", "2027/7/19"
        ("iso", r"\b" + _YEAR + r"([-./])(?:1[0-2]|0?[1-9])\1(?:[12]\d|3[01]|0?[1-9])"
                r"(?![\d]|[.,/]\d|-(?!" + _YEAR + r"[-./])\d)", 0.85),  # (a range: "2015.06.11-2035.06.11")
        # a photo's metadata writes its date with colons (EXIF): "Date taken: 2026:03:14 00:47:22"
        ("exif", r"(?<![\d:])" + _YEAR + r":(?:1[0-2]|0[1-9]):(?:[12]\d|3[01]|0[1-9])(?![\d:])", 0.8),
        ("day_month_year", r"\b" + _DAY + r"\s+(?:of\s+)?" + MONTH + r",?\s+" + _YEAR + r"\b", 0.85),
        ("month_day_year", r"\b" + MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", 0.85),
        ("month_year", r"\b" + _MONTH_ANY + r"\s+" + _YEAR + r"\b", 0.75),
        # a two-digit year after its day and month ("dob 14 march 99", "14th mar '99")
        ("day_month_short_year", r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH_ANY
                                 + r",?\s+['’‘`]?\d{2}(?![\w:.%/-])(?![ \t]*(?i:mins?|minutes|hours?|hrs?|"
                                 r"days?|weeks?|wks?|months?|years?|yrs?|am|pm|x|mg|ml|units?)\b)", 0.75),
        # (a day's number on the line before only as an ordinal: "the l8th\nApri1", not "at 11\nMay -")
        ("day_month", r"\b" + _DAY + r"(?:[ \t]+|(?<=st|nd|rd|th)\s+)(?:of\s+)?" + MONTH + r"(?![\w])", 0.7),
        ("month_day", r"\b" + MONTH + r"\s+" + _DAY
                      + r"\b(?!\s*(?:am|pm|mins?|minutes|hours?)\b|:\d)", 0.6),
        ("weekday_day", r"\b" + WEEKDAY + r",?\s+(?:the\s+)?" + _ORDINAL_DAY + r"\b(?:\s+" + MONTH + r")?", 0.75),
        # a weekday and its day's bare number closing what is said, after a word of going or
        # meeting: "I can go thursday 12?", "see you Sat 14." (not a time: "Thursday 12-3",
        # "Fri 10 till 2", "Mon 9am"; nor a count or an opening time: "Mon 14, Tue 9", "Open Sat 10.")
        ("weekday_bare_day", r"(?i:\b(?:go|come|coming|see(?:\s+you)?|meet|free|on|for|till|until|by|from|"
                             r"next|this|that|book|booked|appt|appointment|back)\s+)" + WEEKDAY
                             + r"\s+(?P<v>(?:[12]\d|3[01]|0?[1-9]))(?=[ \t]*(?:[?!,)\n]|\.(?!\d)|$|"
                             r"(?i:or|ok|x+)\b))", 0.6),
        ("next_weekday", r"(?i:\b(?:next|last|this)\s+)" + WEEKDAY + r"\b", 0.5),
        # a month named after a word that makes it a date ("last Feb", "since March 2023")
        ("month_after_word", r"(?i:\b(?:in|last|since|from|until|till|by|early|late|mid|end of|"
                             r"next|treated|expired|arrived|started)\s+)(?P<v>(?-i:" + MONTH
                             + r")(?:\s+" + _YEAR + r")?)(?![\w])", 0.6),
        # ... and in lower case, as texted ("shut down in march", "last june"); not "may"
        ("month_after_word_lower", r"(?i:\b(?:in|last|since|until|till|early|late|mid|end of|"
                                   r"next|due|back|from|by)\s+)(?P<v>(?-i:january|february|march|april|june|july|"
                                   r"august|september|october|november|december|jan|feb|sept?|oct|"
                                   r"nov|dec|aug))\b(?!\s+(?-i:[a-z]))", 0.6),  # (not "in dec renal function")
        # a month in brackets after a result: "VL <50 (Jan)"
        ("month_bracketed", r"(?<=[(\[])(?-i:" + MONTH + r")(?=[)\]])", 0.6),
        # a year alone after a word in lower case or a bracket: "miscarriage 2025", "(2019)"
        # (not a price, a dose or a count of things, nor an Act's year: "Housing Act 1996")
        ("year_bare", r"(?:(?<=[a-z] )|(?<=\())(?<!Act )(?<!Rules )(?<!Order )(?<!Regulations )"
                      r"(?-i:(?<![A-Z][a-z]{2} ))(?:19[5-9]\d|20[0-4]\d)(?![\w%/:-]|[.,]\d|\s*(?:mg|mcg|ml|g|kg|"
                      r"kcal|calories|steps|units?|words|people|pounds|quid|euros?|dollars|x|hrs?|"
                      r"hours|mins?|ft|m|km|miles|times|sq|grams?)\b)", 0.45),
        # a year opening a chronology's line, before a dash, a colon or a bracket: "2016 - leaves
        # Delroy", "- 2015 - boyfriend", "1996 (approx; no birth certificate)"
        # (not a year's count in a report: "2019 - 3 arrests", "2024: 61 contacts")
        ("year_line", r"(?m)^[ \t]*(?:[-*•][ \t]*)?(?P<v>" + _YEAR + r")(?=[ \t]*[-–:][ \t]+(?!\d)|[ \t]+\()",
         0.6),
        # ... or before a full stop and a sentence, as a memoir opens its years: "1981. I was fifteen"
        ("year_line_sentence", r"(?m)^[ \t]*(?P<v>" + _YEAR + r")(?=\.[ \t]+(?-i:[A-Z]))", 0.6),
        # a year written short opening a chronology's line, or two ranged: "'05 into care",
        # "'07-'12 St Aldhelm's"
        ("short_year_line", r"(?m)^[ \t]*(?:[-*•][ \t]*)?(?P<v>['’‘`]\d{2}(?:[ \t]*[-–][ \t]*['’‘`]\d{2})?)"
                            r"(?=[ \t]|$)(?![ \t]+(?i:for|quid|pounds|each|per|an?|ph|half|hours?|hr|mins?)\b)", 0.6),
        # (not a price quoted at a line's start: "'50 for half an hour")
        # a decade: "the 2000s", "early 1970s", "the late 90s", "the '80s" (a bare "40s" or
        # "HR 80s" is an age or a reading, so two figures only after "the")
        ("decade", r"(?<![\w'’-])(?:19|20)\d0['’‘`]?s\b", 0.6),
        ("decade_short", r"(?i:\bthe[ \t]+(?:(?:early|mid|late)[- \t]?)?)(?P<v>['’‘`]?[6-9]0['’‘`]?s)\b", 0.6),
        # a season or a feast with its year: "winter of '86", "spring '91", "Easter '78"
        ("season_year", r"\b(?:spring|summer|autumn|fall|winter|easter|christmas|xmas)(?:[ \t]+of)?[ \t]+"
                        r"(?:['’‘`]\d{2}|" + _YEAR + r")\b"
                        r"|\b(?:spring|summer|autumn|fall|winter)[ \t]+of[ \t]+\d{2}\b(?![ \t]*(?:%|quid|pounds))", 0.6),
        # a month with a two-figure year no day can be, opening a chronology's line or after a
        # word of when: "Feb 96  born", "since Feb 96" ("Feb 12" is a day; "Jan 45, Feb 38" counts)
        ("month_bare_year", r"(?:(?m:^)[ \t]*|(?i:\b(?:in|since|from|until|till|born|b\.|dob|left|came|arrived|"
                            r"moved)[ \t]+))(?P<v>(?-i:" + MONTH + r"|" + _MONTH_CAPS + r")[ \t]+(?:3[2-9]|[4-9]\d|00))"
                            r"(?![\w:.%/-]|[ \t]*(?i:mg|ml|units?|people|x)\b)", 0.6),
        # a day's ordinal opening a rota's line: "27th  drop-in DA + Danuta"
        ("ordinal_line", r"(?m)^[ \t]*(?P<v>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?=[ \t]{2,}|\t)"
                         r"(?![ \t]+(?:floor|time|visit|dose|attempt)\b)",
         0.5),
        # a year after a word that makes it a date ("since 2019", "b. 1991", "expired in 2021")
        # (or written short with an apostrophe: "born in '94")
        ("year_after_word", r"(?i:\b(?:in|since|from|until|b\.|born|born in|year|dob|d\.o\.b\.?|"
                            r"class of)\s+)(?P<v>" + _YEAR + r"|['’‘`]\d{2})\b", 0.6),
        # 3/4 after a word that announces a date ("on 3/4", "next appt 12/5", "return 12/6").
        ("short", r"(?i:\b(?:on|by|from|until|till|for|next|appt|appointment|up|meeting|date|"
                  r"dated|since|before|after|return|due|and|review|bloods|attend|statement,?|w/c|lmp|edd|lsi|"
                  r"upsi|lnmp|sent|posted|submitted|served|signed|issued|booked|received|applied|"
                  r"arrived|expires|expired)\s+)(?!(?P<same>\d{1,2})/(?P=same)[ \t]+[A-Za-z])"
                  r"(?P<v>(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9]))(?![\d/])", 0.7),  # (not "received 3/3 HPV")
        # day and month alone, in either order (14/3, 7/18, 20-21/2): without a word before
        # it "7/7" may be a course of pills, but a date left in costs more than a dose removed
        ("day_month_bare", r"(?<![\w/.:-])(?:(?:[12]\d|3[01]|0?[1-9])-)?(?:(?:[12]\d|3[01]|0?[1-9])/"
                           r"(?:1[0-2]|0?[1-9])|(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9]))"
                           r"(?![\d/]|\.\d)", 0.45),
        # a range of days and months: "leave 22/12-2/1" (the second after the dash too)
        ("day_month_range", r"(?<![\w/.:-])(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])\s*[-–]\s*"
                            r"(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?![\d/]|\.\d)", 0.6),
        # a day and a zero-padded month with a dot, as Europeans write them: "booked 17.03.",
        # "Next 24.03" (not a decimal: "3.6", "12.5 mg")
        ("day_month_dotted", r"(?<![\w.,])(?:[12]\d|3[01]|0?[1-9])\.(?:0[1-9]|1[0-2])(?![\d]|[.,]\d)"
                             r"(?!\s*(?:mg|mcg|ml|kg|g|mmol|cm|mm|l|%|kcal)\b)", 0.5),
        # a date of birth typed with spaces: "DOB 4 4 96"
        # ... or "D.O.B. 3 . 8 . 86"
        ("dob_spaced", r"(?i:\b(?:dob|d\.o\.b\.?|born)[ \t]*+:?[ \t]*+)(?P<v>(?:[12]\d|3[01]|0?[1-9])"
                       r"(?:[ \t]*[./-][ \t]*|\s)(?:1[0-2]|0?[1-9])(?:[ \t]*[./-][ \t]*|\s)"
                       r"(?:\d{2}|(?:19|20)\d{2}))(?!\s?\d)", 0.7),
        # years and months ranged: "(2017–2022)", "Oct–Dec 2027"
        # (and a financial year: "Q4 2025/26")
        ("year_range", r"(?<![\w/.-])" + _YEAR + r"(?:[ \t]*[-–][ \t]*|/)(?:" + _YEAR + r"|\d{2})"
                       r"(?![\w/:-]|[.,]\d|[ \t]*(?:mg|mcg|ml|g|units?|iu)\b)", 0.6),
        ("month_range", r"\b" + _MONTH_ANY + r"[ \t]*(?:[-–/&]|to|TO|and|AND)[ \t]*" + _MONTH_ANY
                        + r"(?:[ \t]+" + _YEAR + r")?(?![\w])", 0.6),
        # a month and a year written short: "Nov '25", "MAR '27"
        ("month_short_year", r"\b" + _MONTH_ANY + r"[ \t]+['’‘`]\d{2}\b", 0.7),
        # a month written short and capitalised, alone: "partner out Nov" (not Jan or Jun, which
        # are names, nor Mar; nor Feb and Dec, febrile and decreased in a clinical note)
        ("month_short", r"\b(?-i:Apr|Aug|Sept?|Oct|Nov)\b\.?(?![ \t]+(?-i:[a-z]))", 0.5),
        # a month alone after what happened in it: "notice served Jan, hearing", "sent Feb"
        ("month_cued", r"(?i:\b(?:served|sent|registered|signed|issued|started|ended|arrived|"
                       r"moved|left|booked|expired|expires|lapsed|stopped|since|until|till|evicted|"
                       r"arrested|charged|last\s+seen|mid-?)[ \t]*+)"
                       r"(?P<v>" + _MONTH_ANY + r")\b\.?"
                       r"(?![ \t]+(?!(?:and|so|to|for|because|but|then|when)\b)(?-i:[a-z]))", 0.5),
        # "on the 9th", "ON THE 12TH"
        ("the_ordinal", r"(?i:\b(?:on|by|from|until|till|since|before|after|of|until)\s+)"
                        r"(?P<v>the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
                        r"(?!\s+(?:floor|time|visit|dose|attempt)\b)", 0.6),
        # "saw her the 9th", "back on the 23rd": not when a word follows that it counts
        # ("the 3rd time", "the 2nd floor")
        ("the_ordinal_bare", r"(?i:\bthe\s+)(?P<v>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
                             r"(?!\s+(?!(?:at|of|and|or|" + _AFTER_A_DAY + r")\b)[a-z])(?!\s+(?:floor|time)\b)",
         0.5),  # ("book me for the 22nd not the 8th cos")
        # a day's bare number after "on the": "leave on the 28 cos of the arrears" (not "on the
        # 28 bus", "on the 3 of us")
        ("the_day_bare", r"(?i:\b(?:on|by|before|after|until|till|from)\s+the\s+)(?P<v>(?:[12]\d|3[01]|0?[1-9]))"
                         r"(?![\w.,:/%£$-]|\s*(?:[.,]\d|x\b))(?!\s+(?!(?:at|and|or|" + _AFTER_A_DAY + r")\b)[a-z])",
         0.5),
        # a bare ordinal after a word that announces a date: "court 10th.", "due 3rd"; not when
        # a word follows that it counts ("appt 2nd time", "by 3rd floor")
        ("cue_ordinal", r"(?i:\b(?:court|hearing|appt|appointment|due|review|until|till|since|by|"
                        r"before|after|from|next|deadline|expires?|expiry|on|payment|paid|ends?|ending|"
                        r"bday|birthday|b'day|out|date|happened|sent|served|signed|incident|assault|when|approx|"
                        r"for)(?:[ \t]*+[:?-])?[ \t]*+\n?[ \t]*+(?:the[ \t]+)?)"
                        r"(?P<v>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
                        r"(?!\s+to\s+last\b)(?!\s+(?!(?:at|of|and|or|about|around|under|with|for|to|if|but|so|as|then|"
                        r"instead|too|because|when|please|pls)\b)[a-z])", 0.6),
        # a date said with its month's number as an ordinal: "born 21st of the 9th 89", "the
        # 3rd of the 11th, 2024"
        ("ordinal_of_the", r"\b" + _ORDINAL_DAY + r"\s+of\s+the\s+(?:1[0-2]|0?[1-9])(?:st|nd|rd|th)"
                           r"(?:,?\s+(?:" + _YEAR + r"|['’]?\d{2})(?![\w:.]))?", 0.75),
        # days listed or ranged before their month: "3rd, 4th, 5th March", "12th-14th Feb",
        # "from 8th to 11th February", "Mon 9 - Sun 15 March", "(9th->10th)"; seven days at
        # most, so that a long run of numbers is not read again from each of them
        ("day_list", r"\b(?:" + WEEKDAY + r"\s+)?" + _DAY + r"(?:\s*(?:,|-|–|to|and|&|/|->|\+)\s*(?:"
                     + WEEKDAY + r"\s+)?" + _DAY + r"){1,6}\s+(?:of\s+)?" + MONTH + r"(?![\w])", 0.7),
        # an airline's day and month run together, in capitals: "DATE 09JUN", "09JUN25"
        ("airline_date", r"(?<![\w/])(?:[12]\d|3[01]|0[1-9])(?-i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
                         r"(?:\d{2})?(?![\w/])", 0.6),
        # a month opening a line of a calendar, before a dash: "March - International Women's
        # Day march", "May - garden group open day" (capitalised; not "may -")
        ("month_line", r"(?m:^[ \t]*(?:[-*•][ \t]*)?)(?P<v>(?-i:" + MONTH + r"|january|february|april|july|"
                       r"august|september|october|november|december|feb|apr|aug|sept?|oct|nov|dec))"
                       r"(?=[ \t]+[-–][ \t]+\S)", 0.6),
        ("ordinal_range", r"\b" + _ORDINAL_DAY + r"\s*(?:-|–|->|to)\s*" + _ORDINAL_DAY + r"\b", 0.6),
        ("feast", r"(?<!\w)" + FEAST + r"(?!\w)", 0.6),
        # a year of the Thai (Buddhist) era after its name: "BE 2534", "พ.ศ. 2569", "Thai year 2569"
        ("buddhist_year", r"(?:\b(?-i:B\.?E\.?)|(?i:\bThai\s+year)|พ\.ศ\.)[ \t]*(?P<v>2[45]\d{2})\b", 0.6),
        ("buddhist_year_after", r"\b2[45]\d{2}(?=[ \t]?(?-i:B\.?E)\b)", 0.6),  # "born 2534 BE"
        # a season named as the time something happened: "since autumn", "over the summer"
        ("season_cued", r"(?i:\b(?:since|over|during|until|till|last|this|next|by)\s+(?:the\s+)?)"
                        r"(?P<v>spring|summer|autumn|fall|winter)\b(?!\s+(?:coat|clothes|term|school|jacket))",
         0.5),
    )
    FLAGS = re.IGNORECASE

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern == "weekday_numeric":
            day, sep, month = re.split(r"([/.-])", value.split()[-1])
            # joined by a dash or dot, hours look the same unless a day past 12 or a 0 says date
            return sep == "/" or (len(month) == 2 and (int(day) > 12 or "0" in (day[0], month[0])))
        if pattern != "day_month_bare":
            return True
        # clinical shorthand, not dates: "doxy 7/7" (seven of seven days), "open 24/7"
        first, second = value.rsplit("-", 1)[-1].split("/")
        return first != second and value != "24/7"

    def entity_for(self, text: str, start: int, end: int) -> str:
        return "DATE_OF_BIRTH" if _DOB.search(text[max(0, start - 25):start]) else "DATE"

    def analyze(self, text, entities, nlp_artifacts=None):
        # Day-month forms also match inside day-month-year ones: overlapping forms are one date.
        # A weekday written just before a date is part of it ("Thurs 3/10/24", "Tue, 4 Jun").
        results = [r for r in super().analyze(text, entities, nlp_artifacts)
                   if not clinical_fraction(text, r.start, r.end) and not _reading(text, r.start, r.end)]
        for r in results:
            m = WEEKDAY_BEFORE.search(text, max(0, r.start - 12), r.start)
            if m:
                r.start = m.start()
        results += [RecognizerResult(self.ENTITY, s, e, 0.6) for s, e in _rota_days(text)]
        results.sort(key=lambda r: (r.start, -(r.end - r.start)))
        kept: list = []
        for r in results:
            if kept and r.start < kept[-1].end:  # "Next Mon" and "Mon 2nd June": one date
                kept[-1].end = max(kept[-1].end, r.end)
            else:
                kept.append(r)
        return kept


# a weekday and a day's number alone, as a rota writes a month's days, one a line, before what
# happens on it ("Mon 1 - Bill / Hope", "tue 13: grace + joy"); not hours ("Mon 2-6", "Fri
# 10.30"), nor a tally's counts ("Mon 6, Tue 4, Wed 8 women", "mon 14 / tue 11")
ROTA_DAY = re.compile(r"(?m:^[ \t]*(?:[-*•][ \t]*)?)(?P<day>" + WEEKDAY + r")[ \t]+(?P<v>[12]\d|3[01]|0?[1-9])"
                             r"(?=[ \t]*[-–:][ \t]*[^\W\d_])(?![ \t]*[-–:][ \t]*(?:noon|midday|midnight|women|men|"
                             r"girls|lads|clients|contacts|people|new|visits|calls|seen|am|pm|till|until)\b)",
                             re.IGNORECASE)
# ... and in ranges anywhere in a line, as a rota writes them ("Thu 1 - Sun 4: DOM", "Mon 5 (bank
# hol) - Sun 11"): not hours or times ("Mon 2-6", "Fri 10.30 - Sat 9am"), nor a tally's chain
# ("Mon 2 - Tue 3 - Wed 4"), nor its lines ("Mon 8\nTue 2")
_RANGE_DAY = r"(?P<day{n}>" + WEEKDAY + r")[ \t]+(?P<v{n}>[12]\d|3[01]|0?[1-9])(?![\d:.,/]\d|[ \t]*(?:am|pm|h|hrs?)\b)"
WEEKDAY_RANGE = re.compile(r"(?<![-–][ ])(?<![-–])\b" + _RANGE_DAY.format(n=1) + r"(?:[ \t]*\([^()\n]{1,20}\))?"
                           r"[ \t]*(?:[-–]|to|till|until)[ \t]*" + _RANGE_DAY.format(n=2)
                           + r"(?![ \t]*[-–])", re.IGNORECASE)
WEEKDAY_DAYS_MIN = 4  # days of ranges (two ranges at least) that must agree with one month's calendar
_WEEKDAY_INDEX = {w: i for i, w in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


def _rota_days(text: str) -> list[tuple[int, int]]:
    """The day numbers after weekdays that agree with one month's calendar, two or more of them
    one a line, or four or more in ranges: Mon 1, Thu 4, Mon 8 are days of a month; a tally's
    "mon 14 / tue 11" are counts, as no month has Monday the 14th and Tuesday the 11th."""
    days = _one_calendar([(m.group("day"), m.group("v"), m.span("v")) for m in ROTA_DAY.finditer(text)], 2)
    ranges = [(m.group(f"day{n}"), m.group(f"v{n}"), m.span(f"v{n}")) for m in WEEKDAY_RANGE.finditer(text)
              for n in (1, 2)]
    return sorted(set(days) | set(_one_calendar(ranges, WEEKDAY_DAYS_MIN)))


def _one_calendar(days: list[tuple[str, str, tuple[int, int]]], least: int) -> list[tuple[int, int]]:
    """The places of the day numbers of `days` (a weekday's name, its number and the number's
    place) that agree with one month's calendar, if `least` or more do and they are more than
    half of them."""
    by_offset: dict[int, list[tuple[int, int]]] = {}
    for name, number, span in days:
        weekday = _WEEKDAY_INDEX[name[:3].lower()]
        by_offset.setdefault((int(number) - weekday) % 7, []).append(span)
    days = max(by_offset.values(), key=len, default=[])
    return days if len(days) >= least and len(days) * 2 > sum(map(len, by_offset.values())) else []
