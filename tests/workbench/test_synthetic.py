"""`workbench.synthetic`: a de-identified synthetic project for notebooks, without the demo."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO
from workbench.analysis import load_project
from workbench.analysis.events import is_synthetic, project_events
from workbench.core.errors import ZoneError
from workbench.synthetic import synthetic_project


def test_a_synthetic_project_has_its_deidentified_zone_ready_for_the_analysis(tmp_path):
    data = synthetic_project(tmp_path / "project", users=60, seed=3)
    assert data.root == (tmp_path / "project").resolve()
    manifest = json.loads((data.deidentified / "manifest.json").read_text())
    assert manifest["notes"] is None and "notes" not in manifest["tables"]  # structured only
    assert not data.table_path("deidentified", "notes").exists()
    generated = json.loads((data.identifiable / "manifest.json").read_text())
    assert generated["parameters"]["users"] == 60 and generated["parameters"]["seed"] == 3
    project = load_project(data)
    assert project.service_users["user_id"].nunique() <= 60 and len(project.contacts)
    assert is_synthetic(data) and set(project_events(data)) == {"policing_operation",
                                                                 "interpreter_change"}


def test_a_folder_inside_a_git_work_tree_is_refused():
    with pytest.raises(ZoneError, match="inside the git work tree"):
        synthetic_project(REPO / "notebooks" / "project", users=10)
    assert not (REPO / "notebooks" / "project").exists()


def test_it_loads_neither_the_demo_nor_the_ethics_gate_nor_the_report():
    code = ("import sys, workbench.synthetic; print(sorted(m for m in sys.modules if "
            "m.split('.')[0] == 'ethics' or m.startswith(('workbench.demo', 'workbench.report', "
            "'nbconvert'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         timeout=120, env={"PYTHONPATH": str(REPO), "PATH": ""})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
