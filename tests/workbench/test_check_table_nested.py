"""Differencing across two tables of the same records: `check-table --rows site` and
`check-table --rows site,setting`. The first publishes the totals by site; if the second hid
a cell with partners from another site, a site total minus the published cells of that site
would give it back. Each table is therefore audited as if every coarser grouping of its row
variables were published too (ethics/checks/suppression_audit.published_totals). The
intruder here is written independently of the library."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ethics.policy import load_policy
from tests.intruder import bounds, margins
from workbench.check_table import check_table

# Counts by (site, setting) x kind; (regional, street, phone) is below the threshold, and the
# cheapest partners for it are in the other site.
COUNTS = {("london", "flat"): (12, 11), ("london", "street"): (40, 45),
          ("regional", "flat"): (50, 38), ("regional", "street"): (60, 3)}


def _records(dominated: bool = False) -> pd.DataFrame:
    rows = []
    for (site, setting), counts in COUNTS.items():
        for kind, n in zip(("face", "phone"), counts):
            values = [30.0 + i for i in range(max(n, 12))]
            if dominated:
                if (site, setting, kind) == ("regional", "street", "phone"):
                    values = [900.0, 800.0] + [1.0] * 10
                n = len(values)
            rows += [{"site": site, "setting": setting, "kind": kind, "minutes": values[i]}
                     for i in range(n)]
    return pd.DataFrame(rows)


def intruder(true: pd.DataFrame, hidden: np.ndarray, cell: tuple[int, int]) -> tuple[float, float]:
    """[min, max] of `cell` given the published cells of the (site, setting) table, its row,
    column and grand totals, and the table by site (all of it published)."""
    cols = true.shape[1]
    lines = margins(true.shape)
    sites = [k[0] for k in true.index]
    for site in set(sites):
        members = [r for r, s in enumerate(sites) if s == site]
        lines += [[(r, c) for r in members] for c in range(cols)]
    return bounds(true.to_numpy(dtype=float), hidden, lines)[cell]


def _check(tmp_path, records: pd.DataFrame, values: str | None):
    src = tmp_path / "records.csv"
    records.to_csv(src, index=False)
    agg = "sum" if values else None
    by_site = check_table(src, ["site"], "kind", tmp_path / "by_site.csv", values, agg)
    assert not by_site.withheld  # the coarse table is released whole
    result = check_table(src, ["site", "setting"], "kind", tmp_path / "safe.csv", values, agg)
    safe = pd.read_csv(tmp_path / "safe.csv").set_index(["site", "setting"])[["face", "phone"]]
    if values:
        true = records.pivot_table(index=["site", "setting"], columns="kind", values=values,
                                   aggfunc="sum")
    else:
        true = records.groupby(["site", "setting", "kind"]).size().unstack("kind")
    hidden = safe.isna().to_numpy()
    cell = (list(true.index).index(("regional", "street")), 1)
    assert result.withheld and hidden[cell]
    return true, hidden, cell


def test_a_small_count_cannot_be_recovered_with_the_table_by_site(tmp_path):
    true, hidden, cell = _check(tmp_path, _records(), None)
    low, high = intruder(true, hidden, cell)
    assert high - low >= load_policy()["protection_interval"] - 1e-6, (low, high)


def test_a_dominated_sum_cannot_be_recovered_with_the_table_by_site(tmp_path):
    true, hidden, cell = _check(tmp_path, _records(dominated=True), "minutes")
    low, high = intruder(true, hidden, cell)
    value = true.to_numpy()[cell]
    policy = load_policy()
    assert high - low >= policy["magnitude_protection"] * value - 1e-6, (low, high)
    assert high - value >= (900 + 800) / policy["dominance_k"] - value - 1e-6, (low, high)
