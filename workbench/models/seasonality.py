"""Seasonal terms for monthly series: Fourier pairs or month-of-year indicators.

A specification is a string, as on the command line: "none", "month" (eleven indicators,
January the reference) or "fourier:K" (K sine/cosine pairs with a 12-month period).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from workbench.core.errors import InputError

PERIOD = 12


def parse(spec: str | None) -> tuple[str, int]:
    """("none", 0), ("month", 11) or ("fourier", K); a bad string names the accepted forms."""
    spec = (spec or "none").strip().lower()
    if spec in ("none", "month"):
        return spec, 0 if spec == "none" else PERIOD - 1
    match = re.fullmatch(r"fourier:(\d+)", spec)
    if match and 1 <= int(match.group(1)) <= PERIOD // 2:
        return "fourier", int(match.group(1))
    raise InputError(f"seasonality {spec!r}: use none, month or fourier:K with K from 1 to "
                     f"{PERIOD // 2}")


def terms(calendar_month: pd.Series | np.ndarray, spec: str | None) -> pd.DataFrame:
    """Seasonal columns for calendar months 1-12 (an integer time index works too: it is
    taken modulo 12)."""
    kind, k = parse(spec)
    month = (np.asarray(calendar_month, dtype=int) - 1) % PERIOD + 1
    if kind == "none":
        return pd.DataFrame(index=range(len(month)))
    if kind == "month":
        return pd.DataFrame({f"month_{m:02d}": (month == m).astype(float)
                             for m in range(2, PERIOD + 1)})
    angle = 2 * np.pi * month / PERIOD
    columns = {}
    for j in range(1, k + 1):
        if 2 * j < PERIOD:  # at K = 6 the top sine is zero at every month: left out
            columns[f"sin{j}"] = np.sin(j * angle)
        columns[f"cos{j}"] = np.cos(j * angle)
    return pd.DataFrame(columns)
