"""A de-identified CSV is opened by people in a spreadsheet: no cell runs as a formula."""

from __future__ import annotations

import pandas as pd

from tests.cli_helpers import run_cli


def test_cells_that_start_like_a_formula_are_written_as_text(tmp_path):
    src = tmp_path / "notes.csv"
    pd.DataFrame({"id": ["=1+1", "-5", "@SUM(A1)"],
                  "text": ["=HYPERLINK(\"http://example.com\")", "No one named.", "+call"]}
                 ).to_csv(src, index=False)
    out = tmp_path / "deid.csv"
    result = run_cli(["deidentify", str(src), "-o", str(out), "--keep-column", "id", "--quiet"])
    assert result.returncode == 0, result.stderr
    written = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert written.id.tolist() == ["'=1+1", "-5", "'@SUM(A1)"]  # a plain number stays a number
    assert written.text[0].startswith("'=") and written.text[2].startswith("'+")
