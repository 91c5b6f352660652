"""Plots of trends, shares and survival curves, in the workbench's one accessible style
(workbench/plots.py), always with their intervals. Each returns the matplotlib Figure;
suppressed values (missing) are left as gaps, and the caption says how many."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from workbench.plots import PALETTE, apply_style, mark_month, series_style


def _x(index) -> pd.DatetimeIndex:
    if isinstance(index, pd.PeriodIndex):
        return index.to_timestamp()
    return pd.PeriodIndex(pd.Index(index).astype(str), freq="M").to_timestamp()


def _date_axis(ax) -> None:
    locator = mdates.AutoDateLocator(minticks=4, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _note_hidden(ax, values: pd.Series | pd.DataFrame, what: str = "months") -> None:
    """Say under the axes how many periods have a suppressed value (drawn as gaps)."""
    hidden = int(pd.DataFrame(values).isna().any(axis=1).sum())
    if hidden:
        ax.annotate(f"{hidden} {what} suppressed (small numbers)", (0, -0.2),
                    xycoords="axes fraction", fontsize=9, color="#444444")


def plot_its(data: pd.DataFrame, title: str, ylabel: str, event: str | None = None,
             event_label: str = "intervention") -> Figure:
    """Observed counts (points; suppressed ones missing), the fitted segmented model and the
    counterfactual (the pre-intervention trend carried on)."""
    apply_style()
    fig, ax = plt.subplots()
    x = _x(data["label"])
    ax.plot(x, data["outcome"], "o", color=PALETTE[0], label="observed", markersize=4,
            linestyle="none")
    post = data["post"].to_numpy() == 1
    for part, label in ((~post, "model"), (post, None)):  # no line across the interruption
        ax.plot(x[part], data["fitted"][part], "-", color=PALETTE[0], label=label, marker="")
    ax.plot(x[post], data["counterfactual"][post], color=PALETTE[1], linestyle="--",
            marker="s", markersize=3, label="without the change (model)")
    if event:
        mark_month(ax, event, event_label)
    ax.set(title=title, ylabel=ylabel)
    ax.set_ylim(bottom=0)
    _date_axis(ax)
    ax.legend(loc="lower left")
    _note_hidden(ax, data["outcome"])
    return fig


def plot_shares(table: pd.DataFrame, title: str, ylabel: str = "share",
                events: dict[str, str] | None = None) -> Figure:
    """A monthly share with its 95% interval as a band."""
    apply_style()
    fig, ax = plt.subplots()
    x = _x(table.index)
    ax.plot(x, table["share"], "-o", markersize=3, color=PALETTE[0], label="share")
    ax.fill_between(x, table["ci_low"], table["ci_high"], color=PALETTE[0], alpha=0.2,
                    label="95% interval (Wilson)")
    for month, label in (events or {}).items():
        mark_month(ax, month, label)
    ax.set(title=title, ylabel=ylabel, ylim=(0, 1))
    ax.yaxis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0))
    _date_axis(ax)
    ax.legend(loc="lower right")
    _note_hidden(ax, table["share"])
    return fig


def plot_monthly(table: pd.DataFrame | pd.Series, title: str, ylabel: str,
                 events: dict[str, str] | None = None) -> Figure:
    """Monthly counts, one line per column."""
    apply_style()
    fig, ax = plt.subplots()
    frame = table.to_frame() if isinstance(table, pd.Series) else table
    x = _x(frame.index)
    for i, column in enumerate(frame.columns):
        ax.plot(x, frame[column], label=str(column).replace("_", " "),
                markevery=max(1, len(x) // 18), **series_style(i))
    for month, label in (events or {}).items():
        mark_month(ax, month, label)
    ax.set(title=title, ylabel=ylabel)
    ax.set_ylim(bottom=0)
    _date_axis(ax)
    if frame.shape[1] > 1:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    _note_hidden(ax, frame)
    return fig


def plot_groups(table: pd.DataFrame, title: str, xlabel: str = "share") -> Figure:
    """Shares by group as points with 95% interval bars (e.g. before and after)."""
    apply_style()
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(table) + 1.3))
    y = np.arange(len(table))
    err = np.vstack([table["share"] - table["ci_low"], table["ci_high"] - table["share"]])
    ax.errorbar(table["share"], y, xerr=err, fmt="o", color=PALETTE[0], capsize=4)
    ax.set_yticks(y, [" / ".join(map(str, i)) if isinstance(i, tuple) else str(i)
                      for i in table.index])
    ax.set(title=title, xlabel=xlabel, xlim=(0, 1), ylim=(len(table) - 0.5, -0.5))
    ax.xaxis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0))
    return fig


def plot_km(curves: dict[str, pd.DataFrame], title: str, max_days: int = 120) -> Figure:
    """Kaplan-Meier cumulative completion per group, as steps with 95% bands."""
    apply_style()
    fig, ax = plt.subplots()
    for i, (group, curve) in enumerate(curves.items()):
        c = curve[curve["days"] <= max_days]
        days = np.r_[0, c["days"]]
        style = series_style(i)
        colour = style["color"]
        ax.step(days, np.r_[0, c["completed"]], where="post", color=colour,
                linestyle=style["linestyle"], linewidth=2, label=str(group))
        ax.fill_between(days, np.r_[0, c["ci_low"]], np.r_[0, c["ci_high"]], step="post",
                        color=colour, alpha=0.2)
    ax.set(title=title, xlabel="days since the first dose", ylabel="courses completed",
           ylim=(0, 1))
    ax.yaxis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0))
    ax.legend(loc="upper left")
    return fig
