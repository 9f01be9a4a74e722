"""The Papers tab: the indexed papers, adding PDFs and removing papers.

Kept out of ``app.py`` because managing the papers is a feature of its own.
Every write goes through ``Service`` (upload needs the editor role, remove the
admin role, both checked on the server whatever the page shows). ``app.py``
refreshes the tab's list together with the Ask tab's filter dropdowns (its
``lists``), so the tab hands back its components and is wired with that
refresh.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import gradio as gr
import pandas as pd

from ..access import PUBLIC
from ..errors import BoardbotError
from . import render
from .service import Service, UploadResult

log = logging.getLogger(__name__)

PAPER_COLUMNS = ["Title", "Board", "Date", "Pages", "Chunks", "Indexed", "File", "Visibility"]


def _user(request: gr.Request | None) -> str | None:
    return getattr(request, "username", None) or None


def papers_frame(service: Service, user: str | None) -> pd.DataFrame:
    rows = [
        [p.title or p.file, p.board or p.organisation, p.date, p.pages, p.chunks,
         time.strftime("%Y-%m-%d %H:%M", time.localtime(p.indexed_at)) if p.indexed_at else "",
         p.file, p.visibility]
        for p in service.papers(user)
    ]
    return pd.DataFrame(rows, columns=PAPER_COLUMNS)


def upload_report(results: list[UploadResult]) -> str:
    if not results:
        return "Choose one or more PDF files first."
    lines = ["| File | Result | Detail |", "|---|---|---|"]
    for r in results:
        detail = r.reason if r.status in ("failed", "skipped") else f"{r.pages} pages, {r.chunks} passages"
        name = r.name if r.name == r.file or not r.file or r.status == "skipped" else f"{r.name} → {r.file}"
        mark = {"failed": "❌ failed", "skipped": "➖ skipped"}.get(r.status, f"✅ {r.status}")
        lines.append(f"| {render.md_text(name)} | {mark} | {render.md_text(detail)} |")
    return "\n".join(lines)


@dataclass
class PapersTab:
    """The tab's components; ``table``, ``to_remove`` and ``visibility`` are refreshed by app.py's ``lists``."""

    table: gr.Dataframe
    uploads: gr.File
    visibility: gr.Dropdown
    add: gr.Button
    upload_status: gr.Markdown
    to_remove: gr.Dropdown
    remove: gr.Button
    remove_status: gr.Markdown


def build_tab(service: Service) -> PapersTab:
    """Lay out the tab (inside the app's ``gr.Tabs``); wire it with ``wire`` once the refresh exists."""
    with gr.Tab("Papers", id="papers"):
        table = gr.Dataframe(value=papers_frame(service, None), headers=PAPER_COLUMNS,
                             interactive=False, wrap=True, elem_id="bb-papers", label="Indexed papers",
                             column_widths=["28%", "22%", "9%", "6%", "6%", "11%", "12%", "6%"])
        with gr.Row():
            with gr.Column():
                uploads = gr.File(label=f"Add PDFs (up to {service.settings.max_upload_mb} MB each)",
                                  # no file_types: Gradio would fail the whole batch on one
                                  # non-.pdf name; each file is checked (and reported) itself
                                  file_count="multiple", type="filepath",
                                  elem_id="bb-upload")
                visibility = gr.Dropdown(label="Who may read them", choices=[PUBLIC], value=PUBLIC)
                add = gr.Button("Add to the index", variant="primary", elem_id="bb-add")
                upload_status = gr.Markdown(elem_id="bb-upload-status")
            with gr.Column():
                to_remove = gr.Dropdown(label="Paper to remove", choices=[], elem_id="bb-remove-file")
                remove = gr.Button("Remove from the index", variant="stop", elem_id="bb-remove")
                remove_status = gr.Markdown(elem_id="bb-remove-status")
    return PapersTab(table, uploads, visibility, add, upload_status, to_remove, remove, remove_status)


def wire(tab: PapersTab, service: Service, lists: Callable[[gr.Request], tuple[Any, ...]],
         list_outputs: Sequence[Any], after: Callable[[gr.Request], tuple[Any, ...]],
         after_outputs: Sequence[Any]) -> None:
    """Wire upload (``/upload``) and remove (``/remove``); both end with ``lists`` and then ``after``."""
    n = len(list_outputs)

    def add_papers(paths: list[str] | None, visibility: str | None,
                   request: gr.Request) -> Iterator[tuple[Any, ...]]:
        skip = (gr.skip(),) * n
        if not paths:
            yield (upload_report([]), *skip)
            return
        user = _user(request)
        box: dict[str, Any] = {}
        progress: list[str] = []

        def work() -> None:
            try:
                box["results"] = service.upload(paths, user, visibility or PUBLIC, on_progress=progress.append)
            except BoardbotError as exc:
                box["error"] = str(exc)
            except Exception as exc:
                log.exception("upload failed")
                box["error"] = f"upload failed ({type(exc).__name__})"

        worker = threading.Thread(target=work, name="boardbot-upload", daemon=True)
        worker.start()
        shown = None
        while worker.is_alive():
            line = f"⏳ Checking and indexing {len(paths)} file(s)… " + (progress[-1] if progress else "")
            if line != shown:
                shown = line
                yield (render.md_text(line), *skip)
            worker.join(0.5)
        if "error" in box:
            yield (f"❌ {render.md_text(box['error'])}", *skip)
            return
        yield (upload_report(box["results"]), *lists(request))

    def remove_paper(file: str | None, request: gr.Request) -> tuple[Any, ...]:
        if not file:
            return ("Choose a paper to remove.", *(gr.skip(),) * n)
        try:
            outcome = service.remove(file, _user(request))
        except BoardbotError as exc:
            outcome = f"{exc}"
        return (render.md_text(outcome), *lists(request))

    tab.add.click(add_papers, inputs=[tab.uploads, tab.visibility], outputs=[tab.upload_status, *list_outputs],
                  api_name="upload").then(after, outputs=list(after_outputs), api_visibility="private")
    tab.remove.click(remove_paper, inputs=[tab.to_remove], outputs=[tab.remove_status, *list_outputs],
                     api_name="remove").then(after, outputs=list(after_outputs), api_visibility="private")
