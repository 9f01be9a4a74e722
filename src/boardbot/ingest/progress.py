"""Per-file progress of one ingest run, for a display that follows it (the app's upload table).

The pipeline reports each file's steps here: waiting, parsing (pages counted
as OCR reads them), embedding (pages counted as their passages are embedded)
and its outcome. A run without a listener reports nothing and costs nothing.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from dataclasses import dataclass

FINISHED = ("added", "updated", "unchanged", "failed", "skipped")


@dataclass
class FileProgress:
    file: str
    state: str = "waiting"  # waiting | parsing | embedding | added | updated | unchanged | failed
    pages: int = 0  # pages parsed (a scan's pages count as OCR reads them)
    embedded: int = 0  # pages whose passages are embedded
    reason: str = ""


class Progress:
    """The run's ``FileProgress`` per file; each change goes to ``listener`` as a copy it may keep."""

    def __init__(self, listener: Callable[[FileProgress], None] | None = None) -> None:
        self._listener = listener
        self._files: dict[str, FileProgress] = {}
        self._lock = threading.Lock()  # OCR pages are reported from the log-relay thread

    def update(self, file: str, state: str | None = None, *, pages: int | None = None,
               embedded: int | None = None, more_pages: int = 0, reason: str = "") -> None:
        if self._listener is None or not file:
            return
        with self._lock:
            fp = self._files.setdefault(file, FileProgress(file))
            if fp.state in FINISHED and state is None:
                return  # a late OCR page report after the outcome
            fp.state = state or fp.state
            fp.pages = pages if pages is not None else fp.pages + more_pages
            fp.embedded = max(fp.embedded, embedded or 0)
            fp.reason = reason or fp.reason
            copy = dataclasses.replace(fp)
        self._listener(copy)

    def finished(self, file: str, status: str, pages: int, reason: str = "") -> None:
        """The file's outcome; an indexed file's pages are all parsed and embedded."""
        done = pages if status in ("added", "updated") else None
        self.update(file, status, pages=pages or None, embedded=done, reason=reason)
