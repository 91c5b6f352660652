"""A rate model for one monthly count series: the common case of `counts.fit_rate_model`
without building the design matrix by hand.

    log E[y_m] = const + trend * m + covariates + seasonal terms + log(exposure_m)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from workbench.core.errors import InputError
from workbench.models import seasonality
from workbench.models.counts import Fit, fit_rate_model


def monthly_rate_model(series: pd.Series, covariates: pd.DataFrame | None = None,
                       exposure: pd.Series | None = None, seasons: str = "none",
                       trend: bool = True, family: str = "quasipoisson",
                       errors: str = "auto") -> Fit:
    """Fit counts indexed by month (a PeriodIndex); covariates and exposure share the index.
    The trend term (`time`) is per month; effects come back as rate ratios."""
    if not isinstance(series.index, pd.PeriodIndex):
        raise InputError("the series needs months as its index (a pandas PeriodIndex)")
    design = {"const": np.ones(len(series))}
    if trend:
        design["time"] = np.arange(len(series), dtype=float)
    X = pd.DataFrame(design)
    if covariates is not None:
        X = pd.concat([X, covariates.reindex(series.index).reset_index(drop=True).astype(float)],
                      axis=1)
    X = pd.concat([X, seasonality.terms(series.index.month, seasons)], axis=1)
    offset = None
    if exposure is not None:
        e = exposure.reindex(series.index).to_numpy(float)
        if np.isnan(e).any() or (e <= 0).any():
            raise InputError("the exposure must be above 0 in every month")
        offset = np.log(e)
    return fit_rate_model(series.reset_index(drop=True).rename(series.name or "count"), X,
                          offset, family, errors)
