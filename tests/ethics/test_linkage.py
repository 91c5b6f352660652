"""Extracts cannot be joined: every key column is re-keyed per request, so two packages share
no pseudonym; a declared link to an earlier extract of the same researcher reuses its keys and
is checked on the union of both."""

from __future__ import annotations

import pandas as pd
import pytest

from ethics.request import request_export
from workbench.core.errors import InputError

USERS = {"service_users": ["user_id", "age_band", "site"],
         "contacts": ["contact_id", "user_id", "site"]}


def _table(project, record, table):
    return pd.read_parquet(project / "exports" / "requests" / record["request_id"] / "extract"
                           / f"{table}.parquet")


def test_two_extracts_share_no_pseudonym_but_join_within(deid_project, write_spec, engine, evie_key):
    first = request_export(write_spec(USERS), deid_project, evie_key, engine=engine)
    second = request_export(write_spec(USERS), deid_project, evie_key, engine=engine)
    a, b = _table(deid_project, first, "service_users"), _table(deid_project, second, "service_users")
    assert len(a) == len(b) > 0
    assert not set(a.user_id) & set(b.user_id)
    zone = pd.read_parquet(deid_project / "deidentified" / "service_users.parquet")
    assert not set(a.user_id) & set(zone.user_id)  # nor with the zone's own pseudonyms
    contacts = _table(deid_project, first, "contacts")
    assert set(contacts.user_id) <= set(a.user_id) and contacts.contact_id.is_unique
    assert first["pseudonyms"]["fingerprint"] != second["pseudonyms"]["fingerprint"]
    link = next(c for c in first["checks"] if c["check"] == "linkage")
    assert link["status"] == "pass" and "cannot be joined" in link["reason"]


def _approve(project, record, keys, engine):
    from ethics.review import review

    needs = {c["check"]: "accepted for this synthetic linkage test" for c in record["checks"]
             if c["status"] == "review"}
    review(record["request_id"], project, keys["lead"], approve=True, exceptions=needs)


def test_a_declared_link_joins_and_is_checked_on_the_union(deid_project, write_spec, engine,
                                                           evie_key, keys):
    first = request_export(write_spec({"service_users": ["user_id", "age_band"]}),
                           deid_project, evie_key, engine=engine)
    _approve(deid_project, first, keys, engine)
    second = request_export(write_spec({"service_users": ["user_id", "site", "gender"]},
                                       links_to=first["request_id"]),
                            deid_project, evie_key, engine=engine)
    a, b = _table(deid_project, first, "service_users"), _table(deid_project, second, "service_users")
    assert set(a.user_id) == set(b.user_id)
    k_check = next(c for c in second["checks"] if c["check"] == "k_anonymity:service_users")
    # The union holds age_band from the first extract and site, gender from the second.
    assert {"age_band", "site", "gender"} <= set(k_check["thresholds"]["quasi_identifiers"])
    assert second["pseudonyms"]["links_to"] == first["request_id"]


def test_a_link_to_another_researchers_extract_is_refused(deid_project, write_spec, engine, evie_key):
    first = request_export(write_spec({"service_users": ["user_id", "age_band"]}),
                           deid_project, evie_key, engine=engine)
    spec = write_spec({"service_users": ["user_id", "site"]}, links_to=first["request_id"],
                      researcher={"name": "Someone Else", "organisation": "B"})
    with pytest.raises(InputError, match="another researcher"):
        request_export(spec, deid_project, evie_key, engine=engine)
    with pytest.raises(InputError, match="unknown request id"):
        request_export(write_spec({"service_users": ["user_id"]}, links_to="REQ-nope"),
                       deid_project, evie_key, engine=engine)


def test_a_link_to_an_extract_never_approved_is_refused(deid_project, write_spec, engine,
                                                        evie_key):
    """Found by an attack on the merged gate: a link to a request that failed its checks
    and was never approved was accepted."""
    first = request_export(write_spec({"service_users": ["user_id", "age_band"]}),
                           deid_project, evie_key, engine=engine)
    with pytest.raises(InputError, match="never approved"):
        request_export(write_spec({"service_users": ["user_id", "site"]},
                                  links_to=first["request_id"]),
                       deid_project, evie_key, engine=engine)
