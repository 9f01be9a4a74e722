"""Sentence spans with exact character offsets, tuned for PDF text.

PDF text wraps lines mid-sentence but also uses bare line breaks to end
headings, list items and table cells, so a newline is a boundary only when
the line before it looks finished (short, or ending in punctuation).
"""

from __future__ import annotations

import re

# Table rows rebuilt by parsing.tables join their cells with this; a row is a sentence of its own.
ROW_MARK = " | "
_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[A-Z0-9“\"'(£•\-–])")
_BULLET = re.compile(r"^\s*(?:[•\-–▪●◦*]|\d{1,2}[.)]|\(?[a-z]\)|\(?[ivx]+\))\s")
WRAP_WIDTH = 60  # lines shorter than this rarely wrap mid-sentence in board papers


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of sentences in ``text``; whitespace-only spans dropped."""
    cuts: set[int] = {0, len(text)}
    for m in _END.finditer(text):
        cuts.add(m.end())
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        pos += len(line) + 1
        nxt = lines[i + 1]
        stripped = line.strip()
        if (
            not stripped
            or ROW_MARK in line  # a rebuilt table row is a unit of its own
            or ROW_MARK in nxt
            or len(stripped) < WRAP_WIDTH
            or stripped.endswith((".", ":", ";", "!", "?"))
            or _BULLET.match(nxt)
            or not nxt.strip()
        ):
            cuts.add(pos)
    ordered = sorted(cuts)
    out = []
    for a, b in zip(ordered, ordered[1:]):
        seg = text[a:b]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            out.append((a + lead, b - trail))
    return out


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
