"""Run the `workbench` command inside the test process.

`run_cli` gives what `subprocess.run([python, "-m", "workbench.cli", ...], capture_output=True,
text=True)` gives (a CompletedProcess with returncode, stdout and stderr) without starting a
Python and importing pandas, statsmodels and Presidio for every call. What a process boundary
would have isolated is restored here: standard input, output and error, and the working
directory. A bug's traceback goes to stderr with exit status 1, as Python itself would do.
Worker processes (`--workers 2`) are forked from the test process and write nothing to the
captured streams, as before.

Two tests still start a real process, one per entry point (tests/workbench/test_cli.py).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import traceback
from contextlib import redirect_stderr, redirect_stdout

from workbench.cli import main


def run_cli(args, stdin: str | None = None) -> subprocess.CompletedProcess:
    """`workbench ARGS...` in process; `stdin` is the text on standard input (default none)."""
    argv = [str(a) for a in args]
    out, err = io.StringIO(), io.StringIO()
    cwd, real_stdin = os.getcwd(), sys.stdin
    sys.stdin = io.StringIO(stdin or "")
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse: --help, usage errors
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
                if isinstance(exc.code, str):
                    print(exc.code, file=sys.stderr)
            except Exception:  # noqa: BLE001 - a bug: report it as the interpreter would
                traceback.print_exc()
                code = 1
    finally:
        sys.stdin = real_stdin
        os.chdir(cwd)
    return subprocess.CompletedProcess(["workbench", *argv], code, out.getvalue(), err.getvalue())
