"""Magnitude and survival outputs: all-zero and single-value cells withheld, empty combinations
shown as suppressed, negative contributions sent for review, dominance at the boundary (>=, as
ACRO), survival steps pooled until each rests on enough events; thresholds from the policy."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ethics.checks.small_cells import DOMINANCE_K, DOMINANCE_N, P_RATIO, THRESHOLD, check_magnitudes
from ethics.policy import load_policy
from workbench.outputs import OutputChecker


def _cells(**values):
    return pd.DataFrame([(c, v) for c, vs in values.items() for v in vs],
                        columns=["cell", "minutes"])


def test_a_cell_where_everyone_has_zero_or_one_value_is_withheld():
    spread = [10.0 + i for i in range(12)]
    checker = OutputChecker()
    safe = checker.magnitudes("m", _cells(a=spread, b=[0.0] * 12, c=[15.0] * 12), ["cell"],
                              "minutes")
    assert not np.isnan(safe.loc["a", "minutes"])
    assert safe.loc[["b", "c"]].isna().all().all()
    record = checker.records[0]
    assert record.status == "suppressed" and record.hidden == 2
    assert {c["why"] for c in record.withheld_cells} == {
        "every contributor has the same value (all zero)", "every contributor has the same value"}


def test_an_empty_combination_is_shown_as_suppressed_not_left_out():
    rows = [(s, t, 10.0 + i) for s in ("london", "regional") for t in ("phone", "face")
            for i in range(12) if (s, t) != ("regional", "face")]
    contributions = pd.DataFrame(rows, columns=["site", "kind", "minutes"])
    checker = OutputChecker()
    safe = checker.magnitudes("m", contributions, ["site", "kind"], "minutes")
    assert len(safe) == 4 and safe.loc[("regional", "face")].isna().all()
    assert "no contributors" in checker.records[0].withheld_cells[0]["why"]


def test_negative_contributions_are_marked_for_review_with_the_reason():
    checker = OutputChecker()
    values = [10.0 + i for i in range(11)] + [-5.0]
    assert checker.magnitudes("m", _cells(a=values), ["cell"], "minutes") is not None
    record = checker.records[0]
    assert record.status == "review" and "negative" in record.reason
    assert not checker.cleared


def test_dominance_at_exactly_90_percent_is_dominated_as_in_acro():
    # Two contributors make up exactly 90 of 100.
    at_boundary = _cells(a=[45.0, 45.0] + [1.0] * 10)
    assert check_magnitudes(at_boundary, ["cell"], "minutes").status.value == "fail"
    assert check_magnitudes(at_boundary, ["cell"], "minutes",
                            at_boundary=False).status.value == "pass"
    assert OutputChecker().magnitudes("m", at_boundary, ["cell"], "minutes") is None


def test_survival_steps_are_pooled_until_each_rests_on_enough_events():
    days = np.arange(1, 95)
    curve = pd.DataFrame({"days": days, "completed": days / 200, "ci_low": 0.0, "ci_high": 0.9,
                          "at_risk": 200 - days, "events": 1})
    checker = OutputChecker()
    safe = checker.survival("km", {"g": curve})["g"]
    assert len(safe) == 9  # 94 single-event steps: released every 10th event
    released_at = safe["days"].tolist()
    assert released_at == [10, 20, 30, 40, 50, 60, 70, 80, 90]
    assert checker.records[0].status == "suppressed" and "pooled" in checker.records[0].reason


def test_output_thresholds_come_from_the_policy_and_the_record_names_it(tmp_path):
    policy = load_policy()
    assert (THRESHOLD, DOMINANCE_N, DOMINANCE_K, P_RATIO) == (
        policy["threshold"], policy["dominance_n"], policy["dominance_k"], policy["p_ratio"])
    own = tmp_path / "policy.yaml"
    own.write_text("thresholds:\n  threshold: {value: 20, source: lead}\n")
    checker = OutputChecker(policy=load_policy(own))
    safe = checker.counts("t", pd.DataFrame({"a": [15, 30], "b": [30, 40]}))
    assert safe.isna().any().any()  # 15 is below the project's 20
    assert checker.records[0].policy_sha256 == load_policy(own).files_sha256


def test_every_output_record_names_a_registered_check():
    from ethics.checks.registry import CHECKS

    checker = OutputChecker()
    checker.counts("t", pd.DataFrame({"n": [12, 30]}))
    checker.counts("nhs", pd.DataFrame({"n": [12, 30]}), rule="nhs")
    checker.model("m", {"residual_df": 12})
    assert [r.check for r in checker.records] == ["small_cells", "nhs_rounding", "residual_df"]
    assert all(r.check in CHECKS for r in checker.records)
