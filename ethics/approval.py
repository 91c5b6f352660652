"""Who asked and who approved, proved by signatures rather than typed names.

A request record is signed by its requester over all of it (id, spec, checklist answers, every
check's result and thresholds, the extract's content hash, the audit log's head). A decision is
signed by its reviewer over the request's id and the digest of the signed request, so it cannot
be edited, nor moved to another request with the same content. An export is signed by the
person who made the package. The same checks run in the project (review, export) and on the
researcher's side (`workbench verify`), where the roster comes from the package.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ethics.people import Person, Roster, name_key
from ethics.signing import Signer, verify
from workbench.core.errors import WorkbenchError
from workbench.core.integrity import canonical_json


class ApprovalError(WorkbenchError):
    """A signature does not hold, or the wrong person signed."""


def digest(record: dict[str, Any]) -> str:
    """SHA-256 of a signed record (signature included): what the next record points at."""
    return hashlib.sha256(canonical_json(record)).hexdigest()


def seal(record: dict[str, Any], purpose: str, signer: Signer) -> dict[str, Any]:
    """Sign the whole record (any earlier signature is replaced)."""
    body = {k: v for k, v in record.items() if k != "signature"}
    return {**body, "signature": signer.sign(purpose, body)}


def signed_by(record: dict[str, Any], purpose: str, roster: Roster, role: str | None,
              what: str) -> Person:
    """The roster person (with `role`, if given) whose key signed `record`; raises if none
    did."""
    signature = record.get("signature")
    if not isinstance(signature, dict):
        raise ApprovalError(f"{what} is not signed")
    person = roster.people.get(signature.get("key", ""))
    if person is None:
        raise ApprovalError(f"{what} is signed by a key that is not in the roster "
                            f"({signature.get('key')})")
    body = {k: v for k, v in record.items() if k != "signature"}
    if not verify(person.public_key, purpose, body, signature):
        raise ApprovalError(f"{what} was changed after it was signed (the signature by "
                            f"{person.name} does not match)")
    if role is not None and role not in person.roles:
        raise ApprovalError(f"{what} is signed by {person.name}, who does not have the {role} "
                            "role")
    return person


def check_request(record: dict[str, Any], roster: Roster) -> Person:
    rid = record.get("request_id", "?")
    person = signed_by(record, "request", roster, "requester", f"request {rid}")
    if record.get("requester_key") != person.fingerprint:
        raise ApprovalError(f"request {rid} names a requester key other than its signer's")
    return person


def check_decision(decision: dict[str, Any], record: dict[str, Any],
                   roster: Roster) -> tuple[Person, Person]:
    """(requester, reviewer) of a decision that belongs to this exact signed request."""
    rid = record.get("request_id", "?")
    requester = check_request(record, roster)
    reviewer = signed_by(decision, "decision", roster, "reviewer", f"the decision on {rid}")
    if decision.get("request_id") != rid or decision.get("request_digest") != digest(record):
        raise ApprovalError(f"the decision was made on another request (or another version "
                            f"of {rid}); it does not apply to this one")
    if decision.get("reviewer_key") != reviewer.fingerprint:
        raise ApprovalError(f"the decision on {rid} names a reviewer key other than its signer's")
    check_separation(requester, reviewer, rid, roster)
    return requester, reviewer


def check_separation(requester: Person, reviewer: Person, request_id: str,
                     roster: Roster) -> None:
    """The reviewer is someone else, and not someone the requester put on the roster, directly
    or through a lead they added: a lead who requests could otherwise add a reviewer whose
    key they hold and approve their own request."""
    if (requester.fingerprint == reviewer.fingerprint
            or name_key(requester.name) == name_key(reviewer.name)):
        raise ApprovalError(f"{reviewer.name} made request {request_id} and cannot review it; "
                            "another reviewer must decide")
    if requester.fingerprint in roster.vouchers(reviewer.fingerprint):
        raise ApprovalError(f"{reviewer.name} was put on the roster by {requester.name} (directly "
                            f"or through a lead {requester.name} added), who made request "
                            f"{request_id}: a reviewer the requester did not vouch for must "
                            "decide")
