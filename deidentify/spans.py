"""A span of a note found to hold an identifier (offsets into the note, its kind, the score)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity: str
    score: float
