"""Validate a table of text values against the schema, cell by cell, without row loops.

Input is a DataFrame of strings as read from an export (empty string = missing). Output is
the typed, valid rows and a list of problems, one per bad cell, so every rejected row can be
explained: row number, column, value and reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from workbench.core.dates import parse_dates
from workbench.core.schema import Column, Table

_TRUE = {"true", "yes", "y", "1", "t"}
_FALSE = {"false", "no", "n", "0", "f"}


@dataclass(frozen=True)
class Problem:
    row: int  # the line in the file where the row starts (the header is line 1)
    column: str
    value: str
    reason: str


def _normalise_vocab(values: pd.Series) -> pd.Series:
    return values.str.strip().str.lower().str.replace(r"[\s\-/]+", "_", regex=True)


def _parse(col: Column, raw: pd.Series, lines: np.ndarray, dayfirst: bool | None,
           date_format: str | None) -> tuple[pd.Series, pd.Series, str | pd.Series]:
    """Return (parsed values, mask of unparseable non-empty cells, reason for those)."""
    text = raw.str.strip()
    present = text != ""
    if col.dtype in ("string", "text"):
        if col.allowed:
            norm = _normalise_vocab(text)
            bad = present & ~norm.isin(col.allowed)
            return norm.where(present, None), bad, f"not one of: {', '.join(col.allowed)}"
        return text.where(present, None), pd.Series(False, index=raw.index), ""
    if col.dtype == "bool":
        low = text.str.lower()
        parsed = pd.Series(np.where(low.isin(_TRUE), True, np.where(low.isin(_FALSE), False, None)),
                           index=raw.index, dtype=object)
        return parsed, present & parsed.isna(), "not a yes/no value"
    if col.dtype in ("int", "float"):
        num = pd.to_numeric(text.where(present, None), errors="coerce")
        bad = present & (num.isna() | ~np.isfinite(num.fillna(0)))
        reason = "not a number"
        if col.dtype == "int":
            frac = num.notna() & ((num % 1 != 0) | (num.abs() > 2**53))
            bad |= frac
            reason = "not a whole number (or too large)"
        return num.where(~bad), bad, reason
    if col.dtype == "date":
        parsed, reasons = parse_dates(text, col.name, lines, date_format, dayfirst)
        return parsed.dt.date, reasons != "", reasons
    raise AssertionError(col.dtype)


def validate(frame: pd.DataFrame, table: Table, first_row: int = 2,
             dayfirst: bool | None = None, lines: Sequence[int] | None = None,
             date_formats: dict[str, str] | None = None,
             rejected: dict[int, str] | None = None, keep_under_18: bool = False
             ) -> tuple[pa.Table, np.ndarray, list[Problem]]:
    """Check `frame` (all strings, schema column names) against `table`.

    A date of birth that makes someone under 18 at first contact is flagged and the row
    quarantined (a child protection matter), unless `keep_under_18`: then it is still reported.

    Returns the valid rows as an Arrow table, a boolean mask of bad rows, and the problems.
    `lines` gives each row's line in the file (default: consecutive from `first_row`);
    `date_formats` a declared strptime form per date column, `dayfirst` the order of
    numeric day/month dates (None: as the column shows, else UK day-first; see dates.py).
    `rejected` maps row positions already known to be bad (e.g. a wrong number of fields)
    to the reason: only that reason is reported for them. An ambiguous date column raises
    InputError.
    """
    problems: list[Problem] = []
    bad_rows = np.zeros(len(frame), dtype=bool)
    typed: dict[str, object] = {}
    row_numbers = (np.arange(len(frame)) + first_row if lines is None
                   else np.asarray(lines, dtype=int))
    date_formats = date_formats or {}
    rejected = rejected or {}
    known_bad = np.zeros(len(frame), dtype=bool)
    known_bad[list(rejected)] = True
    if rejected:  # their fields may be shifted: read none of them
        frame = frame.where(~pd.Series(known_bad, index=frame.index), "")

    def flag(mask: pd.Series | np.ndarray, col: str, reason: str | pd.Series) -> None:
        idx = np.flatnonzero(np.asarray(mask, dtype=bool))
        if not len(idx):
            return
        bad_rows[idx] = True
        values = frame[col].to_numpy()
        why = (reason.to_numpy() if isinstance(reason, pd.Series)
               else np.full(len(frame), reason, dtype=object))
        problems.extend(Problem(int(row_numbers[i]), col, str(values[i]), str(why[i]))
                        for i in idx)

    for col in table.columns:
        raw = frame[col.name].fillna("").astype(str)
        parsed, unparseable, reason = _parse(col, raw, row_numbers, dayfirst,
                                             date_formats.get(col.name))
        flag(unparseable, col.name, reason)
        if col.required:
            flag(raw.str.strip() == "", col.name, "required value is missing")
        if col.minimum is not None:
            flag(pd.to_numeric(parsed, errors="coerce") < col.minimum, col.name,
                 f"below the minimum {col.minimum:g}")
        if col.maximum is not None:
            flag(pd.to_numeric(parsed, errors="coerce") > col.maximum, col.name,
                 f"above the maximum {col.maximum:g}")
        typed[col.name] = parsed

    if {"date_of_birth", "first_contact_date"} <= set(typed):
        minor = under_18_at(typed["date_of_birth"], typed["first_contact_date"])
        if keep_under_18:
            problems.extend(Problem(int(row_numbers[i]), "date_of_birth", str(
                frame["date_of_birth"].iloc[i]), "under 18 at first contact (kept as asked)")
                for i in np.flatnonzero(minor))
        else:
            flag(minor, "date_of_birth", "under 18 at first contact (quarantined: a child "
                 "protection matter, not research data)")
    key = frame[table.primary_key].fillna("").astype(str).str.strip().where(~known_bad, "")
    dup = key.duplicated(keep="first") & (key != "")
    flag(dup, table.primary_key, "duplicate key (an earlier row has the same value)")
    if rejected:
        lines_rejected = {int(row_numbers[i]) for i in rejected}
        problems = [p for p in problems if p.row not in lines_rejected]
        problems.extend(Problem(int(row_numbers[i]), "(fields)", "", reason)
                        for i, reason in rejected.items())
        bad_rows |= known_bad
    problems.sort(key=lambda p: (p.row, p.column))

    good = ~bad_rows
    arrays = {}
    for col in table.columns:
        values = pd.Series(typed[col.name]).iloc[np.flatnonzero(good)]
        values = values.astype(object).where(values.notna(), None)
        arrays[col.name] = pa.array(values.tolist(), type=table.arrow_schema().field(col.name).type)
    return pa.table(arrays, schema=table.arrow_schema()), bad_rows, problems


def under_18_at(dob: pd.Series, at: pd.Series, minimum: int = 18) -> np.ndarray:
    """Rows whose date of birth makes the person younger than `minimum` on date `at` (whole
    years, birthdays counted); a missing date is not flagged here (the export gate withholds
    people of unknown age)."""
    d, a = pd.to_datetime(pd.Series(dob)), pd.to_datetime(pd.Series(at))
    years = a.dt.year - d.dt.year - ((a.dt.month * 100 + a.dt.day) < (d.dt.month * 100 + d.dt.day))
    return (years < minimum).fillna(False).to_numpy(dtype=bool)
