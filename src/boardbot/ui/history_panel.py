"""The app's history sidebar and answer feedback: each user's conversations kept server-side, and
helpful / not helpful / "the right answer is ... (page N)" on every answer.

Every answered turn is stored (``HistoryStore``) under the signed-in user; with no
users configured the app is localhost-only and everything is stored under one
name, ``local`` (``boardbot history list --user local`` shows it). The sidebar
lists the user's conversations, newest first; clicking one reopens it with the
same answers and sources, and new questions continue it. Feedback goes to
``FeedbackStore`` in the same database the CLI reads, so ``boardbot feedback
export --eval`` sees what app users said. Every read and write names the
request's user: a conversation id of someone else's is answered as not found.

Script-facing endpoints (per user, like everything else): ``/conversations``
lists the caller's conversations; ``/conversation`` returns one as Markdown.
"""

from __future__ import annotations

import logging
import re
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from ..feedback import FeedbackStore, parse_correction
from ..history import Conversation, HistoryStore, to_markdown
from ..records import Answer
from . import cited_pages, render

if TYPE_CHECKING:
    from .highlight import Box
    from .service import Service

    # the quote's boxes on its page image, per citation number, for one user (``cited_pages.citation_boxes``)
    Boxes = Callable[[Answer, str | None], Mapping[int, Sequence[Box]]]

log = logging.getLogger(__name__)

LOCAL_USER = "local"  # the one user of an app without logins (which only listens on localhost)
LIST_LIMIT = 50
EXPORT_KEEP_S = 86400  # an export file is only needed until the browser has downloaded it
SAVED = "Thanks — saved"


def user_name(username: str | None, auth_required: bool) -> str | None:
    """Whose history a request reads and writes; None (nothing) for an unnamed request under logins."""
    if username:
        return username
    return None if auth_required else LOCAL_USER


def when(ts: float, now: float | None = None) -> str:
    """A conversation's last use: the time today, else the date."""
    now = time.time() if now is None else now
    same_day = time.localtime(ts)[:3] == time.localtime(now)[:3]
    return time.strftime("today %H:%M" if same_day else "%Y-%m-%d %H:%M", time.localtime(ts))


def conversation_choices(convs: list[Conversation], now: float | None = None) -> list[tuple[str, str]]:
    """Radio choices (label, id), in the store's order (most recently used first)."""
    return [(f"{c.title or 'Untitled'} · {when(c.updated, now)}", c.id) for c in convs]


def export_name(conv: Conversation) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", (conv.title or "conversation").lower()).strip("-")[:40].rstrip("-")
    return f"boardbot-{slug or 'conversation'}-{conv.id[:8]}.md"


def turn_state(index: int, question: str, answer: dict[str, Any], username: str | None, cid: str,
               message: int, boxes: Boxes | None = None) -> dict[str, Any]:
    """One entry of the chat's ``turns`` state, as ``respond`` keeps it, plus what history needs."""
    ans = Answer.from_dict(answer)
    html = render.turn_html(index, question, ans, boxes(ans, username) if boxes else None)
    return {"q": question, "html": html, "user": username,
            "files": list(dict.fromkeys(c.file for c in ans.citations)), "cid": cid, "answer": answer,
            "msg": message}


def reopened(conv: Conversation, username: str | None,
             boxes: Boxes | None = None) -> tuple[list[dict[str, str]], list[dict[str, Any]]]:
    """The chat messages and ``turns`` state of a stored conversation: the same answers and sources."""
    messages: list[dict[str, str]] = []
    turns: list[dict[str, Any]] = []
    for i, t in enumerate(conv.turns):
        messages.append({"role": "user", "content": render.md_text(t.question)})
        messages.append({"role": "assistant", "content": render.answer_markdown(Answer.from_dict(t.answer), i)})
        turns.append(turn_state(i, t.question, t.answer, username, conv.id, len(messages) - 1, boxes))
    return messages, turns


def current_id(turns: list[dict[str, Any]] | None) -> str | None:
    """The open conversation's id: the last stored turn's (None before the first answer)."""
    return next((t["cid"] for t in reversed(turns or []) if t.get("cid")), None)


def own_turns(turns: list[dict[str, Any]] | None, username: str | None) -> list[dict[str, Any]]:
    """The session's turns if they are this user's; none if the session was presented by someone else."""
    turns = list(turns or [])
    return turns if all(t.get("user") == username for t in turns) else []


def turn_at(turns: list[dict[str, Any]] | None, message: Any) -> int | None:
    """Which turn the chat message at ``message`` (a LikeData index) is the answer of."""
    if isinstance(message, (list, tuple)):
        message = message[0] if message else None
    return next((i for i, t in enumerate(turns or []) if t.get("msg") == message and "answer" in t), None)


@dataclass
class Sidebar:
    listing: gr.Radio
    export: gr.DownloadButton
    note: gr.Markdown


@dataclass
class FeedbackBox:
    correction: gr.Textbox
    send: gr.Button
    status: gr.Markdown
    target: gr.State  # {"turn": k, "q": question, "row": feedback id} of the last thumb click


def build_sidebar() -> Sidebar:
    """The conversations sidebar (call directly inside the ``gr.Blocks``)."""
    with gr.Sidebar(label="Conversations", open=True, elem_id="bb-history", width=300):
        gr.Markdown("### Your conversations")
        listing = gr.Radio(choices=[], value=None, show_label=False, elem_id="bb-conversations",
                           container=False)
        note = gr.Markdown("", elem_id="bb-history-note")
        export = gr.DownloadButton("Export as Markdown", value=None, interactive=False, size="sm",
                                   elem_id="bb-export")
    return Sidebar(listing, export, note)


def build_feedback_box() -> FeedbackBox:
    """The correction field under the chat (thumbs are the chat's own feedback buttons)."""
    with gr.Row(equal_height=True):
        correction = gr.Textbox(placeholder="The right answer is… (page N)", show_label=False, scale=5,
                                lines=1, max_lines=2, elem_id="bb-correction")
        send = gr.Button("Send correction", size="sm", scale=1, min_width=80, elem_id="bb-correct")
    status = gr.Markdown("", elem_id="bb-feedback-status")
    return FeedbackBox(correction, send, status, gr.State(None))


class HistoryPanel:
    """The two stores (in the index's SQLite, where the CLI reads them) and the sidebar's handlers."""

    def __init__(self, db_path: Path, auth_required: Callable[[], bool], boxes: Boxes | None = None) -> None:
        self.history = HistoryStore(db_path)
        self.feedback = FeedbackStore(db_path)
        self._auth_required = auth_required
        self._boxes = boxes
        self._exports = Path(tempfile.mkdtemp(prefix="boardbot-exports-"))

    @classmethod
    def for_service(cls, service: Service) -> HistoryPanel:
        return cls(service.settings.db_path, lambda: service.auth_required,
                   lambda ans, user: cited_pages.citation_boxes(service, ans, user))

    def user(self, request: gr.Request | None) -> str | None:
        return user_name(getattr(request, "username", None), self._auth_required())

    # --- called from the chat's respond ---------------------------------------------------------
    def record(self, request: gr.Request | None, turns: list[dict[str, Any]], question: str, answer: Answer,
               message: int) -> dict[str, Any]:
        """Store an answered turn; the fields ``respond`` adds to its turn (conversation id, answer, message)."""
        user = self.user(request)
        payload = answer.to_dict()
        extra: dict[str, Any] = {"answer": payload, "msg": message}
        if user is None:
            return extra
        cid = current_id(turns)
        try:
            try:
                extra["cid"] = self.history.add_turn(user, cid, question, payload)
            except KeyError:  # the open conversation was deleted (or is not theirs): start a new one
                extra["cid"] = self.history.add_turn(user, None, question, payload)
        except Exception:  # history must never cost the user their answer
            log.exception("storing a turn of %r's conversation failed", user)
        return extra

    # --- sidebar ---------------------------------------------------------------------------------
    def _export_file(self, user: str, cid: str | None) -> str | None:
        conv = self.history.get(user, cid) if cid else None
        if conv is None or not conv.turns:
            return None
        path = self._exports / export_name(conv)
        path.write_text(to_markdown(conv), encoding="utf-8")
        cutoff = time.time() - EXPORT_KEEP_S
        for old in self._exports.glob("*.md"):
            if old.stat().st_mtime < cutoff:
                old.unlink(missing_ok=True)
        return str(path)

    def refresh(self, turns: list[dict[str, Any]] | None, request: gr.Request) -> tuple[Any, Any]:
        """The sidebar list (the open conversation selected) and its export file."""
        user = self.user(request)
        if user is None:
            return gr.Radio(choices=[], value=None), gr.DownloadButton(value=None, interactive=False)
        cid = current_id(turns)
        choices = conversation_choices(self.history.conversations(user, LIST_LIMIT))
        path = self._export_file(user, cid)
        return (gr.Radio(choices=choices, value=cid if any(c[1] == cid for c in choices) else None),
                gr.DownloadButton(value=path, interactive=path is not None))

    def reopen(self, cid: str | None, request: gr.Request) -> tuple[Any, ...]:
        """Open a past conversation: its turns in the chat, their sources, ready for follow-ups."""
        user = self.user(request)
        conv = self.history.get(user, cid) if user and cid else None
        if conv is None:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), "That conversation was not found."
        messages, turns = reopened(conv, getattr(request, "username", None) or None, self._boxes)
        return messages, turns, render.sources_html([t["html"] for t in turns]), None, ""

    # --- feedback --------------------------------------------------------------------------------
    def like(self, turns: list[dict[str, Any]] | None, data: gr.LikeData, request: gr.Request) -> tuple[Any, str]:
        """A thumb on an answer: stored at once with the question, answer and citations."""
        user = self.user(request)
        turns = own_turns(turns, getattr(request, "username", None) or None)
        k = turn_at(turns, data.index)
        if user is None or k is None or data.liked not in (True, False):
            return gr.skip(), ""  # an un-click, or a thumb on a message that is no answer
        t = turns[k]
        row = self.feedback.add(user, t["q"], t["answer"], helpful=bool(data.liked))
        if data.liked:
            return {"turn": k, "q": t["q"], "row": row}, f"{SAVED}: marked helpful."
        return ({"turn": k, "q": t["q"], "row": row},
                f"{SAVED}: marked not helpful. If you know the right answer, type it below with its page.")

    def correct(self, text: str, target: dict[str, Any] | None, turns: list[dict[str, Any]] | None,
                request: gr.Request) -> tuple[Any, Any, str]:
        """"The right answer is ... (page N)" for the answer last given a thumb, else the latest answer."""
        user = self.user(request)
        text = " ".join((text or "").split())
        turns = own_turns(turns, getattr(request, "username", None) or None)
        if user is None:
            return gr.skip(), gr.skip(), ""
        if not text:
            return gr.skip(), gr.skip(), "Type the right answer first, with its page: e.g. “Jane Smith (page 3)”."
        k = target.get("turn") if target else None
        if k is None or k >= len(turns) or turns[k].get("q") != target.get("q"):
            k, target = (len(turns) - 1 if turns else None), None
        if k is None or "answer" not in turns[k]:
            return gr.skip(), gr.skip(), "Ask a question first: a correction is about an answer."
        t = turns[k]
        page = parse_correction(text).page
        if not (target and target.get("row") and self.feedback.correct(user, target["row"], text, page)):
            row = self.feedback.add(user, t["q"], t["answer"], helpful=False, correction=text,
                                    correction_page=page)
            target = {"turn": k, "q": t["q"], "row": row}
        hint = "" if page else " Adding the page, e.g. “(page 3)”, lets it be checked against the paper."
        return "", target, f"{SAVED}: your correction to “{render.md_text(t['q'])}”.{hint}"

    # --- script-facing ---------------------------------------------------------------------------
    def api_conversations(self, request: gr.Request = None) -> list[dict[str, Any]]:  # type: ignore[assignment]
        """The caller's conversations, most recently used first: id, title, created, updated (epoch seconds)."""
        user = self.user(request)
        if user is None:
            return []
        return [{"id": c.id, "title": c.title, "created": c.created, "updated": c.updated}
                for c in self.history.conversations(user, 1000)]

    def api_conversation(self, conversation_id: str, request: gr.Request = None) -> str:  # type: ignore[assignment]
        """One of the caller's conversations as Markdown with its citations (not found if not theirs)."""
        user = self.user(request)
        text = self.history.export_markdown(user, conversation_id or "") if user else None
        if text is None:
            raise gr.Error(f"conversation {conversation_id}: not found")
        return text


def wire(panel: HistoryPanel, demo: gr.Blocks, chatbot: gr.Chatbot, turns: gr.State, sources: gr.HTML,
         clear: gr.Button, sidebar: Sidebar, box: FeedbackBox) -> None:
    """Connect the sidebar and feedback box to the chat (call inside the ``gr.Blocks``)."""
    side = [sidebar.listing, sidebar.export]
    demo.load(panel.refresh, inputs=[turns], outputs=side, api_visibility="private")
    # every answer, reopening and "New conversation" changes the turns: keep the list and export current
    turns.change(panel.refresh, inputs=[turns], outputs=side, api_visibility="private", show_progress="hidden")
    sidebar.listing.input(panel.reopen, inputs=[sidebar.listing],
                          outputs=[chatbot, turns, sources, box.target, sidebar.note], api_visibility="private")
    clear.click(lambda: (None, "", ""), outputs=[box.target, box.status, sidebar.note], api_visibility="private")
    chatbot.like(panel.like, inputs=[turns], outputs=[box.target, box.status], api_visibility="private")
    gr.on([box.send.click, box.correction.submit], panel.correct, inputs=[box.correction, box.target, turns],
          outputs=[box.correction, box.target, box.status], api_visibility="private")
    gr.api(panel.api_conversations, api_name="conversations")
    gr.api(panel.api_conversation, api_name="conversation")
