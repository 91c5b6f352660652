"""The project's registry of known identifiers, applied as deny lists.

Built from the identifiable zone: service users' names, working names and nicknames, staff,
interpreters and establishments. Two uses:
- everywhere: any token of a known name, any known establishment or address phrase, is
  removed from every note (a name that is also an ordinary English word, such as Honey or
  Star, only when capitalised);
- record-aware: every identifier in a note's own record (its person's names, phone, email,
  NHS, NI and passport numbers, Home Office and clinic references, postcode; its author's
  name) is always removed from that note, in any case, with or without accents or spaces.
Registry values are normalised as notes are (normalise.py): a value typed with full-width
digits or an invisible character still matches; names also match across scripts and
diacritics through their ASCII transliteration (anyascii).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd
from anyascii import anyascii
from presidio_analyzer import EntityRecognizer, RecognizerResult

from deidentify.lexicon import fold, zipf
from deidentify.normalise import normalised_value
from workbench.core.tables import read_table
from workbench.core.zones import DataDir

ORDINARY = 4.0  # Zipf frequency from which a name token is also an ordinary word
_NAME_COLUMNS = ("name", "working_name", "nickname")
_NUMBER_COLUMNS = {"phone": "PHONE_NUMBER", "nhs_number": "NHS_NUMBER",
                   "ni_number": "NI_NUMBER", "passport_number": "PASSPORT_NUMBER",
                   "home_office_ref": "HOME_OFFICE_REF", "clinic_number": "CLINIC_NUMBER",
                   "postcode": "POSTCODE", "email": "EMAIL_ADDRESS"}
_TOKEN = re.compile(r"\w+(?:['’]\w+)?")


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


def _name_keys(name: str) -> set[str]:
    """The keys a registry name is matched by: each token, folded and in ASCII, and all its
    tokens run together in ASCII (Chinese names are written without spaces: 王小梅)."""
    tokens = _TOKEN.findall(normalised_value(name))
    keys = {k for t in tokens for k in (fold(t), ascii_key(t)) if len(k) >= 2}
    joined = "".join(ascii_key(t) for t in tokens)
    if len(tokens) > 1 and len(joined) >= 4:
        keys.add(joined)
    return keys


def _add_name_tokens(tokens: dict[str, bool], names) -> None:
    for name in names:
        if not isinstance(name, str):
            continue
        for key in _name_keys(name):
            if key not in tokens:
                tokens[key] = zipf(key) >= ORDINARY


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in _TOKEN.findall(normalised_value(text)))


def build_known_identifiers(data: DataDir) -> KnownIdentifiers:
    users = read_table(data, "service_users", "identifiable")
    tokens: dict[str, bool] = {}
    for col in _NAME_COLUMNS:
        _add_name_tokens(tokens, users[col].dropna())
    phrases: dict[tuple[str, ...], str] = {}
    staff: dict[str, str] = {}
    interpreters: list[str] = []
    for table in ("staff", "interpreters"):
        path = data.table_path("identifiable", table)
        if path.exists():
            frame = pd.read_parquet(path)
            _add_name_tokens(tokens, frame["name"].dropna())
            if table == "staff":
                staff = dict(zip(frame.staff_id, frame.name))
            else:
                interpreters = frame["name"].dropna().tolist()
    est_path = data.table_path("identifiable", "establishments")
    if est_path.exists():
        est = pd.read_parquet(est_path)
        for value, kind in [(v, "ESTABLISHMENT") for v in est.name.dropna()] + \
                           [(v, "STREET_ADDRESS") for v in est.address.dropna()]:
            p = _phrase(value)
            if p:
                phrases[p] = kind
    records: dict[str, Record] = {}
    cols = [c for c in (*_NAME_COLUMNS, *_NUMBER_COLUMNS) if c in users]
    for row in users[["user_id", *cols]].itertuples(index=False):
        rec = Record()
        for col in cols:
            value = getattr(row, col)
            if isinstance(value, str) and value.strip():
                if col in _NAME_COLUMNS:
                    rec.names.append(value)
                else:
                    rec.values[value] = _NUMBER_COLUMNS[col]
        records[row.user_id] = rec
    return KnownIdentifiers(tokens, phrases, records, staff, interpreters)


class KnownIdentifierRecognizer(EntityRecognizer):
    """Deny lists from the project registry (see the module docstring)."""

    MAX_PHRASE = 5

    def __init__(self, known: KnownIdentifiers):
        self.known = known
        super().__init__(supported_entities=["PERSON", "ESTABLISHMENT", "STREET_ADDRESS"],
                         name="KnownIdentifierRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        spans = [(m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(text)]
        results = []
        for i, (start, end, key) in enumerate(spans):
            ordinary = self.known.name_tokens.get(key)
            if ordinary is None:
                ordinary = self.known.name_tokens.get(ascii_key(key))
            if ordinary is not None and (not ordinary or text[start].isupper()):
                results.append(RecognizerResult("PERSON", start, end, 0.9))
            for n in range(2, self.MAX_PHRASE + 1):
                if i + n > len(spans):
                    break
                kind = self.known.phrases.get(tuple(s[2] for s in spans[i:i + n]))
                if kind:
                    results.append(RecognizerResult(kind, start, spans[i + n - 1][1], 0.9))
        return results


def record_results(text: str, record: Record) -> list[RecognizerResult]:
    """Everything of a note's own record that appears in it, however it is written."""
    results = []
    tokens = [(m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(text)]
    wanted = {k for name in record.names for k in _name_keys(name)}
    results += [RecognizerResult("PERSON", s, e, 1.0) for s, e, k in tokens
                if k in wanted or ascii_key(k) in wanted]
    for value, entity in record.values.items():
        core = re.sub(r"[\W_]", "", normalised_value(value))
        if entity == "PHONE_NUMBER":
            core = core[-9:]  # national significant part: +44 7700 900123 = 07700 900123
        if len(core) < 5:
            continue
        pattern = r"[\s.\-()/]{0,3}".join(re.escape(c) for c in core)
        for m in re.finditer(pattern, text, re.IGNORECASE):
            results.append(RecognizerResult(entity, _extend_left(text, m.start()), m.end(), 1.0))
    return results


def _extend_left(text: str, start: int) -> int:
    """Take in a number's prefix that the core match left out (the 07 of 07700..., +44)."""
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] == "+" or (
            text[start - 1] in " -.()" and start > 1 and (text[start - 2].isdigit()
                                                         or text[start - 2] in "+)"))):
        start -= 1
    return start
