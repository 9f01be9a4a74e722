"""Shared fixtures: real indexes over the real sample papers, built once per session.

Embedding is the slow part (~19 chunks/s on 2 cores), so the small index uses the
two shortest agenda papers and the full index (all five papers, ~1,400 chunks)
is built at most once per test session, and only when a test asks for it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
if os.environ.get("PYTEST_XDIST_WORKER"):
    # two workers on two cores: one thread each (and in the CLI processes they start), not two each
    os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the evals package (sets, fixture PDF writer) from any working directory
    sys.path.insert(0, str(ROOT))
PAPERS = ROOT / "papers"
SHARED = ROOT.parent / "shared"
AWKWARD = SHARED / "corpus" / "awkward"
REAL_PAPERS = SHARED / "real-papers"
# read before the autouse fixture clears BOARDBOT_* for each test
PREBUILT_FULL_INDEX = os.environ.get("BOARDBOT_TEST_FULL_INDEX")

HARINGEY = PAPERS / "haringey-islington-hwb-joint-sub-committee-2019-03-06-agenda-pack.pdf"
LSC = PAPERS / "lsc-icb-board-2023-11-08-place-integration-deal-progress.pdf"
BLACKBURN = PAPERS / "blackburn-darwen-hwbb-2024-07-31-pbp-icb-update.pdf"
CAMBS = PAPERS / "cambs-peterborough-hwb-icp-2023-07-21-agenda-pack.pdf"


def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("BOARDBOT_"):
            monkeypatch.delenv(key, raising=False)


@pytest.fixture(autouse=True)
def _no_ambient_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A developer's BOARDBOT_* variables or boardbot.toml must not change test outcomes."""
    _isolated_env(monkeypatch)
    monkeypatch.setenv("BOARDBOT_CONFIG", str(tmp_path / "no-such-config.toml"))


def make_settings(index_dir: Path, **kw):
    from boardbot.config import Settings

    return Settings(index_dir=index_dir, **kw)


def build_index(index_dir: Path, papers: list[Path]) -> Path:
    """A real index of ``papers`` (copied with the sample manifest) at ``index_dir``."""
    from boardbot.assistant import Assistant

    a = Assistant(settings=make_settings(index_dir))
    # copy the manifest along so metadata matches what the app indexes
    staging = index_dir.parent / f"{index_dir.name}-papers"
    staging.mkdir(exist_ok=True)
    for p in papers:
        shutil.copy(p, staging / p.name)
    shutil.copy(PAPERS / "manifest.json", staging / "manifest.json")
    report = a.ingest([staging], progress=False)
    assert not report.failed, report.failed
    return index_dir


@pytest.fixture(scope="session")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Haringey (28 pages, Dec 2018 minutes inside a Mar 2019 pack) + LSC ICB (18 pages)."""
    return build_index(tmp_path_factory.mktemp("small") / "index", [HARINGEY, LSC])


@pytest.fixture(scope="session")
def full_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """All five sample papers; BOARDBOT_TEST_FULL_INDEX reuses a prebuilt one (read-only)."""
    if PREBUILT_FULL_INDEX:
        return Path(PREBUILT_FULL_INDEX)
    return build_index(tmp_path_factory.mktemp("full") / "index", sorted(PAPERS.glob("*.pdf")))


@pytest.fixture(scope="session")
def small_assistant(small_index: Path):
    from boardbot.assistant import Assistant

    return Assistant(settings=make_settings(small_index))


@pytest.fixture(scope="session")
def full_assistant(full_index: Path):
    from boardbot.assistant import Assistant

    return Assistant(settings=make_settings(full_index))


# --- a real app on a loopback port -----------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def copy_index(src: Path, dest: Path) -> Path:
    """A private copy of a session index, for a test that writes or relabels."""
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns(".ingest.lock", "page-cache"))
    return dest


def serve_app(settings: Any, prepare: Callable[[Any], None] | None = None) -> Iterator[tuple[str, Any]]:
    """Launch the real Gradio app (fixture body: ``yield from``); ``prepare`` sees its Service first."""
    from boardbot.ui.app import launch
    from boardbot.ui.service import Service

    service = Service(settings)
    if prepare:
        prepare(service)
    umask = os.umask(0o022)  # launch() sets 077 for the process; give the rest of the session its own back
    os.umask(umask)
    demo, service, url = launch(settings, block=False, quiet=True, service=service)
    try:
        yield url, service
    finally:
        demo.close()
        os.umask(umask)


def serve_copy(small_index: Path, base: Path, prepare: Callable[[Any], None] | None = None,
               users_file_text: str | None = None, **overrides: Any) -> Iterator[tuple[str, Any]]:
    """The app over a private copy of ``small_index`` under ``base`` (fixture body: ``yield from``);
    ``users_file_text`` becomes its users file, ``overrides`` go to its Settings."""
    from boardbot.config import Settings

    if users_file_text is not None:
        users = base / "users.txt"
        users.write_text(users_file_text, encoding="utf-8")
        overrides["users_file"] = str(users)
    settings = Settings(index_dir=copy_index(small_index, base / "index"), papers_dir=base / "no-papers",
                        port=free_port(), **overrides)
    yield from serve_app(settings, prepare)


def serve_open_app(small_index: Path, base: Path) -> Iterator[tuple[str, Any]]:
    """The app with no users configured over a private copy of ``small_index`` (fixture body: ``yield from``)."""
    yield from serve_copy(small_index, base)


def serve_board_app(small_index: Path, base: Path) -> Iterator[tuple[str, Any]]:
    """The app over a copy of the small index with logins: alice (group ``board``) and bob
    (no group), and the LSC paper readable by ``board`` only (fixture body: ``yield from``)."""
    from boardbot.access import hash_password

    users = ",".join([f"alice:{hash_password('alice-pw', iterations=1000)}:board",
                      f"bob:{hash_password('bob-pw', iterations=1000)}"])
    yield from serve_copy(small_index, base, prepare=lambda s: s.assistant.index.set_visibility(LSC.name, "board"),
                          users=users)


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF from literal object bodies (object 1 is the catalogue), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@contextmanager
def login(url: str, user: str, password: str) -> Iterator[Any]:
    """An HTTP client holding the session cookie of Gradio's own login form."""
    import httpx

    with httpx.Client(base_url=url, timeout=60) as http:
        r = http.post("login", data={"username": user, "password": password})
        assert r.status_code == 200, r.text
        yield http


# --- a real browser: Debian's chromium, driven by Playwright (never a downloaded browser) ---
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-sync", "--disable-quic", "--disable-dev-shm-usage",
]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    exe = chromium_path()
    if exe is None:
        pytest.skip("no chromium binary: run scripts/install_browser.sh (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed (pip install -e '.[dev]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


# --- a loopback server speaking the OpenAI chat-completions protocol ---------------------------
def source_with(prompt: str, needle: str) -> int:
    """Number of the source in a prompt's ``<<<SOURCES`` data block that contains ``needle``."""
    block = prompt.split("<<<SOURCES", 1)[1].split("SOURCES>>>", 1)[0]
    for m in re.finditer(r"^\[(\d+)\] [^\n]*\n([^\n]*)", block, re.M):
        if needle in m.group(2):
            return int(m.group(1))
    raise AssertionError(f"no source holds {needle!r}:\n{block}")


class OpenAIStub:
    """A minimal OpenAI-compatible server (SSE streaming) on loopback; ``reply(messages)`` is the
    model's text, and every request body is kept in ``requests``."""

    def __init__(self, reply: Callable[[list[dict[str, str]]], str]) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.requests: list[dict[str, Any]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                stub.requests.append(body)
                text = reply(body["messages"])
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for i in range(0, len(text), 5):
                    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": body["model"],
                             "choices": [{"index": 0, "delta": {"content": text[i:i + 5]}, "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.write(b"data: [DONE]\n\n")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> OpenAIStub:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def records(request: pytest.FixtureRequest) -> dict[str, list[Any]]:
    """The decision records of the layouts set a test module names in its ``LAYOUTS`` (a name or its folder)."""
    return layout_records(Path(str(request.module.LAYOUTS)).name)


def pdf_records(path: Path) -> list[Any]:
    """The decision records of one PDF, read as ingest reads it."""
    from boardbot.decisions import extract_decisions
    from boardbot.parsing.document import load
    from boardbot.parsing.pdf_reader import PypdfReader

    return extract_decisions(load(path, PypdfReader(), None))


def layout_records(folder: str) -> dict[str, list[Any]]:
    """The decision records of each labelled PDF of ``evals/<folder>``, straight from the PDF."""
    papers = ROOT / "evals" / folder / "papers"
    return {p.name: pdf_records(p) for p in sorted(papers.glob("*.pdf"))}


def find_record(records: dict[str, list[Any]], name: str, start: str) -> Any:
    found = [r for r in records[name] if r.text.startswith(start)]
    assert found, f"no record starting {start!r} in {name}: {[r.text[:50] for r in records[name]]}"
    return found[0]


def assert_layout_gate(records: dict[str, list[Any]], folder: str, labels: int, precision: float, recall: float,
                       outcome: float) -> None:
    """A layouts set's scores stay at or above the gate; every meeting date is right. Every paper of the
    set counts, one with no labels (a meeting that takes no decisions) too: its records are all wrong."""
    from boardbot.decisions.metrics import evaluate_decisions

    res = evaluate_decisions([r for recs in records.values() for r in recs],
                             next((ROOT / "evals" / folder).glob("decisions-*.jsonl")), files=list(records))
    assert res["labels"] == labels
    assert res["precision"] >= precision, res["unmatched_records"]
    assert res["recall"] >= recall, res["missed"]
    assert res["date_accuracy"] == 1.0, res["wrong_dates"]
    assert res["outcome_accuracy"] >= outcome, res["wrong_outcomes"]
