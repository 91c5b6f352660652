"""Disclosure-safe outputs: every table, share and model meant to leave the project passes the
same checks as the ethics gate, and is recorded with its status, reasons and thresholds.

After ACRO's model (UK trusted research environments), without its globals: an
`OutputChecker` is an object the report or notebook holds. Each call returns the safe version
of the output (suppressed cells missing, rounded counts, or None for a model that fails) and
adds a record:

- status "pass": released as it is;
- "suppressed" / "rounded": released after cells were hidden or rounded (the record says how
  many and why);
- "fail": withheld; nothing of it may leave.

Tables of counts: cells below 10 and zeros are suppressed, with secondary suppression so that
row and column totals cannot give them back (or the NHS rule for sexual-health counts: 1-7
suppressed, others rounded to 5). Shares: a share is suppressed when the people with or
without the outcome number fewer than 10 (a share of 100% of 3 people says what each did).
Sums: dominance (2 contributors over 90%) and the p-ratio. Models: at least 10 residual
degrees of freedom.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ethics.checks.residual_df import MIN_RESIDUAL_DF, check_residual_df
from ethics.checks.result import CheckResult, Status
from ethics.checks.small_cells import (
    THRESHOLD,
    check_counts,
    check_magnitudes,
    nhs_rounding,
)
from workbench.errors import InputError
from workbench.integrity import file_sha256

RULES = ("threshold", "nhs")


@dataclass
class OutputRecord:
    name: str
    kind: str  # table, shares, magnitudes, model, figure
    status: str  # pass, suppressed, rounded, fail
    reason: str
    thresholds: dict[str, Any]
    cells: int = 0
    hidden: int = 0
    files: dict[str, str] = field(default_factory=dict)  # file name -> sha256


def _as_frame(table: pd.DataFrame | pd.Series) -> pd.DataFrame:
    return table.to_frame() if isinstance(table, pd.Series) else table


@dataclass
class OutputChecker:
    """Checks outputs and keeps the record of each."""

    threshold: int = THRESHOLD
    min_residual_df: int = MIN_RESIDUAL_DF
    records: list[OutputRecord] = field(default_factory=list)

    def _add(self, record: OutputRecord) -> None:
        if any(r.name == record.name for r in self.records):
            raise InputError(f"output {record.name!r} was already checked; give each its own name")
        self.records.append(record)

    def counts(self, name: str, table: pd.DataFrame | pd.Series, rule: str = "threshold"
               ) -> pd.DataFrame:
        """A table of counts of people or events, made safe; suppressed cells are missing."""
        if rule not in RULES:
            raise InputError(f"rule {rule!r}: use one of {', '.join(RULES)}")
        counts = _as_frame(table)
        if rule == "nhs":
            safe = nhs_rounding(counts)
            hidden = int(safe.isna().to_numpy().sum())
            self._add(OutputRecord(name, "table", "rounded",
                                   f"NHS rule: {hidden} cells of 1-7 suppressed, the rest "
                                   "rounded to the nearest 5", {"rule": "nhs"},
                                   counts.size, hidden))
            return safe
        result, safe = check_counts(counts, self.threshold)
        hidden = int(safe.isna().to_numpy().sum())
        status = result.status.value  # pass, suppressed, or fail (cannot be protected)
        self._add(OutputRecord(name, "table", status, result.reason, result.thresholds,
                               counts.size, hidden))
        return safe

    def shares(self, name: str, table: pd.DataFrame, rule: str = "threshold") -> pd.DataFrame:
        """A table with `successes` and `trials` columns (and shares, intervals); rows where
        either outcome has fewer than the threshold are blanked, counts included. With
        rule="nhs" (sexual-health counts below national level) the counts that remain are
        also rounded to the nearest 5; shares and intervals stay as computed, to one decimal
        of a percent, as published sexual-health tables do."""
        if rule not in RULES:
            raise InputError(f"rule {rule!r}: use one of {', '.join(RULES)}")
        if not {"successes", "trials"} <= set(table.columns):
            raise InputError(f"output {name!r}: a share table needs successes and trials columns")
        k, n = table["successes"], table["trials"]
        small = (k < self.threshold) | ((n - k) < self.threshold) | k.isna()
        safe = table.astype(float).mask(small, axis=0)
        hidden = int(small.sum())
        reason = (f"every share rests on at least {self.threshold} people or events with and "
                  "without the outcome" if not hidden else
                  f"{hidden} of {len(table)} rows suppressed: fewer than {self.threshold} with "
                  "or without the outcome")
        status = "suppressed" if hidden else "pass"
        if rule == "nhs":
            for column in ("successes", "trials"):
                safe[column] = np.floor(safe[column] / 5 + 0.5) * 5
            reason += "; counts rounded to the nearest 5 (NHS rule)"
            status = "suppressed" if hidden else "rounded"
        self._add(OutputRecord(name, "shares", status, reason,
                               {"threshold": self.threshold, "rule": rule}, len(table), hidden))
        return safe

    def magnitudes(self, name: str, contributions: pd.DataFrame, cell: list[str], value: str
                   ) -> pd.DataFrame | None:
        """A table of sums (e.g. interpreter minutes), from one row per contributor and cell;
        released only if no cell is dominated and every cell has enough contributors."""
        sums = contributions.groupby(cell)[value].sum()
        people = contributions.groupby(cell).size()
        result = check_magnitudes(contributions, cell, value)
        few = people < self.threshold
        if not result.passed or few.any():
            reason = result.reason if not result.passed else \
                f"{int(few.sum())} cells have fewer than {self.threshold} contributors"
            self._add(OutputRecord(name, "magnitudes", "fail", reason,
                                   {**result.thresholds, "threshold": self.threshold},
                                   len(sums), len(sums)))
            return None
        self._add(OutputRecord(name, "magnitudes", "pass", result.reason,
                               {**result.thresholds, "threshold": self.threshold}, len(sums)))
        return pd.DataFrame({value: sums, "contributors": people})

    def model(self, name: str, record: dict[str, Any]) -> dict[str, Any] | None:
        """A model's record (estimates, intervals, residual_df); None when it fails."""
        result: CheckResult = check_residual_df(record.get("residual_df"), self.min_residual_df)
        status = "pass" if result.status is Status.PASS else "fail"
        self._add(OutputRecord(name, "model", status, result.reason, result.thresholds, 1,
                               0 if status == "pass" else 1))
        return record if status == "pass" else None

    def survival(self, name: str, curves: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
        """Kaplan-Meier curves, each cut where fewer than the threshold remain at risk (the
        tail of a curve follows a handful of people)."""
        safe, cut = {}, 0
        for group, curve in curves.items():
            keep = curve["at_risk"] >= self.threshold
            safe[group] = curve[keep].drop(columns=["at_risk", "events"])
            cut += int((~keep).sum())
        status = "suppressed" if cut else "pass"
        reason = (f"{cut} steps cut where fewer than {self.threshold} remained at risk" if cut
                  else f"at least {self.threshold} at risk at every step")
        self._add(OutputRecord(name, "survival", status, reason, {"threshold": self.threshold},
                               sum(len(c) for c in curves.values()), cut))
        return safe

    def figure(self, name: str, path: Path, built_from: list[str]) -> None:
        """Record a saved figure drawn only from outputs already checked."""
        unknown = [n for n in built_from if n not in {r.name for r in self.records}]
        if unknown:
            raise InputError(f"figure {name!r} is drawn from unchecked outputs {unknown}")
        failed = [r.name for r in self.records if r.name in built_from and r.status == "fail"]
        status = "fail" if failed else "pass"
        reason = (f"drawn from withheld outputs {failed}" if failed else
                  "drawn only from checked outputs: " + ", ".join(built_from))
        self._add(OutputRecord(name, "figure", status, reason, {}, files={
            Path(path).name: file_sha256(Path(path))}))

    @property
    def cleared(self) -> bool:
        """True when nothing failed: every output may leave as released."""
        return all(r.status != "fail" for r in self.records)

    def summary(self) -> pd.DataFrame:
        return pd.DataFrame([asdict(r) for r in self.records],
                            columns=[f for f in OutputRecord.__dataclass_fields__])

    def write(self, path: str | Path) -> Path:
        """The record of every output, as JSON."""
        path = Path(path)
        body = {"cleared": self.cleared, "outputs": [asdict(r) for r in self.records]}
        path.write_text(json.dumps(body, indent=2, default=_plain) + "\n", encoding="utf-8")
        return path


def read_record(path: str | Path) -> tuple[int, list[str]]:
    """From a written record (outputs.json): how many outputs, and the names of those withheld."""
    outputs = json.loads(Path(path).read_text(encoding="utf-8"))["outputs"]
    return len(outputs), [o["name"] for o in outputs if o["status"] == "fail"]


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
