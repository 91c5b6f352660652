"""Output checks for tables of counts and of magnitudes, after UK trusted research practice.

Counts (`check_counts`): a cell below the threshold (default 10) is disclosive, and so is a
zero (it says everyone, or no one, in a group did something). Such cells are suppressed, and
then secondary suppression hides further cells so that no suppressed cell can be worked out
from the row and column totals: every row and column holds either no suppressed cell or at
least two, and a linear-programming audit (suppression_audit.py) adds cells until no
suppressed cell can be narrowed below the protection interval.

Magnitudes (`check_magnitudes`): a cell is disclosive if its two largest contributors make up
more than 90% of it (dominance, N = 2, K = 90%) or if the rest add up to less than 10% of the
largest (p-ratio), because a contributor could then estimate another's value. A withheld sum
is protected like a count (`protect_magnitudes`): the same audit adds cells until no withheld
sum can be narrowed, from the published cells and totals, below its protection levels
(`magnitude_protection`: an interval 10% of its value wide, and an upper bound as far above
it as the p% and dominance rules require).

NHS rule (`nhs_rounding`), for sub-national sexual-health counts: 1-7 suppressed, the others
rounded to the nearest 5.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ethics.checks.result import CheckResult, Status
from ethics.checks.suppression_audit import protect, published_totals

# Defaults for direct calls; the output checker and the gate take them from the policy
# (ethics/policy.yaml), and a test keeps the two equal.
THRESHOLD = 10
DOMINANCE_N, DOMINANCE_K = 2, 0.90
P_RATIO = 0.10
MAGNITUDE_PROTECTION = 0.10


def _primary(counts: pd.DataFrame, threshold: int, zeros_disclosive: bool) -> pd.DataFrame:
    low = counts < threshold
    return low if zeros_disclosive else low & (counts > 0)


def secondary_suppression(counts: pd.DataFrame, suppressed: pd.DataFrame) -> pd.DataFrame:
    """Add the fewest small cells needed so that no row or column has exactly one suppressed
    cell (the smallest remaining cell of that row or column is taken each time)."""
    hidden = suppressed.copy()
    values = counts.to_numpy(dtype=float)
    for _ in range(hidden.size):
        mask = hidden.to_numpy()
        lonely_rows = np.flatnonzero(mask.sum(axis=1) == 1)
        lonely_cols = np.flatnonzero(mask.sum(axis=0) == 1)
        if not len(lonely_rows) and not len(lonely_cols):
            break
        if len(lonely_rows):
            r = lonely_rows[0]
            candidates = np.where(mask[r], np.inf, values[r])
            if np.isfinite(candidates).any():
                hidden.iat[r, int(np.argmin(candidates))] = True
                continue
        c = lonely_cols[0] if len(lonely_cols) else None
        if c is None:
            break
        candidates = np.where(mask[:, c], np.inf, values[:, c])
        if not np.isfinite(candidates).any():
            break
        hidden.iat[int(np.argmin(candidates)), c] = True
    return hidden


def check_counts(counts: pd.DataFrame, threshold: int = THRESHOLD,
                 zeros_disclosive: bool = True, protection_interval: float | None = None
                 ) -> tuple[CheckResult, pd.DataFrame]:
    """Check a two-way table of counts; return the result and the table with suppressed cells
    as missing (safe to release when the result passes or after suppression).

    After primary and secondary suppression the table is audited as an intruder would attack
    it (ethics/checks/suppression_audit.py): every suppressed cell must keep an interval of at
    least `protection_interval` (default: the threshold) given the published cells and
    totals; more cells are suppressed until it does. If even that cannot protect it, every
    cell is withheld and the check fails with the reason."""
    interval = threshold if protection_interval is None else protection_interval
    thresholds = {"threshold": threshold, "zeros_disclosive": zeros_disclosive}
    primary = _primary(counts, threshold, zeros_disclosive)
    hidden = secondary_suppression(counts, primary)
    if not primary.to_numpy().any():
        return CheckResult("small_cells", Status.PASS,
                           f"no cell below {threshold}" + (" and no zeros" if zeros_disclosive else ""),
                           thresholds), counts.mask(hidden)
    thresholds["protection_interval"] = interval
    before = hidden.to_numpy()
    mask, protected = protect(counts.to_numpy(dtype=float), before, interval,
                              totals=_totals(counts))
    audited = (mask & ~before).sum()
    hidden = pd.DataFrame(mask, index=counts.index, columns=counts.columns)
    safe = counts.mask(hidden)
    values, first = counts.to_numpy(), primary.to_numpy()
    # By position: row labels may be tuples (several row variables), which .stack() would
    # spread over more index levels than a (row, column) pair.
    details = pd.DataFrame([{"row": counts.index[i], "column": counts.columns[j],
                             "count": int(values[i, j]),
                             "why": "below threshold" if first[i, j] else
                             "secondary" if before[i, j] else "audit"}
                            for i, j in np.argwhere(mask)])
    n_primary = int(primary.to_numpy().sum())
    reason = (f"{n_primary} cells below {threshold}" + (" or zero" if zeros_disclosive else "")
              + f"; {int(mask.sum()) - n_primary} more suppressed so that totals cannot reveal "
              f"them (no suppressed cell can be narrowed below {interval:g}"
              + (f"; {int(audited)} added by the audit)" if audited else ")"))
    if not protected:
        reason = (f"{n_primary} cells below {threshold}; the published totals would reveal a "
                  f"suppressed cell to within less than {interval:g} whatever else is hidden "
                  "(a row or column total is itself small): the whole table is withheld; "
                  "combine categories")
    status = Status.SUPPRESSED if protected else Status.FAIL
    return CheckResult("small_cells", status, reason, thresholds, details), safe


def _largest(contributions: pd.DataFrame, cell: list[str], value: str, n: int
             ) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series]:
    """Per cell with contributors: its total, the sum of its n largest contributions, the
    largest and the second largest (0 with one contributor): what dominance and the p% rule
    read."""
    ranked = contributions.sort_values(value, ascending=False).groupby(cell, observed=True)[value]
    return (ranked.sum(), ranked.apply(lambda s: s.head(n).sum()),
            ranked.apply(lambda s: s.iloc[0]),
            ranked.apply(lambda s: s.iloc[1] if len(s) > 1 else 0.0))


def check_magnitudes(contributions: pd.DataFrame, cell: list[str], value: str,
                     n: int = DOMINANCE_N, k: float = DOMINANCE_K,
                     p: float = P_RATIO, at_boundary: bool = True) -> CheckResult:
    """Dominance and p-ratio for a table of sums, given one row per contributor and cell.

    With `at_boundary` (the default, as ACRO) a cell whose n largest contributors make up
    exactly k of it is dominated (>=): at the boundary they can still estimate each other to
    within the share the rule is meant to protect."""
    thresholds = {"dominance_n": n, "dominance_k": k, "p_ratio": p,
                  "dominance_at_boundary": ">=" if at_boundary else ">"}
    total, top_n, first, second = _largest(contributions, cell, value, n)
    slack = 1e-9 * total.abs()  # k * total is not exact in binary: 0.9 * 100 > 90
    dominated = (top_n >= k * total - slack) if at_boundary else (top_n > k * total + slack)
    p_fail = (total - first - second) < p * first
    bad = (dominated | p_fail).rename("disclosive")
    if not bad.any():
        return CheckResult("magnitudes", Status.PASS,
                           f"no cell dominated by {n} contributors or failing the p-ratio",
                           thresholds)
    details = pd.DataFrame({"total": total, "dominance": dominated, "p_ratio": p_fail})[bad]
    return CheckResult("magnitudes", Status.FAIL,
                       f"{int(bad.sum())} cells could let a contributor estimate another's value",
                       thresholds, details.reset_index())


def magnitude_protection(contributions: pd.DataFrame, cell: list[str], value: str,
                         index: pd.Index, n: int = DOMINANCE_N, k: float = DOMINANCE_K,
                         p: float = P_RATIO, share: float = MAGNITUDE_PROTECTION
                         ) -> pd.DataFrame:
    """How well each cell of a table of sums (over `index`) must be protected once withheld,
    computed on the true values: it says how close to a cell an intruder may get, so it is
    never printed. Two columns:

    - `interval`: the least width of the interval an intruder can derive, `share` of the
      cell's value (policy: magnitude_protection), so that no withheld sum is given back
      exactly or nearly; a cell that sums to zero (no contributors, or all zero) gets `share`
      of the smallest positive cell, so that the totals cannot show that it is empty;
    - `above`: the upper protection level of the sensitivity rules (Hundepool et al. 2012,
      ch. 4), how far above the true value the intruder's upper bound must reach: for the
      p% rule p*x1 - (X - x1 - x2) (the second largest contributor, subtracting its own
      value from the bound, must not get within p of the largest), for the dominance rule
      (x1 + ... + xn) / k - X; 0 for a cell neither rule makes sensitive."""
    total, top_n, first, second = _largest(contributions, cell, value, n)
    above = np.maximum(p * first - (total - first - second), top_n / k - total).clip(lower=0.0)
    total = total.reindex(index).fillna(0.0)
    positive = total[total > 0]
    floor = share * float(positive.min()) if len(positive) else 0.0
    interval = (share * total.abs()).where(total != 0, floor)
    return pd.DataFrame({"interval": interval, "above": above.reindex(index).fillna(0.0)})


def _totals(table: pd.DataFrame) -> list[list[tuple[int, int]]]:
    """The totals an intruder is assumed to know (suppression_audit.published_totals): with
    several row variables, also those of every coarser grouping of the same records."""
    keys = list(table.index) if isinstance(table.index, pd.MultiIndex) else None
    return published_totals(table.shape, keys)


def _grid(cells: pd.Series) -> pd.DataFrame:
    """A flat table of cells (index: the cell variables) as rows x the last variable."""
    if isinstance(cells.index, pd.MultiIndex):
        return cells.unstack(level=-1)
    return cells.rename(None).to_frame("cell")


def protect_magnitudes(sums: pd.Series, withheld: pd.Series, levels: pd.DataFrame
                       ) -> tuple[pd.Series, bool]:
    """Secondary suppression for a table of sums, given as flat Series over the cell
    variables (the last is the column, the others the rows, as `workbench check-table` lays
    it out), with `levels` from `magnitude_protection`: further cells are hidden until no
    withheld cell can be narrowed below its levels from the published cells and the row,
    column and grand totals (and those of coarser groupings of several row variables).
    Returns the new mask (same index) and whether protection holds."""
    table = _grid(sums.fillna(0.0).astype(float))

    def grid(cells: pd.Series, missing: float) -> np.ndarray:
        return _grid(cells.astype(float)).reindex_like(table).fillna(missing).to_numpy()

    hidden = grid(withheld, 1.0).astype(bool)
    interval = grid(levels["interval"].where(withheld, 0.0), 0.0)
    above = grid(levels["above"].where(withheld, 0.0), 0.0)
    mask, protected = protect(table.to_numpy(), hidden, interval, above, strategy="rectangle",
                              totals=_totals(table))
    flat = pd.DataFrame(mask, index=table.index, columns=table.columns)
    flat = flat.stack(future_stack=True) if isinstance(sums.index, pd.MultiIndex) \
        else flat.iloc[:, 0]
    return flat.reindex(sums.index).fillna(True).astype(bool), protected


def nhs_rounding(counts: pd.DataFrame, suppress_max: int = 7, round_to: int = 5) -> pd.DataFrame:
    """Suppress 1-7 and round every other count to the nearest 5 (zeros stay zero)."""
    rounded = (np.floor(counts / round_to + 0.5) * round_to).astype("Int64")
    return rounded.mask((counts >= 1) & (counts <= suppress_max))
