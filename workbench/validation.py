"""Validate a table of text values against the schema, cell by cell, without row loops.

Input is a DataFrame of strings as read from an export (empty string = missing). Output is
the typed, valid rows and a list of problems, one per bad cell, so every rejected row can be
explained: row number, column, value and reason.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from workbench.schema import Column, Table

_TRUE = {"true", "yes", "y", "1", "t"}
_FALSE = {"false", "no", "n", "0", "f"}


@dataclass(frozen=True)
class Problem:
    row: int  # row number as a person sees it in the file (header is row 1)
    column: str
    value: str
    reason: str


def _normalise_vocab(values: pd.Series) -> pd.Series:
    return values.str.strip().str.lower().str.replace(r"[\s\-/]+", "_", regex=True)


def _parse(col: Column, raw: pd.Series, dayfirst: bool) -> tuple[pd.Series, pd.Series, str]:
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
        bad = present & num.isna()
        reason = "not a number"
        if col.dtype == "int":
            frac = num.notna() & (num % 1 != 0)
            bad |= frac
            reason = "not a whole number"
        return num, bad, reason
    if col.dtype == "date":
        iso = pd.to_datetime(text.where(present, None), errors="coerce", format="%Y-%m-%d")
        other = pd.to_datetime(text.where(present & iso.isna(), None), errors="coerce",
                               dayfirst=dayfirst, format="mixed")
        parsed = iso.fillna(other)
        return parsed.dt.date, present & parsed.isna(), "not a date (use YYYY-MM-DD or DD/MM/YYYY)"
    raise AssertionError(col.dtype)


def validate(frame: pd.DataFrame, table: Table, first_row: int = 2,
             dayfirst: bool = True, keep_under_18: bool = False
             ) -> tuple[pa.Table, np.ndarray, list[Problem]]:
    """Check `frame` (all strings, schema column names) against `table`.

    A date of birth that makes someone under 18 at first contact is flagged and the row
    quarantined (a child protection matter), unless `keep_under_18`: then it is still reported.

    Returns the valid rows as an Arrow table, a boolean mask of bad rows, and the problems.
    """
    problems: list[Problem] = []
    bad_rows = np.zeros(len(frame), dtype=bool)
    typed: dict[str, object] = {}
    row_numbers = np.arange(len(frame)) + first_row

    def flag(mask: pd.Series | np.ndarray, col: str, reason: str) -> None:
        idx = np.flatnonzero(np.asarray(mask, dtype=bool))
        bad_rows[idx] = True
        values = frame[col].to_numpy()
        problems.extend(Problem(int(row_numbers[i]), col, str(values[i]), reason) for i in idx)

    for col in table.columns:
        raw = frame[col.name].fillna("").astype(str)
        parsed, unparseable, reason = _parse(col, raw, dayfirst)
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
    key = frame[table.primary_key].fillna("").astype(str).str.strip()
    dup = key.duplicated(keep="first") & (key != "")
    flag(dup, table.primary_key, "duplicate key (an earlier row has the same value)")
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
