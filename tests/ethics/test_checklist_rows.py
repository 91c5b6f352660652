"""Checklist rows answered by checks show the worst result of every table's check, and name
only checks that exist."""

from __future__ import annotations

import pandas as pd

from ethics.checklist import check_status, load_checklist
from ethics.review_page import render_review_page


def _item(check):
    return next(i for i in load_checklist()[1] if i.check == check)


RESULTS = [{"check": "k_anonymity:contacts", "status": "pass", "reason": "", "thresholds": {},
            "details": []},
           {"check": "k_anonymity:service_users", "status": "review", "reason": "",
            "thresholds": {}, "details": []}]


def test_da5_shows_the_worst_of_every_table():
    assert check_status(_item("k_anonymity"), RESULTS) == "review"
    assert check_status(_item("k_anonymity"), RESULTS[:1]) == "pass"
    assert check_status(_item("person_risk"), RESULTS) == "not run"


def test_the_review_page_row_shows_it():
    record = {"request_id": "REQ-x", "created": "now", "requester": "Evie", "content_hash": "h",
              "spec": {"title": "t", "purpose": "p", "researcher": {"name": "A",
                                                                    "organisation": "B"},
                       "tables": {}, "answers": {}}, "checks": RESULTS, "tables": {}}
    page = render_review_page(record, {"contacts": pd.DataFrame()}, load_checklist()[1])
    row = page[page.index(">DA5</td>"):].split("</tr>")[0]
    assert "automated check: needs your decision" in row


def test_every_new_check_has_a_checklist_row():
    checks = {i.check for i in load_checklist()[1] if i.answered_by == "check"}
    assert {"person_risk", "linkage", "k_anonymity", "under_18"} <= checks
