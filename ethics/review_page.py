"""The review page for an export request: one self-contained HTML file, no scripts or links."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import pandas as pd

from deidentify.operators import placeholder_spans
from ethics.checklist import Item
from ethics.people import name_key
from workbench.highlight import highlight
from workbench.zones import DataDir

_COLOURS = {"pass": "#009E73", "fail": "#D55E00", "review": "#E69F00"}
_STYLE = """body{font-family:sans-serif;max-width:1100px;margin:2em auto;line-height:1.45}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:4px 8px;
text-align:left;vertical-align:top}th{background:#f3f3f3}.status{font-weight:bold}"""


def _e(value: Any) -> str:
    return html.escape(str(value))


def _table(frame: pd.DataFrame) -> str:
    return frame.to_html(index=False, escape=True, border=0) if len(frame) else "<p>none</p>"


def render_review_page(record: dict[str, Any], extract: dict[str, pd.DataFrame],
                       items: list[Item], sample_notes: int = 8,
                       decision: dict[str, Any] | None = None,
                       history: list[dict[str, Any]] | None = None) -> str:
    spec = record["spec"]
    out = [f"<!doctype html><html lang='en'><meta charset='utf-8'><title>Review "
           f"{_e(record['request_id'])}</title><style>{_STYLE}</style><body>",
           f"<h1>Export request {_e(record['request_id'])}</h1>",
           f"<p><b>{_e(spec['title'])}</b><br>{_e(spec['purpose'])}</p>",
           f"<p>Requested by {_e(record['requester'])} on {_e(record['created'])} for "
           f"{_e(spec['researcher'].get('name'))} ({_e(spec['researcher'].get('organisation'))})."
           f" Content hash <code>{_e(record['content_hash'])}</code>: any change to the "
           "extract after approval voids the approval.</p>",
           "<h2>Automated checks</h2>"]
    for check in record["checks"]:
        colour = _COLOURS[check["status"]]
        out.append(f"<h3>{_e(check['check'])}: <span class='status' style='color:{colour}'>"
                   f"{_e(check['status'].upper())}</span></h3><p>{_e(check['reason'])}</p>")
        out.append(f"<p><small>thresholds: {_e(check['thresholds'])}</small></p>")
        if check["details"]:
            out.append(_table(pd.DataFrame(check["details"])))
    out.append("<h2>Checklist</h2><table><tr><th>id</th><th>item</th><th>answer</th>"
               "<th>evidence or reason</th></tr>")
    answers = spec.get("answers", {})
    for item in items:
        if item.answered_by == "check":
            status = next((c["status"] for c in record["checks"]
                           if c["check"].split(":")[0] == item.check), "not run")
            answer, evidence = f"automated: {status}", item.check
        else:
            given = answers.get(item.id, {})
            answer = given.get("answer", "missing")
            evidence = given.get("evidence") or given.get("reason") or ""
        out.append(f"<tr><td>{_e(item.id)}</td><td>{_e(item.text)}</td><td>{_e(answer)}</td>"
                   f"<td>{_e(evidence)}</td></tr>")
    out.append("</table><h2>Tables and columns</h2><table><tr><th>table</th><th>rows</th>"
               "<th>columns</th></tr>")
    for table, info in record["tables"].items():
        out.append(f"<tr><td>{_e(table)}</td><td>{info['rows']:,}</td>"
                   f"<td>{_e(', '.join(info['columns']))}</td></tr>")
    out.append("</table>")
    notes = extract.get("notes")
    if notes is not None and "text" in notes:
        out.append("<h2>Sample of de-identified notes</h2><p>Replacements are highlighted.</p>")
        for text in notes.text.dropna().head(sample_notes):
            out.append(highlight(text, placeholder_spans(text)))
    out.append("</body></html>")
    return "\n".join(out)


def earlier_exports(data: DataDir, record: dict[str, Any]) -> list[dict[str, Any]]:
    """Approved requests for the same researcher or organisation, before this one."""
    researcher = record["spec"].get("researcher", {})
    same = {name_key(str(researcher.get("name", ""))), name_key(str(researcher.get("organisation", "")))}
    found = []
    for path in sorted((data.exports / "requests").glob("*/decision.json")):
        folder = path.parent
        if folder.name == record["request_id"]:
            continue
        try:
            other = json.loads((folder / "request.json").read_text())
            decision = json.loads(path.read_text())
        except (OSError, json.JSONDecodeError):
            continue
        theirs = other["spec"].get("researcher", {})
        if decision.get("decision") != "approved" or not same & {
                name_key(str(theirs.get("name", ""))), name_key(str(theirs.get("organisation", "")))}:
            continue
        found.append({"request": other["request_id"], "approved": decision.get("time", ""),
                      "title": other["spec"].get("title", ""),
                      "tables": {t: list(c) for t, c in other["spec"].get("tables", {}).items()}})
    return found


def rewrite_review_page(data: DataDir, folder: Path, record: dict[str, Any],
                        decision: dict[str, Any] | None) -> Path:
    """Write the review page again (after a decision: with it)."""
    from ethics.checklist import load_checklist

    extract = {p.stem: pd.read_parquet(p) for p in sorted((folder / "extract").glob("*.parquet"))}
    _, items = load_checklist()
    page = folder / "review.html"
    page.write_text(render_review_page(record, extract, items, decision=decision,
                                       history=earlier_exports(data, record)), encoding="utf-8")
    return page
