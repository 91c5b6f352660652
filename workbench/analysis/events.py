"""Dates of things that happened to the project (a police operation, a new interpreting
contract), which the trend analysis tests for.

A real project writes them in `events.yaml` at the top of its data directory:

    policing_operation: {start: 2024-07, months: 3}
    interpreter_change: {start: 2024-01}

A synthetic project already knows them: the generator records its planted effects in
identifiable/manifest.json (months only: no personal data), and they are read from there
when there is no events.yaml.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from workbench.core.errors import InputError
from workbench.core.resources import read_yaml
from workbench.core.zones import DataDir, open_data_dir

KNOWN = ("policing_operation", "interpreter_change")


@dataclass(frozen=True)
class Event:
    name: str
    start: pd.Period
    months: int | None = None  # None: it goes on to the end of the period

    @property
    def during(self) -> pd.PeriodIndex:
        return pd.period_range(self.start, periods=self.months or 1, freq="M")


def _event(name: str, spec: dict, source: Path) -> Event:
    if not isinstance(spec, dict) or "start" not in spec:
        raise InputError(f"{source}: event {name!r} needs a start month, e.g. start: 2024-07")
    try:
        start = pd.Period(str(spec["start"]), "M")
    except ValueError:
        raise InputError(f"{source}: event {name!r}: start {spec['start']!r} is not a "
                         "month like 2024-07") from None
    months = spec.get("months", spec.get("duration_months"))
    return Event(name, start, int(months) if months else None)


def project_events(data: DataDir | str | Path) -> dict[str, Event]:
    """Events from events.yaml, else from a synthetic project's manifest, else none."""
    data = data if isinstance(data, DataDir) else open_data_dir(data)
    path = data.root / "events.yaml"
    if path.exists():
        specs = read_yaml(path, "events file")
        return {name: _event(name, spec, path) for name, spec in specs.items()}
    manifest = data.identifiable / "manifest.json"
    if manifest.exists():
        planted = json.loads(manifest.read_text()).get("planted_effects", {})
        specs = {k: {"start": v["start_month"], "months": v.get("duration_months")}
                 for k, v in planted.items() if k in KNOWN and "start_month" in v}
        return {name: _event(name, spec, manifest) for name, spec in specs.items()}
    return {}
