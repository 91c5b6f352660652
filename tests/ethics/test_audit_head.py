"""`audit verify` prints the log's head, to be kept outside the data directory: a log cut back
together with the records that vouched for its end can only be noticed against that copy."""

from __future__ import annotations

from ethics.audit_log import AuditLog
from tests.ethics.conftest import new_project, wb
from workbench.core.zones import open_data_dir


def test_audit_verify_prints_the_head_that_a_cut_log_no_longer_has(deidentified, keys, tmp_path):
    project = new_project(deidentified, tmp_path, keys)
    out = wb("audit", "verify", "--data", str(project))
    assert out.returncode == 0, out.stderr
    head = AuditLog.for_data_dir(open_data_dir(project)).head()
    line = next(x for x in out.stdout.splitlines() if x.startswith("Head:"))
    assert f"{head['entries']} entries, last {head['last_hash']}" in line
    log = project / "audit_log.jsonl"
    log.write_text("".join(log.read_text().splitlines(keepends=True)[:-1]))
    after = wb("audit", "verify", "--data", str(project))
    assert after.returncode != 0 or line not in after.stdout  # the kept copy no longer matches
