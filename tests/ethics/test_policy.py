"""Thresholds are project policy: defaults with sources in one YAML file, requests may only be
stricter, malformed values are refused with one line, every check record names the policy's
hash, and a check the checklist names must exist."""

from __future__ import annotations


import pytest
import yaml

from ethics.checklist import load_checklist
from ethics.checks.result import Status
from ethics.policy import DEFAULT_POLICY, load_policy
from ethics.request import request_export
from tests.cli_helpers import run_cli
from workbench.core.errors import ConfigError, InputError

USERS = {"service_users": ["user_id", "age_band", "site", "gender", "nationality_group",
                           "migrant", "setting"]}


@pytest.mark.parametrize("extra,message", [
    ({"k": 1}, "k must be at least 2"),
    ({"k": 0}, "k must be at least 2"),
    ({"k": -3}, "k must be at least 2"),
    ({"k": 3}, "k: 3 is looser than the project's policy (5)"),
    ({"k": 2.7}, "k must be a whole number"),
    ({"k": "abc"}, "k must be a whole number"),
    ({"k": [7]}, "k must be a whole number"),
    ({"k": True}, "k must be a whole number"),
    ({"date_precision": "day"}, "date_precision: 'day' is looser"),
    ({"date_precision": ["month"]}, "date_precision must be one of"),
    ({"l": 1}, "l: 1 is looser"),
    ({"quasi_identifiers": ["site"]}, "quasi_identifiers maps each table"),
])
def test_looser_or_malformed_thresholds_are_refused(deid_project, write_spec, engine, extra,
                                                     message, evie_key):
    before = sorted((deid_project / "exports").rglob("*")) if (deid_project / "exports").exists() else []
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        request_export(write_spec(USERS, **extra), deid_project, evie_key, engine=engine)
    after = sorted((deid_project / "exports").rglob("*")) if (deid_project / "exports").exists() else []
    assert after == before


def test_a_malformed_threshold_is_one_line_from_the_command(deid_project, write_spec, evie_key):
    out = run_cli(["request-export", str(write_spec(USERS, k=2.7)), "--data", str(deid_project),
                   "--key", str(evie_key)])
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.count("\n") == 1 and "k must be a whole number" in out.stderr


def test_stricter_values_apply_and_a_request_cannot_remove_a_quasi_identifier(
        deid_project, write_spec, engine, evie_key):
    record = request_export(write_spec(USERS, k=7, date_precision="quarter",
                                       quasi_identifiers={"service_users": ["age_band"]}),
                            deid_project, evie_key, engine=engine)
    k_check = next(c for c in record["checks"] if c["check"] == "k_anonymity:service_users")
    assert k_check["thresholds"]["k"] == 7
    # The schema's and the policy's quasi-identifiers stay, whatever the request declares.
    assert set(k_check["thresholds"]["quasi_identifiers"]) == {
        "age_band", "site", "gender", "nationality_group", "migrant", "setting"}
    assert k_check["thresholds"]["counted"] == "people"
    assert record["spec"]["date_precision"] == "quarter"
    policy = load_policy()
    assert all(c["policy_sha256"] == policy.files_sha256 == record["policy"]["sha256"]
               for c in record["checks"])


def test_the_default_k_and_the_schema_quasi_identifiers_apply_with_none_declared(
        deid_project, write_spec, engine, evie_key):
    record = request_export(write_spec(USERS), deid_project, evie_key, engine=engine)
    k_check = next(c for c in record["checks"] if c["check"] == "k_anonymity:service_users")
    assert k_check["thresholds"]["k"] == 5 and k_check["status"] == "review"
    assert "small groups shown" in k_check["reason"]


def test_every_default_has_a_source_and_a_project_file_may_change_it(tmp_path):
    raw = yaml.safe_load(DEFAULT_POLICY.read_text())["thresholds"]
    assert all(entry["source"].strip() for entry in raw.values())
    own = tmp_path / "policy.yaml"
    own.write_text("thresholds:\n  k: {value: 10, source: lead's decision 2026-03}\n")
    assert load_policy(own)["k"] == 10 and load_policy(own).files_sha256 != load_policy().files_sha256
    own.write_text("thresholds:\n  k: {value: 2.5}\n")
    with pytest.raises(InputError, match="k must be a whole number"):
        load_policy(own)
    own.write_text("thresholds:\n  kk: 3\n")
    with pytest.raises(ConfigError, match="unknown threshold 'kk'"):
        load_policy(own)


@pytest.mark.parametrize("loose", ["k: 2", "date_precision: day", "threshold: 3",
                                   "minimum_age: 18\n  l: 1"])
def test_a_project_policy_file_cannot_loosen_the_defaults(tmp_path, loose):
    """The file lies in the data directory: whoever can write there must not be able to
    lower k or release exact dates (an attack that got exact contact dates exported)."""
    own = tmp_path / "policy.yaml"
    own.write_text(f"thresholds:\n  {loose}\n")
    with pytest.raises(ConfigError, match="looser than the workbench's default"):
        load_policy(own)


def test_a_checklist_naming_a_check_that_does_not_exist_is_an_error(tmp_path):
    path = tmp_path / "checklist.yaml"
    path.write_text("version: 1\nitems:\n  - {id: DA9, safe: data, text: t, source: s, "
                    "required: true, answered_by: check, check: k_anonimity}\n")
    with pytest.raises(ConfigError, match="no check named 'k_anonimity'"):
        load_checklist(path)


def test_one_status_vocabulary():
    assert [s.value for s in Status] == ["pass", "suppressed", "rounded", "review", "fail"]
