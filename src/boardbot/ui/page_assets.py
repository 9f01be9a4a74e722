"""The sources panel's page tools, in the browser: the page zoomed large, and the in-browser PDF viewer.

``render`` puts ``PAGE_CSS`` into its CSS and runs ``PAGE_JS`` before its
citation script (``CITE_JS``), from the sources panel's ``js_on_load``. Both
work without a server round-trip; "View in PDF" fetches only the excerpt
(``routes``) and draws it in the ``pdf_viewer`` panel.
"""

PAGE_CSS = """
/* the quote on the page: boxes in percent of the image, so they stay aligned at any size */
.bb-hl { position: absolute; background: rgba(250, 204, 21, .35); outline: 2px solid rgba(234, 179, 8, .9);
         outline-offset: 1px; border-radius: 2px; pointer-events: none; mix-blend-mode: multiply; }
button.bb-zoom { color: #2563eb; text-decoration: underline; background: none; border: 0; padding: 0;
                 font: inherit; cursor: pointer; }
a.bb-view { color: #2563eb; text-decoration: underline; }
.bb-zoom-overlay { position: fixed; inset: 0; z-index: 1000; background: rgba(15, 23, 42, .8);
                   display: flex; flex-direction: column; }
.bb-zoom-bar { display: flex; gap: 6px; align-items: center; padding: 8px 12px; background: #0f172a; color: #fff; }
.bb-zoom-bar button { background: #1e293b; color: #fff; border: 1px solid #475569; border-radius: 4px;
                      padding: 2px 10px; cursor: pointer; }
.bb-zoom-bar button.on { background: #2563eb; border-color: #2563eb; }
.bb-zoom-bar .bb-zoom-close { margin-left: auto; }
.bb-zoom-scroll { flex: 1; overflow: auto; padding: 12px; }
.bb-zoom-scroll .bb-pagebox { margin: 0 auto; background: #fff; }
.bb-zoom-scroll .bb-page { cursor: default; }
.bb-viewer { border: 1px solid var(--border-color-primary, #ddd); border-radius: 8px; padding: 8px; margin-top: 10px; }
.bb-viewer-bar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; font-size: 0.9em; }
.bb-viewer-bar button { border: 1px solid #cbd5e1; border-radius: 4px; padding: 0 8px; background: #f8fafc;
                        cursor: pointer; }
.bb-viewer-title { overflow-wrap: anywhere; }
.bb-viewer-scroll { max-height: 80vh; overflow: auto; background: #e2e8f0; margin-top: 6px; }
.bb-viewer canvas { display: block; margin: 12px auto; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, .25); }
.bb-viewer[data-state="empty"] .bb-viewer-scroll, .bb-viewer[data-state="empty"] canvas { display: none; }
"""

# Registered before CITE_JS's click listener (same phase, same node: registration order), so a
# handled click stops it with stopImmediatePropagation; a click on an unselected card's page is left
# to CITE_JS, which selects the card.
PAGE_JS = """
if (!window.__bbPageHandler) {
  window.__bbPageHandler = true;
  // the page enlarged over the app, zoomed 100-300% of the window's width; the quote boxes are
  // percentages of the image's box, so they stay on the quote at every zoom
  const ZOOMS = [100, 150, 200, 300];
  const closeZoom = () => document.querySelectorAll('.bb-zoom-overlay').forEach((o) => o.remove());
  const openZoom = (card) => {
    const src = card.querySelector('.bb-pagebox');
    if (!src) return;
    closeZoom();
    const ov = document.createElement('div');
    ov.className = 'bb-zoom-overlay';
    ov.setAttribute('role', 'dialog');
    ov.innerHTML = '<div class="bb-zoom-bar"><button data-step="-1" title="Zoom out">−</button>' +
      ZOOMS.map((z) => '<button data-zoom="' + z + '">' + z + '%</button>').join('') +
      '<button data-step="1" title="Zoom in">+</button><button class="bb-zoom-close" title="Close (Esc)">Close</button>' +
      '</div><div class="bb-zoom-scroll"></div>';
    const box = src.cloneNode(true);
    box.querySelector('img').loading = 'eager';
    const scroller = ov.querySelector('.bb-zoom-scroll');
    scroller.appendChild(box);
    let zoom = 100;
    const hl = box.querySelector('.bb-hl');
    const toQuote = () => {  // keep the quote in view as the page grows
      if (!hl) return;
      const r = hl.getBoundingClientRect(), v = scroller.getBoundingClientRect();
      scroller.scrollTop += r.top - v.top - 80;
      scroller.scrollLeft += r.left - v.left - 40;
    };
    const set = (z) => {
      zoom = z;
      box.style.width = z + '%';
      ov.querySelectorAll('[data-zoom]').forEach((b) => b.classList.toggle('on', +b.dataset.zoom === z));
      requestAnimationFrame(toQuote);
    };
    box.querySelector('img').addEventListener('load', () => requestAnimationFrame(toQuote));
    set(100);
    ov.addEventListener('click', (e) => {
      const b = e.target.closest('button');
      if (b && b.dataset.zoom) set(+b.dataset.zoom);
      else if (b && b.dataset.step) set(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, ZOOMS.indexOf(zoom) + +b.dataset.step))]);
      else if ((b && b.classList.contains('bb-zoom-close')) || e.target === scroller) closeZoom();
    });
    (document.querySelector('.gradio-container') || document.body).appendChild(ov);
  };
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeZoom(); });
  // an unselected card shows a strip of its page: the strip around the quote
  document.addEventListener('load', (e) => {
    const img = e.target;
    const view = img && img.closest && img.closest('.bb-pageview[data-hl-top]');
    if (view) view.scrollTop = Math.max(0, +view.dataset.hlTop * img.clientHeight - 40);
  }, true);
  // "View in PDF": PDF.js (served by the app, never a CDN) draws the excerpt route's few pages
  // around the cited one in the viewer panel below the sources; the excerpt's page labels are the
  // paper's page numbers
  const here = (p) => new URL(p, document.baseURI).href;
  const pdfState = { lib: null, doc: null, index: 1, zoom: 1, labels: null, task: null };
  const pdfRoot = () => document.querySelector('#bb-pdf-viewer .bb-viewer');
  const renderPdfPage = async () => {
    const root = pdfRoot();
    if (!root || !pdfState.doc) return;
    const pg = await pdfState.doc.getPage(pdfState.index);
    const scroller = root.querySelector('.bb-viewer-scroll');
    const canvas = root.querySelector('canvas');
    const fit = Math.max(320, scroller.clientWidth - 24) * pdfState.zoom;
    const ratio = window.devicePixelRatio || 1;
    const vp = pg.getViewport({ scale: (fit / pg.getViewport({ scale: 1 }).width) * ratio });
    if (pdfState.task) pdfState.task.cancel();
    canvas.width = Math.floor(vp.width);
    canvas.height = Math.floor(vp.height);
    canvas.style.width = Math.floor(vp.width / ratio) + 'px';
    pdfState.task = pg.render({ canvasContext: canvas.getContext('2d'), viewport: vp });
    try { await pdfState.task.promise; } catch (err) { if (err && err.name === 'RenderingCancelledException') return; throw err; }
    const label = (i) => (pdfState.labels && pdfState.labels[i - 1]) || String(i);
    root.querySelector('.bb-viewer-page').textContent = 'Page ' + label(pdfState.index) + ' (pages ' + label(1) +
      '–' + label(pdfState.doc.numPages) + ' shown here) · ' + Math.round(pdfState.zoom * 100) + '%';
    root.dataset.state = 'open';
  };
  const viewPdf = async (file, page) => {
    const root = pdfRoot();
    if (!root) return;
    root.dataset.state = 'loading';
    root.innerHTML = '<div class="bb-viewer-bar"><b class="bb-viewer-title"></b>' +
      '<button data-act="prev" title="Previous page">◀</button><span class="bb-viewer-page">Loading…</span>' +
      '<button data-act="next" title="Next page">▶</button><button data-act="out" title="Zoom out">−</button>' +
      '<button data-act="in" title="Zoom in">+</button><a class="bb-pdf" download>Download the full PDF</a>' +
      '<button data-act="close" title="Close the viewer">Close</button></div>' +
      '<div class="bb-viewer-scroll"><canvas></canvas></div>';
    root.querySelector('.bb-viewer-title').textContent = file;
    root.querySelector('a.bb-pdf').href = here('boardbot/pdf/' + encodeURIComponent(file));
    root.scrollIntoView({ behavior: 'smooth', block: 'start' });
    try {
      pdfState.lib = pdfState.lib || await import(here('boardbot/static/pdfjs/pdf.min.mjs'));
      pdfState.lib.GlobalWorkerOptions.workerSrc = here('boardbot/static/pdfjs/pdf.worker.min.mjs');
      if (pdfState.doc) pdfState.doc.destroy();
      pdfState.doc = null;
      const url = here('boardbot/excerpt/' + encodeURIComponent(file) + '/' + page + '.pdf');
      pdfState.doc = await pdfState.lib.getDocument({ url, isEvalSupported: false }).promise;
      pdfState.labels = await pdfState.doc.getPageLabels();
      const at = pdfState.labels ? pdfState.labels.indexOf(String(page)) : -1;
      pdfState.index = at >= 0 ? at + 1 : 1;
      pdfState.zoom = 1;
      await renderPdfPage();
    } catch (err) {
      root.dataset.state = 'error';
      root.querySelector('.bb-viewer-scroll').textContent = 'This PDF could not be shown: ' + ((err && err.message) || err);
    }
  };
  const pdfAction = (act) => {
    const root = pdfRoot();
    if (act === 'close') { if (pdfState.doc) pdfState.doc.destroy(); pdfState.doc = null;
      root.dataset.state = 'empty'; root.innerHTML = '<p class="bb-empty">The viewer is closed.</p>'; return; }
    if (!pdfState.doc) return;
    if (act === 'prev' && pdfState.index > 1) pdfState.index -= 1;
    else if (act === 'next' && pdfState.index < pdfState.doc.numPages) pdfState.index += 1;
    else if (act === 'in') pdfState.zoom = Math.min(3, pdfState.zoom + 0.5);
    else if (act === 'out') pdfState.zoom = Math.max(1, pdfState.zoom - 0.5);
    renderPdfPage();
  };
  document.addEventListener('click', (ev) => {
    if (!ev.target.closest) return;
    const act = ev.target.closest('.bb-viewer button[data-act]');
    if (act) { pdfAction(act.dataset.act); return; }
    const view = ev.target.closest('.bb-card a.bb-view');
    if (view) {
      ev.preventDefault();
      ev.stopImmediatePropagation();
      viewPdf(view.dataset.file, +view.dataset.page);
      return;
    }
    const zoomBtn = ev.target.closest('.bb-card .bb-zoom');
    if (zoomBtn) { ev.stopImmediatePropagation(); openZoom(zoomBtn.closest('.bb-card')); return; }
    const img = ev.target.closest('.bb-card .bb-page');
    if (img) {
      const card = img.closest('.bb-card');
      if (!card.classList.contains('selected')) return;  // CITE_JS selects it first
      ev.stopImmediatePropagation();
      openZoom(card);
    }
  }, true);
}
"""
