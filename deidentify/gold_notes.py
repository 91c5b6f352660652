"""Read hand-written gold notes ([[value|TYPE]] marks; datasets/gold_notes/*.txt).

A mark may name any kind the workbench knows (workbench/core/entity_types.py), not only the
kinds the generator plants: an evaluator's own notes mark towns as LOCATION."""

from __future__ import annotations

import re
from pathlib import Path

from deidentify.evaluate import GoldNote
from workbench.core.errors import InputError
from workbench.core.resources import datasets_dir
from workbench.core.entity_types import REGISTRY

_MARK = re.compile(r"\[\[(.+?)\|([A-Z_]+)\]\]")


def parse_note(note_id: str, marked: str) -> GoldNote:
    """Strip [[value|TYPE]] marks; return the plain text with the spans they marked."""
    text, spans, pos, last = [], [], 0, 0
    for m in _MARK.finditer(marked):
        literal = marked[last:m.start()]
        text.append(literal)
        pos += len(literal)
        value, entity = m.group(1), m.group(2)
        if entity not in REGISTRY:
            raise InputError(f"gold note {note_id}: unknown entity type {entity} (known: "
                             f"{', '.join(REGISTRY)})")
        spans.append((pos, pos + len(value), entity))
        text.append(value)
        pos += len(value)
        last = m.end()
    text.append(marked[last:])
    return GoldNote(note_id, "".join(text).strip(), tuple(spans))


def load_handwritten(path: Path | None = None) -> list[GoldNote]:
    path = path or datasets_dir() / "gold_notes" / "handwritten.txt"
    notes, current, lines = [], None, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            if current:
                notes.append(parse_note(current, "\n".join(lines)))
            current, lines = line.split()[1], []
        elif current and not line.startswith("#"):
            lines.append(line)
    if current:
        notes.append(parse_note(current, "\n".join(lines)))
    return notes
