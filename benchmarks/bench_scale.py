"""Scale benchmark: ingest a large corpus, then time ``ask``; prints the figures the scale targets name.

Prints ingest pages/s and chunks/s overall and for each ``--step`` pages (a
flat per-step rate means ingest time grows linearly with pages), the embedding
share of ingest time, the index size on disk, ``ask`` p50/p95 over the eval
questions on the finished index, and peak RSS of this process and of its
parse workers. Targets (2-core CPU machine): ask p95 <= 500 ms at 10,000
pages, RSS <= 3 GB, ingest linear in pages; on a GPU machine, 10,000 pages in
<= 60 s end to end.

    python benchmarks/make_synthetic_corpus.py /tmp/corpus --pages 10000
    python benchmarks/bench_scale.py /tmp/corpus [--index DIR] [--step 1000] [--json out.json]
    python benchmarks/bench_scale.py --ask-only --index DIR     # time ask on an existing index

``ask`` is timed with one torch thread, as the app server runs (``ui/app.py``): on a
small shared machine two threads spin-wait and make a query embedding 10x slower.

Set BOARDBOT_CHROMA_URL to measure against a Chroma server instead of the embedded store.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
log = logging.getLogger("bench_scale")


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _status_kb(pid: int | str, key: str) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    kids = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(d.name))
    return kids


class RssSampler(threading.Thread):
    """Peak RSS of this process plus its parse workers, sampled from /proc (Linux).

    getrusage(RUSAGE_CHILDREN) is no use here: a spawned worker is forked before it
    execs, so its recorded peak is this whole process's size at that moment.
    """

    def __init__(self, every: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.every = every
        self.peak_total_kb = self.peak_worker_kb = 0
        self.stop = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self.stop.wait(self.every):
            kids = [k for k in _children(me) if "spawn_main" in _cmdline(k)]
            worker = [_status_kb(k, "VmRSS") for k in kids]
            self.peak_worker_kb = max([self.peak_worker_kb, *worker])
            self.peak_total_kb = max(self.peak_total_kb, _status_kb(me, "VmRSS") + sum(worker))


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return ""


def run_ingest(args: argparse.Namespace, settings: Any, index: Path, embedder: Any,
               startup_s: float) -> tuple[Any, dict[str, Any]]:
    """Ingest the corpus with per-file progress; the figures of the ingest half."""
    from boardbot.assistant import Assistant

    pdfs = sorted(args.corpus.glob("*.pdf"))
    print(f"corpus {args.corpus}: {len(pdfs)} PDFs; index {index}; embedding on {embedder.device} "
          f"(batch {getattr(embedder, 'batch_size', '?')}); model load {startup_s:.1f}s", flush=True)

    a = Assistant(settings=settings)
    progress: list[tuple[float, int, int]] = []  # (seconds, pages so far, chunks so far)
    state = {"pages": 0, "chunks": 0, "files": 0, "failed": 0}
    t0 = time.perf_counter()

    def on_file(r: Any) -> None:
        state["files"] += 1
        state["failed"] += r.status == "failed"
        state["pages"] += r.pages
        state["chunks"] += r.chunks
        now = time.perf_counter() - t0
        progress.append((now, state["pages"], state["chunks"]))
        if state["files"] % 10 == 0 or state["files"] == len(pdfs):
            print(f"  {now:7.1f}s  {state['files']:4d}/{len(pdfs)} files  {state['pages']:6d} pages  "
                  f"{state['chunks']:6d} chunks  {state['pages'] / max(now, 1e-9):5.1f} pages/s", flush=True)

    sampler = RssSampler()
    sampler.start()
    load_before = os.getloadavg()
    report = a.ingest([args.corpus], progress=False, on_file=on_file)
    ingest_s = time.perf_counter() - t0
    load_after = os.getloadavg()
    sampler.stop.set()
    pages, chunks = state["pages"], state["chunks"]

    # per-step rates: the time each further `step` pages took
    steps: list[dict[str, float]] = []
    mark, last_t, last_p, last_c = args.step, 0.0, 0, 0
    for secs, p, c in progress:
        if p >= mark or (secs, p, c) == progress[-1]:
            if p > last_p:
                steps.append({"pages_to": p, "seconds": secs - last_t, "pages_per_s": (p - last_p) / (secs - last_t),
                              "chunks_per_s": (c - last_c) / (secs - last_t)})
            last_t, last_p, last_c = secs, p, c
            while mark <= p:
                mark += args.step

    return a, {"pdfs": len(pdfs), "pages": pages, "chunks": chunks, "failed": state["failed"],
               "ingest_s": round(ingest_s, 1), "pages_per_s": round(pages / ingest_s, 2),
               "chunks_per_s": round(chunks / ingest_s, 1),
               "embed_share": round(report.embed_seconds / ingest_s, 3) if ingest_s else 0,
               "steps": [{k: round(v, 2) for k, v in st.items()} for st in steps],
               "peak_rss_total_mb": round(sampler.peak_total_kb / 1024),
               "peak_rss_worker_mb": round(sampler.peak_worker_kb / 1024),
               "loadavg_1m_before_after_ingest": [round(load_before[0], 1), round(load_after[0], 1)]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, nargs="?",
                    help="folder of PDFs (+ manifest.json), e.g. from make_synthetic_corpus.py")
    ap.add_argument("--index", type=Path, help="index folder (default: a new temporary one)")
    ap.add_argument("--step", type=int, default=1000, help="report ingest timing every N pages (default 1000)")
    ap.add_argument("--questions", type=Path, default=ROOT / "evals" / "questions.jsonl")
    ap.add_argument("--asks", type=int, default=0, help="time only the first N questions (default: all)")
    ap.add_argument("--ask-only", action="store_true", help="no ingest: time ask on the existing --index")
    ap.add_argument("--ask-threads", type=int, default=1,
                    help="torch threads while timing ask (default 1, as the app server runs; 0 = torch's default)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if args.ask_only and not args.index:
        ap.error("--ask-only needs --index")
    if not args.ask_only and not args.corpus:
        ap.error("give a CORPUS folder to ingest (or --ask-only --index DIR)")
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    log.setLevel(logging.INFO)

    from boardbot.assistant import Assistant
    from boardbot.config import load_settings
    from boardbot.store.embedding import get_embedder

    index = args.index or Path(tempfile.mkdtemp(prefix="boardbot-scale-")) / "index"
    settings = load_settings(index_dir=index)
    t = time.perf_counter()
    embedder = get_embedder(settings)
    embedder.embed(["warm up"])
    startup_s = time.perf_counter() - t
    device = getattr(embedder, "device", "?")
    if args.ask_only:
        a = Assistant(settings=settings)
        stats = a.index.catalog.stats()
        print(f"index {index}: {stats['files']} papers, {stats['pages']} pages, {stats['chunks']} chunks; "
              f"embedding on {device}", flush=True)
        ingest: dict[str, Any] = {"pages": stats["pages"], "chunks": stats["chunks"]}
    else:
        a, ingest = run_ingest(args, settings, index, embedder, startup_s)
    size = du(index) if index.exists() else 0
    questions = [json.loads(x)["question"] for x in args.questions.read_text(encoding="utf-8").splitlines()
                 if x.strip()]
    if args.asks:
        questions = questions[: args.asks]
    if args.ask_threads:
        import torch

        torch.set_num_threads(args.ask_threads)
    a.ask(questions[0])  # first call builds per-process caches (IDF, scope vocabulary)
    lat = []
    for q in questions:
        t = time.perf_counter()
        a.ask(q)
        lat.append((time.perf_counter() - t) * 1000)

    out = {
        **ingest, "device": device, "cpu_count": os.cpu_count(), "model_load_s": round(startup_s, 1),
        "index_mb": round(size / 1e6, 1), "index_kb_per_page": round(size / 1e3 / max(ingest["pages"], 1), 1),
        "asks": len(lat), "ask_threads": args.ask_threads or "default", "ask_p50_ms": round(pct(lat, 50), 1),
        "ask_p95_ms": round(pct(lat, 95), 1), "ask_max_ms": round(max(lat), 1),
        "peak_rss_self_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "loadavg_1m_end": round(os.getloadavg()[0], 1),
    }
    print()
    if "ingest_s" in out:
        print(f"ingest: {out['pages']} pages, {out['chunks']} chunks in {out['ingest_s']}s = {out['pages_per_s']} "
              f"pages/s, {out['chunks_per_s']} chunks/s (embedding {100 * out['embed_share']:.0f}% of the time); "
              f"{out['failed']} failed")
        for st in out["steps"]:
            print(f"  up to {int(st['pages_to']):6d} pages: {st['seconds']:7.1f}s for this step, "
                  f"{st['pages_per_s']:5.2f} pages/s, {st['chunks_per_s']:5.1f} chunks/s")
        print(f"peak RSS during ingest, with its parse workers: {out['peak_rss_total_mb']} MB "
              f"(target <= 3000 MB); largest worker {out['peak_rss_worker_mb']} MB")
    print(f"index on disk: {out['index_mb']} MB ({out['index_kb_per_page']} kB/page)")
    print(f"ask over {len(lat)} eval questions ({out['ask_threads']} torch thread(s)): p50 {out['ask_p50_ms']} ms, "
          f"p95 {out['ask_p95_ms']} ms (target p95 <= 500 ms), max {out['ask_max_ms']} ms")
    print(f"peak RSS of this process: {out['peak_rss_self_mb']} MB")
    load = out.get("loadavg_1m_before_after_ingest")
    print(f"machine: {os.cpu_count()} cores; load average "
          + (f"{load[0]} before ingest, {load[1]} after, " if load else "")
          + f"{out['loadavg_1m_end']} at the end (other work on the machine slows every figure)")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
