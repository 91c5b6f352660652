"""The ethics checklist (ethics/checklist.yaml) and the checking of a request's answers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ethics.checks import registry as checks
from workbench.core.errors import ConfigError
from workbench.core.resources import read_yaml

CHECKLIST = Path(__file__).with_name("checklist.yaml")
SAFES = ("projects", "people", "settings", "data", "outputs")
YES, NA = "yes", "n/a"


@dataclass(frozen=True)
class Item:
    id: str
    safe: str
    text: str
    source: str
    required: bool
    answered_by: str  # "person" or "check"
    check: str | None = None


def load_checklist(path: str | Path = CHECKLIST) -> tuple[int, list[Item]]:
    data = read_yaml(path, "checklist")
    items = []
    for raw in data.get("items", []):
        try:
            item = Item(**raw)
        except TypeError as exc:
            raise ConfigError(f"{path}: bad checklist item {raw.get('id', '?')} ({exc})") from None
        if item.safe not in SAFES or item.answered_by not in ("person", "check") or (
                item.answered_by == "check" and not item.check):
            raise ConfigError(f"{path}: checklist item {item.id} is malformed")
        if item.check:
            try:
                checks.get(item.check)
            except ConfigError as exc:
                raise ConfigError(f"{path}: checklist item {item.id}: {exc}") from None
        items.append(item)
    if len({i.id for i in items}) != len(items):
        raise ConfigError(f"{path}: checklist item ids must be unique")
    return int(data.get("version", 0)), items


def answer_problems(items: list[Item], answers: dict[str, Any]) -> list[str]:
    """What is wrong with a request's answers to the person-answered items (empty = complete).

    An answer is {answer: yes, evidence: ...} or {answer: n/a, reason: ...}.
    """
    problems = []
    known = {i.id for i in items}
    for item_id in answers:
        if item_id not in known:
            problems.append(f"answer to unknown checklist item {item_id}")
    for item in items:
        if item.answered_by != "person":
            continue
        given = answers.get(item.id)
        if given is None:
            if item.required:
                problems.append(f"{item.id} is not answered: {item.text}")
            continue
        if not isinstance(given, dict):
            problems.append(f"{item.id}: give 'answer' and 'evidence' (or 'reason' for n/a)")
            continue
        raw = given.get("answer", "")
        answer = YES if raw is True else str(raw).strip().lower()  # YAML reads yes as true
        if answer == NA:
            if not str(given.get("reason", "")).strip():
                problems.append(f"{item.id}: n/a needs a reason")
        elif answer == YES:
            if not str(given.get("evidence", "")).strip():
                problems.append(f"{item.id}: 'yes' needs evidence (a reference, date or document)")
        else:
            problems.append(f"{item.id}: the answer must be 'yes' (with evidence) or 'n/a' (with "
                            f"a reason), not {given.get('answer')!r}")
    return problems


def check_status(item: Item, results: list[dict[str, Any]]) -> str:
    """The status a check-answered item shows: the worst of every result of its check (all
    tables of a per-table check, e.g. k_anonymity:service_users and k_anonymity:contacts), or
    "not run" (which blocks nothing by itself but says so)."""
    order = ("fail", "review", "suppressed", "rounded", "pass")
    found = [r["status"] for r in results if r["check"].split(":")[0] == item.check]
    return min(found, key=order.index) if found else "not run"
