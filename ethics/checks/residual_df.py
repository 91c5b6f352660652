"""Residual degrees of freedom of a model meant to leave the project.

A model fitted on few more observations than it has terms can be solved back for individual
values (a saturated model reproduces its data). UK trusted research environments (ACRO,
SACRO) release a regression only with at least 10 residual degrees of freedom.
"""

from __future__ import annotations

from ethics.checks.result import CheckResult, Status

MIN_RESIDUAL_DF = 10


def check_residual_df(residual_df: float | None, minimum: int = MIN_RESIDUAL_DF) -> CheckResult:
    """Pass at `minimum` residual degrees of freedom or more; fail below, or when unknown."""
    thresholds = {"min_residual_df": minimum}
    if residual_df is None:
        return CheckResult("residual_df", Status.FAIL,
                           "the model's residual degrees of freedom are unknown", thresholds)
    if residual_df < minimum:
        return CheckResult("residual_df", Status.FAIL,
                           f"{residual_df:g} residual degrees of freedom, below {minimum}: the "
                           "model could reveal individual values", thresholds)
    return CheckResult("residual_df", Status.PASS,
                       f"{residual_df:g} residual degrees of freedom (at least {minimum})",
                       thresholds)
