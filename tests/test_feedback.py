"""History and feedback over a real index: per-user conversations, Markdown export, corrections -> eval set."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from boardbot.cli.main import main
from boardbot.evaluation.dataset import load_set
from boardbot.feedback import FeedbackStore, parse_correction
from boardbot.history import HistoryStore
from conftest import LSC, copy_index

pytestmark = pytest.mark.slow  # builds its own index and runs the CLI

QUESTION = "Who presented the place integration deal paper?"


@pytest.fixture(scope="module")
def index(small_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    # a private copy: these tests write history and feedback rows
    return copy_index(small_index, tmp_path_factory.mktemp("fb") / "index")


@pytest.fixture(scope="module")
def answer(index: Path):
    from boardbot.assistant import Assistant
    from conftest import make_settings

    ans = Assistant(settings=make_settings(index)).ask(QUESTION)
    assert ans.citations and ans.citations[0].file == LSC.name, ans.text
    return ans


def norm(s: str) -> str:
    return " ".join(s.split()).lower()


def test_history_is_per_user_and_reopens_with_citations(index: Path, answer) -> None:
    store = HistoryStore(index / "boardbot.sqlite")
    cid = store.add_turn("alice", None, QUESTION, answer)
    assert store.add_turn("alice", cid, "And when was it?", answer.to_dict()) == cid
    other = store.add_turn("alice", None, "What is the Better Care Fund?", answer)

    mine = store.conversations("alice")
    assert [c.id for c in mine][:2] == [other, cid]  # most recent first
    assert store.conversations("bob") == []
    assert store.get("bob", cid) is None and store.export_markdown("bob", cid) is None
    with pytest.raises(KeyError):
        store.add_turn("bob", cid, "sneaking in", answer)
    assert store.delete("bob", cid) is False

    conv = store.get("alice", cid)
    assert conv is not None and conv.title == QUESTION
    assert [t.question for t in conv.turns] == [QUESTION, "And when was it?"]
    assert conv.turns[0].answer["citations"][0]["page"] == answer.citations[0].page

    md = store.export_markdown("alice", cid)
    assert md is not None and md.startswith(f"# {QUESTION}")
    assert f"## {QUESTION}" in md
    c = answer.citations[0]
    assert f"{c.file}, page {c.page}" in md
    assert c.quote.split()[0] in md

    # a fresh store over the same file (another process, a restart) sees the same history
    again = HistoryStore(index / "boardbot.sqlite")
    assert again.get("alice", cid).turns[1].question == "And when was it?"
    assert again.delete("alice", other) and again.get("alice", other) is None


def test_history_cli_lists_and_exports_only_the_users_own(index: Path, answer, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    cid = HistoryStore(index / "boardbot.sqlite").add_turn("carol", None, QUESTION, answer)
    assert main(["history", "list", "--user", "carol", "--index", str(index)]) == 0
    assert cid in capsys.readouterr().out
    assert main(["history", "list", "--user", "dave", "--index", str(index)]) == 0
    assert cid not in capsys.readouterr().out
    out = tmp_path / "conv.md"
    assert main(["history", "export", cid, "--user", "carol", "--out", str(out), "--index", str(index)]) == 0
    assert f"{LSC.name}, page" in out.read_text()
    assert main(["history", "export", cid, "--user", "dave", "--index", str(index)]) == 1
    assert "not found" in capsys.readouterr().err


def test_parse_correction() -> None:
    c = parse_correction("The right answer is: Professor Craig Harris (page 1).")
    assert (c.answer, c.page, c.file) == ("Professor Craig Harris", 1, None)
    c = parse_correction("correct answer is £7m (cambs.pdf, p. 12)")
    assert (c.answer, c.page, c.file) == ("£7m", 12, "cambs.pdf")
    assert parse_correction("Craig Harris", 3).page == 3
    assert parse_correction("Craig Harris").page is None


def test_confirmed_corrections_export_as_eval_questions(index: Path, answer, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    page = answer.citations[0].page
    store = FeedbackStore(index / "boardbot.sqlite")
    ok = store.add("erin", QUESTION, answer, helpful=False,
                   correction=f"the right answer is Professor Craig Harris (page {page})")
    store.add("erin", QUESTION, answer, helpful=True)  # no correction: nothing to export
    wrong = store.add("frank", QUESTION, answer, helpful=False, correction="the right answer is Jane Doe (page 1)")
    store.add("frank", "Who chairs the board?", answer, helpful=False, correction="someone else")  # no page
    named = store.add("gina", "Which place is named with Blackburn?", {"text": "?", "citations": []},
                      helpful=False, correction=f"Darwen ({LSC.name}, page {page})")
    rows = store.rows()
    assert [r.helpful for r in rows if r.user == "erin"] == [False, True]
    assert rows[0].citations[0]["file"] == LSC.name

    out = tmp_path / "fb.jsonl"
    assert main(["feedback", "export", "--eval", str(out), "--index", str(index)]) == 0
    cap = capsys.readouterr()
    assert f"feedback {wrong} " in cap.err and "not on page 1" in cap.err
    assert "names no page" in cap.err

    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["id"] for x in lines] == [f"fb{ok:04d}", f"fb{named:04d}"]
    first = lines[0]
    assert set(first) == {"id", "question", "answers", "answerable", "source", "page", "evidence", "type"}
    assert first["answers"] == ["Professor Craig Harris"] and first["source"] == LSC.name and first["page"] == page
    assert norm("Professor Craig Harris") in norm(first["evidence"])
    assert len(first["evidence"].split()) <= 40
    # the eval's own loader accepts the file, and the evidence is on that page of the PDF
    loaded = load_set(out)
    assert not loaded.errors and len(loaded.questions) == 2
    page_text = PdfReader(str(LSC)).pages[page - 1].extract_text()
    assert norm(first["evidence"]) in norm(page_text), first["evidence"]


def test_feedback_export_needs_an_output(index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["feedback", "export", "--index", str(index)]) == 2
    assert "--eval" in capsys.readouterr().err


def test_list_json(index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fresh = tmp_path / "idx"
    shutil.copytree(index, fresh)
    FeedbackStore(fresh / "boardbot.sqlite").add("zed", "q?", {"text": "a", "citations": []}, helpful=True)
    assert main(["feedback", "list", "--json", "--index", str(fresh)]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert any(r["user"] == "zed" and r["helpful"] is True for r in rows)
