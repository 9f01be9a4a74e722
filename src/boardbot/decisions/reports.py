"""Reports' recommendations, put to the meeting the paper goes to: "The Board is recommended to: a) Note ...
b) Approve ...", "The JHWBSC is asked to note ...", "It is recommended that the Board ...", and the items
under a "Recommendations" heading. They are read outside the document's minutes spans.

A pack's cover paragraph over another body's minutes ("The County Council is asked to note the extract.")
only passes those minutes on: the decisions are the minutes' own, read from them, so it is no record.
"""

from __future__ import annotations

import re

from .layout import ITEM_MARK, REC_HEADING, _Doc, _sentence_start
from .lists import _list_items
from .vocabulary import BODY_WORD

# Reports: "The Board is recommended to:", "The JHWBSC is asked to note ...", "... are being asked to"
ASK = re.compile(
    r"\b(?:is|are)\s+(?:being\s+|also\s+|therefore\s+)?(?:recommended|requested|asked|invited)\s+to\b", re.I
)
IT_IS = re.compile(r"\bit is (?:therefore |also )?(?:recommended|requested) that\b", re.I)
# what the request is about is the minutes (or an extract of them) the document carries
_TRANSMITS = re.compile(r"\s+(?:note|receive|consider)\s+(?:the|these|this)\s+(?:extract|minutes)\b[^.;:]{0,80}\.?\s*$",
                        re.I)


def report_ranges(d: _Doc) -> list[tuple[int, int]]:
    """The stretches of ``d`` outside its minutes spans."""
    out, pos = [], 0
    for lo, hi, _ in d.minutes:
        if lo > pos:
            out.append((pos, lo))
        pos = max(pos, hi)
    if pos < len(d.text):
        out.append((pos, len(d.text)))
    return out


def report_recommendations(c) -> None:  # c: extract._Collector (circular import otherwise)
    """Record every report recommendation outside ``c.d``'s minutes."""
    d = c.d
    text = d.text
    for lo, hi in report_ranges(d):
        for line_i in range(d.line_index(lo), len(d.lines)):
            line = d.lines[line_i]
            if line.start >= hi:
                break
            if REC_HEADING.match(line.text.strip()):
                _after_rec_heading(c, line_i, hi)
        for pat in (ASK, IT_IS):
            for m in pat.finditer(text, lo, hi):
                a = _sentence_start(d, m.start(), lo)
                if pat is ASK and not BODY_WORD.search(text[a:m.start()]):
                    continue
                if pat is IT_IS and not BODY_WORD.search(text[m.end():m.end() + 120]):
                    continue
                if pat is ASK and d.minutes and _passes_on_minutes(text, m.end()):
                    continue
                c.sentence_or_list(m.start(), lo, hi, "report", "recommendation")


def _passes_on_minutes(text: str, at: int) -> bool:
    """Whether the request after ``at`` only asks to note the minutes (or extract) the document carries."""
    end = text.find(".", at)
    end = len(text) if end < 0 else end + 1
    return bool(_TRANSMITS.match(text[at:end]))


def _after_rec_heading(c, line_i: int, hi: int) -> None:
    """Under a "Recommendations" heading: "That the Board ..." sentences and bare item lists."""
    d = c.d
    j = line_i + 1
    while j < len(d.lines) and not d.lines[j].text.strip():
        j += 1
    if j >= len(d.lines) or d.lines[j].start >= hi:
        return
    first = d.lines[j].text.strip()
    start = d.lines[j].start
    if re.match(r"^That\b", first):
        c.sentence_or_list(start, start, hi, "report", "recommendation")
    elif ITEM_MARK.match(first) and not ASK.search(first):
        for it in _list_items(d, d.lines[line_i].end, hi):
            c.add(it.start, it.end, "recommendation", "report", lead_in=d.lines[line_i].text.strip())
