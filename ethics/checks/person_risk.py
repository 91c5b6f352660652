"""Re-identification risk measured on people, over everything an extract holds about them.

One row per person: their own quasi-identifiers (service_users), and for every other table
linkable to them (through `user_id`, or a key shared with a table that has it) the pattern
of their rows' quasi-identifiers: the set of months (or quarters) in which they had contacts,
with the site, is as good as a fingerprint. Two people with the same row here cannot be told
apart by someone who knows all of it.

Reported: k (the smallest group of indistinguishable people), the number of people unique,
the people in groups below the policy's k, and distinct l-diversity of each sensitive
attribute (the fewest distinct values of it within a group: l = 1 means that knowing
someone's group tells you, say, their HIV result).

k and l are computed with pandas groupby: pycanon, which implements the same definitions
(k = smallest equivalence class; distinct l-diversity = fewest distinct sensitive values in a
class), pins exact old numpy/pandas releases and cannot be installed beside this project.

The check proposes concrete fixes, each with its effect computed on this extract: coarsen
dates to quarters or years, drop event dates or a quasi-identifier column, band ages more
widely, or suppress the people in small groups (alone, or after the best of the others). A
request picks one, or a list applied in order, with `risk_fix:` in its spec.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ethics.checks.date_precision import coarsen_dates
from ethics.checks.k_anonymity import quasi_identifiers
from ethics.checks.result import CheckResult, Status
from workbench.core.errors import InputError

PERSON_KEY = "user_id"
WIDE_AGE_BANDS = {"18-24": "18-34", "25-34": "18-34", "35-44": "35-54", "45-54": "35-54",
                  "55+": "55+"}


@dataclass(frozen=True)
class Risk:
    people: int
    unique: int
    below_k: int
    k: int  # smallest group
    l_diversity: dict[str, int]  # sensitive attribute -> smallest number of distinct values
    at_risk: frozenset  # people in groups below the policy's k


def _text(frame: pd.DataFrame) -> pd.DataFrame:
    """Every value as text, missing as "" (string dtypes keep NA through astype(str))."""
    return frame.astype(object).where(frame.notna(), "").map(str)


def _people_of(view: dict[str, pd.DataFrame]) -> dict[str, pd.Series]:
    """Each linkable table's person for every row (index aligned with the table)."""
    direct = {t: f[PERSON_KEY] for t, f in view.items() if PERSON_KEY in f}
    out = dict(direct)
    for table, frame in view.items():
        if table in out:
            continue
        for col in (c for c in frame.columns if c.endswith("_id")):
            source = next((view[t] for t in direct if col in view[t]), None)
            if source is not None:
                lookup = source.drop_duplicates(col).set_index(col)[PERSON_KEY]
                out[table] = frame[col].map(lookup)
                break
    return out


def person_table(view: dict[str, pd.DataFrame], qis: dict[str, list[str]],
                 sensitive: dict[str, list[str]]) -> tuple[pd.DataFrame, list[str], list[str]]:
    """One row per person: quasi-identifier columns and sensitive columns (as text)."""
    people = _people_of(view)
    everyone = sorted({p for s in people.values() for p in s.dropna()})
    out = pd.DataFrame(index=pd.Index(everyone, name=PERSON_KEY))
    qi_cols, sens_cols = [], []
    for table, person in people.items():
        frame = view[table].assign(_person=person.to_numpy()).dropna(subset=["_person"])
        one_each = not frame["_person"].duplicated().any()
        for cols, names, kind in ((qis.get(table, []), qi_cols, "qi"),
                                  (sensitive.get(table, []), sens_cols, "sensitive")):
            cols = [c for c in cols if c in frame and c != PERSON_KEY]
            if not cols:
                continue
            if one_each and kind == "qi":
                for c in cols:
                    name = f"{table}.{c}"
                    out[name] = _text(frame.set_index("_person")[[c]])[c].reindex(out.index).fillna("")
                    names.append(name)
                continue
            # Every value pattern a person shows: the set of their rows' values (a quasi-
            # identifier pattern over all the table's quasi-identifiers together; each
            # sensitive attribute on its own).
            for group in ([cols] if kind == "qi" else [[c] for c in cols]):
                text = _text(frame[group]).agg("|".join, axis=1)[frame[group].notna().any(axis=1)]
                pattern = text.groupby(frame["_person"]).agg(lambda v: ";".join(sorted(set(v))))
                name = f"{table}.{'+'.join(group)}" + (" pattern" if kind == "qi" else "")
                out[name] = pattern.reindex(out.index).fillna("")
                names.append(name)
    return out, qi_cols, sens_cols


def measure(view: dict[str, pd.DataFrame], qis: dict[str, list[str]],
            sensitive: dict[str, list[str]], k: int) -> Risk:
    table, qi_cols, sens_cols = person_table(view, qis, sensitive)
    if table.empty:
        return Risk(0, 0, 0, 0, {}, frozenset())
    key = (_text(table[qi_cols]).agg("\x1f".join, axis=1) if qi_cols
           else pd.Series("", index=table.index))
    size = key.map(key.value_counts())
    l_div = {c: int(table[c].groupby(key).nunique().min()) for c in sens_cols}
    return Risk(len(table), int((size == 1).sum()), int((size < k).sum()), int(size.min()),
                l_div, frozenset(size.index[size < k]))


def _qis(view: dict[str, pd.DataFrame], *added: dict[str, list[str]]) -> dict[str, list[str]]:
    return {t: quasi_identifiers(t, list(f.columns), *added) for t, f in view.items()}


COARSEN = {"coarsen_to_quarters": "quarter", "coarsen_to_years": "year"}


def apply_fix(view: dict[str, pd.DataFrame], fix: str, at_risk: frozenset | None = None
              ) -> dict[str, pd.DataFrame]:
    """The view with `fix` applied (see `candidate_fixes` for the names); suppress_people
    removes the people `at_risk` (measured on this same view)."""
    if fix in COARSEN:
        return coarsen_dates(view, COARSEN[fix])
    if fix == "drop_event_dates":
        return {t: f.drop(columns=[c for c in f.columns if c.endswith("_date")])
                for t, f in view.items()}
    if fix == "suppress_people":
        if at_risk is None:
            raise InputError("suppress_people needs the people at risk")
        people = _people_of(view)
        return {t: (f[~people[t].isin(at_risk).to_numpy()].reset_index(drop=True)
                    if t in people else f) for t, f in view.items()}
    kind, _, target = fix.partition(":")
    table, _, column = target.partition(".")
    if kind in ("drop", "band") and table in view and column in view[table]:
        if kind == "drop":
            return {**view, table: view[table].drop(columns=[column])}
        if column == "age_band":
            banded = view[table][column].map(lambda v: WIDE_AGE_BANDS.get(v, v))
            return {**view, table: view[table].assign(**{column: banded})}
    raise InputError(f"risk_fix: {fix!r} is not a fix for this extract; use "
                     "coarsen_to_quarters, coarsen_to_years, drop_event_dates, suppress_people, "
                     "drop:TABLE.COLUMN or band:service_users.age_band (or a list of them)")


def apply_fixes(view: dict[str, pd.DataFrame], fixes: list[str], policy_qis: dict[str, list[str]],
                request_qis: dict[str, list[str]], sensitive: dict[str, list[str]], k: int
                ) -> tuple[dict[str, pd.DataFrame], Risk]:
    """Apply `fixes` in order (suppress_people measured on the view as it then is); return the
    view and its risk."""
    for fix in fixes:
        at_risk = (measure(view, _qis(view, policy_qis, request_qis), sensitive, k).at_risk
                   if fix == "suppress_people" else None)
        view = apply_fix(view, fix, at_risk)
    return view, measure(view, _qis(view, policy_qis, request_qis), sensitive, k)


def candidate_fixes(view: dict[str, pd.DataFrame], qis: dict[str, list[str]]) -> list[str]:
    fixes = []
    if any(c.endswith("_date") for cols in qis.values() for c in cols):
        fixes += ["coarsen_to_quarters", "coarsen_to_years", "drop_event_dates"]
    fixes += [f"drop:{t}.{c}" for t, cols in qis.items() for c in cols]
    if "age_band" in qis.get("service_users", []):
        fixes.append("band:service_users.age_band")
    return [*fixes, "suppress_people"]


def check_person_risk(view: dict[str, pd.DataFrame], policy_qis: dict[str, list[str]],
                      request_qis: dict[str, list[str]], sensitive: dict[str, list[str]],
                      k: int, l: int, applied: str | None = None  # noqa: E741
                      ) -> CheckResult:
    """Pass when every person shares everything the extract holds about them with at least
    k - 1 others and each sensitive attribute shows at least l values in every group;
    otherwise "review", with the effect of each fix computed."""
    qis = _qis(view, policy_qis, request_qis)
    risk = measure(view, qis, sensitive, k)
    thresholds = {"k": k, "l": l, "quasi_identifiers": {t: c for t, c in qis.items() if c},
                  "sensitive_attributes": {t: [c for c in cols if c in view.get(t, {})]
                                           for t, cols in sensitive.items() if t in view},
                  "fix_applied": applied}
    low_l = {c: v for c, v in risk.l_diversity.items() if v < l}
    l_text = ", ".join(f"{c} {v}" for c, v in risk.l_diversity.items()) or "no sensitive column"
    summary = (f"{risk.unique} of {risk.people} people unique on everything the extract holds "
               f"about them ({risk.below_k} in groups smaller than {k}; smallest group "
               f"{risk.k}); l-diversity: {l_text}")
    if applied:
        summary += f"; after the requested fix {applied}"
    if risk.people == 0 or (risk.below_k == 0 and not low_l):
        return CheckResult("person_risk", Status.PASS, summary, thresholds)
    rows = []

    def effect(fixes: list[str]) -> None:
        _, after = apply_fixes(view, fixes, policy_qis, request_qis, sensitive, k)
        rows.append({"fix": " + ".join(fixes), "people_unique": after.unique,
                     "people_below_k": after.below_k,
                     "people_removed": risk.people - after.people,
                     **{f"l:{c}": v for c, v in after.l_diversity.items()}})

    for fix in candidate_fixes(view, qis):
        effect([fix])
    # The best change that keeps everyone, then suppression of whoever is still at risk.
    keeping = [r for r in rows if r["fix"] != "suppress_people"]
    if keeping:
        effect([min(keeping, key=lambda r: r["people_below_k"])["fix"], "suppress_people"])
    details = pd.DataFrame(rows).sort_values(["people_below_k", "people_removed"],
                                             kind="stable").reset_index(drop=True)
    best = details.iloc[0]
    return CheckResult("person_risk", Status.REVIEW,
                       f"{summary}. Fixes (effect computed; pick one, or a list applied in "
                       f"order, with risk_fix in the spec): best {best.fix} leaves "
                       f"{best.people_below_k} people in small groups ({best.people_unique} "
                       f"unique, {best.people_removed} removed)", thresholds, details)
