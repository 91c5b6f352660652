"""A reviewer's decision on an export request, signed with the reviewer's own key.

The reviewer is whoever holds a reviewer-role key of the roster, never the requester (another
key and another person). Approval needs the request's signature to hold, a complete checklist
and every check passed; a "review" result may be accepted with a recorded justification, a
failure never (and a residual identifier is a failure); before approving, the checks run
again on the extract and must give the results the request shows. The decision is signed
over the request's id and the digest of the signed request (so over the extract's content
hash too): any later change to the request, the extract or the decision voids it. The review
page is written again with the decision on it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ethics.approval import ApprovalError, check_request, check_separation, digest, seal
from ethics.audit_log import AuditLog
from ethics.checklist import answer_problems, load_checklist
from ethics.people import acting, load_roster
from ethics.request import content_hash, load_request
from ethics.review_facts import spec_gaps
from workbench.core.atomic import write_text
from workbench.core.errors import WorkbenchError
from workbench.core.zones import open_data_dir


class ReviewError(WorkbenchError):
    """The decision cannot be recorded as asked."""


MIN_WORDS = 5  # a justification says why, for this researcher and purpose: not "ok" or "x"
PLACEHOLDERS = {"why", "why this is acceptable here"}  # the review page's example command


def _check_justification(check: str, why: str) -> None:
    text = " ".join(why.split())
    if text.casefold() in PLACEHOLDERS or len(text.split()) < MIN_WORDS:
        raise ReviewError(f"cannot approve: the justification for {check} ({text!r}) does not "
                          f"say why the risk is acceptable; write at least {MIN_WORDS} words "
                          "on why, for this researcher and purpose, or reject the request")


def _approval_problems(record: dict[str, Any], exceptions: dict[str, str]) -> None:
    _, items = load_checklist()
    problems = answer_problems(items, record["spec"].get("answers", {}))
    if problems:
        raise ReviewError(f"cannot approve: checklist incomplete: {problems[0]}")
    gaps = spec_gaps(record["spec"])
    if gaps:
        raise ReviewError(f"cannot approve: {gaps[0]}; the requester makes a new request")
    for check in record["checks"]:
        status, name = check["status"], check["check"]
        if status == "fail":
            raise ReviewError(f"cannot approve: check {name} failed ({check['reason']})")
        if status == "review" and not exceptions.get(name, "").strip():
            raise ReviewError(f"cannot approve: check {name} needs review; record a "
                              f"justified exception with --exception '{name}=why'")
        if status == "review":
            _check_justification(name, exceptions[name])
    unknown = set(exceptions) - {c["check"] for c in record["checks"] if c["status"] == "review"}
    if unknown:
        raise ReviewError(f"exceptions may only be recorded for checks that need review, not "
                          f"{', '.join(sorted(unknown))}")


def review(request_id: str, data_dir: str | Path, key: str | Path, approve: bool,
           comment: str = "", exceptions: dict[str, str] | None = None) -> dict[str, Any]:
    """Record and sign a decision with the reviewer's private key file `key`."""
    data = open_data_dir(data_dir)
    folder, record = load_request(data, request_id)
    exceptions = exceptions or {}
    reviewer, signer = acting(data, key, "reviewer")
    roster = load_roster(data)
    try:
        requester = check_request(record, roster)
        check_separation(requester, reviewer, request_id, roster)
    except ApprovalError as exc:
        raise ReviewError(str(exc)) from None
    if (folder / "decision.json").exists():
        raise ReviewError(f"request {request_id} already has a decision "
                          f"({folder / 'decision.json'})")
    current = content_hash(folder / "extract")
    if current != record["content_hash"]:
        raise ReviewError(f"the extract of {request_id} changed after the request was made; "
                          "make a new request")
    if approve:
        _approval_problems(record, exceptions)
        from ethics.recheck import recheck

        differences = recheck(data, folder, record)
        if differences:
            raise ReviewError(f"cannot approve: the checks run again on the extract do not give "
                              f"the results the request shows ({'; '.join(differences)}); make "
                              "a new request")
    log = AuditLog.for_data_dir(data, roster)
    decision = seal({
        "request_id": request_id, "request_digest": digest(record),
        "reviewer": reviewer.name, "reviewer_key": signer.fingerprint,
        "decision": "approved" if approve else "rejected", "comment": comment,
        "exceptions": exceptions if approve else {}, "content_hash": current,
        "time": datetime.now(UTC).isoformat(timespec="seconds"), "log_head": log.head(),
    }, "decision", signer)
    log.append("decision", {k: decision[k] for k in ("request_id", "decision", "content_hash",
                                                      "request_digest")},
               actor=reviewer.name, signer=signer)
    write_text(folder / "decision.json", json.dumps(decision, indent=2) + "\n")
    from ethics.review_page import rewrite_review_page

    rewrite_review_page(data, folder, record, decision)
    return decision
