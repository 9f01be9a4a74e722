"""Entry point for parse worker processes (PDF -> document -> chunks); imports nothing heavy.

No torch, no Chroma: chunk sizes are counted with the model's tokenizer file alone
(``tokens.py``), so the main process of an ingest only embeds and writes.

Workers are spawned, not forked (forking a process that holds torch and UI
threads can deadlock), so whatever this module imports is paid per worker.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from dataclasses import dataclass
from logging.handlers import QueueHandler
from pathlib import Path
from typing import Any

from ..config import Settings
from ..parsing.chunking import chunk_document
from ..parsing.document import Document, load
from ..parsing.ocr import PROGRESS_LOGGER, OCRSettings, PageOCR
from ..parsing.pdf_reader import PypdfReader
from ..parsing.tokens import ChunkPlan, counter
from ..records import Chunk


@dataclass
class Parsed:
    doc: Document
    chunks: list[Chunk] | None  # None: no tokenizer file for this model, the index chunks


def ocr_settings(settings: Settings) -> OCRSettings | None:
    """The OCR part of ``settings`` for the workers; None when OCR is off."""
    if settings.ocr.strip().lower() in ("off", "0", "false", "no", "none"):
        return None
    return OCRSettings(cmd=settings.ocr_cmd, lang=settings.ocr_lang, dpi=settings.ocr_dpi,
                       min_confidence=settings.ocr_min_confidence, page_timeout_s=settings.ocr_page_timeout_s,
                       cache_dir=str(settings.index_dir / "ocr-cache"))


def parse(path: str, entry: dict | None, password: str | None, visibility: str | None,
          max_pages: int, max_page_chars: int, plan: ChunkPlan | None = None,
          ocr: OCRSettings | None = None) -> Parsed:
    reader = PypdfReader(max_pages, max_page_chars, ocr=PageOCR(ocr) if ocr is not None else None)
    doc = load(Path(path), reader, entry, password, visibility)
    if plan is None:
        return Parsed(doc, None)
    chunks = chunk_document(doc, plan.file_hash, counter(plan.tokenizer_file), plan.max_tokens,
                            plan.overlap_tokens)
    return Parsed(doc, chunks)


def init_worker(logs: Any, level: int) -> None:
    """Log to the parent (``ingest`` relays the records) and die with it.

    A worker holds both ends of the pool's queues, so it would never see EOF and
    would wait forever once its parent is gone (say, ``kill -9`` of an ingest).
    """
    root = logging.getLogger()
    root.handlers[:] = [QueueHandler(logs)]
    root.setLevel(level)
    # each OCR'd page is reported whatever the log level: ingest counts them for its progress bar
    logging.getLogger(PROGRESS_LOGGER).setLevel(logging.INFO)
    try:
        # Parsing outruns embedding on a CPU; at a lower priority it takes only the cycles the
        # embedder's threads leave, instead of preempting them mid-batch (they spin-wait for
        # each other, so one preempted thread stalls all).
        os.nice(5)
    except OSError:
        pass
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), name="exit-with-parent", daemon=True).start()


def _exit_with(parent_sentinel: int) -> None:
    from multiprocessing.connection import wait

    wait([parent_sentinel])
    os._exit(1)
