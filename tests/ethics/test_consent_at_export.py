"""Consent withdrawn after approval stops the export: the request keeps who is in its extract
(people.json, hashed into the signed request) and export checks the consents as they stand."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from ethics.checks.consent import consenting_users
from ethics.linkage import key_for_label, rekey_people
from ethics.package import ExportError, export_package
from ethics.request import request_export
from ethics.review import review
from workbench.core.zones import open_data_dir


@pytest.fixture
def approved(deid_project, tmp_path, write_spec, engine, keys):
    """A copy of the project with an approved request that does not show user_id."""
    root = tmp_path / "project"
    shutil.copytree(deid_project, root)
    record = request_export(write_spec({"service_users": ["age_band", "site"]}), root,
                            keys["evie"], engine=engine)
    needs = {c["check"]: "accepted for this synthetic consent test" for c in record["checks"]
             if c["status"] == "review"}
    review(record["request_id"], root, keys["lead"], approve=True, exceptions=needs)
    return root, record


def _someone_in(root, record) -> str:
    """A zone user_id whose re-keyed surrogate is in the extract."""
    folder = root / "exports" / "requests" / record["request_id"]
    people = set(json.loads((folder / "people.json").read_text()))
    consents = pd.read_parquet(root / "deidentified" / "consents.parquet")
    allowed = sorted(consenting_users(consents))
    key = key_for_label(open_data_dir(root), record["pseudonyms"]["key"])
    surrogates = rekey_people(pd.Series(allowed, dtype=object), key)
    return next(u for u, s in zip(allowed, surrogates) if s in people)


def test_consent_withdrawn_after_approval_stops_the_export(approved, keys, tmp_path):
    root, record = approved
    path = root / "deidentified" / "consents.parquet"
    original = pd.read_parquet(path)
    user = _someone_in(root, record)
    withdrawn = original.copy()
    research = (withdrawn.user_id == user) & (withdrawn.consent_type == "research")
    withdrawn.loc[research, "withdrawn_date"] = pd.Timestamp("2026-11-01").date()
    withdrawn.to_parquet(path, index=False)
    out = tmp_path / "package"
    with pytest.raises(ExportError, match="1 person in the extract .* no longer has research "
                                          "consent"):
        export_package(record["request_id"], root, out, keys["lead"])
    assert not out.exists()
    assert '"event": "export_refused"' in (root / "audit_log.jsonl").read_text()
    original.to_parquet(path, index=False)
    assert export_package(record["request_id"], root, out, keys["lead"]) == out.resolve()


def test_an_edited_or_missing_people_list_stops_the_export(approved, keys, tmp_path):
    root, record = approved
    people = root / "exports" / "requests" / record["request_id"] / "people.json"
    people.write_text("[]\n")
    with pytest.raises(ExportError, match="changed since the request was signed"):
        export_package(record["request_id"], root, tmp_path / "a", keys["lead"])
    people.unlink()
    with pytest.raises(ExportError, match="missing"):
        export_package(record["request_id"], root, tmp_path / "b", keys["lead"])
