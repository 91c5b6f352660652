"""Numbers in words a non-statistician reads: "about a third fewer (between 20% and 45%
fewer)", "36% (between 30% and 42%)". The interval is always given, in brackets."""

from __future__ import annotations

import math

# Fractions people say, and the words for them; a value within 0.025 of one is "about" it.
FRACTIONS = ((0.1, "a tenth"), (0.2, "a fifth"), (0.25, "a quarter"), (1 / 3, "a third"),
             (0.5, "half"), (2 / 3, "two thirds"), (0.75, "three quarters"),
             (0.8, "four in five"), (0.9, "nine in ten"))


def pct(x: float, digits: int = 0) -> str:
    return f"{100 * x:.{digits}f}%"


def about_fraction(x: float) -> str:
    """0.34 -> "about a third"; 0.42 -> "42%"."""
    for value, words in FRACTIONS:
        if abs(x - value) <= 0.025:
            return f"about {words}"
    return pct(x)


def share_words(share: float, low: float, high: float) -> str:
    """A share with its 95% interval: "36% (between 30% and 42%)"."""
    return f"{pct(share)} (between {pct(low)} and {pct(high)})"


def _bound(ratio: float) -> str:
    if ratio < 1:
        return f"{pct(1 - ratio)} fewer"
    if ratio >= 2:
        return f"{ratio:.1f} times as many"
    return f"{pct(ratio - 1)} more"


def ratio_words(ratio: float, low: float, high: float) -> str:
    """A rate ratio as a change: "about a third fewer (between 20% and 45% fewer)"."""
    if not all(map(math.isfinite, (ratio, low, high))):
        raise ValueError("a ratio and its interval must be finite numbers")
    if ratio < 1:
        change = 1 - ratio
        head = ("about half as many" if abs(change - 0.5) <= 0.025 else
                f"{about_fraction(change)} fewer")
    elif ratio >= 1.95:
        head = f"about {ratio:.1f} times as many".replace("about 2.0 times", "about twice")
    elif abs(ratio - 1) < 0.005:
        head = "about the same"
    else:
        head = f"{about_fraction(ratio - 1)} more"
    if high < 1:
        span = f"between {pct(1 - high)} and {pct(1 - low)} fewer"
    elif low >= 1 and high < 2:
        span = f"between {pct(low - 1)} and {pct(high - 1)} more"
    else:
        span = f"between {_bound(low)} and {_bound(high)}"
    return f"{head} ({span})"


def clear(low: float, high: float, null: float = 1.0) -> bool:
    """True when the 95% interval leaves out "no change"."""
    return high < null or low > null
