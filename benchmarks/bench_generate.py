"""Benchmark: synthetic generation at scale, with bounded memory.

Generates a 10,000-user project (the baseline) and a 100,000-user project (the target: over
1,000,000 contacts), each in its own process, and prints wall time, rows per second and peak
resident memory side by side. Memory is bounded when the two peaks are about the same.

    python benchmarks/bench_generate.py [--users 100000] [--baseline-users 10000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import json, resource, sys, time
from workbench.generate.context import GenConfig
from workbench.generate.project import generate_project
t = time.perf_counter()
m = generate_project(sys.argv[1], GenConfig(users=int(sys.argv[2]), months=36, seed=1))
print(json.dumps({"seconds": time.perf_counter() - t,
                  "rows": {k: v["rows"] for k, v in m["tables"].items()},
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(users: int, folder: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(users)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--baseline-users", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = {n: run(n, Path(tmp) / str(n)) for n in (args.baseline_users, args.users)}
    print(f"{'users':>10} {'contacts':>11} {'notes':>9} {'seconds':>8} {'contacts/s':>11} {'peak MiB':>9}")
    for n, r in results.items():
        c = r["rows"]["contacts"]
        print(f"{n:>10,} {c:>11,} {r['rows']['notes']:>9,} {r['seconds']:>8.1f} "
              f"{c / r['seconds']:>11,.0f} {r['peak_mib']:>9.0f}")
    base, big = results[args.baseline_users], results[args.users]
    print(f"peak memory ratio ({args.users:,} vs {args.baseline_users:,} users): "
          f"{big['peak_mib'] / base['peak_mib']:.2f}  (1.0 = flat)")
    print(f"contacts over 1,000,000: {big['rows']['contacts'] > 1_000_000}")


if __name__ == "__main__":
    main()
