"""Approval runs the checks again on the extract as it is, and compares with the request.

A request's check results are signed by its requester, which proves who made the request but
not that the workbench computed them: a requester could edit their own request.json (a failed
check made a pass) and sign it again with their own key. So before an approval is signed the
checks run again on the extract (whose content hash the request carries) and every result must
be the one the request shows; the consent filter must find no one to leave out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from deidentify.engine import Deidentifier
from ethics.checks.consent import apply_consent
from ethics.request import ExportSpec, run_checks
from workbench.tables import read_table
from workbench.zones import DataDir


def recheck(data: DataDir, folder: Path, record: dict[str, Any],
            engine: Deidentifier | None = None) -> list[str]:
    """How the checks on the extract now differ from the request's (empty when they agree)."""
    frames = {p.stem: pd.read_parquet(p) for p in sorted((folder / "extract").glob("*.parquet"))}
    kept, _ = apply_consent(frames, read_table(data, "consents", zone="deidentified"))
    problems = [f"{table}: {len(frames[table]) - len(kept[table])} rows of people without "
                "research consent are in the extract" for table in frames
                if len(kept[table]) != len(frames[table])]
    claimed = {c["check"]: c["status"] for c in record["checks"]}
    for result in run_checks(frames, ExportSpec(**record["spec"]), data, engine or Deidentifier()):
        if claimed.get(result.check) != result.status.value:
            problems.append(f"{result.check}: the request shows "
                            f"{claimed.get(result.check, 'no result')}, the extract gives "
                            f"{result.status.value} ({result.reason})")
    return problems
