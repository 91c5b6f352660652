"""Audit a table with suppressed cells the way an intruder would attack it.

"No row or column with exactly one suppressed cell" is necessary, not sufficient: two blocks
of suppressed cells joined by one cell can let that cell be computed exactly from the totals.
So for every suppressed cell that needs protection we solve two linear programmes
(scipy.optimize.linprog, HiGHS): the smallest and the largest value it can take given every
published cell, the row, column and grand totals, and non-negativity. If the interval is too
narrow, further cells are suppressed until it is not.

The protection interval is one number for every suppressed cell of a table of counts
(policy: protection_interval), or one per cell for a table of sums: the cell's protection
level (ethics/checks/small_cells.py, `magnitude_protection`), computed on true values and
never printed, with 0 for cells hidden only to protect others.

Totals assumed published: the grand total always; row totals when a row has more than one
cell, column totals when a column has more than one cell (a one-cell total is the cell).
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import linprog


def _bounds(values: np.ndarray, hidden: np.ndarray, which: np.ndarray | None = None):
    """Yield ((row, col), lowest, highest) for each hidden cell in row-major order (only the
    cells marked in `which`, when given; the constraints always span every hidden cell)."""
    values = np.asarray(values, dtype=float)
    hidden = np.asarray(hidden, dtype=bool)
    cells = [(int(r), int(c)) for r, c in np.argwhere(hidden)]
    n = len(cells)
    if n == 0:
        return
    rows, cols = values.shape
    index = {cell: i for i, cell in enumerate(cells)}
    a_eq, b_eq = [], []

    def add(members: list[tuple[int, int]]) -> None:
        hid = [index[m] for m in members if m in index]
        if hid:
            row = np.zeros(n)
            row[hid] = 1.0
            a_eq.append(row)
            b_eq.append(sum(values[m] for m in members if m in index))  # total - published

    if cols > 1:
        for r in range(rows):
            add([(r, c) for c in range(cols)])
    if rows > 1:
        for c in range(cols):
            add([(r, c) for r in range(rows)])
    add([(r, c) for r in range(rows) for c in range(cols)])
    a, b = np.array(a_eq), np.array(b_eq)
    for i, cell in enumerate(cells):
        if which is not None and not which[cell]:
            continue
        objective = np.zeros(n)
        objective[i] = 1.0
        found = []
        for sign in (1.0, -1.0):
            res = linprog(sign * objective, A_eq=a, b_eq=b, bounds=(0, None), method="highs")
            found.append(sign * res.fun if res.status == 0 else np.nan)
        yield cell, found[0], found[1]


def cell_bounds(values: np.ndarray, hidden: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(lowest, highest) value of each hidden cell (in row-major order of `hidden`) that is
    consistent with the published cells and totals; nan where the solver fails."""
    found = list(_bounds(values, hidden))
    return (np.array([lo for _, lo, _ in found]), np.array([hi for _, _, hi in found]))


def _levels(values: np.ndarray, interval: float | np.ndarray) -> np.ndarray:
    return np.broadcast_to(np.asarray(interval, dtype=float), np.shape(values))


def shortfall(values: np.ndarray, hidden: np.ndarray, interval: float | np.ndarray
              ) -> tuple[tuple[int, int], float] | None:
    """The first hidden cell whose feasible interval is narrower than its protection
    interval, and by how much (a solver failure counts as no interval at all), or None when
    every hidden cell is protected. `interval` is one number, or one per cell (0: the cell
    needs no protection, and is not solved for)."""
    values = np.asarray(values, dtype=float)
    levels = _levels(values, interval)
    hidden = np.asarray(hidden, dtype=bool)
    # Counts are whole numbers; sums are not: allow for the solver's rounding relative to
    # the table's size.
    tol = 1e-9 if np.ndim(interval) == 0 else 1e-9 * max(1.0, float(np.abs(values).sum()))
    for cell, low, high in _bounds(values, hidden, which=hidden & (levels > 0)):
        short = levels[cell] - (high - low)
        if not short <= tol:  # nan (solver failed) is not protected
            return cell, (float(levels[cell]) if np.isnan(short) else float(short))
    return None


def first_exposed(values: np.ndarray, hidden: np.ndarray, interval: float | np.ndarray
                  ) -> tuple[int, int] | None:
    """The first hidden cell whose feasible interval is too narrow (see `shortfall`), or None
    when every hidden cell is protected."""
    found = shortfall(values, hidden, interval)
    return None if found is None else found[0]


def protect(values: np.ndarray, hidden: np.ndarray, interval: float | np.ndarray,
            take_enough: bool = False) -> tuple[np.ndarray, bool]:
    """Suppress further cells until every hidden cell is protected (see `shortfall`).

    Each round takes the first exposed cell and hides a published cell of its row or column
    (anywhere in the table when its row and column are all hidden): the smallest, or with
    `take_enough` (tables of sums, whose cells differ by orders of magnitude) the smallest
    that is at least the shortfall, so that one cell can absorb it, else the largest. Returns
    the new mask and whether protection holds (False when even hiding every cell cannot, e.g.
    a published total is itself below the interval)."""
    values = np.asarray(values, dtype=float)
    hidden = np.asarray(hidden, dtype=bool).copy()
    if not hidden.any():
        return hidden, True
    for _ in range(hidden.size + 1):
        found = shortfall(values, hidden, interval)
        if found is None:
            return hidden, True
        if hidden.all():
            return hidden, False
        (r, c), short = found
        line = np.zeros_like(hidden)
        line[r, :] = True
        line[:, c] = True
        pool = line & ~hidden
        if not pool.any():
            pool = ~hidden
        if take_enough:
            enough = pool & (values >= short)
            if enough.any():
                pick = np.where(enough, values, np.inf).argmin()
            else:
                pick = np.where(pool, values, -np.inf).argmax()
        else:
            pick = np.where(pool, values, np.inf).argmin()
        hidden[np.unravel_index(int(pick), hidden.shape)] = True
    return hidden, shortfall(values, hidden, interval) is None
