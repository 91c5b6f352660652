"""Audit a table with suppressed cells the way an intruder would attack it.

"No row or column with exactly one suppressed cell" is necessary, not sufficient: two blocks
of suppressed cells joined by one cell can let that cell be computed exactly from the totals.
So for every suppressed cell we solve two linear programmes (scipy.optimize.linprog, HiGHS):
the smallest and the largest value it can take given every published cell, the row, column
and grand totals, and non-negativity. The interval must be at least the protection interval
wide (policy: protection_interval); if it is not, further cells are suppressed until it is.

Totals assumed published: the grand total always; row totals when a row has more than one
cell, column totals when a column has more than one cell (a one-cell total is the cell).
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import linprog


def _bounds(values: np.ndarray, hidden: np.ndarray):
    """Yield ((row, col), lowest, highest) for each hidden cell in row-major order."""
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


def first_exposed(values: np.ndarray, hidden: np.ndarray, interval: float
                  ) -> tuple[int, int] | None:
    """The first hidden cell whose feasible interval is narrower than `interval` (a solver
    failure counts as exposed), or None when every hidden cell is protected."""
    for cell, low, high in _bounds(values, hidden):
        if not (high - low >= interval - 1e-9):
            return cell
    return None


def protect(values: np.ndarray, hidden: np.ndarray, interval: float
            ) -> tuple[np.ndarray, bool]:
    """Suppress further cells until no hidden cell can be narrowed below `interval`.

    Each round takes the first exposed cell and hides the smallest published cell of its
    row or column (anywhere in the table when its row and column are all hidden). Returns the
    new mask and whether protection holds (False when even hiding every cell cannot, e.g. a
    published total is itself below the interval)."""
    values = np.asarray(values, dtype=float)
    hidden = np.asarray(hidden, dtype=bool).copy()
    if not hidden.any():
        return hidden, True
    for _ in range(hidden.size + 1):
        cell = first_exposed(values, hidden, interval)
        if cell is None:
            return hidden, True
        if hidden.all():
            return hidden, False
        r, c = cell
        line = np.zeros_like(hidden)
        line[r, :] = True
        line[:, c] = True
        pool = line & ~hidden
        if not pool.any():
            pool = ~hidden
        candidates = np.where(pool, values, np.inf)
        hidden[np.unravel_index(int(np.argmin(candidates)), hidden.shape)] = True
    return hidden, first_exposed(values, hidden, interval) is None
