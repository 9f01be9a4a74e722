"""Find what boards resolved, agreed, approved, noted and were recommended to do.

Two kinds of text carry decisions and they read differently:

* **Minutes** (past tense, often inside a later meeting's agenda pack): "RESOLVED: 1. To
  note ...", "The Board noted the community story", "agreed to: Note ... Support ...",
  "The minutes ... were agreed as an accurate record", "X were asked to ..." (an action).
  These belong to the meeting the minutes record, not to the pack they travel in.
* **Reports** (present tense, to the meeting the paper goes to): "The Board is
  recommended to: a) Note ... b) Approve ...", "The JHWBSC is asked to note ...",
  "It is recommended that the Board ...". One record per lettered or numbered item.

Council minutes add motions and amendments with their votes (``motions``), resolutions
whose operative verb gives the form and outcome (``forms``), "RESOLVED that:" followed by
its own lead-ins, deferrals, and (proposed) Records of Decision. Which papers read as minutes (a
committee's report of its own meeting among them) is in ``dockind``, officer boards' decisions-and-actions
tables in ``decisiontable``, sentences holding two decisions in ``compound``. The layout model is in
``layout``, the minutes' words in ``vocabulary``, the record in ``record``.

Everything is regular expressions over the cleaned document text, because the
phrasing of committee papers is formulaic and every record must quote the
paper verbatim with its exact page (the page of its first character).
"""

from __future__ import annotations

import re

from ..parsing.document import Document
from ..text.sentences import BULLET_DOTS, ends_sentence, squash
from .actionlog import action_log
from .actiontag import action_tags
from .compound import split_compounds
from .countvotes import counted_votes, votes_above
from .debate import drop_debate_notes, drop_log_mentions
from .decisionhead import decision_headings
from .decisiontable import decision_table
from .forms import classify, kind_v1
from .inline import inline_parts
from .layout import (
    ITEM_MARK,
    ITEM_TAG,
    _Doc,
    _is_stop,
    _sentence_end,
    _sentence_start,
)
from .lists import _follows_list, _list_items
from .motion import Motion
from .motions import MOVED_BEFORE, carried_parts, credit_proposers, find_motions
from .outcometable import outcome_table
from .packend import report_dates
from .recheads import headed_recommendations
from .record import KINDS, Decision, decision_id
from .reports import report_ranges, report_recommendations
from .rod import record_of_decision
from .vocabulary import (
    _BY_BODY,
    _NOT_PASSIVE_BEFORE,
    ACTION,
    ACTS,
    BARE_OUTCOME,
    BODY_COLON,
    BODY_VERB,
    DEFERRED_LINE,
    MOVED_AGREED,
    PASSIVE,
    RESOLVED_LINE,
    WITHDREW,
    action_owner,
    find_deadline,
    minutes_kind,
)

# --- vocabulary -------------------------------------------------------------------

MID_RESOLVED = re.compile(r"(?<=[^\n])(?<!^)\b(?:It was |and )?(?:unanimously )?(?:RESOLVED|[Rr]esolved)\b"
                          # ... Northern Ireland's "Proposed by ..., Seconded by ... and Resolved – That ..."
                          r"(?=(?:\s+unanimously)?(?: that\b|\s*:|\s+to\s+[a-z]|\s*[-–—]\s*That\b))", re.M)
RECOMMENDED = re.compile(r"^(?:\(?\d{1,3}[.)]\s*)?(?:RECOMMENDED|RECOMMENDATIONS?)\b", re.I)
LEAD_ONLY = re.compile(r"^(?:that|(?:that\s+)?(?:the\s+|this\s+)?(?:[A-Z][\w’'-]*\s+){0,5}?"
                       r"(?:Board|Committee|Sub-Committee|Council|Cabinet|Panel|Group|Partnership))\s*[:\-–]?$", re.I)
# what follows explains or qualifies it: "for the following reasons:", "Granted with conditions: ... the following:"
# ... and a call-in referred back "with the following comments:" (the referral's terms, not decisions of their own)
REASONS = re.compile(r"\b(?:reasons?|conditions?)\b[^.]{0,160}:\s*$"
                     r"|\breferred\b[^.]{0,60}\bback\b[^.]{0,80}\bfollowing\s+(?:comments|observations)\s*:\s*$", re.I)
# a list's lead-in that decides something itself: "RESOLVED that the final report be approved and that the
# following recommendations be made to the Cabinet:"
OWN_LEAD = re.compile(r"\bbe\s+(?:approved|adopted|endorsed|noted|agreed|received)\b[^:.]{0,40}?"
                      r"\band\s+(?:that\s+)?the\s+following\b", re.I)
# a planning officer's recommendation printed under an application ("RECOMMENDATION: GRANT subject to
# conditions"): the committee decides after it, by its own RESOLVED
OFFICER_REC = re.compile(r"^(?:OFFICER\s+)?RECOMMENDATIONS?\s*:\s*(?:GRANT|REFUSE|APPROVE|PERMIT|APPROVAL|REFUSAL)\b")
DECISION_REF = re.compile(r"\b\d{2}/\d{5}\b")
PROPOSED = re.compile(r"\bPROD\b|\bProposed Record of Decision\b", re.I)
PARA_LINE = re.compile(r"^\d{1,2}[.)]\s")
_BULLET_MARK = re.compile(rf"[{BULLET_DOTS}]\s+")  # a bullet, not a dash, before a part
PARA_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\s+")  # "1.4 To ensure ..."

__all__ = ["KINDS", "Decision", "decision_id", "extract_decisions"]


# --- the extractor ----------------------------------------------------------------
class _Collector:
    def __init__(self, d: _Doc) -> None:
        self.d = d
        self.spans: list[tuple[int, int]] = []
        self.out: list[Decision] = []

    def taken(self, a: int, b: int) -> bool:
        return any(a < y and x < b for x, y in self.spans)

    def add(self, a: int, b: int, kind: str, source: str, lead_in: str = "", motion: Motion | None = None) -> None:
        d = self.d
        num = PARA_NUMBER.match(d.text, a, b) or _BULLET_MARK.match(d.text, a, b)
        if num:
            a = num.end()
        if source == "minutes" and d.text.startswith("This item", a):
            a = _with_heading(d, a)  # "Proportionality Update (Item 11) This item was deferred ..."
        text = squash(d.text[a:b])
        if (len(text.split()) < 3 and not (lead_in and BARE_OUTCOME.match(text))) or self.taken(a, b):
            return
        self.spans.append((a, b))
        meta = d.doc.meta
        span = d.minutes_at(a) if source == "minutes" else None
        meeting = span[2] if span else meta.date
        owner = deadline = ""
        if kind == "action":
            owner = action_owner(text)
            deadline = find_deadline(text)
        if motion is not None:
            form, outcome = motion.form, motion.outcome
        elif kind == "action":
            form, outcome = "action", ""
        elif source == "minutes" and (kind == "recommendation" or RECOMMENDED.match(lead_in.strip())):
            form, outcome, kind = "recommendation", "recommended", "recommendation"
        elif source == "minutes":
            form, outcome = classify(text, lead_in, kind)
            kind = kind_v1(form)
        else:  # a report's recommendation, put to the meeting
            form, outcome = "recommendation", "recommended"
        item = d.item_at(a, source == "minutes")
        ref = DECISION_REF.search(item) or DECISION_REF.search(text[:200])
        self.out.append(Decision(
            id=decision_id(meta.file, a, text), file=meta.file, page=d.doc.page_at(a), meeting_date=meeting,
            board=meta.board or meta.organisation, item=item, kind=kind, text=text,
            owner=owner, deadline=deadline, visibility=meta.visibility, lead_in=squash(lead_in), source=source,
            char_start=a, title=meta.title, organisation=meta.organisation, form=form, outcome=outcome,
            votes=motion.votes if motion else None, voters=motion.voters if motion else {},
            proposer=motion.proposer if motion else "", seconder=motion.seconder if motion else "",
            ref=ref.group(0) if ref else "", proposed=bool(PROPOSED.search(meta.file + " " + meta.title)),
        ))

    def sentence_or_list(self, pos: int, lo: int, hi: int, source: str, kind: str | None) -> None:
        """The sentence at ``pos``; if it introduces a list, each list item instead."""
        d = self.d
        a = _sentence_start(d, pos, lo)
        b = _sentence_end(d, pos, hi)
        if self.taken(a, b):
            return
        sentence = d.text[a:b]
        if REASONS.search(sentence):
            # "... resolved to refer the decision back to Cabinet, for the following reasons:" - the
            # reasons that follow explain the decision; they are not decisions of their own
            self.add(a, b, kind or minutes_kind(sentence), source)
            self.spans += [(it.start, it.end) for it in _list_items(d, b, hi)]
            return
        inline = inline_parts(d.text, a, b)
        if inline:  # "The Panel RESOLVED to: 1) note the report; 2) recommend ...; and 3) ask ..."
            for s, e in inline[1]:
                self.add(s, e, kind or minutes_kind(d.text[s:e]), source, lead_in=d.text[a:inline[0]])
            self.spans.append((a, b))
            return
        # "The Committee agreed:-" introduces its list as "agreed:" does
        if not ends_sentence(sentence) and (sentence.rstrip().rstrip("-–").endswith(":") or _follows_list(d, b, hi)):
            items = _list_items(d, b, hi)
            if items:
                if OWN_LEAD.search(sentence):
                    self.add(a, b, kind or minutes_kind(sentence), source)
                self.spans.append((a, b))
                for it in items:
                    k = kind or minutes_kind(d.text[it.start:it.end])
                    self.add(it.start, it.end, k, source, lead_in=sentence)
                return
        self.add(a, b, kind or minutes_kind(sentence), source)


def extract_decisions(doc: Document) -> list[Decision]:
    """Every decision, noting, approval, action and recommendation in ``doc``, in text order."""
    d = _Doc(doc)
    c = _Collector(d)
    text = d.text
    folded: list[Motion] = []
    for lo, hi, _ in d.minutes:
        outcome_table(c, lo, hi)  # a table's Discussion column is narrative: its Outcome column goes first
        folded += _motions(c, lo, hi)
        # RESOLVED blocks first: their items are the formal record
        i = d.line_index(lo)
        while i < len(d.lines) and d.lines[i].start < hi:
            line = d.lines[i]
            if OFFICER_REC.match(line.text.strip()):
                c.spans.append((line.start, line.end))
                i += 1
                continue
            m = RESOLVED_LINE.match(line.text.strip()) or BODY_COLON.match(line.text.strip())
            if m:
                rest_at = line.start + (len(line.text) - len(line.text.lstrip())) + m.end()
                rest = text[rest_at:line.end].strip()
                # "RESOLVED: That the Board" alone on its line, its parts "(1) ..." below: a list intro
                intro = bool(LEAD_ONLY.match(rest)) and i + 1 < len(d.lines) and bool(
                    ITEM_MARK.match(d.lines[i + 1].text.strip()))
                if BARE_OUTCOME.match(rest):
                    c.add(rest_at, rest_at + len(rest), minutes_kind(rest), "minutes", lead_in=text[line.start:rest_at])
                elif rest and not ITEM_MARK.match(rest) and not intro:
                    before = len(c.out)
                    # "... were received and it was / RESOLVED that ...": the clause above is part of it
                    joined = i and re.search(r"\band(?:\s+it\s+was)?$", d.lines[i - 1].text.strip())
                    c.sentence_or_list(line.start if joined else rest_at, lo if joined else rest_at, hi, "minutes",
                                       "recommendation" if RECOMMENDED.match(line.text.strip()) else None)
                    if len(c.out) == before and rest.endswith(":"):
                        _nested_leads(c, line.end, hi)
                else:
                    items = _list_items(d, line.end if intro or not rest else rest_at, hi)
                    c.spans.append((line.start, line.end if intro or not rest else rest_at))
                    for it in items:
                        c.add(it.start, it.end, minutes_kind(text[it.start:it.end]), "minutes",
                              lead_in=line.text.strip())
            i += 1
        decision_headings(c, lo, hi)
        for pat in (MID_RESOLVED, ACTION, ACTS, BODY_VERB, PASSIVE, DEFERRED_LINE, MOVED_AGREED, WITHDREW):
            for m in pat.finditer(text, lo, hi):
                if pat is PASSIVE and not _passive_ok(text, m):
                    continue
                if pat is MID_RESOLVED:
                    # "It was RESOLVED that ...", "... and RESOLVED: ...": the resolution after the word
                    at = m.end() + len(text[m.end():m.end() + 8]) - len(text[m.end():m.end() + 8].lstrip(" :-–"))
                    start = _sentence_start(d, m.start(), lo)
                    # "the Committee resolved to refer ...", "It was unanimously RESOLVED to approve ...":
                    # the sentence is the resolution; so is one that names its mover and seconder
                    # ... and "The minutes of the Amenities Committee were received and it was RESOLVED that"
                    joined = m.group(0).startswith("and") or re.search(r"\band\s+(?:it\s+was\s+)?$", text[start:m.start()])
                    if MOVED_BEFORE.search(text, start, m.start()) or re.match(r"(?:\s+unanimously)?\s+to\s", text[m.end():m.end() + 18]) \
                            or (joined and m.start() - start < 200):
                        at = start
                    # "... seconded by ... and RESOLVED unanimously" / "– That the Council's thanks be ...": the dash
                    # opening the next line joins the resolution to its mover, it is no list's bullet
                    dash = re.match(r"(?:[ \t]+unanimously)?[ \t]*\n[ \t]*[-–—][ \t]*(?=That\b)", text[m.end():m.end() + 40])
                    if dash and at == start:
                        b = _sentence_end(d, m.end() + dash.end(), hi)
                        if not c.taken(at, b):
                            c.add(at, b, minutes_kind(text[at:b]), "minutes")
                        continue
                    c.sentence_or_list(at, at, hi, "minutes", None)
                    continue
                c.sentence_or_list(m.start(), lo, hi, "minutes", "action" if pat in (ACTION, ACTS) else None)
        headed_recommendations(c, lo, hi)
        action_log(c, lo, hi)
        decision_table(c, lo, hi)
        action_tags(c, lo, hi)
    record_of_decision(c)
    report_recommendations(c)
    records = drop_log_mentions(drop_debate_notes(d, _dedupe(sorted(c.out, key=lambda r: r.char_start))))
    records = split_compounds(d, records)
    credit_proposers(records, folded, d.item_at)
    carried_parts(records)
    votes_above(d, records)
    counted_votes(d, records)
    report_dates(text, report_ranges(d), d.minutes, records, doc.meta.date)
    return records


def _nested_leads(c: _Collector, after: int, hi: int) -> None:
    """"RESOLVED that:" followed by its own lead-ins: "This Council believes that: a) ... b) ...",
    "This Council agrees to call on ... to: a) ... b) ...". A statement of belief is one record;
    a lead-in to actions gives one record per item."""
    d = c.d
    i = d.line_index(after) + 1
    while i < len(d.lines) and d.lines[i].start < hi:
        s = d.lines[i].text.strip()
        if not s or re.fullmatch(r"And\s*[;:,]?|Or\s*[;:,]?", s, re.I):
            i += 1
            continue
        if (_is_stop(s) and not s.endswith(":")) or PARA_LINE.match(s) or ITEM_MARK.match(s):
            return
        start = d.lines[i].start
        end = _sentence_end(d, start, hi)
        if not d.text[start:end].rstrip().endswith(":"):
            return
        if re.search(r"\bbelieves?\b", d.text[start:end]):
            items = _list_items(d, end, hi)
            stop = items[-1].end if items else end
            c.add(start, stop, "decision", "minutes")
        else:
            c.sentence_or_list(start, start, hi, "minutes", None)
            items = _list_items(d, end, hi)
            stop = items[-1].end if items else end
        i = d.line_index(stop) + 1


def _with_heading(d: _Doc, a: int) -> int:
    """Start of the short heading lines right above ``a`` (an item deferred names only "This item")."""
    i = d.line_index(a)
    start = a
    for j in range(i - 1, max(-1, i - 4), -1):
        s = d.lines[j].text.strip()
        if not s and j == i - 1:
            continue
        if not s or len(s) > 80 or (ends_sentence(s) and not ITEM_TAG.match(s)):
            break
        start = d.lines[j].start
        if not ITEM_TAG.match(s):
            break
    return start


def _motions(c: _Collector, lo: int, hi: int) -> list[Motion]:
    """Record motions and amendments of each minute; return the proposals folded into a RESOLVED."""
    d = c.d
    cuts = sorted({off for off, _ in d.headings if lo <= off < hi} | {lo, hi})
    folded: list[Motion] = []
    for a, b in zip(cuts, cuts[1:]):
        emit, fold = find_motions(d.text, a, b, d.doc.meta.file)
        for m in emit:
            c.add(m.start, m.end, "decision", "minutes", motion=m)
        # what a folded proposal quotes is repeated by its RESOLVED: no records from the quote
        c.spans += [(m.start, m.end) for m in fold]
        # a resolution names the proposer of the motion it came from, voted on or not
        # (not a motion lost: "The Committee resolved not to refer ..." after it is no motion of its mover's)
        folded += [m for m in fold if m.form != "put"] + [m for m in emit if m.form == "motion" and m.proposer
                                                          and m.outcome != "lost"]
    return folded


def _passive_ok(text: str, m: re.Match[str]) -> bool:
    """Passive decisions in minutes ("It was agreed that", "The minutes ... were agreed as a
    correct record", "The policy was reviewed and adopted by the Board"), but not narrative
    ("had been approved", "to be approved", "was approved by NHS England")."""
    after = text[m.end():m.end() + 60]
    if m.group(0).lower().endswith("withdrawn") and re.match(r"\s+by\s+the\s+(?:applicant|agent|proposer|mover)\b", after) \
            and not re.search(r"\b(?:will|would|could|should|may|might|can|to|not|never)\s*$", text[max(0, m.start() - 20):m.start()]):
        # "This application was withdrawn by the applicant before the meeting", "... had been withdrawn by the
        # applicant": the item on the agenda falls
        return True
    if _NOT_PASSIVE_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
        return False
    if m.group(0).startswith("be") and m.group(0).endswith("accepted"):
        return False  # "Should the Council be accepted into ..." is no decision
    return not re.match(r"\s+by\b", after) or bool(_BY_BODY.match(after))


def _dedupe(records: list[Decision]) -> list[Decision]:
    """A cover sheet often repeats the report's recommendations word for word: keep the first."""
    seen: set[tuple[str, str, str, str]] = set()
    out = []
    for r in records:
        # a bare outcome ("Noted") is the record of each row or item that prints it, not a copy
        key = (r.kind, r.meeting_date, re.sub(r"\W+", " ", r.text.lower()).strip(),
               r.item if BARE_OUTCOME.match(r.text) else "")
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
