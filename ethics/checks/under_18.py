"""No record of a person under 18 may be exported."""

from __future__ import annotations

import re

import pandas as pd

from ethics.checks.result import CheckResult, Status


def _lower_bound(band: str) -> int | None:
    m = re.match(r"\s*(\d+)", str(band))
    return int(m.group(1)) if m else None


def check_under_18(extract: dict[str, pd.DataFrame]) -> CheckResult:
    found, checked = [], 0
    for table, frame in extract.items():
        for col in ("age_band", "age"):
            if col in frame:
                checked += 1
                lower = frame[col].map(lambda v: _lower_bound(v) if pd.notna(v) else None)
                for row in lower[lower.notna() & (lower < 18)].index:
                    found.append({"table": table, "column": col, "row": row})
    if found:
        return CheckResult("under_18", Status.FAIL, f"{len(found)} records of people under 18",
                           {"minimum_age": 18}, pd.DataFrame(found))
    reason = "no record under 18" if checked else "no age column in the extract"
    return CheckResult("under_18", Status.PASS, reason, {"minimum_age": 18})
