"""`workbench deidentify - -o -` streams: a bad line after rows already went out is named with
how many rows were written, so nobody keeps a partial output by mistake."""

from __future__ import annotations

import json

from tests.cli_helpers import run_cli


def test_a_late_bad_line_says_how_many_rows_already_went_out():
    good = [json.dumps({"id": f"n{i}", "text": "No one named here."}) for i in range(300)]
    stdin = "\n".join([*good, "{not json"]) + "\n"
    out = run_cli(["deidentify", "-", "-o", "-", "--keep-column", "id", "--quiet"], stdin=stdin)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    error = next(line for line in out.stderr.splitlines() if line.startswith("error:"))
    assert "line 301" in error and "rows had already been written" in error
    written = int(error.split("; ")[-1].split()[0])
    assert written == len(out.stdout.splitlines()) > 0
