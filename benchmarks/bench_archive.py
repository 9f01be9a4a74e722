"""Query speed on a whole council archive, beside BM25-only search measured in the same run.

Issue 12's target: ``ask`` p95 <= 300 ms on the 1,545-page Kent index on 2 cores. The
baseline is the catalogue's BM25 query alone (no embedding, no vectors, no reranking,
no answer), timed over the same questions in the same process, so the ratio says what
the rest of the pipeline costs whatever the machine. With ``--ingest`` it first builds
the index from the papers and prints pages/s for each quarter of the files, to show
ingest stays linear.

Run: .venv/bin/python benchmarks/bench_archive.py --index /tmp/kent.idx
     .venv/bin/python benchmarks/bench_archive.py --index /tmp/kent.idx --ingest ../shared/real-papers/kent
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = [ROOT / "evals" / "real" / "dev.jsonl", ROOT / "evals" / "real" / "test.jsonl"]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def ingest_linear(index: Path, papers: Path) -> None:
    from boardbot.assistant import Assistant
    from boardbot.config import load_settings

    pdfs = sorted(papers.glob("*.pdf"))
    a = Assistant(settings=load_settings(index_dir=index))
    quarter = max(1, len(pdfs) // 4)
    total_pages, total_s = 0, 0.0
    for i in range(0, len(pdfs), quarter):
        batch = pdfs[i : i + quarter]
        t = time.perf_counter()
        report = a.ingest([str(p) for p in batch], progress=False)
        dt = time.perf_counter() - t
        pages = sum(r.pages for r in report.results if r.status == "added")
        total_pages, total_s = total_pages + pages, total_s + dt
        print(f"ingest files {i + 1}-{i + len(batch)}: {pages} pages in {dt:.1f} s = {pages / max(dt, 1e-9):.2f} pages/s")
    print(f"ingest total: {total_pages} pages in {total_s:.1f} s = {total_pages / max(total_s, 1e-9):.2f} pages/s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", required=True)
    ap.add_argument("--ingest", metavar="PAPERS_DIR", help="build the index from these PDFs first, in four steps")
    ap.add_argument("--rounds", type=int, default=2, help="passes over the questions (the first warms caches)")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.ingest:
        ingest_linear(Path(args.index), Path(args.ingest))

    import torch

    torch.set_num_threads(1)  # as the app runs (ui/app.py): one torch thread, leaving a core to the server
    from boardbot.assistant import Assistant
    from boardbot.config import load_settings
    from boardbot.store.filters import Filters

    questions = [json.loads(line)["question"] for s in SETS if s.is_file() for line in s.read_text().splitlines()
                 if line.strip()]
    a = Assistant(settings=load_settings(index_dir=Path(args.index)))
    stats = a.stats()
    a.ask("warm up: what did the cabinet agree?")
    bm25, ask = [], []
    for r in range(args.rounds):
        for q in questions:
            t = time.perf_counter()
            a.index.catalog.bm25(q, 30, Filters())
            b = time.perf_counter() - t
            t = time.perf_counter()
            a.ask(q)
            s = time.perf_counter() - t
            if r:  # the first pass warms the caches
                bm25.append(b * 1000)
                ask.append(s * 1000)
    load = os.getloadavg()[0]
    print(f"index: {args.index} ({stats.get('files', '?')} papers, {stats.get('pages', '?')} pages, "
          f"{stats.get('chunks', '?')} chunks); {len(questions)} questions x {args.rounds - 1} timed passes; "
          f"load average {load:.1f} on {os.cpu_count()} cores")
    print(f"bm25-only search  p50 {statistics.median(bm25):7.1f} ms  p95 {pct(bm25, 95):7.1f} ms")
    print(f"ask (full)        p50 {statistics.median(ask):7.1f} ms  p95 {pct(ask, 95):7.1f} ms  "
          f"(target p95 <= 300 ms)")
    print(f"ask / bm25 ratio  p50 {statistics.median(ask) / max(statistics.median(bm25), 1e-9):5.1f}x  "
          f"p95 {pct(ask, 95) / max(pct(bm25, 95), 1e-9):5.1f}x")


if __name__ == "__main__":
    main()
