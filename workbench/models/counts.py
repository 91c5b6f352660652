"""Rate models for monthly counts: Poisson, quasi-Poisson, negative binomial (and Gaussian,
for published linear examples), with an optional offset, an overdispersion check and
residual autocorrelation checked (Ljung-Box) and handled (HAC errors).

With errors="auto", when the Ljung-Box test finds autocorrelation at 5%, each interval uses
the larger of the model-based and the HAC (Newey-West) standard error. HAC errors are
themselves unreliable in short series and can come out *smaller* than the model's (they did
on 36-month synthetic series), so the wider is taken: an interval should not narrow because a
problem was found.

Quasi-Poisson is a Poisson GLM whose scale is estimated from the Pearson statistic
(`scale="X2"` in statsmodels): same estimates, wider intervals when counts vary more than a
Poisson would. The Cameron-Trivedi tests are computed by hand from the Poisson fit, because
statsmodels 0.15.0's `test_dispersion()` repeats the NB2 row as "CT nb1" and reports
two-sided p-values for what is a one-sided test.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats
from statsmodels.stats.diagnostic import acorr_ljungbox
from statsmodels.tools.sm_exceptions import ConvergenceWarning

from workbench.core.errors import InputError
from workbench.models.choices import ERRORS, FAMILIES

ALPHA = 0.05  # for intervals (95%) and for the autocorrelation decision in errors="auto"


def newey_west_lags(n: int) -> int:
    """The Newey-West (1994) rule of thumb, floor(4 (n/100)^(2/9)), at least 1."""
    return max(1, int(np.floor(4 * (n / 100) ** (2 / 9))))


def cameron_trivedi(y: np.ndarray, mu: np.ndarray) -> dict[str, dict[str, float]]:
    """Cameron & Trivedi (1990) auxiliary regressions on a Poisson fit's means: under
    equidispersion ((y - mu)^2 - y) / mu has mean zero; NB2 regresses it on mu (no constant),
    NB1 on a constant. One-sided tests of alpha > 0: the t-ratio of alpha, referred to the
    standard normal distribution, as R's AER::dispersiontest does (the test is asymptotic;
    a t reference gives slightly larger p-values in short series)."""
    aux = ((y - mu) ** 2 - y) / mu
    out = {}
    for name, regressor in (("nb2", mu), ("nb1", np.ones_like(mu))):
        res = sm.OLS(aux, regressor[:, None]).fit()
        alpha, t = float(res.params[0]), float(res.tvalues[0])
        out[name] = {"alpha": alpha, "t": t, "reference": "normal",
                     "p_value": float(stats.norm.sf(t))}
    return out


@dataclass
class Fit:
    """A fitted rate model and the checks made on it."""

    family: str
    result: Any  # a statsmodels results object, model-based errors
    errors: str  # "model", "hac(L)" or "wider of model and hac(L)"
    dispersion: dict[str, Any]
    autocorrelation: dict[str, Any]
    hac_cov: pd.DataFrame | None = None  # HAC covariance, when errors is not "model"

    @property
    def ratio_scale(self) -> bool:
        return self.family != "gaussian"

    @property
    def n(self) -> int:
        return int(self.result.nobs)

    @property
    def residual_df(self) -> int:
        return int(round(self.result.df_resid))

    def effect(self, weights: dict[str, float]) -> dict[str, float]:
        """A linear combination of coefficients (e.g. {"level": 1}), with its 95% interval, on
        the ratio scale for log-link families (rate ratio) and as a difference otherwise."""
        names = list(self.result.model.exog_names)
        unknown = set(weights) - set(names)
        if unknown:
            raise KeyError(f"no term {sorted(unknown)} in the model; terms: {names}")
        r = np.array([weights.get(n, 0.0) for n in names])
        params = self.result.params.to_numpy()[: len(names)]
        cov = np.asarray(self.result.cov_params())[: len(names), : len(names)]
        est, var = float(r @ params), float(r @ cov @ r)
        if self.hac_cov is not None:
            var_hac = float(r @ self.hac_cov.to_numpy()[: len(names), : len(names)] @ r)
            var = var_hac if self.errors.startswith("hac") else max(var, var_hac)
        se = np.sqrt(var)
        dist = stats.t(self.result.df_resid) if self.family == "gaussian" else stats.norm
        q = dist.ppf(1 - ALPHA / 2)
        low, high = est - q * se, est + q * se
        p = float(2 * dist.sf(abs(est) / se)) if se > 0 else float("nan")
        if self.ratio_scale:
            return {"rate_ratio": np.exp(est), "ci_low": np.exp(low), "ci_high": np.exp(high),
                    "p_value": p}
        return {"difference": est, "ci_low": low, "ci_high": high, "p_value": p}

    def predict(self, exog: pd.DataFrame, offset: np.ndarray | None = None) -> np.ndarray:
        linear = exog.to_numpy(float) @ self.result.params.to_numpy()[: exog.shape[1]]
        if offset is not None:
            linear = linear + offset
        return np.exp(linear) if self.ratio_scale else linear

    def as_record(self) -> dict[str, Any]:
        params = self.result.params
        return {"family": self.family, "errors": self.errors, "n": self.n,
                "residual_df": self.residual_df,
                "terms": {name: self.effect({name: 1.0}) for name in params.index
                          if name in self.result.model.exog_names},
                "dispersion": self.dispersion, "autocorrelation": self.autocorrelation}


def _validate(y: pd.Series, family: str, errors: str, has_offset: bool) -> np.ndarray:
    if family not in FAMILIES:
        raise InputError(f"family {family!r}: use one of {', '.join(FAMILIES)}")
    if errors not in ERRORS:
        raise InputError(f"errors {errors!r}: use one of {', '.join(ERRORS)}")
    if family == "gaussian" and has_offset:
        raise InputError("an offset (exposure) applies to counts, not to family 'gaussian'")
    values = pd.to_numeric(y, errors="coerce")
    bad = values.isna() | ~np.isfinite(values)
    if bad.any():
        raise InputError(f"outcome {y.name!r}: rows {list(y.index[bad][:5])} are missing or "
                         "not numbers; fill or drop them explicitly")
    values = values.to_numpy(float)
    if family != "gaussian" and ((values < 0).any() or (values != np.round(values)).any()):
        raise InputError(f"outcome {y.name!r}: counts must be whole numbers >= 0 for family "
                         f"{family!r} (use --family gaussian for measurements)")
    return values


def _fit_once(y, X, offset, family: str, cov: dict):
    if family == "gaussian":
        return sm.OLS(y, X).fit(**cov)
    if family == "negbin":
        model = sm.NegativeBinomial(y, X, offset=offset, loglike_method="nb2")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)  # checked just below
            result = model.fit(disp=0, maxiter=1000, **cov)
            # BFGS (statsmodels' default here) can stop on "precision loss" at the optimum:
            # Newton, then Nelder-Mead, from where it got to.
            for method in ("newton", "nm"):
                if result.mle_retvals.get("converged", False):
                    break
                result = model.fit(start_params=result.params, method=method, maxiter=5000,
                                   disp=0, **cov)
        if not result.mle_retvals.get("converged", False):
            raise InputError("the negative binomial model did not converge on these data; "
                             "use family quasipoisson")
        return result
    model = sm.GLM(y, X, family=sm.families.Poisson(), offset=offset)
    return model.fit(scale="X2" if family == "quasipoisson" else None, **cov)


def _pearson(y: np.ndarray, mu: np.ndarray, family: str, result) -> np.ndarray:
    if family == "gaussian":
        return y - mu
    variance = mu + (float(result.params.iloc[-1]) * mu ** 2 if family == "negbin" else 0.0)
    return (y - mu) / np.sqrt(variance)


def fit_rate_model(y: pd.Series, X: pd.DataFrame, offset: np.ndarray | None = None,
                   family: str = "quasipoisson", errors: str = "auto",
                   hac_lags: int | None = None) -> Fit:
    """Fit, check dispersion and autocorrelation, and refit with HAC (Newey-West) errors when
    asked, or when errors="auto" and the Ljung-Box test finds autocorrelation at 5%."""
    values = _validate(y, family, errors, offset is not None)
    if family != "gaussian" and values.sum() == 0:
        raise InputError(f"outcome {y.name!r} is zero in every period: nothing to model")
    if len(values) <= X.shape[1]:
        raise InputError(f"{len(values)} observations cannot estimate {X.shape[1]} terms")
    result = _fit_once(values, X, offset, family, {})
    mu = np.asarray(result.fittedvalues if family == "gaussian" else result.predict())
    dispersion: dict[str, Any] = {}
    if family in ("poisson", "quasipoisson"):
        dispersion = {"pearson_chi2_over_df": float(result.pearson_chi2 / result.df_resid),
                      "cameron_trivedi": cameron_trivedi(values, mu)}
    elif family == "negbin":
        dispersion = {"alpha": float(result.params.iloc[-1])}
    lags = min(12, max(1, len(values) // 4))
    lb = acorr_ljungbox(_pearson(values, mu, family, result), lags=[lags])
    p_lb = float(lb["lb_pvalue"].iloc[0])
    autocorrelation = {"test": "Ljung-Box on Pearson residuals", "lags": lags,
                       "statistic": float(lb["lb_stat"].iloc[0]), "p_value": p_lb}
    use_hac = errors == "hac" or (errors == "auto" and p_lb < ALPHA)
    fit = Fit(family, result, "model", dispersion, autocorrelation)
    if use_hac:
        lag = hac_lags or newey_west_lags(len(values))
        kwds = {"maxlags": lag}
        if family == "gaussian":
            kwds["use_correction"] = True  # small-sample scaling n/(n-k), as Stata's newey
        hac = _fit_once(values, X, offset, family, {"cov_type": "HAC", "cov_kwds": kwds})
        fit.hac_cov = hac.cov_params()
        fit.errors = f"hac({lag})" if errors == "hac" else f"wider of model and hac({lag})"
    return fit
