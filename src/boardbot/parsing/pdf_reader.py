"""PDF -> raw page texts, behind a Protocol so another extractor can be plugged in.

Every way a file can fail becomes an ``UnreadablePDFError`` with a reason a
person understands, so ingest can report it in one line and go on.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from ..errors import UnreadablePDFError
from .ocr import OCRPage, OCRUnavailableError, PageOCR
from .tables import format_layout, looks_tabular

log = logging.getLogger(__name__)

# pypdf logs every recoverable oddity of real-world PDFs at WARNING; they are noise here.
logging.getLogger("pypdf").setLevel(logging.ERROR)


class PageTexts(list[str]):
    """Page texts, and what OCR read on the pages that had no text layer (1-based page -> result)."""

    def __init__(self, texts: list[str], ocr: dict[int, OCRPage] | None = None) -> None:
        super().__init__(texts)
        self.ocr = ocr or {}


@runtime_checkable
class PDFReader(Protocol):
    def read(self, path: Path, password: str | None = None) -> list[str]:
        """Text of every page, in order; raises UnreadablePDFError."""
        ...


class PypdfReader:
    """pypdf text extraction with guards for hostile and broken files; OCR for pages without text.

    Without ``ocr`` a scanned file is refused as having no text layer.
    """

    def __init__(self, max_pages: int = 5000, max_page_chars: int = 200_000, tables: bool = True,
                 max_doc_chars: int = 25_000_000, ocr: PageOCR | None = None) -> None:
        self.max_pages = max_pages
        self.max_page_chars = max_page_chars
        self.tables = tables
        # ~6,000 dense pages: more text than that would hold the index's write lock for hours of embedding
        self.max_doc_chars = max_doc_chars
        self.ocr = ocr

    def read(self, path: Path, password: str | None = None) -> PageTexts:
        import pypdf
        from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

        name = path.name
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise UnreadablePDFError(name, f"cannot open file ({exc.strerror})") from exc
        if size == 0:
            raise UnreadablePDFError(name, "empty file (0 bytes)")
        with path.open("rb") as fh:
            head = fh.read(1024)
        if b"%PDF-" not in head:
            raise UnreadablePDFError(name, "not a PDF (no %PDF- header)")
        try:
            reader = pypdf.PdfReader(str(path), strict=False)
            if reader.is_encrypted:
                ok = reader.decrypt(password or "")
                if not ok:
                    hint = "wrong password" if password else "use --password"
                    raise UnreadablePDFError(name, f"password-protected PDF ({hint})")
            n = len(reader.pages)
        except UnreadablePDFError:
            raise
        except (FileNotDecryptedError, DependencyError) as exc:
            raise UnreadablePDFError(name, f"password-protected PDF ({exc})") from exc
        except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
            raise UnreadablePDFError(name, f"corrupt or truncated PDF ({_short(exc)})") from exc
        except Exception as exc:  # pypdf raises many types for broken files
            raise UnreadablePDFError(name, f"corrupt or truncated PDF ({_short(exc)})") from exc
        if n == 0:
            raise UnreadablePDFError(name, "PDF has no pages")
        if n > self.max_pages:
            raise UnreadablePDFError(name, f"too many pages ({n} > limit {self.max_pages})")
        pages: list[str] = []
        failed = total = 0
        for i in range(n):
            try:
                text = reader.pages[i].extract_text() or ""
                if self.tables and len(text) <= self.max_page_chars and looks_tabular(text):
                    # layout mode keeps a table row on one line; ~0.3 s, so only where needed
                    text = format_layout(reader.pages[i].extract_text(extraction_mode="layout") or "") or text
            except Exception as exc:  # one bad page should not lose the paper
                log.warning("%s: page %d unreadable (%s); kept empty", name, i + 1, _short(exc))
                text, failed = "", failed + 1
            if len(text) > self.max_page_chars:
                log.warning("%s: page %d has %d chars; truncated", name, i + 1, len(text))
                text = text[: self.max_page_chars]
            pages.append(text)
            total += len(text)
            if total > self.max_doc_chars:
                raise UnreadablePDFError(name, f"too much text (over {self.max_doc_chars:,} characters by page {i + 1})")
        if failed == n:
            raise UnreadablePDFError(name, "corrupt PDF (no page could be read)")
        ocr = self._ocr(path, password, reader, pages) if self.ocr is not None else {}
        for number, result in ocr.items():
            text = result.text[: self.max_page_chars]
            total += len(text) - len(pages[number - 1])
            pages[number - 1] = text
        if total > self.max_doc_chars:
            raise UnreadablePDFError(name, f"too much text (over {self.max_doc_chars:,} characters)")
        if not _has_text(pages):
            if self.ocr is None:
                raise UnreadablePDFError(name, "no text layer (scanned image PDF? OCR is off)")
            raise UnreadablePDFError(name, "no text layer, and OCR could not read its pages")
        return PageTexts(pages, ocr)

    def _ocr(self, path: Path, password: str | None, reader: Any, pages: list[str]) -> dict[int, OCRPage]:
        """OCR the pages with no usable text layer: none, or a few characters beside an image."""
        assert self.ocr is not None
        name, few = path.name, self.ocr.settings.min_chars
        todo = [i + 1 for i, t in enumerate(pages)
                if not t.strip() or (len(t.strip()) < few and _has_image(reader, i))]
        if not todo:
            return {}
        try:
            return self.ocr.read(path, todo, password)
        except OCRUnavailableError as exc:
            if not _has_text(pages):
                raise UnreadablePDFError(name, f"no text layer and {exc}") from exc
            # as before OCR: a paper with text is indexed without its scanned pages
            log.warning("%s: %d page(s) without a text layer not indexed: %s", name, len(todo), exc)
        except Exception as exc:  # pdfium failing on a damaged file: keep the text pages
            log.warning("%s: pages without a text layer could not be OCR'd (%s); skipped", name, _short(exc))
        return {}


def _has_text(pages: list[str]) -> bool:
    return sum(len(p.strip()) for p in pages) >= 20 * max(1, len(pages) // 10)


def _has_image(reader: Any, i: int) -> bool:
    try:
        return len(reader.pages[i].images) > 0
    except Exception:  # a broken image dictionary: OCR will tell
        return True


def _short(exc: BaseException) -> str:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return msg[:120]
