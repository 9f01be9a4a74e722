"""Where reprinted minutes end in an agenda pack that goes straight on to the next item's report.

A pack reprints the previous meeting's minutes as one agenda item; the report for the next item
follows under "Agenda Item 4" with no cover sheet, its summary telling decisions ("The Cabinet
approved ...", "The draft was approved by the Director ...") in the past tense as minutes do. The
minutes' own closing line ("The meeting closed at 3.45 pm.", then the Chair's signature) with an
"Agenda Item n" line right below it marks the end: what follows is the report, to the pack's meeting.
A closing line with no agenda item after it (an action log, an appendix) keeps the minutes going.
"""

from __future__ import annotations

import re

from ..text.dates import find_dates
from .record import Decision

_CLOSED = re.compile(r"^(?:The\s+)?meeting\s+(?:closed|ended|finished|concluded)\b[^\n]*$", re.I | re.M)
# up to three lines (the signature, its date) and then the next item's heading
_NEXT_ITEM = re.compile(r"\n(?:[^\n]{0,80}\n){0,3}?(?P<item>Agenda\s+Item\s+(?:No\.?\s*)?\d{1,3}[A-Za-z]?\b)", re.I)


def minutes_end(text: str, lo: int, hi: int) -> int:
    """``hi``, or the start of the agenda item heading after the minutes' closing line."""
    for m in _CLOSED.finditer(text, lo, hi):
        nxt = _NEXT_ITEM.match(text, m.end(), hi)
        if nxt:
            return nxt.start("item")
    return hi


# "Agenda Item 4" / "NORTHWICK HEALTH AND WELLBEING BOARD – 11 JUNE 2025": the report's own heading
_HEAD_LINES = 3


def report_dates(text: str, ranges: list[tuple[int, int]], minutes: list[tuple[int, int, str]],
                 records: list[Decision], paper_date: str) -> None:
    """A report under "Agenda Item n" after reprinted minutes goes to the pack's meeting, which its
    heading names, where the paper took its date from the minutes it reprints (a pack whose first
    dated heading is "MINUTES of the meeting held on 12 March 2025")."""
    if paper_date not in {date for _, _, date in minutes}:
        return
    for lo, hi in ranges:
        head = text[lo:hi].lstrip().split("\n")[:_HEAD_LINES]
        if not head or not _NEXT_ITEM.match("\n" + head[0]) or not any(end <= lo for _, end, _ in minutes):
            continue
        found = find_dates("\n".join(head))
        for r in records:
            if found and r.source == "report" and lo <= r.char_start < hi:
                r.meeting_date = found[0][1]
