"""`workbench deidentify FILE` reads files as ingest does: UTF-16 with a BOM, and a file mixing
UTF-8 and Windows-1252 refused with its first bad line (never turned into mojibake)."""

from __future__ import annotations

import pandas as pd

from tests.cli_helpers import run_cli

ROWS = "id,text\nn1,Saw Ioana Popescu today.\nn2,No one named.\n"


def test_a_utf16_file_is_read(tmp_path):
    src = tmp_path / "notes.csv"
    src.write_bytes(ROWS.encode("utf-16"))  # with its BOM, as Excel's "Unicode text" saves
    out = tmp_path / "deid.csv"
    result = run_cli(["deidentify", str(src), "-o", str(out), "--keep-column", "id", "--quiet"])
    assert result.returncode == 0, result.stderr
    written = pd.read_csv(out, dtype=str)
    assert written.id.tolist() == ["n1", "n2"] and "Popescu" not in " ".join(written.text)


def test_a_file_mixing_utf8_and_windows_1252_is_refused_with_its_line(tmp_path):
    src = tmp_path / "notes.csv"
    src.write_bytes("id,text\nn1,Saw Ioana at café.\n".encode()
                    + "n2,Met Zoë.\n".encode("cp1252"))
    result = run_cli(["deidentify", str(src), "-o", str(tmp_path / "deid.csv"),
                      "--keep-column", "id", "--quiet"])
    assert result.returncode == 2 and "line 3" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "deid.csv").exists()
