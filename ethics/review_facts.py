"""What a reviewer needs to know about an extract, as plain data for the review page.

Per table: rows, people, the dates covered, and per column its disclosure role (from the data
dictionary), why the requester needs it, and what is in it (value counts for categories, with
counts under 10 shown as "<10"; ranges for numbers and dates). Also the checks in plain words,
the earlier exports to the same researcher or organisation, and what this one adds.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from ethics.people import name_key
from workbench.core.schema import TABLES
from workbench.core.zones import DataDir

SMALL = 10  # counts below this are shown as "<10" (the disclosure threshold)
MAX_CATEGORIES = 12

# Derived in the de-identified zone from a column of the case system.
DERIVED = {"age_band": ("quasi-identifier", "age at first contact, in bands (from date of birth)"),
           "postcode_district": ("quasi-identifier", "postcode district (from the postcode)")}

# Each check in plain words: what it protects against, its default, and where the rule is from.
CHECKS = {
    "consent": ("Only people who agreed to research use of their records, and have not "
                "withdrawn, are in the extract; everyone else is left out of every table.",
                "research consent given and not withdrawn",
                "UK GDPR Art. 6 and 9; UKNSWP good practice, 'Working with researchers'"),
    "forbidden_columns": ("No column that names or contacts a person (name, phone, address, "
                          "NHS or NI number...) is in the extract.",
                          "every direct identifier of the data dictionary",
                          "ICO anonymisation guidance (direct identifiers)"),
    "residual_identifiers": ("No identifier is left in any text: the de-identifier runs again "
                             "and every known name and number of the project is searched for.",
                             "any identifier found fails the request",
                             "ICO motivated intruder test"),
    "under_18": ("No one under 18 is in the extract.", "minimum age 18",
                 "safeguarding; UKNSWP good practice"),
    "date_precision": ("No date is finer than the request allows (exact dates single "
                       "people out).", "month", "ICO anonymisation guidance (singling out)"),
    "k_anonymity": ("Each combination of the quasi-identifiers (age band, site, gender, "
                    "nationality group...) is shared by at least k people, so no one can be "
                    "singled out by what an acquaintance knows about them.", "k = 5",
                    "ICO anonymisation guidance; Sweeney (2002)"),
}


def plain_check(name: str) -> tuple[str, str, str]:
    """(what it means, default, source) for a check such as 'k_anonymity:service_users'."""
    return CHECKS.get(name.split(":")[0], ("", "", ""))


def describe_value(value: Any) -> str:
    """A threshold or setting as words: lists joined, dicts as 'key: value', yes for True."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {describe_value(v)}" for k, v in value.items()) or "none"
    if isinstance(value, list | tuple):
        return ", ".join(describe_value(v) for v in value) or "none"
    return str(value)


def count_label(n: int) -> str:
    return f"<{SMALL}" if 0 < n < SMALL else f"{n:,}"


def column_role(table: str, column: str) -> str:
    if column in DERIVED:
        return DERIVED[column][0]
    schema = TABLES.get(table)
    if schema is None or column not in schema.column_names:
        return "not in the data dictionary: treat as identifying"
    role = schema.column(column).role.value
    if column.endswith("_id") and role == "direct identifier":
        return "key, replaced by a pseudonym new for each extract"
    return role


def _is_date(series: pd.Series) -> bool:
    if pd.api.types.is_datetime64_any_dtype(series):
        return True
    sample = series.dropna().astype(str).head(20)
    return len(sample) > 0 and sample.str.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?").all()


_WIDTH = {"year": 4, "month": 7}


def column_values(series: pd.Series, role: str, precision: str = "day") -> str:
    """What a column holds, without showing any small count."""
    values = series.dropna()
    missing = f"; {count_label(int(series.isna().sum()))} missing" if series.isna().any() else ""
    if role.startswith("key"):
        return f"{values.nunique():,} distinct pseudonyms{missing}"
    if _is_date(series):
        text = values.astype(str).str[:_WIDTH.get(precision, 10)]
        return (f"{text.min()} to {text.max()}{missing}" if len(text) else "empty")
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        return (f"{values.min():,} to {values.max():,} (median {values.median():,}){missing}"
                if len(values) else "empty")
    counts = values.astype(str).replace({"True": "yes", "False": "no"}).value_counts()
    shown = ", ".join(f"{v}: {count_label(int(n))}" for v, n in counts.head(MAX_CATEGORIES).items())
    more = (f" ... and {len(counts) - MAX_CATEGORIES} more values" if len(counts) > MAX_CATEGORIES
            else "")
    return (shown + more + missing) or "empty"


def table_facts(table: str, frame: pd.DataFrame, why: dict[str, str],
                precision: str = "day") -> dict[str, Any]:
    dates = [c for c in frame.columns if _is_date(frame[c])]
    spans = [frame[c].dropna().astype(str).str[:_WIDTH.get(precision, 10)] for c in dates]
    spans = [s for s in spans if len(s)]
    columns = []
    for column in frame.columns:
        role = column_role(table, column)
        columns.append({"column": column, "role": role, "why": why.get(column, ""),
                        "values": column_values(frame[column], role, precision)})
    return {
        "table": table, "rows": len(frame),
        "people": int(frame["user_id"].nunique()) if "user_id" in frame else None,
        "dates": (f"{min(s.min() for s in spans)} to {max(s.max() for s in spans)}"
                  if spans else "no date columns"),
        "columns": columns,
    }


def _researcher_keys(spec: dict[str, Any]) -> set[str]:
    researcher = spec.get("researcher", {}) or {}
    return {name_key(str(researcher.get(k, ""))) for k in ("name", "organisation")} - {""}


def earlier_exports(data: DataDir, record: dict[str, Any]) -> list[dict[str, Any]]:
    """Approved requests for the same researcher or organisation, other than this one."""
    same = _researcher_keys(record["spec"])
    found = []
    for path in sorted((data.exports / "requests").glob("*/decision.json")):
        folder = path.parent
        if folder.name == record["request_id"]:
            continue
        try:
            other = json.loads((folder / "request.json").read_text())
            decision = json.loads(path.read_text())
        except (OSError, json.JSONDecodeError):
            continue
        if decision.get("decision") != "approved" or not same & _researcher_keys(other["spec"]):
            continue
        found.append({"request": other["request_id"], "approved": decision.get("time", ""),
                      "title": other["spec"].get("title", ""),
                      "tables": {t: list(c) for t, c in other["spec"].get("tables", {}).items()}})
    return found


def adds(record: dict[str, Any], history: list[dict[str, Any]]) -> list[str]:
    """table.column pairs this request releases that no earlier export to them did."""
    before = {f"{t}.{c}" for h in history for t, cols in h["tables"].items() for c in cols}
    now = [f"{t}.{c}" for t, cols in record["spec"]["tables"].items() for c in cols]
    return [c for c in now if c not in before]


def spec_gaps(spec: dict[str, Any]) -> list[str]:
    """What the request leaves out that approval needs: a reason for each column and the
    date by which the researcher destroys the data."""
    why = spec.get("why", {}) or {}
    missing = [f"{t}.{c}" for t, cols in spec["tables"].items() for c in cols
               if not str(why.get(t, {}).get(c, "")).strip()]
    out = [f"no reason given for {len(missing)} column(s): {', '.join(missing)}"] if missing else []
    if not str(spec.get("retention_until", "")).strip():
        out.append("no retention date (retention_until) in the request")
    return out
