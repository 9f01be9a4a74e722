"""Load test for the chat app: N concurrent gradio_client sessions asking for a bounded time.

Each simulated user has its own ``gradio_client.Client`` (its own session), sends
one unmeasured warm-up request, then asks questions from the eval set through the
stable ``/chat`` endpoint, one after another (or with ``--think`` seconds of pause),
until the time is up. Prints requests/s, latency percentiles and
errors; exits 1 if any request failed or p95 is over the target.

    python benchmarks/bench_app.py --index /tmp/idx-full --users 10 --seconds 30
    python benchmarks/bench_app.py --url http://127.0.0.1:7860/

Without ``--url`` it starts ``app.py`` itself over ``--index`` on a free
loopback port (the app only reads the index when it holds papers). Only
loopback URLs are accepted: this is a local benchmark, not a tool to load
someone else's server.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
log = logging.getLogger("bench_app")


def loopback(url: str) -> bool:
    from boardbot.ui.app import is_loopback

    return is_loopback(urlparse(url).hostname or "")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_app(index: Path, timeout: float) -> tuple[subprocess.Popen[bytes], str]:
    if not (index / "boardbot.sqlite").is_file():
        raise SystemExit(f"{index}: no index there (expected boardbot.sqlite); build one with `boardbot ingest`")
    port = free_port()
    env = dict(os.environ, BOARDBOT_INDEX=str(index), BOARDBOT_HOST="127.0.0.1", BOARDBOT_PORT=str(port),
               HF_HUB_OFFLINE="1", GRADIO_ANALYTICS_ENABLED="False")
    env.pop("GRADIO_SERVER_NAME", None)
    env.pop("GRADIO_SERVER_PORT", None)
    log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench_app-{port}.log"
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env,
                            stdout=log_path.open("wb"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"app exited with {proc.returncode}; see {log_path}")
        try:
            with urllib.request.urlopen(url + "gradio_api/info", timeout=2) as r:
                if r.status == 200:
                    log.info("app up at %s (log %s)", url, log_path)
                    return proc, url
        except OSError:
            pass
        time.sleep(0.5)
    proc.terminate()
    raise SystemExit(f"app did not start within {timeout:.0f}s; see {log_path}")


def load_questions(path: Path) -> list[str]:
    qs = [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not qs:
        raise SystemExit(f"{path}: no questions")
    return qs


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def run(url: str, users: int, seconds: float, questions: list[str], auth: tuple[str, str] | None,
        think: float = 0.0) -> dict:
    from gradio_client import Client

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    clock: dict[str, float] = {}

    def start_clock() -> None:  # runs once, before any thread passes the barrier
        clock["start"] = time.monotonic()
        clock["stop"] = clock["start"] + seconds

    ready = threading.Barrier(users + 1, action=start_clock)

    def user(i: int) -> None:
        rng = random.Random(i)
        try:
            # Loopback http has no TLS to verify; with verification on, gradio_client builds a
            # certificate store for every request, which costs the harness as much CPU as the app.
            client = Client(url, auth=auth, verbose=False, ssl_verify=False)
            # One unmeasured request: a client's first predict sets up its API info and
            # streams (~1 s of client-side work) - connection setup, not answering.
            client.predict(rng.choice(questions), api_name="/chat")
        except Exception as exc:
            with lock:
                errors.append(f"user {i}: connect: {exc}")
            ready.wait()
            return
        ready.wait()
        while time.monotonic() < clock["stop"]:
            q = rng.choice(questions)
            t = time.perf_counter()
            try:
                text = client.predict(q, api_name="/chat")
                ok = isinstance(text, str) and bool(text.strip())
            except Exception as exc:
                ok, text = False, f"{type(exc).__name__}: {exc}"
            dt = time.perf_counter() - t
            with lock:
                if ok:
                    latencies.append(dt)
                else:
                    errors.append(f"user {i}: {str(text)[:200]}")
            if think:  # a reader's pause between questions (exponential, mean ``think``)
                time.sleep(min(rng.expovariate(1 / think), max(0.0, clock["stop"] - time.monotonic())))

    threads = [threading.Thread(target=user, args=(i,), daemon=True) for i in range(users)]
    for t in threads:
        t.start()
    ready.wait()  # every session connected: the clock starts now
    for t in threads:
        t.join(seconds + 120)
    elapsed = time.monotonic() - clock["start"]
    return {
        "users": users, "think_s": think, "seconds": round(elapsed, 1), "requests": len(latencies), "errors": len(errors),
        "rps": round(len(latencies) / elapsed, 2) if elapsed else 0.0,
        "p50_s": round(percentile(latencies, 0.50), 3), "p95_s": round(percentile(latencies, 0.95), 3),
        "max_s": round(max(latencies), 3) if latencies else float("nan"),
        "mean_s": round(statistics.fmean(latencies), 3) if latencies else float("nan"),
        "error_samples": errors[:5],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = p.add_mutually_exclusive_group()
    where.add_argument("--url", help="a running app on this machine (loopback only)")
    where.add_argument("--index", type=Path, default=None, help="start app.py over this index (default: index/)")
    p.add_argument("--users", type=int, default=10, help="concurrent sessions (default 10)")
    p.add_argument("--seconds", type=float, default=30.0, help="how long to run (default 30)")
    p.add_argument("--questions", type=Path, default=ROOT / "evals" / "questions.jsonl")
    p.add_argument("--user", help="login name when the app requires one (password from BENCH_PASSWORD)")
    p.add_argument("--think", type=float, default=0.0,
                   help="mean pause between a user's questions, seconds (default 0: back to back)")
    p.add_argument("--target-p95", type=float, default=2.0, help="p95 latency target in seconds (default 2)")
    p.add_argument("--start-timeout", type=float, default=300.0)
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if args.users < 1 or args.seconds <= 0:
        p.error("--users and --seconds must be positive")
    proc = None
    if args.url:
        if not loopback(args.url):
            p.error(f"{args.url}: only loopback URLs (127.0.0.1, ::1, localhost)")
        url = args.url if args.url.endswith("/") else args.url + "/"
    else:
        proc, url = start_app((args.index or ROOT / "index").resolve(), args.start_timeout)
    auth = (args.user, os.environ.get("BENCH_PASSWORD", "")) if args.user else None
    try:
        result = run(url, args.users, args.seconds, load_questions(args.questions), auth, args.think)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        pause = f", {args.think}s mean think time" if args.think else ", back to back"
        print(f"{result['users']} users{pause}, for {result['seconds']}s against {url}")
        print(f"requests: {result['requests']}  ({result['rps']} req/s)  errors: {result['errors']}")
        print(f"latency: p50 {result['p50_s']}s  p95 {result['p95_s']}s  mean {result['mean_s']}s  "
              f"max {result['max_s']}s   (target p95 <= {args.target_p95}s)")
        for e in result["error_samples"]:
            print(f"  error: {e}")
    ok = result["errors"] == 0 and result["requests"] > 0 and result["p95_s"] <= args.target_p95
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
