"""One consistent, accessible plot style: colour-blind-safe colours that also keep 3:1
contrast against the white background, each series with its own line style and marker (so
charts read in greyscale and printed), large text, no chartjunk."""

from __future__ import annotations

import matplotlib as mpl

from workbench.core.palette import PALETTE  # shared with highlighted text (core/highlight.py)

LINESTYLES = ("-", "--", ":", "-.", (0, (5, 1, 1, 1, 1, 1)), (0, (1, 1)), (0, (8, 2)))
MARKERS = ("o", "s", "^", "D", "v", "X", "P")


def series_style(i: int) -> dict:
    """Colour, line style and marker of the i-th series of a chart."""
    n = len(PALETTE)
    return {"color": PALETTE[i % n], "linestyle": LINESTYLES[i % n], "marker": MARKERS[i % n]}


def contrast_ratio(colour: str, background: str = "#FFFFFF") -> float:
    """WCAG contrast ratio of two #RRGGBB colours."""
    def luminance(h: str) -> float:
        rgb = [int(h[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    a, b = sorted((luminance(colour), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def apply_style() -> None:
    mpl.rcParams.update({
        "axes.prop_cycle": mpl.cycler(color=PALETTE, linestyle=LINESTYLES, marker=MARKERS),
        "lines.markersize": 4,
        "figure.figsize": (8, 4.2),
        "figure.dpi": 100,
        "font.size": 11,
        "axes.titlesize": 13,
        "axes.titleweight": "bold",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "grid.alpha": 0.3,
        "legend.frameon": False,
        "savefig.bbox": "tight",
    })


def mark_month(ax, month: str, label: str) -> None:
    """Draw a labelled vertical line at a YYYY-MM month on a monthly time axis."""
    import pandas as pd

    x = pd.Period(month, "M").to_timestamp()
    ax.axvline(x, color="#444444", linestyle="--", linewidth=1, marker="")
    ax.annotate(label, (x, 1), xycoords=("data", "axes fraction"), xytext=(4, -14),
                textcoords="offset points", fontsize=9, color="#444444")
