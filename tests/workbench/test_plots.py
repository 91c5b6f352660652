"""The plot style: every colour keeps 3:1 contrast on white, and series differ by line style
and marker as well as colour (charts read in greyscale)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402

from workbench.plots import PALETTE, contrast_ratio, series_style  # noqa: E402
from workbench.trend_plots import plot_km, plot_monthly  # noqa: E402


def test_every_colour_has_at_least_3_to_1_contrast_on_white():
    for colour in PALETTE:
        assert contrast_ratio(colour) >= 3, colour
    assert contrast_ratio("#E69F00") < 3 and contrast_ratio("#56B4E9") < 3  # the old ones


def test_series_differ_by_line_style_and_marker_not_only_colour():
    styles = [series_style(i) for i in range(len(PALETTE))]
    assert len({str(s["linestyle"]) for s in styles}) == len(styles)
    assert len({s["marker"] for s in styles}) == len(styles)


def test_a_six_line_chart_draws_six_styles():
    months = pd.period_range("2024-01", periods=12, freq="M")
    table = pd.DataFrame({f"s{i}": range(i, i + 12) for i in range(6)}, index=months)
    fig = plot_monthly(table, "six", "count")
    lines = [ln for ln in fig.axes[0].get_lines() if ln.get_label().startswith("s")]
    assert len({(str(ln.get_linestyle()), ln.get_marker()) for ln in lines}) == 6
    assert all(contrast_ratio(matplotlib.colors.to_hex(ln.get_color()).upper()) >= 3
               for ln in lines)


def test_survival_curves_differ_by_line_style():
    curve = pd.DataFrame({"days": [5.0, 10.0], "completed": [0.2, 0.5], "ci_low": [0.1, 0.4],
                          "ci_high": [0.3, 0.6]})
    fig = plot_km({"a": curve, "b": curve * [1, 0.5, 0.5, 0.5]}, "km")
    styles = {str(ln.get_linestyle()) for ln in fig.axes[0].get_lines()}
    assert len(styles) >= 2
