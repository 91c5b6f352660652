"""Building a candidate extract from the de-identified zone and running every export check.

Order matters and is fixed: the zone's full rows of each requested table are filtered for
consent and age through their person links (whatever columns were asked for), then the
requested columns are selected, dates coarsened to the policy's precision, and the checks run
on exactly what would leave.
"""

from __future__ import annotations

import pandas as pd

from deidentify import Deidentifier, build_known_identifiers
from ethics.checks.consent import apply_consent
from ethics.checks.date_precision import check_date_precision, coarsen_dates
from ethics.checks.forbidden_columns import check_forbidden_columns
from ethics.checks.k_anonymity import check_k_anonymity, quasi_identifiers
from ethics.checks.person_risk import COARSEN, apply_fix, check_person_risk, measure
from ethics.checks.residual_identifiers import check_residual_identifiers
from ethics.checks.result import CheckResult
from ethics.checks.under_18 import confirm_adults, withhold_minors
from ethics.linkage import ExtractKey, extract_key, linkage_result, rekey, rekey_people
from ethics.linkage import union_with_earlier
from ethics.policy import PRECISIONS, Policy
from ethics.spec import ExportSpec
from workbench.core.errors import InputError
from workbench.core.schema import TABLES
from workbench.core.tables import read_table
from workbench.core.zones import DataDir

PERSON_KEY = "user_id"


def candidate(spec: ExportSpec, data: DataDir) -> dict[str, pd.DataFrame]:
    """The zone's full rows of every requested table (columns are selected after filtering:
    consent and age are checked through person links the requester may not have asked for)."""
    extract = {}
    for table, columns in spec.tables.items():
        if table not in TABLES or TABLES[table].synthetic_only:
            raise InputError(f"unknown table {table!r} in the spec; tables: "
                             f"{', '.join(t for t in TABLES if not TABLES[t].synthetic_only)}")
        frame = read_table(data, table, zone="deidentified")
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise InputError(f"table {table!r} of the de-identified zone has no column(s) "
                             f"{', '.join(missing)}; it has {', '.join(frame.columns)}")
        extract[table] = frame
    for table, qis in spec.quasi_identifiers.items():
        if table not in spec.tables or any(c not in spec.tables[table] for c in qis):
            raise InputError(f"quasi_identifiers for {table!r} must be columns the spec requests")
    return extract


def select(full: dict[str, pd.DataFrame], spec: ExportSpec) -> dict[str, pd.DataFrame]:
    return {t: full[t][spec.tables[t]].reset_index(drop=True) for t in spec.tables}


def filter_people(full: dict[str, pd.DataFrame], data: DataDir, policy: Policy
                  ) -> tuple[dict[str, pd.DataFrame], list[CheckResult]]:
    """Consent, then age, on the zone's full rows."""
    person_free = {t for t in full if TABLES[t].person_free}
    full, consent = apply_consent(full, read_table(data, "consents", zone="deidentified"),
                                  person_free=person_free)
    full, ages = withhold_minors(full, read_table(data, "service_users", zone="deidentified"),
                                 person_free=person_free, minimum=policy["minimum_age"])
    return full, [consent, ages]


def k_anonymity_checks(extract: dict[str, pd.DataFrame], people: dict[str, pd.Series],
                       spec: ExportSpec, policy: Policy) -> list[CheckResult]:
    """One k-anonymity check (counted in people) per table that holds quasi-identifiers."""
    results = []
    for table, frame in extract.items():
        qis = quasi_identifiers(table, list(frame.columns), policy.quasi_identifiers,
                                spec.quasi_identifiers)
        if not qis:
            continue
        result = check_k_anonymity(frame, qis, policy["k"], people=people.get(table))
        result.check = f"k_anonymity:{table}"
        results.append(result)
    return results


HIDDEN_PERSON = "_person"  # the zone's person link, carried beside the rows, never exported


def build_extract(spec: ExportSpec, policy: Policy, data: DataDir, engine: Deidentifier,
                  request_id: str, frames: dict[str, pd.DataFrame] | None = None
                  ) -> tuple[dict[str, pd.DataFrame], list[CheckResult], ExtractKey, set[str]]:
    """The extract as it would leave (re-keyed for this request), the result of every check
    on it, the key it was made with and the people in it (their re-keyed `user_id`s, whether
    or not the extract shows that column). `frames`: the zone's rows, if `candidate` ran."""
    key = extract_key(data, request_id, spec)
    full, results = filter_people(frames or candidate(spec, data), data, policy)
    extract = {}
    for table, frame in coarsen_dates(select(full, spec), policy["date_precision"]).items():
        frame = rekey(frame, table, key)
        if PERSON_KEY in full[table]:
            frame[HIDDEN_PERSON] = rekey_people(full[table][PERSON_KEY].reset_index(drop=True),
                                                key).to_numpy()
        extract[table] = frame
    fix_result = None
    if spec.risk_fix:
        extract, fix_result = _apply_risk_fix(extract, spec, policy, data, key)
    people = {t: f.pop(HIDDEN_PERSON) for t, f in extract.items() if HIDDEN_PERSON in f}
    included = {p for series in people.values() for p in series.dropna()}
    # Risk is measured on everything the researcher will hold: with a declared link, the union.
    view = union_with_earlier(extract, data, key)
    if key.links_to:
        people = {t: f[PERSON_KEY] for t, f in view.items() if PERSON_KEY in f}
    consent, ages = results
    results = [consent,
               check_forbidden_columns(extract),
               check_residual_identifiers(extract, build_known_identifiers(data), engine),
               confirm_adults(extract, ages, policy["minimum_age"]),
               check_date_precision(extract, _precision_after(policy, spec.risk_fix)),
               linkage_result(key),
               *k_anonymity_checks(view, people, spec, policy),
               check_person_risk(view, policy.quasi_identifiers, spec.quasi_identifiers,
                                 policy.sensitive_attributes, policy["k"], policy["l"],
                                 applied=fix_result)]
    for result in results:
        result.policy_sha256 = policy.files_sha256
    return extract, results, key, included


def _precision_after(policy: Policy, fixes: list[str] | None) -> str:
    coarser = [COARSEN[f] for f in fixes or [] if f in COARSEN]
    return max([policy["date_precision"], *coarser], key=PRECISIONS.index)


def _apply_risk_fix(extract: dict[str, pd.DataFrame], spec: ExportSpec, policy: Policy,
                    data: DataDir, key: ExtractKey) -> tuple[dict[str, pd.DataFrame], str]:
    """Apply the fixes the spec picked, in order; say what they did."""
    done = []
    for fix in spec.risk_fix or []:
        visible = {t: f.drop(columns=[HIDDEN_PERSON], errors="ignore") for t, f in extract.items()}
        if fix != "suppress_people":
            fixed = apply_fix(visible, fix)
            for table, frame in fixed.items():
                if HIDDEN_PERSON in extract[table]:
                    frame[HIDDEN_PERSON] = extract[table][HIDDEN_PERSON].to_numpy()
            extract = fixed
            done.append(fix)
            continue
        view = union_with_earlier(visible, data, key)
        qis = {t: quasi_identifiers(t, list(f.columns), policy.quasi_identifiers,
                                    spec.quasi_identifiers) for t, f in view.items()}
        risk = measure(view, qis, policy.sensitive_attributes, policy["k"])
        # Every row of those people goes, in every table, linkable by the researcher or not.
        extract = {t: (f[~f[HIDDEN_PERSON].isin(risk.at_risk)].reset_index(drop=True)
                       if HIDDEN_PERSON in f else f) for t, f in extract.items()}
        done.append(f"suppress_people ({len(risk.at_risk)} people in groups smaller than "
                    f"{policy['k']} removed from every table)")
    return extract, " + ".join(done)
