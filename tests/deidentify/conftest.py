"""Fixtures for de-identification tests: one engine per session (the model loads once)."""

from __future__ import annotations

import pytest

from deidentify.engine import Deidentifier


@pytest.fixture(scope="session")
def engine() -> Deidentifier:
    return Deidentifier(key=b"k" * 32)


def removed(engine: Deidentifier, text: str) -> list[str]:
    """The pieces of text the engine would remove."""
    return [text[s.start:s.end] for s in engine.find([text])[0]]


def found(recognizer, text: str) -> list[tuple[str, str]]:
    """(text, entity type) of a pattern recognizer's results at or above the run threshold."""
    return [(text[r.start:r.end], r.entity_type) for r in recognizer.analyze(text, [])
            if r.score >= 0.3]
