"""Disclosure-safe outputs: every table, share and model meant to leave the project passes the
same checks as the ethics gate, and is recorded with its status, reasons and thresholds.

After ACRO's model (UK trusted research environments), without its globals: an
`OutputChecker` is an object the report or notebook holds. Each call returns the safe version
of the output (suppressed cells missing, rounded counts, or None for a model that fails) and
adds a record:

- status "pass": released as it is;
- "suppressed" / "rounded": released after cells were hidden or rounded (the record says how
  many, which and why);
- "review": released only after a person has looked (e.g. negative contributions to a sum);
- "fail": withheld; nothing of it may leave.
(One vocabulary with the export gate: ethics/checks/result.py.) Every threshold comes from the
disclosure policy (ethics/policy.yaml, or a project's own) and the record names its hash.

Tables of counts: cells below 10 and zeros are suppressed, with secondary suppression so that
row and column totals cannot give them back (or the NHS rule for sexual-health counts: 1-7
suppressed, others rounded to 5). Shares: a share is suppressed when the people with or
without the outcome number fewer than 10 (a share of 100% of 3 people says what each did).
Sums: a cell is withheld when it has fewer than 10 contributors, when every contributor has
the same value (all zero, or one value: each person's value would be disclosed), when its two
largest contributors make up 90% or more of it (">=", as ACRO: at exactly 90% the two can
estimate each other to within 10% of the total, which is what the rule exists to prevent), or
when it fails the p-ratio; an empty combination is shown as suppressed, not left out (leaving
it out says no one is there); negative contributions are marked for review (dominance and the
p-ratio assume values that are not negative). Withheld sums get secondary suppression like
counts: further cells are hidden until the published cells and totals cannot narrow a
withheld sum below its protection (policy: magnitude_protection). Survival curves: steps are
pooled so that every released step rests on at least 10 events, and the tail where fewer than
10 remain at risk is cut. Models: at least 10 residual degrees of freedom.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ethics.checks import registry
from ethics.checks.residual_df import check_residual_df
from ethics.checks.result import CheckResult, Status
from ethics.checks.small_cells import (check_counts, check_magnitudes, magnitude_protection,
                                       nhs_rounding, protect_magnitudes)
from ethics.policy import Policy, load_policy
from workbench.core.errors import InputError
from workbench.core.integrity import file_sha256

RULES = ("threshold", "nhs")
_CHECK_OF_KIND = {"table": "small_cells", "shares": "shares", "magnitudes": "magnitudes",
                  "model": "residual_df", "survival": "survival", "figure": "figure"}


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
    withheld_cells: list[dict[str, Any]] = field(default_factory=list)  # cell and why, no value
    policy_sha256: str | None = None
    check: str = ""  # the rule applied, by its name in ethics/checks/registry.py


def _as_frame(table: pd.DataFrame | pd.Series) -> pd.DataFrame:
    return table.to_frame() if isinstance(table, pd.Series) else table


@dataclass
class OutputChecker:
    """Checks outputs and keeps the record of each."""

    threshold: int | None = None  # default: the policy's
    min_residual_df: int | None = None
    records: list[OutputRecord] = field(default_factory=list)
    policy: Policy | None = None  # default: ethics/policy.yaml

    def __post_init__(self) -> None:
        self.policy = self.policy or load_policy()
        if self.threshold is None:
            self.threshold = self.policy["threshold"]
        if self.min_residual_df is None:
            self.min_residual_df = self.policy["min_residual_df"]

    def _add(self, record: OutputRecord) -> None:
        if any(r.name == record.name for r in self.records):
            raise InputError(f"output {record.name!r} was already checked; give each its own name")
        record.policy_sha256 = self.policy.files_sha256
        record.check = record.check or _CHECK_OF_KIND[record.kind]
        registry.get(record.check)  # one registry for the gate and the outputs
        self.records.append(record)

    def counts(self, name: str, table: pd.DataFrame | pd.Series, rule: str = "threshold"
               ) -> pd.DataFrame:
        """A table of counts of people or events, made safe; suppressed cells are missing."""
        if rule not in RULES:
            raise InputError(f"rule {rule!r}: use one of {', '.join(RULES)}")
        counts = _as_frame(table)
        if rule == "nhs":
            top, step = self.policy["nhs_suppress_max"], self.policy["nhs_round_to"]
            safe = nhs_rounding(counts, top, step)
            hidden = int(safe.isna().to_numpy().sum())
            cells = [{"row": _label(r), "column": _label(c),
                      "why": f"1-{top} suppressed (NHS rule)" if pd.isna(v) else
                      f"rounded to the nearest {step} (NHS rule)"}
                     for (r, c), v in safe.stack(future_stack=True).items()
                     if pd.isna(v) or v != counts.loc[r, c]]
            self._add(OutputRecord(name, "table", "rounded",
                                   f"NHS rule: {hidden} cells of 1-{top} suppressed, the rest "
                                   f"rounded to the nearest {step}", {"rule": "nhs"},
                                   counts.size, hidden, withheld_cells=cells,
                                   check="nhs_rounding"))
            return safe
        result, safe = check_counts(counts, self.threshold, self.policy["zeros_disclosive"],
                                    self.policy["protection_interval"])
        hidden = int(safe.isna().to_numpy().sum())
        status = result.status.value  # pass, suppressed, or fail (cannot be protected)
        cells = [{"row": _label(d["row"]), "column": _label(d["column"]), "why": d["why"]}
                 for d in result.details.to_dict("records")] if len(result.details) else []
        self._add(OutputRecord(name, "table", status, result.reason, result.thresholds,
                               counts.size, hidden, withheld_cells=cells))
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
        """A table of sums (e.g. interpreter minutes), from one row per contributor and cell,
        over every combination of the cell variables' values (empty ones shown suppressed).
        Disclosive cells are suppressed; None when no cell can be released."""
        p = self.policy
        thresholds = {"threshold": self.threshold, "dominance_n": p["dominance_n"],
                      "dominance_k": p["dominance_k"], "dominance_at_boundary": ">=",
                      "p_ratio": p["p_ratio"]}
        groups = contributions.groupby(cell, observed=False)[value]
        sums, people = groups.sum(), groups.size()
        full = _all_combinations(contributions, cell)
        sums, people = sums.reindex(full), people.reindex(full).fillna(0).astype(int)
        result = check_magnitudes(contributions, cell, value, p["dominance_n"], p["dominance_k"],
                                  p["p_ratio"], at_boundary=True)
        why = pd.Series("", index=full, dtype=object)
        flagged = set(result.details.set_index(cell).index) if len(result.details) else set()
        spread = groups.nunique().reindex(full)
        for key in full:
            if people[key] == 0:
                why[key] = "no contributors (shown as suppressed, not left out)"
            elif people[key] < self.threshold:
                why[key] = f"fewer than {self.threshold} contributors"
            elif spread[key] == 1:
                why[key] = ("every contributor has the same value (all zero)" if sums[key] == 0
                            else "every contributor has the same value")
            elif key in flagged:
                why[key] = "dominated by few contributors (or fails the p-ratio)"
        withheld = why != ""
        negative = contributions.groupby(cell, observed=False)[value].min().reindex(full) < 0
        if withheld.all():
            cells = _withheld_cells(cell, why, withheld)
            self._add(OutputRecord(name, "magnitudes", "fail",
                                   f"no cell can be released: {_tally(why[withheld])}",
                                   thresholds, len(full), len(full), withheld_cells=cells))
            return None
        if withheld.any():  # so that the totals cannot give a withheld sum back
            thresholds["magnitude_protection"] = p["magnitude_protection"]
            levels = magnitude_protection(contributions, cell, value, full, p["dominance_n"],
                                          p["dominance_k"], p["p_ratio"],
                                          p["magnitude_protection"])
            audited, protected = protect_magnitudes(sums, withheld, levels)
            why[audited & ~withheld] = "secondary (so that totals cannot give a withheld sum back)"
            withheld = audited
            if not protected:
                cells = _withheld_cells(cell, why, withheld)
                reason = ("the published totals would give a withheld sum back to within less "
                          "than its protection whatever else is hidden: the whole table is "
                          "withheld; combine categories")
                if negative.any():
                    reason += (" (the audit assumes values that are not negative; this table "
                               "has negative contributions)")
                self._add(OutputRecord(name, "magnitudes", "fail", reason, thresholds, len(full),
                                       len(full), withheld_cells=cells))
                return None
        cells = _withheld_cells(cell, why, withheld)
        if negative.any():
            status = "review"
            reason = (f"{int(negative.sum())} cells have negative contributions: dominance and "
                      "the p-ratio assume values that are not negative; a person must review")
            cells += [{**_labels(cell, key), "why": "negative contributions (review)"}
                      for key in full[negative]]
        elif withheld.any():
            status, reason = "suppressed", f"{int(withheld.sum())} cells suppressed: " \
                                           f"{_tally(why[withheld])}"
        else:
            status, reason = "pass", result.reason
        self._add(OutputRecord(name, "magnitudes", status, reason, thresholds, len(full),
                               int(withheld.sum()), withheld_cells=cells))
        safe = pd.DataFrame({value: sums.astype(float), "contributors": people.astype(float)})
        return safe.mask(withheld, axis=0)

    def model(self, name: str, record: dict[str, Any]) -> dict[str, Any] | None:
        """A model's record (estimates, intervals, residual_df); None when it fails."""
        result: CheckResult = check_residual_df(record.get("residual_df"), self.min_residual_df)
        status = "pass" if result.status is Status.PASS else "fail"
        self._add(OutputRecord(name, "model", status, result.reason, result.thresholds, 1,
                               0 if status == "pass" else 1))
        return record if status == "pass" else None

    def survival(self, name: str, curves: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
        """Kaplan-Meier curves, released only at steps that rest on enough events: steps are
        pooled until at least the policy's survival_min_events have happened since the last
        released step (a step of one event on a named day says when that person's event was),
        and each curve is cut where fewer than the threshold remain at risk."""
        need = self.policy["survival_min_events"]
        safe, cut, pooled, total = {}, 0, 0, 0
        for group, curve in curves.items():
            total += len(curve)
            keep = curve["at_risk"] >= self.threshold
            cut += int((~keep).sum())
            curve = curve[keep]
            released, since = [], 0
            for i, events in zip(curve.index, curve["events"]):
                since += events
                if since >= need:
                    released.append(i)
                    since = 0
            pooled += len(curve) - len(released)
            safe[group] = curve.loc[released].drop(columns=["at_risk", "events"])
        status = "suppressed" if cut or pooled else "pass"
        reason = (f"{cut} steps cut where fewer than {self.threshold} remained at risk; "
                  f"{pooled} steps pooled so that every released step rests on at least "
                  f"{need} events" if cut or pooled else
                  f"at least {self.threshold} at risk and {need} events at every step")
        self._add(OutputRecord(name, "survival", status, reason,
                               {"threshold": self.threshold, "survival_min_events": need},
                               total, cut + pooled))
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
        """True when nothing failed or awaits review: every output may leave as released."""
        return all(r.status not in ("fail", "review") for r in self.records)

    def summary(self) -> pd.DataFrame:
        return pd.DataFrame([asdict(r) for r in self.records],
                            columns=[f for f in OutputRecord.__dataclass_fields__])

    def write(self, path: str | Path) -> Path:
        """The record of every output, as JSON."""
        path = Path(path)
        body = {"cleared": self.cleared, "outputs": [asdict(r) for r in self.records]}
        path.write_text(json.dumps(body, indent=2, default=_plain) + "\n", encoding="utf-8")
        return path


def _all_combinations(contributions: pd.DataFrame, cell: list[str]) -> pd.Index:
    """Every combination of the values each cell variable takes (categories, if declared)."""
    levels = [(contributions[c].cat.categories if isinstance(contributions[c].dtype,
                                                              pd.CategoricalDtype)
               else sorted(contributions[c].dropna().unique())) for c in cell]
    if len(cell) == 1:
        return pd.Index(levels[0], name=cell[0])
    return pd.MultiIndex.from_product(levels, names=cell)


def _label(value: Any) -> Any:
    """A cell's row or column label as plain JSON (months, dates, tuples become text)."""
    if isinstance(value, np.generic):
        value = value.item()
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def _labels(cell: list[str], key: Any) -> dict[str, Any]:
    return {c: _label(v) for c, v in zip(cell, key if isinstance(key, tuple) else (key,))}


def _withheld_cells(cell: list[str], why: pd.Series, withheld: pd.Series) -> list[dict]:
    """One entry per withheld cell with its reason: the cells withheld for themselves first,
    then those hidden to protect them."""
    first = why[withheld & ~why.str.startswith("secondary")]
    second = why[withheld & why.str.startswith("secondary")]
    return [{**_labels(cell, key), "why": w} for key, w in pd.concat([first, second]).items()]


def _tally(why: pd.Series) -> str:
    return "; ".join(f"{n} {w}" for w, n in why.value_counts().items())


def read_record(path: str | Path) -> tuple[int, list[str]]:
    """From a written record (outputs.json): how many outputs, and the names of those withheld."""
    outputs = json.loads(Path(path).read_text(encoding="utf-8"))["outputs"]
    return len(outputs), [o["name"] for o in outputs if o["status"] == "fail"]


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
