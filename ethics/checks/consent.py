"""Only people who agreed to research use of their records, and have not withdrawn, are
exported. Unlike the other checks this one filters: it removes the others' rows from every
table and says, per table, how many rows were kept and left out and why.

Every table is filtered through its person link (`user_id`, which the de-identified zone holds
for contacts, notes, incidents, referrals, health events...), whether or not the requester
asked for that column: the gate filters the zone's full rows first and selects the requested
columns afterwards. A row whose person is unknown is left out. A table with no person link is
refused unless the schema marks it person-free.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ethics.checks.result import CheckResult, Status
from workbench.core.errors import InputError

PERSON_KEY = "user_id"


def consenting_users(consents: pd.DataFrame) -> set[str]:
    """People whose research consent stands. The table should hold one row per person and
    type, but a case system may keep a history: then any withdrawal, or a refusal recorded
    on the same day as or after the latest agreement, wins (fail closed: an older agreement
    never outweighs a later "no")."""
    research = consents[consents.consent_type == "research"]
    given = research.given.astype("boolean").fillna(False).astype(bool)
    withdrawn = set(research[research.withdrawn_date.notna()].user_id)
    dates = pd.to_datetime(research["date_recorded"] if "date_recorded" in research
                           else pd.Series(pd.NaT, index=research.index), errors="coerce")
    latest_yes = dates[given].groupby(research.user_id[given]).max()
    latest_no = dates[~given].groupby(research.user_id[~given]).max()
    refused = {u for u, d in latest_no.items()
               if u not in latest_yes or pd.isna(d) or pd.isna(latest_yes[u]) or d >= latest_yes[u]}
    return set(research.user_id[given]) - withdrawn - refused


def apply_consent(extract: dict[str, pd.DataFrame], consents: pd.DataFrame,
                  person_free: Iterable[str] = ()) -> tuple[dict[str, pd.DataFrame], CheckResult]:
    """Keep only rows of consenting people; `extract` holds the zone's full rows per table.

    Raises InputError for a table that has no person link and is not in `person_free`.
    """
    person_free = set(person_free)
    unlinked = [t for t, f in extract.items() if PERSON_KEY not in f and t not in person_free]
    if unlinked:
        raise InputError(f"table(s) {', '.join(unlinked)} cannot be linked to a person, so "
                         "consent cannot be checked for their rows; they cannot be exported")
    allowed = consenting_users(consents)
    withdrawn = set(consents[(consents.consent_type == "research")
                             & consents.withdrawn_date.notna()].user_id)
    kept, rows = {}, []
    for table, frame in extract.items():
        if table in person_free and PERSON_KEY not in frame:
            kept[table] = frame
            rows.append({"table": table, "rows_in": len(frame), "rows_kept": len(frame),
                         "left_out_withdrawn": 0, "left_out_no_consent": 0,
                         "left_out_no_person": 0, "person_free": True})
            continue
        person = frame[PERSON_KEY]
        ok = person.isin(allowed)
        no_person = person.isna()
        was_withdrawn = ~ok & person.isin(withdrawn)
        rows.append({"table": table, "rows_in": len(frame), "rows_kept": int(ok.sum()),
                     "left_out_withdrawn": int(was_withdrawn.sum()),
                     "left_out_no_consent": int((~ok & ~was_withdrawn & ~no_person).sum()),
                     "left_out_no_person": int(no_person.sum()), "person_free": False})
        kept[table] = frame[ok].reset_index(drop=True)
    details = pd.DataFrame(rows)
    # People, not rows: one person has rows in several tables (the rows are in `details`).
    people = {u for f in extract.values() if PERSON_KEY in f
              for u in f[PERSON_KEY].dropna()} - allowed
    gone = len(people & withdrawn)
    no_person = int(details.left_out_no_person.sum()) if len(details) else 0
    reason = (f"{len(people)} people left out (no research consent or withdrawn): {gone} who "
              f"withdrew, {len(people) - gone} with no research consent; "
              + (f"{no_person} row{'s' if no_person != 1 else ''} name"
                 f"{'' if no_person != 1 else 's'} no person; " if no_person else "")
              + "rows per table in the details")
    return kept, CheckResult("consent", Status.PASS, reason, {"consent_type": "research"}, details)
