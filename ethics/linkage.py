"""Extracts that cannot be joined: every key column re-keyed per request.

The de-identified zone's keys are pseudonyms made with the zone's key; were they exported as
they are, two extracts (two researchers, or one researcher twice) would join on `user_id`.
So every key column of an extract is pseudonymised again with a key derived from the
project's key and the request id (HMAC-SHA256): within one extract tables still join (the
same value gets the same surrogate in every table), across extracts they do not.

A researcher who needs to link a new extract to one they already hold says so
(`links_to: REQ-...` in the spec): the new extract then reuses that request's key, and the
re-identification checks run on the union of both extracts.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

import pandas as pd

from deidentify import pseudonymise_ids
from ethics.checks.result import CheckResult, Status
from ethics.people import name_key
from ethics.request import read_record, request_folder
from ethics.spec import ExportSpec
from workbench.core.errors import InputError
from workbench.core.keys import project_key
from workbench.core.schema import TABLES, Role
from workbench.core.zones import DataDir


@dataclass(frozen=True)
class ExtractKey:
    label: str  # "request:REQ-..." (the request whose key this is)
    key: bytes
    links_to: str | None

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(b"fingerprint:" + self.key).hexdigest()[:16]

    def record(self) -> dict[str, str | None]:
        return {"key": self.label, "fingerprint": self.fingerprint, "links_to": self.links_to}


def key_columns(table: str, columns: list[str]) -> list[str]:
    """The key columns (pseudonymised identifiers, *_id) among `columns`."""
    schema = TABLES[table]
    return [c for c in columns if c.endswith("_id") and c in schema.column_names
            and schema.column(c).role is Role.DIRECT]


def _derive(data: DataDir, label: str) -> bytes:
    # The zone was made with the project's key: a deleted key is an error, never remade.
    return hmac.new(project_key(data, create=False), label.encode(), hashlib.sha256).digest()


def key_for_label(data: DataDir, label: str) -> ExtractKey:
    """The key a request recorded by its label ("request:REQ-..."), to re-key people again."""
    return ExtractKey(label, _derive(data, label), None)


def _earlier(data: DataDir, request_id: str) -> dict:
    return read_record(request_folder(data, request_id, "links_to: unknown request id")
                       / "request.json")


def _check_approved(data: DataDir, request_id: str, record: dict) -> None:
    """The earlier request must carry a signed approval: only then does the researcher hold
    it (a link to a rejected or unreviewed request would widen what they can join)."""
    from ethics.approval import ApprovalError, check_decision
    from ethics.people import load_roster

    path = request_folder(data, request_id, "links_to") / "decision.json"
    never = InputError(f"links_to: {request_id} was never approved, so the researcher does "
                       "not hold it; link only to an extract they received")
    if not path.is_file():
        raise never
    decision = read_record(path)
    try:
        check_decision(decision, record, load_roster(data))
    except ApprovalError as exc:
        raise InputError(f"links_to: {request_id}: {exc}") from None
    if decision.get("decision") != "approved":
        raise never


def extract_key(data: DataDir, request_id: str, spec: ExportSpec) -> ExtractKey:
    """This request's own key, or the key of the earlier request it declares a link to."""
    if not spec.links_to:
        label = f"request:{request_id}"
        return ExtractKey(label, _derive(data, label), None)
    earlier = _earlier(data, spec.links_to)
    them = earlier["spec"]["researcher"]
    fields = ("name", "organisation", "contact")
    if any(name_key(str(them.get(f) or "")) != name_key(str(spec.researcher.get(f) or ""))
           for f in fields):
        raise InputError(f"links_to: {spec.links_to} was made for another researcher (name, "
                         "organisation and contact must all match); extracts may be linked only "
                         "for the researcher who holds both")
    _check_approved(data, spec.links_to, earlier)
    label = earlier.get("pseudonyms", {}).get("key") or f"request:{spec.links_to}"
    return ExtractKey(label, _derive(data, label), spec.links_to)


def rekey(frame: pd.DataFrame, table: str, key: ExtractKey) -> pd.DataFrame:
    frame = frame.copy()
    for col in key_columns(table, list(frame.columns)):
        frame[col] = pseudonymise_ids(frame[col], key.key, col)
    return frame


def rekey_people(people: pd.Series, key: ExtractKey) -> pd.Series:
    return pseudonymise_ids(people, key.key, "user_id")


def union_with_earlier(extract: dict[str, pd.DataFrame], data: DataDir, key: ExtractKey
                       ) -> dict[str, pd.DataFrame]:
    """Each table of `extract` together with the same table of the linked earlier extract."""
    if not key.links_to:
        return extract
    folder = data.exports / "requests" / key.links_to / "extract"
    union = dict(extract)
    for path in sorted(folder.glob("*.parquet")):
        earlier = pd.read_parquet(path)
        table = path.stem
        union[table] = (pd.concat([union[table], earlier], ignore_index=True).drop_duplicates()
                        .reset_index(drop=True) if table in union else earlier)
    return union


def linkage_result(key: ExtractKey) -> CheckResult:
    if key.links_to:
        reason = (f"linked, as declared, to {key.links_to} (same researcher): its keys are "
                  "reused and the re-identification checks ran on the union of both extracts")
    else:
        reason = ("every key column re-keyed with this request's own key: the extract cannot "
                  "be joined to any other")
    return CheckResult("linkage", Status.PASS, reason, key.record())
