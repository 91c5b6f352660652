"""Render text with marked character spans as HTML (for notebooks and review pages)."""

from __future__ import annotations

import html
from collections.abc import Iterable

from workbench.core.palette import PALETTE


def highlight(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """HTML for `text` with each (start, end, label) span marked and labelled.

    Overlapping spans are merged into the first; all text is escaped.
    """
    colours: dict[str, str] = {}
    out, pos = [], 0
    for start, end, label in sorted(spans):
        if start < pos:
            continue
        colour = colours.setdefault(label, PALETTE[len(colours) % len(PALETTE)])
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark style="background:{colour}33;border-bottom:2px solid {colour}" '
                   f'title="{html.escape(label)}">{html.escape(text[start:end])}'
                   f'<sub style="font-size:70%;color:{colour}">{html.escape(label)}</sub></mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return '<p style="line-height:1.9;font-family:sans-serif">' + "".join(out) + "</p>"
