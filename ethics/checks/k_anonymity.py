"""k-anonymity on declared quasi-identifiers: every combination must be shared by k rows."""

from __future__ import annotations

import pandas as pd

from ethics.checks.result import CheckResult, Status
from workbench.errors import InputError

DEFAULT_K = 5


def check_k_anonymity(frame: pd.DataFrame, quasi_identifiers: list[str], k: int = DEFAULT_K,
                      show: int = 10) -> CheckResult:
    """"Review" when any combination of quasi-identifier values occurs in fewer than k rows:
    a reviewer may accept it with a recorded justification.

    Details list the smallest groups; the reason suggests the quasi-identifier whose removal
    or coarsening would help most (the one with the most distinct values among small groups).
    """
    missing = [c for c in quasi_identifiers if c not in frame.columns]
    if missing:
        raise InputError(f"k-anonymity: no column(s) {', '.join(missing)} in the extract")
    thresholds = {"k": k, "quasi_identifiers": list(quasi_identifiers)}
    if not quasi_identifiers or frame.empty:
        return CheckResult("k_anonymity", Status.PASS, "no quasi-identifiers or no rows", thresholds)
    sizes = frame.groupby(quasi_identifiers, dropna=False).size().rename("rows").reset_index()
    small = sizes[sizes.rows < k].sort_values("rows")
    if small.empty:
        return CheckResult("k_anonymity", Status.PASS,
                           f"every combination of {len(quasi_identifiers)} quasi-identifiers "
                           f"covers at least {k} rows (smallest: {int(sizes.rows.min())})",
                           thresholds)
    spread = {c: small[c].nunique() for c in quasi_identifiers}
    worst = max(spread, key=spread.get)
    rows_at_risk = int(small.rows.sum())
    return CheckResult(
        "k_anonymity", Status.REVIEW,
        f"{len(small)} combinations cover fewer than {k} rows ({rows_at_risk} rows at risk); "
        f"generalise or drop '{worst}' first (it varies most among the small groups)",
        thresholds, small.head(show).reset_index(drop=True))
