"""Each user's conversations, kept in the index's SQLite, reopened and exported as Markdown.

A conversation belongs to the user who started it: every read and write names
the user, and another user's conversation is answered as if it did not exist
(no listing, no reopening, no export), so history never leaks across users.
Answers are stored as ``Answer.to_dict()`` JSON, so a reopened conversation
shows the same text, state and citations it showed the first time.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .records import Answer
from .store.sqlite import Connections, transaction

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY, user TEXT NOT NULL, title TEXT, created REAL, updated REAL
);
CREATE INDEX IF NOT EXISTS conversations_user ON conversations(user, updated);
CREATE TABLE IF NOT EXISTS turns (
    conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, question TEXT, answer_json TEXT, created REAL,
    PRIMARY KEY (conversation_id, seq)
);
"""
TITLE_CHARS = 80
STATE_WORDS = {"answered": "", "partial": "Partly answered: ", "not_found": "Not found in the papers. "}


@dataclass
class Turn:
    seq: int
    question: str
    answer: dict[str, Any]
    created: float


@dataclass
class Conversation:
    id: str
    user: str
    title: str
    created: float
    updated: float
    turns: list[Turn] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "created": self.created, "updated": self.updated,
                "turns": [{"question": t.question, "answer": t.answer, "created": t.created} for t in self.turns]}


def title_from(question: str) -> str:
    text = " ".join(question.split())
    if len(text) <= TITLE_CHARS:
        return text
    cut = text[: TITLE_CHARS - 1].rsplit(" ", 1)[0]
    return cut + "\u2026"


def _answer_dict(answer: Answer | dict[str, Any]) -> dict[str, Any]:
    return answer.to_dict() if isinstance(answer, Answer) else dict(answer)


class HistoryStore:
    """Conversations and their turns in ``db_path`` (the index's ``boardbot.sqlite``)."""

    def __init__(self, db_path: Path) -> None:
        self._conns = Connections(Path(db_path))
        self._conns.db.executescript(SCHEMA)

    @property
    def db(self):  # noqa: ANN201  sqlite3.Connection of this thread
        return self._conns.db

    def close(self) -> None:
        self._conns.close()

    def start(self, user: str, title: str = "") -> str:
        """A new, empty conversation of ``user``; its id."""
        cid = uuid.uuid4().hex
        now = time.time()
        with transaction(self.db) as db:
            db.execute("INSERT INTO conversations (id, user, title, created, updated) VALUES (?, ?, ?, ?, ?)",
                       (cid, user, title_from(title), now, now))
        return cid

    def _owned(self, db: Any, user: str, cid: str) -> Any:
        return db.execute("SELECT * FROM conversations WHERE id=? AND user=?", (cid, user)).fetchone()

    def add_turn(self, user: str, conversation_id: str | None, question: str,
                 answer: Answer | dict[str, Any]) -> str:
        """Append a question and its answer; starts a conversation when ``conversation_id`` is None.

        Returns the conversation's id. A conversation of another user (or none) raises KeyError:
        the caller's session is stale or forged, and writing into it would leak the answer.
        """
        if conversation_id is None:
            conversation_id = self.start(user, question)
        now = time.time()
        payload = json.dumps(_answer_dict(answer), ensure_ascii=False)
        with transaction(self.db) as db:
            row = self._owned(db, user, conversation_id)
            if row is None:
                raise KeyError(f"conversation {conversation_id}: not found")
            seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM turns WHERE conversation_id=?",
                             (conversation_id,)).fetchone()[0]
            db.execute("INSERT INTO turns (conversation_id, seq, question, answer_json, created) VALUES (?, ?, ?, ?, ?)",
                       (conversation_id, seq, question, payload, now))
            title = row["title"] or title_from(question)
            db.execute("UPDATE conversations SET updated=?, title=? WHERE id=?", (now, title, conversation_id))
        return conversation_id

    def conversations(self, user: str, limit: int = 50) -> list[Conversation]:
        """``user``'s conversations, most recently used first (without their turns)."""
        rows = self.db.execute(
            "SELECT * FROM conversations WHERE user=? ORDER BY updated DESC, created DESC LIMIT ?", (user, limit)
        ).fetchall()
        return [Conversation(r["id"], r["user"], r["title"] or "", r["created"], r["updated"]) for r in rows]

    def get(self, user: str, conversation_id: str) -> Conversation | None:
        """One conversation with its turns, or None if it is not ``user``'s."""
        row = self._owned(self.db, user, conversation_id)
        if row is None:
            return None
        turns = [
            Turn(t["seq"], t["question"], json.loads(t["answer_json"] or "{}"), t["created"])
            for t in self.db.execute("SELECT * FROM turns WHERE conversation_id=? ORDER BY seq", (conversation_id,))
        ]
        return Conversation(row["id"], row["user"], row["title"] or "", row["created"], row["updated"], turns)

    def delete(self, user: str, conversation_id: str) -> bool:
        with transaction(self.db) as db:
            if self._owned(db, user, conversation_id) is None:
                return False
            db.execute("DELETE FROM turns WHERE conversation_id=?", (conversation_id,))
            db.execute("DELETE FROM conversations WHERE id=?", (conversation_id,))
        return True

    def export_markdown(self, user: str, conversation_id: str) -> str | None:
        conv = self.get(user, conversation_id)
        return None if conv is None else to_markdown(conv)


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))


def _md(text: str) -> str:
    # Paper text is untrusted: keep it from becoming links, images or HTML in a Markdown viewer.
    return text.replace("\\", "\\\\").replace("<", "&lt;").replace("[", "\\[").replace("]", "\\]").replace("!", "\\!")


def to_markdown(conv: Conversation) -> str:
    """The conversation as Markdown: each question, its answer, and the numbered sources it cites."""
    out = [f"# {_md(conv.title or 'Conversation')}", "", f"_Started {_when(conv.created)}, "
           f"last question {_when(conv.updated)}_", ""]
    for t in conv.turns:
        a = t.answer
        out += [f"## {_md(t.question)}", ""]
        state = STATE_WORDS.get(a.get("status", ""), "")
        out += [f"{state}{_md(a.get('text', ''))}".strip(), ""]
        cites = a.get("citations") or []
        if cites:
            out.append("Sources:")
            out.append("")
            for c in cites:
                where = f"{c.get('file', '')}, page {c.get('page', '')}"
                meta = ", ".join(x for x in (c.get("board", ""), c.get("date", "")) if x)
                out.append(f"{c.get('n', '')}. {_md(where)}{f' ({_md(meta)})' if meta else ''}: "
                           f"\u201c{_md(c.get('quote', ''))}\u201d")
            out.append("")
    return "\n".join(out).rstrip() + "\n"
