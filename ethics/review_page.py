"""The review page for an export request: one self-contained HTML file, no scripts or links."""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from deidentify.operators import placeholder_spans
from ethics.checklist import Item, check_status
from workbench.highlight import highlight

_COLOURS = {"pass": "#009E73", "fail": "#D55E00", "review": "#E69F00"}
_STYLE = """body{font-family:sans-serif;max-width:1100px;margin:2em auto;line-height:1.45}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:4px 8px;
text-align:left;vertical-align:top}th{background:#f3f3f3}.status{font-weight:bold}"""


def _e(value: Any) -> str:
    return html.escape(str(value))


def _table(frame: pd.DataFrame) -> str:
    return frame.to_html(index=False, escape=True, border=0) if len(frame) else "<p>none</p>"


def render_review_page(record: dict[str, Any], extract: dict[str, pd.DataFrame],
                       items: list[Item], sample_notes: int = 8) -> str:
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
            status = check_status(item, record["checks"])  # worst of all its tables (issue 9)
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
