"""A span of a note found to hold an identifier (offsets into the note, its kind, the score)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity: str
    score: float


def covered_by(spans: list):
    """A test of whether [start, end) is already removed by `spans` (sorted by start), in
    logarithmic time: a note may hold thousands of spans and mentions."""
    union: list[list[int]] = []
    for sp in spans:
        if union and sp.start <= union[-1][1]:
            union[-1][1] = max(union[-1][1], sp.end)
        else:
            union.append([sp.start, sp.end])
    starts = [a for a, _ in union]

    def covered(start: int, end: int) -> bool:
        k = bisect_right(starts, start) - 1
        return k >= 0 and end <= union[k][1]
    return covered
