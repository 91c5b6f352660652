"""`workbench report`: a self-contained HTML evaluation report with checked outputs and
provenance, from the de-identified zone."""

from __future__ import annotations

import json
import re

import pytest

from tests.cli_helpers import run_cli
from workbench.core.integrity import file_sha256
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
    assert paths["provenance"] == paths["html"].parent / "provenance.json"
    prov = json.loads(paths["provenance"].read_text())
    contacts = analysis_project / "deidentified" / "contacts.parquet"
    assert prov["input"]["tables"]["contacts"] == file_sha256(contacts)
    assert prov["input"]["combined"] in html
    assert prov["code"]["workbench"] and prov["parameters"]["PERIOD"] == "2023-01:2025-12"
    events = analysis_project / "deidentified" / "events.json"
    assert prov["input"]["events"]["sha256"] == file_sha256(events)
    assert prov["input"]["events"]["sha256"] in html
    # The record of the output checks is the one written beside the report, and says so.
    assert prov["output_checks"]["record_sha256"] == file_sha256(paths["outputs"])
    assert prov["output_checks"]["record_sha256"] in html
    outputs = json.loads(paths["outputs"].read_text())["outputs"]
    assert prov["output_checks"]["outputs"] == len(outputs)


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
    for name in ("contacts.parquet", "service_users.parquet", "events.json"):
        shutil.copy(analysis_project / "deidentified" / name, copy / "deidentified")
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


# --- A report a funder, a manager and a service user can read (issue 14) ---------------------

def _text(html: str) -> str:
    """What a reader sees: no styles, no code-type identifiers (output names, hashes), no tags."""
    body = re.sub(r"(?s)<style.*?</style>|<code>.*?</code>|<head>.*?</head>", " ", html)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


def test_the_report_has_a_real_title_and_the_summary_its_own(report):
    paths, html = report
    title = re.search(r"<title>(.*?)</title>", html).group(1)
    assert title.startswith("Synthetic project: evaluation report") and "2023" in title
    assert "Notebook" not in title
    summary = paths["summary"].read_text(encoding="utf-8")
    assert re.search(r"<title>Synthetic project: what we found</title>", summary)


def test_the_report_prints_on_a4_with_page_numbers_and_a_running_header(report):
    _, html = report
    assert "size: A4" in html and "counter(page)" in html
    assert re.search(r"@top-left \{ content: \"Synthetic project: evaluation report · January "
                     r"2023 to December 2025 \(36 months\) · synthetic data\"", html)
    assert "Not for publication before project review" in _text(html)


def test_every_figure_has_a_caption_and_the_table_of_its_numbers(report):
    _, html = report
    figures = re.findall(r"<figure.*?</figure>", html, flags=re.S)
    assert len(figures) >= 7
    for n, figure in enumerate(figures, start=1):
        assert "<figcaption>" in figure and f'href="#data-figure-{n}"' in figure
        title = re.search(r"Figure \d+\. (.*?)\. The numbers drawn", figure).group(1)
        assert f'id="data-figure-{n}"' in html
        assert f"Table A{n}. Data for: {title}</caption>" in html  # the alt text points here
        assert f"Data for: {title}." in re.search(r'alt="([^"]*)"', figure).group(1)


def test_no_code_or_column_name_reaches_the_reader(report):
    from workbench.core import vocabularies
    from workbench.core.schema import TABLES

    _, html = report
    text = _text(html)
    codes = {v for name in dir(vocabularies) if name.isupper()
             for v in getattr(vocabularies, name) if "_" in v}
    columns = {c.name for t in TABLES.values() for c in t.columns if "_" in c.name}
    columns |= {f"user_{c}" for c in ("migrant", "setting", "site", "gender",
                                      "nationality_group")}
    leaked = sorted(w for w in codes | columns if re.search(rf"\b{re.escape(w)}\b", text))
    assert not leaked
    assert not re.search(r"\b(True|False|successes|trials|nan|NaN)\b", text)


def test_findings_come_in_plain_words_with_their_range_first(report):
    _, html = report
    summary = html.split('id="summary-of-findings"')[1].split('id="reach"')[0]
    text = _text(summary)
    assert "Mann-Kendall" not in text and "odds ratio" not in text and "rate ratio" not in text
    assert re.search(r"\d+% \(between \d+% and \d+%\)", text)
    assert "immigration status" in text  # the policing findings are in the summary
    assert "police" in text and "response was" in text
    for heading in ("Contents", "Aims and evaluation questions", "Glossary",
                    "Who the project reached", "Appendix A: technical detail of each finding"):
        assert heading in html, heading


def test_the_summary_page_has_no_statistics_beyond_percentages(report):
    paths, _ = report
    text = _text(paths["summary"].read_text(encoding="utf-8"))
    assert "What we found" in text and "Not for publication before project review" in text
    for word in ("CI", "p =", "p <", "ratio", "odds", "interval", "Kaplan", "model"):
        assert not re.search(rf"\b{re.escape(word)}\b", text), word
    assert len(re.findall(r"\d+%", text)) >= 5


def test_no_table_in_the_report_is_left_suppressed_that_a_coarser_grouping_would_show(
        analysis_project, tmp_path):
    from workbench.analysis import load_project
    from workbench.analysis.events import project_events
    from workbench.outputs import OutputChecker
    from workbench.report.coarsen import group_until_shown, passes
    from workbench.report.context import ReportContext
    from workbench.report.policing_section import policing_section

    project = load_project(analysis_project)
    ctx = ReportContext(project, project_events(analysis_project), OutputChecker(),
                        tmp_path / "figures")
    section = policing_section(ctx)
    incidents = next(t for title, t in section.tables.items() if title.startswith("Incidents"))
    assert not incidents.frame.isna().any().any()  # was 55 of 72 cells [s] by quarter
    assert incidents.notes and "Grouped so that it can be shown" in incidents.notes[0]
    # Where a table still has suppressed cells, the coarsest grouping fails too.
    for table in section.tables.values():
        if table.frame.isna().any().any() and {"successes", "trials"} - set(table.frame):
            coarsest = group_until_shown(table.frame.fillna(0), min_categories=1)
            assert not passes(coarsest.table)


def test_pdf_printing_runs_chromium_with_its_own_profile_and_no_background_network(
        report, monkeypatch, tmp_path):
    from workbench.report import build

    paths, _ = report
    seen = {}

    def fake_run(args, **kwargs):
        seen["args"] = args
        pdf = next(a for a in args if a.startswith("--print-to-pdf=")).split("=", 1)[1]
        __import__("pathlib").Path(pdf).write_bytes(b"%PDF-1.4")
        profile = next(a for a in args if a.startswith("--user-data-dir=")).split("=", 1)[1]
        seen["profile_existed"] = __import__("os").path.isdir(profile)
        seen["profile"] = profile

    monkeypatch.setattr(build.shutil, "which", lambda name: "/usr/bin/chromium")
    monkeypatch.setattr(build.subprocess, "run", fake_run)
    build.render_pdf(paths["html"], tmp_path / "r.pdf")
    for flag in ("--headless", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"):
        assert flag in seen["args"], flag
    assert seen["profile_existed"] and not __import__("os").path.exists(seen["profile"])


@pytest.mark.skipif(not any(__import__("shutil").which(b) for b in ("chromium", "chromium-browser",
                                                                    "google-chrome")),
                    reason="no Chromium on this machine (the PDF is optional)")
def test_the_printed_report_is_a4_with_its_title_and_the_summary_one_page(report):
    from workbench.report.build import render_pdf

    paths, _ = report
    pdf = render_pdf(paths["html"], paths["html"].with_name("a4.pdf")).read_bytes()
    boxes = set(re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf))
    assert boxes and all(round(float(w)) == 595 and round(float(h)) == 842 for w, h in boxes)
    assert b"Notebook" not in pdf
    summary = render_pdf(paths["summary"], paths["html"].with_name("s.pdf")).read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", summary)) == 1
