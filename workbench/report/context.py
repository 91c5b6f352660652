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
from workbench.core.errors import WorkbenchError
from workbench.outputs import OutputChecker

# Errors that mean "this cannot be estimated from these data" rather than a bug.
NOT_ESTIMABLE = (WorkbenchError, np.linalg.LinAlgError, ZeroDivisionError)


@dataclass
class Answer:
    """One evaluation question answered for a reader who is not a statistician: the finding
    in one sentence (numbers as percentages, intervals in brackets), what it may mean for the
    service, and the caveat; the technical detail goes to the methods appendix."""

    question: str
    finding: str
    meaning: str = ""
    caveat: str = ""
    technical: str = ""
    summary: str = ""  # the same finding in the one-page summary's words ("" leaves it out)


@dataclass
class Table:
    """A checked table as shown: what its columns are called, and notes under it (what was
    grouped, how shares were worked out)."""

    frame: pd.DataFrame
    columns: dict[str, str] = field(default_factory=dict)  # column -> words for this table
    notes: list[str] = field(default_factory=list)
    by: str | None = None  # the grouping of the index, for labels (e.g. "migrant")


@dataclass
class FigureItem:
    path: Path
    alt: str
    title: str
    data: Table  # the numbers drawn, shown in the appendix


@dataclass
class Section:
    title: str
    findings: list[str] = field(default_factory=list)  # technical statements, for the appendix
    figures: list[FigureItem] = field(default_factory=list)
    tables: dict[str, Table] = field(default_factory=dict)
    answers: list[Answer] = field(default_factory=list)
    anchor: str = ""


@dataclass
class ReportContext:
    project: Project
    events: dict[str, Event]
    checker: OutputChecker
    figures: Path

    def save(self, fig: Figure, name: str, built_from: list[str], section: Section,
             data: Table | pd.DataFrame | None = None) -> None:
        """Save a figure drawn from checked outputs, record it, and add it to the section with
        the table of the numbers it draws (shown in the appendix, so the alt text is true)."""
        self.figures.mkdir(parents=True, exist_ok=True)
        path = self.figures / f"{name}.png"
        titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
        title = "; ".join(titles) or name.replace("_", " ")
        if data is None:
            raise ValueError(f"figure {name!r}: give the table of the numbers it draws")
        table = data if isinstance(data, Table) else Table(data)
        alt = (f"Figure: {title}. The numbers it draws are in the appendix, in the table "
               f"Data for: {title}.")
        fig.savefig(path, dpi=100)
        plt.close(fig)
        self.checker.figure(path.name, path, built_from)
        if self.checker.records[-1].status == "fail":  # drawn from a withheld output
            path.unlink()
            section.findings.append(withheld(f"Figure '{titles[0] if titles else name}'",
                                             "it would show a withheld output"))
            return
        section.figures.append(FigureItem(path, alt, title, table))

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


def from_released(table: pd.DataFrame) -> pd.DataFrame:
    """Shares and intervals worked out again from the released (rounded) counts, so that the
    percentages shown agree with the counts beside them."""
    from workbench.analysis.shares import share_table

    if table.empty:
        return table
    shown = table[table["trials"].notna() & (table["trials"] > 0)]
    again = share_table(shown["successes"].astype(int), shown["trials"].astype(int))
    out = table.astype(float).copy()
    out.loc[shown.index, ["share", "ci_low", "ci_high"]] = again[
        ["share", "ci_low", "ci_high"]].to_numpy()
    return out


def labelled(frame: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """The same frame with its columns named for people (for figure legends)."""
    from workbench.report.labels import value_label

    return frame.rename(columns=lambda c: value_label(c, by))
