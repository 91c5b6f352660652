"""De-identification settings: defaults in defaults.yaml, overridable by a file of the same shape.

The operators' defaults are those of the entity-type registry (workbench/core/entity_types.py);
defaults.yaml and a configuration file may set any registered kind's operator, and naming an
unknown kind is an error.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core import entity_types
from workbench.core.errors import ConfigError
from workbench.core.resources import read_yaml

DEFAULTS = Path(__file__).with_name("defaults.yaml")
OPERATORS = ("pseudonym", "placeholder", "redact", "month_year")


@dataclass(frozen=True)
class DeidConfig:
    operators: dict[str, str]
    default_operator: str
    score_threshold: float
    allow_list: tuple[str, ...]
    keep_places: tuple[str, ...]
    keep_places_from_faker_countries: bool
    max_note_chars: int
    age_bands: tuple[int, ...]
    date_precision: str
    source: str  # where the settings came from

    def operator_for(self, entity: str) -> str:
        return self.operators.get(entity, self.default_operator)

    def as_record(self) -> dict[str, Any]:
        """The settings as recorded in every output that used them."""
        record = {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()}
        record["sha256"] = hashlib.sha256(
            json.dumps(record, sort_keys=True).encode()).hexdigest()
        return record


def load_config(path: str | Path | None = None) -> DeidConfig:
    """Read the defaults, then apply `path` (any subset of the same keys) on top."""
    data = read_yaml(DEFAULTS)
    source = "deidentify/defaults.yaml"
    data["operators"] = {**entity_types.default_operators(), **(data["operators"] or {})}
    if path is not None:
        override = read_yaml(path, "configuration file")
        unknown = set(override) - set(data)
        if unknown:
            raise ConfigError(f"{path}: unknown setting(s) {', '.join(sorted(unknown))}; "
                              f"known: {', '.join(sorted(data))}")
        for key, value in override.items():
            if isinstance(value, dict) and isinstance(data.get(key), dict):
                data[key] = {**data[key], **value}
            else:
                data[key] = value
        source = str(path)
    if not isinstance(data["operators"], dict):
        raise ConfigError(f"{source}: operators must map entity types to operators, "
                          "e.g. operators: {PERSON: redact}")
    for entity in data["operators"]:
        if entity not in entity_types.REGISTRY:
            raise ConfigError(f"{source}: operators: {entity} is not an entity type; known: "
                              f"{', '.join(entity_types.REGISTRY)}")
    for entity, op in {**data["operators"], "*": data["default_operator"]}.items():
        if op not in OPERATORS:
            raise ConfigError(f"{source}: operator {op!r} for {entity} is not one of "
                              f"{', '.join(OPERATORS)}")
        if op == "month_year" and entity != "DATE":
            raise ConfigError(f"{source}: operator month_year applies only to DATE, not {entity}")
    if data["structured"]["date_precision"] not in ("day", "month"):
        raise ConfigError(f"{source}: structured.date_precision must be day or month")
    return DeidConfig(
        operators=dict(data["operators"]),
        default_operator=data["default_operator"],
        score_threshold=float(data["score_threshold"]),
        allow_list=tuple(data["allow_list"]),
        keep_places=tuple(data["keep_places"]),
        keep_places_from_faker_countries=bool(data["keep_places_from_faker_countries"]),
        max_note_chars=int(data["max_note_chars"]),
        age_bands=tuple(int(b) for b in data["structured"]["age_bands"]),
        date_precision=data["structured"]["date_precision"],
        source=source,
    )
