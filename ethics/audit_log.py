"""A tamper-evident audit log: JSON lines in the data directory, chained, keyed and signed.

Each entry holds the SHA-256 of the previous entry's line and an HMAC (with the project's
audit key, kept in DATA_DIR/keys/) over its own content. Editing, reordering or deleting an
entry breaks the chain or an HMAC, and `verify` says which line. In a project with a roster
every entry is also signed by the acting person's own key: since the entry holds the hash of
the one before, each signature vouches for the whole log up to it, and someone who can read
the audit key still cannot write entries in another person's name.

Cutting off the tail of the log, or deleting it, leaves a valid shorter chain. So every signed
request and decision records the log's head at that moment (`log_head`), and every package a
signed one: a log shorter than any head, or whose entry at that position differs, is detected
by the next command that opens the log and by `workbench audit verify`. A missing log or a
missing audit key in a project that has requests or a roster is tampering, never a fresh
start.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ethics.signing import Signer
from ethics.signing import verify as verify_signature
from workbench.core.atomic import data_lock
from workbench.core.errors import WorkbenchError
from workbench.core.integrity import sign
from workbench.core.zones import DataDir

if TYPE_CHECKING:
    from ethics.people import Roster

GENESIS = "0" * 64
LOG_NAME = "audit_log.jsonl"
KEY_NAME = "audit"
# Signed records kept in each request's folder (file name prefix) and the log event of each.
VOUCHERS = {"request": "request", "decision": "decision", "export": "export"}


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
    def __init__(self, path: Path, key: bytes, keys: dict[str, str] | None = None):
        """`keys` (key fingerprint -> public key): when given, every entry must be signed by
        one of them."""
        if path.exists() and not path.is_file():
            kind = "a folder" if path.is_dir() else "not a regular file"
            raise AuditError(f"{path} is {kind}, not the audit log; put the log back from "
                             "backup (and move that folder elsewhere)")
        self.path, self.key, self.keys = path, key, keys

    @classmethod
    def for_data_dir(cls, data: DataDir, roster: Roster | None = None) -> AuditLog:
        """The project's log, refusing a deleted log or key and a log cut below a head that a
        request or decision vouches for."""
        from workbench.core.keys import project_key
        from ethics.people import ROSTER_NAME, load_roster

        path, key_path = data.root / LOG_NAME, data.keys / f"{KEY_NAME}.key"
        requests = sorted((data.exports / "requests").glob("*/request.json"))
        has_roster = (data.root / ROSTER_NAME).exists()
        if not path.exists() and (requests or has_roster):
            raise AuditError(f"{path} is missing but the project has "
                             + (f"{len(requests)} export request(s)" if requests else "a roster")
                             + ": the log was deleted (tampering); restore it from backup")
        if path.exists() and not key_path.exists():
            raise AuditError(f"{key_path} is missing: the audit key was deleted; restore it "
                             "from backup (a new key would hide any change to the log)")
        if path.exists() and not has_roster:
            raise AuditError(f"{path} exists but the roster ({ROSTER_NAME}) is missing: it was "
                             "deleted; restore it from backup")
        roster = roster or (load_roster(data) if has_roster else None)
        log = cls(path, project_key(data, KEY_NAME), roster.ever if roster else None)
        log.verify_vouchers(data)
        return log

    @classmethod
    def fresh(cls, data: DataDir, roster: Roster) -> AuditLog:
        """A new project's log (its first entry is the roster's first lead)."""
        from workbench.core.keys import project_key

        path = data.root / LOG_NAME
        if path.exists():
            raise AuditError(f"{path}: already exists")
        return cls(path, project_key(data, KEY_NAME), roster.ever)

    def _lines(self) -> list[str]:
        if not self.path.exists():
            return []
        return self.path.read_text(encoding="utf-8").splitlines()

    def append(self, event: str, details: dict[str, Any], actor: str,
               signer: Signer | None = None) -> dict[str, Any]:
        """Add an entry (verifying the log first: never extend a broken chain), signed by the
        acting person's key. Appends take turns on the data directory's lock, so two never get
        the same sequence number."""
        if self.keys is not None and signer is None:
            raise AuditError(f"an audit entry for {event!r} must be signed by {actor}'s key")
        with data_lock(self.path.parent):
            return self._append(event, details, actor, signer)

    def _append(self, event: str, details: dict[str, Any], actor: str,
                signer: Signer | None) -> dict[str, Any]:
        lines = self.verify()
        entry = {
            "seq": len(lines) + 1,
            "time": datetime.now(UTC).isoformat(timespec="seconds"),
            "event": event,
            "actor": actor,
            "details": details,
            "prev": _line_hash(lines[-1]) if lines else GENESIS,
        }
        if signer is not None:
            entry["sig"] = signer.sign("audit", entry)
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
            if self.keys is not None:
                self._verify_signature(number, entry)
            if entry.get("seq") != number:
                raise AuditError(f"{self.path}: line {number} is out of order (entry "
                                 f"{entry.get('seq')}); entries were reordered or deleted")
            if entry.get("prev") != prev:
                raise AuditError(f"{self.path}: line {number} does not follow line {number - 1}; "
                                 "an entry was deleted, inserted or reordered")
            prev = _line_hash(line)
        return lines

    def _verify_signature(self, number: int, entry: dict[str, Any]) -> None:
        sig = entry.pop("sig", None)
        public = self.keys.get((sig or {}).get("key", "")) if self.keys else None
        if sig is None or public is None:
            raise AuditError(f"{self.path}: line {number} is not signed by a key in the roster")
        if not verify_signature(public, "audit", entry, sig):
            raise AuditError(f"{self.path}: line {number} was changed (its author's signature "
                             "does not match)")

    def head(self) -> dict[str, Any]:
        """The log's head now: how many entries, and the hash of the last one."""
        lines = self.verify()
        return {"entries": len(lines), "last_hash": _line_hash(lines[-1]) if lines else GENESIS}

    def verify_head(self, head: dict[str, Any], vouched_by: str,
                    lines: list[str] | None = None) -> None:
        """A head recorded earlier (in a signed record) must still be in the log."""
        try:
            entries, last = int(head["entries"]), str(head["last_hash"])
        except (KeyError, TypeError, ValueError):
            raise AuditError(f"{vouched_by} carries no audit log head (log_head)") from None
        lines = self.verify() if lines is None else lines
        if len(lines) < entries:
            raise AuditError(f"{self.path}: has {len(lines)} entries but {vouched_by} vouches "
                             f"for {entries}; the end of the log was cut off")
        if entries and _line_hash(lines[entries - 1]) != last:
            raise AuditError(f"{self.path}: entry {entries} differs from the one {vouched_by} "
                             "vouches for")

    def verify_record(self, record: dict[str, Any], event: str, what: str,
                      lines: list[str] | None = None) -> None:
        """A signed record's head must still be in the log, and so must the record's own
        entry after it (so a log cut just after the record is detected too)."""
        lines = self.verify() if lines is None else lines
        head = record.get("log_head")
        self.verify_head(head, what, lines)
        rid = record.get("request_id")
        for line in lines[int(head["entries"]):]:
            entry = json.loads(line)
            if entry.get("event") == event and entry.get("details", {}).get("request_id") == rid:
                return
        raise AuditError(f"{self.path}: has no {event} entry for {rid} after the head {what} "
                         "vouches for; the end of the log was cut off")

    def verify_vouchers(self, data: DataDir) -> int:
        """Check the log against every signed request, decision and export record kept in the
        project; return how many records vouched."""
        from ethics.request import read_record

        lines = self.verify()
        count = 0
        for folder in sorted((data.exports / "requests").glob("*/")):
            for path in sorted(folder.glob("*.json")):
                event = VOUCHERS.get(path.name.split("-")[0].removesuffix(".json"))
                if event is None:
                    continue
                record = read_record(path)  # one error naming a corrupt file
                self.verify_record(record, event, f"{folder.name}/{path.name}", lines)
                count += 1
        return count

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
