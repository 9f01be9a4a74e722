"""What the readers of special forms (action logs, Records of Decision) need of the extractor's
collector: the document, the records so far, the spans taken, and the two ways to add a record.
A Protocol, so those readers sit below the extractor instead of importing it back."""

from __future__ import annotations

from typing import Protocol

from .layout import _Doc
from .motion import Motion
from .record import Decision


class Collector(Protocol):
    d: _Doc
    out: list[Decision]
    spans: list[tuple[int, int]]

    def taken(self, a: int, b: int) -> bool: ...

    def add(self, a: int, b: int, kind: str, source: str, lead_in: str = "", motion: Motion | None = None) -> None: ...

    def sentence_or_list(self, pos: int, lo: int, hi: int, source: str, kind: str | None) -> None: ...
