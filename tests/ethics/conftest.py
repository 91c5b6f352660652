"""Fixtures for the export gate: de-identified synthetic projects, people with their own key
pairs (kept outside the data directory), a roster signed by the first lead, and a helper that
writes an export spec with the example's checklist answers."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from ethics.people import add_person, init_roster
from tests.cli_helpers import run_cli
from tests.conftest import REPO

EXAMPLE_SPEC = REPO / "examples" / "export_request.yaml"

LEAD, EVIE, RITA = "Lena Lead", "Evie Evaluator", "Rita Reviewer"


def wb(*args: str) -> subprocess.CompletedProcess:
    return run_cli(args)


@pytest.fixture(scope="session")
def deidentified(tmp_path_factory, small_project) -> Path:
    """The small synthetic project with its de-identified zone (no roster yet)."""
    root = tmp_path_factory.mktemp("deid") / "project"
    shutil.copytree(small_project, root)
    assert wb("deidentify", "--data", str(root), "--quiet").returncode == 0
    return root


@pytest.fixture(scope="session")
def keys(tmp_path_factory) -> dict[str, Path]:
    """Private key files, made with `workbench people keygen` (PATH and PATH.pub)."""
    folder = tmp_path_factory.mktemp("keys")
    made = {}
    for who in ("lead", "evie", "rita", "mallory", "ruth"):
        out = wb("people", "keygen", str(folder / who))
        assert out.returncode == 0, out.stderr
        made[who] = folder / who
    return made


def exceptions(project: Path, request_id: str) -> list[str]:
    """`--exception` arguments with a justification for every check of the request that needs
    review (the export checks measure more than one table can show: each needs its own)."""
    record = json.loads((project / "exports" / "requests" / request_id / "request.json")
                        .read_text())
    return [arg for c in record["checks"] if c["status"] == "review"
            for arg in ("--exception", f"{c['check']}=accepted for this synthetic test")]


def public(key: Path) -> str:
    return key.with_name(key.name + ".pub").read_text()


def new_project(deidentified: Path, where: Path, keys: dict[str, Path]) -> Path:
    """A copy of the project whose roster has a lead, a requester who also reviews (so that
    only the separation of duties stops her approving her own request) and a reviewer."""
    root = where / "project"
    shutil.copytree(deidentified, root)
    init_roster(root, LEAD, keys["lead"])
    add_person(root, keys["lead"], EVIE, ["requester", "reviewer"], public(keys["evie"]))
    add_person(root, keys["lead"], RITA, ["reviewer"], public(keys["rita"]))
    return root


@pytest.fixture(scope="session")
def deid_project(tmp_path_factory, small_project, keys) -> Path:
    """The small project with its structured tables de-identified (no notes), and a roster in
    which Evie requests."""
    from deidentify.api import deidentify_project

    root = tmp_path_factory.mktemp("gate") / "project"
    shutil.copytree(small_project, root)
    deidentify_project(root, include_notes=False)
    init_roster(root, LEAD, keys["lead"])
    add_person(root, keys["lead"], EVIE, ["requester", "reviewer"], public(keys["evie"]))
    return root


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
