"""`workbench check-table --values V --agg sum` attacked as an intruder would: a cell withheld
because two people dominate it must not be solvable from the published cells and the row,
column and grand totals (which the project publishes elsewhere, e.g. total interpreter
minutes per site in its report). The intruder here is written independently of the library:
a linear programme over the hidden cells, as in tests/ethics/test_suppression_audit.py."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ethics.policy import load_policy
from tests.intruder import bounds
from workbench.check_table import check_table

SITES, KINDS = ("london", "north", "regional"), ("face", "group", "phone")
DOMINATED = ("north", "face")


def _records() -> pd.DataFrame:
    rows = []
    for i, site in enumerate(SITES):
        for j, kind in enumerate(KINDS):
            if (site, kind) == DOMINATED:
                minutes = [500.0, 400.0] + [1.0] * 10  # the two largest make up 98%
            else:
                minutes = [20.0 + 3 * i + 2 * j + m for m in range(12)]
            rows += [{"site": site, "kind": kind, "minutes": m} for m in minutes]
    return pd.DataFrame(rows)


def intruder_bounds(true: np.ndarray, hidden: np.ndarray) -> list[tuple[float, float]]:
    """For each hidden cell (row-major), the [min, max] consistent with the published cells,
    the row, column and grand totals of the true table, and non-negativity."""
    return list(bounds(true, hidden).values())


def test_a_dominated_sum_cannot_be_solved_back_from_the_totals(tmp_path):
    records = _records()
    src = tmp_path / "minutes.csv"
    records.to_csv(src, index=False)
    result = check_table(src, ["site"], "kind", tmp_path / "safe.csv", "minutes", "sum")
    true = records.pivot_table(index="site", columns="kind", values="minutes", aggfunc="sum")
    safe = pd.read_csv(tmp_path / "safe.csv").set_index("site")[list(true.columns)]
    hidden = safe.isna().to_numpy()
    r, c = SITES.index(DOMINATED[0]), KINDS.index(DOMINATED[1])
    assert hidden[r, c] and result.withheld
    # What was published is the truth.
    assert np.allclose(safe.to_numpy()[~hidden], true.to_numpy()[~hidden])
    value = true.to_numpy()[r, c]
    position = int(hidden[:r].sum() + hidden[r, :c].sum())  # among the hidden, row-major
    low, high = intruder_bounds(true.to_numpy(), hidden)[position]
    policy = load_policy()
    # Not narrower than the policy's share of the cell...
    assert high - low >= policy["magnitude_protection"] * value - 1e-6, (low, high)
    # ...and the upper bound beyond the upper protection level of the rules that made it
    # sensitive (Hundepool et al. 2012, ch. 4): p% rule p*x1 - (X - x1 - x2); dominance
    # (x1 + x2) / k - X. Here: 40 and 90 minutes.
    x1, x2 = 500.0, 400.0
    p_rule = policy["p_ratio"] * x1 - (value - x1 - x2)
    dominance = (x1 + x2) / policy["dominance_k"] - value
    assert high - value >= max(p_rule, dominance) - 1e-6, (low, high)
