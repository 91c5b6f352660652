"""Score de-identification against gold identifier spans.

Scoring is by word token (a run of letters or digits), because what matters for safety is
whether any piece of an identifier is left: a phone number with its last four digits left is
a leak. A detection of any type counts for a gold token of any type (removing a name as an
organisation still removes it). Reported per gold entity type:
- recall: share of gold identifier tokens removed;
- leaked: gold identifier tokens left in the output (the count that matters);
- precision: of the tokens removed as this type, the share that were identifiers (of any
  type); F2 combines the two, weighing recall four times as much as precision;
and overall: recall, precision, F2, leaked tokens and the share of the other words kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class GoldNote:
    note_id: str
    text: str
    spans: tuple[tuple[int, int, str], ...]  # (start, end, entity type)


def _covering(start: int, end: int, spans: Iterable[tuple]) -> tuple | None:
    return next((sp for sp in spans if sp[0] < end and start < sp[1]), None)


def token_table(notes: list[GoldNote], detected: list[list[tuple]]) -> pd.DataFrame:
    """One row per word token: note, token, gold entity type (or None), removed or not, and
    the type it was removed as. Detections are (start, end) or (start, end, type)."""
    rows = []
    for note, found in zip(notes, detected):
        for m in _WORD.finditer(note.text):
            s, e = m.span()
            gold = next((t for gs, ge, t in note.spans if gs < e and s < ge), None)
            hit = _covering(s, e, found)
            rows.append((note.note_id, m.group(), gold, hit is not None,
                         hit[2] if hit is not None and len(hit) > 2 else None))
    return pd.DataFrame(rows, columns=["note_id", "token", "gold", "removed", "removed_as"])


def f_beta(precision: float, recall: float, beta: float = 2.0) -> float:
    if precision + recall == 0:
        return 0.0
    return (1 + beta**2) * precision * recall / (beta**2 * precision + recall)


def score(tokens: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, float]]:
    """Per-type table and overall figures from a token table."""
    ident = tokens[tokens.gold.notna()]
    per_type = (ident.groupby("gold").removed.agg(tokens="size", removed="sum")
                .assign(recall=lambda d: d.removed / d.tokens,
                        leaked=lambda d: d.tokens - d.removed))
    typed = tokens[tokens.removed_as.notna()]
    precision_by_type = typed.groupby("removed_as").gold.apply(lambda g: g.notna().mean())
    per_type["precision"] = precision_by_type.reindex(per_type.index)
    per_type["f2"] = [f_beta(p, r) if p == p else float("nan")
                      for p, r in zip(per_type.precision, per_type.recall)]
    per_type = per_type.sort_values("recall")
    removed = tokens[tokens.removed]
    precision = float(removed.gold.notna().mean()) if len(removed) else 1.0
    recall = float(ident.removed.mean()) if len(ident) else 1.0
    other = tokens[tokens.gold.isna()]
    overall = {
        "notes": int(tokens.note_id.nunique()),
        "identifier_tokens": int(len(ident)),
        "recall": recall,
        "precision": precision,
        "f2": f_beta(precision, recall),
        "leaked_tokens": int((~ident.removed).sum()),
        "other_words_kept": float((~other.removed).mean()) if len(other) else 1.0,
    }
    return per_type.reset_index().rename(columns={"gold": "entity_type"}), overall


def evaluate(notes: list[GoldNote], find) -> tuple[pd.DataFrame, dict[str, float], pd.DataFrame]:
    """Run `find(texts) -> list of span lists` over the notes and score it.

    Returns the per-type table, the overall figures, and the leaked tokens with their notes.
    """
    detected = [[(s.start, s.end, s.entity) if hasattr(s, "start") else tuple(s) for s in spans]
                for spans in find([n.text for n in notes])]
    tokens = token_table(notes, detected)
    per_type, overall = score(tokens)
    leaks = tokens[tokens.gold.notna() & ~tokens.removed]
    return per_type, overall, leaks


def gold_from_project(notes: pd.DataFrame, spans: pd.DataFrame) -> list[GoldNote]:
    """Gold notes from a generated project's notes and note_spans tables."""
    grouped = {k: tuple(zip(g.start, g.end, g.entity_type)) for k, g in spans.groupby("note_id")}
    return [GoldNote(n, t, grouped.get(n, ())) for n, t in zip(notes.note_id, notes.text)]


def sample_indices(n: int, k: int, seed: int = 0) -> np.ndarray:
    return np.sort(np.random.default_rng(seed).choice(n, size=min(n, k), replace=False))
