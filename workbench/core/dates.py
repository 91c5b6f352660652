"""Read a column of dates the way the person who wrote them meant them.

Always accepted: ISO dates and datetimes (2024-01-05, 2024-01-05T10:00:00, 2024-01-05 10:00,
with Z or an offset), year-first with slashes or dots (2024/01/05), ISO's compact form
(20240105) and a day with a month name (5 Jan 2024, 05-Jan-2024). The time of day is dropped.

Day and month as numbers (03/04/2024, 03.04.2024, 03-04-2024, optionally with a time) are read
in one order for the whole column: the mapping's `date_format` (strptime, per column or for
all) or `dayfirst` if given; otherwise the order the column itself shows. UK day-first is the
default when nothing in the column says otherwise; a column that holds month-first dates
(12/31/2024) as well as dates that could be read either way (03/04/2024), or both day-first
and month-first dates, is refused with examples: guessing would store some dates wrong.

A date that cannot be (2024-13-01, 31/02/2024) or a year outside MIN_YEAR..MAX_YEAR is a bad
cell, with the reason; the caller quarantines its row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from workbench.core.errors import InputError

MIN_YEAR, MAX_YEAR = 1900, 2100
NOT_A_DATE = ("not a date (use YYYY-MM-DD, or declare the column's form with date_format in "
              "the mapping)")

_TIME = r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_YMD = re.compile(rf"^(?P<y>\d{{4}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}}){_TIME}$")
_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")
_NUMERIC = re.compile(rf"^(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}){_TIME}$")
_NAMED = re.compile(r"^(?P<d>\d{1,2})[ \-](?P<mon>[A-Za-z]{3,9})\.?[ \-,]+(?P<y>\d{4})$")
_MONTHS = {name: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for name in names}


def _extract(text: pd.Series, rows: pd.Series, pattern: re.Pattern) -> pd.DataFrame:
    """The pattern's groups for `rows` (NaN elsewhere): only unread cells are searched."""
    return text[rows].str.extract(pattern).reindex(text.index)


def _numbers(parts: pd.DataFrame, name: str) -> pd.Series:
    return pd.to_numeric(parts[name], errors="coerce")


def _example(text: pd.Series, mask: pd.Series, lines: Sequence[int]) -> str:
    i = int(np.flatnonzero(mask.to_numpy())[0])
    return f"{text.iloc[i]} on line {lines[i]}"


def _numeric_order(text: pd.Series, a: pd.Series, b: pd.Series, column: str,
                   lines: Sequence[int], dayfirst: bool | None) -> bool:
    """True if day/month numbers in this column are day-first; refuses an ambiguous column."""
    if dayfirst is not None:
        return dayfirst
    day_first = (a > 12) & (b <= 12)
    month_first = (b > 12) & (a <= 12)
    either = (a <= 12) & (b <= 12) & (a != b)
    fix = ("declare the form in a mapping file (--mapping), e.g. date_format: {" + column
           + ": \"%d/%m/%Y\"} for day-first or \"%m/%d/%Y\" for month-first")
    if day_first.any() and month_first.any():
        raise InputError(f"column {column} mixes day-first dates ({_example(text, day_first, lines)}) "
                         f"and month-first dates ({_example(text, month_first, lines)}); {fix}")
    if month_first.any() and either.any():
        raise InputError(f"column {column} has month-first dates ({_example(text, month_first, lines)}), "
                         f"so dates such as {_example(text, either, lines)} could be read two "
                         f"ways; {fix}")
    return not month_first.any()


def parse_dates(text: pd.Series, column: str, lines: Sequence[int],
                date_format: str | None = None, dayfirst: bool | None = None
                ) -> tuple[pd.Series, pd.Series]:
    """Parse stripped, non-empty strings; return (datetime64 values, reason per bad cell).

    Empty cells come back as NaT with no reason. `lines` gives each cell's line in the file,
    for the examples in a refusal.
    """
    index = text.index
    y = pd.Series(np.nan, index=index)
    m, d = y.copy(), y.copy()
    hour, minute, second = y.copy(), y.copy(), y.copy()
    matched = pd.Series(False, index=index)
    # Fast path for the common case, plain YYYY-MM-DD; anything it cannot read (including
    # impossible dates) goes through the patterns below, which say why.
    plain = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    rows = plain.notna()
    y[rows], m[rows], d[rows] = plain.dt.year[rows], plain.dt.month[rows], plain.dt.day[rows]
    matched |= rows

    def take(parts: pd.DataFrame, rows: pd.Series, month: pd.Series, day: pd.Series) -> None:
        y[rows], m[rows], d[rows] = _numbers(parts, "y")[rows], month[rows], day[rows]
        for target, name in ((hour, "H"), (minute, "M"), (second, "S")):
            if name in parts:
                target[rows] = _numbers(parts, name)[rows]
        matched[rows] = True

    for pattern in (_YMD, _COMPACT):
        parts = _extract(text, ~matched, pattern)
        rows = parts["y"].notna() & ~matched
        take(parts, rows, _numbers(parts, "m"), _numbers(parts, "d"))
    if date_format is not None:
        declared = pd.to_datetime(text.where(~matched), format=date_format, errors="coerce")
        rows = declared.notna()
        y[rows], m[rows], d[rows] = declared.dt.year[rows], declared.dt.month[rows], declared.dt.day[rows]
        matched |= rows
        not_a_date = (f"not a date in the declared form {date_format} (nor YYYY-MM-DD)")
    else:
        not_a_date = NOT_A_DATE
        named = _extract(text, ~matched, _NAMED)
        month = named["mon"].str.lower().map(_MONTHS)
        take(named, named["y"].notna() & month.notna() & ~matched, month, _numbers(named, "d"))
        parts = _extract(text, ~matched, _NUMERIC)
        rows = parts["y"].notna() & ~matched
        if rows.any():
            a, b = _numbers(parts, "a")[rows], _numbers(parts, "b")[rows]
            day_first = _numeric_order(text[rows], a, b, column, np.asarray(lines)[rows.to_numpy()],
                                       dayfirst)
            take(parts, rows, *((_numbers(parts, "b"), _numbers(parts, "a")) if day_first
                                else (_numbers(parts, "a"), _numbers(parts, "b"))))

    present = text != ""
    reasons = pd.Series("", index=index, dtype=object)
    reasons[present & ~matched] = not_a_date
    out_of_range = matched & ((y < MIN_YEAR) | (y > MAX_YEAR))
    reasons[out_of_range] = (f"year outside {MIN_YEAR}-{MAX_YEAR}; is it a typing mistake?")
    ok = matched & ~out_of_range
    parts = pd.DataFrame({"year": y.where(ok, 2000), "month": m.where(ok, 1), "day": d.where(ok, 1)})
    values = pd.to_datetime(parts, errors="coerce").where(ok)
    bad_time = (hour > 23) | (minute > 59) | (second > 60)
    impossible = ok & (values.isna() | bad_time)
    reasons[impossible] = "not a date (no such month, day or time of day)"
    return values.where(ok & ~impossible), reasons
