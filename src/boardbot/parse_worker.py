"""Entry point for parse worker processes; imports nothing heavy (no torch, no Chroma).

Workers are spawned, not forked (forking a process that holds torch and UI
threads can deadlock), so whatever this module imports is paid per worker.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from logging.handlers import QueueHandler
from pathlib import Path
from typing import Any

from .document import Document, load
from .pdf_reader import PypdfReader


def parse(path: str, entry: dict | None, password: str | None, visibility: str | None,
          max_pages: int, max_page_chars: int) -> Document:
    return load(Path(path), PypdfReader(max_pages, max_page_chars), entry, password, visibility)


def init_worker(logs: Any, level: int) -> None:
    """Log to the parent (``ingest`` relays the records) and die with it.

    A worker holds both ends of the pool's queues, so it would never see EOF and
    would wait forever once its parent is gone (say, ``kill -9`` of an ingest).
    """
    root = logging.getLogger()
    root.handlers[:] = [QueueHandler(logs)]
    root.setLevel(level)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), name="exit-with-parent", daemon=True).start()


def _exit_with(parent_sentinel: int) -> None:
    from multiprocessing.connection import wait

    wait([parent_sentinel])
    os._exit(1)
