"""How many examples a property test tries: all of them in the full loop (`make test`), a
third (at least 20) in the quick loop (`make quick`, which runs pytest -m "not slow").

The explicit examples (`@example`) and every assertion are the same in both loops; only the
number of random examples differs. tests/conftest.py sets QUICK from the marker expression
before the test modules are collected."""

from __future__ import annotations

QUICK = False


def examples(full: int) -> int:
    """`full` in the full loop; a third of it, at least 20 (never more than `full`), in the
    quick loop."""
    return min(full, max(20, full // 3)) if QUICK else full
