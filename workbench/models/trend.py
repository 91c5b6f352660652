"""Mann-Kendall trend test with Sen's slope, for a series in time order.

Tau variant: Kendall's tau-b between time and the series (scipy.stats.kendalltau). Time has
no ties, so tau-b = S / sqrt(n0 (n0 - n1)) with n1 the tied pairs of the series; with no ties
in the series it equals tau-a = S / (n (n - 1) / 2), which some packages (pymannkendall) report
whatever the ties: the two differ around the third decimal when there are ties. The p-value is
two-sided, from the normal approximation with the tie-corrected variance of S and no
continuity correction (z = S / sqrt(var S)); `z_cc` and `p_value_cc` are the same with the
continuity correction (z = (S - sign(S)) / sqrt(var S)), the default of R's trend::mk.test.
Sen's slope is the median of pairwise slopes (scipy.stats.theilslopes)
with its 95% interval.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import stats

from workbench.core.errors import InputError

MIN_POINTS = 4


def mann_kendall(values) -> dict[str, Any]:
    """Trend in an evenly spaced series (missing values are an error: say how to treat them)."""
    y = np.asarray(values, dtype=float)
    if np.isnan(y).any():
        raise InputError("the series has missing values; drop or fill them before testing")
    if len(y) < MIN_POINTS:
        raise InputError(f"a trend test needs at least {MIN_POINTS} points, got {len(y)}")
    t = np.arange(len(y))
    tau = stats.kendalltau(t, y, variant="b", method="asymptotic")
    s = int(np.sign(y[None, :] - y[:, None])[np.triu_indices(len(y), 1)].sum())
    sen = stats.theilslopes(y, t, alpha=0.95)
    n = len(y)
    _, ties = np.unique(y, return_counts=True)
    var_s = (n * (n - 1) * (2 * n + 5) - float((ties * (ties - 1) * (2 * ties + 5)).sum())) / 18
    z = s / np.sqrt(var_s) if var_s > 0 else 0.0
    z_cc = (s - np.sign(s)) / np.sqrt(var_s) if var_s > 0 else 0.0
    return {"test": "Mann-Kendall", "tau_variant": "tau-b", "n": n, "S": s,
            "var_S": float(var_s), "z": float(z), "z_cc": float(z_cc),
            "p_value_cc": float(2 * stats.norm.sf(abs(z_cc))),
            "tau": float(tau.statistic), "p_value": float(tau.pvalue),
            "sen_slope": float(sen.slope), "sen_ci_low": float(sen.low_slope),
            "sen_ci_high": float(sen.high_slope),
            "trend": ("increasing" if tau.pvalue < 0.05 and s > 0 else
                      "decreasing" if tau.pvalue < 0.05 and s < 0 else "no clear trend")}
