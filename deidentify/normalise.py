"""The copy of a note that detection reads: NFKC, without invisible characters, and numbers
written with letters for digits read as digits (undisguise_digits); for the language model,
long runs of brackets and marks as spaces (quiet_marks).

A zero-width space, soft hyphen, joiner, bidi mark or NUL inside a name or number hides it
from every pattern and from the language model; full-width digits defeat phone patterns.
Detection therefore runs on a copy where format and control characters (Unicode Cf, Cc;
tab, newline and carriage return are layout and stay) are removed and each character is
NFKC-normalised, and every span found there maps back to the original text. A span mapped
back runs from the original start of its first character to the original end of its last,
so the invisible characters inside an identifier are replaced with it.

Chinese, Japanese and Thai are written without spaces, and a Latin-script name or town inside
them ("你去Lanthorne，Ruby的地方") has no word boundary for a pattern or the language model to
find. The copy puts a space between a Latin letter and a character of those scripts; the space
comes from nowhere in the original (it maps to the empty place before the next character).
"""

from __future__ import annotations

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
        copy = undisguise_digits(text)
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
            if out and _script_change(out[-1], ch):
                out.append(" ")  # maps to the empty place before this character
                starts.append(first)
                ends.append(first)
            out.append(ch)
            starts.append(first)
            ends.append(last)
        k = j
    copy = undisguise_digits("".join(out))
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
    other letter (not "3o" from "3º", nor "O2")."""
    if not _LOOKALIKE.search(text):
        return text
    return _DISGUISED.sub(lambda m: m.group().translate(_AS_DIGITS)
                          if len(m.group()) >= 3 and any(c.isdigit() for c in m.group())
                          else m.group(), text)


def normalised_value(value: str) -> str:
    """A registry value as detection compares it (the same normalisation as notes)."""
    return normalise(value).text
