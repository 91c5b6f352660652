"""Consent on every row: each table is filtered through its person link whether or not the
requester asked for `user_id`; a table that cannot be linked to a person is refused unless
the schema marks it person-free; per-table counts add up."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from ethics.checks.consent import apply_consent, consenting_users
from ethics.request import request_export
from workbench.core.errors import InputError


def _zone(project, table):
    return pd.read_parquet(project / "deidentified" / f"{table}.parquet")


def test_a_table_requested_without_user_id_holds_only_consenting_people(deid_project, write_spec,
                                                                         engine, evie_key):
    spec = write_spec({"contacts": ["contact_id", "contact_type", "site"],
                       "health_events": ["event_id", "event_type", "result"]})
    record = request_export(spec, deid_project, evie_key, engine=engine)
    folder = deid_project / "exports" / "requests" / record["request_id"] / "extract"
    allowed = consenting_users(_zone(deid_project, "consents"))
    for table, key in (("contacts", "contact_id"), ("health_events", "event_id")):
        zone = _zone(deid_project, table)
        exported = pd.read_parquet(folder / f"{table}.parquet")
        expected = zone[zone.user_id.isin(allowed)]
        consent = next(c for c in record["checks"] if c["check"] == "consent")
        row = next(d for d in consent["details"] if d["table"] == table)
        assert row["rows_in"] == len(zone) and row["rows_kept"] == len(expected) < len(zone)
        # What consent kept, less the rows of people of unknown age or under 18, is exported.
        ages = next(c for c in record["checks"] if c["check"] == "under_18")
        after = next(d for d in ages["details"] if d["table"] == table)
        assert after["rows_in"] == len(expected) and after["rows_kept"] == len(exported)
        assert row["rows_in"] == (row["rows_kept"] + row["left_out_withdrawn"]
                                  + row["left_out_no_consent"] + row["left_out_no_person"])


def test_a_table_without_a_person_link_is_refused_unless_person_free(deid_project, write_spec,
                                                                      engine, evie_key):
    spec = write_spec({"staff": ["staff_id", "role", "site"]})
    with pytest.raises(InputError, match="cannot be linked to a person"):
        request_export(spec, deid_project, evie_key, engine=engine)


def test_rows_with_no_person_are_left_out_and_counted():
    consents = pd.DataFrame({"user_id": ["a"], "consent_type": ["research"], "given": [True],
                             "withdrawn_date": [None]})
    extract = {"notes": pd.DataFrame({"user_id": ["a", None, "b"]}),
               "premises": pd.DataFrame({"kind": ["flat"]})}
    with pytest.raises(InputError, match="premises"):
        apply_consent(extract, consents)
    kept, result = apply_consent(extract, consents, person_free={"premises"})
    assert kept["notes"].user_id.tolist() == ["a"] and len(kept["premises"]) == 1
    row = result.details.set_index("table").loc["notes"]
    assert (row.rows_kept, row.left_out_no_person, row.left_out_no_consent) == (1, 1, 1)


def test_withdrawal_is_counted_apart():
    consents = pd.DataFrame({"user_id": ["a", "b"], "consent_type": ["research"] * 2,
                             "given": [True, True], "withdrawn_date": [None, dt.date(2024, 1, 1)]})
    kept, result = apply_consent({"t": pd.DataFrame({"user_id": ["a", "b", "b"]})}, consents)
    assert result.details.iloc[0].left_out_withdrawn == 2 and len(kept["t"]) == 1


def test_the_reason_counts_people_across_tables_not_rows():
    """A person who withdrew has rows in several tables: the one-line reason counts her once
    (issue 10: "948 rows of people who withdrew" added rows of three tables); the rows are
    counted per table in the details."""
    consents = pd.DataFrame({
        "user_id": ["a", "b", "c", "d"], "consent_type": ["research"] * 3 + ["records"],
        "given": [True, True, False, True],
        "withdrawn_date": [None, dt.date(2024, 5, 1), None, None]})
    extract = {"contacts": pd.DataFrame({"user_id": ["a", "b", "b", "c"]}),
               "health_events": pd.DataFrame({"user_id": ["b", "b", "b", "c", "d", None]})}
    _, result = apply_consent(extract, consents)
    assert result.reason == ("3 people left out (no research consent or withdrawn): 1 who "
                             "withdrew, 2 with no research consent; 1 row names no person; "
                             "rows per table in the details")
    assert "rows of people who withdrew" not in result.reason
    by_table = result.details.set_index("table")
    assert by_table.left_out_withdrawn.to_dict() == {"contacts": 2, "health_events": 3}
    assert by_table.left_out_no_consent.to_dict() == {"contacts": 1, "health_events": 2}
    assert by_table.left_out_no_person.to_dict() == {"contacts": 0, "health_events": 1}


def test_the_reason_with_everyone_consenting():
    consents = pd.DataFrame({"user_id": ["a"], "consent_type": ["research"], "given": [True],
                             "withdrawn_date": [None]})
    _, result = apply_consent({"t": pd.DataFrame({"user_id": ["a", "a"]})}, consents)
    assert result.reason == ("0 people left out (no research consent or withdrawn): 0 who "
                             "withdrew, 0 with no research consent; rows per table in the "
                             "details")


def test_an_older_agreement_never_outweighs_a_withdrawal_or_a_later_refusal():
    """A case system that keeps a history of consent rows: the attack added an older "yes"
    beside each withdrawal, and the withdrawn people were exported."""
    rows = [  # user, given, date recorded, withdrawn
        ("withdrew", True, "2023-01-01", None), ("withdrew", True, "2023-03-01", "2024-02-01"),
        ("refused_later", True, "2023-01-01", None), ("refused_later", False, "2023-06-01", None),
        ("agreed_later", False, "2023-01-01", None), ("agreed_later", True, "2023-06-01", None),
        ("same_day", True, "2023-01-01", None), ("same_day", False, "2023-01-01", None),
        ("only_yes", True, "2023-01-01", None), ("only_no", False, "2023-01-01", None)]
    consents = pd.DataFrame(
        [{"consent_id": f"c{i}", "user_id": u, "consent_type": "research", "given": g,
          "date_recorded": d, "withdrawn_date": w} for i, (u, g, d, w) in enumerate(rows)]
        + [{"consent_id": "k", "user_id": "only_no", "consent_type": "records", "given": True,
            "date_recorded": "2023-01-01", "withdrawn_date": None}])
    assert consenting_users(consents) == {"agreed_later", "only_yes"}
