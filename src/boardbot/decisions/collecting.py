"""What the readers of special forms (action logs, decision and outcome tables, Records of Decision)
need of the extractor's collector: the document, the records so far, the spans taken, and the two ways
to add a record. A Protocol, so those readers sit below the extractor instead of importing it back.
Also the one walk the table readers share: from each header line of their kind of table to its rows."""

from __future__ import annotations

import re
from collections.abc import Callable
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


def each_table(c: Collector, lo: int, hi: int, header: re.Pattern[str], read: Callable[[int], int]) -> None:
    """Call ``read`` with the line after each line between ``lo`` and ``hi`` that ``header`` matches
    (leading spaces aside); ``read`` returns the line to go on from, past the table it read."""
    d = c.d
    i = d.line_index(lo)
    while i < len(d.lines) and d.lines[i].start < hi:
        i = read(i + 1) if header.match(d.lines[i].text.strip()) else i + 1
