"""Dates of things that happened to the project (a police operation, a new interpreting
contract), which the trend analysis tests for.

A real project writes them in `events.yaml` at the top of its data directory:

    policing_operation: {start: 2024-07, months: 3}
    interpreter_change: {start: 2024-01}

A synthetic project already knows them: the generator records its planted effects in
identifiable/manifest.json (months only: no personal data), and de-identification copies
their months to deidentified/events.json, where they are read from when there is no
events.yaml. The analysis never opens the identifiable zone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from workbench.core.errors import InputError
from workbench.core.resources import read_yaml
from workbench.core.zones import EVENTS_FILE, DataDir, open_data_dir

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


def _planted(data: DataDir) -> dict:
    path = data.deidentified / EVENTS_FILE
    return json.loads(path.read_text()) if path.exists() else {}


def events_file(data: DataDir) -> Path | None:
    """The file the project's events are read from: events.yaml, else the de-identified
    zone's copy of the planted ones; None when there is neither."""
    for path in (data.root / "events.yaml", data.deidentified / EVENTS_FILE):
        if path.exists():
            return path
    return None


def project_events(data: DataDir | str | Path) -> dict[str, Event]:
    """Events from events.yaml, else those a synthetic project's generator planted (copied to
    the de-identified zone by de-identification), else none."""
    data = data if isinstance(data, DataDir) else open_data_dir(data)
    path = events_file(data)
    if path is None:
        return {}
    if path.suffix == ".yaml":
        specs = read_yaml(path, "events file")
        return {name: _event(name, spec, path) for name, spec in specs.items()}
    planted = _planted(data).get("events", {})
    return {name: _event(name, spec, path) for name, spec in planted.items() if name in KNOWN}


def is_synthetic(data: DataDir | str | Path) -> bool:
    """Was the project made by the synthetic generator (read from the de-identified zone)?"""
    data = data if isinstance(data, DataDir) else open_data_dir(data)
    return bool(_planted(data).get("synthetic"))
