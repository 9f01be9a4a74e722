"""PDF page images for the sources panel, rendered on the server and cached on disk.

A citation is only trustworthy if the reader can see the page it points to, so
every cited page is shown as an image. Rendering costs ~0.1-0.5 s a page, so
each image is written once under ``<index>/page-cache/<sha256 prefix>/`` - keyed
by the file's content hash, so a replaced paper never shows a stale page - and
served from disk afterwards. PDFium is not thread-safe: one process-wide lock
serialises every call into it.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PDFIUM_LOCK = threading.Lock()  # shared with highlight.py, which reads text positions
# 72 dpi * 2: an A4 page is ~1190 px wide, so 10-point text stays readable when the page is zoomed
# to the window's width (at 1.5 it was blurred there); a PNG is ~1.7x the bytes of one at 1.5
SCALE = 2.0
UPLOADS = "uploads"


class PageRenderer:
    """Renders one page of one PDF to PNG, at most once per (content, page)."""

    def __init__(self, cache_dir: Path, scale: float = SCALE) -> None:
        self.cache_dir = cache_dir
        self.scale = scale

    def cache_path(self, sha256: str, page: int) -> Path:
        # the scale names a folder: images cached at another scale are never served as these
        return self.cache_dir / (sha256[:16] or "nohash") / f"scale-{self.scale:g}" / f"{page}.png"

    def render(self, pdf: Path, sha256: str, page: int) -> Path:
        """Path of the PNG for 1-based ``page``; raises IndexError for a page not in the file."""
        out = self.cache_path(sha256, page)
        if out.is_file():
            return out
        import pypdfium2 as pdfium

        with PDFIUM_LOCK:
            if out.is_file():  # another request rendered it while we waited
                return out
            doc = pdfium.PdfDocument(str(pdf))
            try:
                if not 1 <= page <= len(doc):
                    raise IndexError(f"{pdf.name} has {len(doc)} pages, not {page}")
                pg = doc[page - 1]
                try:
                    image = pg.render(scale=self.scale).to_pil()
                finally:
                    pg.close()
            finally:
                doc.close()
        try:
            self._save(image, out)
        except OSError as exc:  # a read-only index: cache in the temp folder instead
            fallback = Path(tempfile.gettempdir()) / "boardbot-page-cache"
            log.warning("cannot write page cache %s (%s); using %s", self.cache_dir, exc.strerror, fallback)
            self.cache_dir = fallback
            out = self.cache_path(sha256, page)
            self._save(image, out)
        log.debug("rendered %s page %d -> %s", pdf.name, page, out)
        return out

    @staticmethod
    def _save(image: Any, out: Path) -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        image.save(tmp, format="PNG", optimize=False)
        os.replace(tmp, out)  # atomic: a concurrent reader sees no half-written image

    def forget(self, sha256: str) -> None:
        """Drop a removed paper's cached pages."""
        if sha256:
            shutil.rmtree(self.cache_dir / sha256[:16], ignore_errors=True)
