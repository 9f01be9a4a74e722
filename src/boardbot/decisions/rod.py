"""Records of Decision: a Cabinet Member's signed decision form, or the Proposed Record of Decision
in a Cabinet pack. The text under the form's "Decision:" label is the decision - each paragraph that
opens with a verb, or each item of its lead-in's list - and a signed record is dated by its signature.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text.dates import find_dates
from .forms import classify, kind_v1
from .layout import ITEM_MARK
from .lists import _list_items

if TYPE_CHECKING:
    from .collecting import Collector

ROD_TITLE = re.compile(r"\b(?:PROPOSED\s+)?RECORD\s+OF\s+DECISION\b", re.I)
ROD_DECISION = re.compile(r"^(?:Decision|DECISION)\s*:\s*", re.M)
# the labels that follow the decision on a Record of Decision form: the decision ends at the first
ROD_END = re.compile(r"^\s*(?:Reasons?\s*(?:\(s\))?\s+for\s+(?:the\s+)?decision|Cabinet Committee recommendations"
                     r"|Any alternatives|Any interest declared|Background\b|Financial Implications|Reasons?\s*:"
                     r"|Alternative options)[^\n]{0,60}", re.I | re.M)
# "Decision: Revenue and Capital Budget Monitoring Report" is the form's title line, not a decision
ROD_VERB = re.compile(r"\b(?:agree|approve|note|delegate|adopt|endorse|propose|decide|resolve|authori[sz]e|transfer"
                      r"|award|accept|commission|implement|submit|consult)(?:s|d|ed)?\b", re.I)
ROD_SIGNED = re.compile(r"\bsigned\b", re.I)


def record_of_decision(c: Collector) -> None:
    """A (proposed) Record of Decision: the text under its "Decision:" label is the decision, one
    record per item when it opens with a lead-in ("As Cabinet Member ... I agree to: APPROVE ...
    DELEGATE ..."), dated by its signature when it was signed."""
    d = c.d
    if not ROD_TITLE.search(d.text[:3000]):
        return
    labels = list(ROD_DECISION.finditer(d.text))
    before = len(c.out)
    for n, m in enumerate(labels):
        end = ROD_END.search(d.text, m.end())
        hi = min(end.start() if end else len(d.text), labels[n + 1].start() if n + 1 < len(labels) else len(d.text),
                 m.end() + 3000)
        body = d.text[m.end():hi]
        if not ROD_VERB.search(body):
            continue
        at = m.end() + len(body) - len(body.lstrip())
        n_before = len(c.out)
        items = _list_items(d, at, hi) if ITEM_MARK.match(body.lstrip()) else []
        if len(items) > 1:  # "DECISION: (1) To approve ... (2) To authorise ...": a record per item
            for it in items:
                c.add(it.start, it.end, "decision", "report", lead_in=d.text[m.start():m.end()].strip())
            continue
        c.sentence_or_list(at, at, hi, "report", "decision")
        if len(c.out) == n_before + 1 and c.out[-1].text.endswith(":"):
            # a lead-in whose items were not recognised: the whole block is the one decision
            c.out.pop()
            c.spans.pop()
            c.add(at, at + len(body.rstrip()), "decision", "report")
    signed = _signed_date(d.text)
    for r in c.out[before:]:
        r.form, r.outcome = classify(r.text, r.lead_in)
        r.kind = kind_v1(r.form)
        if r.proposed:
            r.outcome = "proposed"
        elif signed:
            r.meeting_date = signed  # a signed decision was taken on the day it was signed


def _signed_date(text: str) -> str:
    """The date beside the signature at the end of a Record of Decision, or ""."""
    tail = text[-600:]
    if not ROD_SIGNED.search(tail):
        return ""
    found = [iso for _, iso in find_dates(tail) if len(iso) == 10]
    return found[-1] if found else ""
