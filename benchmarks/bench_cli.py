"""Command-line start-up: wall time of `boardbot list` and a cold `boardbot ask`, timed from outside.

Each command runs as a fresh process (so every `ask` is cold: imports, index
open, model load) several times; the median is reported next to the median of
`python -c pass` measured in the same run, so a loaded machine shows up in the
baseline rather than being mistaken for a slow CLI. The load average at the
start and end is printed as well. Targets (issue 17): list <= 1 s, ask <= 5 s
on 2 cores; ``--cores 2`` pins the processes to two CPUs where ``taskset``
exists. Exits 1 if a target is missed (use ``--no-check`` to only report).

    python benchmarks/bench_cli.py --index INDEX_DIR [--runs 5] [--question "..."] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGETS = {"list": 1.0, "ask": 5.0}


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"error: {' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
    return wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", required=True, help="an index folder holding at least one paper")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--question", default="What is the place integration deal?")
    ap.add_argument("--cores", type=int, default=2, help="pin to this many CPUs with taskset (0: don't)")
    ap.add_argument("--json", metavar="OUT", help="also write the figures here")
    ap.add_argument("--no-check", action="store_true", help="report only; exit 0 even if a target is missed")
    args = ap.parse_args(argv)
    if not Path(args.index, "boardbot.sqlite").is_file():
        print(f"error: {args.index}: not a boardbot index (no boardbot.sqlite)", file=sys.stderr)
        return 2

    env = dict(os.environ, HF_HUB_OFFLINE="1")
    pin: list[str] = []
    if args.cores and shutil.which("taskset") and (os.cpu_count() or 1) >= args.cores:
        pin = ["taskset", "-c", ",".join(str(i) for i in range(args.cores))]
    py = [*pin, sys.executable]
    commands = {
        "python -c pass": [*py, "-c", "pass"],
        "list": [*py, "-m", "boardbot", "list", "--index", args.index],
        "ask": [*py, "-m", "boardbot", "ask", args.question, "--index", args.index],
    }
    load_before = os.getloadavg()
    for cmd in commands.values():  # one unmeasured run each: byte-code compiled, files in the page cache
        timed(cmd, env)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):  # interleaved, so a burst of load hits every command alike
        for name, cmd in commands.items():
            samples[name].append(timed(cmd, env))
    load_after = os.getloadavg()

    base = statistics.median(samples["python -c pass"])
    result = {
        "runs": args.runs, "cores": args.cores if pin else None, "cpu_count": os.cpu_count(),
        "load_before": [round(x, 2) for x in load_before], "load_after": [round(x, 2) for x in load_after],
        "median_s": {n: round(statistics.median(v), 3) for n, v in samples.items()},
        "min_s": {n: round(min(v), 3) for n, v in samples.items()},
        "targets_s": TARGETS,
    }
    print(f"runs {args.runs}, pinned to {args.cores if pin else 'all'} cores, "
          f"load average {load_before[0]:.2f} -> {load_after[0]:.2f}")
    print(f"{'command':16} {'median s':>9} {'min s':>7} {'over baseline':>14} {'target':>7}")
    missed = []
    for name, vals in samples.items():
        med = statistics.median(vals)
        target = TARGETS.get(name)
        mark = "" if target is None else f"{target:6.1f}{'' if med <= target else ' MISSED'}"
        if target is not None and med > target:
            missed.append(name)
        print(f"{name:16} {med:9.3f} {min(vals):7.3f} {med - base:14.3f} {mark}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    return 1 if missed and not args.no_check else 0


if __name__ == "__main__":
    sys.exit(main())
