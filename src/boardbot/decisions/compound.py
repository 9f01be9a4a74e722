"""One sentence, two decisions of different kinds: "The Panel noted the update and asked that the Head
of Children in Care bring an action plan ...", "The Board approved the winter plan and gave delegated
authority to the Director ... to finalise it".

The first half is a noting or an approval, the second a request for work or a delegation; a register
that keeps the sentence whole files it under one kind and one outcome and loses the other. Joined
clauses of one kind ("It was agreed that ..., and that the evaluation be shared ...") stay one record.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.sentences import squash
from .forms import classify, kind_v1
from .layout import _Doc
from .record import Decision, decision_id
from .vocabulary import BODY_VERB, action_owner, find_deadline, minutes_kind

# where the second decision starts: "... and asked that ...", "... and gave delegated authority to ..."
_SECOND = re.compile(r"[ \t\n]+and[ \t\n]+(?=(?:also[ \t\n]+)?(?:asked|requested)[ \t\n]+that\b"
                     r"|gave[ \t\n]+delegated[ \t\n]+authority\b"
                     # "... to APPROVE the application ..., and delegated authority to the Head of Planning",
                     # "The Board NOTED the reports ... and APPROVED the revised terms of reference"
                     r"|delegated[ \t\n]+authority[ \t\n]+to\b|(?:APPROVED|AGREED|ENDORSED|RATIFIED)\b)")
_FIRST = re.compile(r"^(?:[A-Z][^,.]{0,60},\s*)?(?:The|the)\s+(?:[A-Z][\w-]*\s+){1,4}(?:noted|approved|endorsed|agreed|NOTED|APPROVED"
                    r"|voted\s+(?:unanimously\s+|by\s+\d{1,3}\s+votes?\s+to\s+\d{1,3}\s+)?to)\b")
# a pointer to the action log's row that records the request
_LOGGED = re.compile(r"\(\s*(?:action|ACTION|Action)\s+(?:ref\.?\s+|no\.?\s+)?[A-Z]{0,4}\d[\w/.-]*\s*\)")
_REACH = 600  # how far into the raw text a record's sentence may run


def split_compounds(d: _Doc, records: list[Decision]) -> list[Decision]:
    """Each record whose sentence joins a noting or approval to a request or delegation, as two records."""
    out: list[Decision] = []
    for r in records:
        second = _second_half(d, r) if r.source == "minutes" and not r.lead_in and not r.votes else None
        if second is None:
            out.append(r)
            continue
        stop, cut, rest = second
        head = squash(d.text[r.char_start:stop])
        # the first half's own verb, not the whole sentence's ("NOTED ... and APPROVED ..." is a noting first)
        form, outcome = classify(head, "", minutes_kind(head))
        out.append(replace(r, id=decision_id(r.file, r.char_start, head), text=head, form=form, outcome=outcome,
                           kind=kind_v1(form), owner="", deadline=""))
        text = squash(rest)
        if re.match(r"(?:also\s+)?(?:asked|requested)\s+that\b", text):
            form, outcome, owner, deadline = "action", "", action_owner(text), find_deadline(text)
        else:
            (form, outcome), owner, deadline = classify(text, "", "decision"), "", ""
        at = cut
        out.append(replace(r, id=decision_id(r.file, at, text), text=text, form=form, outcome=outcome,
                           kind=kind_v1(form), owner=owner, deadline=deadline, char_start=at,
                           page=d.doc.page_at(at)))
    return out


def _second_half(d: _Doc, r: Decision) -> tuple[int, int, str] | None:
    """(where the first half ends, where the second starts, the second's text), or None for a sentence of
    one decision."""
    if not _FIRST.match(r.text) or not BODY_VERB.search(r.text):
        return None
    raw = d.text[r.char_start:r.char_start + _REACH]
    m = _SECOND.search(raw)
    if not m:
        return None
    head = squash(raw[:m.start()])
    if not r.text.startswith(head):
        return None
    tail = r.text[len(head):]
    rest = re.sub(r"^\s*and\s+", "", tail)
    if _LOGGED.search(rest):
        return None  # "... and asked that ... (action A25/32)": the request is the action log's row
    return r.char_start + m.start(), r.char_start + m.end(), rest
