"""Export requests: a spec in, a candidate extract from the de-identified zone, every check run.

A request is written to DATA_DIR/exports/requests/REQUEST_ID/ (extract/*.parquet,
request.json, review.html) all at once, or not at all: a malformed spec, an unknown table or
column, or a missing checklist answer stops it with one error and nothing written.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from deidentify.engine import Deidentifier
from deidentify.known_identifiers import build_known_identifiers
from ethics.approval import digest, seal
from ethics.audit_log import AuditLog
from ethics.checklist import answer_problems, load_checklist
from ethics.checks.consent import apply_consent
from ethics.checks.date_precision import PRECISIONS, check_date_precision, coarsen_dates
from ethics.checks.forbidden_columns import check_forbidden_columns
from ethics.checks.k_anonymity import DEFAULT_K, check_k_anonymity
from ethics.checks.residual_identifiers import check_residual_identifiers
from ethics.checks.result import CheckResult
from ethics.checks.under_18 import check_under_18
from ethics.people import acting
from workbench.errors import InputError
from workbench.integrity import file_sha256
from workbench.resources import read_yaml
from workbench.schema import TABLES
from workbench.tables import read_table
from workbench.zones import DataDir, open_data_dir

SPEC_KEYS = {"title", "purpose", "researcher", "tables", "quasi_identifiers", "k",
             "date_precision", "answers", "retention_until"}


@dataclass
class ExportSpec:
    title: str
    purpose: str
    researcher: dict[str, str]
    tables: dict[str, list[str]]
    quasi_identifiers: dict[str, list[str]] = field(default_factory=dict)
    k: int = DEFAULT_K
    date_precision: str = "month"
    answers: dict[str, Any] = field(default_factory=dict)
    # For the reviewer (the review page shows them; approval needs them): when the researcher
    # destroys the data, and why each column is needed ({table: {column: reason}}).
    retention_until: str = ""
    why: dict[str, dict[str, str]] = field(default_factory=dict)


def load_spec(path: str | Path) -> ExportSpec:
    raw = read_yaml(path, "export request spec")
    unknown = set(raw) - SPEC_KEYS
    if unknown:
        raise InputError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}; "
                         f"a spec has {', '.join(sorted(SPEC_KEYS))}")
    for key in ("title", "purpose", "researcher", "tables"):
        if not raw.get(key):
            raise InputError(f"{path}: '{key}' is missing")
    tables = raw["tables"]
    if not isinstance(tables, dict) or not all(
            isinstance(v, dict) and isinstance(v.get("columns"), list) for v in tables.values()):
        raise InputError(f"{path}: 'tables' maps each table to {{columns: [...]}}")
    precision = raw.get("date_precision", "month")
    if precision not in PRECISIONS:
        raise InputError(f"{path}: date_precision must be one of {', '.join(PRECISIONS)}")
    researcher = raw["researcher"]
    if not isinstance(researcher, dict) or not {"name", "organisation"} <= set(researcher):
        raise InputError(f"{path}: 'researcher' needs name and organisation (and contact)")
    return ExportSpec(
        title=str(raw["title"]), purpose=str(raw["purpose"]), researcher=researcher,
        tables={t: list(v["columns"]) for t, v in tables.items()},
        quasi_identifiers=raw.get("quasi_identifiers") or {}, k=int(raw.get("k", DEFAULT_K)),
        date_precision=precision, answers=raw.get("answers") or {},
        retention_until=str(raw.get("retention_until") or ""),
        why={t: {str(c): str(r) for c, r in (v.get("why") or {}).items()}
             for t, v in tables.items()})


def content_hash(folder: Path) -> str:
    """One hash over every extract file's name and content."""
    h = hashlib.sha256()
    for path in sorted(folder.glob("*.parquet")):
        h.update(f"{path.name}:{file_sha256(path)}\n".encode())
    return h.hexdigest()


def _candidate(spec: ExportSpec, data: DataDir) -> dict[str, pd.DataFrame]:
    extract = {}
    for table, columns in spec.tables.items():
        if table not in TABLES or TABLES[table].synthetic_only:
            raise InputError(f"unknown table {table!r} in the spec; tables: "
                             f"{', '.join(t for t in TABLES if not TABLES[t].synthetic_only)}")
        frame = read_table(data, table, zone="deidentified")
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise InputError(f"table {table!r} of the de-identified zone has no column(s) "
                             f"{', '.join(missing)}; it has {', '.join(frame.columns)}")
        extract[table] = frame[columns]
    for table, qis in spec.quasi_identifiers.items():
        if table not in spec.tables or any(c not in spec.tables[table] for c in qis):
            raise InputError(f"quasi_identifiers for {table!r} must be columns the spec requests")
    return extract


def run_checks(extract: dict[str, pd.DataFrame], spec: ExportSpec, data: DataDir,
               engine: Deidentifier) -> list[CheckResult]:
    results = [check_forbidden_columns(extract),
               check_residual_identifiers(extract, build_known_identifiers(data), engine),
               check_under_18(extract),
               check_date_precision(extract, spec.date_precision)]
    for table, qis in spec.quasi_identifiers.items():
        result = check_k_anonymity(extract[table], qis, spec.k)
        result.check = f"k_anonymity:{table}"
        results.append(result)
    return results


def request_export(spec_path: str | Path, data_dir: str | Path, key: str | Path,
                   engine: Deidentifier | None = None) -> dict[str, Any]:
    """Build and check a candidate extract; return the request record (also request.json),
    signed with the requester's private key file `key` (a requester in the roster)."""
    spec = load_spec(spec_path)
    data = open_data_dir(data_dir)
    person, signer = acting(data, key, "requester")
    log = AuditLog.for_data_dir(data)
    extract = _candidate(spec, data)
    version, items = load_checklist()
    problems = answer_problems(items, spec.answers)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise InputError(f"{spec_path}: checklist incomplete: {problems[0]}{more}")
    extract, consent = apply_consent(extract, read_table(data, "consents", zone="deidentified"))
    extract = coarsen_dates(extract, spec.date_precision)
    results = [consent, *run_checks(extract, spec, data, engine or Deidentifier())]

    request_id = f"REQ-{datetime.now(UTC):%Y%m%d}-{secrets.token_hex(3)}"
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
            "checks": [r.as_record() for r in results],
            "tables": {t: {"rows": len(f), "columns": list(f.columns)} for t, f in extract.items()},
            "content_hash": content_hash(tmp / "extract"),
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


def load_request(data: DataDir, request_id: str) -> tuple[Path, dict[str, Any]]:
    folder = data.exports / "requests" / request_id
    if not (folder / "request.json").is_file() or "/" in request_id:
        raise InputError(f"unknown request id {request_id!r} (see {data.exports / 'requests'})")
    return folder, json.loads((folder / "request.json").read_text())
