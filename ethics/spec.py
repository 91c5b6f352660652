"""An export request's spec (YAML): what is asked for, checked against the disclosure policy.

Thresholds come from the project's policy (ethics/policy.py); a spec may ask for stricter
values (a larger k, coarser dates, more quasi-identifiers), never looser ones. Anything
malformed or looser stops the request with one line naming the key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ethics.policy import Policy, columns_map
from workbench.core.errors import InputError
from workbench.core.resources import read_yaml

SPEC_KEYS = {"title", "purpose", "researcher", "tables", "quasi_identifiers", "k", "l",
             "date_precision", "answers", "links_to", "risk_fix", "retention_until"}
TIGHTENABLE = ("k", "l", "date_precision")


@dataclass
class ExportSpec:
    title: str
    purpose: str
    researcher: dict[str, str]
    tables: dict[str, list[str]]
    quasi_identifiers: dict[str, list[str]] = field(default_factory=dict)  # added by the request
    k: int = 5
    date_precision: str = "month"
    answers: dict[str, Any] = field(default_factory=dict)
    l: int = 2  # noqa: E741 - the name the literature uses (l-diversity)
    links_to: str | None = None  # an earlier request of the same researcher to link with
    risk_fix: list[str] | None = None  # fixes the person_risk check proposes, in order
    # For the reviewer (the review page shows them; approval needs them): when the researcher
    # destroys the data, and why each column is needed ({table: {column: reason}}).
    retention_until: str = ""
    why: dict[str, dict[str, str]] = field(default_factory=dict)


def load_spec(path: str | Path, policy: Policy) -> tuple[ExportSpec, Policy]:
    """The spec at `path`, and the policy tightened by what it asks for."""
    raw = read_yaml(path, "export request spec")
    if not isinstance(raw, dict):
        raise InputError(f"{path}: a spec is a mapping of {', '.join(sorted(SPEC_KEYS))}")
    unknown = set(raw) - SPEC_KEYS
    if unknown:
        raise InputError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}; "
                         f"a spec has {', '.join(sorted(SPEC_KEYS))}")
    for key in ("title", "purpose", "researcher", "tables"):
        if not raw.get(key):
            raise InputError(f"{path}: '{key}' is missing")
    tables = raw["tables"]
    if not isinstance(tables, dict) or not all(
            isinstance(v, dict) and isinstance(v.get("columns"), list)
            and all(isinstance(c, str) for c in v["columns"])
            and isinstance(v.get("why") or {}, dict) for v in tables.values()):
        raise InputError(f"{path}: 'tables' maps each table to {{columns: [...], why: "
                         "{column: reason}}")
    for table, v in tables.items():
        twice = sorted({c for c in v["columns"] if v["columns"].count(c) > 1})
        if twice:
            raise InputError(f"{path}: table {table} lists column(s) "
                             f"{', '.join(map(repr, twice))} more than once; name each once")
    researcher = raw["researcher"]
    if not isinstance(researcher, dict) or not {"name", "organisation"} <= set(researcher):
        raise InputError(f"{path}: 'researcher' needs name and organisation (and contact)")
    answers = raw.get("answers") or {}
    if not isinstance(answers, dict):
        raise InputError(f"{path}: 'answers' maps checklist item ids to answers")
    if raw.get("links_to") is not None and not isinstance(raw["links_to"], str):
        raise InputError(f"{path}: links_to must be one request id, not {raw['links_to']!r}")
    fixes = raw.get("risk_fix")
    fixes = [fixes] if isinstance(fixes, str) else fixes
    if fixes is not None and not (isinstance(fixes, list) and fixes
                                  and all(isinstance(f, str) for f in fixes)):
        raise InputError(f"{path}: risk_fix is a fix or a list of fixes, not {raw['risk_fix']!r}")
    policy = policy.tighten({k: raw[k] for k in TIGHTENABLE if k in raw}, f"{path}")
    spec = ExportSpec(
        title=str(raw["title"]), purpose=str(raw["purpose"]), researcher=researcher,
        tables={t: list(v["columns"]) for t, v in tables.items()},
        quasi_identifiers=columns_map(raw.get("quasi_identifiers"), "quasi_identifiers",
                                       str(path)),
        k=policy["k"], l=policy["l"], date_precision=policy["date_precision"], answers=answers,
        links_to=raw.get("links_to"), risk_fix=fixes,
        retention_until=str(raw.get("retention_until") or ""),
        why={t: {str(c): str(r) for c, r in (v.get("why") or {}).items()}
             for t, v in tables.items()})
    return spec, policy
