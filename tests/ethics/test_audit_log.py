"""The audit log detects an edited, reordered or deleted entry, and a cut-off tail."""

from __future__ import annotations

import json

import pytest

from ethics.audit_log import AuditError, AuditLog


@pytest.fixture
def log(tmp_path):
    audit = AuditLog(tmp_path / "audit_log.jsonl", b"k" * 32)
    for i in range(4):
        audit.append("request", {"request_id": f"R{i}"}, actor="evaluator")
    return audit


def rewrite(log: AuditLog, lines: list[str]) -> None:
    log.path.write_text("".join(line + "\n" for line in lines))


def test_a_clean_log_verifies_and_lists_its_entries(log):
    assert [e["details"]["request_id"] for e in log.entries()] == ["R0", "R1", "R2", "R3"]


def test_an_edited_entry_is_named(log):
    lines = log.path.read_text().splitlines()
    entry = json.loads(lines[1])
    entry["actor"] = "someone else"
    lines[1] = json.dumps(entry, sort_keys=True)
    rewrite(log, lines)
    with pytest.raises(AuditError, match="line 2 was changed"):
        log.verify()


def test_reordered_entries_are_detected(log):
    lines = log.path.read_text().splitlines()
    lines[1], lines[2] = lines[2], lines[1]
    rewrite(log, lines)
    with pytest.raises(AuditError, match="line 2 is out of order"):
        log.verify()


def test_a_deleted_entry_is_detected(log):
    lines = log.path.read_text().splitlines()
    del lines[1]
    rewrite(log, lines)
    with pytest.raises(AuditError, match="line 2"):
        log.verify()


def test_a_forged_entry_without_the_key_is_detected(log):
    forger = AuditLog(log.path, b"x" * 32)
    with pytest.raises(AuditError, match="line 1 was changed"):
        forger.append("approve", {}, actor="intruder")


def test_nothing_is_appended_to_a_broken_log(log):
    lines = log.path.read_text().splitlines()
    rewrite(log, lines[:1] + lines[2:])
    before = log.path.read_text()
    with pytest.raises(AuditError):
        log.append("export", {}, actor="evaluator")
    assert log.path.read_text() == before


def test_a_checkpoint_detects_a_cut_off_tail(log):
    checkpoint = log.checkpoint().as_dict()
    log.verify_checkpoint(checkpoint)  # passes while the log is whole
    log.append("export", {"request_id": "R3"}, actor="evaluator")
    log.verify_checkpoint(checkpoint)  # a longer log still holds the checkpointed entries
    lines = log.path.read_text().splitlines()
    rewrite(log, lines[:3])  # cut: still a valid chain on its own
    log.verify()
    with pytest.raises(AuditError, match="the end of the log was cut off"):
        log.verify_checkpoint(checkpoint)


def test_a_checkpoint_from_another_project_is_refused(log, tmp_path):
    other = AuditLog(tmp_path / "other.jsonl", b"o" * 32)
    other.append("request", {}, actor="x")
    with pytest.raises(AuditError, match="signature does not match"):
        log.verify_checkpoint(other.checkpoint().as_dict())


@pytest.fixture
def signed_log(tmp_path):
    from ethics.signing import generate_key

    alice = generate_key(tmp_path / "alice")
    audit = AuditLog(tmp_path / "signed.jsonl", b"k" * 32, {alice.fingerprint: alice.public_key})
    audit.append("request", {"request_id": "R0"}, actor="alice", signer=alice)
    return audit, alice


def test_in_a_project_with_a_roster_every_entry_is_signed_by_its_author(signed_log, tmp_path):
    from ethics.signing import generate_key

    log, alice = signed_log
    with pytest.raises(AuditError, match="must be signed"):
        log.append("decision", {"request_id": "R0"}, actor="alice")
    # Someone holding the audit key but no roster key writes a well-chained, keyed entry:
    intruder = AuditLog(log.path, log.key)
    intruder.append("decision", {"request_id": "R0"}, actor="alice",
                    signer=generate_key(tmp_path / "mallory"))
    with pytest.raises(AuditError, match="line 2 is not signed by a key in the roster"):
        log.verify()


def test_an_entry_reattributed_to_another_key_is_detected(signed_log, tmp_path):
    from ethics.signing import generate_key

    log, alice = signed_log
    bob = generate_key(tmp_path / "bob")
    log.keys[bob.fingerprint] = bob.public_key
    lines = log.path.read_text().splitlines()
    entry = json.loads(lines[0])
    entry["sig"]["key"] = bob.fingerprint
    entry.pop("mac")
    from workbench.core.integrity import sign

    entry["mac"] = sign(log.key, entry)  # the HMAC is re-made: the audit key is no defence
    rewrite(log, [json.dumps(entry, sort_keys=True)])
    with pytest.raises(AuditError, match="line 1 was changed"):
        log.verify()


def test_a_head_recorded_earlier_detects_a_cut_log(signed_log):
    log, alice = signed_log
    head = log.head()
    log.append("export", {"request_id": "R0"}, actor="alice", signer=alice)
    log.verify_head(head, "the decision")
    rewrite(log, [])
    with pytest.raises(AuditError, match="the end of the log was cut off"):
        log.verify_head(head, "the decision")
