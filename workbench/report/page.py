"""The report's HTML pieces: tables with captions, figures with figcaptions, findings in plain
words, the header, contents and glossary. Everything a reader sees goes through the labels
(`workbench.report.labels`), so no code or column name reaches the page."""

from __future__ import annotations

import base64
import html
import re

import pandas as pd

from workbench.report.context import Answer, FigureItem, Section, Table
from workbench.report.labels import column_label, label_index

SUPPRESSED = "[s]"
NOT_YET = "not yet"
SHARE_COLUMNS = ("share", "ci_low", "ci_high")
LEGEND = (f"{SUPPRESSED} = not shown: too few people or events to show safely; "
          f"“{NOT_YET}” = follow-up not complete yet (too recent to count).")

GLOSSARY = (
    ("95% interval (the range in brackets)", "The range the true figure very probably lies "
     "in, given how many people the numbers rest on. A wide range means the figure is "
     "uncertain."),
    ("Share", "Out of every 100 people (or contacts, or tests), how many. 36% means 36 in 100."),
    ("About a third fewer", "For every 3 before, about 2 after: a fall of about 33%."),
    ("Trend", "Whether a number goes steadily up or down over the months, once the ups and "
     "downs from month to month are set aside."),
    ("Rate", "How often something happens, counted against how much else was going on "
     "(e.g. outreach visits for every other contact with the same workers)."),
    ("Comparison series", "Numbers the event should not have changed (here: the project's "
     "other contacts with the same workers). If they moved too, the change was probably not "
     "the event's."),
    ("Interrupted time series", "A way of comparing what happened after an event with what "
     "the months before it would have led us to expect."),
    ("Kaplan-Meier", "A way of counting how many people finished a course of vaccination "
     "that allows for people who started recently and have not had time to finish."),
    (f"{SUPPRESSED} (not shown)", "A number left out because so few people are in it that "
     "someone could be recognised. Tables are grouped (by quarter or year, or with small "
     "groups counted in 'Other') so that as little as possible is left out."),
    ("Rounded", "Sexual-health counts are rounded to the nearest 5 (NHS rule), so that "
     "small numbers cannot be worked out; percentages are worked out from the rounded "
     "counts."),
    (NOT_YET, "The people in that row were first seen too recently to know whether they "
     "came back: they are left out, not counted as not coming back."),
    ("Migrant", "Someone born outside the UK who moved here (the project's definition)."),
    ("Setting", "Where someone mainly works: street, flat, sauna or massage parlour, escort "
     "or online."),
    ("De-identified", "Records with names, contact details and notes removed; exact ages "
     "and postcodes replaced by age bands and postcode districts."),
)


def esc(value) -> str:
    return html.escape(str(value))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _cell(value, column: str) -> str:
    if pd.isna(value):
        return SUPPRESSED
    if column in SHARE_COLUMNS:
        return f"{100 * float(value):.1f}%"
    if isinstance(value, (int, float)):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return esc(value)


def table_html(title: str, table: Table, anchor: str = "") -> str:
    """A table with a caption, labelled rows and columns, suppressed cells marked [s] and rows
    whose follow-up is not complete marked as such."""
    frame = table.frame
    not_complete = frame.get("not_complete")
    shown = frame.drop(columns=[c for c in ("not_complete", "too_recent") if c in frame])
    heads = [table.columns.get(str(c), column_label(c)) for c in shown.columns]
    rows_label = column_label(frame.index.name) if frame.index.name else ""
    body = []
    for i, (label, (_, row)) in enumerate(zip(label_index(frame.index, table.by),
                                              shown.iterrows())):
        waiting = not_complete is not None and bool(not_complete.iloc[i])
        cells = "".join(f"<td>{NOT_YET if waiting and pd.isna(v) else _cell(v, str(c))}</td>"
                        for c, v in row.items())
        body.append(f"<tr><th scope=\"row\">{esc(label)}</th>{cells}</tr>")
    head = "".join(f"<th scope=\"col\">{esc(h)}</th>" for h in [rows_label, *heads])
    notes = "".join(f"<p class=\"table-note\">{esc(n)}</p>" for n in table.notes)
    ident = f' id="{anchor}"' if anchor else ""
    return (f"<div class=\"table-block\"{ident}><table class=\"report-table\">"
            f"<caption>{esc(title)}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>{notes}</div>")


def figure_html(number: int, item: FigureItem) -> str:
    data = base64.b64encode(item.path.read_bytes()).decode()
    return (f"<figure class=\"report-figure\"><img src=\"data:image/png;base64,{data}\" "
            f"alt=\"{esc(item.alt)}\"><figcaption>Figure {number}. {esc(item.title)}. "
            f"The numbers drawn: <a href=\"#data-figure-{number}\">table A{number}</a> in the "
            "appendix.</figcaption></figure>")


def answer_html(answer: Answer) -> str:
    parts = [f"<h3>{esc(answer.question)}</h3>", f"<p class=\"finding\">{esc(answer.finding)}</p>"]
    if answer.meaning:
        parts.append(f"<p><strong>What it may mean:</strong> {esc(answer.meaning)}</p>")
    if answer.caveat:
        parts.append(f"<p><strong>But:</strong> {esc(answer.caveat)}</p>")
    return f"<div class=\"answer\">{''.join(parts)}</div>"


def section_html(section: Section, first_figure: int) -> tuple[str, int]:
    """A section: its answers, figures and tables; returns the HTML and the next figure number."""
    out = [f"<h2 id=\"{section.anchor or slug(section.title)}\">{esc(section.title)}</h2>"]
    out += [answer_html(a) for a in section.answers]
    number = first_figure
    for item in section.figures:
        out.append(figure_html(number, item))
        number += 1
    if section.tables:
        out.append(f"<p class=\"legend\">{esc(LEGEND)}</p>")
    out += [table_html(title, table) for title, table in section.tables.items()]
    return "\n".join(out), number


def figure_data_html(sections: list[Section]) -> str:
    """Appendix: the numbers behind every figure, one table each."""
    out, number = [], 1
    for section in sections:
        for item in section.figures:
            out.append(table_html(f"Table A{number}. Data for: {item.title}", item.data,
                                  f"data-figure-{number}"))
            number += 1
    return "\n".join(out)


def methods_html(sections: list[Section]) -> str:
    """Appendix: the technical statement of each finding (model, test, ratios)."""
    out = []
    for section in sections:
        if section.findings:
            out.append(f"<h3>{esc(section.title)}</h3><ul>"
                       + "".join(f"<li>{esc(f)}</li>" for f in section.findings) + "</ul>")
    return "\n".join(out)


def contents_html(entries: list[tuple[str, str]]) -> str:
    items = "".join(f"<li><a href=\"#{a}\">{esc(t)}</a></li>" for a, t in entries)
    return f"<nav class=\"contents\" aria-label=\"Contents\"><h2>Contents</h2><ol>{items}</ol></nav>"


def glossary_html() -> str:
    items = "".join(f"<dt>{esc(t)}</dt><dd>{esc(d)}</dd>" for t, d in GLOSSARY)
    return f"<h2 id=\"glossary\">Glossary</h2><dl class=\"glossary\">{items}</dl>"


def header_html(title: str, period: str, scope: str, synthetic: bool) -> str:
    mark = ("<p class=\"marking\">Not for publication before project review. "
            + ("Synthetic data: no real person is in this report." if synthetic else "")
            + "</p>")
    return (f"<header class=\"report-header\">{mark}<h1>{esc(title)}</h1>"
            f"<p class=\"period\">{esc(period)} · {esc(scope)}</p></header>")


DEFAULT_AIMS = ("To see how many people the project reaches and who they are, how its services "
                "are used, how people's sexual health is looked after, and what policing means "
                "for the people it works with, so that the service can be planned and "
                "improved with them.")


def aims_html(aims: str | None, sections: list[Section]) -> str:
    """The aims (a parameter, or the default) and the evaluation questions this report answers."""
    questions = "".join(f"<li>{esc(a.question)}</li>" for s in sections for a in s.answers)
    return (f"<h2 id=\"aims\">Aims and evaluation questions</h2><p>{esc(aims or DEFAULT_AIMS)}"
            f"</p><p>The questions this report answers:</p><ol>{questions}</ol>")


def findings_summary_html(sections: list[Section]) -> str:
    """Every finding in one sentence, by section."""
    out = ["<h2 id=\"summary-of-findings\">Summary of findings</h2>"]
    for s in sections:
        if s.answers:
            out.append(f"<h3>{esc(s.title)}</h3><ul class=\"summary\">"
                       + "".join(f"<li>{esc(a.finding)}</li>" for a in s.answers) + "</ul>")
    return "\n".join(out)


def output_checks_html(summary: pd.DataFrame) -> str:
    """The record of every output's check; output names are identifiers (in code type)."""
    rows = "".join(
        f"<tr><td><code>{esc(r['name'])}</code></td><td>{esc(r['kind'])}</td>"
        f"<td>{esc(r['status'])}</td><td>{esc(r['reason'])}</td>"
        f"<td>{int(r['cells'])}</td><td>{int(r['hidden'])}</td></tr>"
        for _, r in summary.iterrows())
    head = "".join(f"<th scope=\"col\">{h}</th>" for h in
                   ("Output", "Kind", "Status", "Check", "Cells", "Hidden"))
    widths = "".join(f"<col style=\"width:{w}%\">" for w in (27, 10, 10, 37, 8, 8))
    return (f"<div class=\"table-block checks\"><table class=\"report-table\"><caption>Output "
            f"checks: every output in this report</caption><colgroup>{widths}</colgroup>"
            f"<thead><tr>{head}</tr></thead>"
            f"<tbody>{rows}</tbody></table></div>")


def print_style(title: str, period: str, synthetic: bool) -> str:
    """The running header and page numbers of the printed report (A4)."""
    running = f"{title} · {period}" + (" · synthetic data" if synthetic else "")
    running = running.replace("\\", "\\\\").replace('"', '\\"')
    return ("<style>@page { size: A4; margin: 20mm 15mm 18mm 15mm; "
            f"@top-left {{ content: \"{running}\"; font-size: 8pt; color: #333; }} "
            "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
            "font-size: 8pt; color: #333; } "
            "@bottom-left { content: \"Not for publication before project review\"; "
            "font-size: 8pt; color: #333; } }</style>")
