"""PDF -> raw page texts, behind a Protocol so another extractor can be plugged in.

Every way a file can fail becomes an ``UnreadablePDFError`` with a reason a
person understands, so ingest can report it in one line and go on.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..errors import UnreadablePDFError
from .tables import format_layout, looks_tabular

log = logging.getLogger(__name__)

# pypdf logs every recoverable oddity of real-world PDFs at WARNING; they are noise here.
logging.getLogger("pypdf").setLevel(logging.ERROR)


@runtime_checkable
class PDFReader(Protocol):
    def read(self, path: Path, password: str | None = None) -> list[str]:
        """Text of every page, in order; raises UnreadablePDFError."""
        ...


class PypdfReader:
    """pypdf text extraction with guards for hostile and broken files."""

    def __init__(self, max_pages: int = 5000, max_page_chars: int = 200_000, tables: bool = True,
                 max_doc_chars: int = 25_000_000) -> None:
        self.max_pages = max_pages
        self.max_page_chars = max_page_chars
        self.tables = tables
        # ~6,000 dense pages: more text than that would hold the index's write lock for hours of embedding
        self.max_doc_chars = max_doc_chars

    def read(self, path: Path, password: str | None = None) -> list[str]:
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
        if sum(len(p.strip()) for p in pages) < 20 * max(1, n // 10):
            raise UnreadablePDFError(name, "no text layer (scanned image PDF? OCR is not supported)")
        return pages


def _short(exc: BaseException) -> str:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return msg[:120]
