"""Entry point for parse worker processes; imports nothing heavy (no torch, no Chroma).

Workers are spawned, not forked (forking a process that holds torch and UI
threads can deadlock), so whatever this module imports is paid per worker.
"""

from __future__ import annotations

from pathlib import Path

from .document import Document, load
from .pdf_reader import PypdfReader


def parse(path: str, entry: dict | None, password: str | None, visibility: str | None,
          max_pages: int, max_page_chars: int) -> Document:
    return load(Path(path), PypdfReader(max_pages, max_page_chars), entry, password, visibility)
