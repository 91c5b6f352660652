"""Fixtures for the export gate: a helper that writes an export spec with the example's
checklist answers. The de-identified projects, the people's key pairs (kept outside the data
directory) and the rosters signed by the first lead are in tests/conftest.py, shared with the
CLI tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from tests.cli_helpers import run_cli
from tests.conftest import (  # noqa: F401 - the gate's helpers, imported from here by its tests
    EVIE, LEAD, REPO, RITA, exceptions, new_project, public)

EXAMPLE_SPEC = REPO / "examples" / "export_request.yaml"


def wb(*args: str) -> subprocess.CompletedProcess:
    return run_cli(args)


@pytest.fixture(scope="session")
def evie_key(keys) -> Path:
    """The requester's private key file (Evie is a requester in deid_project's roster)."""
    return keys["evie"]


@pytest.fixture
def write_spec(tmp_path):
    """write_spec(tables={...}, **other keys) -> path of a complete spec."""
    answers = yaml.safe_load(EXAMPLE_SPEC.read_text())["answers"]
    count = iter(range(1000))

    def write(tables: dict, **extra) -> Path:
        spec = {"title": "t", "purpose": "p", "researcher": {"name": "A", "organisation": "B"},
                "tables": {t: {"columns": c, "why": {col: f"needed for the test of {col}"
                                                      for col in c}}
                           for t, c in tables.items()},
                "answers": answers, "retention_until": "2030-01-01", **extra}
        path = tmp_path / f"spec{next(count)}.yaml"
        path.write_text(yaml.safe_dump(spec))
        return path

    return write
