"""Group comparisons: a 2-way table by chi-square (Fisher's exact test for a 2x2 table with an
expected count below 5), and logistic regression with robust (or clustered) errors."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

from workbench.core.errors import InputError


def compare_table(table: pd.DataFrame) -> dict[str, Any]:
    """Test independence of rows and columns of a table of counts."""
    counts = table.to_numpy(dtype=float)
    if counts.ndim != 2 or min(counts.shape) < 2:
        raise InputError("a comparison needs a table with at least 2 rows and 2 columns")
    if (counts.sum(axis=0) == 0).any() or (counts.sum(axis=1) == 0).any():
        raise InputError("a row or column of the table is all zero; drop it first")
    chi2, p, dof, expected = stats.chi2_contingency(counts, correction=False)
    if counts.shape == (2, 2) and expected.min() < 5:
        odds, p_exact = stats.fisher_exact(counts)
        return {"test": "Fisher exact (2x2, an expected count below 5)", "p_value": float(p_exact),
                "odds_ratio": float(odds), "min_expected": float(expected.min())}
    out = {"test": "Pearson chi-square", "statistic": float(chi2), "df": int(dof),
           "p_value": float(p), "min_expected": float(expected.min())}
    if expected.min() < 5:
        out["warning"] = "expected counts below 5: the chi-square approximation is rough"
    return out


def logistic(frame: pd.DataFrame, outcome: str, predictors: list[str],
             cluster: str | None = None) -> dict[str, Any]:
    """Odds ratios with 95% intervals from a logistic regression; errors are heteroscedasticity-
    robust (HC1), or clustered on `cluster` (e.g. a person's pseudonym when people appear more
    than once). Categorical predictors are dummy-coded against their first level."""
    missing = [c for c in [outcome, *predictors, cluster] if c and c not in frame]
    if missing:
        raise InputError(f"no column {missing}; the columns are {list(frame.columns)}")
    used = frame[[outcome, *predictors] + ([cluster] if cluster else [])].dropna()
    y = used[outcome].astype(float)
    if not set(np.unique(y)) <= {0.0, 1.0}:
        raise InputError(f"outcome {outcome!r} must be 0/1 or true/false")
    if y.empty:
        raise InputError("there are no records to model")
    if y.nunique() < 2:
        raise InputError(f"outcome {outcome!r} is the same in all {len(y)} rows: nothing to "
                         "compare")
    X = pd.get_dummies(used[predictors], drop_first=True, dtype=float)
    X = sm.add_constant(X, has_constant="add")
    cov = ({"cov_type": "cluster", "cov_kwds": {"groups": pd.factorize(used[cluster])[0]}}
           if cluster else {"cov_type": "HC1"})
    result = sm.Logit(y, X).fit(disp=0, **cov)
    ci = result.conf_int()
    terms = {name: {"odds_ratio": float(np.exp(result.params[name])),
                    "ci_low": float(np.exp(ci.loc[name, 0])),
                    "ci_high": float(np.exp(ci.loc[name, 1])),
                    "p_value": float(result.pvalues[name])}
             for name in X.columns if name != "const"}
    return {"model": "logistic regression", "errors": "cluster" if cluster else "HC1",
            "n": int(result.nobs), "dropped_missing": int(len(frame) - len(used)),
            "residual_df": int(result.df_resid), "terms": terms}
