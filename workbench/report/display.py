"""Show a report section in a notebook: findings as text, figures embedded, tables as HTML
with suppressed cells marked."""

from __future__ import annotations

import base64
import html

import pandas as pd
from IPython.display import HTML, Markdown, display

from workbench.report.context import Section

SUPPRESSED = "[s]"


def _table_html(table: pd.DataFrame) -> str:
    shown = table.copy()
    shares = [c for c in shown.columns if str(c) in ("share", "ci_low", "ci_high")]
    for c in shown.columns:
        if c in shares:
            shown[c] = shown[c].map(lambda v: SUPPRESSED if pd.isna(v) else f"{v:.1%}")
        else:
            shown[c] = shown[c].map(lambda v: SUPPRESSED if pd.isna(v) else
                                    f"{v:,.0f}" if isinstance(v, (int, float)) else v)
    shown.columns = [str(c).replace("_", " ") for c in shown.columns]
    return shown.to_html(border=0, classes="report-table")


def show_section(section: Section, findings: bool = True) -> None:
    display(Markdown(f"## {section.title}"))
    if findings and section.findings:
        display(Markdown("\n".join(f"- {f}" for f in section.findings)))
    for path, alt in section.figures:
        data = base64.b64encode(path.read_bytes()).decode()
        display(HTML(f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt)}" '
                     'style="max-width:100%">'))
    for title, table in section.tables.items():
        display(Markdown(f"**{title}** ({SUPPRESSED} = suppressed: small numbers)"))
        display(HTML(_table_html(table)))
