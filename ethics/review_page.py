"""The review page for an export request: one self-contained HTML file a reviewer decides from.

It opens with a verdict line and the exact command to run next, then every check in plain
words (with its default and source), what each table holds (rows, people, dates, each column's
disclosure role, why it is needed and its values, small counts shown as "<10", a few sample
rows), the de-identification settings, the researcher and the retention date, earlier exports
to the same researcher, and the checklist answers. It is written when the request is made and
again after the decision, with the reviewer, the justifications and the signatures.
No scripts, no links to anything outside the file; readable on a phone; text contrast of at
least 4.5:1.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pandas as pd

from deidentify import placeholder_spans
from ethics.checklist import Item, answer_problems, check_status
from ethics.review_facts import (adds, describe_value, earlier_exports, plain_check, spec_gaps,
                                 table_facts)
from workbench.core.highlight import highlight
from workbench.core.zones import DataDir

__all__ = ["earlier_exports", "render_review_page", "rewrite_review_page", "STATUS_COLOURS"]

# Text colours on white (and on their tinted backgrounds), each above 4.5:1.
# "suppressed" and "rounded" (the output checks' statuses) read as passes that changed cells.
STATUS_COLOURS = {"pass": "#006b3c", "suppressed": "#006b3c", "rounded": "#006b3c",
                  "review": "#8a4b00", "fail": "#b00020"}
TINTS = {"pass": "#e8f5ee", "suppressed": "#e8f5ee", "rounded": "#e8f5ee",
         "review": "#fdf3e6", "fail": "#fbe9ec"}
LABELS = {"pass": "passed", "suppressed": "passed with cells suppressed",
          "rounded": "passed with counts rounded", "review": "needs your decision",
          "fail": "failed"}
SAMPLE_ROWS = 5
DETAILS = {"consent": "rows left out, per table (one person has rows in several tables, so "
                      "add people, not rows: the number of people is in the result above)",
           "k_anonymity": "the smallest groups (combinations shared by fewer than k people)",
           "residual_identifiers": "identifiers found (cell, type)"}

_STYLE = """body{font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff;max-width:1100px;
margin:0 auto;padding:1em;line-height:1.5}h1{font-size:1.6em;margin-bottom:.2em}
h2{margin-top:1.8em;border-bottom:2px solid #555;padding-bottom:.2em}
.scroll{overflow-x:auto;margin:.5em 0 1.5em}table{border-collapse:collapse;min-width:50%}
caption{text-align:left;font-weight:bold;padding:.3em 0;color:#1a1a1a}
td,th{border:1px solid #767676;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eee}code,.hash{font-family:ui-monospace,monospace;word-break:break-all}
pre{white-space:pre-wrap;word-break:break-all;background:#f4f4f4;border:1px solid #767676;
padding:.6em}.verdict{border-left:8px solid;padding:.6em 1em;font-size:1.15em;font-weight:bold}
.status{font-weight:bold}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}
dt{font-weight:bold}dd{margin:0}@media (max-width:600px){dl{grid-template-columns:1fr}
dd{margin-bottom:.4em}body{padding:.5em}table.cards,.cards tbody,.cards tr,.cards td{
display:block;width:auto}.cards thead{position:absolute;left:-9999px}.cards tr{
border:1px solid #767676;margin-bottom:.6em}.cards td{border:none;border-top:1px solid #ddd}
.cards td::before{content:attr(data-label) ": ";font-weight:bold}.cards caption{display:block}
body{overflow-wrap:anywhere}}"""


def _e(value: Any) -> str:
    return html.escape(str(value))


def _status(status: str) -> str:
    return (f"<span class='status' style='color:{STATUS_COLOURS[status]}'>"
            f"{_e(LABELS[status])}</span>")


def _table(rows: list[dict[str, Any]], caption: str, raw: tuple[str, ...] = (),
           cards: bool = True) -> str:
    """An HTML table with a caption; columns named in `raw` hold HTML already escaped. With
    `cards`, each row becomes a labelled block on a narrow screen."""
    if not rows:
        return f"<p><b>{_e(caption)}</b>: none</p>"
    head = "".join(f"<th scope='col'>{_e(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(
        f"<td data-label='{_e(c)}'>{v if c in raw else _e(v)}</td>" for c, v in r.items())
        + "</tr>" for r in rows)
    return (f"<div class='scroll'><table{' class=cards' if cards else ''}><caption>"
            f"{_e(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody>"
            "</table></div>")


def _dl(pairs: list[tuple[str, Any]]) -> str:
    return "<dl>" + "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"


def _blockers(record: dict[str, Any], items: list[Item]) -> list[str]:
    """What stops approval besides the checks: answers, reasons, retention date."""
    spec = record["spec"]
    return [*(f"checklist: {p}" for p in answer_problems(items, spec.get("answers", {}))),
            *spec_gaps(spec)]


def _verdict(record: dict[str, Any], items: list[Item], decision: dict[str, Any] | None,
             data_root: Path | None) -> str:
    rid, checks = record["request_id"], record["checks"]
    data = _e(data_root) if data_root else "DATA_DIR"
    by = {s: [c["check"] for c in checks if c["status"] == s] for s in STATUS_COLOURS}
    blockers = _blockers(record, items)
    if decision is not None:
        approved = decision["decision"] == "approved"
        n = len(decision.get("exceptions", {}))
        line = (f"Approved by {_e(decision['reviewer'])} on {_e(decision['time'])}"
                f"{f', with {n} justified exception(s)' if n else ''}." if approved else
                f"Rejected by {_e(decision['reviewer'])} on {_e(decision['time'])}.")
        state = "pass" if approved else "fail"
        step = (f"<p>Next: write the package (outside any git repository), send it by the "
                f"agreed secure means, and give the researcher the project's lead key "
                f"fingerprint (<code>workbench people list</code>):</p><pre>workbench export "
                f"{_e(rid)} --data {data} -o PACKAGE_DIR --key YOUR_KEY_FILE</pre>"
                if approved else "<p>Next: nothing can be exported from this request; the "
                "requester may make a new one that answers the reasons given.</p>")
        return f"<p class='verdict' style='{_box(state)}'>{line}</p>{step}"
    needs = "needs" if len(by["review"]) == 1 else "need"
    summary = (f"{len(checks)} checks: {len(by['pass'])} passed, {len(by['review'])} {needs} "
               f"your decision, {len(by['fail'])} failed.")
    reject = (f"workbench review {_e(rid)} --data {data} --key YOUR_KEY_FILE --reject "
              "--comment 'why'")
    if by["fail"] or blockers:
        why = [f"check {c} failed" for c in by["fail"]] + blockers
        return (f"<p class='verdict' style='{_box('fail')}'>Cannot be approved. {summary}</p>"
                "<ul>" + "".join(f"<li>{_e(w)}</li>" for w in why) + "</ul>"
                f"<p>Next: reject it, saying what the requester must change:</p><pre>{reject}"
                "</pre>")
    exceptions = " ".join(f"--exception '{_e(c)}=why this is acceptable here'"
                          for c in by["review"])
    approve = f"workbench review {_e(rid)} --data {data} --key YOUR_KEY_FILE --approve"
    if by["review"]:
        return (f"<p class='verdict' style='{_box('review')}'>{summary} Decide on: "
                f"{_e(', '.join(by['review']))}.</p><p>Next: read what each one found below. "
                "Approve only if you can write down why the risk is acceptable for this "
                f"researcher and purpose:</p><pre>{approve} {exceptions}</pre><p>or reject:</p>"
                f"<pre>{reject}</pre>")
    return (f"<p class='verdict' style='{_box('pass')}'>{summary} Nothing needs an exception."
            f"</p><p>Next: read the tables below, then approve or reject:</p><pre>{approve}"
            f"</pre><pre>{reject}</pre>")


def _box(state: str) -> str:
    return (f"border-color:{STATUS_COLOURS[state]};background:{TINTS[state]};"
            f"color:{STATUS_COLOURS[state]}")


def _request_section(record: dict[str, Any]) -> str:
    spec = record["spec"]
    researcher = spec.get("researcher", {})
    sig = record.get("signature", {})
    return "<h2 id='request'>The request</h2>" + _dl([
        ("Title", _e(spec["title"])), ("Purpose", _e(spec["purpose"])),
        ("Researcher", _e(researcher.get("name", "not given"))),
        ("Organisation", _e(researcher.get("organisation", "not given"))),
        ("Contact", _e(researcher.get("contact", "not given"))),
        ("Retention: destroy by", _e(spec.get("retention_until") or "NOT GIVEN")),
        ("Requested by", f"{_e(record['requester'])} on {_e(record['created'])}"),
        ("Requester's key", f"<code>{_e(sig.get('key', 'unsigned'))}</code>"),
        ("Date precision", _e(spec.get("date_precision", ""))),
        ("Content hash", f"<span class='hash'>{_e(record['content_hash'])}</span> (any change "
         "to the extract after approval voids it)"),
    ])


def _decision_section(record: dict[str, Any], decision: dict[str, Any]) -> str:
    out = ["<h2 id='decision'>The decision</h2>", _dl([
        ("Decision", _e(decision["decision"])), ("Reviewer", _e(decision["reviewer"])),
        ("Time", _e(decision["time"])), ("Comment", _e(decision.get("comment") or "none")),
        ("Audit log entries before it", _e(decision.get("log_head", {}).get("entries", "?"))),
    ])]
    out.append(_table([{"check": c, "justification": why}
                       for c, why in decision.get("exceptions", {}).items()],
                      "Justified exceptions (checks that needed a decision)"))
    out.append(_table([
        {"what": "request", "signed by": record["requester"],
         "key fingerprint": record.get("signature", {}).get("key", "")},
        {"what": "decision", "signed by": decision["reviewer"],
         "key fingerprint": decision.get("signature", {}).get("key", "")}],
        "Signatures (compare with 'workbench people list')"))
    return "".join(out)


def _checks_section(record: dict[str, Any], decision: dict[str, Any] | None) -> str:
    rows, details = [], []
    for check in record["checks"]:
        meaning, default, source = plain_check(check["check"])
        accepted = decision is not None and check["check"] in decision.get("exceptions", {})
        result = (f"<span class='status' style='color:{STATUS_COLOURS['review']}'>accepted by "
                  "the reviewer (see the justification)</span>" if accepted
                  else _status(check["status"]))
        rows.append({"check": _e(check["check"]), "result": result,
                     "what it found": _e(check["reason"]), "what it means": _e(meaning),
                     "default and source": _e(f"{default} ({source})" if default else ""),
                     "settings in force": _e(describe_value(check["thresholds"]))})
        if check["details"]:
            shown = [{k: describe_value(v) for k, v in row.items()}
                     for row in check["details"][:20]]
            more = (f" (first 20 of {len(check['details'])})" if len(check["details"]) > 20
                    else "")
            what = DETAILS.get(check["check"].split(":")[0], "details")
            details.append(_table(shown, f"{check['check']}: {what}{more}", cards=False))
    return ("<h2 id='checks'>Automated checks</h2>"
            + _table(rows, "Every check, its result and what it means",
                     raw=tuple(rows[0]) if rows else ()) + "".join(details))


def _tables_section(record: dict[str, Any], extract: dict[str, pd.DataFrame]) -> str:
    out = ["<h2 id='tables'>What the extract holds</h2><p>Counts under 10 are shown as "
           "&lt;10. Sample rows are from the extract itself, already de-identified.</p>"]
    why = record["spec"].get("why", {})
    for table, frame in extract.items():
        facts = table_facts(table, frame, why.get(table, {}),
                            record["spec"].get("date_precision", "day"))
        people = f", {facts['people']:,} people" if facts["people"] is not None else ""
        out.append(f"<h3>{_e(table)}</h3><p>{facts['rows']:,} rows{people}; dates "
                   f"{_e(facts['dates'])}.</p>")
        out.append(_table([{"column": c["column"], "disclosure role": c["role"],
                            "why it is needed": c["why"] or "NO REASON GIVEN",
                            "values": c["values"]} for c in facts["columns"]],
                          f"{table}: columns"))
        if table != "notes":
            sample = [{c: describe_value(v) for c, v in row.items()} for row in
                      frame.head(SAMPLE_ROWS).to_dict(orient="records")]
            out.append(_table(sample, f"{table}: first {min(SAMPLE_ROWS, len(frame))} rows",
                              cards=False))
    return "".join(out)


def _history_section(record: dict[str, Any], history: list[dict[str, Any]]) -> str:
    researcher = record["spec"].get("researcher", {})
    who = f"{researcher.get('name', '?')} or {researcher.get('organisation', '?')}"
    if not history:
        return (f"<h2 id='history'>Earlier exports</h2><p>No earlier approved export to "
                f"{_e(who)}.</p>")
    new = adds(record, history)
    return (f"<h2 id='history'>Earlier exports</h2><p>Data released before to {_e(who)}: "
            "together with this extract it could be linked (cumulative disclosure).</p>"
            + _table([{"request": h["request"], "approved": h["approved"], "title": h["title"],
                       "columns": "; ".join(f"{t}: {', '.join(c)}" for t, c in h["tables"].items())}
                      for h in history], "Approved exports to the same researcher or "
                     "organisation")
            + (f"<p>This request adds columns not released to them before: {_e(', '.join(new))}"
               "</p>" if new else "<p>This request adds no new column: it releases the same "
               "columns again (check whether it covers other people or months).</p>"))


def _deid_section(record: dict[str, Any]) -> str:
    config = dict(record.get("deidentification", {}))
    operators = config.pop("operators", {})
    allow = config.pop("allow_list", [])
    places = config.pop("keep_places", [])
    bands = config.pop("age_bands", [])
    labels = {"score_threshold": "Detections below this score are ignored",
              "default_operator": "Other identifier types are replaced by",
              "max_note_chars": "Longer notes are withheld (characters)",
              "date_precision": "Dates in the de-identified zone",
              "keep_places_from_faker_countries": "Country names kept",
              "source": "Settings file", "sha256": "Settings file SHA-256"}
    pairs = [(labels.get(k, k), _e(describe_value(v))) for k, v in config.items()]
    if bands:
        edges = [*bands, None]
        pairs.append(("Age bands", _e(", ".join(f"{a}-{b - 1}" if b else f"{a}+"
                                               for a, b in zip(edges, edges[1:])))))
    pairs += [(f"Place names kept ({len(places)})", _e(", ".join(places))),
              (f"Service names kept on purpose ({len(allow)})", _e(", ".join(allow)))]
    return ("<h2 id='deidentification'>De-identification settings</h2>" + _dl(pairs)
            + _table([{"identifier type": k, "replaced by": v} for k, v in operators.items()],
                     "How each identifier type found in text is replaced"))


def _checklist_section(record: dict[str, Any], items: list[Item]) -> str:
    answers = record["spec"].get("answers", {})
    rows = []
    for item in items:
        if item.answered_by == "check":
            status = check_status(item, record["checks"])  # worst of all its tables
            answer = (f"automated check: {LABELS[status]}" if status in LABELS
                      else "check not run")
            evidence = item.check
        else:
            given = answers.get(item.id, {})
            raw = given.get("answer", "missing") if isinstance(given, dict) else given
            answer = describe_value(raw)
            evidence = (given.get("evidence") or given.get("reason") or "") \
                if isinstance(given, dict) else ""
        rows.append({"id": item.id, "safe": item.safe, "item": item.text, "answer": answer,
                     "evidence or reason": evidence, "source": item.source})
    return "<h2 id='checklist'>Checklist answers</h2>" + _table(rows, "Every checklist item")


def render_review_page(record: dict[str, Any], extract: dict[str, pd.DataFrame],
                       items: list[Item], sample_notes: int = 8,
                       decision: dict[str, Any] | None = None,
                       history: list[dict[str, Any]] | None = None,
                       data_root: Path | None = None) -> str:
    rid = record["request_id"]
    out = ["<!doctype html><html lang='en'><head><meta charset='utf-8'><meta name='viewport' "
           "content='width=device-width, initial-scale=1'>"
           f"<title>Review {_e(rid)}</title><style>{_STYLE}</style></head><body>",
           f"<h1>Export request {_e(rid)}</h1><p>{_e(record['spec']['title'])}</p>",
           _verdict(record, items, decision, data_root),
           "<p>On this page: <a href='#request'>request</a> · "
           + ("<a href='#decision'>decision</a> · " if decision else "")
           + "<a href='#checks'>checks</a> · <a href='#tables'>tables</a> · "
           "<a href='#history'>earlier exports</a> · <a href='#deidentification'>"
           "de-identification</a> · <a href='#checklist'>checklist</a></p>",
           _request_section(record)]
    if decision is not None:
        out.append(_decision_section(record, decision))
    out += [_checks_section(record, decision), _tables_section(record, extract),
            _history_section(record, history or []), _deid_section(record),
            _checklist_section(record, items)]
    notes = extract.get("notes")
    if notes is not None and "text" in notes:
        out.append("<h2>Sample of de-identified notes</h2><p>Replacements are highlighted.</p>")
        for text in notes.text.dropna().head(sample_notes):
            out.append(highlight(text, placeholder_spans(text)))
    out.append("</body></html>")
    return "\n".join(out)


def rewrite_review_page(data: DataDir, folder: Path, record: dict[str, Any],
                        decision: dict[str, Any] | None) -> Path:
    """Write the review page again (after a decision: with it)."""
    from ethics.checklist import load_checklist

    extract = {p.stem: pd.read_parquet(p) for p in sorted((folder / "extract").glob("*.parquet"))}
    _, items = load_checklist()
    page = folder / "review.html"
    page.write_text(render_review_page(record, extract, items, decision=decision,
                                       history=earlier_exports(data, record),
                                       data_root=data.root), encoding="utf-8")
    return page
