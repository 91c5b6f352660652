import numpy as np
import pandas as pd

from ethics.checks.result import Status
from ethics.checks.small_cells import check_counts, check_magnitudes, nhs_rounding


def table(values):
    return pd.DataFrame(values, index=["london", "regional", "other"][: len(values)],
                        columns=["street", "flat", "sauna"][: len(values[0])])


def test_counts_at_the_threshold_pass():
    result, safe = check_counts(table([[10, 25, 40], [12, 30, 11]]))
    assert result.status is Status.PASS and not safe.isna().any().any()


def test_a_count_below_the_threshold_fails_and_is_suppressed_with_a_partner():
    counts = table([[9, 25, 40], [12, 30, 11]])
    result, safe = check_counts(counts)
    assert result.status is Status.SUPPRESSED  # was FAIL: one vocabulary (suppressed = made safe)
    assert np.isnan(safe.loc["london", "street"])
    # The row and column of a suppressed cell each hold at least two: totals reveal nothing.
    hidden = safe.isna()
    assert (hidden.sum(axis=1).isin([0, 2, 3])).all() and (hidden.sum(axis=0).isin([0, 2, 3])).all()
    assert set(result.details.why) == {"below threshold", "secondary"}


def test_zeros_are_disclosive_unless_told_otherwise():
    counts = table([[0, 25, 40], [12, 30, 11]])
    assert check_counts(counts)[0].status is Status.SUPPRESSED
    assert check_counts(counts, zeros_disclosive=False)[0].status is Status.PASS


def test_no_suppressed_cell_can_be_recovered_from_margins():
    rng = np.random.default_rng(3)
    for _ in range(50):
        counts = pd.DataFrame(rng.integers(0, 40, size=(4, 5)))
        _, safe = check_counts(counts)
        hidden = safe.isna()
        assert not (hidden.sum(axis=1) == 1).any() and not (hidden.sum(axis=0) == 1).any()


def test_dominance_and_p_ratio():
    rows = [("a", v) for v in (100, 5, 5)] + [("b", v) for v in (30, 30, 30, 30)] + \
           [("c", v) for v in (50, 48, 3)]
    contributions = pd.DataFrame(rows, columns=["cell", "value"])
    result = check_magnitudes(contributions, ["cell"], "value")
    assert result.status is Status.FAIL
    flagged = result.details.set_index("cell")
    assert set(flagged.index) == {"a", "c"}  # a: one dominates; c: two dominate (p-ratio)
    only_b = contributions[contributions.cell == "b"]
    assert check_magnitudes(only_b, ["cell"], "value").status is Status.PASS


def test_nhs_rule_suppresses_1_to_7_and_rounds_to_5():
    counts = pd.DataFrame({"n": [0, 1, 7, 8, 12, 13, 102]})
    assert nhs_rounding(counts).n.tolist() == [0, pd.NA, pd.NA, 10, 10, 15, 100]
