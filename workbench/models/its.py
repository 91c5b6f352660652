"""Interrupted time series by segmented regression.

    log E[y_t] = b0 + b1 (t - t0) + b2 post_t + b3 post_t (t - t0) + seasonal terms + log(exposure)

t0 is the first period of the intervention. Time is centred there so that b2 is the change in
level *at the interruption*; with uncentred time it would be a change extrapolated back to
t = 0 (a classic mistake). exp(b2) is the level-change rate ratio, exp(b3) the change in the
monthly trend (ratio per period); for family "gaussian" both are differences.

Time may be months (dates, or "YYYY-MM" strings) or whole numbers; with whole numbers the
seasonal terms take t modulo 12 as the month.

Options:
- impact "level" (b3 left out: a step change only, as the smoking-ban example of Lopez Bernal,
  Cummins & Gasparrini 2017, Int J Epidemiol 46:348), "slope" (b2 left out) or "both";
- phase_in: the first periods from the intervention on are left out of the fit (an
  intervention that takes time to roll out); post and the centring then start after them;
- control: a column holding a comparison series the intervention should not affect. Both
  series are stacked with a group indicator and every term interacts with it: the level and
  slope changes reported are the treated series' changes relative to the control's (ratios
  of ratios for counts), so what moved both (a season, a change in recording) cancels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from workbench.core.errors import InputError
from workbench.models import seasonality
from workbench.models.counts import Fit, fit_rate_model

TERMS = ("const", "time", "level", "slope")
MIN_POINTS_EACH_SIDE = 3
IMPACTS = ("both", "level", "slope")
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
    impact: str = "both"
    phase_in: int = 0
    control: str | None = None

    def _terms(self) -> dict[str, str]:
        """Names of the model terms behind each reported change (the treated-minus-control
        interaction when there is a control series)."""
        prefix = "group_" if self.control else ""
        return {"level": f"{prefix}level", "slope": f"{prefix}slope",
                "time": f"{prefix}time"}

    def _effect(self, *names: str) -> dict[str, float] | None:
        present = set(self.fit.result.model.exog_names)
        if not all(n in present for n in names):
            return None
        return self.fit.effect({n: 1.0 for n in names})

    def as_record(self) -> dict[str, Any]:
        if self.impact != "both" or self.phase_in or self.control:
            return self._options_record()
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

    def _options_record(self) -> dict[str, Any]:
        f, t = self.fit, self._terms()
        trend = ("time", "group_time") if self.control else ("time",)
        record = {
            "model": "interrupted time series (segmented regression, time centred at the "
                     "interruption)" + (", with a control series" if self.control else ""),
            "family": f.family, "errors": f.errors, "seasonality": self.seasonality,
            "impact": self.impact, "phase_in": self.phase_in, "control": self.control,
            "n": f.n, "residual_df": f.residual_df,
            "intervention_at": self.intervention_at,
            "points_before": int((self.data["post"] == 0).sum()),
            "points_after": int((self.data["post"] == 1).sum()),
            "points_excluded": int(self.data["excluded"].sum()),
            "level_change": self._effect(t["level"]),
            "slope_change": self._effect(t["slope"]),
            "trend_before": self._effect(*trend),
            "trend_after": (self._effect(*trend, "slope", *(("group_slope",) if self.control
                                                           else ()))
                            if self.impact != "level" else self._effect(*trend)),
            "dispersion": f.dispersion, "autocorrelation": f.autocorrelation,
        }
        if self.control:
            record["control_level_change"] = self._effect("level")
            record["control_slope_change"] = self._effect("slope")
        return record


def interrupted_time_series(frame: pd.DataFrame, outcome: str, time: str, intervention: str,
                            exposure: str | None = None, seasonality_spec: str = "none",
                            family: str = "quasipoisson", errors: str = "auto",
                            hac_lags: int | None = None, impact: str = "both",
                            phase_in: int = 0, control: str | None = None) -> ItsResult:
    """Fit the segmented regression on one row per period; `exposure` names a column of
    person-time (or population), whose log is the offset. See the module's docstring for
    impact, phase_in and control."""
    seasonality.parse(seasonality_spec)  # a bad option is named before the data is looked at
    if impact not in IMPACTS:
        raise InputError(f"impact {impact!r}: use one of {', '.join(IMPACTS)}")
    if int(phase_in) != phase_in or phase_in < 0:
        raise InputError(f"phase-in {phase_in!r}: give a whole number of periods, 0 or more")
    return _fit_its(frame, outcome, time, intervention, exposure, seasonality_spec, family,
                    errors, hac_lags, impact, int(phase_in), control)


def _fit_its(frame: pd.DataFrame, outcome: str, time: str, intervention: str,
             exposure: str | None, seasonality_spec: str, family: str, errors: str,
             hac_lags: int | None, impact: str, phase_in: int, control: str | None) -> ItsResult:
    """The segmented regression: level and slope change (or one of them), a phase-in left out
    of the fit, optionally beside a control series."""
    missing = [c for c in (outcome, time, intervention, exposure, control) if c and c not in frame]
    if missing:
        raise InputError(f"no column {missing}; the columns are {list(frame.columns)}")
    if control and exposure:
        raise InputError("--offset with --control: give the two series as rates, or model "
                         "them without an offset")
    frame = frame.reset_index(drop=True)
    t, month, labels = _time_index(frame[time])
    if len(set(t)) != len(t):
        raise InputError(f"time column {time!r} repeats a period; give one row per period")
    order = np.argsort(t)
    frame, t, month = frame.iloc[order].reset_index(drop=True), t[order], month[order]
    labels = [labels[i] for i in order]
    post = _post_indicator(frame[intervention])
    _check_size(frame[outcome], "outcome", labels)
    for column, what in ((exposure, "exposure column"), (control, "control series")):
        if column:
            _check_size(frame[column], what, labels)
    _check_hac_lags(hac_lags, len(frame))
    start = int(np.argmax(post))
    excluded = (post == 1) & (np.arange(len(post)) < start + phase_in)
    keep = ~excluded
    if min(int((post[keep] == 1).sum()), int((post[keep] == 0).sum())) < MIN_POINTS_EACH_SIDE:
        phase = f" (after its phase-in of {phase_in} periods)" if phase_in else ""
        raise InputError(f"need at least {MIN_POINTS_EACH_SIDE} periods before and after the "
                         f"intervention{phase}; have {int((post[keep] == 0).sum())} and "
                         f"{int((post[keep] == 1).sum())}")
    t0 = t[start + phase_in]
    base = pd.DataFrame({"const": 1.0, "time": (t - t0).astype(float),
                         "level": post.astype(float),
                         "slope": post * (t - t0).astype(float)})
    base = base.drop(columns={"level": ["slope"], "slope": ["level"]}.get(impact, []))
    seasons = seasonality.terms(month, seasonality_spec)
    offset = None
    if exposure:
        e = pd.to_numeric(frame[exposure], errors="coerce")
        if e.isna().any() or (e <= 0).any():
            raise InputError(f"exposure column {exposure!r} must be a number above 0 in every "
                             "row (it is person-time or population, not its log)")
        offset = np.log(e.to_numpy(float))
    if control:
        treated = pd.concat([base, base.add_prefix("group_").rename(
            columns={"group_const": "group"}), seasons], axis=1)
        other = treated.copy()
        other[[c for c in treated if c.startswith("group")]] = 0.0
        X = pd.concat([treated[keep], other[keep]], ignore_index=True)
        y = pd.concat([frame[outcome][keep], frame[control][keep]], ignore_index=True
                      ).rename(outcome)
        fit = fit_rate_model(y, X, None, family, errors, hac_lags)
        X_all = treated
        # Without the change: the treated series following the control's changes only.
        without = treated.assign(**{c: 0.0 for c in ("group_level", "group_slope")
                                    if c in treated})
    else:
        X_all = pd.concat([base, seasons], axis=1)
        fit = fit_rate_model(frame[outcome][keep].reset_index(drop=True),
                             X_all[keep].reset_index(drop=True),
                             offset[keep] if offset is not None else None, family, errors,
                             hac_lags)
        without = X_all.assign(**{c: 0.0 for c in ("level", "slope") if c in X_all})
    data = pd.DataFrame({"label": labels, "time": t, "outcome": frame[outcome].to_numpy(float),
                         "post": post, "excluded": excluded,
                         "fitted": fit.predict(X_all, offset),
                         "counterfactual": fit.predict(without, offset)})
    if control:
        data["control"] = frame[control].to_numpy(float)
    return ItsResult(fit, data, labels[start], seasonality_spec, impact, phase_in, control)
