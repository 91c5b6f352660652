"""Unknown means withhold: children get their own age band, a missing or unreadable age is a
failure unless the person's rows are removed (and counted), an extract without an age column
cannot pass by saying nothing, and ingest flags dates of birth under 18."""

from __future__ import annotations

import shutil

import numpy as np
import pandas as pd
import pytest

from deidentify.structured import age_bands
from ethics.checks.result import Status
from ethics.checks.under_18 import check_under_18, withhold_minors
from ethics.request import request_export
from workbench.core.schema import SERVICE_USERS
from workbench.validation import validate


def test_a_child_gets_an_under_18_band_not_an_empty_value():
    dob = pd.Series(pd.to_datetime(["2009-06-01", "2000-06-01", None]))
    at = pd.Series(pd.to_datetime(["2024-06-01"] * 3))
    assert age_bands(dob, at, (18, 25, 35, 45, 55)).tolist() == ["0-17", "18-24", None]


@pytest.mark.parametrize("band", [None, np.nan, "", "unknown", "0-17"])
def test_an_unknown_or_child_age_fails(band):
    result = check_under_18({"t": pd.DataFrame({"age_band": ["25-34", band]})})
    assert result.status is Status.FAIL and result.details.row.tolist() == [1]


def test_an_extract_without_an_age_column_does_not_pass():
    result = check_under_18({"contacts": pd.DataFrame({"site": ["london"]})})
    assert result.status is Status.FAIL and "no age column" in result.reason


def test_children_and_unknown_ages_are_withheld_from_every_table_and_counted():
    users = pd.DataFrame({"user_id": ["a", "b", "c"], "age_band": ["25-34", "0-17", None]})
    extract = {"contacts": pd.DataFrame({"user_id": ["a", "b", "c", "d", "a"]}),
               "service_users": users}
    kept, result = withhold_minors(extract, users)
    assert kept["contacts"].user_id.tolist() == ["a", "a"]
    row = result.details.set_index("table").loc["contacts"]
    assert (row.rows_in, row.rows_kept, row.left_out_under_18, row.left_out_unknown_age) == (5, 2, 1, 2)
    assert result.reason.startswith("1 people under 18 and 2 people of unknown age")


@pytest.fixture
def zone_with_a_child(deid_project, tmp_path):
    root = tmp_path / "project"
    shutil.copytree(deid_project, root, ignore=shutil.ignore_patterns("exports"))
    path = root / "deidentified" / "service_users.parquet"
    users = pd.read_parquet(path)
    users.loc[users.index[:3], "age_band"] = "0-17"
    users.to_parquet(path, index=False)
    return root, set(users.user_id[:3]), set(users.user_id[users.age_band.isna()])


def test_a_request_without_an_age_column_holds_no_child_and_no_unknown_age(zone_with_a_child,
                                                                          write_spec, engine, evie_key):
    root, children, unknown = zone_with_a_child
    record = request_export(write_spec({"contacts": ["contact_id", "user_id", "site"]}), root,
                            evie_key, engine=engine)
    extract = root / "exports" / "requests" / record["request_id"] / "extract"
    people = set(pd.read_parquet(extract / "contacts.parquet").user_id)
    zone = pd.read_parquet(root / "deidentified" / "contacts.parquet")
    assert people and not (people & set(zone[zone.user_id.isin(children | unknown)].user_id))
    check = next(c for c in record["checks"] if c["check"] == "under_18")
    assert check["status"] == "pass" and "people under 18" in check["reason"]
    assert check["details"][0]["left_out_under_18"] > 0


def test_ingest_quarantines_a_date_of_birth_under_18_at_first_contact():
    rows = {c: [""] * 3 for c in SERVICE_USERS.column_names}
    rows.update(user_id=["U1", "U2", "U3"], site=["london"] * 3, gender=["female"] * 3,
                nationality=["Romania"] * 3, nationality_group=["eastern_europe_balkans"] * 3,
                migrant=["yes"] * 3, immigration_status=["eu_settled_or_pre_settled"] * 3,
                main_language=["Romanian"] * 3, setting=["flat"] * 3,
                first_contact_date=["2024-06-01"] * 3,
                date_of_birth=["2006-06-02", "2006-06-01", ""])  # 17 the day before; 18; unknown
    frame = pd.DataFrame(rows)
    _, bad, problems = validate(frame, SERVICE_USERS)
    under = [p for p in problems if "under 18" in p.reason]
    assert [p.row for p in under] == [2] and bad[0] and not bad[1] and not bad[2]
    _, bad, problems = validate(frame, SERVICE_USERS, keep_under_18=True)
    assert not bad[0] and any("under 18" in p.reason for p in problems)
