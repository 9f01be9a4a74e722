"""Decisions-and-actions tables: an officer board's note ends with one row per decision and action.

    No. Decision / Action                                        Owner   Due date
    D1  Full Business Case for the Riverside Bridge              Board   –
        replacement approved at £14.2m, subject to Cabinet
    A1  Circulate the revised programme risk register with the   PMO     03/10/2025
        bridge scheme's new risks

The text layer runs the columns together line by line, so a row is its reference, its words
and, at the end of its first line, the owner and the due date. A row whose words close on an
outcome ("... approved", "... noted", "... deferred to the November meeting") is a decision of
the meeting; one that opens with work to do ("Circulate ...", "Prepare ...") is an action. A row
carried from an earlier meeting ("A7/07 (from 23 July 2025) ... – complete, closed") is not this
meeting's. The note's prose points at the rows ("The Full Business Case was approved ... (D1, D2)"):
the row is the record, so the pointing sentence is dropped.
"""

from __future__ import annotations

import logging
import re

from ..text.dates import find_dates
from ..text.sentences import squash
from .collecting import Collector, each_table
from .forms import kind_v1
from .layout import LABEL_LINE

log = logging.getLogger(__name__)

HEADER = re.compile(r"^\s*(?:(?:No|Ref|Item)\.?\s+)?Decisions?\b.{0,40}?\b(?:Owner|Lead)\b.{0,40}?"
                    r"\b(?:Due(?:\s+date)?|By|Deadline|Date|When)\s*$", re.I)
_DATE = r"\d{1,2}/\d{1,2}/\d{2,4}"
# "D2  Agreed to recommend to Cabinet a budget increase of  Board  Cabinet": ref, words, owner, due
# ... or a consent agenda's "FAB 25/089  APPROVED the changes to the ...  DCG  01/12/2025" (no owner: "– –")
_REF = r"[A-Z]{1,3}\d{1,3}(?:/\d{1,3})?|[A-Z]{2,6}\s?\d{2}/\d{2,4}"
ROW = re.compile(rf"^\s*(?P<ref>{_REF})\s+(?P<cell>\S.*?)\s+"
                 rf"(?P<owner>[A-Z]{{2,5}}|[A-Z][a-z]+|[–-])\s+(?P<due>[–-]|{_DATE}|[A-Z][a-z]+)\s*$")
# a line opening with a row's reference that is not a row: the next item, past the table's end
_REF_LINE = re.compile(rf"^(?:{_REF})\s+[A-Z]")
_TRAILING_DATE = re.compile(rf"\s+{_DATE}\s*$")
_CARRIED = re.compile(r"^\(from\b|\b(?:complete|completed|closed|done)\s*\.?$", re.I)
# the participle that closes a decision row; a row without one is work to do
_OUTCOMES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\bdeferred\b", re.I), "deferral", "deferred"),
    (re.compile(r"\bwithdrawn\b", re.I), "withdrawal", "withdrawn"),
    (re.compile(r"\b(?:agreed|resolved)\s+to\s+recommend\b", re.I), "recommendation", "recommended"),
    (re.compile(r"\b(?:approved|ratified|accepted)\b", re.I), "approval", "approved"),
    (re.compile(r"\bendorsed\b", re.I), "endorsement", "endorsed"),
    (re.compile(r"\bnoted\b", re.I), "noted", "noted"),
    (re.compile(r"\b(?:agreed|rejected|declined)\b", re.I), "agreement", "agreed"),
)
_POINTER = re.compile(r"\(\s*(?P<refs>[A-Z]{1,3}\d{1,3}(?:\s*(?:,|and)\s*[A-Z]{1,3}\d{1,3})*)\s*\)\s*\.?$")


def decision_table(c: Collector, lo: int, hi: int) -> None:
    """Add each row of every decisions-and-actions table between ``lo`` and ``hi``."""

    def read(i: int) -> int:
        end, refs = _rows(c, i, hi)
        _drop_pointers(c, lo, hi, refs)
        return end

    each_table(c, lo, hi, HEADER, read)


def _rows(c: Collector, i: int, hi: int) -> tuple[int, set[str]]:
    """Read the rows from line ``i``: the first line after them, and the rows' references."""
    d = c.d
    refs: set[str] = set()
    while i < len(d.lines) and d.lines[i].start < hi:
        line = d.lines[i]
        row = ROW.match(line.text)
        if not row:
            break
        more, j = [], i + 1
        while j < len(d.lines) and d.lines[j].start < hi and _continues(d.lines[j].text):
            more.append(_TRAILING_DATE.sub("", d.lines[j].text.strip()))
            j += 1
        words = squash(" ".join([row.group("cell"), *more]))
        refs.add(row.group("ref"))
        if not _CARRIED.search(row.group("cell")) and not _CARRIED.search(words):
            _add_row(c, line.start + row.start("cell"), line.start + row.end("cell"), words, row)
        i = j
    return i, refs


def _add_row(c: Collector, a: int, b: int, words: str, row: re.Match[str]) -> None:
    outcome = next(((form, out) for pat, form, out in _OUTCOMES if pat.search(words)), None)
    before = len(c.out)
    c.add(a, b, "action" if outcome is None else "decision", "minutes")
    if len(c.out) == before:
        return
    rec = c.out[-1]
    rec.text = words
    rec.item = row.group("ref")
    if outcome is None:
        rec.owner = row.group("owner")
        due = find_dates(row.group("due"))
        rec.deadline = due[0][1] if due else ""
    elif rec.form == "resolution" or outcome[0] in ("deferral", "withdrawal", "noted"):
        # the closing participle is the row's outcome; only a verb the row opens with says more
        rec.form, rec.outcome = outcome
        rec.kind = kind_v1(outcome[0])


def _continues(raw: str) -> bool:
    text = raw.strip()
    return bool(text) and not ROW.match(raw) and not LABEL_LINE.match(text) and len(text) < 90 \
        and not _REF_LINE.match(text) \
        and not re.search(r"(?<![/\d])\d{1,3}\s*/\s*\d{1,3}\s*$|\bPage\s+\d+\b", text)


def _drop_pointers(c: Collector, lo: int, hi: int, refs: set[str]) -> None:
    """The prose's "... was approved (D1, D2)." points at rows the table records."""
    if not refs:
        return
    keep = []
    for r in c.out:
        m = _POINTER.search(r.text) if lo <= r.char_start < hi else None
        if m and set(re.findall(r"[A-Z]{1,3}\d{1,3}", m.group("refs"))) <= refs:
            log.debug("dropped %r: it points at the decisions table", r.text[:60])
            continue
        keep.append(r)
    c.out[:] = keep
