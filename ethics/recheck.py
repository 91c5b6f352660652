"""Approval builds the extract again from the zone, and compares with the request.

A request's check results are signed by its requester, which proves who made the request but
not that the workbench computed them: a requester could edit their own request.json (a failed
check made a pass, a looser spec) and sign it again with their own key. So before an approval
is signed the extract is rebuilt from the de-identified zone with the request's own spec and id
(the same per-request pseudonyms) under the project's policy: its content hash must be the one
the request carries, every check's result the one the request shows, and the people in it
those its `people.json` lists (which export checks consent against: a requester who emptied
that list and signed again would otherwise switch the check off).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ethics.policy import load_policy
from ethics.request import POLICY_FILE, content_hash
from ethics.spec import TIGHTENABLE, ExportSpec
from workbench.core.zones import DataDir

if TYPE_CHECKING:
    from deidentify import Deidentifier


def recheck(data: DataDir, folder: Path, record: dict[str, Any],
            engine: Deidentifier | None = None) -> list[str]:
    """How the extract and checks rebuilt now differ from the request's (empty if they agree)."""
    from deidentify import Deidentifier
    from ethics.extract import build_extract
    from ethics.people_in_extract import people_sha256

    spec = ExportSpec(**record["spec"])
    policy = load_policy(data.root / POLICY_FILE).tighten(
        {k: record["spec"][k] for k in TIGHTENABLE if k in record["spec"]},
        f"request {record['request_id']}")
    extract, results, _, people = build_extract(spec, policy, data, engine or Deidentifier(),
                                        record["request_id"])
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for table, frame in extract.items():
            frame.to_parquet(Path(tmp) / f"{table}.parquet", index=False)
        rebuilt = content_hash(Path(tmp))
    if rebuilt != record["content_hash"] or rebuilt != content_hash(folder / "extract"):
        problems.append("the extract rebuilt from the de-identified zone with this request's "
                        "spec differs from the one requested (rows, columns or values)")
    if people_sha256(people) != record.get("people_sha256"):
        problems.append("the people in the extract rebuilt from the de-identified zone are not "
                        "those the request lists (people.json)")
    claimed = {c["check"]: c["status"] for c in record["checks"]}
    for result in results:
        if claimed.get(result.check) != result.status.value:
            problems.append(f"{result.check}: the request shows "
                            f"{claimed.get(result.check, 'no result')}, the extract gives "
                            f"{result.status.value} ({result.reason})")
    return problems
