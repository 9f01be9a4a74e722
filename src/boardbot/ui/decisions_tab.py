"""The Decisions tab: search the register, filter, sort, download as CSV, and click a row to see its page.

Kept out of ``app.py`` because the register's table, export and click-through
are a feature of their own. Every read goes through ``Service.decisions``, which
passes the caller's visibility groups into the store's query exactly as the chat
does, so a row, a count or a CSV line from a paper the caller may not read never
leaves the server. A selected row is looked up again on the server (by paper,
page and text, so it survives the browser re-sorting the table) before its page
is shown, through the same access-checked page-image and PDF routes as the
chat's sources panel. Scripts use ``/decisions``:
``Client(url).predict("place-based care", api_name="/decisions")`` returns one
dict per row with the fields of ``boardbot decisions --json``.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd

from ..decisions import KINDS, Decision
from ..decisions.export import CSV_FIELDS, vote_text, write
from ..errors import BoardbotError
from . import render
from .service import DECISION_LIMIT, Service

log = logging.getLogger(__name__)

COLUMNS = ["Meeting date", "Body", "Item", "Kind", "Outcome", "Vote", "Decision", "Paper", "Page"]
TEXT_COL, FILE_COL, PAGE_COL = 6, 7, 8
DATATYPES = ["str", "str", "str", "str", "str", "str", "str", "str", "number"]
# Shares of the table's width, Decision widest. They are sized for the narrowest usual tab (about 920px,
# a 1280px window with the conversations sidebar open), where each narrow column still fits its longest
# usual word at 14px: "2023-03-24", "Cambridgeshire" (Body, Item), "recommendation" (Kind), "recommended"
# (Outcome: a report's recommendation carries it),
# and a file name's longest part between hyphens (Paper). A wider window widens every column.
COLUMN_WIDTHS = ["9%", "12.5%", "12%", "13%", "11.5%", "7%", "16.5%", "11.5%", "7%"]
API_FIELDS = (*CSV_FIELDS, "title")
API_LIMIT = 200  # default rows for /decisions; Service caps any request at DECISION_LIMIT
EXPORT_DIR = Path(tempfile.gettempdir()) / "boardbot-exports"  # Gradio copies from here into its cache
EXPORT_TTL_S = 3600
CSV_NAME = "boardbot-decisions.csv"

# Gradio's Dataframe sorts from the ⋮ menu on each heading; a click on the heading itself does the
# same here (ascending, then descending), so the table sorts the way tables usually do. Capture
# phase, trusted clicks only: the menu clicks this sends itself are left to Gradio.
SORT_JS = """
if (!window.__bbDecisionSort) {
  window.__bbDecisionSort = true;
  document.addEventListener('click', (ev) => {
    if (!ev.isTrusted || !ev.target.closest) return;
    const th = ev.target.closest('#bb-decisions th.header-cell');
    if (!th || ev.target.closest('.cell-menu-button, .cell-menu')) return;
    const menu = th.querySelector('button.cell-menu-button');
    if (!menu) return;
    ev.preventDefault();
    ev.stopPropagation();
    const indicator = th.querySelector('.sort-indicator');
    const asc = !(indicator && /ascending/.test(indicator.getAttribute('aria-label') || ''));
    menu.click();
    const pick = (tries) => {  // the menu renders on a later frame; a busy browser may take a few
      const items = document.querySelectorAll('.cell-menu [role="menuitem"]');
      if (items.length >= 2) items[asc ? 0 : 1].click();
      else if (tries > 0) setTimeout(() => pick(tries - 1), 50);
    };
    requestAnimationFrame(() => pick(40));
  }, true);
}
"""
# After a row is chosen its page shows below the table: bring it into view.
SHOW_DETAIL_JS = "() => { document.getElementById('bb-decision')?.scrollIntoView({behavior: 'smooth', block: 'start'}); }"


def _user(request: gr.Request | None) -> str | None:
    return getattr(request, "username", None) or None


def table(rows: list[Decision]) -> pd.DataFrame:
    """The tab's table: one row per register entry, in the store's order (see ``DecisionStore.search``)."""
    return pd.DataFrame([[d.meeting_date, d.board, d.item, d.form or d.kind, d.outcome, vote_text(d.votes), d.text,
                          d.file, d.page] for d in rows], columns=COLUMNS)


def api_rows(rows: list[Decision]) -> list[dict[str, Any]]:
    """What ``/decisions`` returns: the CLI's JSON fields (plus the paper's title), in the store's order."""
    return [{k: getattr(d, k) for k in API_FIELDS} for d in rows]


def export_csv(rows: list[Decision]) -> Path:
    """Write ``rows`` as CSV (the CLI's columns) to a fresh temp folder; prunes exports over an hour old."""
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - EXPORT_TTL_S
    for old in EXPORT_DIR.iterdir():
        try:
            if old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
    out = Path(tempfile.mkdtemp(dir=EXPORT_DIR)) / CSV_NAME
    with out.open("w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel reads it as UTF-8
        write(rows, fh, "csv")  # every cell escaped against formulas by export.csv_cell
    return out


def summary(rows: list[Decision], query: str, limit: int) -> str:
    """The line above the table: how many rows, for what, and whether the limit cut them short."""
    n = len(rows)
    matching = f" matching “{render.md_text(query.strip())}”" if query.strip() else ""
    if not n:
        return f"No decisions{matching} (with these filters)."
    cut = f" (the first {limit}: narrow the search to see the rest)" if n >= limit else ""
    order = "rows with the exact words first, newest first within them" if query.strip() else "newest first"
    return (f"{n} decision{'s' if n != 1 else ''}{matching}{cut}, {order}. "
            "Select a row to see it on its page, below the table.")


def api_endpoint(service: Service) -> Any:
    """The function behind ``/decisions`` (registered with ``gr.api`` in ``app.build_app``)."""

    def decisions(query: str = "", board: str = "", since: str = "", until: str = "", kind: str = "",
                  limit: int = API_LIMIT, request: gr.Request = None) -> list[dict[str, Any]]:  # type: ignore[assignment]
        """Search the decisions register: exact phrase, then all-words rows first, newest first within each; each row: meeting_date, board, item, kind, text, owner, deadline, file, page, lead_in, id, title."""
        try:
            return api_rows(service.decisions(_user(request), query, board, since, until, kind, limit))
        except BoardbotError as exc:
            raise gr.Error(str(exc)) from exc

    return decisions


def build_tab(service: Service, demo: gr.Blocks) -> None:
    """The tab's layout and events; call inside ``gr.Tabs()`` of ``demo``."""

    def run(query: str, board: str | None, since: str, until: str, kind: str | None,
            request: gr.Request) -> tuple[Any, ...]:
        """(table, count line, CSV button, whether it ran); a bad date or kind leaves the table as it was."""
        query = query or ""
        try:
            rows = service.decisions(_user(request), query, board or "", since or "", until or "", kind or "")
        except BoardbotError as exc:
            return gr.skip(), f"⚠️ {render.md_text(str(exc))}", gr.skip(), False
        csv = (gr.DownloadButton(value=str(export_csv(rows)), interactive=True) if rows
               else gr.DownloadButton(value=None, interactive=False))
        return table(rows), summary(rows, query, DECISION_LIMIT), csv, True

    def search(query: str, board: str | None, since: str, until: str, kind: str | None,
               request: gr.Request) -> tuple[Any, ...]:
        *out, ok = run(query, board, since, until, kind, request)
        return (*out, render.decision_empty_html() if ok else gr.skip())

    def refresh(query: str, board: str | None, since: str, until: str, kind: str | None,
                request: gr.Request) -> tuple[Any, ...]:
        """On page load and each visit to the tab: the boards the caller may read, and fresh results."""
        papers = service.papers(_user(request))
        bodies = sorted({x for p in papers for x in (p.board, p.organisation) if x})
        choices = gr.Dropdown(choices=[("Any board or organisation", "")] + [(b, b) for b in bodies])
        return (choices, *run(query, board, since, until, kind, request)[:3])

    def show(evt: gr.SelectData, request: gr.Request) -> Any:
        row = list(evt.row_value or [])
        if len(row) < len(COLUMNS):
            return gr.skip()
        try:
            page = int(float(row[PAGE_COL]))
        except (TypeError, ValueError):
            return render.decision_empty_html("That row has no page number.")
        d = service.decision(_user(request), str(row[FILE_COL]), page, str(row[TEXT_COL]))
        if d is None:
            return render.decision_empty_html("That decision is no longer in the register you can read: "
                                              "search again.")
        return render.decision_html(d)

    with gr.Tab("Decisions", id="decisions") as tab:
        gr.Markdown("What the boards resolved, approved and noted, what they were recommended to do and the "
                    "actions they set, quoted from the papers. Put a phrase in quotes to require it. Click a "
                    "column heading to sort by it; click a row to see the decision on its page, below the table.")
        with gr.Row():
            query = gr.Textbox(placeholder="Search the decisions, e.g. place-based care or \"hospital discharge\"",
                               show_label=False, scale=5, lines=1, max_lines=1, elem_id="bb-dquery")
            go = gr.Button("Search", variant="primary", scale=1, min_width=80, elem_id="bb-dsearch")
        with gr.Row():
            board = gr.Dropdown(label="Board or organisation", choices=[("Any board or organisation", "")],
                                value="", allow_custom_value=True, elem_id="bb-dboard")
            since = gr.Textbox(label="From date", placeholder="YYYY-MM-DD", elem_id="bb-dsince")
            until = gr.Textbox(label="To date", placeholder="YYYY-MM-DD", elem_id="bb-duntil")
            kind = gr.Dropdown(label="Kind", choices=[("Any kind", "")] + [(k, k) for k in KINDS], value="",
                               elem_id="bb-dkind")
        with gr.Row(equal_height=True, elem_id="bb-dbar"):
            count = gr.Markdown(elem_id="bb-dcount")
            csv = gr.DownloadButton("⬇ Download CSV", value=None, interactive=False, size="md",
                                    variant="secondary", scale=0, min_width=180, elem_id="bb-dcsv")
        # The table takes the tab's full width and the row's page opens below it: side by side, each
        # had half the width and the table's words broke mid-word ("Cambridgeshi re").
        grid = gr.Dataframe(value=table([]), headers=COLUMNS, datatype=DATATYPES, interactive=False, wrap=True,
                            max_height=620, elem_id="bb-decisions", show_label=False, buttons=["fullscreen"],
                            column_widths=COLUMN_WIDTHS)
        detail = gr.HTML(render.decision_empty_html(), elem_id="bb-decision", apply_default_css=False,
                         js_on_load=SORT_JS)

    inputs = [query, board, since, until, kind]
    demo.load(refresh, inputs=inputs, outputs=[board, grid, count, csv], api_visibility="private")
    tab.select(refresh, inputs=inputs, outputs=[board, grid, count, csv], api_visibility="private",
               show_progress="hidden")
    gr.on([query.submit, go.click, board.input, kind.input, since.submit, until.submit], search, inputs=inputs,
          outputs=[grid, count, csv, detail], api_visibility="private", show_progress="minimal")
    grid.select(show, outputs=[detail], api_visibility="private", show_progress="hidden").then(
        None, js=SHOW_DETAIL_JS, api_visibility="private", show_progress="hidden")
