"""Run the report notebook headless with parameters, and render it to self-contained HTML.

The parameters go in a cell added after the one tagged `parameters`, as papermill does. The
HTML has no code (evaluation reports are read by people who do not need it), embeds its
figures, inlines its styles and loads nothing from anywhere (templates/selfcontained).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

from workbench.core.errors import InputError, WorkbenchError
from workbench.core.resources import notebooks_dir
from workbench.report.files import FIGURES, OUTPUTS, PROVENANCE, SUMMARY

REPORT_NOTEBOOK = "07_evaluation_report.ipynb"
TEMPLATES = Path(__file__).resolve().parent / "templates"


class ReportError(WorkbenchError):
    """The report notebook stopped: the message names the cell's error."""


def inject_parameters(nb: nbformat.NotebookNode, parameters: dict[str, Any]) -> None:
    """Add a cell after the one tagged `parameters` that sets the given values."""
    index = next((i for i, c in enumerate(nb.cells)
                  if "parameters" in c.metadata.get("tags", [])), None)
    if index is None:
        raise InputError("the notebook has no cell tagged 'parameters'")
    source = "\n".join(f"{k} = {v!r}" for k, v in parameters.items())
    nb.cells.insert(index + 1, nbformat.v4.new_code_cell(
        source, metadata={"tags": ["injected-parameters"]}))


def run_notebook(path: Path, parameters: dict[str, Any], workdir: Path,
                 timeout: int = 1800) -> nbformat.NotebookNode:
    nb = nbformat.read(path, as_version=4)
    inject_parameters(nb, parameters)
    # IPC (Unix sockets) rather than TCP on localhost: no port is opened.
    sockets = tempfile.mkdtemp(prefix="wb-kernel-")
    km = KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(sockets) / "k"))
    client = NotebookClient(nb, km=km, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(workdir)}})
    try:
        client.execute()
    except CellExecutionError as exc:
        text = re.sub(r"\x1b\[[0-9;]*m", "", str(exc))  # the kernel colours its tracebacks
        last = [line for line in text.strip().splitlines() if line.strip()][-1]
        raise ReportError(f"{path.name} stopped: {last}") from None
    finally:
        if km.has_kernel:
            km.shutdown_kernel(now=True)
        shutil.rmtree(sockets, ignore_errors=True)
    return nb


def render_html(nb: nbformat.NotebookNode, title: str | None = None) -> str:
    """The executed notebook as one HTML page: no code, cells tagged `report-hide` left out,
    and `title` as the page's (and so the PDF's) title."""
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.remove_cell_tags = {"report-hide"}
    config.TagRemovePreprocessor.enabled = True
    exporter = HTMLExporter(config=config, template_name="selfcontained",
                            extra_template_basedirs=[str(TEMPLATES)],
                            exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    if title:
        nb = nbformat.from_dict(nb)
        nb.metadata["title"] = title
    html, _ = exporter.from_notebook_node(nb)
    return html


BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def chromium_flags(profile: str) -> list[str]:
    """Headless Chromium with an empty profile of its own and its background networking off."""
    return ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions", "--metrics-recording-only",
            f"--user-data-dir={profile}"]


def render_pdf(html: Path, pdf: Path, timeout: int = 180) -> Path:
    """Print the HTML report to PDF with a headless Chromium already on the machine (Debian's
    `chromium` package); nothing is downloaded."""
    browser = next((b for b in map(shutil.which, BROWSERS) if b), None)
    if browser is None:
        raise ReportError("no Chromium found for the PDF: install Debian's chromium package "
                          "(apt-get install chromium), or open report.html and print it")
    # --no-sandbox: Chromium refuses to run as root with its sandbox (containers, CI).
    # A profile of its own, thrown away afterwards, and no background network calls
    # (component updates, sync, safe-browsing lists): printing a local file needs none.
    profile = tempfile.mkdtemp(prefix="wb-chromium-")
    args = [browser, *chromium_flags(profile), "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}", html.resolve().as_uri()]
    try:
        subprocess.run(args, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise ReportError(f"Chromium did not finish printing {html.name} in {timeout} s") from None
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if not pdf.exists() or pdf.stat().st_size == 0:
        raise ReportError(f"Chromium did not write {pdf}")
    return pdf


def build_report(data_dir: str | Path, out_dir: str | Path, period: str | None = None,
                 site: str | None = None, pdf: bool = False,
                 project_name: str | None = None) -> dict[str, Path]:
    """Run the evaluation report on a project's de-identified zone; write report.html (the
    report), summary.html (one page for service users), report.ipynb (the executed
    notebook), outputs.json (every output's check), provenance.json (data, code, parameters,
    checks) and figures/ into out_dir; with pdf=True also report.pdf and summary.pdf. The
    notebook writes outputs.json, summary.html and provenance.json with
    `report.files.write_report_files`, as it does when run by hand."""
    out = Path(out_dir).resolve()
    if out.exists() and not out.is_dir():
        raise InputError(f"{out_dir}: is a file; give a folder for the report (-o)")
    made_out, made_figures = not out.exists(), not (out / FIGURES).exists()
    out.mkdir(parents=True, exist_ok=True)
    parameters = {"DATA_DIR": str(Path(data_dir).resolve()), "PERIOD": period, "SITE": site,
                  "OUT_DIR": str(out)}
    if project_name:
        parameters["PROJECT_NAME"] = project_name
    try:
        nb = run_notebook(notebooks_dir() / REPORT_NOTEBOOK, parameters, out)
    except BaseException:  # a failed report leaves nothing it made behind
        if made_out:
            shutil.rmtree(out, ignore_errors=True)
        elif made_figures:
            shutil.rmtree(out / FIGURES, ignore_errors=True)
        raise
    nbformat.write(nb, out / "report.ipynb")
    paths = {"html": out / "report.html", "summary": out / SUMMARY,
             "notebook": out / "report.ipynb", "outputs": out / OUTPUTS,
             "provenance": out / PROVENANCE, "figures": out / FIGURES}
    if not paths["provenance"].exists():  # written last, after outputs.json and the summary
        raise ReportError(f"{REPORT_NOTEBOOK} did not write {PROVENANCE}: its output-check "
                          "cell must call write_report_files")
    about = json.loads(paths["provenance"].read_text(encoding="utf-8"))["report"]
    title = f"{about['title']}, {about['period']}"
    paths["html"].write_text(render_html(nb, title), encoding="utf-8")
    if pdf:
        paths["pdf"] = render_pdf(paths["html"], out / "report.pdf")
        paths["summary_pdf"] = render_pdf(paths["summary"], out / "summary.pdf")
    return paths
