"""Reproduces a published interrupted-time-series worked example.

Linden A. Conducting interrupted time-series analysis for single- and multiple-group
comparisons. The Stata Journal 2015;15(2):480-500. Single-group example: California's
Proposition 99 (tobacco tax and control programme, from 1989) and annual per-capita cigarette
sales (packs), 1970-2000, fitted by OLS with Newey-West standard errors (lag 1) with
`itsa cigsale, single trperiod(1989) lag(1) posttrend`. The paper reports (Stata output,
the precision it prints):
    _t          -1.779474   pre-intervention trend per year
    _x1989     -20.0581     level change in 1989
    _x_t1989    -1.494652   change in trend
    post-trend  -3.274126   (lincom _t + _x_t1989)

Data: tests/reference/california_cigsale.csv, the California series of Abadie, Diamond &
Hainmueller (2010, JASA; from Orzechowski & Walker, The Tax Burden on Tobacco), as shipped in
CausalPy 0.9.0 (Apache-2.0, causalpy/data/california_prop99.csv), rounded to the one decimal
of the source. State-level aggregates: no personal data.

Only the estimates are compared: the standard errors printed in the paper could not be checked
offline, so none is asserted here.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.conftest import REPO
from workbench.models.its import interrupted_time_series

PUBLISHED = {"trend_before": -1.779474, "level_change": -20.0581,
             "slope_change": -1.494652, "trend_after": -3.274126}


@pytest.fixture(scope="module")
def record():
    data = pd.read_csv(REPO / "tests" / "reference" / "california_cigsale.csv")
    data["after"] = (data["year"] >= 1989).astype(int)
    return interrupted_time_series(data, "cigsale", "year", "after", family="gaussian",
                                   errors="hac", hac_lags=1).as_record()


@pytest.mark.parametrize("term", PUBLISHED)
def test_estimates_match_the_paper_to_the_printed_precision(record, term):
    printed = PUBLISHED[term]
    digits = len(str(printed).split(".")[1])
    assert round(record[term]["difference"], digits) == pytest.approx(printed, abs=10 ** -digits / 2)


def test_the_example_is_fitted_as_the_paper_fits_it(record):
    assert record["n"] == 31 and record["residual_df"] == 27
    assert record["intervention_at"] == "1989"
    assert record["points_before"] == 19 and record["points_after"] == 12
    assert record["errors"] == "hac(1)"
    # The level change is measured at 1989 (centred time): a large drop, clearly not zero.
    assert record["level_change"]["ci_high"] < 0
