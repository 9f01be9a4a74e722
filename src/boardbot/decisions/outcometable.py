"""Outcome-column minutes: a board whose minutes are one table, the decision in the last column.

    Item          Discussion                                  Outcome / Action / Owner / Date
    CoG/25/22     The Nominations and Remuneration            APPROVED the appointment of Ms
    Appointment   Committee, at its meeting on 1 July ...     Helena Strand as a Non-Executive
    CoG/25/28     Dr Grant reported on maternity staffing     NOTED
    Quality ...   and the Care Quality Commission's ...       Action: Written answers to ...
                                                              Owner: CN
                                                              Date: 29/08/2025

NHS trusts, governors' councils and some partnership boards print their minutes this way. The text
layer runs the columns together line by line ("... the Care Action: Written answers to"), so the
Discussion column's narrative (another body's recommendation, a decision "in May") reads as if it
were the meeting's. The last column is the record: a cell opens with a label ("Decision:",
"Action:"), with an outcome in capitals ("APPROVED ...", "Governor expenses policy DEFERRED"), or
closes its first line with a bare outcome ("... were Noted"). Only the cell's first printed line is
sure to be the cell's (the next line starts with the Item and Discussion columns again), so a
record quotes that line; an action takes its owner and date from the "Owner:" / "Date:" lines or
the "– CN, by 18 July 2025" tail below it in the same row. Once read, the whole table is claimed,
so the Discussion column's narrative gives no records of its own.
"""

from __future__ import annotations

import logging
import re

from ..text.dates import find_dates
from .collecting import Collector, each_table
from .forms import classify, kind_v1
from .vocabulary import minutes_kind

log = logging.getLogger(__name__)

# "Item  Discussion  Outcome / Action / Owner / Date", "Item Discussion (continued) Decision / Action"
HEADER = re.compile(r"^(?:Item|Minute|Ref\.?|No\.?|Agenda\s+item)\b.{0,30}?\b(?:Discussion|Summary|Notes?|Report)\b"
                    r"(?:\s*\(continued\))?\s+(?:Decisions?|Outcomes?|Resolutions?|Actions?|Agreed)\b.{0,60}$", re.I)
# full-width lines under the table: it has ended
END = re.compile(r"^(?:Date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting|Signed\b|The\s+meeting\s+(?:closed|ended)"
                 r"|Meeting\s+closed)", re.I)
# a labelled paragraph of the cell: "Decision: ...", "Action: ..."
CELL_LABEL = re.compile(r"\b(?P<label>Decisions?|Outcome|Resolution|Resolved|Action)\s*:\s*(?=\S)")
_OUTCOME_WORDS = {
    "APPROVED": ("approval", "approved"), "RATIFIED": ("approval", "ratified"), "ADOPTED": ("approval", "adopted"),
    "NOTED": ("noted", "noted"), "RECEIVED": ("noted", "received"), "DEFERRED": ("deferral", "deferred"),
    "AGREED": ("agreement", "agreed"), "ENDORSED": ("endorsement", "endorsed"),
    "SUPPORTED": ("endorsement", "endorsed"), "WITHDRAWN": ("withdrawal", "withdrawn"),
    "RECOMMENDED": ("recommendation", "recommended"), "DECLINED": ("agreement", "declined"),
    "REJECTED": ("agreement", "rejected"),
}
# an outcome in capitals, not inside a heading in capitals
CAPS_OUTCOME = re.compile(rf"(?<![A-Z]\s)(?<![A-Z])\b(?P<word>{'|'.join(_OUTCOME_WORDS)})\b(?!\s+[A-Z]{{3,}}\b)")
# "... were complete and closed. Noted": a cell of one outcome word closing the line
BARE_END = re.compile(r"(?<=[a-z0-9,;:.)’'] )(?P<word>Noted|Approved|Agreed|Received|Ratified|Endorsed|Supported"
                      r"|Deferred|Adopted)\.?$")
# the words that may name what a capitalised outcome is about ("Governor expenses policy DEFERRED")
_SUBJECT_WORD = re.compile(r"^[A-Za-z][a-z’'-]*$")
_NOT_SUBJECT = {"the", "a", "an", "as", "of", "to", "and", "or", "was", "were", "is", "are", "be", "been", "had",
                "has", "have", "by", "for", "in", "on", "at", "with", "that", "this", "it", "its", "from", "not"}
OWNER = re.compile(r"\bOwner\s*:\s*(?P<owner>[A-Z][\w.&/ -]{0,40}?)\s*$")
DUE = re.compile(r"\b(?:Date|Due(?:\s+date)?|Deadline|By)\s*:\s*(?P<due>\S.{0,30}?)\s*$")
# "Board members – CN, by 18 July 2025": the owner and date closing an action cell
DASH_OWNER = re.compile(r"[–-]\s*(?P<owner>[A-Z][A-Za-z]{1,5}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),\s*by\s+"
                        r"(?P<due>\d{1,2}(?:/\d{1,2}/\d{2,4}|\s+[A-Z][a-z]+\s+\d{4}))\s*\.?$")
ROW_REF = re.compile(r"^(?P<ref>(?:[A-Z][A-Za-z]{0,7}/)?\d{2,4}/\d{2,4}|[A-Z]{1,6}\s?\d{1,4}(?:[./]\d{1,3})+)\b")


def outcome_table(c: Collector, lo: int, hi: int) -> None:
    """Add the outcome cells of every outcome-column table between ``lo`` and ``hi``; claim the table."""
    d = c.d

    def read(i: int) -> int:
        start = d.lines[i - 1].start  # the header's
        after = _rows(c, i, hi)
        log.debug("outcome-column table at %d-%d", start, d.lines[after - 1].end)
        c.spans.append((start, d.lines[after - 1].end))
        return after

    each_table(c, lo, hi, HEADER, read)


def _rows(c: Collector, i: int, hi: int) -> int:
    """Read the table's lines from ``i``; return the index of the first line after it."""
    d = c.d
    ref = ""
    cells: list[tuple[int, int]] = []  # (line index, record index) of each action, for its owner and date
    while i < len(d.lines) and d.lines[i].start < hi:
        line = d.lines[i]
        text = line.text
        if END.match(text.strip()):
            break
        if HEADER.match(text.strip()):
            i += 1
            continue
        row = ROW_REF.match(text)
        if row:
            ref = row.group("ref")
            cells = []
        _cell(c, line.start, text, ref, i, cells)
        _owner_and_date(c, text, cells)
        i += 1
    return i


def _cell(c: Collector, at: int, text: str, ref: str, i: int, cells: list[tuple[int, int]]) -> None:
    """The outcome cell that starts on this line, if one does."""
    label = CELL_LABEL.search(text)
    caps = CAPS_OUTCOME.search(text)
    bare = BARE_END.search(text)
    if label and (not caps or label.start() <= caps.start()):
        a = label.end()
        is_action = label.group("label").lower() == "action"
        _add(c, at + a, at + len(text.rstrip()), ref, label.group(0).strip(), None, is_action)
        if is_action and c.out and c.out[-1].char_start == at + a:
            cells.append((i, len(c.out) - 1))
    elif caps:
        a = _subject_start(text, caps.start())
        _add(c, at + a, at + len(text.rstrip()), ref, "", _OUTCOME_WORDS[caps.group("word")], False)
    elif bare:
        _add(c, at + bare.start(), at + len(text.rstrip()), ref, "", None, False)


def _subject_start(text: str, kw: int) -> int:
    """Where the cell starts when words name what its capitalised outcome is about: "Governor
    expenses policy DEFERRED", "The Board NOTED". A lone capitalised word before the outcome is more
    often the Discussion column's last word, so a subject is two words at least."""
    words = list(re.finditer(r"\S+", text[:kw]))
    for n in range(1, min(4, len(words)) + 1):
        w = words[-n].group(0)
        if not _SUBJECT_WORD.match(w) or w.lower() in _NOT_SUBJECT:
            return kw
        if w[0].isupper():
            if n < len(words) and words[-n - 1].group(0) == "The":
                return words[-n - 1].start()
            return words[-n].start() if n >= 2 else kw
    return kw


def _add(c: Collector, a: int, b: int, ref: str, lead_in: str, outcome: tuple[str, str] | None,
         action: bool) -> None:
    before = len(c.out)
    text = c.d.text[a:b]
    # a bare outcome ("NOTED") is a record though it is one word: the row's reference stands in as its lead-in
    c.add(a, b, "action" if action else minutes_kind(text), "minutes", lead_in=lead_in or ref or "Outcome:")
    if len(c.out) == before:
        return
    rec = c.out[-1]
    rec.lead_in = lead_in
    if ref and not rec.item:
        rec.item = ref
    if action:
        return
    # the capitalised participle is the cell's outcome, whatever verb its subject leads with
    rec.form, rec.outcome = outcome or classify(text, lead_in, minutes_kind(text))
    rec.kind = kind_v1(rec.form)


def _owner_and_date(c: Collector, text: str, cells: list[tuple[int, int]]) -> None:
    """"Owner: CN" / "Date: 29/08/2025" lines, or "– CN, by 18 July 2025", under the row's last action."""
    if not cells:
        return
    rec = c.out[cells[-1][1]]
    owner, due = OWNER.search(text), DUE.search(text)
    dash = DASH_OWNER.search(text)
    if owner and not rec.owner:
        rec.owner = owner.group("owner").strip()
    if dash and not rec.owner:
        rec.owner = dash.group("owner")
    raw = due.group("due") if due else dash.group("due") if dash else ""
    dates = find_dates(raw) if raw else []
    if dates and not rec.deadline:
        rec.deadline = dates[0][1]
