"""The cited page itself in a real browser: the quote marked on the page image, the zoom, the PDF viewer.

The boxes drawn over the image must be where ``highlight.quote_boxes`` puts the
quote on the same PDF (computed here, in the test process) to within a few
pixels, inside the image, at the card's size and zoomed. "View in PDF" must load
the excerpt into the viewer panel (PDF.js draws a canvas) at the cited page. The excerpt route, like the page route, serves only a reader of the paper.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pypdf import PdfReader

from boardbot.ui.cited_pages import EXCERPT_VERSION, excerpt_range
from boardbot.ui.highlight import quote_boxes
from conftest import HARINGEY, LSC, PAPERS, login, serve_board_app, serve_copy

PRESENTER_Q = "Who presented the Place Integration Deal progress paper?"
PX = 3  # pixels of slack between a drawn box and the expected one (rounding of percentages)


@pytest.fixture(scope="module")
def app_url(small_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    for url, _service in serve_copy(small_index, tmp_path_factory.mktemp("pages-app")):
        yield url


def _inside(inner: dict[str, float], outer: dict[str, float], slack: float = 1.0) -> bool:
    return (inner["x"] >= outer["x"] - slack and inner["y"] >= outer["y"] - slack
            and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + slack
            and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + slack)


def _check_boxes(scope: Any, file: str, page: int, quote: str) -> dict[str, float]:
    """The drawn boxes in ``scope`` lie inside its image, each where quote_boxes puts it; returns the image rect."""
    img = scope.locator("img.bb-page")
    img.page.wait_for_function("img => img.complete && img.naturalWidth > 500", arg=img.element_handle(),
                               timeout=30_000)
    img.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")  # laid out
    rect = img.bounding_box()
    expected = quote_boxes(PAPERS / file, page, quote)
    drawn = scope.locator(".bb-hl")
    assert expected and drawn.count() == len(expected)
    for i, b in enumerate(expected):
        got = drawn.nth(i).bounding_box()
        assert _inside(got, rect)
        want = (rect["x"] + b.x0 * rect["width"], rect["y"] + b.y0 * rect["height"],
                b.w * rect["width"], b.h * rect["height"])
        assert (got["x"], got["y"], got["width"], got["height"]) == pytest.approx(want, abs=PX)
    return rect


@pytest.mark.browser
def test_quote_on_the_page_zoom_and_pdf_viewer(browser: Any, app_url: str, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(app_url)
    page.locator("#bb-question textarea").fill(PRESENTER_Q)
    page.locator("#bb-ask").click()
    page.locator('#bb-chat a[href="#cite-0-1"]').first.wait_for(timeout=90_000)

    card = page.locator("#cite-0-1")
    view = card.locator("a.bb-view")
    file, cited = view.get_attribute("data-file"), int(view.get_attribute("data-page") or 0)
    assert file == LSC.name and cited == 1
    quote = card.locator("mark").inner_text().strip()
    assert "Craig Harris" in quote
    card.locator("img.bb-page").scroll_into_view_if_needed()
    small = _check_boxes(card, file, cited, quote)
    page.screenshot(path=str(tmp_path / "highlight.png"), full_page=True)

    # zoom: clicking the selected card's page opens it large; boxes stay on the quote at each zoom
    card.locator("img.bb-page").click()
    overlay = page.locator(".bb-zoom-overlay")
    overlay.wait_for(timeout=5_000)
    big = _check_boxes(overlay, file, cited, quote)
    assert big["width"] > small["width"] * 1.3
    overlay.locator('button[data-zoom="200"]').click()
    # the new size is laid out over a frame or two; on a busy machine (two test workers) the boxes were
    # once read before it was: wait for the doubled width and two more frames
    page.wait_for_function("w => document.querySelector('.bb-zoom-overlay img.bb-page')"
                           ".getBoundingClientRect().width > w * 1.9", arg=big["width"], timeout=15_000)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    bigger = _check_boxes(overlay, file, cited, quote)
    assert bigger["width"] == pytest.approx(2 * big["width"], rel=0.05)
    overlay.locator('button[data-step="-1"]').click()  # 200% -> 150%
    assert overlay.locator("button.on").inner_text() == "150%"
    page.screenshot(path=str(tmp_path / "zoom.png"))
    page.keyboard.press("Escape")
    assert page.locator(".bb-zoom-overlay").count() == 0

    # the PDF viewer, opened at the cited page of a card citing a later page if there is one
    cards = page.locator(".bb-turn[data-turn='0'] .bb-card")
    pages = [int(cards.nth(i).locator("a.bb-view").get_attribute("data-page") or 0) for i in range(cards.count())]
    pick = max(range(len(pages)), key=lambda i: pages[i])
    target = cards.nth(pick)
    target.locator("a.bb-view").click()
    viewer = page.locator("#bb-pdf-viewer .bb-viewer[data-state=open]")
    viewer.wait_for(timeout=30_000)
    canvas = viewer.locator("canvas")
    assert canvas.evaluate("c => c.width") > 300
    # PDF.js drew the page: a good share of the canvas is ink, not blank
    inked = canvas.evaluate("""c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i] < 200) n++; return n / (d.length / 4); }""")
    assert inked > 0.005
    first, last = excerpt_range(pages[pick], 18)
    assert viewer.locator(".bb-viewer-page").inner_text().startswith(f"Page {pages[pick]} (pages {first}–{last}")
    if pages[pick] < last:
        viewer.locator('button[data-act="next"]').click()
        page.wait_for_function(f"() => document.querySelector('#bb-pdf-viewer .bb-viewer-page').textContent"
                               f".startsWith('Page {pages[pick] + 1} ')", timeout=15_000)
    canvas.scroll_into_view_if_needed()
    page.screenshot(path=str(tmp_path / "viewer.png"), full_page=True)
    assert not errors, errors
    context.close()


@pytest.fixture(scope="module")
def secured(small_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    yield from serve_board_app(small_index, tmp_path_factory.mktemp("pages-secured"))


@pytest.mark.slow
def test_excerpt_route_serves_pages_around_the_cited_one_to_readers_only(secured: tuple[str, Any]) -> None:
    url, service = secured
    with httpx.Client(base_url=url, timeout=60) as anon:
        assert anon.get(f"boardbot/excerpt/{HARINGEY.name}/5.pdf").status_code == 401
        assert anon.get("boardbot/static/pdfjs/pdf.min.mjs").status_code == 401
    with login(url, "alice", "alice-pw") as alice:  # LSC is readable by the board group: alice's
        r = alice.get(f"boardbot/excerpt/{LSC.name}/7.pdf")
        assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
        excerpt = PdfReader(io.BytesIO(r.content))
        original = PdfReader(LSC)
        assert len(excerpt.pages) == 5  # pages 5-9
        assert excerpt.pages[2].extract_text() == original.pages[6].extract_text()
        assert len(r.content) < LSC.stat().st_size
        assert alice.get(f"boardbot/excerpt/{LSC.name}/1.pdf").status_code == 200
        assert alice.get(f"boardbot/excerpt/{LSC.name}/99.pdf").status_code == 404
        assert alice.get("boardbot/excerpt/no-such-paper.pdf/1.pdf").status_code == 404
        worker = alice.get("boardbot/static/pdfjs/pdf.worker.min.mjs")
        assert worker.status_code == 200 and "WorkerMessageHandler" in worker.text[-400:]
        assert alice.get("boardbot/static/pdfjs/LICENSE").status_code == 404  # only the two PDF.js files
        assert [int(x) for x in excerpt.page_labels] == [5, 6, 7, 8, 9]  # the paper's page numbers
    with login(url, "bob", "bob-pw") as bob:
        assert bob.get(f"boardbot/excerpt/{LSC.name}/7.pdf").status_code == 404  # not his: as if absent
        assert bob.get(f"boardbot/excerpt/{HARINGEY.name}/5.pdf").status_code == 200
    # the excerpt is cached under the page cache, keyed by the paper's content hash and the range
    rec = service.assistant.paper(LSC.name)
    assert (service.pages.cache_dir / rec.sha256[:16] / f"excerpt-5-9.v{EXCERPT_VERSION}.pdf").is_file()
