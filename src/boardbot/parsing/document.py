"""A parsed paper: metadata, cleaned pages, and one text with page offsets.

Joining pages into one text lets sentences and chunks run across page breaks
while ``page_offsets`` keeps the page of every character.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from ..records import DocMeta, Page
from . import metadata as doc_metadata
from .cleaning import clean_pages
from .ocr import OCRPage
from .pdf_reader import PageTexts, PDFReader
from .structure import Structure, analyse

PAGE_SEP = "\n\n"


@dataclass
class Document:
    meta: DocMeta
    pages: list[Page]
    text: str
    page_offsets: list[int]  # offset in ``text`` where each page starts
    structure: Structure
    ocr: dict[int, OCRPage] = field(default_factory=dict)  # pages whose text came from OCR (1-based)

    def page_at(self, offset: int) -> int:
        return bisect.bisect_right(self.page_offsets, offset)  # 1-based by construction


def build(meta: DocMeta, raw_pages: list[str]) -> Document:
    cleaned = clean_pages(raw_pages)
    offsets, parts, pos = [], [], 0
    for text in cleaned:
        offsets.append(pos)
        parts.append(text)
        pos += len(text) + len(PAGE_SEP)
    full = PAGE_SEP.join(parts)
    pages = [Page(number=i + 1, text=t) for i, t in enumerate(cleaned)]
    return Document(meta, pages, full, offsets, analyse(full))


def load(path: Path, reader: PDFReader, manifest_entry: dict | None = None,
         password: str | None = None, visibility: str | None = None) -> Document:
    raw = reader.read(path, password=password)
    meta = doc_metadata.apply_manifest(doc_metadata.detect(path.name, raw), manifest_entry)
    if visibility:
        meta = DocMeta(**{**meta.to_dict(), "visibility": visibility})
    doc = build(meta, raw)
    if isinstance(raw, PageTexts):
        doc.ocr = raw.ocr
    return doc
