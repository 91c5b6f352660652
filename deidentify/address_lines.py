"""The town of an address, found by the postcode after it.

An address is written with its town before the postcode, on the postcode's line ("Skelderby
QX1 4JD", "14 Sorrel Court, Brindlecote ZJ4 6PW") or on the line above it in a letter's
address block ("7 Tanners Wynd / Skelderby / QX1 6LU"). The model finds few of these towns: a
town of an address block stands alone, with nothing round it that says it is a place. A found
postcode says it: one to three capitalised words (or words in capitals) just before it on its
line, after the line's start, a comma or a wide gap, or alone on the line above it, are the
town (LOCATION). Not a word English keeps for itself there ("Tel", "Ref", "Dear").
"""

from __future__ import annotations

import re

from deidentify.spans import Span, covered_by

_WORD = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ]+)*|[A-Z]{2,}(?:-[A-Z]+)*)"
_JOIN = r"(?:[ ](?:upon|on|under|in|le|by|the|de|UPON|ON|UNDER|IN|LE|BY)[ ]|[ ])"
_TOWN = rf"{_WORD}(?:{_JOIN}{_WORD}){{0,2}}"
# the town on the postcode's line: after the line's start, a comma, a tab or two spaces
_SAME_LINE = re.compile(rf"(?:^|(?<=,)[ \t]*|(?<=\t)|(?<=  ))(?P<town>{_TOWN}),?[ \t]+$", re.M)
# ... or alone on the line above
_LINE_ABOVE = re.compile(rf"(?:^|\n)[ \t]*(?P<town>{_TOWN}),?[ \t]*\n[ \t]*$")
_NOT_TOWNS = frozenset("tel telephone phone mob mobile fax ref dear re to from cc attn fao email "
                       "postcode post code address uk england scotland wales".split())
_LOOK_BACK = 80


def towns_by_postcode(text: str, spans: list) -> list:
    """`spans` (in order) with the town before each found postcode added (see the module)."""
    covered = covered_by(spans)
    added = []
    for sp in spans:
        if sp.entity != "POSTCODE":
            continue
        window_start = max(0, sp.start - _LOOK_BACK)
        before = text[window_start:sp.start]
        m = _SAME_LINE.search(before) or _LINE_ABOVE.search(before)
        if m is None:
            continue
        start, end = window_start + m.start("town"), window_start + m.end("town")
        words = text[start:end].split()
        if any(w.lower() in _NOT_TOWNS for w in words) or covered(start, end):
            continue
        added.append(Span(start, end, "LOCATION", 0.6))
    return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans
