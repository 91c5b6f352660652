"""`workbench report`: a self-contained HTML evaluation report with checked outputs and
provenance, from the de-identified zone."""

from __future__ import annotations

import json
import re

import pytest

from tests.cli_helpers import run_cli
from workbench.integrity import file_sha256
from workbench.report.build import build_report

pytestmark = pytest.mark.slow  # the report notebook runs


@pytest.fixture(scope="module")
def report(analysis_project, tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    paths = build_report(analysis_project, out)
    return paths, paths["html"].read_text(encoding="utf-8")


def test_the_report_loads_nothing_from_anywhere(report):
    paths, html = report
    assert "<script" not in html  # no require.js, no MathJax, no widget loader
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "@import" not in html
    figures = [o for o in json.loads(paths["outputs"].read_text())["outputs"]
               if o["kind"] == "figure"]
    assert len(figures) >= 7
    assert html.count('src="data:image/png;base64,') == len(figures)  # embedded, each once
    assert html.count('alt="Figure: ') == len(figures)  # with alternative text


def test_the_report_shows_findings_methods_limitations_checks_and_provenance(report):
    _, html = report
    for heading in ("Summary of findings", "Service uptake", "Health outcomes",
                    "Policing and safety", "Methods", "Limitations", "Output checks",
                    "Provenance"):
        assert heading in html, heading
    assert "establishment outreach per other contact" in html  # the ITS finding
    assert "Synthetic data." in html
    assert "import " not in html.split("</style>")[-1]  # no code in the report


def test_every_output_is_recorded_and_the_report_is_cleared(report):
    paths, html = report
    record = json.loads(paths["outputs"].read_text())
    assert record["cleared"] is True
    kinds = {o["kind"] for o in record["outputs"]}
    assert {"table", "shares", "model", "figure", "survival"} <= kinds
    figures = {o["name"]: o["files"] for o in record["outputs"] if o["kind"] == "figure"}
    for name, files in figures.items():
        assert files[name] == file_sha256(paths["figures"] / name)
    assert "Cleared: every output passed or was suppressed as shown." in html


def test_provenance_names_the_exact_data_read(report, analysis_project):
    paths, html = report
    prov = json.loads((paths["html"].parent / "provenance.json").read_text())
    contacts = analysis_project / "deidentified" / "contacts.parquet"
    assert prov["input"]["tables"]["contacts"] == file_sha256(contacts)
    assert prov["input"]["combined"] in html
    assert prov["code"]["workbench"] and prov["parameters"]["PERIOD"] == "2023-01:2025-12"


def test_the_command_takes_a_period_and_a_site(analysis_project, tmp_path):
    out = run_cli(["report", "--data", str(analysis_project), "--period", "2024-01:2025-06",
                   "--site", "regional", "-o", str(tmp_path / "r")])
    assert out.returncode == 0, out.stderr
    assert "Report:" in out.stdout and "withheld" in out.stdout
    html = (tmp_path / "r" / "report.html").read_text()
    assert "January 2024 to June 2025" in html and "the regional site" in html


@pytest.mark.parametrize("args, message", [
    (["--period", "2024-13:2025-01"], "period"),
    (["--period", "2025-01:2024-01"], "end comes before"),
])
def test_bad_parameters_are_named_before_anything_runs(analysis_project, tmp_path, args, message):
    out = run_cli(["report", "--data", str(analysis_project), "-o", str(tmp_path / "r"), *args])
    assert out.returncode == 2 and out.stderr.startswith("error:") and message in out.stderr
    assert not (tmp_path / "r").exists()


def test_a_project_without_a_deidentified_zone_is_refused(tmp_path):
    (tmp_path / "p").mkdir()
    out = run_cli(["report", "--data", str(tmp_path / "p"), "-o", str(tmp_path / "r")])
    assert out.returncode == 2 and "deidentify" in out.stderr


def test_a_project_without_health_referral_interpreter_or_incident_records_still_reports(
        analysis_project, tmp_path):
    """Contacts and people are required; every other table may be missing, and each section
    then says there is nothing to show instead of stopping."""
    import shutil

    from workbench.analysis import load_project
    from workbench.analysis.events import project_events
    from workbench.outputs import OutputChecker
    from workbench.report.context import ReportContext
    from workbench.report.health_section import health_section
    from workbench.report.policing_section import policing_section
    from workbench.report.uptake_section import uptake_section

    copy = tmp_path / "p"
    shutil.copytree(analysis_project / "identifiable", copy / "identifiable",
                    ignore=shutil.ignore_patterns("*.parquet"))
    (copy / "deidentified").mkdir()
    for name in ("contacts", "service_users"):
        shutil.copy(analysis_project / "deidentified" / f"{name}.parquet", copy / "deidentified")
    project = load_project(copy)
    assert project.incidents.empty and project.health_events.empty
    ctx = ReportContext(project, project_events(copy), OutputChecker(), tmp_path / "figures")
    health = health_section(ctx)
    assert "No STI screens are recorded in the period." in health.findings
    assert any("no hepatitis B course" in f for f in health.findings)
    policing = policing_section(ctx)
    assert any("establishment outreach" in f for f in policing.findings)  # contacts suffice
    assert any("raids: not reported" in f for f in policing.findings)
    assert uptake_section(ctx).figures


def test_pdf_needs_a_chromium_on_the_machine_and_says_so(report, monkeypatch):
    from workbench.report import build

    paths, _ = report
    monkeypatch.setattr(build.shutil, "which", lambda name: None)
    with pytest.raises(build.ReportError, match="apt-get install chromium"):
        build.render_pdf(paths["html"], paths["html"].with_suffix(".pdf"))


@pytest.mark.skipif(not any(__import__("shutil").which(b) for b in ("chromium", "chromium-browser",
                                                                    "google-chrome")),
                    reason="no Chromium on this machine (the PDF is optional)")
def test_the_report_prints_to_pdf(report):
    from workbench.report.build import render_pdf

    paths, _ = report
    pdf = render_pdf(paths["html"], paths["html"].with_name("printed.pdf"))
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 100_000
