"""Helpers for de-identification tests (the session's engine is in tests/conftest.py)."""

from __future__ import annotations

import gc
import time

from deidentify.engine import Deidentifier


def removed(engine: Deidentifier, text: str) -> list[str]:
    """The pieces of text the engine would remove."""
    return [text[s.start:s.end] for s in engine.find([text])[0]]


def found(recognizer, text: str) -> list[tuple[str, str]]:
    """(text, entity type) of a pattern recognizer's results at or above the run threshold."""
    return [(text[r.start:r.end], r.entity_type) for r in recognizer.analyze(text, [])
            if r.score >= 0.3]


def cpu_seconds(engine: Deidentifier, text: str) -> float:
    """CPU time the engine takes on one note, the least of two runs (other work on the machine
    is not counted): for the tests that a long input is read in linear time. The garbage
    collector is held off while it runs: its passes cost more as the heap grows, whatever the
    engine does (a clean-clone run once read a linear 4x as 6x)."""
    times = []
    for _ in range(2):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            engine.find([text])
            times.append(time.process_time() - start)
        finally:
            gc.enable()
    return min(times)
