"""Where in a pack is this text? Papers, agenda items, headings and meetings.

An agenda pack bundles many papers plus the minutes of an earlier meeting, so
"which meeting does this sentence belong to" is not the pack's date: the March
minutes inside a July pack are March business. We scan the cleaned document
once and emit offset-keyed events; any chunk or decision looks up the events
in force at its offset.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..text.dates import find_dates

PAPER_START = re.compile(
    r"^(?:(?:Report title|Title|Subject)\s*:|Title of (?:the )?(?:paper|report)\s*:?)\s*(.{4,160})$", re.I
)
AGENDA_ITEM = re.compile(r"^Agenda\s+item\s*(?:No\.?)?\s*:?\s*(\d+[a-z]?)?\s*[:.\-–]?\s*(.*)$", re.I)
NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2})?)\.?\s+([A-Z][^\n]{2,110})$")
CAPS_HEADING = re.compile(r"^[A-Z][A-Z0-9 &/,'’()\-–:]{3,90}$")
PRESENT_LINE = re.compile(r"^\s*(?:PRESENT|Present|Members present|Attendees|In attendance)\b", re.M)
MINUTES_START = re.compile(r"^(?:MINUTES\b|(?i:minutes of the (?:meeting|proceedings)\b|printed minutes\b))")
# An adjourned meeting's second sitting: its decisions are taken on the day it reconvened
RECONVENED = re.compile(r"^(?:RECONVENED MEETING\b|the meeting (?:was )?(?:adjourned\b[^\n]{0,40}?\band )?reconvened\b)", re.I)
# Minutes end at the close of the meeting, the chair's signature, or the next paper's cover
# sheet ("To: ...", "Author: ...") when a pack runs straight on into its reports.
MINUTES_END = re.compile(
    r"(?:\bmeeting (?:closed|ended|finished) at\b|^CHAIR(?:MAN|PERSON)?\s*$|^(?:To|Author|From)\s*:\s+\S)", re.I
)


@dataclass
class Structure:
    """Offset-sorted events over one document's text."""

    sections: list[tuple[int, str]] = field(default_factory=list)
    papers: list[tuple[int, str]] = field(default_factory=list)
    meetings: list[tuple[int, str]] = field(default_factory=list)  # (offset, ISO date or "")

    @staticmethod
    def _at(events: list[tuple[int, str]], offset: int) -> str:
        # bisect the (offset, value) pairs themselves: a key list per call made chunking O(n^2)
        i = bisect.bisect_right(events, (offset, "\U0010ffff")) - 1
        return events[i][1] if i >= 0 else ""

    def section_at(self, offset: int) -> str:
        return self._at(self.sections, offset)

    def paper_at(self, offset: int) -> str:
        return self._at(self.papers, offset)

    def meeting_at(self, offset: int, default: str) -> str:
        return self._at(self.meetings, offset) or default


DANGLING = re.compile(r"\b(?:the|of|and|to|in|for|by|a|an|with|on|or|our|is|are|be)$", re.I)


def _is_heading(line: str) -> str:
    if len(line) > 110 or line.endswith((".", ",", ";", ":")) or DANGLING.search(line):
        return ""
    m = NUMBERED_HEADING.match(line)
    if m and "." not in m.group(1) and len(m.group(2).split()) <= 14 and not re.search(r"\d{3,}|£|%", m.group(2)):
        return f"{m.group(1)}. {m.group(2).strip()}"
    if CAPS_HEADING.match(line) and sum(c.isalpha() for c in line) >= 4 and len(line.split()) <= 10:
        return line.strip().title() if line.isupper() else line.strip()
    return ""


def analyse(text: str) -> Structure:
    st = Structure()
    in_minutes = False
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        line = line.strip()
        if not line:
            continue
        paper = PAPER_START.match(line)
        item = AGENDA_ITEM.match(line)
        if paper:
            st.papers.append((start, paper.group(1).strip()))
            st.sections.append((start, paper.group(1).strip()))
            if in_minutes:
                st.meetings.append((start, ""))
                in_minutes = False
            continue
        if item and (item.group(1) or not item.group(2)):
            label = f"Agenda item {item.group(1)}" if item.group(1) else "Agenda item"
            if item.group(2):
                label += f": {item.group(2).strip()}"
            st.sections.append((start, label))
            if in_minutes:
                st.meetings.append((start, ""))
                in_minutes = False
            continue
        if MINUTES_START.match(line):
            # The meeting date sits in the heading or within a few lines either side.
            # The heading ends at its attendance list: a date below "PRESENT:" is an agenda item's
            # ("Minutes of the meeting held on 30 July"), and a title line above may carry the date
            # ("CORPORATE PARENTING PANEL - 29 October 2024" over "MINUTES of the meeting held in ...").
            window = text[max(0, start - 400) : start + 600]
            present = PRESENT_LINE.search(text, start, start + 300)
            heading_dates = find_dates(text[start : present.start() if present else start + 300])
            heading_dates = heading_dates or find_dates(text[max(0, start - 200) : start])[-1:]
            dates = heading_dates or find_dates(window)
            if dates:
                st.meetings.append((start, dates[0][1]))
                in_minutes = True
            st.sections.append((start, "Minutes"))
            continue
        if in_minutes and RECONVENED.match(line) and start - st.meetings[-1][0] > 600:
            # ... not the heading's "held on 1 July, adjourned and reconvened on 8 July"
            if dates := find_dates(line):
                st.meetings.append((start, dates[0][1]))
            continue
        if in_minutes and MINUTES_END.search(line):
            st.meetings.append((pos, ""))
            in_minutes = False
            continue
        heading = _is_heading(line)
        if heading:
            st.sections.append((start, heading))
    return st
