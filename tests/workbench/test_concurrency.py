"""Safe under concurrent use: commands writing to one data directory take turns, temporary
files have unique names, and nothing is half-written. Processes start together on a barrier
so that, without the lock, their reads and writes interleave."""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
from pathlib import Path

import pandas as pd

from ethics.audit_log import AuditLog
from workbench.core.zones import open_data_dir

CTX = multiprocessing.get_context("fork")
HEADER = "contact_id,user_id,contact_date,contact_type,site,establishment_id,staff_id,duration_minutes,interpreter_used"


def _appends(root: str, key: str, worker: int, barrier, n: int) -> None:
    from ethics.signing import load_signer

    log = AuditLog.for_data_dir(open_data_dir(root))
    signer = load_signer(key)
    barrier.wait()
    for i in range(n):
        log.append("review", {"request_id": f"R{worker}-{i}"}, actor="Lena Lead", signer=signer)


def _ingest(root: str, src: str, barrier) -> None:
    from workbench.cli import main

    barrier.wait()
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(["ingest", "contacts", src, "--data", root])
    os._exit(code)


def _contacts(path: Path, prefix: str, n: int) -> Path:
    rows = [f"{prefix}{i},U{i},2024-03-01,clinic,london,,S1,20,no" for i in range(n)]
    path.write_text("\n".join([HEADER, *rows]) + "\n")
    return path


def test_twenty_reviewers_and_two_ingests_at_once_keep_the_chain_and_every_table(tmp_path):
    from ethics.people import init_roster
    from ethics.signing import generate_key

    root = tmp_path / "d"
    open_data_dir(root, create=True)
    (tmp_path / "keys").mkdir()
    key = tmp_path / "keys" / "lead"
    generate_key(key)
    init_roster(root, "Lena Lead", key)  # the roster, audit key and log exist before they start
    sources = [_contacts(tmp_path / f"{p}.csv", p, 3000) for p in ("A", "B")]
    barrier = CTX.Barrier(22)
    procs = [CTX.Process(target=_appends, args=(str(root), str(key), w, barrier, 3)) for w in range(20)]
    procs += [CTX.Process(target=_ingest, args=(str(root), str(s), barrier)) for s in sources]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)
    assert [p.exitcode for p in procs] == [0] * 22

    entries = AuditLog.for_data_dir(open_data_dir(root)).entries()  # raises if the chain broke
    assert [e["seq"] for e in entries] == list(range(1, 62))  # the roster's start, then 60
    assert {e["details"]["request_id"] for e in entries[1:]} == {
        f"R{w}-{i}" for w in range(20) for i in range(3)}
    stored = pd.read_parquet(root / "identifiable" / "contacts.parquet")
    assert len(stored) == 6000 and stored.contact_id.is_unique
    leftovers = [p.name for p in root.rglob("*") if p.is_file() and p.name.endswith((".tmp", ".partial"))]
    assert leftovers == []


def _key(root: str, barrier, queue) -> None:
    from workbench.core.keys import project_key

    barrier.wait()
    queue.put(project_key(open_data_dir(root), "audit").hex())


def test_commands_creating_the_project_key_at_once_all_get_the_same_complete_key(tmp_path):
    root = tmp_path / "d"
    open_data_dir(root, create=True)
    barrier, queue = CTX.Barrier(8), CTX.Queue()
    procs = [CTX.Process(target=_key, args=(str(root), barrier, queue)) for _ in range(8)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0] * 8
    keys = {queue.get(timeout=5) for _ in procs}
    assert len(keys) == 1 and len(keys.pop()) == 64
    assert [p.name for p in (root / "keys").iterdir()] == ["audit.key"]


def _hold(root: str, barrier, release) -> None:
    from workbench.core.atomic import data_lock

    with data_lock(root):
        barrier.wait()
        release.wait(30)


def test_a_writer_that_cannot_get_its_turn_says_so_instead_of_writing(tmp_path):
    import pytest

    from workbench.core.atomic import data_lock
    from workbench.core.errors import WorkbenchError

    root = tmp_path / "d"
    open_data_dir(root, create=True)
    barrier, release = CTX.Barrier(2), CTX.Event()
    holder = CTX.Process(target=_hold, args=(str(root), barrier, release))
    holder.start()
    barrier.wait()
    try:
        with pytest.raises(WorkbenchError, match="another workbench command has been writing"):
            with data_lock(root, timeout=0.2):
                pass
    finally:
        release.set()
        holder.join(30)
    with data_lock(root, timeout=5):  # free again once the other command has finished
        pass
