"""No record of a person under 18, or of a person whose age cannot be established, may be
exported (unknown means withhold).

Two parts:
- `withhold_minors` (used by export requests) looks up each person's age band in the
  de-identified zone, whether or not the request asks for it, and removes every row of people
  under 18 or of unknown age from every table, counting them per table;
- `check_under_18` scans the age columns an extract holds: a band starting below 18 fails, and
  so does an empty or unreadable value; an extract with no age column at all cannot show that
  nobody in it is a child, so it fails too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from ethics.checks.result import CheckResult, Status

MINIMUM_AGE = 18
AGE_COLUMNS = ("age_band", "age")
PERSON_KEY = "user_id"


def _lower_bound(band: object) -> int | None:
    if band is None or (not isinstance(band, str) and pd.isna(band)):
        return None
    m = re.match(r"\s*(\d+)", str(band))
    return int(m.group(1)) if m else None


def age_problem(band: object, minimum: int = MINIMUM_AGE) -> str | None:
    """'under 18', 'unknown age' or None (an adult)."""
    lower = _lower_bound(band)
    if lower is None:
        return "unknown age"
    return f"under {minimum}" if lower < minimum else None


def _scan(extract: dict[str, pd.DataFrame], minimum: int) -> tuple[list[dict], int]:
    found, checked = [], 0
    for table, frame in extract.items():
        for col in AGE_COLUMNS:
            if col in frame:
                checked += 1
                problems = frame[col].map(lambda v: age_problem(v, minimum))
                for row, why in problems[problems.notna()].items():
                    found.append({"table": table, "column": col, "row": row, "why": why})
    return found, checked


def check_under_18(extract: dict[str, pd.DataFrame], minimum: int = MINIMUM_AGE) -> CheckResult:
    thresholds = {"minimum_age": minimum}
    found, checked = _scan(extract, minimum)
    if found:
        details = pd.DataFrame(found)
        counts = details.why.value_counts().to_dict()
        return CheckResult("under_18", Status.FAIL,
                           f"{counts.get(f'under {minimum}', 0)} records of people under "
                           f"{minimum} and {counts.get('unknown age', 0)} of unknown age",
                           thresholds, details)
    if not checked:
        return CheckResult("under_18", Status.FAIL, "no age column in the extract: nothing "
                           f"shows that everyone is {minimum} or over", thresholds)
    return CheckResult("under_18", Status.PASS, f"every record has a known age of {minimum} "
                       "or over", thresholds)


def withhold_minors(extract: dict[str, pd.DataFrame], users: pd.DataFrame,
                    person_free: Iterable[str] = (), minimum: int = MINIMUM_AGE
                    ) -> tuple[dict[str, pd.DataFrame], CheckResult]:
    """Remove every row of people under `minimum` or of unknown age; `extract` holds the
    zone's full rows (with `user_id`), `users` the zone's service_users (with `age_band`)."""
    thresholds = {"minimum_age": minimum, "ages_from": "service_users.age_band (zone)"}
    bands = (users.set_index(PERSON_KEY)["age_band"] if "age_band" in users
             else pd.Series(None, index=users[PERSON_KEY], dtype=object))
    why = bands.map(lambda v: age_problem(v, minimum))
    minors, unknown = set(why[why == f"under {minimum}"].index), set(why[why == "unknown age"].index)
    person_free = set(person_free)
    kept, rows = {}, []
    for table, frame in extract.items():
        if table in person_free and PERSON_KEY not in frame:
            kept[table] = frame
            continue
        person = frame[PERSON_KEY]
        child = person.isin(minors)
        # Anyone not in service_users, or with no usable band, has an unknown age.
        no_age = ~child & (person.isin(unknown) | ~person.isin(bands.index))
        rows.append({"table": table, "rows_in": len(frame),
                     "rows_kept": int((~child & ~no_age).sum()),
                     f"left_out_under_{minimum}": int(child.sum()),
                     "left_out_unknown_age": int(no_age.sum())})
        kept[table] = frame[~child & ~no_age].reset_index(drop=True)
    details = pd.DataFrame(rows)
    present = {u for t, f in extract.items() if PERSON_KEY in f for u in f[PERSON_KEY].dropna()}
    n_minors = len(present & minors)
    n_unknown = len({u for u in present - minors if u in unknown or u not in bands.index})
    reason = (f"{n_minors} people under {minimum} and {n_unknown} people of unknown age "
              f"withheld from every table "
              f"({int(details.rows_in.sum() - details.rows_kept.sum()) if len(details) else 0} "
              "rows)")
    return kept, CheckResult("under_18", Status.PASS, reason, thresholds, details)


def confirm_adults(extract: dict[str, pd.DataFrame], withheld: CheckResult,
                   minimum: int = MINIMUM_AGE) -> CheckResult:
    """The record of `withhold_minors`, unless an age column of the final extract still shows
    a child or an unknown age (then a failure: the gate never trusts the filter alone)."""
    found, _ = _scan(extract, minimum)
    if found:
        return check_under_18(extract, minimum)
    return withheld
