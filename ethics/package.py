"""Export packages, and their verification by the researcher (and by the project).

A package holds the extract's Parquet files, manifest.json (every file with its SHA-256, row
count and columns; the de-identification settings; checklist answers; check results; the
signed approval; a signed checkpoint of the audit log) and CONDITIONS_OF_USE.md.
Export refuses, and writes nothing, unless the request is approved, the approval's signature
holds, the extract still has the approved content hash and the audit log verifies.
"""

from __future__ import annotations

import hmac
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq

from ethics.audit_log import AuditError, AuditLog
from ethics.request import content_hash, load_request
from workbench.atomic import new_folder
from workbench.errors import InputError, WorkbenchError
from workbench.integrity import file_sha256, sign
from workbench.zones import DataDir, open_data_dir

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


def export_package(request_id: str, data_dir: str, out: str, force: bool = False) -> Path:
    """Write the package to the folder `out` (new or empty; with `force`, an earlier package
    there is replaced). Holds the data directory's writer lock; the package is built in a
    folder of its own beside `out` and renamed into place only when complete."""
    data = open_data_dir(data_dir)
    target = Path(out)
    _check_target(target, force)
    with data.writing():
        return _export_package(request_id, data, target, force)


def _export_package(request_id: str, data: DataDir, target: Path, force: bool) -> Path:
    folder, record = load_request(data, request_id)
    decision_path = folder / "decision.json"
    if not decision_path.exists():
        raise ExportError(f"request {request_id} has not been reviewed; nothing exported")
    decision = json.loads(decision_path.read_text())
    log = AuditLog.for_data_dir(data)
    log.verify()  # a broken log stops every export
    claimed = decision.pop("signature", "")
    if not hmac.compare_digest(claimed, sign(log.key, decision)):
        raise ExportError(f"the decision on {request_id} was altered (signature does not match)")
    if decision["decision"] != "approved":
        raise ExportError(f"request {request_id} was rejected; nothing exported")
    current = content_hash(folder / "extract")
    if current != decision["content_hash"] or current != record["content_hash"]:
        raise ExportError(f"the extract of {request_id} changed after approval; the approval "
                          "is void")
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
        (tmp / "CONDITIONS_OF_USE.md").write_text(CONDITIONS)
        log.append("export", {"request_id": request_id, "content_hash": current},
                   actor=decision["reviewer"])
        manifest = {
            "request_id": request_id, "files": files, "content_hash": current,
            "spec": record["spec"], "checks": record["checks"],
            "deidentification": record["deidentification"],
            "approval": {**decision, "signature": claimed},
            "audit_checkpoint": log.checkpoint().as_dict(),
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, default=str) + "\n")
    return target


def verify_package(package: str, data_dir: str | None = None) -> list[str]:
    """Everything wrong with a package (empty when it verifies). With the project's data
    directory, also the approval's signature and the audit checkpoint."""
    root = Path(package)
    try:
        manifest = json.loads((root / "manifest.json").read_text())
    except FileNotFoundError:
        return [f"{root}: no manifest.json; not an export package"]
    except json.JSONDecodeError:
        return [f"{root}/manifest.json: not valid JSON"]
    problems = []
    listed = set(manifest.get("files", {}))
    present = {str(p.relative_to(root)) for p in (root / "data").glob("*") if p.is_file()}
    problems += [f"{name}: listed in the manifest but missing" for name in sorted(listed - present)]
    problems += [f"{name}: in the package but not in the manifest" for name in sorted(present - listed)]
    for name in sorted(listed & present):
        info = manifest["files"][name]
        if file_sha256(root / name) != info["sha256"]:
            problems.append(f"{name}: content changed (SHA-256 does not match the manifest)")
            continue
        meta = pq.read_metadata(root / name)
        if meta.num_rows != info["rows"] or meta.schema.names != info["columns"]:
            problems.append(f"{name}: rows or columns differ from the manifest")
    if not problems and content_hash(root / "data") != manifest.get("content_hash"):
        problems.append("the files do not add up to the approved content hash")
    approval = dict(manifest.get("approval", {}))
    if approval.get("decision") != "approved":
        problems.append("the manifest carries no approval")
    if approval.get("content_hash") != manifest.get("content_hash"):
        problems.append("the approval is for different content than the manifest lists")
    if data_dir is not None and not problems:
        data = open_data_dir(data_dir)
        log = AuditLog.for_data_dir(data)
        claimed = approval.pop("signature", "")
        if not hmac.compare_digest(claimed, sign(log.key, approval)):
            problems.append("the approval's signature does not match this project's key")
        try:
            log.verify_checkpoint(manifest.get("audit_checkpoint", {}))
        except AuditError as exc:
            problems.append(f"audit log: {exc}")
    return problems
