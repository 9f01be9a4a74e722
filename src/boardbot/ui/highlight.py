"""Where a quote sits on its page: one rectangle per line, as fractions of the rendered page image.

The sources panel draws these over the page image, so the reader sees the quoted
words on the page itself, not only in a text snippet. Positions come from the
PDF's own text layer (PDFium's character boxes) or, for a scanned page, from the
OCR word boxes stored at ingest. Boxes are fractions (0..1, top-left origin) of
the page as ``pages.PageRenderer`` draws it - crop box and ``/Rotate`` applied -
so they stay aligned with the image at any display size.

A quote (from pypdf's text, maybe cleaned) rarely equals PDFium's text byte for
byte: line-end hyphens, ligatures, curly quotes, spacing and case differ. Both
sides are reduced to a stream of lower-case letters and digits with a map back
to the characters they came from, and matched there. When the whole quote is not
found, the longest run of its words that is found is used, if it is long enough
to be the quote and not a chance phrase; otherwise no box at all (a wrong box is
worse than none).
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .pages import PDFIUM_LOCK

log = logging.getLogger(__name__)

MIN_CHARS = 12  # a normalised match shorter than this could be anywhere on the page
MIN_RUN_WORDS = 3  # the fallback's shortest run of quote words
MIN_RUN_SHARE = 0.4  # ... and the least share of the quote's words it must cover
CACHE_SIZE = 512
_DEVICE = 1_000_000  # FPDF_PageToDevice answers in integers: a large "device" keeps six digits


@dataclass(frozen=True)
class Box:
    """A rectangle as fractions of the page image: left, top, width, height."""

    x0: float
    y0: float
    w: float
    h: float

    def to_dict(self) -> dict[str, float]:
        return {"x0": self.x0, "y0": self.y0, "w": self.w, "h": self.h}


Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 as fractions, top-left origin


def _norm(ch: str) -> str:
    """The letters and digits one character stands for ('ﬁ' -> 'fi', '’' -> '', 'É' -> 'e')."""
    if ch.isascii():
        return ch.lower() if ch.isalnum() else ""
    out = unicodedata.normalize("NFKD", ch)
    return "".join(c.lower() for c in out if c.isalnum())


def normalise(text: str) -> tuple[str, list[int]]:
    """``text`` as a stream of lower-case letters and digits, and the index in ``text`` of each."""
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for c in _norm(ch):
            chars.append(c)
            where.append(i)
    return "".join(chars), where


def _words(text: str) -> list[str]:
    return [w for w in (normalise(t)[0] for t in text.split()) if w]


def find_span(stream: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` is in the normalised ``stream``: the whole quote, else its longest found run of words."""
    q, _ = normalise(quote)
    if len(q) < MIN_CHARS or not stream:
        return None
    at = stream.find(q)
    if at >= 0:
        return at, at + len(q)
    words = _words(quote)
    shortest = max(MIN_RUN_WORDS, int(len(words) * MIN_RUN_SHARE + 0.999))
    for n in range(len(words) - 1, shortest - 1, -1):
        for i in range(len(words) - n + 1):
            run = "".join(words[i:i + n])
            if len(run) < MIN_CHARS:
                continue
            at = stream.find(run)
            if at >= 0:
                return at, at + len(run)
    return None


def line_boxes(rects: Iterable[Rect]) -> list[Box]:
    """Rectangles in reading order merged into one box per line.

    A line runs across the image, or down it on a page turned a quarter: the
    rectangle joins the current line where it overlaps the line's thickness by
    half and lies close along it; otherwise (the next line, a jump to another
    column) a new line starts. A line's direction is set by its second rectangle.
    """
    lines: list[list[float]] = []
    kinds: list[str] = []  # "h", "v", or "" while a line has one rectangle
    for x0, y0, x1, y1 in rects:
        if x1 <= x0 or y1 <= y0:
            continue
        if lines:
            cur, kind = lines[-1], kinds[-1]
            joined = ""
            for axis in ("h", "v") if not kind else (kind,):
                # thickness on the cross axis, position along the line's axis
                a0, a1, c0, c1 = (y0, y1, cur[1], cur[3]) if axis == "h" else (x0, x1, cur[0], cur[2])
                b0, b1, d0, d1 = (x0, x1, cur[0], cur[2]) if axis == "h" else (y0, y1, cur[1], cur[3])
                thick = min(a1 - a0, c1 - c0)
                overlap = min(a1, c1) - max(a0, c0)
                gap = max(b0 - d1, d0 - b1)  # > 0: apart along the line
                if overlap >= 0.5 * thick and gap <= 3 * max(a1 - a0, c1 - c0):
                    joined = axis
                    break
            if joined:
                cur[0], cur[1] = min(cur[0], x0), min(cur[1], y0)
                cur[2], cur[3] = max(cur[2], x1), max(cur[3], y1)
                kinds[-1] = joined
                continue
        lines.append([x0, y0, x1, y1])
        kinds.append("")
    return [Box(round(a, 5), round(b, 5), round(c - a, 5), round(d - b, 5)) for a, b, c, d in lines]


def _match(text: str, rect_of: Callable[[int], Rect | None], quote: str) -> list[Box]:
    """Boxes of ``quote`` in a page whose i-th character of ``text`` sits in ``rect_of(i)``."""
    stream, where = normalise(text)
    span = find_span(stream, quote)
    if span is None:
        return []
    picked: list[Rect] = []
    for i in range(where[span[0]], where[span[1] - 1] + 1):
        r = rect_of(i)
        if r is not None and (not picked or r != picked[-1]):  # an OCR word's letters share its box
            picked.append(r)
    return line_boxes(picked)


def _pdf_boxes(pdf_path: Path, page_number: int, quote: str) -> list[Box]:
    """The quote's boxes from PDFium's text layer of a 1-based page.

    Only the matched characters' boxes are read (a page holds thousands of characters).
    """
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    with PDFIUM_LOCK:
        doc = pdfium.PdfDocument(str(pdf_path))
        try:
            if not 1 <= page_number <= len(doc):
                return []
            page = doc[page_number - 1]
            textpage = page.get_textpage()
            try:
                chars = []
                for i in range(textpage.count_chars()):
                    code = raw.FPDFText_GetUnicode(textpage.raw, i)
                    chars.append(chr(code) if 0 < code < 0x110000 else "\ufffd")
                # the renderer's own page-to-image mapping (crop box offset and /Rotate included), as
                # an affine map read off three points: FPDF_PageToDevice answers in whole "pixels"
                dx, dy = ctypes.c_int(), ctypes.c_int()

                def device(px: float, py: float) -> tuple[float, float]:
                    raw.FPDF_PageToDevice(page.raw, 0, 0, _DEVICE, _DEVICE, 0, px, py, dx, dy)
                    return dx.value / _DEVICE, dy.value / _DEVICE

                (ox, oy), (ax, ay), (bx, by) = device(0, 0), device(1000, 0), device(0, 1000)
                m = ((ax - ox) / 1000, (bx - ox) / 1000, (ay - oy) / 1000, (by - oy) / 1000)

                def rect_of(i: int) -> Rect | None:
                    if not chars[i].strip() or raw.FPDFText_IsGenerated(textpage.raw, i) == 1:
                        return None  # spaces and PDFium's generated line breaks have no ink
                    left, bottom, right, top = textpage.get_charbox(i, loose=True)
                    xs = [ox + m[0] * px + m[1] * py for px, py in ((left, top), (right, bottom))]
                    ys = [oy + m[2] * px + m[3] * py for px, py in ((left, top), (right, bottom))]
                    return (max(0.0, min(xs)), max(0.0, min(ys)), min(1.0, max(xs)), min(1.0, max(ys)))

                return _match("".join(chars), rect_of, quote)
            finally:
                textpage.close()
                page.close()
        finally:
            doc.close()


def _ocr_chars(words: Iterable[Any]) -> tuple[str, list[Rect | None]]:
    """OCR words (``OCRWord`` or their dicts) as a text with a box for each character."""
    parts: list[str] = []
    rects: list[Rect | None] = []
    for w in words:
        text = w["text"] if isinstance(w, dict) else w.text
        box = w["box"] if isinstance(w, dict) else w.box
        x0, y0, x1, y1 = (float(v) for v in box)
        parts.append(text + " ")
        rects.extend([(x0, y0, x1, y1)] * len(text) + [None])
    return "".join(parts), rects


def quote_boxes(pdf_path: Path | str, page_number: int, quote: str,
                ocr_words: Sequence[Any] | None = None) -> list[Box]:
    """Line rectangles of ``quote`` on 1-based ``page_number``; [] when it is not found there.

    ``ocr_words`` (a scanned page's OCR words) replace the PDF's text layer when given.
    """
    if not quote or not quote.strip():
        return []
    if ocr_words:
        text, rects = _ocr_chars(ocr_words)
        return _match(text, rects.__getitem__, quote)
    try:
        return _pdf_boxes(Path(pdf_path), page_number, quote)
    except Exception as exc:  # pypdfium2 raises PdfiumError and OSError subclasses for a bad file
        log.warning("%s: page %d: no text positions (%s)", Path(pdf_path).name, page_number, exc)
        return []


class BoxCache:
    """A small thread-safe LRU of quote boxes keyed by (content hash, page, quote)."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[tuple[str, int, str], list[Box]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, sha256: str, pdf_path: Path | str, page_number: int, quote: str,
            ocr_words: Sequence[Any] | None = None) -> list[Box]:
        key = (sha256, page_number, quote)
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        boxes = quote_boxes(pdf_path, page_number, quote, ocr_words)
        with self._lock:
            self._items[key] = boxes
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return boxes
