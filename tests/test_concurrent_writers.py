"""Issue 16, finding 1: `boardbot ingest` and `boardbot remove` run while the app serves.

The app keeps an embedded Chroma store in memory. Before the fix, papers another process
added stayed invisible to the app's dense search (and /chat could fail on ids it half
knew) until the app was restarted. Now every read first checks the catalogue's
generation and reopens the vector store when another process changed the index.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytest.importorskip("gradio_client")
from gradio_client import Client  # noqa: E402

from boardbot.assistant import Assistant  # noqa: E402
from conftest import BLACKBURN, copy_index, make_settings, serve_app  # noqa: E402

NEW_PAPER_Q = "What is the Blackburn with Darwen place-based partnership?"
ASKS = ["Who presented the Place Integration Deal progress paper?", "What did the sub-committee agree?",
        NEW_PAPER_Q, "What is the place integration deal?", "Who chaired the meeting?"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "boardbot", *args], capture_output=True, text=True, timeout=600)


@pytest.mark.slow  # two CLI processes, each loading the model
def test_a_reader_sees_papers_another_process_adds_and_removes(small_index: Path, tmp_path: Path) -> None:
    index = copy_index(small_index, tmp_path / "index")
    reader = Assistant(settings=make_settings(index))
    assert all(h.file != BLACKBURN.name for h in reader.search(NEW_PAPER_Q, k=10))  # warm: vectors open

    assert _cli("ingest", str(BLACKBURN), "--index", str(index), "--quiet").returncode == 0
    dense = reader.index.vectors  # the store the reader opened before the ingest
    hits = reader.search(NEW_PAPER_Q, k=5)
    assert hits and hits[0].file == BLACKBURN.name
    assert any(h.file == BLACKBURN.name and h.metadata.get("dense_rank") for h in hits)  # the dense half sees it
    assert dense.collection.count() == reader.index.catalog.count_chunks()

    assert _cli("remove", BLACKBURN.name, "--index", str(index)).returncode == 0
    assert all(h.file != BLACKBURN.name for h in reader.search(NEW_PAPER_Q, k=10))
    assert not reader.refresh()  # nothing changed since: no reopening


@pytest.mark.slow  # a real app, five clients and a CLI ingest
def test_chat_while_a_cli_ingest_writes_has_no_errors(small_index: Path, tmp_path: Path) -> None:
    index = copy_index(small_index, tmp_path / "index")
    errors: list[str] = []
    answers = 0
    lock = threading.Lock()
    for url, _service in serve_app(make_settings(index)):
        clients = [Client(url, verbose=False) for _ in range(5)]
        clients[0].predict(ASKS[0], api_name="/chat")  # the app's stores are open before the writer starts
        proc = subprocess.Popen([sys.executable, "-m", "boardbot", "ingest", str(BLACKBURN), "--index", str(index),
                                 "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        def ask(client: Client, i: int, proc: subprocess.Popen[str] = proc) -> None:
            nonlocal answers
            n = 0
            while proc.poll() is None or n < 3:
                try:
                    text = client.predict(ASKS[(i + n) % len(ASKS)], api_name="/chat")
                    with lock:
                        answers += 1
                    assert isinstance(text, str) and text
                except Exception as exc:  # noqa: BLE001 - every failure is what this test counts
                    with lock:
                        errors.append(f"{type(exc).__name__}: {exc}")
                n += 1

        threads = [threading.Thread(target=ask, args=(c, i)) for i, c in enumerate(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=600)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        after = clients[1].predict(NEW_PAPER_Q, api_name="/chat")
        assert BLACKBURN.name in after  # the paper the CLI added while the app served is cited
    assert errors == []
    assert answers >= 15
