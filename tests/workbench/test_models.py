"""Models: segmented regression, rate models and their checks, trend test, comparisons."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from workbench.core.errors import InputError
from workbench.models import seasonality
from workbench.models.compare import compare_table, logistic
from workbench.models.counts import cameron_trivedi, fit_rate_model
from workbench.models.its import interrupted_time_series
from workbench.models.trend import mann_kendall

MONTHS = pd.period_range("2022-01", periods=48, freq="M")


def series(level=0.5, slope=0.0, base=200.0, seed=1, dispersion=None, start=24, season=0.0):
    """Monthly counts with a known level change (rate ratio) and slope change at `start`."""
    rng = np.random.default_rng(seed)
    t = np.arange(len(MONTHS))
    post = (t >= start).astype(int)
    mean = (base * np.exp(0.005 * (t - start)) * level ** post * np.exp(slope * post * (t - start))
            * (1 + season * np.cos(2 * np.pi * (MONTHS.month - 1) / 12)))
    counts = (rng.poisson(mean) if dispersion is None else
              rng.negative_binomial(1 / dispersion, 1 / (1 + dispersion * mean)))
    return pd.DataFrame({"month": MONTHS.astype(str), "count": counts, "after": post})


def test_its_recovers_a_known_level_and_slope_change():
    rec = interrupted_time_series(series(level=0.6, slope=0.02), "count", "month", "after"
                                  ).as_record()
    assert rec["level_change"]["ci_low"] < 0.6 < rec["level_change"]["ci_high"]
    assert rec["slope_change"]["ci_low"] < np.exp(0.02) < rec["slope_change"]["ci_high"]
    assert rec["intervention_at"] == "2024-01" and rec["points_before"] == 24


def test_the_level_change_is_measured_at_the_interruption_whatever_time_zero_is():
    data = series(level=0.7, slope=0.03)
    numbered = data.assign(month=np.arange(len(data)) + 500)  # time zero far from the change
    a = interrupted_time_series(data, "count", "month", "after").as_record()
    b = interrupted_time_series(numbered, "count", "month", "after").as_record()
    assert a["level_change"]["rate_ratio"] == pytest.approx(b["level_change"]["rate_ratio"])
    assert a["level_change"]["rate_ratio"] == pytest.approx(0.7, abs=0.08)


def test_no_change_gives_an_interval_around_one():
    rec = interrupted_time_series(series(level=1.0, seed=3), "count", "month", "after").as_record()
    assert rec["level_change"]["ci_low"] < 1 < rec["level_change"]["ci_high"]


def test_seasonality_terms_absorb_a_seasonal_cycle():
    data = series(level=0.8, season=0.3, seed=5)
    plain = interrupted_time_series(data, "count", "month", "after").as_record()
    seasonal = interrupted_time_series(data, "count", "month", "after",
                                       seasonality_spec="fourier:2").as_record()
    assert seasonal["dispersion"]["pearson_chi2_over_df"] < plain["dispersion"]["pearson_chi2_over_df"]
    assert seasonal["level_change"]["ci_low"] < 0.8 < seasonal["level_change"]["ci_high"]


def test_an_exposure_offset_turns_counts_into_rates():
    data = series(level=1.0, seed=4)
    doubled = data.assign(count=data["count"] * np.where(data["after"] == 1, 2, 1),
                          people=np.where(data["after"] == 1, 2000, 1000))
    rec = interrupted_time_series(doubled, "count", "month", "after", exposure="people"
                                  ).as_record()
    assert rec["level_change"]["ci_low"] < 1 < rec["level_change"]["ci_high"]


@pytest.mark.parametrize("change, message", [
    ({"after": [0, 1] * 24}, "0 before the intervention and 1 from it on"),
    ({"after": [0] * 46 + [1, 1]}, "at least 3 periods before and after"),
    ({"after": ["x"] * 48}, "not 0/1"),
    ({"count": [-1] * 48}, "whole numbers >= 0"),
    ({"count": [1.5] * 48}, "whole numbers >= 0"),
    ({"count": [np.nan] + [3] * 47}, "missing or not numbers"),
    ({"month": ["2022-01"] * 48}, "repeats a period"),
    ({"month": ["soon"] * 48}, "whole numbers or months"),
])
def test_bad_input_is_named(change, message):
    data = series().assign(**change)
    with pytest.raises(InputError, match=message):
        interrupted_time_series(data, "count", "month", "after")


def test_missing_columns_exposure_and_options_are_named():
    data = series()
    with pytest.raises(InputError, match="no column"):
        interrupted_time_series(data, "visits", "month", "after")
    with pytest.raises(InputError, match="above 0"):
        interrupted_time_series(data.assign(people=0), "count", "month", "after", "people")
    with pytest.raises(InputError, match="fourier:K"):
        interrupted_time_series(data, "count", "month", "after", seasonality_spec="fourier:9")
    with pytest.raises(InputError, match="family"):
        interrupted_time_series(data, "count", "month", "after", family="binomial")


def test_seasonal_terms_have_the_expected_shape():
    months = np.arange(1, 13)
    assert seasonality.terms(months, "month").shape == (12, 11)
    assert list(seasonality.terms(months, "fourier:2").columns) == ["sin1", "cos1", "sin2", "cos2"]
    assert "sin6" not in seasonality.terms(months, "fourier:6")  # zero at every month
    assert seasonality.terms(months, None).shape == (12, 0)


def test_cameron_trivedi_finds_overdispersion_and_not_where_there_is_none():
    rng = np.random.default_rng(0)
    mu = rng.uniform(5, 50, 2000)
    poisson = cameron_trivedi(rng.poisson(mu).astype(float), mu)
    nb = rng.negative_binomial(2, 2 / (2 + mu)).astype(float)  # NB2 with alpha 0.5
    over = cameron_trivedi(nb, mu)
    assert poisson["nb2"]["p_value"] > 0.01 and abs(poisson["nb2"]["alpha"]) < 0.05
    assert over["nb2"]["p_value"] < 1e-6 and over["nb2"]["alpha"] == pytest.approx(0.5, abs=0.1)
    assert over["nb1"]["alpha"] != over["nb2"]["alpha"]  # not the same row twice


def test_quasi_poisson_widens_intervals_for_overdispersed_counts():
    data = series(level=0.7, dispersion=0.1, seed=2)
    quasi = interrupted_time_series(data, "count", "month", "after", errors="model").as_record()
    plain = interrupted_time_series(data, "count", "month", "after", family="poisson",
                                    errors="model").as_record()
    assert quasi["dispersion"]["pearson_chi2_over_df"] > 2
    width = lambda r: np.log(r["level_change"]["ci_high"] / r["level_change"]["ci_low"])  # noqa: E731
    assert width(quasi) > 1.5 * width(plain)
    nb = interrupted_time_series(data, "count", "month", "after", family="negbin").as_record()
    assert nb["dispersion"]["alpha"] > 0.03
    assert nb["level_change"]["ci_low"] < 0.7 < nb["level_change"]["ci_high"]


def test_autocorrelated_residuals_are_found_and_intervals_do_not_narrow():
    rng = np.random.default_rng(9)
    e = np.zeros(48)
    for i in range(1, 48):
        e[i] = 0.7 * e[i - 1] + rng.normal(0, 0.2)
    data = series(level=1.0).assign(count=lambda d: rng.poisson(300 * np.exp(e)))
    auto = interrupted_time_series(data, "count", "month", "after").as_record()
    model = interrupted_time_series(data, "count", "month", "after", errors="model").as_record()
    assert auto["autocorrelation"]["p_value"] < 0.05
    assert auto["errors"].startswith("wider of model and hac")
    assert auto["level_change"]["ci_high"] >= model["level_change"]["ci_high"] - 1e-12
    hac = interrupted_time_series(data, "count", "month", "after", errors="hac",
                                  hac_lags=2).as_record()
    assert hac["errors"] == "hac(2)"


def test_fit_rate_model_needs_more_rows_than_terms():
    X = pd.DataFrame({"const": [1.0, 1.0], "x": [0.0, 1.0]})
    with pytest.raises(InputError, match="cannot estimate"):
        fit_rate_model(pd.Series([3, 4], name="y"), X)


def test_mann_kendall_reports_direction_tau_variant_and_sen_slope():
    up = mann_kendall(np.arange(20) * 2.0 + np.random.default_rng(1).normal(0, 1, 20))
    assert up["trend"] == "increasing" and up["tau_variant"] == "tau-b"
    assert up["sen_ci_low"] < 2 < up["sen_ci_high"]
    flat = mann_kendall(np.random.default_rng(2).normal(0, 1, 30))
    assert flat["trend"] == "no clear trend"
    tied = mann_kendall([1, 1, 2, 2, 3, 3, 3, 4])
    n = 8
    assert tied["tau"] > tied["S"] / (n * (n - 1) / 2)  # tau-b exceeds tau-a when there are ties
    with pytest.raises(InputError, match="missing"):
        mann_kendall([1, np.nan, 3, 4])
    with pytest.raises(InputError, match="at least 4"):
        mann_kendall([1, 2, 3])


def test_compare_table_uses_fisher_when_expected_counts_are_small():
    small = compare_table(pd.DataFrame([[1, 9], [8, 2]]))
    assert small["test"].startswith("Fisher")
    assert small["p_value"] == pytest.approx(stats.fisher_exact([[1, 9], [8, 2]]).pvalue)
    large = compare_table(pd.DataFrame([[100, 90], [80, 120]]))
    assert large["test"] == "Pearson chi-square" and large["df"] == 1
    with pytest.raises(InputError, match="all zero"):
        compare_table(pd.DataFrame([[0, 0], [3, 4]]))


def test_logistic_regression_gives_odds_ratios_with_clustered_errors():
    rng = np.random.default_rng(3)
    n = 3000
    x = rng.integers(0, 2, n)
    y = rng.random(n) < np.where(x == 1, 0.6, 0.4)
    frame = pd.DataFrame({"y": y.astype(int), "x": x, "person": rng.integers(0, 600, n)})
    out = logistic(frame, "y", ["x"], cluster="person")
    truth = (0.6 / 0.4) / (0.4 / 0.6)
    assert out["terms"]["x"]["ci_low"] < truth < out["terms"]["x"]["ci_high"]
    assert out["errors"] == "cluster" and out["n"] == n
    with pytest.raises(InputError, match="0/1"):
        logistic(frame.assign(y=3), "y", ["x"])


def test_monthly_rate_model_takes_covariates_exposure_and_seasons():
    from workbench.models.rates import monthly_rate_model

    rng = np.random.default_rng(6)
    months = pd.period_range("2021-01", periods=48, freq="M")
    people = pd.Series(rng.integers(800, 1200, 48), index=months)
    flag = pd.DataFrame({"campaign": (np.arange(48) % 12 < 3).astype(float)}, index=months)
    counts = pd.Series(rng.poisson(0.1 * people * np.where(flag["campaign"] == 1, 1.5, 1.0)),
                       index=months, name="visits")
    fit = monthly_rate_model(counts, covariates=flag, exposure=people, trend=False)
    effect = fit.effect({"campaign": 1.0})
    assert effect["ci_low"] < 1.5 < effect["ci_high"]
    assert "month_12" in monthly_rate_model(counts, seasons="month").result.model.exog_names
    with pytest.raises(InputError, match="PeriodIndex"):
        monthly_rate_model(counts.reset_index(drop=True))
    with pytest.raises(InputError, match="above 0"):
        monthly_rate_model(counts, exposure=people * 0)


@pytest.mark.parametrize("dispersion, family", [(None, "poisson"), (0.05, "quasipoisson"),
                                                (0.05, "negbin")])
def test_level_change_intervals_cover_the_truth_about_95_percent_of_the_time(dispersion, family):
    """Calibration over 200 simulated series (counts around 200 a month, 48 months): the 95%
    interval for the level change should hold the true rate ratio about 95% of the time. A
    binomial 99.9% range around 0.95 for 200 series is about 0.89 to 0.99."""
    hits = 0
    for seed in range(200):
        data = series(level=0.7, slope=0.01, seed=1000 + seed, dispersion=dispersion)
        level = interrupted_time_series(data, "count", "month", "after", family=family,
                                        errors="model").as_record()["level_change"]
        hits += level["ci_low"] <= 0.7 <= level["ci_high"]
    assert 0.89 <= hits / 200 <= 0.99, hits


def test_mann_kendall_reports_s_z_and_p_with_and_without_continuity_correction():
    # By hand: [1,1,2,2,3,3,3,4] has 28 pairs, 5 tied and 23 rising: S = 23. Tie groups of
    # 2, 2 and 3: var S = (8*7*21 - (2*1*9 + 2*1*9 + 3*2*11)) / 18 = 1074 / 18.
    mk = mann_kendall([1, 1, 2, 2, 3, 3, 3, 4])
    assert mk["S"] == 23 and mk["var_S"] == pytest.approx(1074 / 18)
    assert mk["z"] == pytest.approx(23 / np.sqrt(1074 / 18))
    assert mk["z_cc"] == pytest.approx(22 / np.sqrt(1074 / 18))  # R's trend::mk.test default
    assert mk["p_value"] == pytest.approx(2 * stats.norm.sf(mk["z"]))  # same as scipy's tau-b p
    assert mk["p_value_cc"] == pytest.approx(2 * stats.norm.sf(mk["z_cc"]))
    assert mk["p_value_cc"] > mk["p_value"]
    down = mann_kendall([5, 4, 3, 2, 1])  # S = -10, var S = 5*4*15/18 with no ties
    assert down["S"] == -10 and down["z_cc"] == pytest.approx(-9 / np.sqrt(50 / 3))


def test_cameron_trivedi_refers_its_statistic_to_the_normal_as_aer_does():
    rng = np.random.default_rng(4)
    mu = rng.uniform(5, 20, 40)  # a short series: the t and normal references differ
    y = rng.negative_binomial(5, 5 / (5 + mu)).astype(float)
    for test in cameron_trivedi(y, mu).values():
        assert test["reference"] == "normal"
        assert test["p_value"] == pytest.approx(stats.norm.sf(test["t"]))


def _glm(y, X, offset=None):
    import statsmodels.api as sm

    return sm.GLM(y, X, family=sm.families.Poisson(), offset=offset).fit(scale="X2")


def test_a_level_only_impact_fits_a_step_and_no_slope_change():
    data = series(level=0.6, slope=0.0, seed=8)
    rec = interrupted_time_series(data, "count", "month", "after", impact="level",
                                  errors="model").as_record()
    assert rec["impact"] == "level" and rec["slope_change"] is None
    assert rec["level_change"]["ci_low"] < 0.6 < rec["level_change"]["ci_high"]
    # The same model written out by hand: log E[y] = b0 + b1 (t - t0) + b2 post.
    t = np.arange(len(data)) - 24.0
    X = pd.DataFrame({"const": 1.0, "time": t, "level": data["after"].astype(float)})
    ref = _glm(data["count"], X)
    assert rec["level_change"]["rate_ratio"] == pytest.approx(np.exp(ref.params["level"]))
    low, high = np.exp(ref.conf_int().loc["level"])
    assert (rec["level_change"]["ci_low"], rec["level_change"]["ci_high"]) == pytest.approx(
        (low, high))
    slope = interrupted_time_series(data, "count", "month", "after", impact="slope").as_record()
    assert slope["level_change"] is None and slope["slope_change"] is not None


def test_a_level_only_impact_reproduces_an_ols_step_model_on_the_published_california_data():
    """The tutorial's Sicily data (Lopez Bernal et al. 2017) could not be obtained offline,
    so the level-only option is checked on the California series against OLS by hand."""
    import statsmodels.api as sm

    from tests.conftest import REPO

    data = pd.read_csv(REPO / "tests" / "reference" / "california_cigsale.csv")
    data["after"] = (data["year"] >= 1989).astype(int)
    rec = interrupted_time_series(data, "cigsale", "year", "after", family="gaussian",
                                  errors="model", impact="level").as_record()
    X = pd.DataFrame({"const": 1.0, "time": data["year"] - 1989.0,
                      "level": data["after"].astype(float)})
    ref = sm.OLS(data["cigsale"], X).fit()
    assert rec["level_change"]["difference"] == pytest.approx(ref.params["level"])
    assert rec["level_change"]["ci_low"] == pytest.approx(ref.conf_int().loc["level", 0])
    assert rec["residual_df"] == 28


def test_a_phase_in_is_left_out_of_the_fit_and_the_change_measured_after_it():
    data = series(level=0.6, seed=6)
    rec = interrupted_time_series(data, "count", "month", "after", phase_in=3,
                                  errors="model").as_record()
    assert rec["points_excluded"] == 3 and rec["n"] == 45 and rec["phase_in"] == 3
    kept = data.drop(index=[24, 25, 26]).reset_index(drop=True)
    t = np.r_[np.arange(24), np.arange(27, 48)] - 27.0
    X = pd.DataFrame({"const": 1.0, "time": t, "level": kept["after"].astype(float),
                      "slope": kept["after"] * t})
    ref = _glm(kept["count"], X)
    assert rec["level_change"]["rate_ratio"] == pytest.approx(np.exp(ref.params["level"]))
    with pytest.raises(InputError, match="phase-in"):
        interrupted_time_series(data, "count", "month", "after", phase_in=22)


def test_a_control_series_takes_out_a_change_both_series_share():
    rng = np.random.default_rng(12)
    t = np.arange(48)
    post = (t >= 24).astype(int)
    shock = np.where(post, 0.7, 1.0)  # e.g. a change in recording that hit every series
    data = pd.DataFrame({"month": MONTHS.astype(str), "after": post,
                         "target": rng.poisson(150 * shock * np.where(post, 0.8, 1.0)),
                         "other": rng.poisson(300 * shock)})
    alone = interrupted_time_series(data, "target", "month", "after", impact="level",
                                    errors="model").as_record()
    both = interrupted_time_series(data, "target", "month", "after", impact="level",
                                   control="other", errors="model").as_record()
    assert alone["level_change"]["ci_high"] < 0.7  # the shared change passes for an effect
    assert both["level_change"]["ci_low"] < 0.8 < both["level_change"]["ci_high"]
    assert both["control_level_change"]["ci_low"] < 0.7 < both["control_level_change"]["ci_high"]
    assert both["n"] == 96 and both["control"] == "other"
    with pytest.raises(InputError, match="no column"):
        interrupted_time_series(data, "target", "month", "after", control="nope")


@pytest.mark.parametrize("options", [{"impact": "level"}, {"impact": "slope"}, {"phase_in": 2}])
def test_every_model_option_checks_its_input(options):
    """The level-only, slope-only and phase-in fits take the same input checks as the default
    (they once had a fitting path of their own that did not)."""
    data = series().assign(count=[1e300] + [3] * 47)
    with pytest.raises(InputError, match="mistyped"):
        interrupted_time_series(data, "count", "month", "after", **options)
    with pytest.raises(InputError, match="HAC lags"):
        interrupted_time_series(series(), "count", "month", "after", hac_lags=-1, **options)
