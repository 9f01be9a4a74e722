"""The chat app end to end over HTTP: gradio_client against a real server over a real index.

The app runs in-process on a free port over a copy of the session's small index
(Haringey + LSC), so uploads and removals here cannot disturb other tests.
Covers the stable ``/chat`` API (answer text, paper and page), abstention,
follow-ups, bad uploads leaving the index unchanged, upload-then-remove, the
PDF and page-image routes, ten concurrent sessions without cross-talk, and
login with per-user visibility.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

gr_client = pytest.importorskip("gradio_client")
from gradio_client import Client, handle_file  # noqa: E402

from boardbot.config import Settings  # noqa: E402
from conftest import free_port, login, serve_app, serve_board_app, serve_open_app  # noqa: E402

pytestmark = pytest.mark.slow  # serves the real app

ROOT = Path(__file__).resolve().parents[1]
PAPERS = ROOT / "papers"
AWKWARD = ROOT.parent / "shared" / "corpus" / "awkward"
LSC = "lsc-icb-board-2023-11-08-place-integration-deal-progress.pdf"
HARINGEY = "haringey-islington-hwb-joint-sub-committee-2019-03-06-agenda-pack.pdf"
BLACKBURN = "blackburn-darwen-hwbb-2024-07-31-pbp-icb-update.pdf"
PRESENTER_Q = ("Who presented the Place Integration Deal progress paper to the Lancashire and South Cumbria "
               "ICB Board on 8 November 2023?")


@pytest.fixture(scope="module")
def app(small_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    yield from serve_open_app(small_index, tmp_path_factory.mktemp("app"))


@pytest.fixture(scope="module")
def client(app: tuple[str, Any]) -> Client:
    return Client(app[0], verbose=False)


def paper_state(service: Any) -> list[tuple[str, str, float]]:
    return [(p.file, p.sha256, p.indexed_at) for p in service.assistant.papers()]


# --- asking -------------------------------------------------------------------
def test_chat_api_answers_with_paper_and_page(client: Client) -> None:
    text = client.predict(PRESENTER_Q, api_name="/chat")
    answer, _, sources = text.partition("\nSources:\n")
    assert "Craig Harris" in answer
    assert f"({LSC}), page 1:" in sources
    assert "[1]" in answer and sources.startswith("[1] ")


def test_chat_api_abstains_with_closest_passages(client: Client) -> None:
    text = client.predict("What is the airspeed velocity of an unladen swallow?", api_name="/chat")
    assert text.startswith("I could not find this in the papers.")
    assert "Closest passages:" in text and "page" in text


def test_chat_api_board_filter_and_bad_date(client: Client) -> None:
    text = client.predict(PRESENTER_Q, "Haringey", "", "", api_name="/chat")
    assert LSC not in text  # the filter kept the LSC paper out
    with pytest.raises(Exception, match="not a date"):
        client.predict(PRESENTER_Q, "", "last Tuesday-ish", "", api_name="/chat")


def test_follow_up_uses_previous_question(app: tuple[str, Any]) -> None:
    c = Client(app[0], verbose=False)  # its own session: the conversation is per session
    first = c.predict("Tell me about the Place Integration Deal progress paper", [], "", "", "", [], api_name="/ask")
    follow = c.predict("Who presented it?", first[0], "", "", "", [], api_name="/ask")
    last = follow[0][-1]
    text = str(last["content"])
    assert last["role"] == "assistant" and "Craig Harris" in text
    assert "#cite-1-1" in text  # markers link to this turn's source cards
    assert 'id="cite-1-1"' in follow[2] and "boardbot/page/" in follow[2]


def test_ten_concurrent_sessions_get_their_own_answers(app: tuple[str, Any]) -> None:
    from boardbot.ui.render import api_text

    url, service = app
    questions = [
        PRESENTER_Q,
        "What is the quorum for the Haringey and Islington joint sub-committee?",
        "What is male life expectancy in Blackpool?",
        "Where was the 5 December 2018 Haringey and Islington joint sub-committee meeting held?",
        "What proportion of Blackburn with Darwen's population is of Pakistani and Indian heritage?",
        "What bid was the Wellbeing Partnership making to make better use of public estates?",
        "When is the Lancashire and South Cumbria ICB Board due to receive a further report on place development?",
        "How many primary care networks are established within Islington's three localities?",
        "What is the gap in healthy life expectancy for women between the most and least deprived parts of Haringey?",
        "What is the airspeed velocity of an unladen swallow?",
    ]
    expected = [api_text(service.ask(q, service.filters(None))) for q in questions]
    got: dict[int, str] = {}
    errors: list[BaseException] = []

    def user(i: int) -> None:
        try:
            c = Client(url, verbose=False)
            for _ in range(2):
                got.setdefault(i, c.predict(questions[i], api_name="/chat"))
                assert c.predict(questions[i], api_name="/chat") == got[i]
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=user, args=(i,)) for i in range(len(questions))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    assert [got[i] for i in range(len(questions))] == expected


# --- pages and PDFs -----------------------------------------------------------
def test_page_image_and_pdf_routes(app: tuple[str, Any]) -> None:
    url, service = app
    with httpx.Client(base_url=url, timeout=60) as http:
        r = http.get(f"boardbot/page/{LSC}/1.png")
        assert r.status_code == 200 and r.headers["content-type"] == "image/png"
        assert r.content.startswith(b"\x89PNG") and len(r.content) > 20_000
        assert any(service.pages.cache_dir.rglob("1.png"))  # cached under the index dir
        r = http.get(f"boardbot/pdf/{LSC}")
        assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
        assert r.content.startswith(b"%PDF-")
        assert http.get(f"boardbot/page/{LSC}/999.png").status_code == 404
        assert http.get("boardbot/pdf/no-such-paper.pdf").status_code == 404
        assert http.get("boardbot/pdf/..%2F..%2Fetc%2Fpasswd").status_code == 404


# --- papers -------------------------------------------------------------------
def test_bad_uploads_show_errors_and_leave_index_unchanged(app: tuple[str, Any], client: Client,
                                                          tmp_path: Path) -> None:
    _, service = app
    before = paper_state(service)
    fake = tmp_path / "x.pdf"
    fake.write_text("this is a text file, not a PDF\n")
    out = client.predict([handle_file(str(AWKWARD / "truncated-corrupt.pdf")), handle_file(str(fake))],
                         "public", api_name="/upload")
    report = out[0].replace("\\", "")
    rows = {line.split("|")[1].strip(): line for line in report.splitlines() if line.startswith("| ") and ".pdf" in line}
    assert "failed" in rows["truncated-corrupt.pdf"] and "corrupt or truncated" in rows["truncated-corrupt.pdf"]
    assert "failed" in rows["x.pdf"] and "not a PDF" in rows["x.pdf"]
    assert paper_state(service) == before
    uploads = service.settings.index_dir / "uploads"
    assert not uploads.exists() or not any(uploads.iterdir())


def test_upload_then_remove(app: tuple[str, Any], client: Client, tmp_path: Path) -> None:
    _, service = app
    before = paper_state(service)
    question = "Which consultancy won the contract to review pooled health and social care funding?"
    src = tmp_path / f"..{BLACKBURN}"  # a leading-dot name is sanitised away
    shutil.copy(PAPERS / BLACKBURN, src)
    out = client.predict([handle_file(str(src))], "public", api_name="/upload")
    assert "added" in out[0], out[0]
    assert f'data-file="{BLACKBURN}"' in out[1]  # the papers list
    assert (service.settings.index_dir / "uploads" / BLACKBURN).is_file()
    assert f"({BLACKBURN}), page 3" in client.predict(question, api_name="/chat")

    out = client.predict(BLACKBURN, api_name="/remove")
    assert out[0].replace("\\", "") == f"Removed {BLACKBURN}."
    assert f'data-file="{BLACKBURN}"' not in out[1]
    assert BLACKBURN not in client.predict(question, api_name="/chat")  # gone from answers at once
    assert paper_state(service) == before
    assert not (service.settings.index_dir / "uploads" / BLACKBURN).exists()


def test_filename_sanitising_and_pdf_check(tmp_path: Path) -> None:
    from boardbot.ui.service import check_pdf, sanitise_filename

    assert sanitise_filename("../../etc/passwd.pdf") == "passwd.pdf"
    assert sanitise_filename("C:\\Users\\x\\Board Pack.PDF") == "Board Pack.pdf"
    assert sanitise_filename("a\x00b\x1f\u202ec.pdf") == "abc.pdf"
    assert sanitise_filename(".hidden.pdf") == "hidden.pdf"
    assert sanitise_filename("minutes") == "minutes.pdf"
    assert sanitise_filename("") == "upload.pdf"
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * 2_000_000)
    assert "too large" in check_pdf(big, 1_000_000)
    assert check_pdf(big, 5_000_000) == ""
    html = tmp_path / "notes.pdf"
    html.write_text("<html>not a pdf</html>")
    assert "not a PDF" in check_pdf(html, 5_000_000)


# --- login and visibility -----------------------------------------------------
@pytest.fixture(scope="module")
def secured(small_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    yield from serve_board_app(small_index, tmp_path_factory.mktemp("secured"))


def test_login_required_and_groups_filter_answers(secured: tuple[str, Any]) -> None:
    url, _ = secured
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do; the client cannot connect
        Client(url, verbose=False).predict(PRESENTER_Q, api_name="/chat")
    alice = Client(url, auth=("alice", "alice-pw"), verbose=False)
    bob = Client(url, auth=("bob", "bob-pw"), verbose=False)
    assert f"({LSC}), page 1" in alice.predict(PRESENTER_Q, api_name="/chat")
    assert LSC not in bob.predict(PRESENTER_Q, api_name="/chat")
    with pytest.raises(Exception):  # noqa: B017
        Client(url, auth=("bob", "wrong"), verbose=False)


def test_routes_check_login_and_visibility(secured: tuple[str, Any]) -> None:
    url, _ = secured
    with httpx.Client(base_url=url, timeout=60) as anon:
        assert anon.get(f"boardbot/page/{HARINGEY}/1.png").status_code == 401
        assert anon.get(f"boardbot/pdf/{LSC}").status_code == 401
    with login(url, "alice", "alice-pw") as alice:
        assert alice.get(f"boardbot/pdf/{LSC}").status_code == 200
        assert alice.get(f"boardbot/page/{LSC}/2.png").status_code == 200
    with login(url, "bob", "bob-pw") as bob:
        assert bob.get(f"boardbot/pdf/{LSC}").status_code == 404  # not his to read: as if absent
        assert bob.get(f"boardbot/page/{LSC}/2.png").status_code == 404
        assert bob.get(f"boardbot/page/{HARINGEY}/1.png").status_code == 200


# --- first start --------------------------------------------------------------
def test_first_start_indexes_the_sample_papers_with_progress(tmp_path: Path) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    shutil.copy(PAPERS / BLACKBURN, papers / BLACKBURN)
    shutil.copy(PAPERS / "manifest.json", papers / "manifest.json")
    settings = Settings(index_dir=tmp_path / "index", papers_dir=papers, port=free_port())
    gen = serve_app(settings)
    url, service = next(gen)
    try:
        # the server is up while indexing runs, and says so
        assert service.ingest_status.running or service.ingest_status.done == 1
        if service.ingest_status.running:
            assert service.status_line().startswith("⏳ Indexing papers: 0 of 1")
        deadline = time.monotonic() + 180
        while service.ingest_status.running and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not service.ingest_status.running
        assert service.status_line().startswith("1 paper, 11 pages")
        text = Client(url, verbose=False).predict(
            "Which consultancy won the contract to review pooled health and social care funding?", api_name="/chat")
        assert f"({BLACKBURN}), page 3" in text
    finally:
        gen.close()
