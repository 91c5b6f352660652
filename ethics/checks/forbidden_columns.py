"""No direct-identifier column may leave the project (pseudonymised keys and de-identified
free text excepted)."""

from __future__ import annotations

import pandas as pd

from ethics.checks.result import CheckResult, Status
from workbench.core.schema import TABLES, Role

# Columns that exist only in the identifiable zone: their presence means the wrong zone.
IDENTIFIABLE_ONLY = frozenset(c.name for t in TABLES.values() for c in t.columns
                              if c.role is Role.DIRECT and not c.name.endswith("_id")
                              and c.dtype != "text")


def check_forbidden_columns(extract: dict[str, pd.DataFrame]) -> CheckResult:
    found = [{"table": t, "column": c} for t, frame in extract.items() for c in frame.columns
             if c in IDENTIFIABLE_ONLY]
    thresholds = {"forbidden": sorted(IDENTIFIABLE_ONLY)}
    if not found:
        return CheckResult("forbidden_columns", Status.PASS, "no direct-identifier column",
                           thresholds)
    return CheckResult("forbidden_columns", Status.FAIL,
                       f"{len(found)} direct-identifier columns: "
                       + ", ".join(f"{f['table']}.{f['column']}" for f in found),
                       thresholds, pd.DataFrame(found))
