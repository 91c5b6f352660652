"""One-line errors from the gate's commands (issue 12): a malformed request id, a corrupt
request.json or decision.json, duplicate spec columns and an audit log that is a folder each
give one `error:` line naming what is wrong and exit status 2, never a traceback; and a
decision is written whole or not at all."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from ethics.audit_log import LOG_NAME
from tests.conftest import REPO, copy_gate
from tests.ethics.conftest import wb

SPEC = REPO / "examples" / "export_request.yaml"


@pytest.fixture(scope="module")
def gate(tmp_path_factory, approved_gate):
    """A copy of the session's approved project (tests/conftest.py): Rita reviews; request A
    approved (and exported), request B not reviewed."""
    root = copy_gate(approved_gate, tmp_path_factory.mktemp("gate-errors"))
    return root, approved_gate.a, approved_gate.b


def refused(out, *words: str) -> bool:
    lines = out.stderr.strip().splitlines()
    return (out.returncode == 2 and len(lines) == 1 and lines[0].startswith("error: ")
            and "Traceback" not in out.stderr and all(w in lines[0] for w in words))


def commands(root: Path, request_id: str, keys, tmp_path: Path) -> list[tuple[str, ...]]:
    return [("review", request_id, "--data", str(root), "--key", str(keys["rita"]), "--reject"),
            ("export", request_id, "--data", str(root), "-o", str(tmp_path / "pkg"),
             "--key", str(keys["rita"]))]


@pytest.mark.parametrize("request_id", [
    "REQ-20250101-" + "a" * 287,  # 300 characters: longer than a file name may be
    "../../keys", "REQ-20250101-zz", ".", "REQ-20250101-abc123/../..", "REQ-2025-abc123",
    "req-20250101-abc123", "REQ-20250101-abc123\n"])
def test_a_request_id_of_the_wrong_shape_is_refused_before_any_file_is_touched(
        gate, keys, tmp_path, request_id):
    root, _, _ = gate
    for args in commands(root, request_id, keys, tmp_path):
        out = wb(*args)
        assert refused(out, "request id", "REQ-YYYYMMDD-"), (args[0], out.stderr)
        assert len(out.stderr) < 300
    assert not (tmp_path / "pkg").exists()


class Replaced:
    """Replace a file's bytes for the length of a `with` block."""

    def __init__(self, path: Path, content: bytes):
        self.path, self.content = path, content

    def __enter__(self):
        self.original = self.path.read_bytes()
        self.path.write_bytes(self.content)

    def __exit__(self, *exc):
        self.path.write_bytes(self.original)


CORRUPT = [b'{"request_id": "REQ-', b"[1, 2]", b"\xff\xfe\x00garbage", b""]


@pytest.mark.parametrize("content", CORRUPT)
def test_a_corrupt_request_json_is_named_by_every_gate_command(gate, keys, tmp_path, content):
    root, a, b = gate
    path = root / "exports" / "requests" / b / "request.json"
    with Replaced(path, content):
        for args in [*commands(root, b, keys, tmp_path), ("audit", "verify", "--data", str(root))]:
            out = wb(*args)
            assert refused(out, f"{b}/request.json"), (args[0], out.stderr)
        assert not (path.parent / "decision.json").exists()
    assert wb("audit", "verify", "--data", str(root)).returncode == 0


@pytest.mark.parametrize("content", CORRUPT)
def test_a_corrupt_decision_json_is_named_by_every_gate_command(gate, keys, tmp_path, content):
    root, a, _ = gate
    path = root / "exports" / "requests" / a / "decision.json"
    with Replaced(path, content):
        for args in [*commands(root, a, keys, tmp_path), ("audit", "verify", "--data", str(root))]:
            out = wb(*args)
            assert refused(out, f"{a}/decision.json"), (args[0], out.stderr)
        assert not (tmp_path / "pkg").exists()


def test_a_corrupt_package_manifest_is_reported_not_a_traceback(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "manifest.json").write_bytes(b"\xff\xfe[")
    out = wb("verify", str(tmp_path / "pkg"))
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert "manifest.json" in out.stdout + out.stderr


def test_duplicate_columns_in_a_spec_table_are_refused(gate, keys, write_spec):
    root, _, _ = gate
    before = sorted((root / "exports").rglob("*"))
    out = wb("request-export", str(write_spec({"service_users": ["user_id", "site", "site"]})),
             "--data", str(root), "--key", str(keys["evie"]))
    assert refused(out, "service_users", "'site'", "more than once"), out.stderr
    assert sorted((root / "exports").rglob("*")) == before


def test_an_audit_log_that_is_a_folder_is_refused_by_every_gate_command(gate, keys, tmp_path):
    root, a, b = gate
    log = root / LOG_NAME
    aside = tmp_path / "log-aside"
    shutil.move(log, aside)
    log.mkdir()
    try:
        for args in [*commands(root, b, keys, tmp_path)[:1], *commands(root, a, keys, tmp_path)[1:],
                     ("audit", "verify", "--data", str(root)),
                     ("request-export", str(SPEC), "--data", str(root), "--key",
                      str(keys["evie"]))]:
            out = wb(*args)
            assert refused(out, LOG_NAME, "folder"), (args[0], out.stderr)
    finally:
        log.rmdir()
        shutil.move(aside, log)
    assert not (root / "exports" / "requests" / b / "decision.json").exists()
    assert wb("audit", "verify", "--data", str(root)).returncode == 0


def test_a_decision_is_written_whole_or_not_at_all(gate, keys, monkeypatch):
    """A full disk while the decision is written leaves no half-written decision.json (which
    would block every later review and export of the request)."""
    from ethics.review import review

    root, _, b = gate
    real = Path.write_text

    def disk_full(self, text, *args, **kwargs):
        if "decision.json" in self.name:
            real(self, text[: len(text) // 2], *args, **kwargs)
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", disk_full)
    with pytest.raises(OSError):
        review(b, root, keys["rita"], approve=False, comment="disk full")
    monkeypatch.undo()
    folder = root / "exports" / "requests" / b
    assert [p.name for p in folder.iterdir() if "decision" in p.name] == []
