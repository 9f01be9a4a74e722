"""Answers as chat messages, sources as HTML cards, and the plain-text form the /chat API returns.

All text from the papers is escaped here, in one place, before it reaches the
browser: PDFs are untrusted input. Each [n] in an answer becomes a link to the
card ``#cite-<turn>-<n>`` in the sources panel; a small script (``CITE_JS``)
turns a click on it into "show that source", without a server round-trip.
URLs are relative, so the app also works mounted under a proxy prefix.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote

from ..answer.extractive import NOT_FOUND
from ..records import Answer, Citation, Hit
from ..text.sentences import squash
from .page_assets import PAGE_CSS, PAGE_JS

if TYPE_CHECKING:
    from ..decisions.extract import Decision
    from .highlight import Box

CONTEXT_CHARS = 450  # characters of surrounding text shown either side of a quote
_MARKER = re.compile(r"\[(\d+)\]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>$-])")


def pdf_url(file: str, page: int) -> str:
    return f"boardbot/pdf/{quote(file)}#page={page}"


def page_url(file: str, page: int) -> str:
    return f"boardbot/page/{quote(file)}/{page}.png"


def esc(text: str) -> str:
    """HTML-escape, and neutralise ``$`` (gr.HTML values pass through a JS template)."""
    return html.escape(text, quote=True).replace("$", "&#36;")


def md_text(text: str) -> str:
    """Paper text made inert for the chat's Markdown renderer (no entities with '#' in them)."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def cite_link(turn: int, n: int) -> str:
    return f'<a href="#cite-{turn}-{n}" class="bb-cite" title="Show source {n}">[{n}]</a>'


PARTIAL_HEAD = "Partly answered: the papers give something close, not what was asked."


def answer_markdown(ans: Answer, turn: int) -> str:
    """The assistant's chat message: the answer with clickable [n] markers."""
    partial = ans.status == "partial"  # a near miss: shown, but never styled as the answer
    if ans.abstained and not partial:
        lines = [f"**{md_text(NOT_FOUND)}**"]
        if ans.passages:
            lines.append("The closest passages are shown beside the chat:")
            for i, h in enumerate(ans.passages, 1):
                title = h.metadata.get("title") or h.file
                lines.append(f"- {cite_link(turn, i)} {md_text(title)}, {_pages(h)}")
        return "\n".join(lines)
    known = {c.n for c in ans.citations}
    text, lead = ans.text, ""
    if ans.lead and text.startswith(ans.lead) and not partial:
        # the name, figure or date asked for, in bold and first; the quotes that support it follow
        m = _MARKER.search(ans.lead)
        value = ans.lead[:m.start()].strip() if m else ans.lead
        lead = f"**{md_text(value)}** {_linked(ans.lead[len(value):].strip(), turn, known)}\n\n"
        text = text[len(ans.lead):].lstrip()
    body = lead + _linked(text, turn, known)
    if partial:
        body = f"**{md_text(PARTIAL_HEAD)}**\n\n_{body}_"
    if ans.notes:
        body += "\n\n" + "\n".join(f"_{md_text(n)}_" for n in ans.notes)
    return body


def _linked(text: str, turn: int, known: set[int]) -> str:
    """Answer text made inert, with each [n] of a known citation a link to its card."""
    out, pos = [], 0
    for m in _MARKER.finditer(text):
        out.append(md_text(text[pos:m.start()]))
        n = int(m.group(1))
        out.append(cite_link(turn, n) if n in known else md_text(m.group(0)))
        pos = m.end()
    out.append(md_text(text[pos:]))
    return "".join(out)


def _pages(h: Hit) -> str:
    return f"page {h.page_start}" if h.page_start == h.page_end else f"pages {h.page_start}–{h.page_end}"


def highlight(context: str, quote_text: str, width: int = CONTEXT_CHARS) -> str:
    """The quote marked up inside its surrounding text, trimmed to ``width`` chars either side."""
    ctx, q = squash(context), squash(quote_text)
    i = ctx.find(q) if q else -1
    if i < 0 and q:
        i = ctx.lower().find(q.lower())
    if i < 0:
        return f"<mark>{esc(q)}</mark>" if q else esc(ctx[: 2 * width])
    a, b = max(0, i - width), min(len(ctx), i + len(q) + width)
    before = ("…" if a > 0 else "") + ctx[a:i]
    after = ctx[i + len(q):b] + ("…" if b < len(ctx) else "")
    return f"{esc(before)}<mark>{esc(q)}</mark>{esc(after)}"


def page_html(file: str, page: int, title: str, boxes: Sequence[Box] = ()) -> str:
    """The page image with the quote's boxes over it, as percentages so they scale with the image."""
    marks = "".join(
        f'<div class="bb-hl" style="left:{b.x0 * 100:.3f}%;top:{b.y0 * 100:.3f}%;'
        f'width:{b.w * 100:.3f}%;height:{b.h * 100:.3f}%"></div>' for b in boxes)
    first = f' data-hl-top="{boxes[0].y0:.4f}"' if boxes else ""
    return (
        f'<div class="bb-pageview"{first}><div class="bb-pagebox">'
        f'<img class="bb-page" loading="lazy" src="{esc(page_url(file, page))}" '
        f'alt="Page {page} of {esc(title or file)}">{marks}</div></div>'
    )


def _card(turn: int, n: int, file: str, page: int, title: str, board: str, date: str,
          section: str, body_html: str, selected: bool, ocr: float | None = None,
          boxes: Sequence[Box] = ()) -> str:
    # a scanned page's text was read by OCR: say so, since a quote may then hold misread characters
    scan = f"text from OCR ({ocr:.0f}% confidence)" if ocr is not None else ""
    meta = " · ".join(esc(x) for x in (board, f"meeting {date}" if date else "", f"page {page}", scan) if x)
    sec = f'<div class="bb-section">{esc(section)}</div>' if section else ""
    return (
        f'<div class="bb-card{" selected" if selected else ""}" id="cite-{turn}-{n}" data-n="{n}">'
        f'<div class="bb-card-head"><a href="#cite-{turn}-{n}" class="bb-cite bb-n">[{n}]</a> '
        f'<span class="bb-title">{esc(title or file)}</span></div>'
        f'<div class="bb-meta">{meta}</div>{sec}'
        f'<blockquote class="bb-context">{body_html}</blockquote>'
        f'<div class="bb-links"><a href="#" class="bb-view" data-file="{esc(file)}" data-page="{page}">'
        f'View in PDF</a> · <button type="button" class="bb-zoom">Zoom</button> · '
        f'<a href="{esc(pdf_url(file, page))}" target="_blank" rel="noopener" download class="bb-pdf">'
        f'Download the full PDF</a> <span class="bb-file">{esc(file)}</span></div>'
        f'{page_html(file, page, title, boxes)}'
        f"</div>"
    )


def citation_card(turn: int, c: Citation, selected: bool = False, boxes: Sequence[Box] = ()) -> str:
    """A citation's card; ``boxes`` (from ``highlight.quote_boxes``) mark the quote on the page image."""
    return _card(turn, c.n, c.file, c.page, c.title, c.board, c.date, c.section,
                 highlight(c.context or c.quote, c.quote), selected,
                 (c.ocr_confidence or 0.0) if c.ocr else None, boxes)


def passage_card(turn: int, n: int, h: Hit, selected: bool = False) -> str:
    m = h.metadata
    text = squash(h.text)
    body = esc(text[: 2 * CONTEXT_CHARS] + ("…" if len(text) > 2 * CONTEXT_CHARS else ""))
    return _card(turn, n, h.file, h.page_start, m.get("title", ""), m.get("board", ""),
                 m.get("meeting_date", ""), m.get("section", ""), body, selected)


def turn_html(turn: int, question: str, ans: Answer, boxes: Mapping[int, Sequence[Box]] | None = None) -> str:
    """The sources of one answer: citation cards, or the closest passages for an abstention.

    ``boxes`` maps a citation's number to its quote's boxes on the page (``cited_pages.citation_boxes``).
    """
    boxes = boxes or {}
    if ans.status == "partial":
        head = "Not quite what was asked — what the papers give"
        cards = [citation_card(turn, c, c.n == 1, boxes.get(c.n, ())) for c in ans.citations]
    elif ans.abstained:
        head = "Not found in the papers — the closest passages"
        cards = [passage_card(turn, i, h, i == 1) for i, h in enumerate(ans.passages, 1)]
        if not cards:
            cards = ['<p class="bb-empty">No passage came close.</p>']
    else:
        head = "Sources"
        cards = [citation_card(turn, c, c.n == 1, boxes.get(c.n, ())) for c in ans.citations]
    return (
        f'<div class="bb-turn" data-turn="{turn}" data-status="{esc(ans.status)}"'
        f'{" data-abstained" if ans.abstained else ""}>'
        f'<div class="bb-turn-head">{head} for: <q>{esc(question)}</q></div>{"".join(cards)}</div>'
    )


def sources_html(turns: list[str]) -> str:
    """The panel: every turn's sources, only the latest shown until a marker picks another."""
    if not turns:
        return ('<div class="bb-sources"><p class="bb-empty">Sources appear here: the quoted passage '
                'in its context and an image of the cited page.</p></div>')
    shown = [t.replace('class="bb-turn"', 'class="bb-turn" style="display:none"', 1) for t in turns[:-1]]
    return f'<div class="bb-sources">{"".join(shown)}{turns[-1]}</div>'


def pending_html(question: str) -> str:
    return f'<div class="bb-sources"><p class="bb-empty">Searching the papers for <q>{esc(question)}</q>…</p></div>'


def api_text(ans: Answer) -> str:
    """What ``Client(url).predict(question, api_name="/chat")`` returns: answer then sources."""
    lines = [ans.text]
    if ans.citations:
        lines.append("")
        lines.append("Sources:")
        for c in ans.citations:
            title = f"{c.title} ({c.file})" if c.title else c.file
            lines.append(f'[{c.n}] {title}, page {c.page}{" (text from OCR)" if c.ocr else ""}: "{c.quote}"')
    elif ans.passages:
        lines.append("")
        lines.append("Closest passages:")
        for h in ans.passages:
            lines.append(f"- {h.file}, {_pages(h)}: {squash(h.text)[:200]}")
    return "\n".join(lines)



def decision_html(d: Decision) -> str:
    """One register entry with its cited page: the Decisions tab's click-through.

    Its own classes (``bb-dcard``), not the chat's ``bb-card``: CITE_JS hides chat turns around a
    selected card, and must not act on this panel.
    """
    title = d.title or d.file
    meta = " · ".join(esc(x) for x in (d.board, f"meeting {d.meeting_date}" if d.meeting_date else "",
                                       f"page {d.page}") if x)
    item = f'<div class="bb-section">{esc(d.item)}</div>' if d.item else ""
    lead = f'<div class="bb-lead">{esc(d.lead_in)}</div>' if d.lead_in else ""
    extra = " · ".join(f"{k}: {esc(v)}" for k, v in (("Owner", d.owner), ("By", d.deadline)) if v)
    extra_html = f'<div class="bb-meta">{extra}</div>' if extra else ""
    return (
        f'<div class="bb-dcard" data-file="{esc(d.file)}" data-page="{d.page}">'
        f'<div class="bb-card-head"><span class="bb-kind bb-kind-{esc(d.kind)}">{esc(d.kind)}</span> '
        f'<span class="bb-title">{esc(title)}</span></div>'
        f'<div class="bb-meta">{meta}</div>{item}{lead}'
        f'<blockquote class="bb-context"><mark>{esc(d.text)}</mark></blockquote>{extra_html}'
        f'<div class="bb-links"><a href="{esc(pdf_url(d.file, d.page))}" target="_blank" rel="noopener" '
        f'class="bb-pdf">Open the PDF at page {d.page}</a> <span class="bb-file">{esc(d.file)}</span></div>'
        f'<img class="bb-dpage" src="{esc(page_url(d.file, d.page))}" alt="Page {d.page} of {esc(title)}">'
        f"</div>"
    )


def decision_empty_html(message: str = "Select a row to see the decision on its page.") -> str:
    return f'<div class="bb-dcard bb-dempty"><p class="bb-empty">{esc(message)}</p></div>'

CSS = PAGE_CSS + """
#bb-status { font-size: 0.95em; }
.bb-sources { display: flex; flex-direction: column; gap: 10px; max-height: 78vh; overflow-y: auto; }
.bb-turn { display: flex; flex-direction: column; gap: 10px; }
.bb-turn-head { font-weight: 600; }
.bb-turn[data-abstained] .bb-turn-head { color: #b45309; }
.bb-turn[data-status="partial"] .bb-turn-head { color: #7c3aed; }
.bb-card { border: 1px solid var(--border-color-primary, #ddd); border-radius: 8px; padding: 10px;
           background: var(--background-fill-primary, #fff); scroll-margin-top: 8px; }
.bb-card.selected { border: 2px solid #2563eb; box-shadow: 0 0 0 3px rgba(37, 99, 235, .15); }
.bb-card-head { font-weight: 600; margin-bottom: 2px; }
.bb-meta, .bb-section, .bb-file { color: var(--body-text-color-subdued, #666); font-size: 0.85em; }
.bb-context { margin: 6px 0; padding: 6px 10px; border-left: 3px solid #cbd5e1; font-size: 0.9em;
              line-height: 1.45; max-height: 12em; overflow-y: auto; }
.bb-context mark { background: #fde68a; color: inherit; padding: 0 1px; }
.bb-pageview { max-height: 180px; overflow: hidden; border: 1px solid #e5e7eb; margin-top: 6px; }
.bb-card.selected .bb-pageview { max-height: none; }
.bb-pagebox { position: relative; line-height: 0; }
.bb-page { display: block; width: 100%; height: auto; cursor: zoom-in; }
a.bb-pdf { color: #2563eb; text-decoration: underline; }
a.bb-cite { text-decoration: none; font-weight: 600; color: #2563eb; cursor: pointer; }
.bb-empty { color: var(--body-text-color-subdued, #666); }
.bb-dcard { border: 1px solid var(--border-color-primary, #ddd); border-radius: 8px; padding: 10px;
            background: var(--background-fill-primary, #fff); max-height: 82vh; overflow-y: auto; }
.bb-dcard.bb-dempty { border-style: dashed; }
.bb-lead { font-size: 0.85em; font-style: italic; margin-top: 4px; }
.bb-kind { display: inline-block; font-size: 0.75em; font-weight: 600; text-transform: uppercase;
           padding: 1px 6px; border-radius: 4px; background: #e0e7ff; color: #3730a3; }
.bb-kind-action { background: #fef3c7; color: #92400e; }
.bb-kind-approval, .bb-kind-decision { background: #dcfce7; color: #166534; }
.bb-dpage { display: block; width: 100%; max-width: 960px; border: 1px solid #e5e7eb; margin-top: 6px; }
#bb-decision { scroll-margin-top: 8px; }
/* The register table: text at a normal size, wrapped between words; only a token wider than its
   whole column (overflow-wrap) breaks inside, never a word that fits (word-break, hyphens). */
#bb-decisions table, #bb-decisions .body-cell, #bb-decisions .header-cell {
  font-family: var(--font, sans-serif) !important; font-size: 14px !important; line-height: 1.4; }
#bb-decisions .body-cell *, #bb-decisions .header-cell * {
  font-family: inherit !important; font-size: inherit !important; white-space: normal; word-break: normal !important;
  overflow-wrap: anywhere !important; hyphens: none !important; }
/* Headings are one or two short words: 13px, never broken, and the sort arrow and the ⋮ menu sit in
   the cell's right padding instead of taking the word's room (a narrow column clipped "Meetin|g"). */
#bb-decisions .header-cell, #bb-decisions .header-cell * { font-size: 13px !important; overflow-wrap: normal !important; }
#bb-decisions .header-cell .cell-wrap { position: relative; padding-right: 13px; }
#bb-decisions .header-cell .header-icons { position: absolute; right: 1px; top: 4px; }
#bb-decisions .header-cell .cell-menu-button { position: absolute; right: 0; bottom: 2px; }
"""

# Runs once per page (from the sources panel's js_on_load): a click on any [n] marker shows that
# answer's sources and selects card n, enlarging its page image. Capture phase, so the chat's own
# link handling (open in a new tab) never sees the click. PAGE_JS (zoom, PDF viewer) goes first.
CITE_JS = PAGE_JS + """
if (!window.__bbCiteHandler) {
  window.__bbCiteHandler = true;
  const select = (id) => {
    const card = document.getElementById(id);
    if (!card) return false;
    document.querySelectorAll('.bb-turn').forEach((t) => { t.style.display = t.contains(card) ? '' : 'none'; });
    document.querySelectorAll('.bb-card.selected').forEach((c) => c.classList.remove('selected'));
    card.classList.add('selected');
    card.scrollIntoView({ behavior: 'smooth', block: 'start' });
    return true;
  };
  document.addEventListener('click', (ev) => {
    const img = ev.target.closest ? ev.target.closest('.bb-card .bb-page') : null;
    if (img) { select(img.closest('.bb-card').id); return; }
    const a = ev.target.closest ? ev.target.closest('a[href*="#cite-"]') : null;
    if (!a) return;
    ev.preventDefault();
    ev.stopPropagation();
    select(a.getAttribute('href').split('#').pop());
  }, true);
}
"""
