"""Re-identification risk on people across linked tables: k and unique people over everything
an extract holds about each person (own attributes and the pattern of their event months),
l-diversity of sensitive attributes, and fixes whose effect is computed and can be applied."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from ethics.checks.k_anonymity import check_k_anonymity
from ethics.checks.person_risk import apply_fix, check_person_risk, measure
from ethics.checks.result import Status
from ethics.request import request_export
from workbench.core.errors import InputError


def _view(statuses=("asylum_seeker",) * 5 + ("british_or_settled",) * 5):
    users = pd.DataFrame({"user_id": [f"u{i}" for i in range(10)], "site": ["london"] * 10,
                          "immigration_status": list(statuses)})
    # Everyone had contacts in January; each person in a month of their own as well.
    contacts = pd.DataFrame({
        "user_id": [f"u{i}" for i in range(10)] * 2,
        "contact_date": [dt.date(2024, 1, 1)] * 10 + [dt.date(2024, 1 + i % 3, 1) for i in range(10)]})
    return {"service_users": users, "contacts": contacts}


def test_people_alike_on_their_own_row_are_told_apart_by_their_event_months():
    view = _view()
    # On the person table alone everyone shares the same site: k-anonymity passes...
    assert check_k_anonymity(view["service_users"], ["site"], 5).status is Status.PASS
    # ...but the months of their contacts split them into groups of 4, 3 and 3.
    result = check_person_risk(view, {}, {}, {}, k=5, l=1)
    assert result.status is Status.REVIEW
    risk = measure(view, {"service_users": ["site"], "contacts": ["contact_date"]}, {}, 5)
    assert (risk.people, risk.below_k, risk.k) == (10, 10, 3)


def test_coarsening_to_quarters_is_proposed_with_its_effect():
    result = check_person_risk(_view(), {}, {}, {}, k=5, l=1)
    quarters = result.details.set_index("fix").loc["coarsen_to_quarters"]
    assert quarters.people_below_k == 0 and quarters.people_unique == 0
    assert "drop:contacts.contact_date" in set(result.details.fix)
    suppress = result.details.set_index("fix").loc["suppress_people"]
    assert suppress.people_removed == 10


def test_l_diversity_fails_when_a_group_shares_one_sensitive_value():
    view = coarsen = apply_fix(_view(), "coarsen_to_quarters")
    risk = measure(coarsen, {"service_users": ["site"], "contacts": ["contact_date"]},
                   {"service_users": ["immigration_status"]}, 5)
    assert risk.l_diversity == {"service_users.immigration_status": 2}
    same = apply_fix(_view(["asylum_seeker"] * 10), "coarsen_to_quarters")
    result = check_person_risk(same, {}, {}, {"service_users": ["immigration_status"]}, k=5, l=2)
    assert result.status is Status.REVIEW and "immigration_status 1" in result.reason
    assert check_person_risk(view, {}, {}, {"service_users": ["immigration_status"]}, k=5,
                             l=2).status is Status.PASS


def test_definitions_match_pycanon_on_a_small_table():
    # pycanon.anonymity.k_anonymity = size of the smallest equivalence class;
    # pycanon.anonymity.l_diversity = fewest distinct sensitive values in a class.
    users = pd.DataFrame({"user_id": list("abcdef"), "site": ["x", "x", "x", "y", "y", "y"],
                          "immigration_status": ["p", "q", "p", "p", "p", "p"]})
    risk = measure({"service_users": users}, {"service_users": ["site"]},
                   {"service_users": ["immigration_status"]}, 2)
    assert risk.k == 3 and risk.l_diversity["service_users.immigration_status"] == 1


def test_an_unknown_fix_is_refused():
    with pytest.raises(InputError, match="not a fix"):
        apply_fix(_view(), "drop:contacts.shoe_size")


SPEC = {"service_users": ["user_id", "age_band", "site", "gender", "nationality_group"],
        "contacts": ["contact_id", "user_id", "contact_date", "site"]}


def _risk(record):
    return next(c for c in record["checks"] if c["check"] == "person_risk")


def test_the_request_measures_people_across_tables_and_applies_a_picked_fix(
        deid_project, write_spec, engine, evie_key):
    before = request_export(write_spec(SPEC), deid_project, evie_key, engine=engine)
    risk = _risk(before)
    assert risk["status"] == "review" and "people unique on everything" in risk["reason"]
    assert "contacts" in risk["thresholds"]["quasi_identifiers"]
    after = request_export(write_spec(SPEC, risk_fix="suppress_people"), deid_project, evie_key,
                           engine=engine)
    fixed = _risk(after)
    assert fixed["thresholds"]["fix_applied"].startswith("suppress_people")
    assert " 0 in groups smaller than 5" in fixed["reason"].replace("(", " ")
    assert after["tables"]["contacts"]["rows"] < before["tables"]["contacts"]["rows"]
    drop = request_export(write_spec(SPEC, risk_fix="drop:contacts.contact_date"), deid_project,
                          evie_key, engine=engine)
    assert "contact_date" not in drop["tables"]["contacts"]["columns"]


def test_the_best_change_is_also_proposed_followed_by_suppression():
    result = check_person_risk(_view(), {}, {}, {}, k=5, l=1)
    combined = result.details.set_index("fix").loc["coarsen_to_quarters + suppress_people"]
    assert combined.people_removed == 0 and combined.people_below_k == 0
    assert result.details.iloc[0].people_removed == 0  # keeping everyone ranks first


def test_a_list_of_fixes_is_applied_in_order(deid_project, write_spec, engine, evie_key):
    alone = _risk(request_export(write_spec(SPEC, risk_fix="suppress_people"), deid_project,
                                 evie_key, engine=engine))
    record = request_export(write_spec(SPEC, risk_fix=["coarsen_to_years", "suppress_people"]),
                            deid_project, evie_key, engine=engine)
    both = _risk(record)
    assert both["thresholds"]["fix_applied"].startswith("coarsen_to_years + suppress_people")
    removed = [int(c["thresholds"]["fix_applied"].split("(")[1].split()[0]) for c in (alone, both)]
    assert removed[1] < removed[0]
    precision = next(c for c in record["checks"] if c["check"] == "date_precision")
    assert precision["status"] == "pass" and precision["thresholds"]["precision"] == "year"


def test_the_issues_spec_with_no_declared_quasi_identifiers_no_longer_passes(
        deid_project, write_spec, engine, evie_key):
    # Nationality, immigration status, postcode district, main language, first contact: the
    # request declares no quasi-identifier and asks for k = 5 (day precision is refused
    # elsewhere: tests/ethics/test_policy.py).
    spec = write_spec({"service_users": ["user_id", "nationality", "immigration_status",
                                         "postcode_district", "main_language",
                                         "first_contact_date"]})
    record = request_export(spec, deid_project, evie_key, engine=engine)
    status = {c["check"]: c["status"] for c in record["checks"]}
    assert status["k_anonymity:service_users"] == "review"
    assert status["person_risk"] == "review"
    risk = _risk(record)
    assert "service_users.immigration_status" in risk["reason"]
