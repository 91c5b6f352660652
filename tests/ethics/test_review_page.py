"""The review page lets a reviewer decide: a verdict and the next command, checks in plain
words, what each table holds (small counts hidden), the researcher and retention date,
earlier exports, and after the decision the reviewer, justifications and signatures.
Accessible: contrast, viewport, captions, no script, nothing fetched."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
import yaml

from ethics.request import request_export
from ethics.review import ReviewError, review
from ethics.review_facts import column_values
from ethics.review_page import STATUS_COLOURS, TINTS
from ethics.signing import load_signer
from tests.conftest import JUSTIFICATION, REPO, copy_gate

SPEC = REPO / "examples" / "export_request.yaml"


@pytest.fixture(scope="module")
def pages(approved_gate):
    """The page of a first request before and after approval, and of a second request to the
    same researcher (which has an earlier export to show): requests A and B of the session's
    approved project (tests/conftest.py)."""
    project = approved_gate.project
    first, second = (json.loads((project / "exports" / "requests" / r / "request.json")
                                .read_text()) for r in (approved_gate.a, approved_gate.b))
    needs = {c["check"]: JUSTIFICATION for c in first["checks"] if c["status"] == "review"}
    return {"project": project, "first": first, "second": second, "needs": needs,
            **approved_gate.pages}


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("status", sorted(STATUS_COLOURS))
def test_status_colours_have_a_contrast_of_at_least_4_5(status):
    assert contrast(STATUS_COLOURS[status], "#ffffff") >= 4.5
    assert contrast(STATUS_COLOURS[status], TINTS[status]) >= 4.5


def test_the_page_opens_with_a_verdict_and_the_exact_next_command(pages):
    rid, page = pages["first"]["request_id"], pages["before"]
    needs = len(pages["needs"])
    assert "k_anonymity:service_users" in pages["needs"]
    verdict = re.search(r"class='verdict'[^>]*>([^<]+)<", page).group(1)
    assert re.fullmatch(rf"\d+ checks: \d+ passed, {needs} needs? your decision, 0 failed\. "
                        r"Decide on: k_anonymity:service_users(, [\w:]+)*\.", verdict)
    assert (f"workbench review {rid} --data {pages['project'].resolve()} --key YOUR_KEY_FILE "
            "--approve --exception 'k_anonymity:service_users=") in page
    data = pages["project"].resolve()
    assert f"workbench review {rid} --data {data} --key YOUR_KEY_FILE --reject" in page


def test_checks_and_answers_are_in_plain_words(pages):
    page = pages["before"]
    assert "{'" not in page and "True" not in page  # no Python dicts, no True for yes
    assert "settings in force" in page and "k: 5; quasi_identifiers: age_band" in page
    assert "ICO anonymisation guidance" in page  # the source of a check's rule
    assert "what it means" in page and "needs your decision" in page


def test_each_table_shows_rows_people_dates_roles_reasons_and_values(pages):
    page = pages["before"]
    assert re.search(r"<h3>contacts</h3><p>[\d,]+ rows, [\d,]+ people; dates 20\d\d-\d\d to "
                     r"20\d\d-\d\d\.</p>", page)
    assert "quasi-identifier" in page and "sensitive" in page
    assert "key, replaced by a pseudonym new for each extract" in page
    assert "the exposure of interest (question 1)" in page  # why interpreter_used is needed
    assert "contacts: first 5 rows" in page
    assert "&lt;10" in page  # small categories are shown as <10


def test_small_counts_are_never_shown():
    series = pd.Series(["a"] * 12 + ["b"] * 3 + [None])
    assert column_values(series, "quasi-identifier") == "a: 12, b: <10; <10 missing"


def test_the_researcher_contact_retention_and_settings_are_fields(pages):
    page = pages["before"]
    spec = yaml.safe_load(SPEC.read_text())
    assert spec["researcher"]["contact"] in page
    assert "<dt>Retention: destroy by</dt><dd>2027-12-31</dd>" in page
    assert "Age bands" in page and "18-24" in page and "pseudonym" in page


def test_earlier_exports_to_the_same_researcher_are_listed(pages):
    first, page = pages["first"]["request_id"], pages["again"]
    assert "Approved exports to the same researcher or organisation" in page
    assert first in page and "adds no new column" in page
    assert "No earlier approved export" in pages["before"]


def test_after_the_decision_the_page_shows_who_decided_why_and_the_signatures(pages, keys):
    page = pages["after"]
    assert "Approved by Rita Reviewer" in page and JUSTIFICATION in page
    assert load_signer(keys["rita"]).fingerprint in page
    assert load_signer(keys["evie"]).fingerprint in page
    assert "accepted by the reviewer" in page
    assert f"workbench export {pages['first']['request_id']}" in page
    assert "Approved by" not in pages["before"]


@pytest.mark.parametrize("which", ["before", "after", "again"])
def test_the_page_is_accessible_and_offline(pages, which):
    page = pages[which]
    assert "<meta name='viewport' content='width=device-width, initial-scale=1'>" in page
    assert page.count("<table") == page.count("<caption>") > 0
    assert "<script" not in page and "http" not in page.lower()
    assert "<html lang='en'>" in page


def test_a_column_without_a_reason_cannot_be_approved(approved_gate, keys, tmp_path):
    project = copy_gate(approved_gate, tmp_path)
    spec = yaml.safe_load(SPEC.read_text())
    del spec["tables"]["contacts"]["why"]["duration_minutes"]
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec))
    record = request_export(path, project, keys["evie"])
    page = (project / "exports" / "requests" / record["request_id"] / "review.html"
            ).read_text()
    assert "Cannot be approved" in page and "NO REASON GIVEN" in page
    needs = {c["check"]: JUSTIFICATION for c in record["checks"] if c["status"] == "review"}
    with pytest.raises(ReviewError,
                       match=r"no reason given for 1 column\(s\): contacts.duration_minutes"):
        review(record["request_id"], project, keys["rita"], approve=True,
               exceptions=needs)
