"""`workbench its`: JSON estimates on stdout, one-line errors, an optional plot."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from tests.cli_helpers import run_cli
from tests.conftest import REPO


def run(*args):
    return run_cli(["its", *args])


def test_prints_the_level_change_rate_ratio_and_slope_change_as_json(tmp_path):
    rng = np.random.default_rng(0)
    months = pd.period_range("2022-01", periods=36, freq="M")
    after = (np.arange(36) >= 18).astype(int)
    people = rng.integers(900, 1100, 36)
    counts = rng.poisson(0.2 * people * np.where(after, 0.5, 1.0))
    path = tmp_path / "monthly.csv"
    pd.DataFrame({"month": months.astype(str), "visits": counts, "after": after,
                  "people": people}).to_csv(path, index=False)
    plot = tmp_path / "its.png"
    out = run(path, "--outcome", "visits", "--time", "month", "--intervention", "after",
              "--offset", "people", "--seasonality", "fourier:1", "--plot", plot)
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    level = record["level_change"]
    assert level["ci_low"] < 0.5 < level["ci_high"] and level["rate_ratio"] < 1
    assert {"rate_ratio", "ci_low", "ci_high", "p_value"} <= set(record["slope_change"])
    assert record["intervention_at"] == "2023-07" and record["seasonality"] == "fourier:1"
    assert plot.stat().st_size > 10_000


def test_the_published_example_from_the_command_line(tmp_path):
    data = pd.read_csv(REPO / "tests" / "reference" / "california_cigsale.csv")
    data.assign(after=(data["year"] >= 1989).astype(int)).to_csv(tmp_path / "c.csv", index=False)
    out = run(tmp_path / "c.csv", "--outcome", "cigsale", "--time", "year", "--intervention",
              "after", "--family", "gaussian", "--errors", "hac", "--hac-lags", "1")
    assert out.returncode == 0, out.stderr
    assert round(json.loads(out.stdout)["level_change"]["difference"], 4) == -20.0581


def test_mistakes_give_one_line_and_status_2(tmp_path):
    path = tmp_path / "m.csv"
    pd.DataFrame({"month": ["2024-01", "2024-02"], "n": [1, 2], "after": [0, 1]}).to_csv(path)
    for args, message in (
            ((path, "--outcome", "visits", "--time", "month", "--intervention", "after"),
             "no column"),
            ((path, "--outcome", "n", "--time", "month", "--intervention", "after"),
             "at least 3 periods"),
            ((tmp_path / "missing.csv", "--outcome", "n", "--time", "month",
              "--intervention", "after"), "missing.csv"),
            ((path, "--outcome", "n", "--time", "month", "--intervention", "after",
              "--seasonality", "weekly"), "fourier:K")):
        out = run(*args)
        assert out.returncode == 2, out.stderr
        assert out.stderr.startswith("error:") and message in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def _monthly(tmp_path):
    rng = np.random.default_rng(3)
    months = pd.period_range("2022-01", periods=36, freq="M")
    after = (np.arange(36) >= 18).astype(int)
    shared = np.where(after, 0.7, 1.0)
    path = tmp_path / "monthly.csv"
    pd.DataFrame({"month": months.astype(str), "after": after,
                  "visits": rng.poisson(200 * shared * np.where(after, 0.8, 1.0)),
                  "other": rng.poisson(300 * shared)}).to_csv(path, index=False)
    return path


def test_impact_phase_in_and_control_from_the_command_line(tmp_path):
    path = _monthly(tmp_path)
    base = (path, "--outcome", "visits", "--time", "month", "--intervention", "after")
    level = run(*base, "--impact", "level")
    assert level.returncode == 0, level.stderr
    record = json.loads(level.stdout)
    assert record["impact"] == "level" and record["slope_change"] is None
    phased = json.loads(run(*base, "--phase-in", "2").stdout)
    assert phased["points_excluded"] == 2 and phased["n"] == 34
    controlled = run(*base, "--impact", "level", "--control", "other")
    assert controlled.returncode == 0, controlled.stderr
    rec = json.loads(controlled.stdout)
    assert rec["control"] == "other" and rec["level_change"]["ci_low"] < 0.8 < rec[
        "level_change"]["ci_high"]
    assert rec["control_level_change"]["rate_ratio"] < 0.8


def test_bad_impact_and_phase_in_are_named(tmp_path):
    path = _monthly(tmp_path)
    base = (path, "--outcome", "visits", "--time", "month", "--intervention", "after")
    out = run(*base, "--impact", "step")
    assert out.returncode == 2 and "--impact" in out.stderr
    out = run(*base, "--phase-in", "17")
    assert out.returncode == 2 and out.stderr.startswith("error:") and "phase-in" in out.stderr
    out = run(*base, "--control", "nope")
    assert out.returncode == 2 and "no column" in out.stderr
