"""Read the registry of known identifiers from a project's identifiable zone.

Service users' names, working names and nicknames, staff, interpreters and establishments
become deny lists (a name that is also an ordinary English word, such as Honey or Star, is
marked so that it is removed only when capitalised); each service user's own identifiers
(names, phone, email, NHS, NI and passport numbers, Home Office and clinic references,
postcode) become that person's record.
"""

from __future__ import annotations

import pandas as pd

from deidentify.known_model import TOKEN, KnownIdentifiers, Record, name_keys
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


def _add_name_tokens(tokens: dict[str, bool], names) -> None:
    for name in names:
        if not isinstance(name, str):
            continue
        for key in name_keys(name):
            if key not in tokens:
                tokens[key] = zipf(key) >= ORDINARY


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in TOKEN.findall(normalised_value(text)))


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
