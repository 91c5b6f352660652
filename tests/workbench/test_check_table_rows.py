"""`workbench check-table` with several row variables (an attack found a traceback)."""

from __future__ import annotations

import pandas as pd

from tests.cli_helpers import run_cli


def test_several_row_variables_with_a_suppressed_cell_give_lines_not_a_traceback(tmp_path):
    src = tmp_path / "records.csv"
    rows = ([{"a": "x", "b": "p", "c": "u"}] * 40 + [{"a": "x", "b": "p", "c": "v"}] * 30
            + [{"a": "y", "b": "p", "c": "u"}] * 35 + [{"a": "y", "b": "p", "c": "v"}] * 3
            + [{"a": "y", "b": "q", "c": "u"}] * 25 + [{"a": "y", "b": "q", "c": "v"}] * 20)
    pd.DataFrame(rows).to_csv(src, index=False)
    out = run_cli(["check-table", str(src), "--rows", "a,b", "--columns", "c", "-o",
                   str(tmp_path / "safe.csv")])
    assert "Traceback" not in out.stderr
    assert out.returncode == 1  # something was withheld
    assert "below threshold" in out.stdout
