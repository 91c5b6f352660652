"""Generated data reproduces the calibration figures (datasets/calibration.yaml) and the
planted effects that analysis must later recover."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from workbench.core.resources import calibration
from workbench.generate.calibration_check import measure


@pytest.fixture(scope="module")
def tables(synthetic_project):
    d = synthetic_project / "identifiable"
    read = lambda name: pd.read_parquet(d / f"{name}.parquet")  # noqa: E731
    manifest = json.loads((d / "manifest.json").read_text())
    return {name: read(name) for name in ("service_users", "contacts", "incidents",
                                          "interpreter_sessions", "health_events")} | {
        "manifest": manifest}


def _month(series: pd.Series) -> pd.Series:
    return pd.to_datetime(series).dt.to_period("M").astype(str)


def test_every_calibration_target_is_met(synthetic_project):
    result = measure(synthetic_project / "identifiable")
    assert len(result) == len(calibration()["targets"])
    assert result.ok.all(), result[~result.ok].to_dict("records")


def test_every_target_names_its_source():
    for name, spec in calibration()["targets"].items():
        assert spec["source"].startswith("guidance l."), name


def test_seasonality_peaks_in_november(tables):
    c = tables["contacts"]
    by_cal_month = c.groupby(pd.to_datetime(c.contact_date).dt.month).size()
    amp = calibration()["planted_effects"]["seasonality"]["amplitude"]
    # November vs May, averaged over years: expected (1+amp)/(1-amp).
    ratio = by_cal_month[11] / by_cal_month[5]
    assert abs(ratio - (1 + amp) / (1 - amp)) < 0.25


def test_policing_operation_lowers_establishment_outreach(tables):
    c = tables["contacts"]
    op = tables["manifest"]["planted_effects"]["policing_operation"]
    after = _month(c.contact_date) >= op["start_month"]
    est = c.contact_type == "outreach_establishment"
    other = c.contact_type.isin(["drop_in", "clinic", "casework", "phone_text"])
    # Seasonality and caseload cancel in the ratio of establishment outreach to other contacts.
    ratio_after = est[after].sum() / other[after].sum()
    ratio_before = est[~after].sum() / other[~after].sum()
    assert abs(ratio_after / ratio_before - op["establishment_outreach_rate_ratio"]) < 0.07


def test_policing_operation_lowers_reporting_and_brings_raids(tables):
    i = tables["incidents"]
    op = tables["manifest"]["planted_effects"]["policing_operation"]
    month = _month(i.incident_date)
    crimes = i[~i.raid]
    after = month[~i.raid] >= op["start_month"]
    assert abs(crimes[~after].reported_to_police.mean() - op["reported_to_police_before"]) < 0.06
    assert abs(crimes[after].reported_to_police.mean() - op["reported_to_police_after"]) < 0.06
    raids = month[i.raid]
    during = raids.between(op["start_month"], op["end_month"])
    assert during.mean() > 0.5  # three months out of 36 hold most raids
    assert (i[i.raid].perpetrator_type == "police").all()


def test_interpreter_change_raises_professional_use(tables):
    s = tables["interpreter_sessions"]
    change = tables["manifest"]["planted_effects"]["interpreter_change"]
    after = _month(s.session_date) >= change["start_month"]
    professional = s.interpreter_type.isin(["professional_face_to_face", "telephone"])
    assert abs(professional[~after].mean() - change["professional_share_before"]) < 0.06
    assert abs(professional[after].mean() - change["professional_share_after"]) < 0.06


def test_hep_b_completion_lower_for_migrants(tables):
    h = tables["health_events"]
    u = tables["service_users"].set_index("user_id")
    hep = h[h.event_type == "hep_b_dose"]
    starters = hep[hep.dose_number == 1].user_id
    completed = set(hep[hep.dose_number == 3].user_id)
    migrant = u.migrant.reindex(starters).to_numpy()
    done = starters.isin(completed).to_numpy()
    p = calibration()["planted_effects"]["hep_b_completion"]["next_dose_probability"]
    assert abs(done[migrant].mean() - p["migrant"] ** 2) < 0.08
    assert abs(done[~migrant].mean() - p["non_migrant"] ** 2) < 0.08
    # Doses are ordered in time for every person.
    order = hep.sort_values(["user_id", "dose_number"]).groupby("user_id").event_date
    assert order.apply(lambda d: d.is_monotonic_increasing).all()


def test_no_one_is_under_18_at_first_contact(tables):
    u = tables["service_users"].dropna(subset=["date_of_birth"])
    age = (pd.to_datetime(u.first_contact_date) - pd.to_datetime(u.date_of_birth)).dt.days / 365.25
    assert (age >= 18).all()
    assert np.isclose(age.mean(), calibration()["population"]["age_mean"], atol=1.5)
