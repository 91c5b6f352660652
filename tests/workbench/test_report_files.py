"""The files beside a report (outputs.json, summary.html, provenance.json), written by the
report builder: complete, consistent with each other, with the figures and with the data read;
and the analysis and the report read the de-identified zone alone.

Quick: a 200-person project, the report's sections run in this process (the notebook and its
rendering are tested in test_report.py, marked slow)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

import nbformat
import pytest

from tests.conftest import REPO
from workbench.analysis import load_project
from workbench.analysis.events import project_events
from workbench.core.integrity import file_sha256
from workbench.core.zones import DataDir, open_data_dir
from workbench.outputs import OutputChecker
from workbench.report.context import ReportContext
from workbench.report.files import ReportFiles, ReportFilesError, write_report_files
from workbench.report.health_section import health_section
from workbench.report.policing_section import policing_section
from workbench.report.reach_section import reach_section
from workbench.report.uptake_section import uptake_section
from workbench.synthetic import synthetic_project

ABOUT = {"name": "Synthetic project", "title": "Synthetic project: evaluation report",
         "period": "the whole period", "scope": "both sites", "synthetic": True}


def build(data: DataDir, out: Path) -> ReportFiles:
    """What the report notebook does, without the notebook: every section, then the files."""
    project = load_project(data)
    checker = OutputChecker()
    ctx = ReportContext(project, project_events(data), checker, out / "figures")
    sections = [reach_section(ctx), uptake_section(ctx), health_section(ctx),
                policing_section(ctx)]
    return write_report_files(out, data, project, checker, sections, **ABOUT)


# The zone is watched from the first read of the module's project: Python-level file access
# under a watched folder is recorded (pyarrow opens Parquet files in C++, unseen: the run on a
# copy without identifiable/ below catches those).
_WATCHED: list[str] = []
_SEEN: list[str] = []


def _audit(event: str, args: tuple) -> None:
    if _WATCHED and event in ("open", "os.listdir", "os.scandir", "glob.glob"):
        path = args[0]
        if isinstance(path, (str, bytes, Path)):
            path = str(Path(path.decode() if isinstance(path, bytes) else path).resolve())
            if any(path.startswith(w) for w in _WATCHED):
                _SEEN.append(f"{event} {path}")


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> DataDir:
    return synthetic_project(tmp_path_factory.mktemp("files") / "project", users=200, seed=13)


@pytest.fixture(scope="module")
def report(data, tmp_path_factory) -> tuple[Path, ReportFiles, list[str]]:
    """The report's files for the project, built while its identifiable zone is watched."""
    out = tmp_path_factory.mktemp("report")
    sys.addaudithook(_audit)  # hooks cannot be removed: it records only while _WATCHED is set
    _WATCHED.append(str(data.identifiable.resolve()))
    try:
        files = build(data, out)
    finally:
        _WATCHED.clear()
    return out, files, list(_SEEN)


def test_every_output_listed_is_there_with_its_hash_and_nothing_else(report):
    out, files, _ = report
    record = json.loads((out / "outputs.json").read_text(encoding="utf-8"))
    assert files.paths["outputs"] == out / "outputs.json"
    listed = {}
    for output in record["outputs"]:
        for name, digest in output["files"].items():
            listed[name] = digest
            path = out / "figures" / name
            if output["status"] == "fail":
                assert not path.exists(), name  # a withheld figure is not left behind
            else:
                assert file_sha256(path) == digest, name
    assert len(listed) >= 7
    assert {p.name for p in (out / "figures").iterdir()} <= set(listed)  # none unrecorded
    assert list(files.checks["name"]) == [o["name"] for o in record["outputs"]]


def test_provenance_vouches_for_the_output_record(report):
    out, files, _ = report
    outputs = json.loads((out / "outputs.json").read_text(encoding="utf-8"))
    prov = json.loads((out / "provenance.json").read_text(encoding="utf-8"))
    assert prov == files.provenance
    checks = prov["output_checks"]
    assert checks["record"] == "outputs.json"
    assert checks["record_sha256"] == file_sha256(out / "outputs.json")
    assert checks["outputs"] == len(outputs["outputs"])
    assert checks["cleared"] is outputs["cleared"]
    assert checks["by_status"] == dict(Counter(o["status"] for o in outputs["outputs"]))
    failed = [o["name"] for o in outputs["outputs"] if o["status"] == "fail"]
    assert all(name in files.verdict for name in failed)
    assert files.verdict.startswith("Cleared") is outputs["cleared"]
    assert prov["report"] == {k: v for k, v in ABOUT.items() if k != "name"}


def test_provenance_names_the_data_it_came_from(report, data):
    out, _, _ = report
    prov = json.loads((out / "provenance.json").read_text(encoding="utf-8"))
    read = prov["input"]
    assert Path(read["zone"]) == data.deidentified
    assert {"contacts", "service_users", "health_events", "incidents"} <= set(read["tables"])
    for name, digest in read["tables"].items():
        assert digest == file_sha256(data.table_path("deidentified", name)), name
    combined = "".join(f"{k}:{v}\n" for k, v in sorted(read["tables"].items()))
    assert read["combined"] == hashlib.sha256(combined.encode()).hexdigest()
    assert read["events"] == {"file": str(data.deidentified / "events.json"),
                              "sha256": file_sha256(data.deidentified / "events.json")}
    assert Path(prov["parameters"]["DATA_DIR"]) == data.root
    assert prov["parameters"]["PERIOD"] == str(load_project(data).period)
    assert prov["parameters"]["SITE"] == "both sites"
    assert prov["code"]["workbench"]


def test_the_summary_page_is_written_beside_them(report):
    out, files, _ = report
    summary = files.paths["summary"].read_text(encoding="utf-8")
    assert files.paths["summary"] == out / "summary.html"
    assert "<title>Synthetic project: what we found</title>" in summary


@pytest.mark.parametrize("case, message", [
    ("changed", "changed since output 'drawn.png' was checked"),
    ("missing", "recorded for output 'drawn.png' but missing"),
    ("withheld", "withheld"),
])
def test_a_figure_the_record_does_not_vouch_for_stops_the_files(data, tmp_path, case, message):
    project = load_project(data)
    checker = OutputChecker()
    figure = tmp_path / "figures" / "drawn.png"
    figure.parent.mkdir()
    figure.write_bytes(b"a figure")
    if case == "withheld":
        checker.model("tiny", {"residual_df": 1})  # too few residual degrees of freedom
        assert checker.records[-1].status == "fail"
        checker.figure("drawn.png", figure, ["tiny"])
    else:
        checker.figure("drawn.png", figure, [])
        if case == "changed":
            figure.write_bytes(b"another figure")
        else:
            figure.unlink()
    with pytest.raises(ReportFilesError, match=message):
        write_report_files(tmp_path, data, project, checker, [], **ABOUT)
    assert not any((tmp_path / n).exists() for n in ("outputs.json", "provenance.json",
                                                     "summary.html"))


# --- The analysis never opens the identifiable zone (issue 13) ------------------------------

def test_the_analysis_and_report_read_the_deidentified_zone_alone(report, data, tmp_path):
    """Nothing under identifiable/ is opened or listed while the report is made, and a copy
    of the project with no identifiable/ at all loads the same tables and events (the
    sections compute from those alone)."""
    import pandas as pd

    from workbench.analysis.events import is_synthetic

    _, _, seen = report
    assert not seen
    copy = open_data_dir(tmp_path / "project", create=True)
    shutil.rmtree(copy.identifiable)
    shutil.copytree(data.deidentified, copy.deidentified, dirs_exist_ok=True)
    here, there = load_project(data), load_project(copy)
    assert not copy.identifiable.exists()
    assert list(there.tables) == list(here.tables) and str(there.period) == str(here.period)
    for name in here.tables:
        pd.testing.assert_frame_equal(there.tables[name], here.tables[name])
    assert project_events(copy) == project_events(data) != {}
    assert is_synthetic(copy) and is_synthetic(data)


@pytest.mark.parametrize("path", sorted((REPO / "notebooks").glob("0[4-7]_*.ipynb")),
                         ids=lambda p: p.name)
def test_the_analysis_notebooks_never_name_the_identifiable_zone(path):
    nb = nbformat.read(path, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    for mark in (".identifiable", '"identifiable"', "'identifiable'", "workbench.demo"):
        assert mark not in code, f"{path.name}: {mark}"
