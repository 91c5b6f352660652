"""The files a report leaves beside its HTML, written here for `workbench report` and for the
report notebook run by hand alike:

- outputs.json: every output's check (from the OutputChecker), figures with their SHA-256;
- summary.html: the one page for service users;
- provenance.json: the data read (hashes), the code, the parameters, the verdict of the output
  checks and the SHA-256 of outputs.json; written last, so that it is there only when the
  others are.

Before anything is written, each figure the record releases must be in figures/ with the
hash recorded, and no figure it withholds may be there: a report never leaves a file behind
that its record does not vouch for.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from workbench.analysis.frames import Project
from workbench.core.atomic import write_text
from workbench.core.errors import WorkbenchError
from workbench.core.integrity import file_sha256
from workbench.core.zones import DataDir
from workbench.outputs import OutputChecker
from workbench.report.context import Section
from workbench.report.provenance import provenance
from workbench.report.summary import summary_html

OUTPUTS, PROVENANCE, SUMMARY, FIGURES = ("outputs.json", "provenance.json", "summary.html",
                                         "figures")


class ReportFilesError(WorkbenchError):
    """A figure on disk does not match the output record: the message names it."""


@dataclass
class ReportFiles:
    """What was written, and what the report shows of it."""

    paths: dict[str, Path]  # outputs, summary, provenance
    checks: pd.DataFrame  # one row per output: name, kind, status, reason, cells, hidden
    verdict: str  # the output checks in one sentence
    provenance: dict[str, Any]  # as written to provenance.json


def verdict(checker: OutputChecker) -> str:
    failed = [r.name for r in checker.records if r.status == "fail"]
    if checker.cleared:
        return "Cleared: every output passed or was suppressed as shown."
    if not failed:
        return ("Not cleared: outputs await a person's review; nothing may leave before it.")
    return (f"{len(failed)} output(s) failed their checks and are withheld from this report "
            f"({', '.join(failed)}); everything shown passed or was suppressed as marked.")


def check_figures(checker: OutputChecker, figures: Path) -> None:
    """Every figure the record releases is in `figures` with its recorded hash; none that it
    withholds is there."""
    for record in checker.records:
        for name, digest in record.files.items():
            path = figures / name
            if record.status == "fail":
                if path.exists():
                    raise ReportFilesError(f"{path}: withheld ({record.reason}) but on disk")
            elif not path.exists():
                raise ReportFilesError(f"{path}: recorded for output {record.name!r} but missing")
            elif file_sha256(path) != digest:
                raise ReportFilesError(f"{path}: changed since output {record.name!r} was checked")


def write_report_files(out: str | Path, data: DataDir, project: Project,
                       checker: OutputChecker, sections: list[Section], *, name: str,
                       title: str, period: str, scope: str, synthetic: bool) -> ReportFiles:
    """Write outputs.json, summary.html and provenance.json into `out` (whose figures/ holds
    the figures the checker recorded) for a report on `project`, read from `data`; `name` is
    the project's name, `title`, `period` and `scope` the words the report's header uses."""
    out = Path(out)
    check_figures(checker, out / FIGURES)
    paths = {"outputs": out / OUTPUTS, "summary": out / SUMMARY, "provenance": out / PROVENANCE}
    checker.write(paths["outputs"])
    write_text(paths["summary"], summary_html(name, period, sections, synthetic))
    checks = checker.summary()[["name", "kind", "status", "reason", "cells", "hidden"]]
    gate = {"cleared": checker.cleared, "outputs": len(checks),
            "by_status": checks["status"].value_counts().to_dict(),
            "record": OUTPUTS, "record_sha256": file_sha256(paths["outputs"])}
    parameters = {"DATA_DIR": str(data.root), "PERIOD": str(project.period),
                  "SITE": project.site or "both sites"}
    record = provenance(data, list(project.tables), parameters, gate)
    record["report"] = {"title": title, "period": period, "scope": scope,
                        "synthetic": bool(synthetic)}
    write_text(paths["provenance"], json.dumps(record, indent=2) + "\n")
    return ReportFiles(paths, checks, verdict(checker), record)
