"""The Papers tab: a searchable list of the indexed papers, adding PDFs and removing papers.

Kept out of ``app.py`` because managing the papers is a feature of its own.
Every write goes through ``Service`` (upload needs the editor role, remove the
admin role), checked on the server whatever the page shows; the page only hides
the controls a caller's role cannot use. Removing takes two steps (Remove, then
Confirm). ``app.py`` refreshes the list together with the Ask tab's filter
dropdowns (its ``lists``), so ``build_tab`` hands back the components and
``wire`` joins them to that refresh. Scripts use ``/upload`` (files,
visibility) and ``/remove`` (file): the first output is the outcome, the second
the list as HTML.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import gradio as gr

from ..access import ADMIN, EDITOR, PUBLIC, role_at_least
from ..errors import BoardbotError
from ..ingest.progress import FileProgress
from ..store.catalog import FileRecord
from . import render
from .service import Service, UploadResult

log = logging.getLogger(__name__)

COLUMNS = ("Title", "Body", "Kind", "Meeting date", "Pages", "Passages", "Visibility", "Added by", "Added")
PROGRESS_COLUMNS = ("File", "Pages parsed", "Pages embedded", "State")
INDEXED = ("added", "updated", "unchanged")
POLL_S = 0.5  # how often a running upload's progress table is redrawn

# Filters the rows in the browser as the search box changes, and again whenever the list is redrawn
# (a refresh after an upload keeps the filter). The rule is ``matches`` below: every word of the
# query must occur in the row's ``data-search`` text (title, body, kind and file, lower case).
FILTER_JS = """
const apply = () => {
  const box = document.querySelector('#bb-paper-search input, #bb-paper-search textarea');
  const terms = (box ? box.value : '').toLowerCase().split(/\\s+/).filter(Boolean);
  let shown = 0, total = 0;
  element.querySelectorAll('tr[data-search]').forEach(tr => {
    total += 1;
    const hit = terms.every(t => tr.dataset.search.includes(t));
    tr.hidden = !hit;
    if (hit) shown += 1;
  });
  const count = element.querySelector('.bb-plist-count');
  if (count) {
    count.textContent = terms.length ? `${shown} of ${total} papers match`
                                     : `${total} paper${total === 1 ? '' : 's'}`;
  }
};
document.addEventListener('input', e => {
  if (e.target.closest && e.target.closest('#bb-paper-search')) apply();
});
watch('value', apply);
apply();
"""
LIST_CSS = """
.bb-plist { max-height: 70vh; overflow: auto; border: 1px solid var(--border-color-primary); border-radius: 6px; }
.bb-plist table, .bb-progress table { width: 100%; border-collapse: collapse; font-size: 0.9em; }
.bb-plist th { position: sticky; top: 0; z-index: 1; background: var(--background-fill-secondary); }
th, td { padding: 4px 8px; text-align: left; vertical-align: top; border-bottom: 1px solid var(--border-color-primary); }
td.bb-num, th.bb-num { text-align: right; white-space: nowrap; }
.bb-pfile { color: var(--body-text-color-subdued); font-size: 0.85em; word-break: break-all; }
.bb-plist-count { margin: 0 0 4px; color: var(--body-text-color-subdued); }
"""


def _user(request: gr.Request | None) -> str | None:
    return getattr(request, "username", None) or None


def esc(text: object) -> str:
    """Escaped for gr.HTML: render.esc, and braces too (its template reads ``{{...}}``)."""
    return render.esc(str(text)).replace("{", "&#123;").replace("}", "&#125;")


def added_text(rec: FileRecord) -> str:
    """When this version was indexed, local time to the minute."""
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(rec.indexed_at)) if rec.indexed_at else ""


def search_text(rec: FileRecord) -> str:
    """What the search box looks in: title, body (board and organisation), kind and file name."""
    return " ".join(x for x in (rec.title, rec.board, rec.organisation, rec.doc_type, rec.file) if x).lower()


def matches(rec: FileRecord, query: str) -> bool:
    """The browser filter's rule (FILTER_JS): every word of ``query`` occurs in ``search_text``."""
    text = search_text(rec)
    return all(term in text for term in query.lower().split())


def paper_cells(rec: FileRecord) -> list[str]:
    """One row of the list, as text: the columns of ``COLUMNS``."""
    return [rec.title or rec.file, rec.board or rec.organisation, rec.doc_type, rec.date, str(rec.pages),
            str(rec.chunks), rec.visibility, rec.added_by or "—", added_text(rec)]


def list_html(records: Sequence[FileRecord]) -> str:
    """The papers as a scrollable table (header kept in view); each row carries its search text."""
    if not records:
        return '<p class="bb-plist-count">No papers in the index yet.</p>'
    numeric = {COLUMNS.index("Pages"), COLUMNS.index("Passages")}
    head = "".join(f'<th{" class=bb-num" if i in numeric else ""}>{esc(c)}</th>' for i, c in enumerate(COLUMNS))
    rows = []
    for rec in records:
        cells = paper_cells(rec)
        title = (f'<a href="{esc(render.pdf_url(rec.file, 1))}" target="_blank" rel="noopener">{esc(cells[0])}</a>'
                 f'<div class="bb-pfile">{esc(rec.file)}</div>')
        tds = [f"<td>{title}</td>"] + [f'<td{" class=bb-num" if i in numeric else ""}>{esc(c)}</td>'
                                       for i, c in enumerate(cells) if i]
        rows.append(f'<tr data-file="{esc(rec.file)}" data-search="{esc(search_text(rec))}">{"".join(tds)}</tr>')
    n = len(records)
    return (f'<p class="bb-plist-count">{n} paper{"s" if n != 1 else ""}</p>'
            f'<div class="bb-plist"><table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody>'
            "</table></div>")


def progress_rows(events: dict[str, FileProgress], results: Iterable[UploadResult] = ()) -> list[list[str]]:
    """File, pages parsed, pages embedded, state: from the ingest's events, then each upload's outcome."""
    rows: dict[str, list[str]] = {f: [f, str(e.pages), str(e.embedded), e.state] for f, e in events.items()}
    for r in results:
        ev = events.get(r.file)
        pages = ev.pages if ev else r.pages
        embedded = ev.embedded if ev else (r.pages if r.status in INDEXED else 0)
        state = f"{r.status}: {r.reason}" if r.reason else r.status
        rows[r.file or r.name] = [r.file or r.name, str(pages), str(embedded), state]
    return list(rows.values())


def progress_html(rows: list[list[str]]) -> str:
    if not rows:
        return ""
    head = "".join(f'<th{" class=bb-num" if 0 < i < 3 else ""}>{c}</th>' for i, c in enumerate(PROGRESS_COLUMNS))
    body = "".join("<tr>" + "".join(f'<td{" class=bb-num" if 0 < i < 3 else ""}>{esc(c)}</td>'
                                    for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f'<div class="bb-progress"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


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


def confirm_text(rec: FileRecord) -> str:
    title = rec.title or rec.file
    named = f"\n\n{render.md_text(rec.file)}" if title != rec.file else ""
    return f"**Remove {render.md_text(title)}?** This deletes it from the index.{named}"


def permissions(role: str) -> tuple[bool, bool]:
    """(may upload, may remove) for a role: the same rules ``Service.require`` enforces."""
    return role_at_least(role, EDITOR), role_at_least(role, ADMIN)


@dataclass
class PapersTab:
    """The tab's components; ``table``, ``to_remove`` and ``visibility`` are refreshed by app.py's ``lists``."""

    search: gr.Textbox
    table: gr.HTML
    upload_box: gr.Column
    uploads: gr.File
    visibility: gr.Dropdown
    add: gr.Button
    upload_status: gr.Markdown
    progress: gr.HTML
    remove_box: gr.Column
    to_remove: gr.Dropdown
    remove: gr.Button
    confirm_box: gr.Group
    confirm_question: gr.Markdown
    confirm: gr.Button
    cancel: gr.Button
    remove_status: gr.Markdown


def build_tab(service: Service) -> PapersTab:
    """Lay out the tab (inside the app's ``gr.Tabs``); wire it with ``wire`` once the refresh exists."""
    with gr.Tab("Papers", id="papers"):
        search = gr.Textbox(placeholder="Search by title, body, kind or file name", show_label=False,
                            elem_id="bb-paper-search", max_lines=1, container=False)
        table = gr.HTML(list_html(service.papers(None)), elem_id="bb-papers", js_on_load=FILTER_JS,
                        css_template=LIST_CSS)
        with gr.Row():
            # hidden until the page load says the caller's role may use them (Service checks again)
            with gr.Column(visible=False, elem_id="bb-upload-box") as upload_box:
                uploads = gr.File(label=f"Add PDFs (up to {service.settings.max_upload_mb} MB each)",
                                  # no file_types: Gradio would fail the whole batch on one
                                  # non-.pdf name; each file is checked (and reported) itself
                                  file_count="multiple", type="filepath", elem_id="bb-upload")
                visibility = gr.Dropdown(label="Who may read them", choices=[PUBLIC], value=PUBLIC)
                add = gr.Button("Add to the index", variant="primary", elem_id="bb-add")
                upload_status = gr.Markdown(elem_id="bb-upload-status")
                progress = gr.HTML("", elem_id="bb-upload-progress", css_template=LIST_CSS)
            with gr.Column(visible=False, elem_id="bb-remove-box") as remove_box:
                to_remove = gr.Dropdown(label="Paper to remove", choices=[], elem_id="bb-remove-file")
                remove = gr.Button("Remove…", variant="stop", elem_id="bb-remove")
                with gr.Group(visible=False, elem_id="bb-remove-confirm") as confirm_box:
                    confirm_question = gr.Markdown(elem_id="bb-remove-question")
                    with gr.Row():
                        confirm = gr.Button("Confirm", variant="stop", elem_id="bb-remove-yes")
                        cancel = gr.Button("Cancel", variant="secondary", elem_id="bb-remove-cancel")
                remove_status = gr.Markdown(elem_id="bb-remove-status")
    return PapersTab(search, table, upload_box, uploads, visibility, add, upload_status, progress, remove_box,
                     to_remove, remove, confirm_box, confirm_question, confirm, cancel, remove_status)


def wire(tab: PapersTab, service: Service, demo: gr.Blocks, lists: Callable[[gr.Request], tuple[Any, ...]],
         list_outputs: Sequence[Any], after: Callable[[gr.Request], tuple[Any, ...]],
         after_outputs: Sequence[Any]) -> None:
    """Wire the role check on load, upload (``/upload``) and remove (``/remove``).

    ``list_outputs`` start with ``tab.table``; upload and remove refresh them with ``lists``, then run ``after``.
    """
    skip = (gr.skip(),) * len(list_outputs)

    def controls(request: gr.Request) -> tuple[Any, ...]:
        may_upload, may_remove = permissions(service.role(_user(request)))
        return gr.Column(visible=may_upload), gr.Column(visible=may_remove)

    def add_papers(paths: list[str] | None, visibility: str | None,
                   request: gr.Request) -> Iterator[tuple[Any, ...]]:
        # outputs: status, *lists, progress, upload box, remove status (old messages cleared first)
        if not paths:
            yield (upload_report([]), *skip, "", gr.skip(), "")
            return
        user = _user(request)
        box: dict[str, Any] = {}
        events: dict[str, FileProgress] = {}

        def work() -> None:
            try:
                box["results"] = service.upload(paths, user, visibility or PUBLIC,
                                                on_progress=lambda e: events.__setitem__(e.file, e))
            except BoardbotError as exc:
                box["error"] = str(exc)
            except Exception as exc:
                log.exception("upload failed")
                box["error"] = f"upload failed ({type(exc).__name__})"

        worker = threading.Thread(target=work, name="boardbot-upload", daemon=True)
        worker.start()
        line = f"⏳ Checking and indexing {len(paths)} file(s)…"
        yield (line, *skip, "", gr.skip(), "")
        shown = ""
        while worker.is_alive():
            table = progress_html(progress_rows(dict(events)))
            if table != shown:
                shown = table
                yield (line, *skip, table, gr.skip(), gr.skip())
            worker.join(POLL_S)
        if "error" in box:
            yield (f"❌ {render.md_text(box['error'])}", *skip, progress_html(progress_rows(events)), None, gr.skip())
            return
        results = box["results"]
        yield (upload_report(results), *lists(request), progress_html(progress_rows(events, results)), None,
               gr.skip())

    def ask_remove(file: str | None, request: gr.Request) -> tuple[Any, ...]:
        # outputs: confirm box, its question, remove status, upload status
        rec = service.paper(file or "", _user(request)) if file else None
        if rec is None:
            msg = "Choose a paper to remove." if not file else f"{render.md_text(file)}: not in the index"
            return gr.Group(visible=False), "", msg, ""
        return gr.Group(visible=True), confirm_text(rec), "", ""

    def cancel_remove() -> tuple[Any, ...]:
        return gr.Group(visible=False), "", "Nothing was removed."

    def remove_paper(file: str | None, request: gr.Request) -> tuple[Any, ...]:
        # outputs: status, *lists, confirm box
        if not file:
            return ("Choose a paper to remove.", *skip, gr.Group(visible=False))
        try:
            outcome = service.remove(file, _user(request))
        except BoardbotError as exc:
            outcome = f"{exc}"
        return (render.md_text(outcome), *lists(request), gr.Group(visible=False))

    refresh = list(list_outputs)
    demo.load(controls, outputs=[tab.upload_box, tab.remove_box], api_visibility="private")
    tab.add.click(add_papers, inputs=[tab.uploads, tab.visibility],
                  outputs=[tab.upload_status, *refresh, tab.progress, tab.uploads, tab.remove_status],
                  api_name="upload", show_progress="minimal",
                  ).then(after, outputs=list(after_outputs), api_visibility="private")
    tab.remove.click(ask_remove, inputs=[tab.to_remove],
                     outputs=[tab.confirm_box, tab.confirm_question, tab.remove_status, tab.upload_status],
                     api_visibility="private")
    tab.cancel.click(cancel_remove, outputs=[tab.confirm_box, tab.confirm_question, tab.remove_status],
                     api_visibility="private")
    tab.confirm.click(remove_paper, inputs=[tab.to_remove], outputs=[tab.remove_status, *refresh, tab.confirm_box],
                      api_name="remove").then(after, outputs=list(after_outputs), api_visibility="private")
