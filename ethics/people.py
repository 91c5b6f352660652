"""The project's roster: who may request and review exports, and with which public key.

Kept with the data as DATA_DIR/people.jsonl, one signed entry per change, each chained to the
one before. The first entry (`workbench people init`) names the first lead and is signed by
that lead's own key; every later change is signed by a key that is a lead's at that point, and
is also written to the audit log. Whoever replaces the whole file starts a roster with another
lead key, which is why the lead key's fingerprint is printed (`workbench people list`) to be
written into data-sharing agreements and checked by `workbench verify --trust`.

People are told apart by their keys. Names are compared too, after Unicode normalisation
(NFKC, invisible characters dropped, look-alike letters transliterated, case and spacing
folded), so two roster entries cannot carry names that look the same.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from anyascii import anyascii

from ethics.signing import Signer, fingerprint, load_signer, parse_public_key, verify
from workbench.core.atomic import replacing
from workbench.core.errors import WorkbenchError
from workbench.core.integrity import canonical_json
from workbench.core.zones import DataDir, open_data_dir

ROLES = ("requester", "reviewer", "lead")
ROSTER_NAME = "people.jsonl"
GENESIS = "0" * 64


class RosterError(WorkbenchError):
    """The roster is missing, broken, or a change to it is not allowed."""


def name_key(name: str) -> str:
    """The form two names are compared in: 'Rіta  Reviewer' (Cyrillic i, two spaces, a
    zero-width space), 'Rita Reviewer.' and 'rita reviewer' are the same name."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C")
    # Punctuation and spacing do not make another person: 'Remy Requester.', 'Remy-Requester'
    # and 'R.emy Requester' are 'remyrequester' (an attack added a reviewer named with a full
    # stop). Two real people who fold alike cannot approve each other's requests: safe side.
    return re.sub(r"[^0-9a-z]+", "", anyascii(text).casefold())


@dataclass(frozen=True)
class Person:
    name: str
    roles: tuple[str, ...]
    public_key: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "roles": list(self.roles), "public_key": self.public_key,
                "fingerprint": self.fingerprint}


@dataclass
class Roster:
    entries: list[dict[str, Any]] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)  # by key fingerprint, current
    ever: dict[str, str] = field(default_factory=dict)  # every key ever listed: fp -> public key
    added_by: dict[str, str] = field(default_factory=dict)  # fp -> the lead's fp that added it

    def vouchers(self, key_fingerprint: str) -> list[str]:
        """The leads whose entries put this key on the roster: who added it, who added them,
        up to the first lead."""
        chain, current = [], key_fingerprint
        while current in self.added_by and self.added_by[current] != current \
                and self.added_by[current] not in chain:
            current = self.added_by[current]
            chain.append(current)
        return chain

    @property
    def lead_fingerprint(self) -> str:
        """The first lead's key: the root every roster entry is vouched from."""
        return self.entries[0]["signature"]["key"]

    def person(self, key_fingerprint: str, role: str | None = None) -> Person:
        found = self.people.get(key_fingerprint)
        if found is None:
            raise RosterError(f"the key {key_fingerprint} is not in the project's roster; a "
                              "lead adds people with 'workbench people add'")
        if role is not None and role not in found.roles:
            raise RosterError(f"{found.name} ({key_fingerprint}) does not have the {role} role "
                              f"(roles: {', '.join(found.roles)})")
        return found

    def by_name(self, name: str) -> Person | None:
        return next((p for p in self.people.values() if name_key(p.name) == name_key(name)),
                    None)


def _entry_hash(entry: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(entry)).hexdigest()


def replay(entries: list[dict[str, Any]], source: str = ROSTER_NAME) -> Roster:
    """Check every entry (chain, signature, signer a lead at that point) and build the roster."""
    roster = Roster()
    prev = GENESIS
    for number, entry in enumerate(entries, start=1):
        where = f"{source}: entry {number}"
        body = {k: v for k, v in entry.items() if k != "signature"}
        signature = entry.get("signature") or {}
        if body.get("seq") != number or body.get("prev") != prev:
            raise RosterError(f"{where} does not follow the one before; entries were edited, "
                              "deleted or reordered")
        action, name, roles = body.get("action"), str(body.get("name", "")), body.get("roles", [])
        public = str(body.get("public_key", ""))
        if number == 1:
            if action != "init" or "lead" not in roles:
                raise RosterError(f"{where}: a roster starts with its first lead")
            signer_key = public
        else:
            signer = roster.people.get(signature.get("key", ""))
            if signer is None or "lead" not in signer.roles:
                raise RosterError(f"{where} ({action} {name}) is not signed by a lead")
            signer_key = signer.public_key
        if not verify(signer_key, "roster", body, signature):
            raise RosterError(f"{where} ({action} {name}): the signature does not match; the "
                              "entry was changed or forged")
        if action == "init" and number > 1:
            raise RosterError(f"{where}: a roster has one start; entry {number} starts another")
        if action in ("init", "add"):
            person = Person(name, tuple(roles), public)
            roster.people[person.fingerprint] = person
            roster.ever[person.fingerprint] = public
            roster.added_by[person.fingerprint] = fingerprint(signer_key)
        elif action == "remove":
            roster.people.pop(fingerprint(public), None)
        else:
            raise RosterError(f"{where}: unknown action {action!r}")
        roster.entries.append(entry)
        prev = _entry_hash(entry)
    if not roster.entries:
        raise RosterError(f"{source}: the roster is empty")
    return roster


def roster_path(data: DataDir) -> Path:
    return data.root / ROSTER_NAME


def read_entries(path: Path) -> list[dict[str, Any]]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    except json.JSONDecodeError as exc:
        raise RosterError(f"{path}: line {exc.lineno} is not a roster entry") from None


def load_roster(data: DataDir) -> Roster:
    path = roster_path(data)
    if not path.exists():
        raise RosterError(f"{data.root} has no roster of people ({ROSTER_NAME}); the project's "
                          "first lead runs 'workbench people init --data DIR --name NAME --key "
                          "KEY'")
    return replay(read_entries(path), str(path))


def acting(data: DataDir, key: str | Path, role: str | None) -> tuple[Person, Signer]:
    """The roster person whose private key file is `key`, checked for `role`."""
    signer = load_signer(key, data.root)
    return load_roster(data).person(signer.fingerprint, role), signer


def _check_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean or any(unicodedata.category(c)[0] == "C" for c in name.strip()):
        raise RosterError(f"{name!r}: give a person's name without invisible characters")
    return clean


def _check_roles(roles: list[str]) -> tuple[str, ...]:
    unknown = [r for r in roles if r not in ROLES]
    if unknown or not roles:
        raise RosterError(f"roles are {', '.join(ROLES)}; got {', '.join(roles) or 'none'}")
    return tuple(r for r in ROLES if r in roles)


def _new_entry(roster: Roster | None, action: str, name: str, roles: tuple[str, ...],
               public_key: str, signer: Signer) -> dict[str, Any]:
    prev = _entry_hash(roster.entries[-1]) if roster else GENESIS
    body = {"seq": len(roster.entries) + 1 if roster else 1, "prev": prev,
            "time": datetime.now(UTC).isoformat(timespec="seconds"), "action": action,
            "name": name, "roles": list(roles), "public_key": public_key}
    return {**body, "signature": signer.sign("roster", body)}


def _log(data: DataDir, entry: dict[str, Any], signer: Signer, actor: str,
         roster: Roster) -> None:
    from ethics.audit_log import AuditLog

    AuditLog.for_data_dir(data, roster).append(
        "people", {k: entry[k] for k in ("action", "name", "roles")} |
        {"key": fingerprint(entry["public_key"])}, actor=actor, signer=signer)


def init_roster(data_dir: str | Path, name: str, key: str | Path) -> Roster:
    """Start the roster with its first lead (whose key signs the first entry)."""
    data = open_data_dir(data_dir, create=True)
    path = roster_path(data)
    if path.exists():
        raise RosterError(f"{path}: the project already has a roster (lead key "
                          f"{load_roster(data).lead_fingerprint}); a lead adds people with "
                          "'workbench people add'")
    from ethics.audit_log import LOG_NAME

    if (data.root / LOG_NAME).exists():
        raise RosterError(f"{data.root} already has an audit log without a roster; a roster "
                          "cannot be added afterwards (start a new data directory)")
    signer = load_signer(key, data.root)
    # The first lead vouches, directly or not, for every reviewer, so no one could review
    # their requests (approval.check_separation): they start as reviewer and lead only.
    entry = _new_entry(None, "init", _check_name(name), ("reviewer", "lead"),
                       signer.public_key, signer)
    roster = replay([entry])
    from ethics.audit_log import AuditLog

    # A unique temporary file beside the roster (never a fixed name a user's file could hold),
    # renamed into place only once the log holds the roster's start.
    with replacing(path) as tmp:
        tmp.write_text(json.dumps(entry, sort_keys=True, ensure_ascii=False) + "\n",
                       encoding="utf-8")
        AuditLog.fresh(data, roster).append(
            "people", {"action": "init", "name": entry["name"], "roles": entry["roles"],
                       "key": signer.fingerprint}, actor=entry["name"], signer=signer)
    return roster


def _append(data: DataDir, roster: Roster, entry: dict[str, Any], signer: Signer,
            lead: Person) -> Roster:
    updated = replay([*roster.entries, entry], str(roster_path(data)))
    _log(data, entry, signer, lead.name, roster)
    with open(roster_path(data), "a", encoding="utf-8") as f:
        f.write(json.dumps(entry, sort_keys=True, ensure_ascii=False) + "\n")
    return updated


def add_person(data_dir: str | Path, key: str | Path, name: str, roles: list[str],
               public_key: str) -> Person:
    """A lead (holding `key`) adds a person with their public key ('ssh-ed25519 AAAA...')."""
    data = open_data_dir(data_dir)
    lead, signer = acting(data, key, "lead")
    roster = load_roster(data)
    clean, checked = _check_name(name), _check_roles(roles)
    public = " ".join(public_key.strip().split()[:2])
    parse_public_key(public)
    holder = roster.people.get(fingerprint(public))
    if holder is not None:
        raise RosterError(f"the key {fingerprint(public)} is already {holder.name}'s; each "
                          "person needs their own key")
    same = roster.by_name(clean)
    if same is not None:
        raise RosterError(f"{clean!r} reads the same as {same.name!r}, already in the roster "
                          "(remove them first, or tell the two apart)")
    entry = _new_entry(roster, "add", clean, checked, public, signer)
    _append(data, roster, entry, signer, lead)
    return Person(clean, checked, public)


def remove_person(data_dir: str | Path, key: str | Path, name: str) -> Person:
    data = open_data_dir(data_dir)
    lead, signer = acting(data, key, "lead")
    roster = load_roster(data)
    person = roster.by_name(name)
    if person is None:
        raise RosterError(f"no one called {name!r} in the roster (see 'workbench people list')")
    leads = [p for p in roster.people.values() if "lead" in p.roles]
    if "lead" in person.roles and len(leads) == 1:
        raise RosterError(f"{person.name} is the only lead; add another lead first")
    entry = _new_entry(roster, "remove", person.name, person.roles, person.public_key, signer)
    _append(data, roster, entry, signer, lead)
    return person


def check_name_matches(data_dir: str | Path, key: str | Path, name: str | None) -> None:
    """A name typed next to --key must be the roster name of that key (it proves nothing by
    itself; this only catches the wrong key file)."""
    if name is None:
        return
    data = open_data_dir(data_dir)
    signer = load_signer(key, data.root)
    person = load_roster(data).person(signer.fingerprint)
    if name_key(person.name) != name_key(name):
        raise RosterError(f"the key {key} is {person.name}'s in the roster, not {name!r}")
