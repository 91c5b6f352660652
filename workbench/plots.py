"""One consistent, accessible plot style: colour-blind-safe palette, large text, no chartjunk."""

from __future__ import annotations

import matplotlib as mpl

# Okabe-Ito palette: distinguishable with the common forms of colour blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")


def apply_style() -> None:
    mpl.rcParams.update({
        "axes.prop_cycle": mpl.cycler(color=PALETTE),
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
    ax.axvline(x, color="#444444", linestyle="--", linewidth=1)
    ax.annotate(label, (x, 1), xycoords=("data", "axes fraction"), xytext=(4, -14),
                textcoords="offset points", fontsize=9, color="#444444")
