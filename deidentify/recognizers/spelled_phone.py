"""Phone numbers spelled out in words: "oh seven seven double oh nine ...", in English and
the service users' languages ("zero siedem...", "zero șapte...", "нула седем..."), and in
Chinese numerals ("零七七零零九零零三五一"). Seven or more digits in a row of digit words (and
digits) is a number someone can be called on."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from deidentify.lexicon import fold
from deidentify.recognizers.base import TokenRecognizer

DIGIT_WORDS = {  # English, Polish, Romanian, Portuguese, Spanish, Bulgarian, Russian, Ukrainian,
    # Albanian, Hungarian, Lithuanian, Vietnamese (seven in a row: "hat", "ba" alone are words)
    0: "zero oh o nought nil zéro cero нула ноль нуль nulla nulis không",
    1: "one jeden jedna unu una un um uma uno едно един една один одна një nje egy vienas một",
    2: "two dwa dwie doi doua două dois duas dos две два дві dy kettő ketto két du hai",
    3: "three trzy trei tres três три tre tri három harom trys ba",
    4: "four cztery patru quatro cuatro четири четыре чотири katër kater négy negy keturi bốn",
    5: "five pięć piec cinci cinco пет пять pesë pese öt penki năm",
    6: "six sześć szesc șase sase seis шест шесть шість gjashtë gjashte hat šeši",  # (not sáu: "sau")
    7: "seven siedem șapte sapte sete siete седем семь сім shtatë shtate hét septyni bảy",
    8: "eight osiem opt oito ocho осем восемь вісім tetë tete nyolc aštuoni tám",
    9: "nine niner dziewięć dziewiec nouă noua nove nueve девет девять nëntë nente kilenc devyni chín",
}
WORDS = {fold(w): d for d, ws in DIGIT_WORDS.items() for w in ws.split()}
REPEAT = {"double": 2, "triple": 3, "treble": 3}
HUNDRED = {"hundred": 2, "thousand": 3}
# tens said inside a number already begun (three words in), and the "and" after its hundred
# (four words in): "oh seven seven oh oh nine hundred and six seven four", "seven seven double
# oh nine hundred and ninety-nine" (not "one hundred and eighty thousand yuan"; English only)
TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
# the same said aloud in English, for the patterns that read a number inside what is said: a
# digit's word ("oh", "double"), and tens with their unit ("seventy seven", "ninety-six")
SAID_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)"
SAID_TENS = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
             r"(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?")
FULL_DIGITS = 10  # (... while the number is not yet whole: not "... six seven four twenty minutes")
_TOKEN = re.compile(r"[^\W\d_]+|\d+")  # "zero7700": a digit word run into digits
_PLUS_BEFORE = re.compile(r"(?i:\bplus|\+)[ \t]*\Z")
_HAN_DIGITS = re.compile(r"[零〇一二三四五六七八九幺两](?:[ ,，、]?[零〇一二三四五六七八九幺两]){6,}")
MIN_DIGITS = 7
# digits as speech-to-text mishears them, between two digits' words, three digits read before
# at least: "nine oh oh for five six", "seven ate"
MISHEARD = frozenset(("for", "ate"))  # (not "to": "rooms one oh one to one oh nine")
_NEXT_TOKEN = re.compile(r"[\s,.-]*([^\W\d_]+|\d+)")


def digits_said(text: str) -> str:
    """The digits a number says, in words or figures or both: "oh seven seven double oh nine
    hundred five oh five" -> "07700900505", "Two six three" -> "263" (English and the other
    languages of DIGIT_WORDS; other words are skipped)."""
    out, pending = [], 1
    for m in _TOKEN.finditer(text):
        word = fold(m.group())
        if word.isdigit():
            out.append(word * pending)
        elif word in REPEAT:
            pending = REPEAT[word]
            continue
        elif word in WORDS:
            out.append(str(WORDS[word]) * pending)
        elif word in HUNDRED and out:
            out.append("0" * HUNDRED[word])
        pending = 1
    return "".join(out)


def _digit_next(text: str, end: int, tens: bool = False) -> bool:
    """Is the word after `end` a digit's word (a word, not figures: "11.00 to 12.30" is a time),
    or with `tens` a tens' word?"""
    m = _NEXT_TOKEN.match(text, end)
    return bool(m) and (fold(m.group(1)) in WORDS or tens and fold(m.group(1)) in TENS)


class SpelledPhoneRecognizer(TokenRecognizer):
    ENTITIES = ("PHONE_NUMBER",)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        run: list[tuple[int, int]] = []
        count = 0
        pending = 1  # "double" applies to the next digit
        for m in [*_TOKEN.finditer(text), None]:
            word = fold(m.group()) if m else ""
            gap = m is not None and run and not re.fullmatch(r"[\s,.-]*", text[run[-1][1]:m.start()])
            if m is not None and not gap and (word in WORDS or word in REPEAT or word.isdigit()
                                               or (word in HUNDRED and run)
                                               or (word in TENS and len(run) >= 3 and count < FULL_DIGITS)
                                               or (word == "and" and len(run) >= 4
                                                   and fold(text[slice(*run[-1])]) in HUNDRED
                                                   and _digit_next(text, m.end(), tens=True))
                                               or word in MISHEARD and count >= 3 and not text[slice(*run[-1])].isdigit()
                                               and _digit_next(text, m.end())):
                if word in REPEAT:
                    pending = REPEAT[word]
                elif word == "and":
                    pass
                elif word in TENS:  # a tens digit, and its unit's place unless a unit follows
                    count += 1 if _digit_next(text, m.end()) else 2
                    pending = 1
                else:
                    count += len(word) if word.isdigit() else HUNDRED.get(word, pending)
                    pending = 1
                run.append(m.span())
                continue
            spelled = sum(not text[s:e].isdigit() for s, e in run)
            # digit words run into digits ("zero7700") only with three spelled at least: not
            # "2024 one2one sessions"
            joined = any(a[1] == b[0] for a, b in zip(run, run[1:]))
            if count >= MIN_DIGITS and spelled >= (3 if joined else 1):
                while run and fold(text[slice(*run[-1])]) in REPEAT:
                    run.pop()
                plus = _PLUS_BEFORE.search(text, max(0, run[0][0] - 8), run[0][0])
                results.append(RecognizerResult("PHONE_NUMBER", plus.start() if plus else run[0][0],
                                                run[-1][1], 0.7))  # ("plus four four seven ...")
            run, count, pending = [], 0, 1
            if m is not None and (word in WORDS or word.isdigit() or word in REPEAT):
                run.append(m.span())
                count = 0 if word in REPEAT else (len(word) if word.isdigit() else 1)
                pending = REPEAT.get(word, 1)
        results += [RecognizerResult("PHONE_NUMBER", m.start(), m.end(), 0.7)
                    for m in _HAN_DIGITS.finditer(text)]
        return results
