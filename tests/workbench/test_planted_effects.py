"""The analysis recovers every effect the generator plants.

The true values are read from the project's manifest (what the generator planted), never
written here, so a change to the calibration is checked as it is.

"Recovered" means the planted value is consistent with the estimate at the 1% level: it lies
inside the 99% interval, computed from the 95% interval the analysis reports on the scale that
interval is built on (log for ratios, the score test for shares, log(-log) for Kaplan-Meier).
With a dozen checks on one fixed seed, a 95% criterion would fail about every second run of
the generator by chance alone; 1% keeps that near one in seven while a biased method (the wrong
offset, uncentred time) still fails clearly.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from workbench.analysis import effects, health, load_project, uptake
from workbench.analysis.events import project_events
from workbench.core.resources import calibration


@pytest.fixture(scope="module")
def planted(analysis_project):
    return json.loads((analysis_project / "identifiable" / "manifest.json").read_text()
                      )["planted_effects"]


@pytest.fixture(scope="module")
def project(analysis_project):
    return load_project(analysis_project)


@pytest.fixture(scope="module")
def events(analysis_project):
    return project_events(analysis_project)


Z95, Z99 = 1.959964, 2.575829


def inside(effect: dict, truth: float, key: str = "rate_ratio") -> bool:
    """A ratio's 95% interval is symmetric on the log scale: widen it there to 99%."""
    low, high, est = np.log(effect["ci_low"]), np.log(effect["ci_high"]), np.log(effect[key])
    return abs(est - np.log(truth)) <= Z99 * (high - low) / (2 * Z95)


def share_consistent(row, truth: float) -> bool:
    """The score test the Wilson interval inverts, at 1%."""
    n, k = row["trials"], row["successes"]
    return abs(k / n - truth) <= Z99 * np.sqrt(truth * (1 - truth) / n)


def km_consistent(row, truth: float) -> bool:
    """Kaplan-Meier completion 1 - S with its interval from log(-log S)."""
    g = lambda completed: np.log(-np.log(1 - completed))  # noqa: E731
    est, low, high = g(row["share"]), g(row["ci_low"]), g(row["ci_high"])
    return abs(est - g(truth)) <= Z99 * abs(high - low) / (2 * Z95)


def test_events_come_from_the_manifest(events, planted):
    assert str(events["policing_operation"].start) == planted["policing_operation"]["start_month"]
    assert events["policing_operation"].months == planted["policing_operation"]["duration_months"]
    assert str(events["interpreter_change"].start) == planted["interpreter_change"]["start_month"]


def test_establishment_outreach_falls_by_the_planted_ratio_with_no_trend_change(
        project, events, planted):
    result = effects.outreach_and_operation(project, events["policing_operation"])
    truth = planted["policing_operation"]["establishment_outreach_rate_ratio"]
    assert inside(result["model"]["level_change"], truth), result["model"]["level_change"]
    assert inside(result["model"]["slope_change"], 1.0), result["model"]["slope_change"]
    assert result["model"]["level_change"]["ci_high"] < 1  # and it is detected


def test_reporting_to_police_falls_from_the_planted_share_to_the_planted_share(
        project, events, planted):
    op = planted["policing_operation"]
    result = effects.reporting_and_operation(project, events["policing_operation"])
    before, after = result["shares"].loc["before"], result["shares"].loc["after"]
    assert share_consistent(before, op["reported_to_police_before"]), before.to_dict()
    assert share_consistent(after, op["reported_to_police_after"]), after.to_dict()
    b, a = op["reported_to_police_before"], op["reported_to_police_after"]
    true_odds_ratio = (a / (1 - a)) / (b / (1 - b))
    assert inside(result["model"]["terms"]["after"], true_odds_ratio, "odds_ratio")
    assert result["test"]["p_value"] < 0.001


def test_raids_cluster_in_the_operation_months_at_the_planted_rate_ratio(project, events, planted):
    op = planted["policing_operation"]
    result = effects.raids_and_operation(project, events["policing_operation"])
    truth = op["raids_per_indoor_user_month_during"] / op["raids_per_indoor_user_month_otherwise"]
    assert inside(result["model"]["terms"]["operation"], truth), result["model"]["terms"]


def test_immigration_questions_at_raids_match_the_planted_shares(project, planted):
    op = planted["policing_operation"]
    from workbench.analysis.policing import immigration_questions

    table = immigration_questions(project)
    for migrant, truth in ((True, op["immigration_questions_if_migrant"]),
                           (False, op["immigration_questions_otherwise"])):
        row = table.loc[("raid", migrant)]
        assert share_consistent(row, truth), (migrant, row.to_dict())


def test_professional_interpreting_rises_from_the_planted_share_to_the_planted_share(
        project, events, planted):
    change = planted["interpreter_change"]
    result = effects.interpreting_and_contract(project, events["interpreter_change"])
    before, after = result["shares"].loc["before"], result["shares"].loc["after"]
    assert share_consistent(before, change["professional_share_before"]), before.to_dict()
    assert share_consistent(after, change["professional_share_after"]), after.to_dict()


def test_hep_b_completion_by_migrant_status_matches_the_planted_probabilities(project, planted):
    p_next = planted["hep_b_completion"]["next_dose_probability"]
    result = effects.hep_b_completion(project, "migrant")
    table = result["table"]
    for group, key in (("migrants", "migrant"), ("non-migrants", "non_migrant")):
        row = table.loc[group]
        truth = p_next[key] ** 2  # dose 2 then dose 3
        assert km_consistent(row, truth), (group, row.to_dict(), truth)
    assert result["test"]["p_value"] < 0.001


def test_seasonal_peak_to_trough_ratio_matches_the_planted_amplitude(project, planted):
    season = planted["seasonality"]
    peak = season["peak_month"]
    trough = (peak + 6 - 1) % 12 + 1
    result = effects.seasonal_pattern(project, peak=peak, trough=trough)
    truth = (1 + season["amplitude"]) / (1 - season["amplitude"])
    assert inside(result["ratio"], truth), result["ratio"]


def test_sti_and_hiv_shares_match_the_calibration(project):
    h = calibration()["health"]
    screening = health.sti_screening(project).loc["all"]
    assert share_consistent(screening["uptake"], h["sti_screen_accept"])
    assert share_consistent(screening["positivity"], h["sti_positivity"])
    hiv = health.hiv_test_uptake(project).loc["all"]
    assert share_consistent(hiv, h["hiv_test_with_screen"])


def test_every_month_of_the_period_is_in_the_monthly_tables(project):
    months = project.months
    assert len(months) == 36
    for table in (uptake.contacts_by_month(project), uptake.people_by_month(project),
                  uptake.clinic_attendance(project), uptake.interpreter_types(project)):
        assert list(table.index) == list(months)
    assert uptake.contacts_by_month(project).sum() == len(project.contacts)
