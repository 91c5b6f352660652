"""A tamper-evident audit log: JSON lines in the data directory, chained and keyed.

Each entry holds the SHA-256 of the previous entry's line and an HMAC (with the project's
audit key, kept in DATA_DIR/keys/) over its own content. Editing, reordering or deleting an
entry breaks the chain or an HMAC, and `verify` says which line. Cutting off the tail of the
log leaves a valid shorter chain, so a signed checkpoint (the number of entries and the hash
of the last one) is handed out with every export: a log shorter than a checkpoint, or one
whose entry at that position differs, is detected by `verify_checkpoint`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from workbench.atomic import data_lock
from workbench.errors import WorkbenchError
from workbench.integrity import sign
from workbench.zones import DataDir

GENESIS = "0" * 64
LOG_NAME = "audit_log.jsonl"


class AuditError(WorkbenchError):
    """The audit log or a checkpoint does not verify."""


def _line_hash(line: str) -> str:
    return hashlib.sha256(line.encode()).hexdigest()


@dataclass(frozen=True)
class Checkpoint:
    entries: int
    last_hash: str
    mac: str

    def as_dict(self) -> dict[str, Any]:
        return {"entries": self.entries, "last_hash": self.last_hash, "mac": self.mac}


class AuditLog:
    def __init__(self, path: Path, key: bytes):
        self.path, self.key = path, key

    @classmethod
    def for_data_dir(cls, data: DataDir) -> AuditLog:
        from deidentify.keys import project_key

        return cls(data.root / LOG_NAME, project_key(data, "audit"))

    def _lines(self) -> list[str]:
        if not self.path.exists():
            return []
        return self.path.read_text(encoding="utf-8").splitlines()

    def append(self, event: str, details: dict[str, Any], actor: str) -> dict[str, Any]:
        """Add an entry (verifying the log first: never extend a broken chain). Appends take
        turns on the data directory's lock, so two never get the same sequence number."""
        with data_lock(self.path.parent):
            return self._append(event, details, actor)

    def _append(self, event: str, details: dict[str, Any], actor: str) -> dict[str, Any]:
        lines = self.verify()
        entry = {
            "seq": len(lines) + 1,
            "time": datetime.now(UTC).isoformat(timespec="seconds"),
            "event": event,
            "actor": actor,
            "details": details,
            "prev": _line_hash(lines[-1]) if lines else GENESIS,
        }
        entry["mac"] = sign(self.key, entry)
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry, sort_keys=True, ensure_ascii=False) + "\n")
        return entry

    def entries(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.verify()]

    def verify(self) -> list[str]:
        """Check every entry; return the lines. Raises AuditError naming the first bad line."""
        lines = self._lines()
        prev = GENESIS
        for number, line in enumerate(lines, start=1):
            try:
                entry = json.loads(line)
                mac = entry.pop("mac")
            except (json.JSONDecodeError, KeyError, AttributeError):
                raise AuditError(f"{self.path}: line {number} is not an audit entry") from None
            if not hmac.compare_digest(mac, sign(self.key, entry)):
                raise AuditError(f"{self.path}: line {number} was changed (its signature does "
                                 "not match)")
            if entry.get("seq") != number:
                raise AuditError(f"{self.path}: line {number} is out of order (entry "
                                 f"{entry.get('seq')}); entries were reordered or deleted")
            if entry.get("prev") != prev:
                raise AuditError(f"{self.path}: line {number} does not follow line {number - 1}; "
                                 "an entry was deleted, inserted or reordered")
            prev = _line_hash(line)
        return lines

    def checkpoint(self) -> Checkpoint:
        lines = self.verify()
        last = _line_hash(lines[-1]) if lines else GENESIS
        return Checkpoint(len(lines), last, sign(self.key, {"entries": len(lines), "last_hash": last}))

    def verify_checkpoint(self, checkpoint: dict[str, Any]) -> None:
        """A checkpoint handed out earlier must be signed by this project and still be in the log."""
        try:
            entries, last, mac = (checkpoint["entries"], checkpoint["last_hash"],
                                  checkpoint["mac"])
        except (KeyError, TypeError):
            raise AuditError("the checkpoint is incomplete (entries, last_hash, mac)") from None
        expected = sign(self.key, {"entries": entries, "last_hash": last})
        if not hmac.compare_digest(mac, expected):
            raise AuditError("the checkpoint's signature does not match this project's audit key")
        lines = self.verify()
        if len(lines) < entries:
            raise AuditError(f"{self.path}: has {len(lines)} entries but a checkpoint vouches for "
                             f"{entries}; the end of the log was cut off")
        if entries and _line_hash(lines[entries - 1]) != last:
            raise AuditError(f"{self.path}: entry {entries} differs from the checkpoint")
