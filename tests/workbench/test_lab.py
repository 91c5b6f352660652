"""Notebooks keep data out of git: saved from JupyterLab inside a git work tree they carry no
outputs; `make lab` with a data directory opens a copy there."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import nbformat
import pytest

from tests.conftest import REPO
from workbench.core.errors import InputError
from workbench.report.lab import lab_folder, strip_outputs_in_repo


def _model_with_outputs() -> dict:
    nb = nbformat.v4.new_notebook(metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python", "version": "3.12.3", "mimetype": "text/x-python",
                          "codemirror_mode": {"name": "ipython", "version": 3}}})
    cell = nbformat.v4.new_code_cell("print(notes)", execution_count=3)
    cell.outputs = [nbformat.v4.new_output("stream", text="Maria's phone 07700 900123\n")]
    nb.cells.append(cell)
    return {"type": "notebook", "content": nbformat.from_dict(nb)}


def _save(model: dict, root, path: str) -> dict:
    strip_outputs_in_repo(model, path, contents_manager=SimpleNamespace(root_dir=str(root)))
    return model["content"]


def test_a_notebook_saved_inside_the_repository_has_no_outputs_or_lab_metadata():
    saved = _save(_model_with_outputs(), REPO, "notebooks/04_service_uptake.ipynb")
    cell = saved.cells[0]
    assert cell.outputs == [] and cell.execution_count is None
    assert "07700" not in nbformat.writes(saved)
    assert saved.metadata["language_info"] == {"name": "python"}  # as committed


def test_a_notebook_saved_inside_any_git_work_tree_is_stripped(tmp_path):
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    (tmp_path / "repo" / "sub").mkdir()
    saved = _save(_model_with_outputs(), tmp_path / "repo", "sub/n.ipynb")
    assert saved.cells[0].outputs == []


def test_a_notebook_saved_in_the_data_directory_keeps_its_outputs(tmp_path):
    saved = _save(_model_with_outputs(), tmp_path, "notebooks/n.ipynb")
    assert saved.cells[0].outputs and saved.cells[0].execution_count == 3


def test_lab_opens_a_copy_of_the_notebooks_in_the_data_directory(tmp_path):
    data = tmp_path / "project"
    data.mkdir()
    folder = lab_folder(REPO / "notebooks", data)
    assert folder == data.resolve() / "notebooks"
    assert {p.name for p in folder.glob("*.ipynb")} == {
        p.name for p in (REPO / "notebooks").glob("*.ipynb")}
    (folder / "00_tour.ipynb").write_text("my work")
    lab_folder(REPO / "notebooks", data)  # a second run keeps the evaluator's copies
    assert (folder / "00_tour.ipynb").read_text() == "my work"
    assert lab_folder(REPO / "notebooks") == REPO / "notebooks"


def test_lab_refuses_a_data_directory_inside_a_git_work_tree(tmp_path):
    with pytest.raises(InputError, match="outside any repository"):
        lab_folder(REPO / "notebooks", REPO / "notebooks")
    out = subprocess.run([sys.executable, "-m", "workbench.report.lab", "notebooks",
                          str(tmp_path / "missing")], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 2 and out.stderr.startswith("error:")


def test_make_lab_installs_once_and_sets_the_hook():
    makefile = (REPO / "Makefile").read_text()
    lab = makefile.split("\nlab:")[1].split("\n\n")[0]
    assert "pip install" not in lab  # installing is the stamped target's job
    assert "$(LAB_STAMP)" in lab
    assert "pre_save_hook=workbench.report.lab.strip_outputs_in_repo" in lab
