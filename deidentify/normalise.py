"""The copy of a note that detection reads: NFKC, without invisible characters, numbers
written with letters for digits read as digits (undisguise_digits) and words a scanner wrote
with digits for letters read as words (unscan_words), a given name a text wrote with figures
for letters read as the name (unleet_names); for the language model, long runs of
brackets and marks as spaces (quiet_marks).

A zero-width space, soft hyphen, joiner, bidi mark or NUL inside a name or number hides it
from every pattern and from the language model; full-width digits defeat phone patterns.
Detection therefore runs on a copy where format and control characters (Unicode Cf, Cc;
tab, newline and carriage return are layout and stay) are removed and each character is
NFKC-normalised (and a digit of any script read as its ASCII digit: Arabic-Indic, Persian,
Devanagari, Bengali and Thai digits are no digits to a pattern), and every span found there
maps back to the original text. A span mapped
back runs from the original start of its first character to the original end of its last,
so the invisible characters inside an identifier are replaced with it.

Chinese, Japanese and Thai are written without spaces, and a Latin-script name or town inside
them ("你去Lanthorne，Ruby的地方") has no word boundary for a pattern or the language model to
find. The copy puts a space between a Latin letter and a character of those scripts; the space
comes from nowhere in the original (it maps to the empty place before the next character).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

_KEEP = frozenset("\t\n\r")
_PLAIN = re.compile(r"[\t\n\r\x20-\x7e]*")  # printable ASCII: already its own NFKC copy
_LOOKALIKE = re.compile(r"\d[OoIl]|[OoIl]\d")
# (not a number plate's first half: "O961 HAA" is a plate whose letter is O)
_DISGUISED = re.compile(r"(?<![^\W\d_])[0-9OoIl]++(?:[/.-][0-9OoIl]++)*+(?![^\W\d_])"
                        r"(?!\s?[A-Z]{3}\b)")
_AS_DIGITS = str.maketrans("OoIl", "0011")
# a day of two characters before its month or the rest of its date: "l4 April", "O2 June 2O26",
# "l8th April", "l9 O8 1996" (not "O2" alone, a network's name)
_DISGUISED_DAY = re.compile(r"(?<![^\W\d_])(?=[0-9OoIl]{2})(?=\D?\d|\d)[0-9OoIl]{2}"
                            r"(?=(?:st|nd|rd|th)?[ \t\n]+(?:(?=[A-Z0])(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                            r"oct|0ct|nov|dec)|\d{2}))")  # (a month capitalised: not "O2 may be weaned")
# a word a scanner wrote with 0 for O and 1 for l: "PELLINGTH0RPE B0R0UGH C0UNCIL", "0yelaran",
# "Madd1eston", "Apri1": a digit between letters, or opening (closing) a word of three or more
# lower-case letters; only 0 and 1 (a code has other digits: "CDH27B044182", "ZT70")
# (not a private plate's letters in capitals before its number: "T0NY 1", "B1G 80B"; not a
# postcode's outward code in any case, spaced or not: "EC1A 1ZZ", "ec1a1zz", "SW1P"; not a part
# of a code joined by a slash or dash: "KL/0yelaran/2026"; not a plate after its word: "reg b1lly")
_SCANNED = re.compile(r"(?<![\w/])(?<!\d-)(?<!reg )(?<!plate )(?=(?:[01]*[A-Za-z]){3})"
                      r"(?![A-Z01]{3,4}[ ][0-9][0-9A-Z]{0,2}\b)"
                      r"(?!(?i:[a-z]{1,2}[0-9][a-z0-9]?(?:[ ]?[0-9][a-z]{2})?)(?![\w]))"
                      r"(?=[A-Za-z]*+[01])[A-Za-z01]++(?![\w/])(?!-\d)")  # (possessive: linear)
_DIGIT_IN_WORD = re.compile(r"(?<=[A-Za-z])[01](?=[A-Za-z])|^[01](?=[a-z]{2})|^0(?=[A-Z]{3})|"
                            r"(?<=[a-z]{3})[01]$")
# letters for digits outside a number's run: a phone's group of O's between groups of digits
# ("+359 88 OOO 4127"), a postcode's inward code after its outward code ("QX5 lNT"; not an O: a
# plate's letters are written so, "HT21 OKM")
_ZEROS_GROUP = re.compile(r"(?<=\d[ ])O{2,4}(?=[ ]\d)")
_I_WORDS = frozenset("ICU ITU IUD IUS IVF IVC IBS IDU IHD IPV ICB IOM IRC".split())  # ("CD4 ICU")
_INWARD = re.compile(r"\b(?P<out>[A-Z]{1,2}\d[A-Z\d]?[ ])(?P<d>[lI])(?P<in>[A-Z]{2})\b")
# a long run of brackets, quotes, marks or emoji with no space: the language model's tokenizer reads it
# in quadratic time (78 s for 20,000 "("), and no identifier is made of them
_MARK_RUN = re.compile(r"(?:[^\w\s]|_){16,}")


# the scripts written without spaces between words: kana, CJK (and its compatibility and
# extension blocks), Thai, Lao, Myanmar, Khmer (a character class's ranges)
SPACELESS_SCRIPTS = ("\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f"
                     "\u1780-\u17ff\U00020000-\U0002fa1f")
_SPACELESS = re.compile(f"[{SPACELESS_SCRIPTS}]")


def _spaceless(ch: str) -> bool:
    return _SPACELESS.match(ch) is not None


def _latin(ch: str) -> bool:
    o = ord(ch)
    return ch.isalpha() and (o < 0x0370 or 0x1E00 <= o <= 0x1EFF)


def _script_change(before: str, ch: str) -> bool:
    """A Latin letter next to a character of a spaceless script, in either order."""
    return (_latin(before) and _spaceless(ch)) or (_spaceless(before) and _latin(ch))


def invisible(ch: str) -> bool:
    """A format or control character that detection must not see."""
    return ch not in _KEEP and unicodedata.category(ch) in ("Cf", "Cc")


@dataclass(frozen=True)
class Normalised:
    """`text` is the copy; `starts[i]`/`ends[i]` are where its character i came from."""

    original: str
    text: str
    starts: tuple[int, ...] | None  # None: the copy is the original
    ends: tuple[int, ...] | None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or start >= end:
            return start, end
        return self.starts[start], self.ends[end - 1]


def normalise(text: str) -> Normalised:
    if _PLAIN.fullmatch(text):
        copy = undisguise_digits(unscan_words(unleet_names(text)))
        if copy == text:
            return Normalised(text, text, None, None)
        return Normalised(text, copy, tuple(range(len(text))),
                          tuple(range(1, len(text) + 1)))
    visible = [(i, ch) for i, ch in enumerate(text) if not invisible(ch)]
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    k = 0
    while k < len(visible):
        # A base character with the combining marks after it is normalised as one cluster,
        # so that e + U+0301 becomes é; each output character maps to the whole cluster.
        j = k + 1
        while j < len(visible) and unicodedata.combining(visible[j][1]):
            j += 1
        cluster = "".join(ch for _, ch in visible[k:j])
        first, last = visible[k][0], visible[j - 1][0] + 1
        for ch in unicodedata.normalize("NFKC", cluster):
            if not ch.isascii() and (digit := unicodedata.decimal(ch, None)) is not None:
                ch = str(digit)  # "٠٧٧٠٠ ٩٠٠ ١٢٣", "๑๒ มกราคม ๒๕๖๖", "०७७००": a digit of any script
            if out and _script_change(out[-1], ch):
                out.append(" ")  # maps to the empty place before this character
                starts.append(first)
                ends.append(first)
            out.append(ch)
            starts.append(first)
            ends.append(last)
        k = j
    copy = undisguise_digits(unscan_words(unleet_names("".join(out))))
    if copy == text:
        return Normalised(text, text, None, None)
    return Normalised(text, copy, tuple(starts), tuple(ends))


def quiet_marks(text: str) -> str:
    """Long runs of brackets, quotes and marks as spaces, one for one (offsets are kept): the
    language model's copy only (engine.py), since tables pasted into notes are ruled with them
    ("|---|---|")."""
    return _MARK_RUN.sub(lambda m: " " * len(m.group()), text) if _MARK_RUN.search(text) else text


def undisguise_digits(text: str) -> str:
    """Letters written for digits inside a number read as the digits ("077OO 9OO 2I4",
    "O9/O1/1985" -> "07700 900 214", "09/01/1985"), one for one, so offsets are kept: in a
    run of three or more digits, O, o, I and l joined by / . or -, with a digit in it and no
    other letter (not "3o" from "3º", nor "O2"); a phone's group of O's between groups of
    digits ("88 OOO 4l27"), and a postcode's inward code's digit ("QX5 lNT")."""
    text = _ZEROS_GROUP.sub(lambda m: "0" * len(m.group()), text)
    text = _INWARD.sub(lambda m: m.group() if m.group("d") + m.group("in") in _I_WORDS
                       else m.group("out") + m.group("d").translate(_AS_DIGITS) + m.group("in"), text)
    if not _LOOKALIKE.search(text):
        return text
    text = _DISGUISED.sub(lambda m: m.group().translate(_AS_DIGITS)
                          if len(m.group()) >= 3 and any(c.isdigit() for c in m.group())
                          else m.group(), text)
    for _ in range(2):  # "l9 O8 1996": the month's two characters first, then the day's
        text = _DISGUISED_DAY.sub(lambda m: m.group().translate(_AS_DIGITS), text)
    return text


def unscan_words(text: str) -> str:
    """Words a scanner's text recognition wrote with 0 for O and 1 for l read as the words
    ("Y0urs sincere1y", "C0UNCIL", "0ctober"), one for one, so offsets are kept (see
    _SCANNED: the letters' case follows the word's)."""
    if "0" not in text and "1" not in text:
        return text

    def letters(m: re.Match) -> str:
        word = m.group()
        if sum(c.isalpha() for c in word) < 2 * sum(c in "01" for c in word):
            return word  # mostly digits: a code

        def one(d: re.Match) -> str:
            i = d.start()
            upper = all(c.isupper() for c in (word[i - 1:i] + word[i + 1:i + 2]) if c.isalpha())
            if d.group() == "0":  # (a word opened with 0 is capitalised: "0ctober", "0yelaran",
                return "O" if upper or i == 0 else "o"  # "0BASOGIE")
            return "I" if upper and i else "l"
        return _DIGIT_IN_WORD.sub(one, word)
    return _SCANNED.sub(letters, text)


# a word of letters with a figure or two for letters, as a text or a post disguises a name:
# "5teve", "G1na", "5adia" (three letters at least; not a code's run: "QX5", "A1B2")
_LEET = re.compile(r"(?<![\w/@.:#-])(?=[A-Za-z]*[0134578])(?=(?:[0-9]*[A-Za-z]){3})"
                   r"[A-Za-z0134578]{4,12}+(?![\w/@#-]|[.:]\w)")  # (a stop after it: "Spoke to 5teve.")
_LEET_LETTERS = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"}
LEET_NAME_MAX = 5.0  # Zipf frequency below which such a given name is no everyday word ("Will")
LEET_WORD_MIN = 3.0  # ... from which another reading is a word, not a name ("litt1e": "little")


def unleet_names(text: str) -> str:
    """Words written with figures for letters that read as a given name ("5teve" as "Steve",
    "G1na" as "Gina"), one for one, so offsets are kept; any other word as it is."""
    if not any(c in text for c in "0134578"):
        return text
    from deidentify.lexicon import fold, given_names, zipf  # (lexicon imports this module)

    def name(m: re.Match) -> str:
        word = m.group()
        places = [i for i, c in enumerate(word) if c.isdigit()]
        if len(places) > 2 or len(word) - len(places) < 3 or not any(c.islower() for c in word):
            return word  # (a plate's capitals: "T0NY 1")
        if word[-1] in "134578" and (zipf(fold(word[:-1])) >= LEET_WORD_MIN or fold(word[:-1]) in given_names()):
            return word  # a count's figure after a word or a name: "Ward4", "Tom1" (not "Chlo3")
        readings = []
        for letters in itertools.product(*(_LEET_LETTERS[word[i]] for i in places)):
            chars = list(word)
            for i, letter in zip(places, letters):
                capital = i == 0 or word[i - 1].isupper() and word[i + 1:i + 2].isupper()
                chars[i] = letter.upper() if capital else letter
            readings.append("".join(chars))
        if any(zipf(fold(r)) >= LEET_NAME_MAX or zipf(fold(r)) >= LEET_WORD_MIN
               and fold(r) not in given_names() for r in readings):
            return word  # a word a scanner or a text wrote so: "litt1e" (unscan_words reads it)
        return next((r for r in readings
                     if fold(r) in given_names() and zipf(fold(r)) < LEET_NAME_MAX), word)
    return _LEET.sub(name, text)


def normalised_value(value: str) -> str:
    """A registry value as detection compares it (the same normalisation as notes)."""
    return normalise(value).text
