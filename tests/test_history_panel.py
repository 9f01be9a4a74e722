"""The history sidebar and feedback handlers (ui.history_panel) over real stores in a temporary SQLite file.

No index or model is needed: answers are ``Answer`` records as the answerer makes them,
stored and reopened through the real HistoryStore / FeedbackStore. The browser test
(test_browser_history.py) drives the same code through the app.
"""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

import gradio as gr
import pytest

from boardbot.feedback import FeedbackStore
from boardbot.history import Conversation, HistoryStore
from boardbot.records import Answer, Citation, Hit
from boardbot.ui import history_panel as hp
from boardbot.ui import render

LSC = "lsc-icb-board-2023-11-08-place-integration-deal-progress.pdf"


def answer(question: str = "Who presented it?") -> Answer:
    cite = Citation(n=1, file=LSC, page=1, quote="Presented by: Professor Craig Harris", score=0.91,
                    title="Place Integration Deal", board="LSC ICB Board", date="2023-11-08",
                    context="Agenda item 7. Presented by: Professor Craig Harris, Chief Operating Officer.")
    return Answer(question=question, text="Professor Craig Harris presented it [1].", citations=[cite],
                  abstained=False)


def abstention() -> Answer:
    hit = Hit(id="c1", file=LSC, page_start=2, page_end=3, text="Nothing about swallows here.", score=0.2,
              metadata={"title": "Place Integration Deal", "page_breaks": "[[0,2],[10,3]]"})
    return Answer(question="swallow?", text="I could not find this in the papers.", citations=[],
                  abstained=True, passages=[hit])


def req(name: str | None) -> SimpleNamespace:
    return SimpleNamespace(username=name)


@pytest.fixture
def panel(tmp_path: Path) -> hp.HistoryPanel:
    return hp.HistoryPanel(tmp_path / "boardbot.sqlite", lambda: False)


def test_answer_round_trips_through_a_dict() -> None:
    for a in (answer(), abstention(), Answer("q", "near", [], True, status="partial", notes=["fell back"])):
        again = Answer.from_dict(a.to_dict())
        assert again.to_dict() == a.to_dict()
        # the chat and sources panel render it exactly as they did the first time
        assert render.answer_markdown(again, 3) == render.answer_markdown(a, 3)
        assert render.turn_html(3, "q", again) == render.turn_html(3, "q", a)
    assert Answer.from_dict({"text": "x", "future_field": 1, "citations": [
        {"n": 1, "file": "a.pdf", "page": 2, "quote": "q", "score": 0.5, "new": True}]}).citations[0].page == 2


def test_user_name_and_choices() -> None:
    assert hp.user_name("alice", True) == "alice"
    assert hp.user_name(None, False) == hp.LOCAL_USER
    assert hp.user_name(None, True) is None  # no one is stored as "local" when logins are on
    now = time.mktime((2026, 12, 6, 15, 0, 0, 0, 0, -1))
    convs = [Conversation("b" * 32, "u", "Second question", now - 60, now - 60),
             Conversation("a" * 32, "u", "", now - 9 * 86400, now - 9 * 86400)]
    labels = hp.conversation_choices(convs, now)
    assert labels[0] == ("Second question · today 14:59", "b" * 32)
    assert labels[1][0].startswith("Untitled · 2026-11-27 ") and labels[1][1] == "a" * 32
    assert hp.export_name(Conversation("0123456789" * 3, "u", "Who presented the £7m paper?", 0, 0)) == \
        "boardbot-who-presented-the-7m-paper-01234567.md"


def test_turns_are_stored_and_reopen_with_the_same_answers(panel: hp.HistoryPanel) -> None:
    turns: list[dict] = []
    messages: list[dict] = []
    for q, a in (("Who presented it?", answer()), ("And the swallow?", abstention())):
        messages += [{"role": "user", "content": render.md_text(q)}, {"role": "assistant", "content": "…"}]
        extra = panel.record(req(None), turns, q, a, len(messages) - 1)
        turns.append({"q": q, "user": None, **extra})
        messages[-1]["content"] = render.answer_markdown(a, len(turns) - 1)
    cid = turns[0]["cid"]
    assert turns[1]["cid"] == cid and hp.current_id(turns) == cid  # follow-ups continue the conversation

    choices, export = panel.refresh(turns, req(None))
    assert [c[1] for c in choices.choices] == [cid] and choices.value == cid
    # the export is a Markdown file (Gradio has already copied it into its cache for download)
    text = Path(export.value["path"] if isinstance(export.value, dict) else export.value).read_text()
    assert "## Who presented it?" in text and f"{LSC}, page 1" in text

    chat, reopened, sources, target, note = panel.reopen(cid, req(None))
    assert chat == messages  # the same questions and answers, with the same [n] links
    assert [t["msg"] for t in reopened] == [1, 3] and hp.current_id(reopened) == cid
    assert 'id="cite-0-1"' in sources and "Craig Harris" in sources and "Not found in the papers" in sources
    assert target is None and note == ""
    assert panel.history.get(hp.LOCAL_USER, cid) is not None  # no login: stored as "local"

    # "New conversation" empties the turns: the next answer starts another conversation, listed first
    extra = panel.record(req(None), [], "Third?", answer("Third?"), 1)
    assert extra["cid"] != cid
    assert [c.id for c in panel.history.conversations(hp.LOCAL_USER)] == [extra["cid"], cid]


def test_users_never_see_each_others_conversations(tmp_path: Path) -> None:
    panel = hp.HistoryPanel(tmp_path / "boardbot.sqlite", lambda: True)
    cid = panel.record(req("alice"), [], "Who presented it?", answer(), 1)["cid"]
    assert [c["id"] for c in panel.api_conversations(req("alice"))] == [cid]
    assert panel.api_conversations(req("bob")) == []
    assert panel.reopen(cid, req("bob"))[-1] == "That conversation was not found."
    with pytest.raises(gr.Error, match="not found"):
        panel.api_conversation(cid, req("bob"))
    assert "Craig Harris" in panel.api_conversation(cid, req("alice"))
    # bob presenting alice's conversation id in his turns starts his own conversation instead
    forged = [{"q": "x", "cid": cid, "answer": answer().to_dict(), "msg": 1}]
    assert panel.record(req("bob"), forged, "Mine?", answer(), 3)["cid"] != cid
    assert len(panel.history.get("alice", cid).turns) == 1
    # alice's session state presented by bob: no thumbs or corrections are taken from it
    alices = [{"q": "Who presented it?", "user": "alice", "cid": cid, "answer": answer().to_dict(), "msg": 1}]
    assert hp.own_turns(alices, "bob") == [] and hp.own_turns(alices, "alice") == alices
    assert panel.like(alices, gr.LikeData(None, {"index": 1, "value": [], "liked": False}), req("bob"))[1] == ""
    assert panel.correct("Jane (page 1)", None, alices, req("bob"))[2].startswith("Ask a question first")
    assert panel.feedback.rows() == []
    # under logins an unnamed request is nobody: nothing stored, nothing listed
    assert "cid" not in panel.record(req(None), [], "q", answer(), 1)
    assert panel.api_conversations(req(None)) == []


def test_thumbs_and_corrections_are_stored_with_the_answer(panel: hp.HistoryPanel, tmp_path: Path) -> None:
    turns = [{"q": "Who presented it?", **panel.record(req(None), [], "Who presented it?", answer(), 1)}]
    target, status = panel.like(turns, gr.LikeData(None, {"index": 1, "value": ["x"], "liked": False}), req(None))
    assert status.startswith(hp.SAVED) and "not helpful" in status and target["turn"] == 0
    # a thumb on a message that is no answer (the question, an error) stores nothing
    assert panel.like(turns, gr.LikeData(None, {"index": 0, "value": ["x"], "liked": True}), req(None))[1] == ""

    box, target2, status = panel.correct("  Craig Harris (page 1) ", target, turns, req(None))
    assert box == "" and status.startswith(hp.SAVED) and "page" not in status.split("”.")[-1]
    rows = FeedbackStore(tmp_path / "boardbot.sqlite").rows()  # what `boardbot feedback` reads
    assert len(rows) == 1  # the correction completes the "not helpful" row
    r = rows[0]
    assert (r.user, r.question, r.helpful, r.correction, r.correction_page) == \
        (hp.LOCAL_USER, "Who presented it?", False, "Craig Harris (page 1)", 1)
    assert r.citations == [{"n": 1, "file": LSC, "page": 1, "quote": "Presented by: Professor Craig Harris"}]

    # with no thumb first, a correction is about the latest answer; without a page it says how to add one
    _, _, status = panel.correct("Jane Doe", None, turns, req(None))
    assert "(page 3)" in status
    assert panel.correct("", None, turns, req(None))[2].startswith("Type the right answer")
    assert panel.correct("x (page 2)", None, [], req(None))[2].startswith("Ask a question first")
    assert len(panel.feedback.rows(corrections_only=True)) == 2


def test_a_correction_never_rewrites_another_users_row(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "boardbot.sqlite")
    row = store.add("alice", "q", answer(), helpful=False)
    assert store.correct("bob", row, "Jane (page 1)", 1) is False
    assert store.correct("alice", row, "Jane (page 1)", 1) is True
    assert [(r.user, r.correction) for r in store.rows()] == [("alice", "Jane (page 1)")]
    HistoryStore(tmp_path / "boardbot.sqlite")  # both stores share the index's database file
