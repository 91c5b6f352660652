"""Dates, house and room numbers and number plates said in words, as voice notes are
transcribed: "the twenty third of november", "ten thirty on the fourteenth", "fifth of may
ninety nine", "forty two ashgrove road", "room three one two", "bravo foxtrot one six".

A number word alone is not an identifier, so each form needs the structure that makes it one:
an ordinal day with a month (or after "on the", "by the"...), a number before a street word,
a number after "room", "flat" or "ward" (and the numbers said to correct it), letters of the
phonetic alphabet (or capital letters said one by one) mixed with digits, a year said alone
as a century and its tens ("in twenty twenty-two"; not a time, money or eyesight), a day's
ordinal alone after a word of dates ("not the twelfth"), a reference read out with its
letters after a word for one ("our ref is H as in hotel, two five..."), a postcode, sort code
or date of birth said after its word (on the next speaker's line too). Dates are read in
English only; digit runs use the digit words of spelled_phone (several languages). A date
after "born", "DOB" or "birthday (is)" is a date of birth.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from deidentify.lexicon import family_names, given_names, zipf
from deidentify.recognizers.base import TokenRecognizer
from deidentify.recognizers.dates import MONTH
from deidentify.recognizers.spelled_phone import REPEAT, SAID_DIGIT, WORDS


def _alt(words: str) -> str:
    return "(?:" + "|".join(sorted(words.split(), key=len, reverse=True)) + ")"


_UNIT = _alt("one two three four five six seven eight nine")
_TEEN = _alt("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
_TENS = _alt("twenty thirty forty fifty sixty seventy eighty ninety")
_CARDINAL = rf"(?:{_TENS}(?:[\s-]+{_UNIT})?|{_TEEN}|{_UNIT})"  # 1 to 99
_HOUSE = rf"(?:(?:{_UNIT}|a)\s+hundred(?:\s+and)?(?:\s+{_CARDINAL})?|{_CARDINAL})"  # 1 to 999 ("a hundred and twelve")
HOUSE_WORDS = _HOUSE  # (span_edges reads a house number said after a street's name)
_ORD_UNIT = _alt("first second third fourth fifth sixth seventh eighth ninth")
_ORD_DAY = (rf"(?:(?:twenty|thirty)[\s-]*{_ORD_UNIT}|twentieth|thirtieth|"
            + _alt("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
                   "eighteenth nineteenth") + rf"|{_ORD_UNIT})")
_MONTH = rf"(?i:{MONTH})"  # the month names of the dates recognizer
_WEEKDAY = _alt("monday tuesday wednesday thursday friday saturday sunday")
_ORD_MONTH = _alt("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth")
_YEAR = (rf"(?:(?:nineteen|twenty)\s+(?:{_CARDINAL}|hundred|oh\s+{_UNIT})|two\s+thousand"
         rf"(?:\s+and)?(?:\s+{_CARDINAL})?|{_TENS}[\s-]+{_UNIT}|oh\s+{_UNIT})")
_HOUR = _alt("one two three four five six seven eight nine ten eleven twelve")
_TIME = rf"(?:half\s+(?:past\s+)?{_HOUR}|{_HOUR}\s+(?:{_CARDINAL}|o'?clock|oh\s+{_UNIT}))"
# words an ordinal counts, when it is not a day: "on the third floor", "by the second time"
_COUNTED = _alt("time times floor day days week weeks month months year years visit visits go try "
                "attempt round page step one ones person people place child baby kid session "
                "appointment group groups half lot batch row class thing things aid come hand communion "
                "shift interview choice option slot course dose shot cohort module tranche phase set "
                "intake series wave stage term season block")
# a house number said after "at number" or "house number" ("living at number eighteen"; not "at
# number one priority", "down to number two on the list", "number ten in the queue"), and the
# numbers said to correct one ("forty-two, no, forty-four", "eighteen, or eighty")
_AT_NUMBER = re.compile(rf"\b(?:at|lives|living|house)\s+(?:number|no\.?)\s+(?P<v>(?!one\b){_HOUSE})\b"
                        rf"(?!\s+(?:{_COUNTED}|of|on\s+the\s+(?:waiting\s+)?list|in\s+the\s+queue)\b)")
_CORRECTION = (r"(?:no|or|sorry|i\s+mean|not|wait|actually|or\s+is\s+it|is\s+it|i\s+think|um|uh|er|erm)")
_HOUSE_RE = re.compile(rf"\b{_HOUSE}\b")
_CORRECTION_AFTER = re.compile(rf"[,.…]*\s+(?:{_CORRECTION}[,.…\s]+)+{_HOUSE}\b(?:,\s*{_HOUSE}\b)*")
_CORRECTION_BEFORE = re.compile(rf"\b{_HOUSE}[,.…\s]+(?:{_CORRECTION}[,.…\s]+)+\Z")
# a police log's number said before "of today", and an officer's collar number said after "P C":
# "your reference is six one two of today", "P C four four zero one"
_DIGIT_WORD = SAID_DIGIT
# (runs of seven words at most: a long run of digits' words is not read again from each word;
# not "of today's clients"; after capitals only: not "the pc one two three was broken")
_SAID_LOG = re.compile(rf"\b(?P<v>(?:{_DIGIT_WORD}[\s,]+){{2,6}}{_DIGIT_WORD})\s+of\s+today(?!['’]s\s+(?!date\b))\b")
_SAID_COLLAR = re.compile(rf"(?-i:\b(?:P\.?\s?C|PCSO|D\.?\s?C|P\.?\s?S|DS|Sgt|SGT|Sergeant)\.?)\s+"
                          rf"(?P<v>(?:{_DIGIT_WORD}[\s,]+){{2,5}}{_DIGIT_WORD})\b", re.IGNORECASE)
# a count that follows a room's number said in words: "the staff room two nights" (not "flat
# eleven block c", "room twelve floor three")
_COUNTED_AFTER = re.compile(r"\s+(?:nights|days|weeks|months|years|times|people|hours|minutes)\b")
_STREET = _alt("road rd street st lane ln avenue ave crescent terrace grove gardens gdns mews "
               "parade square close drive way row walk rise hill view vale")
_WORD_STREETS = frozenset("close drive way row walk rise hill view vale".split())
WORD_STREET_NAME_MAX = 3.5  # Zipf frequency below which the words before such a street's word name it
_NOT_A_STREET_NAME = frozenset("the a an my your her his our their this that same main other more "
                               "of in on at to and or big long busy quiet back side high not no sorry".split())

# a year said after its date, a comma between them where the clause ends: "the seventh of
# September, ninety-six" (not a count that follows: "on the fifth of May, twenty-two women came")
_THEN_YEAR = (rf"(?:(?:\s+|,\s+(?=(?:{_YEAR})\b[\s,]*(?:[.;:!?)\"”]|$|(?:and|in|at|she|he|they|i|so|but|"
              rf"then|when|was|is|which|that|from|dob|born)\b)))(?>{_YEAR})\b"
              rf"(?![\s-]+(?:weeks?|days?|months?|years?|hours?|mins?|minutes|people|pounds|quid|times)\b))")
# a year said alone, a century and its tens: "nineteen ninety-three", "in twenty twenty-two"
# ("two thousand and one" after a word of time only: not "two thousand pounds")
_CENTURY_YEAR = rf"(?>(?:nineteen|twenty)[\s-]+(?:{_TENS}(?:[\s-]+{_UNIT})?|{_TEEN}|oh[\s-]+{_UNIT}))"
# ... not a time of day said the same way ("at nineteen thirty", "twenty fifteen tonight"), money
# ("owes nineteen ninety") or eyesight ("twenty twenty" with no word of time before it)
_TIME_BEFORE = re.compile(r"\bat\s+\Z")
_MONEY_BEFORE = re.compile(r"(?:\b(?:owes?|owed|earns?|costs?|paid|pay|price|charged?)\s+|£\s*)\Z")
_NOT_A_YEAR_AFTER = re.compile(r"[\s-]+(?:tonight|hours|hrs|o'?clock|pm|am|a\s+(?:week|month)|to\s+(?:nineteen|twenty)\s+"
                               r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty)\b|-?something)")
_BARE_ORD_DAY = (rf"(?:(?:twenty|thirty)[\s-]*{_ORD_UNIT}|twentieth|thirtieth|"
                 + _alt("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
                        "eighteenth nineteenth fourth fifth sixth seventh eighth ninth") + ")")
_DATES = (
    re.compile(rf"\b{_ORD_DAY}\s+(?:of\s+)?{_MONTH}{_THEN_YEAR}?\b"),
    # a day said as a cardinal needs its year: "fifteen june ninety one"
    re.compile(rf"\b{_CARDINAL}\s+(?:of\s+)?{_MONTH}\s+{_YEAR}\b"),
    re.compile(rf"\b{_MONTH}\s+(?:the\s+)?{_ORD_DAY}{_THEN_YEAR}?\b"),
    re.compile(rf"\b(?P<year>{_CENTURY_YEAR})\b(?![\s-]+(?:weeks?|days?|months?|years?|hours?|mins?|minutes|"
               rf"people|pounds|quid|times|percent|per|{_UNIT}|{_TENS}|{_TEEN}|hundred|thousand|oh|double)\b)"),
    # a year said after "year": "Year ninety-eight."
    re.compile(rf"\byear(?:\s+of\s+birth)?\s+(?P<v>{_TENS}[\s-]+{_UNIT}|nineteen\s+{_TENS}(?:[\s-]+{_UNIT})?)\b"
               rf"(?![\s-]+(?:olds?|people|pounds|quid|times|percent)\b)"),
    re.compile(rf"\b(?:in|since|from|until|till|year|by)\s+(?P<v>two\s+thousand(?:\s+and)?(?:\s+{_CARDINAL})?)"
               r"\b(?![\s-]+(?:weeks?|days?|months?|years?|hours?|mins?|minutes|people|pounds|quid|times|"
               r"euros?|dollars|lei|zloty|baht|pesos|reais)\b)"),
    # a day said alone as an ordinal after "the", where a sentence or a clause ends after it:
    # "not the twelfth so", "the sixth and the twentieth.", "of the twenty-ninth?" (not "the
    # fifth floor", "the tenth time": those go on)
    re.compile(rf"\b(?:not|of|and|or|dated|definitely|since|before|after|than|except|either|date|"
               rf"it'?s|is\s+it)\s+the\s+(?P<v>{_BARE_ORD_DAY})\b(?=\s*(?:[.,;:!?)\"”]|$|\s+(?:and|or|but|at|for|then|"
               rf"so|is|was|not|instead|please|when|which|that|i|we|she|he|they|it|yeah|ok|okay|new\s+line|"
               rf"full\s+stop|comma)\b))"),
    re.compile(rf"\b{_TIME}\s+on\s+the\s+{_ORD_DAY}\b(?!\s+{_COUNTED}\b)"),
    # a weekday before its day said as an ordinal: "Saturday twenty sixth", "on tuesday the third"
    # (without "the", only before a stop: not "Monday first thing", "Friday first aid")
    re.compile(rf"\b{_WEEKDAY}\s+(?:the\s+(?P<v>{_ORD_DAY})\b(?!\s+(?:of\s+)?(?:{_COUNTED}|{_MONTH})\b)"
               rf"|(?P<w>{_ORD_DAY})\b(?=\s*(?:[.,;:!?)]|$|\s+(?:and|or|at|for|then|please|pls|ta|thanks|see|"
               rf"is|was|i|we|she|he|ok|okay|so|yeah)\b)))"),
    # a month said by its number: "the third of the fourth ninety-eight"
    re.compile(rf"\b{_ORD_DAY}\s+of\s+the\s+{_ORD_MONTH}\b(?:,?\s+{_YEAR}\b)?(?!\s+{_COUNTED}\b)"),
    # a year alone after "born": "she's born nineteen ninety", "born in two thousand and one"
    # ... or its tens alone, after "born in" and a month perhaps: "born in ninety six", "born in
    # September ninety six"
    re.compile(rf"\bborn\s+in\s+(?:{_MONTH}\s+)?(?P<v>{_TENS}[\s-]+{_UNIT})\b"
               rf"(?![\s-]+(?:weeks?|days?|months?|years?|hours?|mins?|minutes|people|pounds|quid|times)\b)"),
    re.compile(rf"\b(?:born|dob|date\s+of\s+birth)\s+(?:is\s+|was\s+|in\s+)?(?P<v>(?:nineteen|twenty)\s+(?:{_CARDINAL}|oh\s+{_UNIT})"
               rf"|two\s+thousand(?:\s+and)?(?:\s+{_CARDINAL})?)\b(?![\s-]+(?:weeks?|days?|months?|years?|hours?|mins?))"),
    re.compile(rf"(?:\b(?:on|by|until|till|since|before|after|from|for)\s+)(?P<v>the\s+{_ORD_DAY})"
               rf"\b(?!\s+(?:of|{_COUNTED})\b)"),  # "of may" is the first pattern's
)
_DOB = re.compile(r"\b(?:dob|d\.o\.b|date of birth|born|birthday)(?:['’]s|\s+(?:is|was|on|in|'s))?"
                  r"\W{0,4}(?:the\W{0,2})?$")
# the names of letters as said aloud, and what a reference is read with
_LETTER_NAMES = frozenset("bee see cee sea dee ee ef eff gee aitch haitch jay kay el ell em en pee queue cue "
                          "ar are ess tee you vee double-u doubleu ex why wye zed zee".split())
_JOINERS = frozenset("stroke slash dash hyphen double triple".split())
# (the cue's question on a line of its own and the answer a speaker's: "Do you know the
# postcode?\nCALLER: zed jay nine, four dee ee"; what was said in quotes: 'sort code "forty,
# eleven, sixty-two"', 'Postcode she said as "queue ex seven..."'; an extension said)
# the question on a line of its own and the answer on the next speaker's ("Do you know the
# postcode?\n\nClient (via interpreter): ...", "DOB?\n[00:01:14] Caller: ...")
_NEXT_SPEAKER = r"(?:\??[ \t]*\n+[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?[^\n:]{1,30}:)?"
_SAID_CUE = re.compile(r"\b(?P<kind>post\s?code(?:['’]s)?|sort[\s-]?code|extension|ext\.?|(?:crime|log|incident|case|reference|ref|claim|"
                       r"tenancy|account|customer|booking|policy|membership|client)\s+(?:ref(?:erence)?|number|no))"
                       r"(?:\s+(?:is|was|'s|it's|its|(?:she|he|they)\s+said(?:\s+as)?|said\s+as))?"
                       + _NEXT_SPEAKER + r"[\s:,\"“'‘?-]+(?:(?:um|er|uh|erm|yeah|so|like|it's|its|is\s+it)[\s,]+){0,3}")
# any word for a reference, what kind it is before it: "our reference is", "your ref colon",
# "her clinic number with us is", "the crime number on,"
_REF_CUE = re.compile(r"\b(?:(?P<kind>[a-z]+)\s+)?(?:ref(?:erence)?|number|no)\b"
                      r"(?:\s+(?:on\s+the\s+[a-z]+|with\s+us|on))?(?:\s+(?:is|was|'s|it's|its|as|colon))?[\s:,-]+")
# kinds of reference whose number is one read out in words alone
_REFERENCE_KINDS = frozenset("custody crime log incident case claim tenancy account customer booking policy "
                             "membership client clinic patient hospital nhs passport port office nrm "
                             "our your their her his my the reference".split())
_DOB_CUE = re.compile(r"\b(?:dob|d\.o\.b\.?|d\s?o\s?b|date\s+of\s+birth|born\s+on)(?:\s+(?:is|was|'s|please))?"
                      + _NEXT_SPEAKER + r"[\s:,\"“'‘-]+")
# (a house number's letter after it: "fourteen a ladysmith road" is 14a)
_ADDRESS = re.compile(rf"\b(?P<n>{_HOUSE})(?:\s+[a-d](?=\s))?,?\s+(?P<name>(?:[a-z][\w'’-]*\s+){{1,2}})(?P<street>{_STREET})\b")
_NATO = frozenset("alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo "
                  "lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey "
                  "whisky xray x-ray yankee zulu".split())
_NATO_WORD = "(?:" + "|".join(sorted(_NATO, key=len, reverse=True)) + ")"
# four words of the phonetic alphabet or more in a row (read in one pass, not word by word)
_NATO_RUN = re.compile(rf"(?<![\w'’-]){_NATO_WORD}(?:[\s,-]+{_NATO_WORD}){{3,}}(?![\w'’-])")
_PLATE_LETTERS = re.compile(r"(?<![\w-])[A-Z](?:(?:[ ]|-|,[ ])[A-Z]){2,3}(?![\w-]|[ ][a-z])")  # (not "G I think")
# ... its capitals alone near the plate's own word (not "car park ... B M W", "car crash. P T S D")
_PARTIAL_PLATE_CUE = re.compile(r"\b(?:plate|plates|reg|registration|numberplate)\b[^\n]*\Z")
_NOT_PLATE_LETTERS = frozenset("BMW BMX DWP PTSD NHS CGL UBER NUM VW VAT ATM SUV MOT DVLA RTA RTC".split())
_PLATE_CUE = re.compile(r"\b(?:plate|plates|reg|registration|numberplate|car|van)\b")
_NUMBER_WORDS = set(WORDS) | set(REPEAT) | {"hundred", *re.findall(r"\w+", _TEEN + _TENS)}
_ROOM = re.compile(r"\b(?P<cue>room|rm|flat|apartment|apt|unit|ward|bay|cell|number)\s+")
_TOKEN = re.compile(r"[\w'’-]+")
SPELLED_WORD_MAX = 3.0  # Zipf frequency: letters spelled out that make a word English uses more spell no name
_SPELLING = r"(?i:\b(?:spell|spelt|spelled|spelling|that's|thats|that is|it's|its|surname|name|letters)\b)"
_SPELLING_CUE = re.compile(_SPELLING + r"[^\n]*\Z")
# (a letter said twice as "double": "T-I-double L-E-Y")
_HYPHENED_LETTERS = re.compile(r"(?<![\w-])[A-Za-z](?:-(?:double[ -])?[A-Za-z]){3,}(?![\w-])")
# ... after a word of spelling, letters set apart by spaces, commas or full stops, three or more,
# all capitals or all lower case as speech-to-text writes them ("that's S O R C H A", "E, V, A",
# "spelled k a y l a")
# (a letter may come with the word that says it, quoted after a label of spelling: 'Surname as
# spelled by the interpreter: "F for Frank, E, R, R for Romeo, E, I, R, A"')
_SAID_LETTER = r"[A-Z](?:[ ](?:for|as[ ]in)[ ][A-Z][a-z]+)?"
_SPACED_CAPITALS = re.compile(r"(?:" + _SPELLING + r"[ \t:,-]*|(?i:\b(?:spell|spelt|spelled|spelling|surname|name)\b)"
                              r"[^\n\"“:]{0,30}:[ \t]*[\"“])(?P<v>(?-i:" + _SAID_LETTER
                              + r"(?:(?:[ ]|,[ ]?|\.[ ]?)" + _SAID_LETTER + r"){2,}|"
                              r"[a-z](?:(?:[ ]|,[ ]?|\.[ ]?)[a-z]){3,}))(?![\w])")
_PART = re.compile(r"x-ray|[\w'’]+")  # a word between hyphens too: "W-R-one-seven"


class SpelledNumberRecognizer(TokenRecognizer):
    ENTITIES = ("DATE", "DATE_OF_BIRTH", "STREET_ADDRESS", "VEHICLE_REG", "PERSON", "POSTCODE", "ID_NUMBER")

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        low = text.lower()  # every pattern is in lower case; offsets are unchanged
        return [*self._dates(low), *self._dob_digits(low), *self._said_after(low),
                *self._said_reference(low, text), *self._corrected([*self._addresses(low), *self._rooms(low)], low),
                *self._plates(low, text), *self._spelled(low, text)]

    @staticmethod
    def _corrected(found: list[RecognizerResult], low: str) -> list[RecognizerResult]:
        """A house number and the numbers said to correct it, or said before the one found: "flat
        forty-two, no, forty-four, forty-four", "at number eighteen, or eighty", "address is
        forty no fourteen ... fourteen a ladysmith road", "number thirty-three or thirty-five"."""
        found += [RecognizerResult("STREET_ADDRESS", m.start("v"), m.end("v"), 0.7)
                  for m in _AT_NUMBER.finditer(low)]
        out = list(found)
        for r in found:  # (each number its own span: the "no" between them is kept)
            end = r.end
            while m := _CORRECTION_AFTER.match(low, end):
                out += [RecognizerResult(r.entity_type, *n.span(), r.score) for n in _HOUSE_RE.finditer(low, *m.span())]
                end = m.end()
            start = r.start
            while m := _CORRECTION_BEFORE.search(low, max(0, start - 40), start):
                out += [RecognizerResult(r.entity_type, *n.span(), r.score) for n in _HOUSE_RE.finditer(low, *m.span())]
                start = m.start()
        return out

    @staticmethod
    def _spelled(low: str, text: str) -> list[RecognizerResult]:
        """A name spelled letter by letter, as a call note writes it: four letters or more
        joined by hyphens ("S-M-I-T-H", "m-a-r-i-o-n"), capitals set apart by spaces after a
        word of spelling ("that's S O R C H A"), or four words or more of the phonetic
        alphabet and nothing else ("Papa, Oscar, Papa, Papa, Yankee")."""
        # (in lower case only after a word of spelling: not "s-k-i-n-t", "f-u-m-i-n-g")
        out = [RecognizerResult("PERSON", m.start(), m.end(), 0.6) for m in _HYPHENED_LETTERS.finditer(text)
               if (_undoubled(m.group()).isupper() or m.group().islower()
                   and _SPELLING_CUE.search(text, max(0, m.start() - 30), m.start()))
               and _spells_a_name(_undoubled(m.group()))]
        out += [RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6)
                for m in _SPACED_CAPITALS.finditer(text)]
        out += [RecognizerResult("PERSON", m.start(), m.end(), 0.6) for m in _NATO_RUN.finditer(low)
                if not _digits_near(low, m.end())]
        return out

    @staticmethod
    def _a_year(low: str, start: int, end: int) -> bool:
        """Is a century and its tens said alone a year, not a time, money or eyesight ("at
        nineteen thirty", "owes nineteen ninety", "twenty twenty" with no word of time before it)?
        A year from nineteen sixty on is never a time (no hour has sixty minutes)."""
        said = low[start:end]
        if _TIME_BEFORE.search(low, max(0, start - 8), start) \
                and not re.match(r"nineteen[\s-]+(?:sixty|seventy|eighty|ninety)", said) \
                or _MONEY_BEFORE.search(low, max(0, start - 10), start) or _NOT_A_YEAR_AFTER.match(low, end):
            return False
        return not re.fullmatch(r"twenty[\s-]+twenty", said) \
            or re.search(r"\b(?:in|since|from|until|till|of|year|born|by|before|after)\s+\Z", low[max(0, start - 8):start]) is not None

    def _dates(self, low: str) -> list[RecognizerResult]:
        """The longest date wherever two overlap ("the twenty third" in "by the twenty third
        of june" gives way, so "the" is kept)."""
        found = []
        for pattern in _DATES:
            for m in pattern.finditer(low):
                group = next((g for g in ("v", "w") if g in pattern.groupindex and m.group(g)), None)
                start, end = m.span(group) if group else m.span()
                if "year" in pattern.groupindex and not self._a_year(low, start, end):
                    continue
                kind = "DATE_OF_BIRTH" if _DOB.search(low[max(0, start - 30):start]) else "DATE"
                found.append(RecognizerResult(kind, start, end, 0.7))
        out = []
        for r in sorted(found, key=lambda r: r.start - r.end):
            if all(r.end <= k.start or k.end <= r.start for k in out):
                out.append(r)
        return out

    @staticmethod
    def _dob_digits(low: str) -> list[RecognizerResult]:
        """A date of birth read out as figures after its cue: "date of birth is oh three oh four
        ninety eight", "dob one two zero five eight nine" (four number words or more)."""
        out = []
        for cue in _DOB_CUE.finditer(low):
            run = _word_run(low, cue.end(), lambda w: w in _NUMBER_WORDS, _PART)
            if len(run) >= 4:
                out.append(RecognizerResult("DATE_OF_BIRTH", run[0][0], run[-1][1], 0.7))
        return out

    @staticmethod
    def _said_after(low: str) -> list[RecognizerResult]:
        """A postcode read out after its word, in letters' names, the phonetic alphabet and number
        words ("postcode is queue ex three eight el double-u", "zed jay four one bee tee"), and
        a reference read out after its word ("crime reference is four seven two one nine stroke
        twenty five"): four words or more."""
        out = []
        for cue in _SAID_CUE.finditer(low):
            postcode = cue.group("kind").startswith("post")
            run = _word_run(low, cue.end(), lambda w: w in _NUMBER_WORDS or w in _JOINERS
                            or postcode and (w in _LETTER_NAMES or w in _NATO or len(w) == 1), _PART)
            while run and low[slice(*run[-1])] in _JOINERS:
                run.pop()
            # (an extension two words: "extension two fourteen")
            if len(run) >= (2 if cue.group("kind").startswith("ext") else 4):
                out.append(RecognizerResult("POSTCODE" if postcode else "ID_NUMBER", run[0][0], run[-1][1], 0.7))
        return out

    @staticmethod
    def _said_reference(low: str, text: str) -> list[RecognizerResult]:
        """A reference read out with its letters after any word for one: "our reference is H as
        in hotel, two five, slash, oh four four one seven", "your ref colon R C stroke one one
        four two", "clinic number with us is T F, four four, seven one, two" (capital letters
        one by one, with three number words or more); or, after a kind of reference, numbers
        alone ("custody number is one four stroke zero eight eight one": four words or more); a
        police log's number before "of today" and an officer's after "P C"."""
        out = [RecognizerResult("ID_NUMBER", *m.span("v"), 0.7)
               for pattern, read in ((_SAID_LOG, low), (_SAID_COLLAR, text)) for m in pattern.finditer(read)]
        for cue in _REF_CUE.finditer(low):
            run, letters, said, pos = [], 0, 0, cue.end()
            tokens = list(_PART.finditer(low, pos, min(len(low), pos + 160)))
            i = 0
            while i < len(tokens):
                m = tokens[i]
                if not re.fullmatch(r"[ \t,-]*" if run else r"", low[pos:m.start()]):
                    break  # (on one line: not "NHS No 999-466-8730\nI confirm")
                word = m.group()
                if word in _NUMBER_WORDS:
                    said += 1
                elif word.isdigit():
                    pass
                elif word in _JOINERS:
                    pass
                elif 2 <= len(word) <= 4 and text[m.start():m.end()].isupper() and word.isalpha() \
                        or re.fullmatch(r"[a-z]{1,3}\d{1,4}", word) and text[m.start()].isupper():
                    letters += 1  # joined capitals, as speech-to-text writes them: "LHR", "H25"
                    said += sum(c.isdigit() for c in word)
                elif len(word) == 1 and text[m.start()].isupper():
                    letters += 1  # "H as in hotel": the word that says the letter goes with it
                    if i + 4 <= len(tokens) and low[m.end():tokens[i + 3].end()].split() \
                            == ["as", "in", tokens[i + 3].group()] and tokens[i + 3].group() in _NATO:
                        run.append(m.span())
                        i, pos = i + 4, tokens[i + 3].end()
                        continue
                else:
                    break
                run.append(m.span())
                i, pos = i + 1, m.end()
            while run and low[slice(*run[-1])] in _JOINERS:
                run.pop()
            kind = cue.group("kind") or ""
            if run and (letters and said >= 3 or kind in _REFERENCE_KINDS and said >= 4):
                out.append(RecognizerResult("ID_NUMBER", run[0][0], run[-1][1], 0.7))
        return out

    def _addresses(self, low: str) -> list[RecognizerResult]:
        # (a street's word that is also an everyday word after names English seldom uses: "twenty
        # seven penhallow close", not "twenty pounds each way", "ten minute walk")
        return [RecognizerResult("STREET_ADDRESS", m.start(), m.end(), 0.7)
                for m in _ADDRESS.finditer(low)
                if not set(m.group("name").split()) & _NOT_A_STREET_NAME
                and (m.group("street") not in _WORD_STREETS
                     or all(zipf(w) < WORD_STREET_NAME_MAX for w in m.group("name").split()))]

    def _rooms(self, low: str) -> list[RecognizerResult]:
        """A run of number words after "room", "flat" or "ward", with its word (two or more
        after "number", without it: "number twenty seven", not "number one")."""
        out = []
        for cue in _ROOM.finditer(low):
            run = _word_run(low, cue.end(), lambda w: w in _NUMBER_WORDS, _PART)
            if run and len(run) >= (2 if cue.group("cue") == "number" else 1) \
                    and not _COUNTED_AFTER.match(low, run[-1][1]):  # (not "the staff room two nights")
                # (the room's word with its number, as "Room 12" is read: "room eleven")
                start = run[0][0] if cue.group("cue") == "number" else cue.start()
                out.append(RecognizerResult("STREET_ADDRESS", start, run[-1][1], 0.7))
        return out

    def _plates(self, low: str, text: str) -> list[RecognizerResult]:
        """Letters in the phonetic alphabet, or capital letters said one by one ("G four two
        P E T", "W-R-one-seven, X-X-J"), mixed with digits: two letters or more and a digit,
        near a word such as "plate" or "car" unless there are three letters or more."""
        def letter(s: int, e: int) -> bool:
            return low[s:e] in _NATO or (e - s == 1 and text[s].isupper())

        out, pos = [], 0
        for m in _PART.finditer(low):
            if m.start() < pos or not letter(*m.span()):
                continue
            run = _word_run(low, m.start(), lambda w: w in _NATO or w in WORDS or w in REPEAT
                            or w.isdigit() or len(w) == 1, _PART)
            while run and not letter(*run[-1]) and low[slice(*run[-1])] not in WORDS \
                    and not low[slice(*run[-1])].isdigit():
                run.pop()  # a lower-case letter at the end ("... X J a")
            if not run:
                continue
            pos = run[-1][1]
            words = [low[s:e] for s, e in run]
            if any(len(w) == 1 and w.isalpha() and not letter(s, e)
                   for w, (s, e) in zip(words, run)):
                continue  # "a", "i" said in a sentence are no letters of a plate
            letters = sum(letter(s, e) for s, e in run)
            has_digit = any(w in WORDS or w.isdigit() for w in words)
            cue = _PLATE_CUE.search(low[max(0, run[0][0] - 60):run[0][0]])
            if has_digit and letters >= 2 and (cue or letters >= 3):
                out.append(RecognizerResult("VEHICLE_REG", run[0][0], run[-1][1], 0.7))
        # the part of a plate remembered, its capitals alone, near its word: "I only got the end
        # of the plate, X R W. Or X R V."
        out += [RecognizerResult("VEHICLE_REG", m.start(), m.end(), 0.6) for m in _PLATE_LETTERS.finditer(text)
                if _PARTIAL_PLATE_CUE.search(low[max(0, m.start() - 40):m.start()])
                and re.sub(r"\W", "", m.group()) not in _NOT_PLATE_LETTERS
                and not any(r.start <= m.start() < r.end for r in out)]
        return out


def _word_run(low: str, start: int, accept, token: re.Pattern = _TOKEN
              ) -> list[tuple[int, int]]:
    """Spans of the words from `start` on that `accept` takes, separated by spaces, commas or
    hyphens only."""
    run = []
    for m in token.finditer(low, start):
        gap = low[run[-1][1] if run else start:m.start()]
        if not accept(m.group()) or not re.fullmatch(r"[\s,-]*", gap):
            break
        run.append(m.span())
    while run and low[slice(*run[-1])] in REPEAT:
        run.pop()
    return run


def _undoubled(spelled: str) -> str:
    """Letters spelled with "double" written out twice: "T-I-double L-E-Y" -> "T-I-L-L-E-Y"."""
    return re.sub(r"double[ -]([A-Za-z])", r"\1-\1", spelled)


def _spells_a_name(spelled: str) -> bool:
    """Do hyphened letters spell a name: three different letters or more, no everyday word
    ("f-u-c-k-i-n-g", "H-A-P-P-Y") and no grades ("A-B-C-C")?"""
    word = spelled.replace("-", "").lower()
    return len(set(word)) >= 3 and not set(word) <= set("abcdefgu") \
        and (zipf(word) < SPELLED_WORD_MAX or word in family_names() or word in given_names())


def _digits_near(low: str, end: int) -> bool:
    """A digit or a number word just after a run of the phonetic alphabet: a plate or a
    postcode goes on, a name does not."""
    m = _PART.search(low, end, end + 12)
    return bool(m) and (m.group().isdigit() or m.group() in WORDS)
