"""Only people who agreed to research use of their records, and have not withdrawn, are
exported. Unlike the other checks this one filters: it removes the others' rows from every
table and says how many were left out and why."""

from __future__ import annotations

import pandas as pd

from ethics.checks.result import CheckResult, Status


def consenting_users(consents: pd.DataFrame) -> set[str]:
    research = consents[(consents.consent_type == "research") & consents.given.astype(bool)]
    return set(research[research.withdrawn_date.isna()].user_id)


def apply_consent(extract: dict[str, pd.DataFrame], consents: pd.DataFrame
                  ) -> tuple[dict[str, pd.DataFrame], CheckResult]:
    allowed = consenting_users(consents)
    withdrawn = set(consents[(consents.consent_type == "research")
                             & consents.withdrawn_date.notna()].user_id)
    kept, rows = {}, []
    for table, frame in extract.items():
        if "user_id" not in frame:
            kept[table] = frame
            continue
        ok = frame.user_id.isin(allowed)
        gone = frame[~ok]
        rows.append({"table": table, "rows_in": len(frame), "rows_kept": int(ok.sum()),
                     "left_out_withdrawn": int(gone.user_id.isin(withdrawn).sum()),
                     "left_out_no_consent": int((~gone.user_id.isin(withdrawn)).sum())})
        kept[table] = frame[ok].reset_index(drop=True)
    details = pd.DataFrame(rows)
    people = {u for f in extract.values() if "user_id" in f for u in f.user_id} - allowed
    reason = (f"{len(people)} people left out (no research consent or withdrawn); "
              f"{int(details.left_out_withdrawn.sum()) if len(details) else 0} rows of people "
              "who withdrew")
    return kept, CheckResult("consent", Status.PASS, reason, {"consent_type": "research"}, details)
