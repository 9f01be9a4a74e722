"""Crash-safe ingest: ``kill -9`` at random points, then one more run gives exactly a clean build.

Real ``boardbot ingest`` processes on real papers are killed mid-run several
times (seeded delays, plus one kill while a paper is half-written). Meanwhile
a half-written paper must not be served, and a second ingest on the same index
must be turned away by the lock with a clear message. The final run must
leave no duplicate chunk anywhere (catalogue, FTS5, Chroma, decisions) and
the same chunks, id for id, as the clean build of the same papers.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

SEED = 7
STRATA = [(0.3, 0.9), (1.0, 1.6)]  # random kill times, as fractions of the first run's time to write


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "boardbot", *args]


def start_ingest(papers: Path, index: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(cli("ingest", "--quiet", "--index", str(index), str(papers)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run_bg(cmd: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out, err


def kill9(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)


def ro(index: Path) -> sqlite3.Connection:
    """A read-only look at the catalogue, never a writer that could disturb the ingest."""
    return sqlite3.connect(f"file:{index / 'boardbot.sqlite'}?mode=ro", uri=True, timeout=5)


def half_written(index: Path) -> str | None:
    """A paper whose chunks are in the catalogue (and so in Chroma) but is not yet complete."""
    if not (index / "boardbot.sqlite").exists():
        return None
    try:
        with ro(index) as db:
            row = db.execute(
                "SELECT f.file FROM files f WHERE f.status='indexing' "
                "AND EXISTS (SELECT 1 FROM chunks c WHERE c.file=f.file)"
            ).fetchone()
    except sqlite3.OperationalError:  # schema not there yet
        return None
    return row[0] if row else None


def index_state(index: Path) -> dict[str, Any]:
    from boardbot.config import Settings
    from boardbot.store.catalog import CHUNKS_FTS
    from boardbot.store.vectors import make_client

    with ro(index) as db:
        files = dict(db.execute("SELECT file, status FROM files").fetchall())
        ids = [r[0] for r in db.execute("SELECT id FROM chunks")]
        fts = sum(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CHUNKS_FTS.tables(db))
        per_file = {f: sorted(r[0] for r in db.execute("SELECT id FROM chunks WHERE file=?", (f,))) for f in files}
        decisions = [r[0] for r in db.execute("SELECT id FROM decisions")]
    client = make_client(Settings(index_dir=index))
    vectors = client.get_collection("boardbot").get(include=[])["ids"]
    names = {c.name for c in client.list_collections()}
    decision_vectors = client.get_collection("decisions").get(include=[])["ids"] if "decisions" in names else []
    return {"files": files, "ids": ids, "fts": fts, "per_file": per_file, "vectors": vectors,
            "decisions": decisions, "decision_vectors": decision_vectors}


@pytest.fixture(scope="module")
def papers(small_index: Path) -> Path:
    """The same folder (two papers + manifest) the shared clean build was made from."""
    folder = small_index.parent / f"{small_index.name}-papers"
    assert len(list(folder.glob("*.pdf"))) == 2
    return folder


@pytest.mark.slow  # six real ingest/search processes, each loading torch: 1-3 minutes here
def test_kill_9_at_random_points_then_a_clean_finish(small_index: Path, small_assistant: Any, papers: Path,
                                                     tmp_path: Path) -> None:
    index = tmp_path / "index"
    rng = random.Random(SEED)
    log: list[str] = []
    t0 = time.monotonic()

    # 1. Kill while a paper is half-written. Freeze the writer first (SIGSTOP) so the state
    #    cannot move on while we look at it from other processes.
    writer = start_ingest(papers, index)
    deadline = time.monotonic() + 300
    victim = None
    while victim is None and writer.poll() is None and time.monotonic() < deadline:
        victim = half_written(index)
        if victim is None:
            time.sleep(0.005)
            continue
        os.kill(writer.pid, signal.SIGSTOP)
        if half_written(index) != victim:  # it finished that paper in the meantime: try the next one
            os.kill(writer.pid, signal.SIGCONT)
            victim = None
    if victim is None:
        kill9(writer)
        pytest.fail("never saw a paper half-written (did the ingest finish or stall?)")
    t_ref = time.monotonic() - t0  # start-up + parse + embed of one paper, on this machine today
    try:
        with ro(index) as db:
            assert db.execute("SELECT status FROM files WHERE file=?", (victim,)).fetchone()[0] == "indexing"
            partial = db.execute("SELECT count(*) FROM chunks WHERE file=?", (victim,)).fetchone()[0]
            query = db.execute("SELECT text FROM chunks WHERE file=? ORDER BY seq LIMIT 1", (victim,)).fetchone()[0]
        assert partial > 0
        query = " ".join(query.split()[:25])
        assert victim in {h.file for h in small_assistant.search(query, k=20)}  # the check below can fail

        # While it is frozen, three other processes at once: search and the paper list must not
        # serve the half-written paper; a second ingest on the same index must be turned away.
        t = time.perf_counter()
        search = run_bg(cli("search", "--json", "--k", "20", "--index", str(index), query))
        listing = run_bg(cli("list", "--json", "--index", str(index)))
        second = run_bg(cli("ingest", "--quiet", "--index", str(index), str(papers)))
        (rc_s, out_s, err_s), (rc_l, out_l, err_l), (rc_i, _out_i, err_i) = (
            finish(search), finish(listing), finish(second))
        assert rc_s == 0, err_s
        assert victim not in {h["file"] for h in json.loads(out_s)}
        assert rc_l == 0, err_l
        assert victim not in {f["file"] for f in json.loads(out_l)}
        assert rc_i == 2, (rc_i, err_i)
        assert "another ingest is running on" in err_i and "wait for it to finish" in err_i, err_i
        assert time.perf_counter() - t < 240
    finally:
        kill9(writer)
    log.append(f"{time.monotonic() - t0:5.1f}s kill while {victim} half-written ({partial} chunks in the catalogue)")

    # 2. Kills at seeded random moments, scaled to how long the first run took to reach its
    #    first write so they land mid-run on any machine: one early (start-up, recovery, parsing,
    #    embedding the first paper), one late (after the first paper, during the second).
    for lo, hi in STRATA:
        delay = rng.uniform(lo, hi) * t_ref
        proc = start_ingest(papers, index)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            pass
        finished = proc.poll() is not None
        kill9(proc)
        with ro(index) as db:
            states = db.execute("SELECT status, count(*) FROM files GROUP BY status").fetchall()
        log.append(f"{time.monotonic() - t0:5.1f}s kill after {delay:.1f}s ({'had finished' if finished else 'killed'}): {states}")

    # 3. One more run, to the end.
    final = subprocess.run(cli("ingest", "--quiet", "--index", str(index), str(papers)),
                           capture_output=True, text=True, timeout=600)
    assert final.returncode == 0, final.stderr
    log.append(f"{time.monotonic() - t0:5.1f}s final run: {final.stdout.strip()}")

    got = index_state(index)
    clean = index_state(small_index)
    print("\n".join(log))
    assert set(got["files"].values()) == {"complete"}, got["files"]
    assert sorted(got["files"]) == sorted(p.name for p in papers.glob("*.pdf"))
    # no duplicates anywhere
    assert len(got["ids"]) == len(set(got["ids"])) == got["fts"]
    assert sorted(got["vectors"]) == sorted(got["ids"])
    assert sorted(got["decision_vectors"]) == sorted(got["decisions"])
    assert len(set(got["decisions"])) == len(got["decisions"])
    # exactly the clean build, paper by paper
    for f in got["files"]:
        assert got["per_file"][f] == clean["per_file"][f], f
    assert sorted(got["decisions"]) == sorted(clean["decisions"])
