"""What every report section shares: the project, its events, the output checker, where
figures go; and how a section records what it found or why it could not say."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from workbench.analysis.events import Event
from workbench.analysis.frames import Project
from workbench.errors import WorkbenchError
from workbench.outputs import OutputChecker

# Errors that mean "this cannot be estimated from these data" rather than a bug.
NOT_ESTIMABLE = (WorkbenchError, np.linalg.LinAlgError, ZeroDivisionError)


@dataclass
class Section:
    title: str
    findings: list[str] = field(default_factory=list)
    figures: list[tuple[Path, str]] = field(default_factory=list)  # (PNG, alternative text)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)


@dataclass
class ReportContext:
    project: Project
    events: dict[str, Event]
    checker: OutputChecker
    figures: Path

    def save(self, fig: Figure, name: str, built_from: list[str], section: Section) -> None:
        """Save a figure drawn from checked outputs, record it, and add it to the section."""
        self.figures.mkdir(parents=True, exist_ok=True)
        path = self.figures / f"{name}.png"
        titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
        alt = (f"Figure: {'; '.join(titles) or name.replace('_', ' ')}. The figures it shows "
               "are in the findings and tables of this section.")
        fig.savefig(path, dpi=100)
        plt.close(fig)
        self.checker.figure(path.name, path, built_from)
        if self.checker.records[-1].status == "fail":  # drawn from a withheld output
            path.unlink()
            section.findings.append(withheld(f"Figure '{titles[0] if titles else name}'",
                                             "it would show a withheld output"))
            return
        section.figures.append((path, alt))

    def event(self, name: str) -> Event | None:
        return self.events.get(name)


def withheld(what: str, reason: str) -> str:
    return f"{what}: not reported ({reason})."


def why_not(checker: OutputChecker, *names: str) -> str:
    """The reason the first of the named outputs that did not pass was suppressed or failed."""
    for record in checker.records:
        if record.name in names and record.status not in ("pass", "rounded"):
            return record.reason
    return "small numbers"


def released(checker: OutputChecker, *names: str) -> bool:
    """True when every named output passed whole (a finding quoting its shares may be
    written; counts are quoted only from the released table); suppressed or failed outputs
    are only shown as released, never quoted."""
    status = {r.name: r.status for r in checker.records}
    return all(status.get(n) in ("pass", "rounded") for n in names)
