"""Quote boxes on the page image: found on real sample pages, aligned with the rendered ink, [] when absent."""

from __future__ import annotations

import time
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from boardbot.parsing.ocr import OCRWord
from boardbot.ui.highlight import Box, BoxCache, line_boxes, normalise, quote_boxes
from conftest import AWKWARD, LSC, raw_pdf

SCALE = 1.5  # the page renderer's scale


def _render(pdf: Path, page: int):
    import numpy as np
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return np.asarray(doc[page - 1].render(scale=SCALE).to_pil().convert("L"))
    finally:
        doc.close()


def _ink(img, box: Box) -> float:
    """Share of dark pixels inside ``box`` on the rendered page."""
    h, w = img.shape
    region = img[int(box.y0 * h):int((box.y0 + box.h) * h) + 1, int(box.x0 * w):int((box.x0 + box.w) * w) + 1]
    return float((region < 128).mean()) if region.size else 0.0


def _ink_bbox(img) -> tuple[float, float, float, float]:
    """Fractions (x0, y0, x1, y1) of the bounding box of every dark pixel."""
    import numpy as np

    ys, xs = np.nonzero(img < 128)
    h, w = img.shape
    return xs.min() / w, ys.min() / h, (xs.max() + 1) / w, (ys.max() + 1) / h


def test_a_name_on_the_cover_sheet_is_one_line_box_over_its_ink() -> None:
    boxes = quote_boxes(LSC, 1, "Professor Craig Harris, Chief Operating Officer")
    assert len(boxes) == 1
    b = boxes[0]
    assert 0 < b.x0 < 0.5 and 0.1 < b.y0 < 0.3 and 0.2 < b.w < 0.5 and 0.005 < b.h < 0.03
    img = _render(LSC, 1)
    assert _ink(img, b) > 0.05  # text, not white space
    # the words after the quote on the same line are not inside the box
    after = quote_boxes(LSC, 1, "Directors of Health and Care Integration, Blackburn")[0]
    assert after.x0 >= b.x0 + b.w - 0.002 and abs(after.y0 - b.y0) < 0.003


def test_a_quote_over_two_lines_from_pypdf_text_gets_one_box_per_line() -> None:
    text = PdfReader(LSC).pages[0].extract_text()
    start = text.index("This paper has been produced")
    quote = text[start:text.index("place priorities", start) + len("place priorities")]
    assert "\n" in quote  # pypdf breaks the line where PDFium does
    boxes = quote_boxes(LSC, 1, quote.replace("\n", " "))
    assert len(boxes) == 2
    first, second = boxes
    assert abs(first.x0 - second.x0) < 0.003  # both lines start at the left margin
    assert 0.005 < second.y0 - (first.y0 + first.h) + first.h < 0.04  # the next line down
    assert second.w < first.w  # the quote ends part-way along the second line
    img = _render(LSC, 1)
    assert all(_ink(img, b) > 0.05 for b in boxes)


def test_case_curly_quotes_ligatures_and_spacing_do_not_matter() -> None:
    plain = quote_boxes(LSC, 1, "Professor Craig Harris, Chief Operating Officer")
    assert quote_boxes(LSC, 1, "  PROFESSOR craig\u00a0harris \u2018Chief\u2019  Operating O\ufb03cer ") == plain


def test_a_quote_not_on_the_page_gets_no_box() -> None:
    assert quote_boxes(LSC, 1, "The committee resolved to close every hospital in Lancashire by Friday") == []
    assert quote_boxes(LSC, 1, "Craig") == []  # too short to place with confidence
    assert quote_boxes(LSC, 1, "") == []
    assert quote_boxes(LSC, 99, "Professor Craig Harris, Chief Operating Officer") == []
    assert quote_boxes(AWKWARD / "truncated-corrupt.pdf", 1, "Professor Craig Harris, Chief") == []


def test_a_partly_changed_quote_falls_back_to_its_longest_matching_run() -> None:
    exact = quote_boxes(LSC, 1, "This paper has been produced to update Board members on the progress")
    # the answer quoted a cleaned sentence; most of its words are on the page in order
    changed = quote_boxes(LSC, 1, "In short, this paper has been produced to update Board members on the progress [1]")
    assert changed and changed[0].x0 == pytest.approx(exact[0].x0, abs=0.002)
    # a few common words in common are not enough
    assert quote_boxes(LSC, 1, "the progress of a completely different topic about parking fees") == []


def _raw_pdf(content: bytes, page_extra: bytes = b"") -> bytes:
    """A one-page PDF with Helvetica text (object 1 is the catalogue), with a correct xref table."""
    data = zlib.compress(content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> " + page_extra + b">>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return raw_pdf(objects)


def test_a_word_hyphenated_at_a_line_end_is_found_whole(tmp_path: Path) -> None:
    pdf = tmp_path / "hyphen.pdf"
    pdf.write_bytes(_raw_pdf(
        b"BT /F1 12 Tf 72 700 Td (The board welcomed the place inte-) Tj 0 -16 Td "
        b"(gration programme and its delivery plan.) Tj ET"))
    boxes = quote_boxes(pdf, 1, "welcomed the place integration programme")
    assert len(boxes) == 2
    assert boxes[1].y0 > boxes[0].y0 + boxes[0].h * 0.8
    assert boxes[1].w < boxes[0].w


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_rotated_and_cropped_pages_match_the_rendered_ink(tmp_path: Path, rotate: int) -> None:
    pdf = tmp_path / f"rotated-{rotate}.pdf"
    pdf.write_bytes(_raw_pdf(b"BT /F1 14 Tf 150 500 Td (Rotated pages keep their highlight aligned) Tj ET",
                             b"/Rotate %d /CropBox [100 100 562 742] " % rotate))
    boxes = quote_boxes(pdf, 1, "Rotated pages keep their highlight aligned")
    assert len(boxes) == 1
    b = boxes[0]
    x0, y0, x1, y1 = _ink_bbox(_render(pdf, 1))
    # the box (font ascent to descent) holds all the ink, and not much more than it
    tol = 0.01
    assert b.x0 <= x0 + tol and b.y0 <= y0 + tol and b.x0 + b.w >= x1 - tol and b.y0 + b.h >= y1 - tol
    assert (b.w * b.h) < 2.5 * (x1 - x0) * (y1 - y0)


def test_ocr_words_place_a_scanned_quote() -> None:
    words, pos = [], 0
    lines = [("The", "board", "approved", "the", "Better"), ("Care", "Fund", "plan", "for", "2024.")]
    for row, line in enumerate(lines):
        x = 0.1
        for text in line:
            w = 0.02 * len(text)
            words.append(OCRWord(text, 90.0, (x, 0.2 + row * 0.03, x + w, 0.22 + row * 0.03), pos))
            x += w + 0.01
            pos += len(text) + 1
    boxes = quote_boxes(AWKWARD / "scanned-no-text-layer.pdf", 1, "approved the Better Care Fund plan",
                        ocr_words=words)
    assert len(boxes) == 2
    assert boxes[0].x0 == pytest.approx(words[2].box[0]) and boxes[0].y0 == pytest.approx(0.2)
    assert boxes[1].x0 == pytest.approx(0.1) and boxes[1].x0 + boxes[1].w == pytest.approx(words[7].box[2])
    # the dicts stored in the OCR cache work the same
    as_dicts = [{"text": w.text, "box": list(w.box)} for w in words]
    assert quote_boxes("unused.pdf", 1, "approved the Better Care Fund plan", ocr_words=as_dicts) == boxes
    assert quote_boxes("unused.pdf", 1, "approved the annual accounts of the trust", ocr_words=words) == []


def test_real_ocr_words_of_the_scanned_paper_agree_with_the_original_text_layer(tmp_path: Path) -> None:
    """The awkward scanned paper is a scan of the LSC paper: its OCR boxes fall where the text layer's do."""
    from boardbot.parsing.ocr import OCRSettings, OCRUnavailableError, PageOCR

    scan = AWKWARD / "scanned-no-text-layer.pdf"
    try:
        page = PageOCR(OCRSettings(cache_dir=str(tmp_path))).read(scan, [1])[1]
    except OCRUnavailableError:
        pytest.skip("Tesseract is not installed")
    for quote in ("Professor Craig Harris, Chief Operating Officer",
                  "This paper has been produced to update Board members on the progress of our place-based "
                  "partnerships in relation to the delivery of place priorities"):
        scanned = quote_boxes(scan, 1, quote, ocr_words=page.words)
        original = quote_boxes(LSC, 1, quote)
        assert len(scanned) == len(original) >= 1
        for s, o in zip(scanned, original):
            assert (s.x0, s.y0, s.w, s.h) == pytest.approx((o.x0, o.y0, o.w, o.h), abs=0.006)
    assert quote_boxes(scan, 1, "Craig Harris") == []  # no text layer, no OCR words: nothing to place


def test_line_boxes_split_lines_and_columns() -> None:
    rects = [(0.1, 0.1, 0.12, 0.12), (0.12, 0.1, 0.14, 0.12),  # line 1
             (0.1, 0.13, 0.12, 0.15),  # line 2 (back to the left margin)
             (0.6, 0.13, 0.62, 0.15)]  # far right on the same line: another column
    assert line_boxes(rects) == [Box(0.1, 0.1, 0.04, 0.02), Box(0.1, 0.13, 0.02, 0.02), Box(0.6, 0.13, 0.02, 0.02)]


def test_normalise_maps_back_to_the_characters() -> None:
    stream, where = normalise("O\ufb03ce, inte-\ngration")
    assert stream == "officeintegration"
    assert where[:4] == [0, 1, 1, 1] and where[-1] == len("O\ufb03ce, inte-\ngration") - 1


def test_the_cache_answers_repeats_without_reading_the_pdf_again() -> None:
    cache = BoxCache(size=2)
    quote = "Professor Craig Harris, Chief Operating Officer"
    t = time.perf_counter()
    first = cache.get("sha", LSC, 1, quote)
    cold = time.perf_counter() - t
    t = time.perf_counter()
    assert cache.get("sha", LSC, 1, quote) == first
    assert time.perf_counter() - t < cold / 10
    cache.get("sha", LSC, 2, "a"), cache.get("sha", LSC, 3, "b")
    assert len(cache._items) == 2  # the oldest went


def test_the_card_draws_each_box_in_percent_of_its_page_image() -> None:
    from boardbot.records import Citation
    from boardbot.ui import render

    quote = "Professor Craig Harris, Chief Operating Officer"
    boxes = quote_boxes(LSC, 1, quote)
    c = Citation(n=1, file=LSC.name, page=1, quote=quote, score=1.0, title="Place <Integration>")
    html = render.citation_card(0, c, True, boxes)
    b = boxes[0]
    assert html.count('class="bb-hl"') == 1
    assert f"left:{b.x0 * 100:.3f}%;top:{b.y0 * 100:.3f}%;width:{b.w * 100:.3f}%;height:{b.h * 100:.3f}%" in html
    # the boxes sit in the same positioned box as the image, so they scale with it
    assert html.index('class="bb-pagebox"') < html.index('class="bb-page"') < html.index('class="bb-hl"')
    assert f'data-file="{LSC.name}" data-page="1"' in html and "Place &lt;Integration&gt;" in html
    assert 'class="bb-hl"' not in render.citation_card(0, c, True)  # no boxes: just the page
