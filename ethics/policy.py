"""The project's disclosure control policy (ethics/policy.yaml): thresholds with their sources.

Defaults live in ethics/policy.yaml; a project's own DATA_DIR/policy.yaml (same shape, any
subset) is applied on top and may only tighten the defaults; requests may only tighten it (`tighten`). Every value is checked
for its type: `k: 2.7`, `k: abc` or a list where a number belongs is refused with one line
naming the file and key. The SHA-256 of the policy file(s) goes into every check record, so
that a result can always be traced to the thresholds that produced it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core.errors import ConfigError, InputError
from workbench.core.resources import read_yaml

DEFAULT_POLICY = Path(__file__).with_name("policy.yaml")
PRECISIONS = ("day", "month", "quarter", "year")  # finest first

# key -> (kind, smallest allowed value)
_KINDS: dict[str, tuple[str, float]] = {
    "k": ("int", 2), "l": ("int", 1), "minimum_age": ("int", 18), "threshold": ("int", 1),
    "dominance_n": ("int", 1), "min_residual_df": ("int", 1), "nhs_suppress_max": ("int", 0),
    "nhs_round_to": ("int", 1), "protection_interval": ("int", 1),
    "survival_min_events": ("int", 1), "dominance_k": ("fraction", 0), "p_ratio": ("fraction", 0),
    "magnitude_protection": ("fraction", 0),
    "date_precision": ("precision", 0), "zeros_disclosive": ("bool", 0),
}


def parse_value(key: str, value: Any, where: str) -> Any:
    """`value` checked as the kind `key` needs; InputError naming `where` otherwise."""
    kind, floor = _KINDS[key]
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputError(f"{where}: {key} must be a whole number of at least {floor:g}, "
                             f"not {value!r}")
        if value < floor:
            raise InputError(f"{where}: {key} must be at least {floor:g}, not {value}")
        return value
    if kind == "fraction":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1:
            raise InputError(f"{where}: {key} must be a number between 0 and 1, not {value!r}")
        return float(value)
    if kind == "precision":
        if value not in PRECISIONS:
            raise InputError(f"{where}: {key} must be one of {', '.join(PRECISIONS)}, "
                             f"not {value!r}")
        return value
    if not isinstance(value, bool):
        raise InputError(f"{where}: {key} must be true or false, not {value!r}")
    return value


def columns_map(raw: Any, key: str, where: str) -> dict[str, list[str]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(
            isinstance(v, list) and all(isinstance(c, str) for c in v) for v in raw.values()):
        raise InputError(f"{where}: {key} maps each table to a list of column names")
    return {str(t): list(v) for t, v in raw.items()}


def is_stricter_or_equal(key: str, asked: Any, policy: Any) -> bool:
    kind, _ = _KINDS[key]
    if kind == "precision":
        return PRECISIONS.index(asked) >= PRECISIONS.index(policy)
    if kind == "bool":
        return asked or not policy
    if key == "dominance_k":
        return asked <= policy
    return asked >= policy


@dataclass(frozen=True)
class Policy:
    values: dict[str, Any]
    sources: dict[str, str]
    quasi_identifiers: dict[str, list[str]]
    sensitive_attributes: dict[str, list[str]]
    files: tuple[str, ...]
    files_sha256: str  # over the bytes of the policy file(s) read: what check records name

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    @property
    def values_sha256(self) -> str:
        """Over the values in force (after a request tightened them)."""
        body = {"values": self.values, "quasi_identifiers": self.quasi_identifiers,
                "sensitive_attributes": self.sensitive_attributes}
        return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()

    def tighten(self, asked: dict[str, Any], where: str) -> Policy:
        """This policy with the values a request asks for, which must be at least as strict."""
        values = dict(self.values)
        for key, value in asked.items():
            if key not in _KINDS:
                raise InputError(f"{where}: {key} is not a policy threshold")
            value = parse_value(key, value, where)
            if not is_stricter_or_equal(key, value, self.values[key]):
                raise InputError(f"{where}: {key}: {value!r} is looser than the project's policy "
                                 f"({self.values[key]!r}); a request may only be stricter")
            values[key] = value
        return Policy(values, self.sources, self.quasi_identifiers, self.sensitive_attributes,
                      self.files, self.files_sha256)

    def record(self) -> dict[str, Any]:
        return {"sha256": self.files_sha256, "values_sha256": self.values_sha256,
                "files": list(self.files), "values": self.values,
                "quasi_identifiers": self.quasi_identifiers,
                "sensitive_attributes": self.sensitive_attributes}


def load_policy(project_file: str | Path | None = None) -> Policy:
    """The default policy, with `project_file` (if it exists) applied on top: stricter values
    only (ConfigError for a looser one)."""
    data = read_yaml(DEFAULT_POLICY, "disclosure policy")
    values, sources = {}, {}
    for key, entry in data["thresholds"].items():
        if key not in _KINDS or not isinstance(entry, dict) or "value" not in entry:
            raise ConfigError(f"{DEFAULT_POLICY}: threshold {key!r} is malformed")
        values[key] = parse_value(key, entry["value"], str(DEFAULT_POLICY))
        sources[key] = str(entry.get("source", ""))
    missing = set(_KINDS) - set(values)
    if missing:
        raise ConfigError(f"{DEFAULT_POLICY}: no value for {', '.join(sorted(missing))}")
    qis = columns_map(data.get("quasi_identifiers"), "quasi_identifiers", str(DEFAULT_POLICY))
    sensitive = columns_map(data.get("sensitive_attributes"), "sensitive_attributes",
                             str(DEFAULT_POLICY))
    files = [str(DEFAULT_POLICY)]
    if project_file is not None and Path(project_file).is_file():
        where = str(project_file)
        own = read_yaml(project_file, "project disclosure policy") or {}
        unknown = set(own) - {"version", "thresholds", "quasi_identifiers", "sensitive_attributes"}
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        for key, entry in (own.get("thresholds") or {}).items():
            if key not in _KINDS:
                raise ConfigError(f"{where}: unknown threshold {key!r}")
            value = parse_value(key, entry.get("value") if isinstance(entry, dict) else entry,
                                where)
            # The project file sits in the data directory, where anyone who can write the data
            # could edit it: it may only tighten the shipped defaults, never loosen them.
            if not is_stricter_or_equal(key, value, values[key]):
                raise ConfigError(f"{where}: {key}: {value!r} is looser than the workbench's "
                                  f"default ({values[key]!r}, {sources[key]}); a project's "
                                  "policy may only be stricter")
            values[key] = value
            sources[key] = str(entry.get("source", where)) if isinstance(entry, dict) else where
        for name, target in (("quasi_identifiers", qis), ("sensitive_attributes", sensitive)):
            for table, cols in columns_map(own.get(name), name, where).items():
                target[table] = sorted(set(target.get(table, [])) | set(cols))
        files.append(where)
    digest = hashlib.sha256()
    for path in files:
        digest.update(Path(path).read_bytes())
    return Policy(values, sources, qis, sensitive, tuple(files), digest.hexdigest())
