"""Forbidden columns, residual identifiers, under-18, consent and date precision:
each with a case that passes, one that fails, and the boundary."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from deidentify.known_from_zone import build_known_identifiers
from ethics.checks.consent import apply_consent
from ethics.checks.date_precision import check_date_precision, coarsen_dates
from ethics.checks.forbidden_columns import check_forbidden_columns
from ethics.checks.residual_identifiers import check_residual_identifiers
from ethics.checks.result import Status
from ethics.checks.under_18 import check_under_18
from workbench.core.zones import open_data_dir


def test_forbidden_columns():
    ok = {"service_users": pd.DataFrame(columns=["user_id", "age_band", "site"])}
    assert check_forbidden_columns(ok).status is Status.PASS
    bad = {"service_users": pd.DataFrame(columns=["user_id", "working_name", "postcode"])}
    result = check_forbidden_columns(bad)
    assert result.status is Status.FAIL and "service_users.working_name" in result.reason


@pytest.fixture(scope="module")
def known(small_project):
    data = open_data_dir(small_project)
    users = pd.read_parquet(data.table_path("identifiable", "service_users"))
    return build_known_identifiers(data), users.dropna(subset=["phone", "working_name"]).iloc[0]


def test_residual_identifiers_pass_on_clean_text(engine, known):
    registry, _ = known
    extract = {"notes": pd.DataFrame({"text": ["Gave condoms and leaflets, all ok.",
                                               "Referred to Migrant Help for advice."]})}
    assert check_residual_identifiers(extract, registry, engine).status is Status.PASS


@pytest.mark.parametrize("make", [
    lambda u: f"Client {u['working_name']} asked for the clinic.",  # a known working name
    lambda u: u["phone"].replace(" ", "-") + " texted",  # a known number written otherwise
    lambda u: "Saw Ioana Popescu at 12 Acacia Road.",  # anything the detector still finds
])
def test_residual_identifiers_fail_on_any_identifier(engine, known, make):
    registry, user = known
    extract = {"notes": pd.DataFrame({"text": ["All fine.", make(user)]})}
    result = check_residual_identifiers(extract, registry, engine)
    assert result.status is Status.FAIL
    assert result.details.row.tolist()[0] == 1
    assert user["phone"] not in str(result.as_record())  # values are never shown


@pytest.mark.parametrize("band,status", [("18-24", Status.PASS), ("16-17", Status.FAIL),
                                         ("17", Status.FAIL), ("55+", Status.PASS)])
def test_under_18(band, status):
    assert check_under_18({"t": pd.DataFrame({"age_band": [band]})}).status is status


def test_consent_keeps_only_current_research_consent():
    consents = pd.DataFrame({
        "user_id": ["a", "b", "c", "d"], "consent_type": ["research"] * 3 + ["records"],
        "given": [True, True, False, True],
        "withdrawn_date": [None, dt.date(2024, 5, 1), None, None]})
    extract = {"contacts": pd.DataFrame({"user_id": ["a", "a", "b", "c", "d"]}),
               "lookup": pd.DataFrame({"code": [1]})}
    kept, result = apply_consent(extract, consents, person_free={"lookup"})
    assert kept["contacts"].user_id.tolist() == ["a", "a"]
    assert kept["lookup"].equals(extract["lookup"])
    row = result.details.iloc[0]
    assert (row.rows_in, row.rows_kept, row.left_out_withdrawn, row.left_out_no_consent) == (5, 2, 1, 2)
    assert result.reason.startswith("3 people left out")


def test_dates_are_coarsened_to_the_requested_precision():
    extract = {"contacts": pd.DataFrame({"contact_date": [dt.date(2024, 3, 17), dt.date(2024, 3, 1)]})}
    assert check_date_precision(extract, "month").status is Status.FAIL
    monthly = coarsen_dates(extract, "month")
    assert monthly["contacts"].contact_date.tolist() == [dt.date(2024, 3, 1)] * 2
    assert check_date_precision(monthly, "month").status is Status.PASS  # boundary: the 1st
    assert check_date_precision(monthly, "year").status is Status.FAIL
    assert check_date_precision(extract, "day").status is Status.PASS
