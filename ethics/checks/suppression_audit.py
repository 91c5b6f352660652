"""Audit a table with suppressed cells the way an intruder would attack it.

"No row or column with exactly one suppressed cell" is necessary, not sufficient: two blocks
of suppressed cells joined by one cell can let that cell be computed exactly from the totals.
So for every suppressed cell that needs protection we solve two linear programmes
(HiGHS, through highspy: one model per table, its objective changed per cell, about ten
times faster than a fresh scipy.optimize.linprog each time, with the same optima): the
smallest and the largest value it can take given every published cell, the row, column and
grand totals, and non-negativity. If the interval is too
narrow, further cells are suppressed until it is not.

Counts: every suppressed cell's interval must be at least the protection interval wide
(policy: protection_interval). Sums: each withheld cell has its own levels
(ethics/checks/small_cells.py, `magnitude_protection`), computed on true values and never
printed: a width (policy: magnitude_protection, a share of the cell) and, for a cell that the
p% or dominance rule made sensitive, an upper protection level, how far above the true value
the upper bound must reach (Hundepool et al. 2012, ch. 4); cells hidden only to protect
others need neither.

Totals assumed published (`published_totals`): the grand total always; row totals when a row
has more than one cell, column totals when a column has more than one cell (a one-cell total
is the cell); and when the rows are combinations of several variables, the totals of every
coarser grouping of them (what a second table of the same records would show).
"""

from __future__ import annotations

from itertools import combinations

import highspy
import numpy as np


Cell = tuple[int, int]


def published_totals(shape: tuple[int, int], row_keys: list[tuple] | None = None
                     ) -> list[list[Cell]]:
    """The groups of cells whose totals are assumed published: each row, each column and the
    whole table. With `row_keys` (one tuple per row, when the rows are combinations of
    several variables, e.g. site and setting), also every coarser grouping of the same
    records: for each subset of the row variables, the rows that share its values, per
    column and over all columns (the table by site alone, by setting alone...), so that a
    second table of the same records grouped more coarsely cannot give a cell back by
    subtraction. A group of one cell is left out (its total is the cell), except the whole
    table: the grand total is always published."""
    rows, cols = shape
    keys = [(r,) for r in range(rows)] if row_keys is None else [tuple(k) for k in row_keys]
    depth = len(keys[0]) if keys else 1
    groups: set[tuple[Cell, ...]] = set()
    for size in range(depth + 1):
        for levels in combinations(range(depth), size):
            by_key: dict[tuple, list[int]] = {}
            for r, key in enumerate(keys):
                by_key.setdefault(tuple(key[i] for i in levels), []).append(r)
            for members in by_key.values():
                groups.update(tuple((r, c) for r in members) for c in range(cols))
                groups.add(tuple((r, c) for r in members for c in range(cols)))
    whole = tuple((r, c) for r in range(rows) for c in range(cols))
    return [list(g) for g in sorted(groups, key=lambda g: (len(g), g))
            if len(g) > 1 or g == whole]


def _bounds(values: np.ndarray, hidden: np.ndarray, which: np.ndarray | None = None,
            totals: list[list[Cell]] | None = None):
    """Yield ((row, col), lowest, highest) for each hidden cell in row-major order (only the
    cells marked in `which`, when given; the constraints always span every hidden cell), with
    the totals of `totals` (default: `published_totals`) known to the intruder."""
    values = np.asarray(values, dtype=float)
    hidden = np.asarray(hidden, dtype=bool)
    cells = [(int(r), int(c)) for r, c in np.argwhere(hidden)]
    n = len(cells)
    if n == 0:
        return
    index = {cell: i for i, cell in enumerate(cells)}
    a_eq, b_eq = [], []
    for members in published_totals(values.shape) if totals is None else totals:
        hid = [index[m] for m in members if m in index]
        if hid:
            row = np.zeros(n)
            row[hid] = 1.0
            a_eq.append(row)
            b_eq.append(sum(values[m] for m in members if m in index))  # total - published
    model = _model(n, a_eq, b_eq)
    columns = np.arange(n, dtype=np.int32)
    for i, cell in enumerate(cells):
        if which is not None and not which[cell]:
            continue
        cost = np.zeros(n)
        cost[i] = 1.0
        model.changeColsCost(n, columns, cost)
        found = []
        for sense in (highspy.ObjSense.kMinimize, highspy.ObjSense.kMaximize):
            model.changeObjectiveSense(sense)
            model.run()
            optimal = model.getModelStatus() == highspy.HighsModelStatus.kOptimal
            found.append(model.getInfo().objective_function_value if optimal else np.nan)
        yield cell, found[0], found[1]


def _model(n: int, rows: list[np.ndarray], totals: list[float]) -> highspy.Highs:
    """The intruder's linear programme: n hidden cells, non-negative, with the known totals."""
    model = highspy.Highs()
    model.setOptionValue("output_flag", False)
    model.addVars(n, np.zeros(n), np.full(n, highspy.kHighsInf))
    for row, total in zip(rows, totals):
        members = np.flatnonzero(row).astype(np.int32)
        model.addRow(total, total, len(members), members, row[members])
    return model


def cell_bounds(values: np.ndarray, hidden: np.ndarray,
                totals: list[list[Cell]] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(lowest, highest) value of each hidden cell (in row-major order of `hidden`) that is
    consistent with the published cells and totals; nan where the solver fails."""
    found = list(_bounds(values, hidden, totals=totals))
    return (np.array([lo for _, lo, _ in found]), np.array([hi for _, _, hi in found]))


def _levels(values: np.ndarray, level: float | np.ndarray | None) -> np.ndarray:
    return np.broadcast_to(np.asarray(0.0 if level is None else level, dtype=float),
                           np.shape(values))


def shortfall(values: np.ndarray, hidden: np.ndarray, interval: float | np.ndarray,
              above: np.ndarray | None = None, totals: list[list[Cell]] | None = None
              ) -> tuple[Cell, float] | None:
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
    need = hidden & ((width > 0) | (upper > 0))
    for cell, low, high in _bounds(values, hidden, which=need, totals=totals):
        short = max(width[cell] - (high - low), upper[cell] - (high - values[cell]))
        if not short <= tol:  # nan (solver failed) is not protected
            return cell, (max(width[cell], upper[cell]) if np.isnan(short) else float(short))
    return None


def first_exposed(values: np.ndarray, hidden: np.ndarray, interval: float | np.ndarray,
                  above: np.ndarray | None = None, totals: list[list[Cell]] | None = None
                  ) -> Cell | None:
    """The first hidden cell that is not protected (see `shortfall`), or None."""
    found = shortfall(values, hidden, interval, above, totals)
    return None if found is None else found[0]


def _rectangle(values: np.ndarray, hidden: np.ndarray, cell: Cell, width: float,
               upper: float) -> list[Cell]:
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
            above: np.ndarray | None = None, strategy: str = "smallest",
            totals: list[list[Cell]] | None = None) -> tuple[np.ndarray, bool]:
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
        found = shortfall(values, hidden, interval, above, totals)
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
    return hidden, shortfall(values, hidden, interval, above, totals) is None
