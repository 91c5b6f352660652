"""Counting helpers: monthly counts with every month present, and shares with Wilson intervals."""

from __future__ import annotations

import numpy as np
import pandas as pd
from statsmodels.stats.proportion import proportion_confint


def monthly_counts(frame: pd.DataFrame, months: pd.PeriodIndex, by: str | None = None,
                   name: str = "count") -> pd.DataFrame | pd.Series:
    """Rows per month (a Series), or per month and group (one column per group); zeros kept."""
    if by is None:
        return frame.groupby("month").size().reindex(months, fill_value=0).rename(name)
    table = frame.groupby(["month", by]).size().unstack(by, fill_value=0)
    return table.reindex(months, fill_value=0).rename_axis(index="month", columns=by)


def wilson(successes, trials, alpha: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval; where there are no trials the interval is missing."""
    k = np.asarray(successes, dtype=float)
    n = np.asarray(trials, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        low, high = proportion_confint(k, np.where(n > 0, n, 1), alpha=alpha, method="wilson")
    return np.where(n > 0, low, np.nan), np.where(n > 0, high, np.nan)


def share_table(successes: pd.Series, trials: pd.Series) -> pd.DataFrame:
    """successes, trials, share and its 95% Wilson interval, on the index of the inputs."""
    successes, trials = successes.align(trials, fill_value=0)
    low, high = wilson(successes, trials)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(trials > 0, successes / trials.where(trials > 0, 1), np.nan)
    return pd.DataFrame({"successes": successes.astype(int), "trials": trials.astype(int),
                         "share": share, "ci_low": low, "ci_high": high}, index=successes.index)


def grouped_share(frame: pd.DataFrame, flag: str, by: str | list[str]) -> pd.DataFrame:
    """Share of rows where boolean column `flag` is true, per group."""
    grouped = frame.groupby(by, observed=True)[flag]
    return share_table(grouped.sum().astype(int), grouped.size())


def on_index(table: pd.DataFrame, index: pd.Index) -> pd.DataFrame:
    """A share table on a full index (every month): no trials is 0, the share missing."""
    full = table.reindex(index)
    return full.fillna({"successes": 0, "trials": 0}).astype({"successes": int, "trials": int})
