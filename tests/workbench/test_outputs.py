"""The output checker: each kind of output passes, is suppressed or rounded, or fails; the
record says which and why; nothing unchecked can be drawn."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.hypothesis_budget import examples
from workbench.core.errors import InputError
from workbench.outputs import OutputChecker


def test_counts_at_the_threshold_pass_and_below_are_suppressed_with_a_partner():
    checker = OutputChecker()
    ok = checker.counts("ok", pd.DataFrame({"a": [10, 20], "b": [30, 40]}))
    assert not ok.isna().any().any()
    safe = checker.counts("small", pd.DataFrame({"a": [9, 20], "b": [30, 40]}))
    assert safe.isna().sum().sum() >= 2  # the small cell and a partner
    assert [r.status for r in checker.records] == ["pass", "suppressed"]
    assert checker.cleared  # suppressed outputs may leave as released


def test_a_series_of_counts_is_checked_as_a_one_column_table():
    # The zero goes, and so does the smallest other cell: the total would give the zero back.
    safe = OutputChecker().counts("monthly", pd.Series([12, 0, 15], name="n"))
    assert safe["n"].isna().tolist() == [True, True, False]


def test_nhs_rule_suppresses_1_to_7_and_rounds_the_rest():
    checker = OutputChecker()
    safe = checker.counts("sti", pd.DataFrame({"n": [0, 3, 7, 8, 12]}), rule="nhs")
    assert safe["n"].tolist()[0] == 0 and safe["n"].isna().tolist() == [False, True, True, False, False]
    assert safe["n"].tolist()[3:] == [10, 10]
    assert checker.records[0].status == "rounded"
    with pytest.raises(InputError, match="rule"):
        checker.counts("x", pd.DataFrame({"n": [1]}), rule="round")


def test_shares_resting_on_fewer_than_ten_with_or_without_the_outcome_are_blanked():
    table = pd.DataFrame({"successes": [10, 9, 50, 95], "trials": [20, 40, 59, 100],
                          "share": [0.5, 0.225, 0.85, 0.95]})
    safe = OutputChecker().shares("s", table)
    assert safe["share"].isna().tolist() == [False, True, True, True]
    assert safe.loc[1].isna().all()  # the counts go too, not just the share
    with pytest.raises(InputError, match="successes and trials"):
        OutputChecker().shares("s", table.drop(columns="trials"))


def test_a_dominated_sum_fails_and_is_withheld():
    checker = OutputChecker()
    # (Values vary: twelve equal values would disclose each person's value, see
    # tests/ethics/test_magnitude_survival.py.)
    spread = pd.DataFrame({"cell": ["a"] * 12, "minutes": [10.0 + i for i in range(12)]})
    assert checker.magnitudes("even", spread, ["cell"], "minutes") is not None
    dominated = spread.assign(minutes=[1000.0, 900.0] + [1.0] * 10)
    assert checker.magnitudes("dominated", dominated, ["cell"], "minutes") is None
    few = pd.DataFrame({"cell": ["a"] * 5, "minutes": [10.0] * 5})
    assert checker.magnitudes("few", few, ["cell"], "minutes") is None
    assert [r.status for r in checker.records] == ["pass", "fail", "fail"]
    assert not checker.cleared


def test_a_model_needs_ten_residual_degrees_of_freedom():
    checker = OutputChecker()
    assert checker.model("ok", {"residual_df": 10}) == {"residual_df": 10}
    assert checker.model("thin", {"residual_df": 9}) is None
    assert checker.model("unknown", {}) is None
    assert [r.status for r in checker.records] == ["pass", "fail", "fail"]


def test_survival_curves_stop_where_few_remain_at_risk():
    # (Ten events a step: single-event steps are pooled, see test_magnitude_survival.py.)
    curve = pd.DataFrame({"days": [1, 2, 3], "completed": [0.1, 0.2, 0.3], "ci_low": 0.0,
                          "ci_high": 0.5, "at_risk": [30, 20, 9], "events": [10, 10, 1]})
    checker = OutputChecker()
    safe = checker.survival("km", {"g": curve})
    assert safe["g"]["days"].tolist() == [1, 2] and "at_risk" not in safe["g"]
    assert checker.records[0].status == "suppressed"


def test_figures_only_from_checked_outputs_and_fail_with_a_failed_one(tmp_path):
    png = tmp_path / "f.png"
    png.write_bytes(b"\x89PNG fake")
    checker = OutputChecker()
    with pytest.raises(InputError, match="unchecked"):
        checker.figure("f.png", png, ["nothing"])
    checker.model("thin", {"residual_df": 2})
    checker.figure("f.png", png, ["thin"])
    assert checker.records[-1].status == "fail" and checker.records[-1].files["f.png"]


def test_names_are_unique_and_the_record_is_written(tmp_path):
    checker = OutputChecker()
    checker.counts("t", pd.DataFrame({"n": [np.int64(11)]}))
    with pytest.raises(InputError, match="already checked"):
        checker.counts("t", pd.DataFrame({"n": [11]}))
    record = json.loads(checker.write(tmp_path / "outputs.json").read_text())
    assert record["cleared"] is True
    assert record["outputs"][0]["thresholds"] == {"threshold": 10, "zeros_disclosive": True}


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.lists(st.integers(0, 40), min_size=2, max_size=5), min_size=2, max_size=6)
       .filter(lambda rows: len({len(r) for r in rows}) == 1))
def test_no_released_count_is_small_and_no_suppressed_cell_can_be_worked_out(rows):
    counts = pd.DataFrame(rows)
    safe = OutputChecker().counts("t", counts)
    shown = safe.stack().dropna()
    assert (shown >= 10).all()  # nothing small (or zero) is ever shown
    hidden = safe.isna()
    # A row or column with exactly one hidden cell would give it back from its total.
    assert not (hidden.sum(axis=1) == 1).any() and not (hidden.sum(axis=0) == 1).any()


def test_a_figure_drawn_from_a_withheld_output_is_not_shown(tmp_path):
    import matplotlib.pyplot as plt

    from workbench.report.context import ReportContext, Section

    checker = OutputChecker()
    checker.model("thin", {"residual_df": 3})
    ctx = ReportContext(project=None, events={}, checker=checker, figures=tmp_path)
    section = Section("s")
    fig, ax = plt.subplots()
    ax.set_title("A model")
    ctx.save(fig, "thin_model", ["thin"], section, data=pd.DataFrame({"x": [1]}))
    assert section.figures == [] and not (tmp_path / "thin_model.png").exists()
    assert "not reported" in section.findings[0]
    assert checker.records[-1].status == "fail" and not checker.cleared


def test_sexual_health_shares_round_their_counts_to_five():
    table = pd.DataFrame({"successes": [121, 4], "trials": [2017, 300], "share": [0.06, 0.013]})
    checker = OutputChecker()
    safe = checker.shares("sti", table, rule="nhs")
    assert safe.loc[0, "successes"] == 120 and safe.loc[0, "trials"] == 2015
    assert safe.loc[0, "share"] == 0.06  # shares as computed
    assert safe.loc[1].isna().all()
    assert "rounded to the nearest 5" in checker.records[0].reason
    whole = OutputChecker()
    whole.shares("x", table.iloc[:1], rule="nhs")
    assert whole.records[0].status == "rounded" and whole.cleared


# ---- workbench check-table (issue 9) -------------------------------------------------------

def _check_table(*args):
    from tests.cli_helpers import run_cli

    return run_cli(["check-table", *args])


def _records(path, cells):
    """One row per person: `cells` maps (site, kind) to how many people."""
    rows = [(s, k, 10 + i % 7) for (s, k), n in cells.items() for i in range(n)]
    pd.DataFrame(rows, columns=["site", "kind", "minutes"]).to_csv(path, index=False)
    return path


def test_check_table_releases_a_safe_table_with_status_0(tmp_path):
    src = _records(tmp_path / "t.csv", {("london", "phone"): 12, ("london", "face"): 30,
                                        ("regional", "phone"): 15, ("regional", "face"): 22})
    out = _check_table(str(src), "--rows", "site", "--columns", "kind", "-o", str(tmp_path / "s.csv"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("PASS")
    safe = pd.read_csv(tmp_path / "s.csv")
    assert safe.set_index("site").loc["london", "phone"] == 12


def test_check_table_names_each_withheld_cell_and_exits_non_zero(tmp_path):
    src = _records(tmp_path / "t.csv", {("london", "phone"): 7, ("london", "face"): 30,
                                        ("london", "car"): 25, ("regional", "phone"): 15,
                                        ("regional", "face"): 22, ("regional", "car"): 40})
    out = _check_table(str(src), "--rows", "site", "--columns", "kind", "-o", str(tmp_path / "s.csv"))
    assert out.returncode == 1 and out.stdout.startswith("SUPPRESSED")
    assert "row=london, column=phone: below threshold" in out.stdout
    assert "secondary" in out.stdout or "audit" in out.stdout
    safe = pd.read_csv(tmp_path / "s.csv").set_index("site")
    assert np.isnan(safe.loc["london", "phone"])
    cell_lines = [line for line in out.stdout.splitlines() if line.startswith("  ")]
    assert cell_lines and not any("7" in line for line in cell_lines)  # no suppressed value


def test_check_table_nhs_rule_rounds_and_says_so(tmp_path):
    src = _records(tmp_path / "t.csv", {("london", "positive"): 12, ("london", "negative"): 33,
                                        ("regional", "positive"): 20, ("regional", "negative"): 41})
    out = _check_table(str(src), "--rows", "site", "--columns", "kind", "--rule", "nhs",
                       "-o", str(tmp_path / "s.csv"))
    assert out.returncode == 0 and out.stdout.startswith("ROUNDED")
    assert "row=london, column=positive: rounded to the nearest 5 (NHS rule)" in out.stdout


def test_check_table_sums_follow_the_magnitude_rules(tmp_path):
    src = _records(tmp_path / "t.csv", {("london", "phone"): 12, ("london", "face"): 30,
                                        ("regional", "phone"): 15, ("regional", "face"): 5})
    out = _check_table(str(src), "--rows", "site", "--columns", "kind", "--values", "minutes",
                       "--agg", "sum", "-o", str(tmp_path / "s.csv"))
    assert out.returncode == 1
    assert "site=regional, kind=face: fewer than 10 contributors" in out.stdout


def test_check_table_writes_formula_cells_inert(tmp_path):
    src = _records(tmp_path / "t.csv", {("=HYPERLINK(\"x\")", "phone"): 12,
                                        ("=HYPERLINK(\"x\")", "face"): 14,
                                        ("+london", "phone"): 30, ("+london", "face"): 22,
                                        ("@regional", "phone"): 11, ("@regional", "face"): 19,
                                        ("-x", "phone"): 10, ("-x", "face"): 10,
                                        ("\ttab", "phone"): 10, ("\ttab", "face"): 10})
    out = _check_table(str(src), "--rows", "site", "--columns", "kind", "-o", str(tmp_path / "s.csv"))
    assert out.returncode == 0, out.stdout + out.stderr
    text = (tmp_path / "s.csv").read_text()
    lines = text.splitlines()[1:]
    assert all(line.startswith(("'", '"\'')) for line in lines), text
    assert "'=HYPERLINK" in text and "'+london" in text and "'@regional" in text


def test_check_table_errors_are_one_line(tmp_path):
    src = _records(tmp_path / "t.csv", {("london", "phone"): 12})
    out = _check_table(str(src), "--rows", "borough", "--columns", "kind", "-o", str(tmp_path / "s.csv"))
    assert out.returncode == 2 and "no column(s) borough" in out.stderr
    assert out.stderr.count("\n") == 1


def test_the_record_of_withheld_cells_is_plain_json_whatever_the_labels(tmp_path):
    months = pd.period_range("2024-01", periods=3, freq="M")
    counts = pd.DataFrame({"n": [12, 3, 15]}, index=months)
    checker = OutputChecker()
    checker.counts("monthly", counts)
    record = json.loads(checker.write(tmp_path / "outputs.json").read_text())
    assert record["outputs"][0]["withheld_cells"][0]["row"] in {"2024-01", "2024-02"}
