"""The copy of a note that detection reads: NFKC, without invisible characters.

A zero-width space, soft hyphen, joiner, bidi mark or NUL inside a name or number hides it
from every pattern and from the language model; full-width digits defeat phone patterns.
Detection therefore runs on a copy where format and control characters (Unicode Cf, Cc;
tab, newline and carriage return are layout and stay) are removed and each character is
NFKC-normalised, and every span found there maps back to the original text. A span mapped
back runs from the original start of its first character to the original end of its last,
so the invisible characters inside an identifier are replaced with it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_KEEP = frozenset("\t\n\r")
_PLAIN = re.compile(r"[\t\n\r\x20-\x7e]*")  # printable ASCII: already its own NFKC copy


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
        return Normalised(text, text, None, None)
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
            out.append(ch)
            starts.append(first)
            ends.append(last)
        k = j
    copy = "".join(out)
    if copy == text:
        return Normalised(text, text, None, None)
    return Normalised(text, copy, tuple(starts), tuple(ends))


def normalised_value(value: str) -> str:
    """A registry value as detection compares it (the same normalisation as notes)."""
    return normalise(value).text
