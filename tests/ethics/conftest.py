"""Fixtures for the export gate: a small de-identified project (structured tables only) and a
helper that writes an export spec with the example's checklist answers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO

EXAMPLE_SPEC = REPO / "examples" / "export_request.yaml"


@pytest.fixture(scope="session")
def deid_project(tmp_path_factory, small_project) -> Path:
    from deidentify.api import deidentify_project

    root = tmp_path_factory.mktemp("gate") / "project"
    shutil.copytree(small_project, root)
    deidentify_project(root, include_notes=False)
    return root


@pytest.fixture
def write_spec(tmp_path):
    """write_spec(tables={...}, **other keys) -> path of a complete spec."""
    answers = yaml.safe_load(EXAMPLE_SPEC.read_text())["answers"]
    count = iter(range(1000))

    def write(tables: dict, **extra) -> Path:
        spec = {"title": "t", "purpose": "p", "researcher": {"name": "A", "organisation": "B"},
                "tables": {t: {"columns": c} for t, c in tables.items()}, "answers": answers,
                **extra}
        path = tmp_path / f"spec{next(count)}.yaml"
        path.write_text(yaml.safe_dump(spec))
        return path

    return write
