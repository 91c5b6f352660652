"""Interrupted time series by segmented regression.

    log E[y_t] = b0 + b1 (t - t0) + b2 post_t + b3 post_t (t - t0) + seasonal terms + log(exposure)

t0 is the first period of the intervention. Time is centred there so that b2 is the change in
level *at the interruption*; with uncentred time it would be a change extrapolated back to
t = 0 (a classic mistake). exp(b2) is the level-change rate ratio, exp(b3) the change in the
monthly trend (ratio per period); for family "gaussian" both are differences.

Time may be months (dates, or "YYYY-MM" strings) or whole numbers; with whole numbers the
seasonal terms take t modulo 12 as the month.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from workbench.errors import InputError
from workbench.models import seasonality
from workbench.models.counts import Fit, fit_rate_model

TERMS = ("const", "time", "level", "slope")
MIN_POINTS_EACH_SIDE = 3
MAX_MAGNITUDE = 1e12  # beyond any monthly count or measurement; overflows the fit's arithmetic


def _check_size(values: pd.Series, what: str, labels: list[str]) -> None:
    numbers = pd.to_numeric(values, errors="coerce")
    big = (numbers.abs() > MAX_MAGNITUDE).to_numpy()
    if big.any():
        periods = [labels[i] for i in np.flatnonzero(big)[:5]]
        raise InputError(f"{what} {values.name!r}: period(s) {', '.join(periods)} hold values "
                         f"above {MAX_MAGNITUDE:g} in size ({numbers[big].iloc[0]:g}); is a value "
                         "mistyped?")


def _check_hac_lags(hac_lags: int | None, n: int) -> None:
    if hac_lags is not None and not 1 <= hac_lags <= n // 2:
        raise InputError(f"--hac-lags {hac_lags}: HAC lags must be between 1 and {n // 2} (half "
                         f"the {n} periods); leave it out for the Newey-West rule")


def _time_index(values: pd.Series) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Integer time, calendar month (1-12) and labels, from numbers or month-like values."""
    numbers = pd.to_numeric(values, errors="coerce")
    if numbers.notna().all() and (numbers == np.round(numbers)).all():
        t = numbers.to_numpy(int)
        return t, (t % 12) + 1, [str(v) for v in t]
    try:
        periods = pd.PeriodIndex(pd.to_datetime(values.astype(str), format="mixed"), freq="M")
    except (ValueError, TypeError) as exc:
        raise InputError(f"time column {values.name!r}: use whole numbers or months such as "
                         f"2024-07 ({exc})") from None
    return periods.asi8, periods.month.to_numpy(), [str(p) for p in periods]


def _post_indicator(values: pd.Series) -> np.ndarray:
    text = values.astype(str).str.strip().str.lower()
    mapping = {"1": 1, "0": 0, "true": 1, "false": 0, "1.0": 1, "0.0": 0, "yes": 1, "no": 0}
    post = text.map(mapping)
    if post.isna().any():
        raise InputError(f"intervention column {values.name!r}: rows "
                         f"{list(values.index[post.isna()][:5])} are not 0/1")
    post = post.to_numpy(int)
    if post.min() == post.max() or (np.diff(post) < 0).any():
        raise InputError(f"intervention column {values.name!r} must be 0 before the "
                         "intervention and 1 from it on, with both present")
    return post


@dataclass
class ItsResult:
    fit: Fit
    data: pd.DataFrame  # label, time, outcome, post, fitted, counterfactual
    intervention_at: str
    seasonality: str

    def as_record(self) -> dict[str, Any]:
        f = self.fit
        return {
            "model": "interrupted time series (segmented regression, time centred at the "
                     "interruption)",
            "family": f.family, "errors": f.errors, "seasonality": self.seasonality,
            "n": f.n, "residual_df": f.residual_df,
            "intervention_at": self.intervention_at,
            "points_before": int((self.data["post"] == 0).sum()),
            "points_after": int((self.data["post"] == 1).sum()),
            "level_change": f.effect({"level": 1.0}),
            "slope_change": f.effect({"slope": 1.0}),
            "trend_before": f.effect({"time": 1.0}),
            "trend_after": f.effect({"time": 1.0, "slope": 1.0}),
            "dispersion": f.dispersion, "autocorrelation": f.autocorrelation,
        }


def interrupted_time_series(frame: pd.DataFrame, outcome: str, time: str, intervention: str,
                            exposure: str | None = None, seasonality_spec: str = "none",
                            family: str = "quasipoisson", errors: str = "auto",
                            hac_lags: int | None = None) -> ItsResult:
    """Fit the segmented regression on one row per period; `exposure` names a column of
    person-time (or population), whose log is the offset."""
    seasonality.parse(seasonality_spec)  # a bad option is named before the data is looked at
    missing = [c for c in (outcome, time, intervention, exposure) if c and c not in frame]
    if missing:
        raise InputError(f"no column {missing}; the columns are {list(frame.columns)}")
    frame = frame.reset_index(drop=True)
    t, month, labels = _time_index(frame[time])
    if len(set(t)) != len(t):
        raise InputError(f"time column {time!r} repeats a period; give one row per period")
    order = np.argsort(t)
    frame, t, month = frame.iloc[order].reset_index(drop=True), t[order], month[order]
    labels = [labels[i] for i in order]
    post = _post_indicator(frame[intervention])
    _check_size(frame[outcome], "outcome", labels)
    if exposure:
        _check_size(frame[exposure], "exposure column", labels)
    _check_hac_lags(hac_lags, len(frame))
    if min(post.sum(), (1 - post).sum()) < MIN_POINTS_EACH_SIDE:
        raise InputError(f"need at least {MIN_POINTS_EACH_SIDE} periods before and after the "
                         f"intervention; have {(1 - post).sum()} and {post.sum()}")
    t0 = t[np.argmax(post)]
    X = pd.DataFrame({"const": 1.0, "time": (t - t0).astype(float), "level": post.astype(float),
                      "slope": post * (t - t0).astype(float)})
    X = pd.concat([X, seasonality.terms(month, seasonality_spec)], axis=1)
    offset = None
    if exposure:
        e = pd.to_numeric(frame[exposure], errors="coerce")
        if e.isna().any() or (e <= 0).any():
            raise InputError(f"exposure column {exposure!r} must be a number above 0 in every "
                             "row (it is person-time or population, not its log)")
        offset = np.log(e.to_numpy(float))
    fit = fit_rate_model(frame[outcome], X, offset, family, errors, hac_lags)
    without = X.assign(level=0.0, slope=0.0)
    data = pd.DataFrame({"label": labels, "time": t, "outcome": frame[outcome].to_numpy(float),
                         "post": post, "fitted": fit.predict(X, offset),
                         "counterfactual": fit.predict(without, offset)})
    at = labels[int(np.argmax(post))]
    return ItsResult(fit, data, at, seasonality_spec)
