"""Analysis on the de-identified zone: periods, sites, events, and the counting rules."""

from __future__ import annotations

import pandas as pd
import pytest

from workbench.analysis import Period, health, load_project, policing, uptake
from workbench.analysis.events import is_synthetic, project_events
from workbench.core.errors import ConfigError, InputError
from workbench.core.tables import read_table


def test_a_period_keeps_only_its_months_and_every_month_appears(analysis_project):
    project = load_project(analysis_project, "2024-03:2024-08")
    assert list(project.months.astype(str)) == [f"2024-{m:02d}" for m in range(3, 9)]
    for name in ("contacts", "health_events", "incidents", "referrals", "interpreter_sessions"):
        months = project.tables[name]["month"]
        assert months.min() >= pd.Period("2024-03", "M") and months.max() <= pd.Period("2024-08", "M")
    all_contacts = read_table(analysis_project, "contacts", "deidentified")
    inside = pd.to_datetime(all_contacts["contact_date"]).dt.to_period("M").between("2024-03", "2024-08")
    assert len(project.contacts) == int(inside.sum())  # every row in the period is counted
    assert uptake.contacts_by_month(project).sum() == len(project.contacts)


def test_a_site_keeps_only_its_people(analysis_project):
    project = load_project(analysis_project, site="regional")
    assert set(project.service_users["site"]) == {"regional"}
    assert set(project.contacts["user_site"]) == {"regional"}
    assert set(project.incidents["user_site"]) <= {"regional"}


@pytest.mark.parametrize("text", ["2024-13:2025-01", "2025-01:2024-01", "last year", ""])
def test_bad_periods_are_named(text):
    with pytest.raises(InputError, match="period"):
        Period.parse(text)


def test_unknown_site_and_missing_zone_are_named(analysis_project, tmp_path):
    with pytest.raises(InputError, match="site"):
        load_project(analysis_project, site="north")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="deidentify"):
        load_project(tmp_path / "empty")


def test_months_with_nothing_are_zero_not_missing(analysis_project):
    project = load_project(analysis_project)
    raids = policing.raids_by_month(project)
    assert len(raids) == 36 and (raids == 0).any() and raids.notna().all()


def test_people_too_recent_to_follow_up_are_left_out_not_counted_as_gone(analysis_project):
    project = load_project(analysis_project)
    table = uptake.returning_within(project)
    last = table.loc["2025-11":]  # first seen in the last 90 days or so
    assert (last["trials"] == 0).all() and last["share"].isna().all()
    assert last["too_recent"].sum() > 0
    quarterly = uptake.returning_within(project, freq="Q")
    assert quarterly["trials"].sum() == table["trials"].sum()


def test_hep_b_courses_without_a_third_dose_are_censored_at_the_end(analysis_project):
    project = load_project(analysis_project)
    courses = health.hep_b_courses(project)
    open_courses = courses[~courses["completed"]]
    assert len(open_courses) and (open_courses["doses"] < 3).all()
    assert (courses.loc[courses["completed"], "doses"] == 3).all()
    assert (courses["days"] >= 0).all()


def test_events_yaml_overrides_the_synthetic_manifest(analysis_project, tmp_path):
    import shutil

    copy = tmp_path / "p"
    shutil.copytree(analysis_project / "identifiable", copy / "identifiable")
    (copy / "events.yaml").write_text("policing_operation: {start: 2024-02, months: 2}\n")
    events = project_events(copy)
    assert list(events) == ["policing_operation"]
    assert str(events["policing_operation"].start) == "2024-02"
    assert list(events["policing_operation"].during.astype(str)) == ["2024-02", "2024-03"]
    (copy / "events.yaml").write_text("policing_operation: {months: 2}\n")
    with pytest.raises(InputError, match="start month"):
        project_events(copy)
    (copy / "events.yaml").write_text("policing_operation: {start: someday}\n")
    with pytest.raises(InputError, match="not a month"):
        project_events(copy)
    (copy / "events.yaml").write_text("- a list\n")
    with pytest.raises(ConfigError):
        project_events(copy)


def test_an_event_outside_the_period_is_named_not_estimated(analysis_project):
    from workbench.analysis import effects

    project = load_project(analysis_project, "2023-01:2024-06")
    operation = project_events(analysis_project)["policing_operation"]
    for question in (effects.outreach_and_operation, effects.reporting_and_operation,
                     effects.raids_and_operation):
        with pytest.raises(InputError, match="needs at least 3 months before"):
            question(project, operation)


def test_events_are_read_from_the_deidentified_zone_alone(analysis_project, tmp_path):
    import json
    import shutil

    copy = tmp_path / "p"
    shutil.copytree(analysis_project / "deidentified", copy / "deidentified")  # no identifiable/
    planted = json.loads((analysis_project / "identifiable" / "manifest.json").read_text()
                         )["planted_effects"]
    events = project_events(copy)
    assert sorted(events) == ["interpreter_change", "policing_operation"]
    operation = events["policing_operation"]
    assert str(operation.start) == planted["policing_operation"]["start_month"]
    assert operation.months == planted["policing_operation"]["duration_months"]
    assert str(events["interpreter_change"].start) == planted["interpreter_change"]["start_month"]
    assert is_synthetic(copy)
    (copy / "deidentified" / "events.json").unlink()
    assert project_events(copy) == {} and not is_synthetic(copy)


def test_the_analysis_and_report_code_never_names_the_identifiable_zone():
    from pathlib import Path

    import workbench

    root = Path(workbench.__file__).parent
    for package in ("analysis", "models", "report"):
        for path in (root / package).rglob("*.py"):
            code = path.read_text()
            assert ".identifiable" not in code and '"identifiable"' not in code, path
