"""Rebuild table rows that pypdf's default extraction scatters one cell per line.

On pages that look tabular (many short, number-heavy lines) the page is
re-extracted in pypdf's layout mode, where a table row stays on one line with
its cells separated by runs of spaces. Each data row is then written as one
line, cells joined by " | ", prefixed with the column headers above it, so a
row is retrieved and quoted whole and a figure keeps the label that gives it
meaning ("Disabled Facilities Grant | ... | £5,069,550").
"""

from __future__ import annotations

import re

from ..text.dates import PERIOD_RE
from ..text.sentences import ROW_MARK

CELL_GAP = re.compile(r"\s{3,}")
# A figure, or a period heading (a year is a figure too).
NUMERIC = re.compile(rf"^[£$€]?[-–(]?\d[\d,.]*%?\)?(?:\s?(?:m|k|bn))?$|{PERIOD_RE.pattern}")
HEADERISH = PERIOD_RE


def _numeric_line(line: str) -> bool:
    toks = line.split()
    return bool(toks) and all(NUMERIC.match(t) for t in toks)


def looks_tabular(text: str) -> bool:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) < 15:
        return False
    if sum(_numeric_line(ln) for ln in lines) >= 6:  # figures standing alone: scattered cells
        return True
    if sum(sum(bool(NUMERIC.match(t)) for t in ln.split()) >= 3 for ln in lines) >= 4:  # label + figures rows
        return True
    short = sum(len(ln) <= 25 for ln in lines) / len(lines)
    numeric = sum(bool(NUMERIC.match(tok)) for ln in lines for tok in ln.split()) / max(1, sum(len(ln.split()) for ln in lines))
    return short >= 0.5 and numeric >= 0.12


def _cells(line: str) -> list[str]:
    return [c.strip() for c in CELL_GAP.split(line.strip()) if c.strip()]


def format_layout(layout: str) -> str:
    """Layout-mode page text -> prose lines kept, table rows as 'headers :: a | b | c'."""
    out: list[str] = []
    header: list[str] = []
    group: list[str] = []  # a spanning header above the column headers ("PETERBOROUGH  CAMBRIDGESHIRE")
    for raw in layout.splitlines():
        cells = _cells(raw)
        if not cells:
            continue
        if len(cells) < 3:
            out.append(" ".join(cells))
            short_labels = len(cells) == 2 and all(len(c) <= 30 and not any(ch.isdigit() for ch in c) for c in cells)
            group = cells if short_labels else []
            if len(cells) == 1 and len(cells[0]) > 60:
                header = []  # prose ends a table
            continue
        numeric = sum(bool(NUMERIC.match(c)) for c in cells)
        if numeric == 0 or all(HEADERISH.match(c) for c in cells):
            # a row of labels: the column headers for the rows below
            header = ([" / ".join(group)] if group else []) + cells
            group = []
            out.append(ROW_MARK.join(cells))
            continue
        row = ROW_MARK.join(cells)
        out.append(f"{ROW_MARK.join(header)} :: {row}" if header else row)
    return "\n".join(out)
