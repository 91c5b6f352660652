"""Fresh workers take over every so many notes (spaCy's vocabulary grows with every new word
a worker meets): the output is the same, in the same order, as with one process."""

from __future__ import annotations

import deidentify.runner as runner
from deidentify.config import load_config

KEY = b"k" * 32


def test_workers_are_replaced_and_the_output_is_unchanged(monkeypatch):
    started = []

    class Counted(runner.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            started.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(runner, "ProcessPoolExecutor", Counted)
    batches = [([f"Note {b}.{i}: met Jana Novak, call 07700 900{b}{i:02d}." for i in range(5)],
                [None] * 5) for b in range(6)]
    config = load_config()
    alone = list(runner._results(iter(batches), 1, config, KEY, None))
    pooled = list(runner._results(iter(batches), 2, config, KEY, None, recycle=10))
    assert len(started) == 3  # 30 notes, fresh workers after every 10
    assert [[r.text for r in batch] for batch in pooled] == [[r.text for r in batch]
                                                             for batch in alone]
    assert all("Jana" not in r.text and "07700" not in r.text for b in pooled for r in b)
