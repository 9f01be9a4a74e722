"""A vote told in words beside a planning committee's determination: "The Committee voted by 9 votes to 2
to APPROVE the application ... (Councillor Pryce abstained.)", or in the sentence before it: "The Committee
voted by 7 votes to 4 against the officer recommendation. The application was REFUSED ...".

The counts belong to the determination the vote made; the sentence holding only the count is no decision
of its own, so its numbers go to the record that follows it; so do those of a line of its own above an
outcome ("Members voted 7 in favour, 3 against." over "Outcome: Granted ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .forms import read_votes

if TYPE_CHECKING:
    from .layout import _Doc
    from .record import Decision

_COUNT = re.compile(r"\bvoted\s+by\s+(?P<f>\d{1,3})\s+votes?\s+to\s+(?P<a>\d{1,3})\b")
# "(Councillor Pryce abstained.)", "Councillors Ames and Bell abstained."
_ABSTAINED = re.compile(r"\(?\b(?:Councillors?|Cllrs?)\s+(?P<who>[^().]{1,120}?)\s+abstained\b")
_SENTENCE_END = re.compile(r"[.;:]\s")
VOTED_LINE = re.compile(r"^(?:Members|Councillors|The\s+(?:Committee|Sub-Committee|Panel))\s+voted\b[^.]*\d")


def counted_votes(d: _Doc, records: list[Decision]) -> None:
    """Give each minutes determination the counts of the vote told in its sentence or just before it."""
    for r in records:
        if r.source != "minutes" or r.votes or r.form in ("motion", "amendment"):
            continue
        found = _COUNT.search(r.text[:200])
        after = d.text[r.char_start:r.char_start + len(r.text) + 120]
        if not found:
            before = d.text[max(0, r.char_start - 200):r.char_start]
            ends = [m.end() for m in _SENTENCE_END.finditer(before.rstrip())]
            last = before[ends[-1] if ends else 0:]  # the one sentence right before the record
            found = _COUNT.search(last)
            if not found or re.search(r"\b(?:APPROVE|REFUSE|GRANT|approve|refuse|grant)\b", last):
                continue  # a count beside its own decision is that decision's
        abstained = _ABSTAINED.search(after)
        n = len(re.split(r",\s*|\s+and\s+", abstained.group("who"))) if abstained else 0
        r.votes = {"for": int(found.group("f")), "against": int(found.group("a")), "abstain": n}


def votes_above(d: _Doc, records: list[Decision]) -> None:
    """"Members voted 7 in favour, 3 against." on the line above "Outcome: Granted ...": its counts."""
    for r in records:
        if r.source != "minutes" or r.votes or r.form in ("motion", "amendment"):
            continue
        i = d.line_index(r.char_start)
        above = d.lines[i - 1].text.strip() if i > 0 else ""
        if VOTED_LINE.match(above):
            r.votes = read_votes(above, r.file)[0]
