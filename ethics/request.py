"""Export requests: a spec in, a candidate extract from the de-identified zone, every check run.

A request is written to DATA_DIR/exports/requests/REQUEST_ID/ (extract/*.parquet,
request.json, review.html) all at once, or not at all: a malformed spec, an unknown table or
column, or a missing checklist answer stops it with one error and nothing written.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from ethics.approval import digest, seal
from ethics.audit_log import AuditLog
from ethics.checklist import answer_problems, load_checklist
from ethics.people import acting
from ethics.policy import load_policy
from ethics.spec import ExportSpec, load_spec  # noqa: F401 - ExportSpec re-exported
from workbench.core.errors import InputError
from workbench.core.integrity import file_sha256
from workbench.core.zones import DataDir, open_data_dir

if TYPE_CHECKING:  # Presidio and spaCy load only when checks run: `workbench verify` needs
    # this module (content_hash, load_request) and should start in well under a second.
    from deidentify import Deidentifier

POLICY_FILE = "policy.yaml"  # the project's own policy, DATA_DIR/policy.yaml, if any
# What request_export makes (REQ-, the date, 6 hex digits); an id is checked against this
# before it becomes part of a path, so "../keys" or a 300-character id never reaches the disk.
REQUEST_ID = re.compile(r"REQ-[0-9]{8}-[0-9a-f]{6}")


def content_hash(folder: Path) -> str:
    """One hash over every extract file's name and content."""
    h = hashlib.sha256()
    for path in sorted(folder.glob("*.parquet")):
        h.update(f"{path.name}:{file_sha256(path)}\n".encode())
    return h.hexdigest()


def request_export(spec_path: str | Path, data_dir: str | Path, key: str | Path,
                   engine: Deidentifier | None = None) -> dict[str, Any]:
    """Build and check a candidate extract; return the request record (also request.json),
    signed with the requester's private key file `key` (a requester in the roster)."""
    from deidentify import Deidentifier
    from ethics.extract import build_extract, candidate
    from ethics.people_in_extract import check_consents_current, write_people

    data = open_data_dir(data_dir)
    spec, policy = load_spec(spec_path, load_policy(data.root / POLICY_FILE))
    person, signer = acting(data, key, "requester")
    check_consents_current(data)  # never a request built on consents a withdrawal has overtaken
    log = AuditLog.for_data_dir(data)
    frames = candidate(spec, data)  # unknown tables and columns are named before the checklist
    version, items = load_checklist()
    problems = answer_problems(items, spec.answers)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InputError(f"{spec_path}: checklist incomplete: {problems[0]}{more}")
    request_id = f"REQ-{datetime.now(UTC):%Y%m%d}-{secrets.token_hex(3)}"
    extract, results, pseudonyms, people = build_extract(
        spec, policy, data, engine or Deidentifier(), request_id, frames)
    final = data.exports / "requests" / request_id
    tmp = final.with_name(final.name + ".partial")
    (tmp / "extract").mkdir(parents=True)
    try:
        for table, frame in extract.items():
            frame.to_parquet(tmp / "extract" / f"{table}.parquet", index=False)
        record = {
            "request_id": request_id,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "requester": person.name,
            "spec": {k: v for k, v in spec.__dict__.items()},
            "checklist_version": version,
            "policy": policy.record(),
            "pseudonyms": pseudonyms.record(),
            "checks": [r.as_record() for r in results],
            "tables": {t: {"rows": len(f), "columns": list(f.columns)} for t, f in extract.items()},
            "content_hash": content_hash(tmp / "extract"),
            "people_sha256": write_people(tmp, people),
            "deidentification": json.loads((data.deidentified / "manifest.json").read_text()
                                           )["configuration"],
        }
        # Signed over the whole record: editing any part of request.json voids it.
        record = json.loads(json.dumps(record, default=str))
        record |= {"requester_key": signer.fingerprint, "log_head": log.head()}
        record = seal(record, "request", signer)
        (tmp / "request.json").write_text(json.dumps(record, indent=2, default=str) + "\n")
        from ethics.review_page import earlier_exports, render_review_page

        (tmp / "review.html").write_text(render_review_page(
            record, extract, items, history=earlier_exports(data, record), data_root=data.root),
            encoding="utf-8")
        log.append(
            "request", {"request_id": request_id, "content_hash": record["content_hash"],
                        "request_digest": digest(record),
                        "checks": {r.check: r.status.value for r in results}},
            actor=person.name, signer=signer)
        tmp.rename(final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return record


def request_folder(data: DataDir, request_id: str, what: str = "unknown request id") -> Path:
    """The folder of an existing request; raises if the id has the wrong shape or is unknown."""
    shown = request_id if len(request_id) <= 40 else request_id[:40] + "..."
    if not REQUEST_ID.fullmatch(request_id):
        raise InputError(f"{what} {shown!r}: a request id is REQ-YYYYMMDD-hex, e.g. "
                         f"REQ-20250131-a1b2c3 (see {data.exports / 'requests'})")
    folder = data.exports / "requests" / request_id
    if not (folder / "request.json").is_file():
        raise InputError(f"{what} {shown!r} (see {data.exports / 'requests'})")
    return folder


def read_record(path: Path) -> dict[str, Any]:
    """A signed JSON record (request.json, decision.json); one error naming the file if it is
    unreadable, not JSON or not an object."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        record = None
    if not isinstance(record, dict):
        raise InputError(f"{path}: not a valid record (corrupt or edited JSON); restore it "
                         "from backup")
    return record


def load_request(data: DataDir, request_id: str) -> tuple[Path, dict[str, Any]]:
    folder = request_folder(data, request_id)
    return folder, read_record(folder / "request.json")
