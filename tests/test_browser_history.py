"""Conversation history and answer feedback in the real app (issue 17).

In headless chromium (see test_browser.py): two questions, a page reload, the
sidebar lists the conversation, clicking it brings back both turns with their
citations, a follow-up continues it, the Markdown export holds the question and
its pages; "not helpful" plus a correction is confirmed, and the real
``boardbot feedback export --eval`` run against the app's index turns it into an
eval question. Over HTTP with logins: one user never sees another's conversations.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from boardbot.history import HistoryStore
from conftest import LSC, serve_copy

Q1 = "Who presented the Place Integration Deal progress paper?"
Q2 = "What is the quorum for the Haringey and Islington joint sub-committee?"
Q3 = "When was it presented?"


@pytest.fixture(scope="module")
def app(small_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    yield from serve_copy(small_index, tmp_path_factory.mktemp("browser-history"))


def ask(page: Any, question: str, turn: int) -> str:
    page.locator("#bb-question textarea").fill(question)
    page.locator("#bb-ask").click()
    page.locator(f'#bb-chat a[href="#cite-{turn}-1"]').first.wait_for(timeout=60_000)
    return page.locator("#bb-chat .message-row").last.inner_text()


def cli(*argv: str, index: Path) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("boardbot")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "boardbot"]
    env = {**os.environ, "BOARDBOT_INDEX_DIR": str(index), "HF_HUB_OFFLINE": "1"}
    return subprocess.run([*cmd, *argv], env=env, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.browser
def test_history_reopens_exports_and_feedback_reaches_the_eval_export(browser: Any, app: tuple[str, Any],
                                                                      tmp_path: Path) -> None:
    url, service = app
    index = service.settings.index_dir
    context = browser.new_context(viewport={"width": 1500, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url)

    assert "Craig Harris" in ask(page, Q1, 0)
    second = ask(page, Q2, 1)
    sources_before = page.locator("#bb-sources .bb-sources").inner_html()
    listing = page.locator("#bb-conversations")
    listing.get_by_text(Q1).wait_for(timeout=30_000)  # listed as soon as it is answered
    page.screenshot(path=str(tmp_path / "two-questions.png"), full_page=True)

    # a reload starts an empty chat; the sidebar still lists the conversation, newest first
    page.reload()
    listing.get_by_text(Q1).wait_for(timeout=30_000)
    assert page.locator("#bb-chat .message-row").count() == 0
    listing.get_by_text(Q1).click()
    page.locator('#bb-chat a[href="#cite-1-1"]').first.wait_for(timeout=30_000)
    rows = page.locator("#bb-chat .message-row")
    assert rows.count() == 4
    assert "Craig Harris" in rows.nth(1).inner_text() and rows.nth(3).inner_text() == second
    assert page.locator("#bb-sources .bb-sources").inner_html() == sources_before  # the same sources, quotes marked the same
    page.locator('#bb-chat a[href="#cite-0-1"]').first.click()  # the first answer's sources are back too
    card = page.locator("#cite-0-1")
    assert "selected" in (card.get_attribute("class") or "")
    assert LSC.name in card.inner_text() and "page 1" in card.inner_text()
    page.screenshot(path=str(tmp_path / "reopened.png"), full_page=True)

    # a follow-up continues the reopened conversation (one conversation, three turns, for "local")
    ask(page, Q3, 2)
    convs = HistoryStore(index / "boardbot.sqlite").conversations("local")
    assert len(convs) == 1
    assert [t.question for t in HistoryStore(index / "boardbot.sqlite").get("local", convs[0].id).turns] == \
        [Q1, Q2, Q3]

    # export the open conversation as Markdown, with its citations
    export = page.locator("#bb-export")
    page.wait_for_function("() => !document.querySelector('#bb-export').disabled", timeout=30_000)
    with page.expect_download(timeout=30_000) as download:
        export.click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    (tmp_path / download.value.suggested_filename).write_text(text, encoding="utf-8")
    assert download.value.suggested_filename.endswith(".md")
    assert f"## {Q1}" in text and f"## {Q3}" in text
    assert f"{LSC.name}, page 1" in text

    # not helpful on the first answer, then the right answer with its page
    dislikes = page.locator("#bb-chat").get_by_role("button", name="Dislike", exact=True)
    assert dislikes.count() == 3  # one per answer, not on the questions
    dislikes.first.click()
    status = page.locator("#bb-feedback-status")
    status.get_by_text("Thanks — saved").wait_for(timeout=30_000)
    assert "not helpful" in status.inner_text()
    page.locator("#bb-correction textarea").fill("Craig Harris (page 1)")
    page.locator("#bb-correct").click()
    page.wait_for_function("() => document.querySelector('#bb-feedback-status').innerText.includes('correction')",
                           timeout=30_000)
    assert "Thanks — saved" in status.inner_text() and Q1 in status.inner_text()
    page.screenshot(path=str(tmp_path / "feedback.png"), full_page=True)
    assert not errors, errors
    context.close()

    # the operator's CLI, in another process, sees the app's feedback and confirms it on page 1
    out = tmp_path / "feedback-eval.jsonl"
    done = cli("feedback", "export", "--eval", str(out), index=index)
    assert done.returncode == 0, done.stderr
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(x["question"], x["answers"], x["source"], x["page"]) for x in exported] == \
        [(Q1, ["Craig Harris"], LSC.name, 1)]
    assert "craig harris" in exported[0]["evidence"].lower()


@pytest.fixture(scope="module")
def board(small_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    from test_security import BOARD_USERS, users_text

    yield from serve_copy(small_index, tmp_path_factory.mktemp("history-logins"),
                          users_file_text=users_text(BOARD_USERS))


@pytest.mark.slow
def test_with_logins_each_user_sees_only_their_own_conversations(board: tuple[str, Any]) -> None:
    from test_security import client

    url, service = board
    alice, bob = client(url, "alice"), client(url, "bob")
    messages = alice.predict(Q1, [], "", "", "", [], api_name="/ask")[0]
    assert "Craig Harris" in json.dumps(messages)
    mine = alice.predict(api_name="/conversations")
    assert [c["title"] for c in mine] == [Q1]
    cid = mine[0]["id"]
    assert "Craig Harris" in alice.predict(cid, api_name="/conversation")

    assert bob.predict(api_name="/conversations") == []
    with pytest.raises(Exception, match="not found"):
        bob.predict(cid, api_name="/conversation")
    bob.predict(Q2, [], "", "", "", [], api_name="/ask")
    assert [c["title"] for c in bob.predict(api_name="/conversations")] == [Q2]
    assert [c["title"] for c in alice.predict(api_name="/conversations")] == [Q1]
    # stored under the signed-in names, never the no-login "local"
    store = HistoryStore(service.settings.db_path)
    assert store.conversations("local") == [] and len(store.conversations("bob")) == 1
