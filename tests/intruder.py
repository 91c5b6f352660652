"""The intruder of the disclosure tests: for each hidden cell of a table, the smallest and
largest value consistent with everything published (the shown cells, the given totals, no
negatives). Solved with scipy's `linprog`, apart from the workbench's own audit
(ethics/checks/suppression_audit.py, on highspy), so that each checks the other."""

from __future__ import annotations

import numpy as np
from scipy.optimize import linprog

Cell = tuple[int, int]


def margins(shape: tuple[int, int]) -> list[list[Cell]]:
    """The row totals (when a row has more than one cell), column totals (likewise) and the
    grand total of a table."""
    rows, cols = shape
    lines = []
    if cols > 1:
        lines += [[(r, c) for c in range(cols)] for r in range(rows)]
    if rows > 1:
        lines += [[(r, c) for r in range(rows)] for c in range(cols)]
    lines.append([(r, c) for r in range(rows) for c in range(cols)])
    return lines


def bounds(values: np.ndarray, hidden: np.ndarray, lines: list[list[Cell]] | None = None
           ) -> dict[Cell, tuple[float, float]]:
    """[min, max] of each hidden cell (in row-major order) given the totals of `lines`
    (default: `margins`) of the true `values`."""
    values = np.asarray(values, dtype=float)
    cells = [(int(r), int(c)) for r, c in zip(*np.nonzero(hidden))]
    lines = margins(values.shape) if lines is None else lines
    a = [[1.0 if cell in line else 0.0 for cell in cells] for line in lines]
    b = [sum(values[cell] for cell in line if hidden[cell]) for line in lines]
    out = {}
    for i, cell in enumerate(cells):
        e = np.eye(len(cells))[i]
        low = linprog(e, A_eq=a, b_eq=b, bounds=(0, None), method="highs").fun
        high = -linprog(-e, A_eq=a, b_eq=b, bounds=(0, None), method="highs").fun
        out[cell] = (low, high)
    return out
