"""Export packages, and their verification by the researcher (and by the project).

A package holds the extract's Parquet files, manifest.json and CONDITIONS_OF_USE.md. The
manifest lists every file with its SHA-256, row count and columns, and carries everything
needed to check who asked and who approved without any secret: the signed request (spec,
answers, checks, content hash), the signed decision, the export record signed by whoever made
the package (over the file list and the audit log's head at that moment), and the project's
roster (people, roles, public keys, each entry signed by a lead, rooted in the first lead's
key). Export refuses, and writes nothing, unless the request is approved, every signature
holds, the extract still has the approved content hash and the audit log verifies; it never
writes inside a git work tree.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ethics.approval import ApprovalError, check_decision, digest, seal, signed_by
from ethics.audit_log import AuditError, AuditLog
from ethics.people import Person, RosterError, acting, load_roster, replay
from ethics.people_in_extract import (ConsentChanged, check_consents_current,
                                      no_longer_consenting)
from ethics.request import content_hash, load_request, read_record
from workbench.core.atomic import new_folder
from workbench.core.errors import InputError, WorkbenchError
from workbench.core.integrity import canonical_json, file_sha256
from workbench.core.zones import DataDir, open_data_dir

CONDITIONS = """# Conditions of use

This package holds de-identified records from a sex work support project, released for the
research named in manifest.json ("spec") and for nothing else. By using it you agree to:

1. Make no attempt to identify any person, or to link these records with any other data
   about the people in them.
2. Keep the files in the access-controlled place agreed with the project, share them with
   no one outside the named research team, and move them only by the agreed secure means.
3. Submit every table, figure and model for output checking before publishing or sharing it
   (no cell under 10, no zeros that reveal a group, no dominated cells, enough residual
   degrees of freedom).
4. Tell the project at once if you find anything that could identify someone, and stop using
   the data until the project answers.
5. Destroy all copies by the agreed date and confirm it to the project in writing.
6. Feed your findings back to the project and, through it, to the people who took part.

Verify the package before use: `workbench verify PACKAGE`.
"""


class ExportError(WorkbenchError):
    """An export was refused."""


def _git_tree(path: Path) -> Path | None:
    for parent in (path, *path.parents):
        if (parent / ".git").exists():
            return parent
    return None


def _check_target(target: Path, force: bool) -> bool:
    """May the package go to `target`? True if an earlier package there is to be replaced."""
    if target.parent.exists() and not target.parent.is_dir():
        raise InputError(f"{target.parent}: is a file, not a folder; choose another place")
    if not target.exists() and not target.is_symlink():
        return False
    if not target.is_dir() or target.is_symlink():
        raise InputError(f"{target}: exists and is not a folder; give a new folder for the package")
    if not any(target.iterdir()):
        return False
    if not force:
        raise InputError(f"{target}: exists and is not empty; choose a new folder (or --force to "
                         "replace an earlier export package there)")
    if not ((target / "manifest.json").is_file() and (target / "CONDITIONS_OF_USE.md").is_file()):
        raise InputError(f"{target}: is not an export package; --force replaces only a package "
                         "the workbench wrote, never other files")
    return True


def export_package(request_id: str, data_dir: str | Path, out: str | Path,
                   key: str | Path, force: bool = False) -> Path:
    """Write the package of an approved request, signed by the roster person holding `key`,
    to the folder `out` (new or empty; with `force`, an earlier package there is replaced).
    Holds the data directory's writer lock; the package is built in a folder of its own beside
    `out` and renamed into place only when complete."""
    data = open_data_dir(data_dir)
    target = Path(out).expanduser().resolve()
    repo = _git_tree(target)
    if repo is not None:
        raise ExportError(f"{target} is inside the git work tree {repo}; write packages "
                          "outside any repository")
    _check_target(target, force)
    with data.writing():
        return _export_package(request_id, data, target, key, force)


def _export_package(request_id: str, data: DataDir, target: Path, key: str | Path,
                    force: bool) -> Path:
    folder, record = load_request(data, request_id)
    decision_path = folder / "decision.json"
    if not decision_path.exists():
        raise ExportError(f"request {request_id} has not been reviewed; nothing exported")
    exporter, signer = acting(data, key, None)
    roster = load_roster(data)
    log = AuditLog.for_data_dir(data, roster)  # a broken or cut log stops every export
    decision = read_record(decision_path)
    try:
        check_decision(decision, record, roster)
    except ApprovalError as exc:
        raise ExportError(f"{exc}; nothing exported") from None
    if decision["decision"] != "approved":
        raise ExportError(f"request {request_id} was rejected; nothing exported")
    current = content_hash(folder / "extract")
    if current != decision["content_hash"] or current != record["content_hash"]:
        raise ExportError(f"the extract of {request_id} changed after approval; the approval "
                          "is void")
    try:
        check_consents_current(data)
        gone = no_longer_consenting(data, folder, record)
    except ConsentChanged as exc:
        raise ExportError(str(exc)) from None
    if gone:
        log.append("export_refused", {"request_id": request_id, "people_without_consent": gone},
                   actor=exporter.name, signer=signer)
        raise ExportError(f"{gone} {'person' if gone == 1 else 'people'} in the extract of "
                          f"{request_id} no longer {'has' if gone == 1 else 'have'} research "
                          "consent (withdrawn or refused since the request was made): the "
                          "approval is void and nothing was exported; make a new request, "
                          "which leaves them out")
    replace = _check_target(target, force)
    target.parent.mkdir(parents=True, exist_ok=True)
    with new_folder(target, replace) as tmp:
        (tmp / "data").mkdir()
        files = {}
        for src in sorted((folder / "extract").glob("*.parquet")):
            shutil.copy2(src, tmp / "data" / src.name)
            meta = pq.read_metadata(src)
            files[f"data/{src.name}"] = {"sha256": file_sha256(src), "rows": meta.num_rows,
                                         "columns": meta.schema.names}
        (tmp / "CONDITIONS_OF_USE.md").write_text(CONDITIONS, encoding="utf-8")
        head = log.head()
        log.append("export", {"request_id": request_id, "content_hash": current,
                              "decision_digest": digest(decision)},
                   actor=exporter.name, signer=signer)
        export = seal({
            "request_id": request_id, "request_digest": digest(record),
            "decision_digest": digest(decision), "content_hash": current, "files": files,
            "exporter": exporter.name, "exporter_key": signer.fingerprint,
            "time": datetime.now(UTC).isoformat(timespec="seconds"), "log_head": head,
        }, "export", signer)
        # Kept in the project too: `audit verify` then notices a log cut after this export.
        (folder / f"export-{export['log_head']['entries']}.json").write_text(
            json.dumps(export, indent=2) + "\n")
        manifest = {
            "request_id": request_id, "files": files, "content_hash": current,
            "spec": record["spec"], "checks": record["checks"],
            "deidentification": record["deidentification"],
            "request": record, "approval": decision, "export": export,
            "roster": roster.entries, "lead_key": roster.lead_fingerprint,
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, default=str) + "\n")
    return target


@dataclass
class Verification:
    """What `verify` found: problems (none means it verifies) and who vouched."""

    problems: list[str] = field(default_factory=list)
    lead_key: str | None = None
    requester: Person | None = None
    reviewer: Person | None = None
    exporter: Person | None = None


def _file_problems(root: Path, manifest: dict[str, Any]) -> list[str]:
    problems = []
    listed = set(manifest.get("files", {}))
    # Every file in the package, at any depth, is either listed (and hashed) or is one of the
    # two the workbench writes itself: nothing rides along unverified.
    present = {p.relative_to(root).as_posix() for p in root.rglob("*")
               if not p.is_dir()} - {"manifest.json", "CONDITIONS_OF_USE.md"}
    conditions = root / "CONDITIONS_OF_USE.md"
    if not conditions.is_file():
        problems.append("CONDITIONS_OF_USE.md: missing")
    elif conditions.read_bytes() != CONDITIONS.encode("utf-8"):
        problems.append("CONDITIONS_OF_USE.md: changed (not the conditions the workbench "
                        "writes; read the data-sharing agreement's own terms)")
    problems += [f"{name}: listed in the manifest but missing" for name in sorted(listed - present)]
    problems += [f"{name}: in the package but not in the manifest"
                 for name in sorted(present - listed)]
    for name in sorted(listed & present):
        info = manifest["files"][name]
        if file_sha256(root / name) != info["sha256"]:
            problems.append(f"{name}: content changed (SHA-256 does not match the manifest)")
            continue
        meta = pq.read_metadata(root / name)
        if meta.num_rows != info["rows"] or meta.schema.names != info["columns"]:
            problems.append(f"{name}: rows or columns differ from the manifest")
    if not problems and content_hash(root / "data") != manifest.get("content_hash"):
        problems.append("the files do not add up to the manifest's content hash")
    return problems


def _same(a: Any, b: Any) -> bool:
    """Equal as signed (JSON's NaN, in check details, is never == itself)."""
    return canonical_json({"v": a}) == canonical_json({"v": b})


def _approval_problems(manifest: dict[str, Any], result: Verification,
                       trust: str | None) -> list[str]:
    try:
        roster = replay(list(manifest.get("roster") or []), "the package's roster")
    except RosterError as exc:
        return [str(exc)]
    result.lead_key = roster.lead_fingerprint
    problems = []
    if trust is not None and trust.strip() != roster.lead_fingerprint:
        problems.append(f"the package's roster is rooted in lead key {roster.lead_fingerprint}, "
                        f"not the trusted {trust.strip()}: the approvals are not the project's")
    request, decision, export = (dict(manifest.get(k) or {}) for k in
                                 ("request", "approval", "export"))
    try:
        result.requester, result.reviewer = check_decision(decision, request, roster)
        result.exporter = signed_by(export, "export", roster, None, "the export record")
    except ApprovalError as exc:
        return [*problems, str(exc)]
    if decision.get("decision") != "approved":
        problems.append("the manifest carries no approval")
    hashes = {manifest.get("content_hash"), request.get("content_hash"),
              decision.get("content_hash"), export.get("content_hash")}
    if len(hashes) != 1:
        problems.append("the content hash differs between the files, the signed request, the "
                        "approval and the export record")
    if not _same(export.get("files"), manifest.get("files")):
        problems.append("the file list differs from the one signed at export")
    if (export.get("request_digest") != digest(request)
            or export.get("decision_digest") != digest(decision)
            or export.get("request_id") != request.get("request_id")):
        problems.append("the export record is for another request or decision")
    for key in ("spec", "checks", "deidentification"):
        if not _same(manifest.get(key), request.get(key)):
            problems.append(f"the manifest's {key} differs from the signed request's")
    return problems


def check_package(package: str | Path, data_dir: str | Path | None = None,
                  trust: str | None = None) -> Verification:
    """Check a package without any secret: files, signatures and who signed them. With
    `trust`, the roster must be rooted in that lead key. With the project's data directory,
    also that its lead key roots the package and its audit log still holds the export."""
    root = Path(package)
    result = Verification()
    try:
        manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        result.problems.append(f"{root}: no manifest.json; not an export package")
        return result
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        manifest = None
    if not isinstance(manifest, dict):
        result.problems.append(f"{root}/manifest.json: not valid JSON (corrupt or edited)")
        return result
    result.problems += _file_problems(root, manifest)
    if data_dir is not None:
        data = open_data_dir(data_dir)
        trust = trust or load_roster(data).lead_fingerprint
    result.problems += _approval_problems(manifest, result, trust)
    if data_dir is not None and not result.problems:
        try:
            AuditLog.for_data_dir(data).verify_record(manifest["export"], "export",
                                                      "the package")
        except AuditError as exc:
            result.problems.append(f"audit log: {exc}")
    return result


def verify_package(package: str | Path, data_dir: str | Path | None = None,
                   trust: str | None = None) -> list[str]:
    """Everything wrong with a package (empty when it verifies)."""
    return check_package(package, data_dir, trust).problems
