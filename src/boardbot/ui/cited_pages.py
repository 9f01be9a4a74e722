"""What the sources panel shows of a cited page beyond its image: the quote's boxes, and a small PDF excerpt.

Functions over the app's ``Service``, so it stays one shared object and render
stays pure: ``citation_boxes`` is called when an answer is rendered (its boxes
go into the card's HTML), ``excerpt`` by the excerpt route that the in-browser
PDF viewer loads. Both only touch papers the caller may read (``Service.paper``).
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..parsing.ocr import OCRCache
from ..records import Answer
from ..store.catalog import FileRecord
from .highlight import Box, BoxCache

if TYPE_CHECKING:
    from .service import Service

log = logging.getLogger(__name__)

EXCERPT_AROUND = 2  # pages either side of the cited page in the viewer's excerpt
EXCERPT_VERSION = 2  # in the cached file's name: bumped when the way an excerpt is made changes
_BOXES = BoxCache()  # keyed by content hash, so one cache serves every Service in the process
_EXCERPT_LOCK = threading.Lock()


def ocr_words(service: Service, file: str, page: int) -> list[Any] | None:
    """The OCR words of a scanned page (None for a page with a text layer, or no cached OCR)."""
    # the catalogue's ocr_pages row names the page's entry in the OCR cache (store/catalog.py, OCR_SCHEMA)
    row = service.assistant.index.catalog.db.execute(
        "SELECT cache_key FROM ocr_pages WHERE file=? AND page=?", (file, page)).fetchone()
    if not row or not row[0]:
        return None
    result = OCRCache(service.settings.index_dir / "ocr-cache").get(str(row[0]))
    return result.words if result else None


def citation_boxes(service: Service, answer: Answer, user: str | None) -> dict[int, list[Box]]:
    """Citation number -> the quote's line boxes on its page (absent when not found or not readable)."""
    out: dict[int, list[Box]] = {}
    for c in answer.citations:
        rec = service.paper(c.file, user)
        pdf = service.pdf_path(rec) if rec else None
        if rec is None or pdf is None:
            continue
        try:
            words = ocr_words(service, c.file, c.page) if c.ocr else None
            boxes = _BOXES.get(rec.sha256, pdf, c.page, c.quote, words)
        except Exception:  # a highlight is a nicety: never fail the answer over it
            log.exception("%s: page %d: quote boxes failed", c.file, c.page)
            continue
        if boxes:
            out[c.n] = boxes
        else:
            log.debug("%s: page %d: quote not placed on the page: %r", c.file, c.page, c.quote[:80])
    return out


def excerpt_range(page: int, pages: int) -> tuple[int, int]:
    """First and last page (1-based) of the excerpt around ``page``."""
    return max(1, page - EXCERPT_AROUND), min(max(pages, 1), page + EXCERPT_AROUND)


def excerpt(service: Service, rec: FileRecord, page: int) -> tuple[Path, int] | None:
    """A PDF of the pages around ``page`` of the catalogue's version of ``rec``, and where ``page`` is in it.

    Written once under the page cache, keyed by content hash and range; None
    for a page not in the paper or a PDF that cannot be read.
    """
    pdf = service.pdf_path(rec)
    if pdf is None or not 1 <= page <= max(rec.pages, 1):
        return None
    first, last = excerpt_range(page, rec.pages)
    out = service.pages.cache_dir / (rec.sha256[:16] or "nohash") / f"excerpt-{first}-{last}.v{EXCERPT_VERSION}.pdf"
    if not out.is_file():
        from pypdf import PdfReader, PdfWriter
        from pypdf.errors import PyPdfError

        with _EXCERPT_LOCK:
            if not out.is_file():
                try:
                    reader = PdfReader(pdf)
                    writer = PdfWriter()
                    for n in range(first, min(last, len(reader.pages)) + 1):
                        writer.add_page(reader.pages[n - 1])
                    # the viewer shows the paper's page numbers, not the excerpt's 1..5
                    writer.set_page_label(0, len(writer.pages) - 1, style="/D", start=first)
                    out.parent.mkdir(parents=True, exist_ok=True)
                    tmp = out.with_suffix(f".{os.getpid()}.tmp")
                    with open(tmp, "wb") as fh:
                        writer.write(fh)
                    os.replace(tmp, out)  # atomic: a concurrent reader never sees half a file
                except (PyPdfError, OSError, ValueError) as exc:
                    log.warning("%s: no excerpt of pages %d-%d (%s)", rec.file, first, last, exc)
                    return None
    return out, page - first + 1
