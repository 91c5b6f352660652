"""Fixtures for the export journey: a de-identified synthetic project, people with their own
key pairs (kept outside the data directory), and a roster signed by the first lead."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ethics.people import add_person, init_roster

LEAD, EVIE, RITA = "Lena Lead", "Evie Evaluator", "Rita Reviewer"


def wb(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workbench.cli", *args], capture_output=True,
                          text=True)


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
