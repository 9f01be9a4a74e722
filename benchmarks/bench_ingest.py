"""Ingest and query figures on the sample corpus, as ratios against baselines measured in the same run.

Prints: ingest wall time vs the raw embedding time of the same chunks (target <= 1.3x),
chunks/s and pages/s, a second ingest of unchanged papers (target < 5 s), warm search/ask
latency p50/p95 over the eval questions (target ask p50 <= 150 ms, p95 <= 400 ms),
process start-up time, and peak RSS. Run: .venv/bin/python benchmarks/bench_ingest.py [PAPERS_DIR]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("papers", nargs="?", default=str(ROOT / "papers"))
    ap.add_argument("--questions", default=str(ROOT / "evals" / "questions.jsonl"))
    args = ap.parse_args()

    from boardbot.assistant import Assistant
    from boardbot.config import Settings
    from boardbot.parsing.chunking import chunk_document
    from boardbot.parsing.document import load
    from boardbot.parsing.metadata import load_manifest
    from boardbot.parsing.pdf_reader import PypdfReader
    from boardbot.store.embedding import embed_text, get_embedder

    tmp = Path(tempfile.mkdtemp(prefix="boardbot-bench-"))
    settings = Settings(index_dir=tmp / "index")
    embedder = get_embedder(settings)
    embedder.embed(["warm up"])  # model load is start-up, not ingest

    t0 = time.perf_counter()
    a = Assistant(settings=settings)
    report = a.ingest([args.papers], progress=False)
    ingest_s = time.perf_counter() - t0
    pages = sum(r.pages for r in report.results)
    chunks = sum(r.chunks for r in report.results)

    # Baseline: embedding alone of exactly the texts ingest embedded, same batch size.
    manifest = load_manifest(Path(args.papers))
    texts = []
    for pdf in sorted(Path(args.papers).glob("*.pdf")):
        doc = load(pdf, PypdfReader(), manifest.get(pdf.name))
        for c in chunk_document(doc, "0" * 16, embedder.count_tokens, settings.chunk_tokens, settings.chunk_overlap_tokens):
            texts.append(embed_text(c.meta.get("title", ""), c.section, c.text))
    t = time.perf_counter()
    embedder.embed(texts)
    embed_s = time.perf_counter() - t

    t = time.perf_counter()
    again = a.ingest([args.papers], progress=False)
    reingest_s = time.perf_counter() - t
    assert all(r.status == "unchanged" for r in again.results)

    questions = [json.loads(x)["question"] for x in Path(args.questions).read_text().splitlines() if x.strip()]
    a.ask(questions[0])
    search_lat, ask_lat = [], []
    for q in questions:
        t = time.perf_counter()
        a.search(q, k=10)
        search_lat.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        a.ask(q)
        ask_lat.append((time.perf_counter() - t) * 1000)

    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "boardbot", "list", "--index", str(settings.index_dir)],
                   check=True, capture_output=True)
    list_s = time.perf_counter() - t
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "boardbot", "ask", questions[0], "--index", str(settings.index_dir)],
                   check=True, capture_output=True)
    first_answer_s = time.perf_counter() - t

    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    print(f"corpus: {len(report.results)} files, {pages} pages, {chunks} chunks ({len(texts)} re-chunked for baseline)")
    print(f"ingest wall time:        {ingest_s:7.1f} s")
    print(f"raw embedding time:      {embed_s:7.1f} s  (same {len(texts)} texts, batch {embedder.batch_size if hasattr(embedder, 'batch_size') else '?'})")
    print(f"ingest / embedding:      {ingest_s / embed_s:7.2f} x   (target <= 1.30)")
    print(f"throughput:              {chunks / ingest_s:7.1f} chunks/s, {pages / ingest_s:.1f} pages/s")
    print(f"re-ingest unchanged:     {reingest_s:7.2f} s   (target < 5)")
    print(f"search latency (warm):   p50 {statistics.median(search_lat):6.1f} ms  p95 {pct(search_lat, 95):6.1f} ms  (n={len(search_lat)})")
    print(f"ask latency (warm):      p50 {statistics.median(ask_lat):6.1f} ms  p95 {pct(ask_lat, 95):6.1f} ms  (targets 150 / 400)")
    print(f"start-up: `boardbot list` {list_s:.2f} s; `boardbot ask` to first answer {first_answer_s:.2f} s")
    print(f"peak RSS: this process {rss_self:.0f} MiB, largest child {rss_children:.0f} MiB")


if __name__ == "__main__":
    main()
