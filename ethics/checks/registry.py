"""Every disclosure check the project runs, by name: one registry for the export gate and the
output checker. A name that is not here (in the checklist, a result, a reviewer's exception)
is an error, never silently skipped."""

from __future__ import annotations

from workbench.core.errors import ConfigError

# name -> what it protects against, in plain words (the README's reviewer section says more)
CHECKS: dict[str, str] = {
    # export gate (ethics/request.py)
    "consent": "only people with current research consent; every table through its person link",
    "under_18": "no record of a person under 18 or of unknown age",
    "forbidden_columns": "no direct-identifier column",
    "residual_identifiers": "no identifier left in any text or string cell",
    "date_precision": "no date finer than the policy (or the request) allows",
    "k_anonymity": "every combination of quasi-identifiers shared by at least k people",
    "person_risk": "people unique across linked tables and event patterns; l-diversity",
    "linkage": "extracts re-keyed so that they cannot be joined, unless linkage is declared",
    # output checks (workbench/outputs.py)
    "small_cells": "counts below the threshold, and zeros, suppressed; an LP audit of the rest",
    "shares": "shares resting on too few people with or without the outcome",
    "magnitudes": "sums dominated by few contributors, single-value and negative cells",
    "residual_df": "models with too few residual degrees of freedom",
    "survival": "survival curves pooled so that every step rests on enough events",
    "nhs_rounding": "sexual-health counts: 1-7 suppressed, others rounded to 5",
    "figure": "figures drawn only from released outputs",
}


def get(name: str) -> str:
    """The description of check `name` (a per-table suffix, "k_anonymity:contacts", is allowed)."""
    base = name.split(":", 1)[0]
    try:
        return CHECKS[base]
    except KeyError:
        raise ConfigError(f"no check named {base!r}; checks: {', '.join(CHECKS)}") from None
