"""k-anonymity on people: every combination of quasi-identifier values must be shared by at
least k distinct people (not rows: one person's ten contacts are still one person).

The quasi-identifiers of a table are the union of the schema's disclosure roles (role
"quasi-identifier", and derived columns such as age_band), the policy's additions, and any
the request adds; a request can never remove one. Computed with pandas groupby (pycanon,
which implements the same definitions, pins exact old numpy/pandas releases and cannot be
installed beside this project's; tests cross-check against its definitions on small tables).
"""

from __future__ import annotations

import pandas as pd

from ethics.checks.result import CheckResult, Status
from workbench.core.errors import InputError
from workbench.core.schema import DERIVED_COLUMNS, TABLES, Role

DEFAULT_K = 5


def quasi_identifiers(table: str, columns: list[str], *added: dict[str, list[str]]) -> list[str]:
    """The quasi-identifiers among `columns` of `table`: schema roles plus every addition."""
    schema = TABLES[table].by_role(Role.QUASI) if table in TABLES else []
    derived = [c for c, role in DERIVED_COLUMNS.get(table, {}).items() if role is Role.QUASI]
    extra = [c for more in added for c in more.get(table, [])]
    wanted = set(schema) | set(derived) | set(extra)
    return [c for c in columns if c in wanted]


def check_k_anonymity(frame: pd.DataFrame, quasi_identifiers: list[str], k: int = DEFAULT_K,
                      show: int = 10, people: pd.Series | None = None) -> CheckResult:
    """"Review" when any combination of quasi-identifier values is shared by fewer than k
    people (rows, when `people` is not given): a reviewer may accept it with a recorded
    justification.

    Details list the smallest groups (`show` of them; the reason says how many there are);
    the reason suggests the quasi-identifier whose removal or coarsening would help most (the
    one with the most distinct values among small groups).
    """
    missing = [c for c in quasi_identifiers if c not in frame.columns]
    if missing:
        raise InputError(f"k-anonymity: no column(s) {', '.join(missing)} in the extract")
    unit = "rows" if people is None else "people"
    thresholds = {"k": k, "quasi_identifiers": list(quasi_identifiers), "counted": unit}
    if not quasi_identifiers or frame.empty:
        return CheckResult("k_anonymity", Status.PASS, "no quasi-identifiers or no rows", thresholds)
    grouped = frame.assign(_person=people.to_numpy() if people is not None else frame.index
                           ).groupby(quasi_identifiers, dropna=False)["_person"]
    sizes = grouped.nunique().rename(unit).reset_index()
    small = sizes[sizes[unit] < k].sort_values(unit)
    if small.empty:
        return CheckResult("k_anonymity", Status.PASS,
                           f"every combination of {len(quasi_identifiers)} quasi-identifiers "
                           f"covers at least {k} {unit} (smallest: {int(sizes[unit].min())})",
                           thresholds)
    spread = {c: small[c].nunique() for c in quasi_identifiers}
    worst = max(spread, key=spread.get)
    at_risk = int(small[unit].sum())
    unique = int((small[unit] == 1).sum())
    shown = min(show, len(small))
    return CheckResult(
        "k_anonymity", Status.REVIEW,
        f"{len(small)} combinations shared by fewer than {k} {unit} ({at_risk} {unit} at risk, "
        f"{unique} unique; {shown} of {len(small)} small groups shown); coarsening or "
        f"dropping {worst!r} would help most",
        thresholds, small.head(show).reset_index(drop=True))
