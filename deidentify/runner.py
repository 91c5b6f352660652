"""Stream notes through the de-identifier in batches, in worker processes, in order.

Memory stays flat: at most two batches per worker are in flight, output is written as
batches come back, and the workers are replaced by fresh ones every `RECYCLE_NOTES` notes
(spaCy keeps every new word it meets in its vocabulary, so a worker that reads 100,000 notes
full of new names would otherwise grow by about 1.5 KB a note). Every input row is written
out, in order, with its status:
`deid_status` is "ok" or "withheld", `deid_reason` says why a note was withheld, and
`deid_removed` counts what was removed by type (JSON), never the values. A withheld note's
text is empty (null): it is never passed on raw.
"""

from __future__ import annotations

import json
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

import pandas as pd
from threadpoolctl import threadpool_limits

from deidentify.config import DeidConfig
from deidentify.engine import WITHHELD, Deidentifier, NoteResult
from deidentify.known_model import KnownIdentifiers, Record
from deidentify.lexicon import warm

STATUS_COLUMNS = ("deid_status", "deid_reason", "deid_removed")
RECYCLE_NOTES = 20_000  # notes a pool of workers reads before fresh workers take over

_worker: Deidentifier | None = None
_blas_limit = None


@dataclass
class RunReport:
    rows_in: int = 0
    rows_out: int = 0
    withheld: int = 0
    removed: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)

    @property
    def adds_up(self) -> bool:
        return self.rows_in == self.rows_out

    def as_record(self) -> dict:
        return {"rows_in": self.rows_in, "rows_out": self.rows_out, "withheld": self.withheld,
                "removed_by_type": dict(sorted(self.removed.items())),
                "withheld_reasons": dict(self.reasons)}


def _init(config: DeidConfig, key: bytes, known: KnownIdentifiers | None) -> None:
    global _worker, _blas_limit
    # One BLAS thread per worker: the workers already fill the cores, and BLAS threads that
    # compete with them for the same cores made two workers hardly faster than one.
    _blas_limit = threadpool_limits(limits=1)
    _worker = Deidentifier(config, key, known)


def _work(texts: list, records: list[Record | None]) -> list[NoteResult]:
    assert _worker is not None, "worker not initialised"
    return _worker.deidentify(texts, records)


def _withheld(n: int, reason: str) -> list[NoteResult]:
    return [NoteResult(None, WITHHELD, reason) for _ in range(n)]


def _results(batches: Iterator[tuple[list, list]], workers: int, config: DeidConfig, key: bytes,
             known: KnownIdentifiers | None, recycle: int = RECYCLE_NOTES
             ) -> Iterator[list[NoteResult]]:
    """De-identify batches in order; a batch whose worker fails is withheld whole. With
    several workers, fresh workers take over after every `recycle` notes."""
    if workers <= 1:
        engine = Deidentifier(config, key, known)
        for texts, records in batches:
            yield engine.deidentify(texts, records)
        return
    pending: deque[tuple[Future, int]] = deque()
    pool, read = None, 0
    try:
        for texts, records in batches:
            if pool is None or read >= recycle:
                while pending:  # the old workers finish their batches, in order, first
                    yield _collect(*pending.popleft())
                if pool is not None:
                    pool.shutdown()
                warm()  # (once: the forked workers share the word lists read here)
                pool = ProcessPoolExecutor(workers, initializer=_init,
                                           initargs=(config, key, known))
                read = 0
            pending.append((pool.submit(_work, texts, records), len(texts)))
            read += len(texts)
            if len(pending) >= 2 * workers:
                yield _collect(*pending.popleft())
        while pending:
            yield _collect(*pending.popleft())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _collect(future: Future, n: int) -> list[NoteResult]:
    try:
        return future.result()
    except BrokenProcessPool:
        return _withheld(n, "worker process failed")
    except Exception as exc:  # noqa: BLE001 - fail closed
        return _withheld(n, f"worker error ({type(exc).__name__})")


def deidentify_frames(frames: Iterator[pd.DataFrame], text_column: str | Sequence[str],
                      config: DeidConfig, key: bytes, known: KnownIdentifiers | None = None,
                      workers: int = 1,
                      record_columns: tuple[str, str] = ("user_id", "staff_id"),
                      progress: Callable[[int], None] | None = None,
                      report: RunReport | None = None) -> Iterator[pd.DataFrame]:
    """Yield each frame with its text column(s) de-identified and status columns added.

    With several text columns a row is "ok" only when every one of them is; a column that
    could not be processed is emptied and the row is withheld, the reason naming the column.
    """
    columns = [text_column] if isinstance(text_column, str) else list(text_column)
    report = report if report is not None else RunReport()
    held: deque[pd.DataFrame] = deque()

    def batches():
        for frame in frames:
            report.rows_in += len(frame)
            held.append(frame)
            records = [None] * len(frame)
            if known is not None:
                users = frame[record_columns[0]] if record_columns[0] in frame else [None] * len(frame)
                staff = frame[record_columns[1]] if record_columns[1] in frame else [None] * len(frame)
                records = [known.record_for(u, s) for u, s in zip(users, staff)]
            texts = [t for c in columns for t in frame[c].tolist()]
            yield texts, records * len(columns)

    for results in _results(batches(), workers, config, key, known):
        frame = held.popleft().copy()
        n = len(frame)
        parts = [results[i * n:(i + 1) * n] for i in range(len(columns))]
        statuses, reasons, removed = [], [], []
        for row in range(n):
            counts: Counter = Counter()
            why = []
            for column, part in zip(columns, parts):
                r = part[row]
                counts.update(r.counts)
                if r.status == WITHHELD:
                    why.append(r.reason if len(columns) == 1 else f"{column}: {r.reason}")
            statuses.append(WITHHELD if why else "ok")
            reasons.append("; ".join(why) if why else None)
            removed.append(json.dumps(dict(counts), sort_keys=True))
            report.removed.update(counts)
            if why:
                report.withheld += 1
                report.reasons[reasons[-1]] += 1
        for column, part in zip(columns, parts):
            frame[column] = [r.text for r in part]
        frame["deid_status"] = statuses
        frame["deid_reason"] = reasons
        frame["deid_removed"] = removed
        report.rows_out += n
        if progress is not None:
            progress(n)
        yield frame
