"""Audit a table with suppressed cells the way an intruder would attack it.

"No row or column with exactly one suppressed cell" is necessary, not sufficient: two blocks
of suppressed cells joined by one cell can let that cell be computed exactly from the totals.
So for every suppressed cell that needs protection we solve two linear programmes
(scipy.optimize.linprog, HiGHS): the smallest and the largest value it can take given every
published cell, the row, column and grand totals, and non-negativity. If the interval is too
narrow, further cells are suppressed until it is not.

Counts: every suppressed cell's interval must be at least the protection interval wide
(policy: protection_interval). Sums: each withheld cell has its own levels
(ethics/checks/small_cells.py, `magnitude_protection`), computed on true values and never
printed: a width (policy: magnitude_protection, a share of the cell) and, for a cell that the
p% or dominance rule made sensitive, an upper protection level, how far above the true value
the upper bound must reach (Hundepool et al. 2012, ch. 4); cells hidden only to protect
others need neither.

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


def _levels(values: np.ndarray, level: float | np.ndarray | None) -> np.ndarray:
    return np.broadcast_to(np.asarray(0.0 if level is None else level, dtype=float),
                           np.shape(values))


def shortfall(values: np.ndarray, hidden: np.ndarray, interval: float | np.ndarray,
              above: np.ndarray | None = None) -> tuple[tuple[int, int], float] | None:
    """The first hidden cell that is not protected, and by how much (a solver failure counts
    as no interval at all), or None when every hidden cell is protected.

    A cell is protected when its feasible interval is at least `interval` wide and its upper
    bound at least `above` over its true value (the upper protection level of the rule that
    made it sensitive). Each is one number or one per cell; a cell with 0 for both needs no
    protection and is not solved for."""
    values = np.asarray(values, dtype=float)
    width, upper = _levels(values, interval), _levels(values, above)
    hidden = np.asarray(hidden, dtype=bool)
    # Counts are whole numbers; sums are not: allow for the solver's rounding relative to
    # the table's size.
    tol = 1e-9 if np.ndim(interval) == 0 else 1e-9 * max(1.0, float(np.abs(values).sum()))
    for cell, low, high in _bounds(values, hidden, which=hidden & ((width > 0) | (upper > 0))):
        short = max(width[cell] - (high - low), upper[cell] - (high - values[cell]))
        if not short <= tol:  # nan (solver failed) is not protected
            return cell, (max(width[cell], upper[cell]) if np.isnan(short) else float(short))
    return None


def first_exposed(values: np.ndarray, hidden: np.ndarray, interval: float | np.ndarray,
                  above: np.ndarray | None = None) -> tuple[int, int] | None:
    """The first hidden cell that is not protected (see `shortfall`), or None."""
    found = shortfall(values, hidden, interval, above)
    return None if found is None else found[0]


def _rectangle(values: np.ndarray, hidden: np.ndarray, cell: tuple[int, int], width: float,
               upper: float) -> list[tuple[int, int]]:
    """The cheapest rectangle of cells around `cell` that could protect it on its own (the
    hypercube method's idea for two-way tables, Hundepool et al. 2012, ch. 4): with the cells
    (r, c2), (r2, c) and (r2, c2) hidden, the cell can rise by t while the first two fall by t
    and the corner rises, so its upper bound rises by min(values[r, c2], values[r2, c]) and
    its lower bound falls by min(values[r, c], values[r2, c2]). Cheapest: the least total
    value newly hidden. Empty when no rectangle with a new cell is enough."""
    rows, cols = values.shape
    r, c = cell
    best, best_cost = [], np.inf
    for r2 in range(rows):
        for c2 in range(cols):
            if r2 == r or c2 == c:
                continue
            up = min(values[r, c2], values[r2, c])
            down = min(values[r, c], values[r2, c2])
            if up < upper or up + down < width:
                continue
            new = [x for x in ((r, c2), (r2, c), (r2, c2)) if not hidden[x]]
            cost = sum(values[x] for x in new)
            if new and cost < best_cost:
                best, best_cost = new, cost
    return best


def protect(values: np.ndarray, hidden: np.ndarray, interval: float | np.ndarray,
            above: np.ndarray | None = None, strategy: str = "smallest"
            ) -> tuple[np.ndarray, bool]:
    """Suppress further cells until every hidden cell is protected (see `shortfall`).

    Each round takes the first exposed cell and hides further cells: with the "smallest"
    strategy (counts) the smallest published cell of its row or column (anywhere in the table
    when its row and column are all hidden); with "rectangle" (sums, whose cells differ by
    orders of magnitude) the cheapest rectangle that could protect it on its own
    (`_rectangle`), or failing that the smallest cell of its row or column that is at least
    the shortfall, else the largest. The audit is run again after each round. Returns the
    new mask and whether protection holds (False when even hiding every cell cannot, e.g. a
    published total is itself below the interval)."""
    values = np.asarray(values, dtype=float)
    hidden = np.asarray(hidden, dtype=bool).copy()
    width, upper = _levels(values, interval), _levels(values, above)
    if not hidden.any():
        return hidden, True
    for _ in range(hidden.size + 1):
        found = shortfall(values, hidden, interval, above)
        if found is None:
            return hidden, True
        if hidden.all():
            return hidden, False
        (r, c), short = found
        if strategy == "rectangle":
            cells = _rectangle(values, hidden, (r, c), width[r, c], upper[r, c])
            if cells:
                for cell in cells:
                    hidden[cell] = True
                continue
        line = np.zeros_like(hidden)
        line[r, :] = True
        line[:, c] = True
        pool = line & ~hidden
        if not pool.any():
            pool = ~hidden
        if strategy == "rectangle":
            enough = pool & (values >= short)
            if enough.any():
                pick = np.where(enough, values, np.inf).argmin()
            else:
                pick = np.where(pool, values, -np.inf).argmax()
        else:
            pick = np.where(pool, values, np.inf).argmin()
        hidden[np.unravel_index(int(pick), hidden.shape)] = True
    return hidden, shortfall(values, hidden, interval, above) is None
