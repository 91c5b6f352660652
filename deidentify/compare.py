"""Before-and-after views of de-identified notes, for notebooks and review pages."""

from __future__ import annotations

from deidentify.engine import Span
from deidentify.operators import placeholder_spans
from workbench.core.highlight import highlight


def side_by_side(pairs: list[tuple[str, list[Span], str]]) -> str:
    """HTML table: each original with what was found marked, beside its de-identified text
    with the replacements marked. Only for the identifiable zone's own users."""
    rows = []
    for original, spans, result in pairs:
        before = highlight(original, [(s.start, s.end, s.entity) for s in spans])
        after = highlight(result, placeholder_spans(result)) if result is not None else \
            "<p><i>withheld</i></p>"
        rows.append(f"<tr><td style='vertical-align:top;width:50%'>{before}</td>"
                    f"<td style='vertical-align:top'>{after}</td></tr>")
    head = ("<tr><th>original (identifiable zone: never leaves the project)</th>"
            "<th>de-identified</th></tr>")
    return f"<table style='border-collapse:collapse'>{head}{''.join(rows)}</table>"
