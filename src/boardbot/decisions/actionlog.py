"""Action logs: the table of actions that NHS and partnership minutes end with.

    Action log - actions arising from the meeting held on 14 January 2025
    Action                                                   Owner     Due date
    ICB/24/106  Circulate the month 9 efficiency scheme      RT        07/02/2025
                tracker to all Board members

Each row is an action: its words (continued on the lines below it), the owner's initials
and the due date from their columns. The words carry no "to" or "will", so the sentence
patterns of ``vocabulary`` do not see them.
"""

from __future__ import annotations

import re

from ..text.dates import find_dates
from ..text.sentences import squash
from .collecting import Collector, each_table

# "Action | Owner | Due date", "No. Action Owner By", "Ref Action Lead Deadline", "No. Item Action Owner Due"
HEADER = re.compile(
    r"^\s*(?:(?:No|Ref|Item|Minute)\.?\s+){0,2}Actions?\b(?!\s+log).{0,90}?\b(?:Owner|Lead|By\s+whom)\b"
    r".{0,60}?\b(?:Due(?:\s+date)?|By|Deadline|Date|When|Timescale)\b", re.I)
# a row ends with the owner's initials and when: "RT   07/02/2025", "JG/KM  30 Nov", "AB  Next meeting"
_WHEN = (r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?"
         r"|[A-Z][a-z]{2,8}\s+\d{4}|[Nn]ext\s+meeting|[Oo]ngoing|TBC")
ROW_END = re.compile(rf"\s(?P<owner>[A-Z]{{2,4}}(?:\s*[/&,]\s*[A-Z]{{2,4}})*)\s+(?P<due>{_WHEN})\s*$")
# the row's reference: a minute number ("ICB/24/106", "24/117") or a running number ("1", "2.")
# ... and the minute it arose from in a column of its own: "25/41  FAB 25/085  Publish the outcome ..."
ROW_REF = re.compile(r"^\s*(?:[A-Z]{2,6}/\d{2}/\d{1,4}|\d{1,3}/\d{1,4}|\d{1,3}[.)]?)\s+"
                     r"(?:(?P<minute>[A-Z]{2,6}\s?\d{2}/\d{2,4})\s+)?")
_MAX_ROWS = 60
_MAX_WRAP = 3  # lines a row's words may run on below it
# the next item or section after the table: "ICB/25/001 Welcome", "12. Date of next meeting", and the
# table of earlier meetings' actions under its own subheading ("Actions carried forward from previous meetings")
_HEADING = re.compile(r"^(?:[A-Z]{2,6}/\d{2}/\d{1,4}|\d{1,3}[.)])\s+[A-Z]"
                      r"|^Actions?\s+(?:carried|brought|arising|from|outstanding|completed|closed)\b"
                      # ... or a row of another shape, carried from an earlier meeting: "A25/18 (from 10 April 2025) ..."
                      r"|^[A-Z]{1,4}\d{1,3}/\d{1,4}\s", re.I)


def action_log(c: Collector, lo: int, hi: int) -> None:
    """Add each row of every action log table between ``lo`` and ``hi`` as an action."""
    each_table(c, lo, hi, HEADER, lambda i: _rows(c, i, hi))


def _rows(c: Collector, i: int, hi: int) -> int:
    d = c.d
    rows = 0
    while i < len(d.lines) and d.lines[i].start < hi and rows < _MAX_ROWS:
        line = d.lines[i]
        end = ROW_END.search(line.text)
        if not end:
            return i  # the table ends at the first line that is not a row
        ref = ROW_REF.match(line.text)
        a = line.start + (ref.end() if ref else len(line.text) - len(line.text.lstrip()))
        b = line.start + end.start()
        # the row's words run on below it: a line or two with no owner or date of their own
        more, j = [], i + 1
        while j < len(d.lines) and d.lines[j].start < hi and len(more) < _MAX_WRAP and _continues(d.lines[j].text):
            more.append(d.lines[j].text.strip())
            j += 1
        before = len(c.out)
        words = _words(" ".join([line.text[:end.start()], *more]))
        if not any(r.kind == "action" and _same(words, _words(r.text)) for r in c.out):
            # a row that restates an action the minutes already record ("ACTION: MK to present ...") is that action
            c.add(a, b, "action", "minutes")
        if len(c.out) > before:
            rec = c.out[-1]
            rec.text = squash(" ".join([rec.text, *more]))
            rec.owner = squash(end.group("owner"))
            if ref and ref.group("minute"):
                rec.item = ref.group("minute")  # the row names the minute the action arose from
            due = find_dates(end.group("due"))
            rec.deadline = due[0][1] if due else squash(end.group("due"))
        rows += 1
        i = j
    return i


def _continues(raw: str) -> bool:
    """A wrapped row's next line: not a row itself, not a heading or a running footer."""
    text = raw.strip()
    return (bool(text) and not ROW_END.search(raw) and not HEADER.match(raw) and not _HEADING.match(text)
            and not re.search(r"\bPage\s+\d+(?:\s+of\s+\d+)?\b", text) and len(text) < 90)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]{3,}", text.lower())}


def _same(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.6
