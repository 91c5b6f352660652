"""Secondary suppression for tables of sums, attacked as an intruder would: for every withheld
sum, the smallest and largest values consistent with the published cells, the row, column
and grand totals and non-negativity (solved here independently of the library) must be at
least the policy's share of the cell apart, and the largest must reach the upper protection
level of the p% and dominance rules (Hundepool et al. 2012, ch. 4) above the true value."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ethics.checks.small_cells import magnitude_protection, protect_magnitudes
from ethics.policy import load_policy
from tests.ethics.test_suppression_audit import attack
from tests.hypothesis_budget import examples
from tests.intruder import bounds
from workbench.outputs import OutputChecker

POLICY = load_policy()
SHARE, P, K = POLICY["magnitude_protection"], POLICY["p_ratio"], POLICY["dominance_k"]


def _contributions(cells: list[list[list[int]]]) -> pd.DataFrame:
    rows = [(f"r{i}", f"c{j}", float(v)) for i, line in enumerate(cells)
            for j, values in enumerate(line) for v in values]
    return pd.DataFrame(rows, columns=["row", "col", "v"])


def _levels(values: list[int], smallest_positive: float) -> tuple[float, float]:
    """(least width, least reach above the value) for one withheld cell, from its
    contributions, written out here as the rules state them."""
    ranked = sorted(values, reverse=True) + [0, 0]
    total = float(sum(values))
    width = SHARE * total if total else SHARE * smallest_positive
    p_rule = P * ranked[0] - (total - ranked[0] - ranked[1])
    dominance = (ranked[0] + ranked[1]) / K - total
    return width, max(p_rule, dominance, 0.0)


def assert_protected(cells: list[list[list[int]]]) -> None:
    contributions = _contributions(cells)
    checker = OutputChecker()
    safe = checker.magnitudes("t", contributions, ["row", "col"], "v")
    record = checker.records[-1]
    if safe is None:
        assert record.status == "fail"  # withheld whole: nothing is released to attack
        return
    # A row or column value that no contributor has is not in the table at all.
    rows = sorted({int(r[1:]) for r in contributions["row"]})
    cols = sorted({int(c[1:]) for c in contributions["col"]})
    cells = [[cells[r][c] for c in cols] for r in rows]
    true = np.array([[float(sum(v)) for v in line] for line in cells])
    shown = safe["v"].unstack("col").reindex(index=[f"r{i}" for i in rows],
                                             columns=[f"c{j}" for j in cols])
    hidden = shown.isna().to_numpy()
    assert np.allclose(shown.to_numpy()[~hidden], true[~hidden])  # published = the truth
    primary = {(c["row"], c["col"]) for c in record.withheld_cells
               if not c["why"].startswith("secondary")}
    positive = true[true > 0]
    smallest = float(positive.min()) if len(positive) else 0.0
    tol = 1e-6 * max(1.0, true.sum())
    bounds = dict(zip(zip(*np.nonzero(hidden)), attack(true, hidden)))
    for (r, c), (low, high) in bounds.items():
        if (f"r{rows[r]}", f"c{cols[c]}") not in primary:
            continue
        width, above = _levels(cells[r][c], smallest)
        assert high - low >= width - tol, ((r, c), low, high, width)
        assert high - true[r, c] >= above - tol, ((r, c), high, true[r, c], above)


EVEN = [10 + i for i in range(12)]  # twelve contributors, none dominant
DOMINATED = [500, 400] + [1] * 10


def test_a_dominated_cell_is_protected_by_a_rectangle_of_cells():
    cells = [[EVEN, [v + 5 for v in EVEN], [v + 9 for v in EVEN]],
             [DOMINATED, [v + 1 for v in EVEN], [v + 3 for v in EVEN]],
             [[v + 2 for v in EVEN], [v + 4 for v in EVEN], [v + 7 for v in EVEN]]]
    assert_protected(cells)
    checker = OutputChecker()
    checker.magnitudes("t", _contributions(cells), ["row", "col"], "v")
    record = checker.records[0]
    assert record.status == "suppressed" and record.hidden == 4  # the cell and 3 partners
    assert record.thresholds["magnitude_protection"] == SHARE


def test_a_table_whose_totals_give_a_sum_away_is_withheld():
    # The dominated cell is the only one in its row and column with any value: the row
    # total is the cell whatever else is hidden.
    cells = [[DOMINATED, [0] * 12], [[0] * 12, EVEN]]
    checker = OutputChecker()
    assert checker.magnitudes("t", _contributions(cells), ["row", "col"], "v") is None
    assert checker.records[0].status == "fail" and "withheld" in checker.records[0].reason


def test_a_one_way_table_hides_a_partner_so_the_grand_total_gives_nothing_away():
    sums = pd.Series([910.0, 186.0, 300.0], index=pd.Index(["a", "b", "c"], name="site"))
    withheld = pd.Series([True, False, False], index=sums.index)
    contributions = pd.DataFrame({"site": ["a"] * 12 + ["b"] * 12 + ["c"] * 12,
                                  "v": DOMINATED + EVEN + [25.0] * 12})
    levels = magnitude_protection(contributions, ["site"], "v", sums.index)
    mask, protected = protect_magnitudes(sums, withheld, levels)
    assert protected and mask.tolist() == [True, True, False]  # b (186) absorbs the 91


sums_tables = st.integers(2, 4).flatmap(lambda r: st.integers(2, 4).flatmap(
    lambda c: st.lists(st.lists(st.lists(st.integers(0, 500), max_size=14),
                                min_size=c, max_size=c), min_size=r, max_size=r)))


@settings(max_examples=examples(120), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sums_tables)
@example([[DOMINATED, EVEN], [EVEN, EVEN]])
@example([[[], EVEN, EVEN], [EVEN, [0] * 12, DOMINATED], [EVEN, EVEN, EVEN]])
@example([[[0], []], [[0] * 7 + [1] * 3, []]])  # a column nobody is in is not in the table
def test_no_withheld_sum_can_be_narrowed_in_random_tables(cells):
    assert_protected(cells)


def _nested_attack(true: pd.DataFrame, hidden: np.ndarray) -> dict:
    """[min, max] of each hidden cell of a (site, setting) x kind table, given its published
    cells and the totals of every grouping of the same records: by (site, setting), by site,
    by setting, by kind, each with kind, and the grand total."""
    rows, cols = true.shape
    keys = list(true.index)
    lines = []
    for part in (lambda k: k, lambda k: k[0], lambda k: k[1], lambda k: None):
        for group in {part(k) for k in keys}:
            members = [r for r, k in enumerate(keys) if part(k) == group]
            if len(members) > 1:  # one row's total per kind is the cell itself
                lines += [[(r, c) for r in members] for c in range(cols)]
            if len(members) * cols > 1:  # ... and so is one row's total of a single kind
                lines.append([(r, c) for r in members for c in range(cols)])
    return bounds(true.to_numpy(dtype=float), hidden, lines)


nested_tables = st.integers(2, 3).flatmap(lambda c: st.lists(
    st.lists(st.lists(st.integers(0, 500), max_size=14), min_size=c, max_size=c),
    min_size=4, max_size=4))


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(nested_tables)
@example([[EVEN, EVEN], [EVEN, EVEN], [EVEN, EVEN], [EVEN, DOMINATED]])
# one site, one kind: the coarser tables' one-cell totals are the cells, withheld there too
@example([[[], []], [[], []], [[0], []], [[0] * 7 + [1] * 3, []]])
def test_no_withheld_sum_can_be_narrowed_with_coarser_tables_of_the_same_records(cells):
    keys = [("x", "p"), ("x", "q"), ("y", "p"), ("y", "q")]
    rows = [(a, b, f"c{j}", float(v)) for (a, b), line in zip(keys, cells)
            for j, values in enumerate(line) for v in values]
    contributions = pd.DataFrame(rows, columns=["site", "setting", "kind", "v"])
    checker = OutputChecker()
    safe = checker.magnitudes("t", contributions, ["site", "setting", "kind"], "v")
    record = checker.records[-1]
    if safe is None:
        assert record.status == "fail"
        return
    true = contributions.groupby(["site", "setting", "kind"])["v"].sum().unstack("kind")
    full = pd.MultiIndex.from_product([sorted(set(contributions.site)),
                                       sorted(set(contributions.setting))])
    true = true.reindex(full).fillna(0.0)
    hidden = safe["v"].unstack("kind").reindex_like(true).isna().to_numpy()
    primary = {(c["site"], c["setting"], c["kind"]) for c in record.withheld_cells
               if not c["why"].startswith("secondary")}
    positive = true.to_numpy()[true.to_numpy() > 0]
    smallest = float(positive.min()) if len(positive) else 0.0
    tol = 1e-6 * max(1.0, true.to_numpy().sum())
    by_cell = {(a, b, f"c{j}"): values for (a, b), line in zip(keys, cells)
               for j, values in enumerate(line)}
    for (r, c), (low, high) in _nested_attack(true, hidden).items():
        label = (*true.index[r], true.columns[c])
        if label not in primary:
            continue
        width, above = _levels(by_cell[label], smallest)
        assert high - low >= width - tol, (label, low, high, width)
        assert high - true.iloc[r, c] >= above - tol, (label, high, above)


count_tables = st.integers(2, 3).flatmap(lambda c: st.lists(
    st.lists(st.integers(0, 40), min_size=c, max_size=c), min_size=4, max_size=4))


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(count_tables)
def test_counts_too_cannot_be_narrowed_with_coarser_tables_of_the_same_records(rows):
    from ethics.checks.small_cells import check_counts

    index = pd.MultiIndex.from_tuples([("x", "p"), ("x", "q"), ("y", "p"), ("y", "q")])
    counts = pd.DataFrame(rows, index=index, columns=[f"c{j}" for j in range(len(rows[0]))])
    result, safe = check_counts(counts)
    hidden = safe.isna().to_numpy()
    if result.status.value == "fail":
        assert hidden.all()
        return
    interval = POLICY["protection_interval"]
    for cell, (low, high) in _nested_attack(counts.astype(float), hidden).items():
        assert high - low >= interval - 1e-6, (cell, low, high)
