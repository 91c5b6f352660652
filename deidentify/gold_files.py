"""Gold files an evaluator can bring: CoNLL (one token a line, BIO tags) and span JSONL, as
well as the project's own hand-written format (datasets/gold_notes/).

- CoNLL: `token<TAB>tag` (or space-separated, the tag last), a blank line between texts;
  tokens are joined with single spaces. Only the entity types in `types` are identifiers
  (WNUT17: person and location); other tagged tokens count as ordinary words.
- span JSONL: one object a line, {"text": ..., "spans": [{"start": 0, "end": 5,
  "type": "PERSON"}, ...]} (spans may also be [start, end, type] lists; "id" is optional).
"""

from __future__ import annotations

import json
from pathlib import Path

from deidentify.evaluate import GoldNote
from deidentify.gold_notes import load_handwritten
from workbench.core.errors import InputError

CONLL_TYPES = {"person": "PERSON", "location": "LOCATION", "per": "PERSON", "loc": "LOCATION"}


def load_conll(path: str | Path, types: dict[str, str] | None = None) -> list[GoldNote]:
    types = CONLL_TYPES if types is None else types
    notes: list[GoldNote] = []
    words: list[str] = []
    spans: list[list] = []
    text_len = 0

    def close() -> None:
        nonlocal words, spans, text_len
        if words:
            notes.append(GoldNote(f"{Path(path).stem}-{len(notes) + 1}", " ".join(words),
                                  tuple((s, e, t) for s, e, t in spans)))
        words, spans, text_len = [], [], 0

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read as UTF-8 CoNLL ({exc})") from None
    previous = None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            close()
            previous = None
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        if len(parts) < 2:
            raise InputError(f"{path}: line {number} has no tag (expected token<TAB>tag)")
        token, tag = parts[0], parts[-1]
        start = text_len + (1 if words else 0)
        end = start + len(token)
        entity = types.get(tag[2:].lower()) if tag[:2] in ("B-", "I-") else None
        if entity and tag.startswith("I-") and previous == entity and spans:
            spans[-1][1] = end
        elif entity:
            spans.append([start, end, entity])
        previous = entity
        words.append(token)
        text_len = end
    close()
    return notes


def load_span_jsonl(path: str | Path) -> list[GoldNote]:
    notes = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read as UTF-8 JSONL ({exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            text = obj["text"]
            spans = tuple((int(s["start"]), int(s["end"]), str(s["type"])) if isinstance(s, dict)
                          else (int(s[0]), int(s[1]), str(s[2])) for s in obj.get("spans", ()))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, IndexError) as exc:
            raise InputError(f"{path}: line {number} is not a gold note "
                             f'({{"text": ..., "spans": [{{"start", "end", "type"}}]}}): {exc}') \
                from None
        if not isinstance(text, str) or any(not 0 <= s < e <= len(text) for s, e, _ in spans):
            raise InputError(f"{path}: line {number} has a span outside its text")
        notes.append(GoldNote(str(obj.get("id", f"{Path(path).stem}-{number}")), text, spans))
    return notes


def load_gold(path: str | Path) -> list[GoldNote]:
    """Any gold file, by its form: .jsonl spans, the project's [[value|TYPE]] notes, CoNLL."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such gold file")
    if p.suffix.lower() in (".jsonl", ".ndjson"):
        return load_span_jsonl(p)
    head = p.read_text(encoding="utf-8", errors="replace")[:20000]
    if "[[" in head and "]]" in head and "\n## " in "\n" + head:
        return load_handwritten(p)
    notes = load_conll(p)
    if not notes:
        raise InputError(f"{path}: no notes found (CoNLL, span JSONL or [[value|TYPE]] notes)")
    return notes
