"""The project's registry of known identifiers, as data: what is known, and how a name is keyed.

Read from the identifiable zone by known_from_zone.py; applied everywhere as deny lists by
recognizers/known_identifiers.py, and to a note's own record by record_match.py.
Registry values are normalised as notes are (normalise.py): a value typed with full-width
digits or an invisible character still matches; names also match across scripts and
diacritics through their ASCII transliteration (anyascii).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from anyascii import anyascii

from deidentify.lexicon import fold
from deidentify.normalise import normalised_value

TOKEN = re.compile(r"\w+(?:['’]\w+)?")  # a word as registry names and notes are split


@dataclass
class Record:
    """The identifiers of one note's own record."""

    names: list[str] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)  # value -> entity type


@dataclass
class KnownIdentifiers:
    name_tokens: dict[str, bool]  # folded token -> is also an ordinary word
    phrases: dict[tuple[str, ...], str]  # folded token sequence -> entity type
    records: dict[str, Record]  # user_id -> record
    staff: dict[str, str]  # staff_id -> name
    interpreters: list[str] = field(default_factory=list)  # full names

    def phrases_known(self) -> set[str]:
        """Every known name, alias, email, postcode, premises and address, folded: what an
        export must not contain anywhere."""
        out = {fold(name) for rec in self.records.values() for name in rec.names if len(name) >= 3}
        out |= {fold(v) for rec in self.records.values() for v, kind in rec.values.items()
                if kind in ("EMAIL_ADDRESS", "POSTCODE")}
        out |= {fold(n) for n in (*self.staff.values(), *self.interpreters)}
        return out | {" ".join(p) for p in self.phrases}

    def numbers_known(self) -> set[str]:
        """Every known number or reference, as its letters and digits in upper case."""
        return {re.sub(r"[\W_]", "", normalised_value(v)).upper() for rec in self.records.values()
                for v, kind in rec.values.items()
                if kind not in ("EMAIL_ADDRESS", "POSTCODE") and len(v) >= 5}

    def record_for(self, user_id: str | None, staff_id: str | None = None) -> Record | None:
        rec = self.records.get(user_id) if user_id else None
        author = self.staff.get(staff_id) if staff_id else None
        if author is None:
            return rec
        base = rec or Record()
        return Record(base.names + [author], base.values)


def ascii_key(token: str) -> str:
    """A token as letters and digits in ASCII: "Олена" and "Olena", "小梅" and "XiaoMei",
    "Ștefania" and "Stefania" have the same key (anyascii's transliteration)."""
    return re.sub(r"[\W_]", "", anyascii(fold(token))).lower()


def name_keys(name: str) -> set[str]:
    """The keys a registry name is matched by: each token, folded and in ASCII, and all its
    tokens run together in ASCII (Chinese names are written without spaces: 王小梅)."""
    tokens = TOKEN.findall(normalised_value(name))
    keys = {k for t in tokens for k in (fold(t), ascii_key(t)) if len(k) >= 2}
    joined = "".join(ascii_key(t) for t in tokens)
    if len(tokens) > 1 and len(joined) >= 4:
        keys.add(joined)
    return keys
