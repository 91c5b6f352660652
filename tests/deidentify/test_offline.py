"""Nothing downloads at run time: loading the engine and de-identifying opens no connection."""

import subprocess
import sys

SCRIPT = """
import socket
def refuse(*args, **kwargs):
    raise SystemExit("network access attempted: " + repr(args[:1]))
socket.socket.connect = refuse
socket.create_connection = refuse
import spacy.cli
spacy.cli.download = refuse
from deidentify.engine import Deidentifier
out = Deidentifier().deidentify(["Email ana@example.com or visit www.adultads.example/p/1"])[0]
assert out.status == "ok" and "ana@" not in out.text, out
print("offline ok")
"""


def test_engine_runs_without_any_network():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "offline ok" in out.stdout
