"""Group a table up until it can be shown: months into quarters into years, and the rarest
categories into "other", until no cell is below the disclosure threshold (or zero), saying
what was grouped.

A table of mostly suppressed cells tells a reader nothing; the same counts a step coarser
usually pass. Each step is greedy: of the steps left (a coarser period; merging the smallest
row or the smallest column category into "other") it takes the one that leaves the fewest
cells below the threshold. Counts only ever add up, so a table still failing at the end fails
at the coarsest grouping too: no suppressed table is left that a coarser one would show.

The test is the output checker's own (`ethics.checks.small_cells.check_counts`); the caller
then passes the grouped table to `OutputChecker` once, which records it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ethics.checks.small_cells import THRESHOLD, check_counts
from workbench.report.labels import value_label

OTHER = "other"
TIME_STEPS = {"M": "Q", "Q": "Y"}
TIME_WORDS = {"Q": "quarter", "Y": "year"}


@dataclass
class Grouped:
    table: pd.DataFrame
    steps: list[str] = field(default_factory=list)  # what was grouped, in words

    @property
    def note(self) -> str:
        return ("Grouped so that it can be shown: " + "; ".join(self.steps) + "."
                if self.steps else "")


def _freq(index: pd.Index) -> str | None:
    if isinstance(index, pd.PeriodIndex):
        return index.freqstr[0]
    return None


def _small(table: pd.DataFrame, threshold: int) -> int:
    return int((table < threshold).to_numpy().sum())


def passes(table: pd.DataFrame, threshold: int = THRESHOLD) -> bool:
    return check_counts(table, threshold)[0].passed


def _coarser_time(table: pd.DataFrame) -> pd.DataFrame:
    to = TIME_STEPS[_freq(table.index)]
    new = table.index.asfreq(to)
    out = table.groupby(new).sum()
    out.index = pd.PeriodIndex(out.index, freq=to, name={"Q": "quarter", "Y": "year"}[to])
    return out


def _merge(table: pd.DataFrame, axis: int) -> tuple[pd.DataFrame, str]:
    """Merge the smallest category (by total) of rows (0) or columns (1) into "other"."""
    frame = table if axis == 1 else table.T
    totals = frame.sum(axis=0)
    candidates = totals.drop(OTHER, errors="ignore")
    smallest = candidates.idxmin()
    merged = frame.drop(columns=smallest)
    merged[OTHER] = (frame[OTHER] if OTHER in frame else 0) + frame[smallest]
    merged = merged.rename_axis(columns=frame.columns.name)
    return (merged if axis == 1 else merged.T), smallest


def _categories_left(table: pd.DataFrame, axis: int) -> int:
    return table.shape[1 - axis] if axis == 0 else table.shape[1]


def group_until_shown(table: pd.DataFrame | pd.Series, threshold: int = THRESHOLD,
                      time: bool = True, rows: bool = False, columns: bool = True,
                      min_categories: int = 2) -> Grouped:
    """Coarsen a table of counts (index: months, quarters or categories; columns: categories)
    until it passes the small-cell rule or cannot be grouped further."""
    frame = table.to_frame() if isinstance(table, pd.Series) else table.copy()
    frame = frame.astype(int)
    steps: list[str] = []
    merged: dict[int, list[str]] = {0: [], 1: []}
    while not passes(frame, threshold):
        options: list[tuple[int, int, str, pd.DataFrame, str | None]] = []
        freq = _freq(frame.index)
        if time and freq in TIME_STEPS:
            coarser = _coarser_time(frame)
            options.append((_small(coarser, threshold), 0, "time", coarser, None))
        for axis, allowed in ((0, rows and freq is None), (1, columns)):
            left = frame.shape[0] if axis == 0 else frame.shape[1]
            if allowed and left > min_categories:
                new, which = _merge(frame, axis)
                options.append((_small(new, threshold), 1 + axis, f"axis{axis}", new, which))
        if not options:
            break
        _, _, kind, frame, which = min(options, key=lambda o: (o[0], o[1]))
        if kind == "time":
            steps = [s for s in steps if not s.startswith("by ")]
            steps.insert(0, f"by {TIME_WORDS[_freq(frame.index)]}")
        else:
            merged[int(kind[-1])].append(which)
    names = [value_label(m, table.index.name if axis == 0 else frame.columns.name)
             for axis in (0, 1) for m in merged[axis]]
    if names:
        steps.append(", ".join(f"'{n}'" for n in names) + " counted in 'Other'")
    return Grouped(frame, steps)


def group_shares_until_shown(table: pd.DataFrame, threshold: int = THRESHOLD,
                             ignore: pd.Series | None = None) -> Grouped:
    """Coarsen a share table (successes, trials; index of months or quarters) into quarters
    or years until every row has at least `threshold` with and without the outcome. Rows
    marked in `ignore` (e.g. follow-up not complete) are not held against the table."""
    frame = table[["successes", "trials"]].astype(int)
    flags = ignore if ignore is not None else pd.Series(False, index=frame.index)
    steps: list[str] = []

    def fails(f: pd.DataFrame, skip: pd.Series) -> bool:
        k, n = f["successes"], f["trials"]
        small = ((k < threshold) | (n - k < threshold)) & ~skip
        return bool(small.any())

    while fails(frame, flags) and _freq(frame.index) in TIME_STEPS:
        to = TIME_STEPS[_freq(frame.index)]
        keys = frame.index.asfreq(to)
        frame = frame.groupby(keys).sum()
        flags = flags.groupby(keys).all()
        frame.index = flags.index = pd.PeriodIndex(frame.index, freq=to,
                                                   name={"Q": "quarter", "Y": "year"}[to])
        steps = [f"by {TIME_WORDS[to]}"]
    out = frame.assign(not_complete=flags.to_numpy())
    return Grouped(out, steps)
