"""What members said or observed in debate is not a decision: "Members noted that ...".

Minutes record the debate before the decision. "Members noted that 11 of the 19 tenants were
over 80" reports a point made; "members noted the guidance on filming" is the meeting taking
note, a record. Where an item ends in a RESOLVED, every "Members noted ..." before it is debate.
"""

from __future__ import annotations

import re

from .layout import _Doc
from .record import Decision
from .vocabulary import RESOLVED_LINE

DEBATE_NOTE = re.compile(r"^(?:Members|Cabinet Members|Councillors|It was)\s+(?:also\s+)?noted\b")
# what members observed in debate, in any item: "Members noted that ...", "In discussion, members noted ...",
# "Members noted the increase ... and asked about the cost"; "members noted the guidance" stays a record
DEBATE_ANYWHERE = re.compile(
    r"^(?:In (?:discussion|debate),?\s+)?(?:Members|members|Councillors|councillors)\s+(?:also\s+)?noted\s+"
    r"(?:that\b|[^.;]*?\band\s+(?:asked|queried|commented|questioned|sought|raised|said)\b)"
    r"|^In (?:discussion|debate),?\s+(?:Members|members|Councillors|councillors)\s+(?:also\s+)?noted\b")


def drop_debate_notes(d: _Doc, records: list[Decision]) -> list[Decision]:
    """Records that report the debate: observations anywhere, and any "Members noted" in an item with a RESOLVED."""
    resolved_items = set()
    for lo, hi, _ in d.minutes:
        for i in range(d.line_index(lo), len(d.lines)):
            if d.lines[i].start >= hi:
                break
            if RESOLVED_LINE.match(d.lines[i].text.strip()) and d.lines[i].text.strip()[:1] != "(":
                resolved_items.add(d.item_at(d.lines[i].start, True))
    return [r for r in records if not (r.source == "minutes" and (DEBATE_ANYWHERE.match(r.text) or (
        r.item and r.item in resolved_items and DEBATE_NOTE.match(r.text))))]
