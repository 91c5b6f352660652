"""Dates no finer than a request allows: coarsen them, then check."""

from __future__ import annotations

import pandas as pd

from ethics.checks.result import CheckResult, Status
from ethics.policy import PRECISIONS  # noqa: F401 - day, month, quarter, year (re-exported)


def _date_columns(frame: pd.DataFrame) -> list[str]:
    return [c for c in frame.columns if c.endswith("_date")]


def coarsen_dates(extract: dict[str, pd.DataFrame], precision: str) -> dict[str, pd.DataFrame]:
    freq = {"day": None, "month": "M", "quarter": "Q", "year": "Y"}[precision]
    if freq is None:
        return extract
    out = {}
    for table, frame in extract.items():
        frame = frame.copy()
        for col in _date_columns(frame):
            frame[col] = pd.to_datetime(frame[col]).dt.to_period(freq).dt.to_timestamp().dt.date
        out[table] = frame
    return out


def check_date_precision(extract: dict[str, pd.DataFrame], precision: str) -> CheckResult:
    found = []
    for table, frame in extract.items():
        for col in _date_columns(frame):
            d = pd.to_datetime(frame[col]).dropna()
            finer = (d.dt.day != 1) if precision != "day" else pd.Series(False, d.index)
            if precision == "quarter":
                finer |= (d.dt.month - 1) % 3 != 0
            if precision == "year":
                finer |= d.dt.month != 1
            if finer.any():
                found.append({"table": table, "column": col, "rows": int(finer.sum())})
    if found:
        return CheckResult("date_precision", Status.FAIL,
                           f"dates finer than {precision} in {len(found)} columns",
                           {"precision": precision}, pd.DataFrame(found))
    return CheckResult("date_precision", Status.PASS, f"no date finer than {precision}",
                       {"precision": precision})
