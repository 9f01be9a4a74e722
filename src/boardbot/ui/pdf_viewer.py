"""The Ask tab's in-browser PDF viewer: a card's "View in PDF" opens the cited page there.

PDF.js (vendored in ``static/pdfjs``, served by ``routes``) draws a small
excerpt - the cited page and two either side, from the access-checked
``/boardbot/excerpt`` route - so a reader never downloads a whole agenda pack
to see one page. The browser fetches the excerpt with its own session cookie,
so the route's access check is the only way to it; nothing is copied into
Gradio's file cache, where any logged-in user could fetch it by URL.

Why not the ``gradio_pdf`` component: its 0.0.24 build imports Svelte from
``/assets/svelte/*.js``, which Gradio 6.31 no longer serves, so it never
mounts (and it loads its PDF.js worker from a CDN). The viewer here is a panel
driven by ``page_assets.PAGE_JS`` with no server round-trip but the excerpt.
"""

from __future__ import annotations

import gradio as gr

EMPTY = ('<div class="bb-viewer" data-state="empty"><p class="bb-empty">Choose <b>View in PDF</b> on a '
         "source to read its page here, with the pages around it.</p></div>")


def build() -> gr.HTML:
    """The viewer panel, inside the current Blocks context (the Ask tab, below the sources)."""
    return gr.HTML(EMPTY, elem_id="bb-pdf-viewer", apply_default_css=False)
