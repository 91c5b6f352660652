"""A reviewer's decision on an export request.

The reviewer must not be the requester. Approval needs a complete checklist and every check
passed; a "review" result may be accepted with a recorded justification, a failure never
(and a residual identifier is a failure). The decision is bound to the extract's content hash
and signed with the project's audit key: any later change to the extract voids it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from ethics.audit_log import AuditLog
from ethics.checklist import answer_problems, load_checklist
from ethics.request import content_hash, load_request
from workbench.errors import InputError, WorkbenchError
from workbench.integrity import sign
from workbench.zones import open_data_dir


class ReviewError(WorkbenchError):
    """The decision cannot be recorded as asked."""


def review(request_id: str, data_dir: str, reviewer: str, approve: bool, comment: str = "",
           exceptions: dict[str, str] | None = None) -> dict[str, Any]:
    data = open_data_dir(data_dir)
    folder, record = load_request(data, request_id)
    exceptions = exceptions or {}
    if not reviewer.strip():
        raise InputError("--reviewer must name a person")
    if reviewer.strip().casefold() == record["requester"].casefold():
        raise ReviewError(f"{reviewer} made request {request_id} and cannot review it; "
                          "another reviewer must decide")
    if (folder / "decision.json").exists():
        raise ReviewError(f"request {request_id} already has a decision")
    current = content_hash(folder / "extract")
    if current != record["content_hash"]:
        raise ReviewError(f"the extract of {request_id} changed after the request was made; "
                          "make a new request")
    if approve:
        _, items = load_checklist()
        problems = answer_problems(items, record["spec"].get("answers", {}))
        if problems:
            raise ReviewError(f"cannot approve: checklist incomplete: {problems[0]}")
        for check in record["checks"]:
            status, name = check["status"], check["check"]
            if status == "fail":
                raise ReviewError(f"cannot approve: check {name} failed ({check['reason']})")
            if status == "review" and not exceptions.get(name, "").strip():
                raise ReviewError(f"cannot approve: check {name} needs review; record a "
                                  f"justified exception with --exception '{name}=why'")
        unknown = set(exceptions) - {c["check"] for c in record["checks"] if c["status"] == "review"}
        if unknown:
            raise ReviewError(f"exceptions may only be recorded for checks that need review, not "
                              f"{', '.join(sorted(unknown))}")
    log = AuditLog.for_data_dir(data)
    decision = {
        "request_id": request_id, "reviewer": reviewer.strip(),
        "decision": "approved" if approve else "rejected", "comment": comment,
        "exceptions": exceptions if approve else {}, "content_hash": current,
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    decision["signature"] = sign(log.key, decision)
    log.append("decision", {k: decision[k] for k in ("request_id", "decision", "content_hash")},
               actor=reviewer.strip())
    (folder / "decision.json").write_text(json.dumps(decision, indent=2) + "\n")
    return decision
