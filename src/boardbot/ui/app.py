"""The Gradio chat app: ask with filters, see each cited page beside the answer, browse decisions, manage papers.

Layout only; the work is in ``service.Service`` (shared by every session) and
the HTML in ``render``. Per-session state (the conversation and its sources)
lives in ``gr.State``, so concurrent users never see each other's turns. The
stable script-facing endpoints are ``/chat``: ``Client(url).predict(question,
api_name="/chat")`` returns the answer text followed by its sources; and
``/decisions`` (the Decisions tab, in ``decisions_tab``), which returns register rows.
"""

from __future__ import annotations

import ipaddress
import logging
import os
from collections.abc import Iterator
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no calls home from a local app

import gradio as gr  # noqa: E402

from ..access import PUBLIC  # noqa: E402
from ..config import Settings, load_settings  # noqa: E402
from ..errors import BoardbotError  # noqa: E402
from . import (
    cited_pages,  # noqa: E402
    decisions_tab,  # noqa: E402
    history_panel,  # noqa: E402
    papers_tab,  # noqa: E402
    pdf_viewer,  # noqa: E402
    render,  # noqa: E402
    routes,  # noqa: E402
    sessions,  # noqa: E402
)
from .service import Service  # noqa: E402

log = logging.getLogger(__name__)

CONCURRENCY = 16  # events run at once; answering is ~0.1 s of mostly-locked CPU, so more buys nothing
EXAMPLES = [
    "Who presented the Place Integration Deal progress paper?",
    "What is the quorum for the Haringey and Islington joint sub-committee?",
    "What is male life expectancy in Blackpool?",
]


def _user(request: gr.Request | None) -> str | None:
    return getattr(request, "username", None) or None


def build_app(service: Service) -> gr.Blocks:
    """The gr.Blocks for one Service (layout and event wiring)."""
    history = history_panel.HistoryPanel.for_service(service)  # conversations and feedback, per user

    def lists(request: gr.Request) -> tuple[Any, ...]:
        user = _user(request)
        papers = service.papers(user)
        bodies = sorted({x for p in papers for x in (p.board, p.organisation) if x})
        file_choices = [(f"{p.title or p.file} ({p.date or 'undated'})", p.file) for p in papers]
        groups = list(service.groups(user))
        return (
            papers_tab.list_html(papers),
            gr.Dropdown(choices=[("Any board or organisation", "")] + [(b, b) for b in bodies]),
            gr.Dropdown(choices=file_choices),
            gr.Dropdown(choices=file_choices, value=None),
            gr.Dropdown(choices=groups, value=PUBLIC if PUBLIC in groups else groups[0]),
        )

    def header(request: gr.Request) -> tuple[str, Any]:
        user = _user(request)
        who = f"Signed in as **{render.md_text(user)}** · [Log out](logout) · " if user else ""
        running = service.ingest_status.running
        return f"{who}{service.status_line(user)}", gr.Timer(active=running)

    def tick(request: gr.Request) -> tuple[Any, ...]:
        text, timer = header(request)
        return (text, timer, *lists(request))

    def respond(question: str, messages: list[dict[str, Any]] | None, turns: list[dict[str, str]] | None,
                board: str | None, since: str, until: str, files: list[str] | None,
                request: gr.Request) -> Iterator[tuple[Any, ...]]:
        question = (question or "").strip()
        me = _user(request)
        if any(t.get("user") != me for t in turns or []):
            # a session hash presented by someone else (the HTTP guard refuses that first)
            log.warning("user %r called /ask on the conversation of another user", me)
            raise gr.Error("This conversation belongs to another session.")
        messages, turns = list(messages or []), list(turns or [])
        if not question:
            yield messages, "", gr.skip(), turns
            return
        messages.append({"role": "user", "content": render.md_text(question)})
        messages.append({"role": "assistant", "content": "_Searching the papers…_"})
        yield messages, "", render.pending_html(question), turns
        turn = len(turns)
        try:
            filters = service.filters(_user(request), board or "", since, until, files)
            answer = None
            for text, ans in service.ask_stream(question, filters, [
                    {"q": t["q"], "files": t.get("files", [])} for t in turns]):
                if ans is None:  # a generating answerer: show the words as they come
                    messages[-1] = {"role": "assistant", "content": render.md_text(text)}
                    yield messages, gr.skip(), gr.skip(), turns
                else:
                    answer = ans
            if answer is None:
                raise BoardbotError("the answerer returned no answer")
        except BoardbotError as exc:
            messages[-1] = {"role": "assistant", "content": f"⚠️ {render.md_text(str(exc))}"}
            yield messages, gr.skip(), render.sources_html([t["html"] for t in turns]), turns
            return
        except Exception:
            log.exception("answering %r failed", question)
            messages[-1] = {"role": "assistant", "content": "⚠️ Something went wrong answering this; it has been logged."}
            yield messages, gr.skip(), render.sources_html([t["html"] for t in turns]), turns
            return
        messages[-1] = {"role": "assistant", "content": render.answer_markdown(answer, turn)}
        turns.append({"q": question, "user": me,
                      "html": render.turn_html(turn, question, answer, cited_pages.citation_boxes(service, answer, me)),
                      "files": list(dict.fromkeys(c.file for c in answer.citations)),
                      **history.record(request, turns, question, answer, len(messages) - 1)})
        yield messages, gr.skip(), render.sources_html([t["html"] for t in turns]), turns

    def chat(question: str, board: str = "", since: str = "", until: str = "",
             request: gr.Request = None) -> str:  # type: ignore[assignment]
        """Answer a question from the board papers; returns the answer then its sources (paper, page, quote)."""
        try:
            filters = service.filters(_user(request), board, since, until)
            return render.api_text(service.ask(question or "", filters))
        except BoardbotError as exc:
            raise gr.Error(str(exc)) from exc

    def set_visibility(file: str, group: str, request: gr.Request = None) -> str:  # type: ignore[assignment]
        """Change who may read a paper (admins only); returns a one-line outcome."""
        try:
            return service.set_visibility(file or "", group or "", _user(request))
        except BoardbotError as exc:
            raise gr.Error(str(exc)) from exc

    def audit_log(limit: int = 200, request: gr.Request = None) -> list[dict[str, Any]]:  # type: ignore[assignment]
        """The last changes to the papers and users, oldest first: time, user, action, file, detail (admins only)."""
        try:
            return service.audit_log(_user(request), limit)
        except BoardbotError as exc:
            raise gr.Error(str(exc)) from exc

    # delete_cache: uploaded files sit in Gradio's temp folder until indexed; clear them after a day
    with gr.Blocks(title="boardbot — board papers assistant", analytics_enabled=False,
                   delete_cache=(3600, 86400)) as demo:
        with gr.Row():
            gr.Markdown("## boardbot\nAnswers from the board papers, quoted with the page they come from.")
        status = gr.Markdown(service.status_line(), elem_id="bb-status")
        timer = gr.Timer(2.0, active=service.ingest_status.running)
        turns = gr.State([])
        sidebar = history_panel.build_sidebar()
        with gr.Tabs():
            with gr.Tab("Ask", id="ask"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=360):
                        chatbot = gr.Chatbot(
                            label="Conversation", elem_id="bb-chat", height=520, buttons=["copy"],
                            feedback_options=("Like", "Dislike"), layout="bubble",
                            placeholder="Ask a question about the board papers. Follow-up questions use the "
                                        "previous question's context.",
                        )
                        with gr.Row():
                            question = gr.Textbox(placeholder="e.g. Who presented the place integration paper?",
                                                  show_label=False, scale=5, elem_id="bb-question", lines=1,
                                                  max_lines=4, autofocus=True)
                            ask = gr.Button("Ask", variant="primary", scale=1, elem_id="bb-ask", min_width=80)
                        feedback = history_panel.build_feedback_box()
                        gr.Examples(EXAMPLES, inputs=[question], label="Try")
                        with gr.Accordion("Filters", open=False, elem_id="bb-filters"):
                            with gr.Row():
                                board = gr.Dropdown(label="Board or organisation", choices=[], value="",
                                                    allow_custom_value=True, elem_id="bb-board")
                                since = gr.Textbox(label="From date", placeholder="YYYY-MM-DD", elem_id="bb-since")
                                until = gr.Textbox(label="To date", placeholder="YYYY-MM-DD", elem_id="bb-until")
                            files = gr.Dropdown(label="Only these papers", choices=[], multiselect=True,
                                                elem_id="bb-files")
                        clear = gr.Button("New conversation", size="sm", variant="secondary")
                    with gr.Column(scale=2, min_width=320):
                        sources = gr.HTML(render.sources_html([]), elem_id="bb-sources", js_on_load=render.CITE_JS,
                                          apply_default_css=False)
                        pdf_viewer.build()
            decisions_tab.build_tab(service, demo)
            papers = papers_tab.build_tab(service)

        list_outputs = [papers.table, board, files, papers.to_remove, papers.visibility]
        demo.load(header, outputs=[status, timer], api_visibility="undocumented")
        demo.load(lists, outputs=list_outputs, api_name="papers", api_visibility="undocumented")
        timer.tick(tick, outputs=[status, timer, *list_outputs], api_visibility="private", show_progress="hidden")
        gr.on([question.submit, ask.click], respond,
              inputs=[question, chatbot, turns, board, since, until, files],
              outputs=[chatbot, question, sources, turns], api_name="ask", api_visibility="undocumented",
              show_progress="minimal")
        clear.click(lambda: ([], [], render.sources_html([])), outputs=[chatbot, turns, sources],
                    api_visibility="private")
        papers_tab.wire(papers, service, demo, lists, list_outputs, header, [status, timer])
        gr.api(chat, api_name="chat")
        gr.api(set_visibility, api_name="set_visibility")
        gr.api(audit_log, api_name="audit")
        gr.api(decisions_tab.api_endpoint(service), api_name="decisions")
        history_panel.wire(history, demo, chatbot, turns, sources, clear, sidebar, feedback)
    return demo


def is_loopback(host: str) -> bool:
    """A host name or address that only this machine can reach."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _one_torch_thread() -> None:
    """One intra-op thread for torch in the server process.

    Questions are embedded one at a time (the embedder holds a lock), each a few
    dozen tokens: splitting that across cores buys nothing and, on a small shared
    machine, spin-waiting threads made a query embedding 10-20x slower under load
    (measured: 45 ms with one thread vs 350-1200 ms with two at load average 10).
    """
    try:
        import torch
    except ImportError:
        return
    torch.set_num_threads(1)


def launch(settings: Settings | None = None, *, block: bool = True, quiet: bool = False,
           service: Service | None = None) -> tuple[gr.Blocks, Service, str]:
    """Start the app (host/port from settings); returns (blocks, service, local url).

    With ``block=False`` the server runs in background threads until ``blocks.close()``.
    """
    settings = settings or load_settings()
    os.umask(0o077)  # the index, page cache and uploads hold papers that may be private: owner-only
    service = service or Service(settings)
    service.recover_uploads()
    host = settings.host
    if service.auth_required:
        log.info("login required: %d user(s) configured", len(service.users))
        if not any(u.role != "reader" for u in service.users.values()):
            log.warning("every user is a reader, so no one can add or remove papers in the app: "
                        "give someone a role with 'boardbot set-role NAME editor' (or admin)")
    else:
        if not is_loopback(host):
            log.warning("no users configured, so refusing to listen on %s: binding 127.0.0.1 only "
                        "(set BOARDBOT_USERS or BOARDBOT_USERS_FILE to serve other machines)", host)
            host = "127.0.0.1"
        log.warning("no users configured: the app is OPEN (no login) on http://%s:%d, localhost only",
                    host, settings.port)
    _one_torch_thread()
    if service.start_initial_ingest() is None and not service.index_empty():
        service.assistant.search("warm up the stores", k=1)  # load the model and open the stores now
    else:
        service.assistant.load_model()
    demo = build_app(service)
    demo.queue(default_concurrency_limit=CONCURRENCY)
    demo.launch(
        server_name=host, server_port=settings.port, prevent_thread_lock=True, quiet=quiet,
        auth=sessions.gradio_auth(service) if service.auth_required else None,
        auth_message="Sign in to read the board papers." if service.auth_required else None,
        max_file_size=f"{settings.max_upload_mb}mb", css=render.CSS, footer_links=["api"],
        allowed_paths=[],
    )
    routes.install(demo.server_app, service)
    if service.auth_required:
        sessions.install(demo.server_app, service)
    log.info("boardbot is serving %s on %s", settings.index_dir, demo.local_url)
    if block:
        demo.block_thread()
    return demo, service, demo.local_url
