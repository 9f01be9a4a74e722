"""Chroma in client/server mode: ``BOARDBOT_CHROMA_URL`` points boardbot at a real ``chroma run`` server.

The server is the ``chroma`` command installed with the chromadb package,
started on a free loopback port over a temporary folder. The catalogue, BM25
and decisions rows stay in the local index folder; every vector (chunks and
decisions) lives in the server, and both sides must agree after ingest and
after remove.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import BLACKBURN, LSC, free_port

pytestmark = pytest.mark.slow  # starts a Chroma server and ingests into it

CHROMA = Path(sys.executable).with_name("chroma")


def wait_up(url: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"chroma run exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"chroma server at {url} did not answer within {timeout:.0f}s")


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMA.exists():
        pytest.skip(f"no chroma command at {CHROMA}")
    data = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = (data / "server.log").open("wb")
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(data / "db"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    try:
        wait_up(url, proc)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=20)
        log.close()


def server_ids(url: str, collection: str) -> list[str]:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    port = int(url.rsplit(":", 1)[1])
    client = chromadb.HttpClient(host="127.0.0.1", port=port, settings=ChromaSettings(anonymized_telemetry=False))
    names = {c.name for c in client.list_collections()}
    return list(client.get_collection(collection).get(include=[])["ids"]) if collection in names else []


def test_ingest_ask_remove_against_a_chroma_server(chroma_server: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from boardbot.assistant import Assistant
    from boardbot.config import load_settings

    papers = tmp_path / "papers"
    papers.mkdir()
    shutil.copy(BLACKBURN, papers / BLACKBURN.name)
    shutil.copy(BLACKBURN.parent / "manifest.json", papers / "manifest.json")
    monkeypatch.setenv("BOARDBOT_CHROMA_URL", chroma_server)  # the deployment's way of choosing server mode
    settings = load_settings(index_dir=tmp_path / "index")
    assert settings.chroma_url == chroma_server

    a = Assistant(settings=settings)
    report = a.ingest([papers], progress=False)
    assert [r.status for r in report.results] == ["added"], report.results
    assert not settings.chroma_dir.exists(), "vectors went to an embedded store, not the server"

    chunk_ids = sorted(a.index.catalog.chunk_ids(BLACKBURN.name))
    assert len(chunk_ids) > 20
    assert sorted(server_ids(chroma_server, "boardbot")) == chunk_ids
    n_decisions = a.index.hooks[0].count() if a.index.hooks else 0
    assert len(server_ids(chroma_server, "decisions")) == n_decisions

    question = "When is the final version of the Lancashire and South Cumbria UEC recovery plan due?"
    ans = a.ask(question)
    assert "7 August 2024" in ans.text, ans.text
    assert ans.citations and ans.citations[0].file == BLACKBURN.name and ans.citations[0].page == 3

    # the same paper in an embedded store answers and ranks identically: one code path, two stores
    embedded = Assistant(settings=settings.replace(index_dir=tmp_path / "embedded", chroma_url=""))
    assert [r.status for r in embedded.ingest([papers], progress=False).results] == ["added"]
    assert embedded.settings.chroma_dir.is_dir()
    assert embedded.ask(question).text == ans.text
    for query in ("triumvirate leadership model", "pooled funding review consultancy", "urgent care"):
        assert [h.id for h in embedded.search(query, k=8)] == [h.id for h in a.search(query, k=8)], query

    assert a.remove(BLACKBURN.name)
    assert server_ids(chroma_server, "boardbot") == []
    assert server_ids(chroma_server, "decisions") == []
    assert a.index.catalog.count_chunks() == 0


def test_unreachable_server_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from boardbot.assistant import Assistant
    from boardbot.cli.main import main as cli
    from boardbot.config import Settings
    from boardbot.errors import BoardbotError

    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    a = Assistant(settings=Settings(index_dir=tmp_path / "index", chroma_url=url))
    with pytest.raises(BoardbotError, match=rf"^cannot reach Chroma server at {url} \("):
        a.search("budget")

    # the CLI says so in one line and exits 2, before parsing or embedding anything
    monkeypatch.setenv("BOARDBOT_CHROMA_URL", url)
    t = time.perf_counter()
    rc = cli(["ingest", "--quiet", "--index", str(tmp_path / "index2"), str(BLACKBURN)])
    err = capsys.readouterr().err
    assert rc == 2, err
    assert f"error: cannot reach Chroma server at {url}" in err
    assert time.perf_counter() - t < 60

    monkeypatch.setenv("BOARDBOT_CHROMA_URL", "localhost:8000")  # no scheme: not a URL
    assert cli(["search", "--index", str(tmp_path / "index3"), "budget"]) == 2
    assert "is not a URL like http://host:port" in capsys.readouterr().err


def test_server_lost_after_start_is_a_clear_error(tmp_path: Path) -> None:
    from boardbot.assistant import Assistant
    from boardbot.config import Settings
    from boardbot.errors import BoardbotError

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(tmp_path / "db"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_up(url, proc)
        a = Assistant(settings=Settings(index_dir=tmp_path / "index", chroma_url=url))
        assert a.search("pooled budget") == []  # connected, empty
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    # no bare httpx traceback: one line saying what went wrong, from search and from the decisions register
    for call in (lambda: a.search("pooled budget"), lambda: a.ask("What did the board agree about the budget?")):
        with pytest.raises(BoardbotError, match=rf"^lost the Chroma server at {url} \(ConnectError: .*is it still running"):
            call()


def test_rebuild_in_server_mode_drops_the_servers_collections(chroma_server: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """`ingest --rebuild` starts from nothing on the server too: no vectors of papers not re-ingested."""
    from boardbot.assistant import Assistant
    from boardbot.cli.main import main as cli
    from boardbot.config import load_settings

    both, one = tmp_path / "both", tmp_path / "one"
    for folder, papers in ((both, (BLACKBURN, LSC)), (one, (BLACKBURN,))):
        folder.mkdir()
        for p in papers:
            shutil.copy(p, folder / p.name)
    monkeypatch.setenv("BOARDBOT_CHROMA_URL", chroma_server)
    index = tmp_path / "index"
    assert cli(["ingest", "--quiet", "--index", str(index), str(both)]) == 0
    before = Assistant(settings=load_settings(index_dir=index)).index.catalog
    lsc_ids = set(before.chunk_ids(LSC.name))
    assert lsc_ids and lsc_ids <= set(server_ids(chroma_server, "boardbot"))

    assert cli(["ingest", "--quiet", "--rebuild", "--index", str(index), str(one)]) == 0
    a = Assistant(settings=load_settings(index_dir=index))
    assert [f.file for f in a.papers()] == [BLACKBURN.name]
    assert sorted(server_ids(chroma_server, "boardbot")) == sorted(a.index.catalog.chunk_ids(BLACKBURN.name))
    assert not lsc_ids & set(server_ids(chroma_server, "boardbot"))
    n_decisions = a.index.hooks[0].count() if a.index.hooks else 0
    assert len(server_ids(chroma_server, "decisions")) == n_decisions
    assert not a.search("Place Integration Deal phased delegation", k=5, filters={"files": [LSC.name]})
