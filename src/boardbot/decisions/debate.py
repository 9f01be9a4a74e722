"""What members said or observed in debate is not a decision: "Members noted that ...".

Minutes record the debate before the decision. "Members noted that 11 of the 19 tenants were
over 80" reports a point made; "members noted the guidance on filming" is the meeting taking
note, a record. Where an item ends in a RESOLVED, every "Members noted ..." before it is debate.

Nor is what the minutes report of decisions taken before: "Cabinet approved the scheme in March
2025", "At its meeting on 10 April 2025 the Committee resolved to ..." (another meeting's record,
found in that meeting's papers), what a paper says it holds ("This report sets out the recommendations
..."), or a question put ("A Member asked whether the Council had
resolved to ..."), or the narrative's mention of a decision a decision log records ("The report was
noted (D25/38)." above the log row "D25/38 The Board noted the Chief Executive's report ...").
"""

from __future__ import annotations

import re

from ..text.dates import MONTHS, find_dates, months_named
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


# a body's decision told in the past tense, lower case: "Full Council agreed the budget ... on 20 February"
_TOLD = re.compile(r"^(?:At its meeting (?:held )?on [^,]{4,40},?\s+)?(?P<body>(?:[Tt]he\s+)?(?:(?:[A-Z][\w’'&-]*|and|of|for|&)\s+){0,8}?"
                   r"(?:Cabinet|Council|Committee|Sub-Committee|Board|Panel|Group|Partnership|Forum))\b(?:['’]s)?"
                   r"[^.;]{0,80}?\b(?:approved|agreed|noted|resolved|decided|endorsed|adopted|ratified)\b")
_PERIOD_END = re.compile(r"\b(?:year|period|quarter|months?|half[- ]year)\s+(?:ended|ending|to)\s+(?:the\s+)?"
                         r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b")
_AT_ITS_MEETING = re.compile(r"^At its (?:last |previous )?meeting\b", re.I)
_BARE_MONTH = re.compile(r"\b(?:in|during)\s+(" + "|".join(m.title() for m in MONTHS if len(m) > 3) + r")\b(?!\s+\d)")
# the paper telling what it holds: "This report sets out the recommendations of the Committee ..."
# ... or "The note records what the Group agreed and the actions arising." (a meeting note's preamble)
_ABOUT_ITSELF = re.compile(r"^(?:This|The)\s+(?:report|paper|note)\s+(?:sets\s+out|summari[sz]es|describes|presents|outlines|"
                           r"brings|reports|records)\b", re.I)
# ... with whom it was put to between: "Governors asked the Non-Executive Directors how they held ..."
_QUESTION = re.compile(r"\basked\s+(?:(?:the\s+)?(?:(?!to\b)[\w’'-]+\s+){0,3}?)?(?:whether|if|why|how|what|when)\b|\?\s*$")
# a report's recommendation told before the meeting decides: "The report recommended that ... be approved"
_REPORT_SAID = re.compile(r"^The\s+(?:[\w’'-]+\s+){0,3}?report\s+(?:had\s+)?recommended\b")
# what a speaker told the meeting: "Ruth Abbey said that the ICB supported the plan ..." (the verb in it is
# the speaker's report, another body's view, not the meeting deciding)
_SPEECH = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Councillor|Cllr|The|the)\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}"
                     r"(?:said|explained|stated|replied|added|commented|remarked|observed|told\s+(?:the\s+)?\w+)"
                     r"\s+that\b")
# "The Cabinet noted the Forward Plan ... No resolution was required.": the minutes say it decided nothing
_NO_DECISION = re.compile(r"\b[Nn]o\s+(?:formal\s+)?(?:decision|resolution)\s+(?:was|is)\s+(?:required|needed)\b")


def told_before(text: str, meeting_date: str, board: str = "") -> bool:
    """Whether ``text`` reports a decision taken before the meeting: "At its meeting on 10 April the
    Committee resolved ...", or another body's lower-case past tense with a day or month before the
    meeting's, or "in June" with no year ("Cabinet approved the scheme in March 2025" in a scrutiny note).
    The meeting's own body ("The Board approved the accounts for the year ended 31 March") is deciding."""
    m = _TOLD.match(text)
    if not m:
        return False
    if _AT_ITS_MEETING.match(text):
        return True
    body = re.sub(r"^the\s+", "", m.group("body").lower())
    if not board or body in board.lower() or board.lower() in body:
        return False
    if _BARE_MONTH.search(text):
        return True
    # a period's end says what the decision covers, not when it was taken: "The Board approved the accounts for
    # the year ended 31 March 2016"
    text = _PERIOD_END.sub(" ", text)
    days = [d for _, d in find_dates(text) if len(d) == 10]
    return bool(meeting_date) and (any(d < meeting_date for d in days)
                                   or any(mo < meeting_date[:7] for mo in months_named(text)))


# an earlier meeting's decision the meeting is reminded of: "The Council noted that Councillor Rowe had been
# elected Leader of the Council at the Annual Meeting in May 2024 for a four-year term" (dated before it)
_NOTED_DONE = re.compile(r"^(?:The\s+(?:[A-Z][\w-]*\s+){1,4}|Members\s+)(?:also\s+)?noted\s+that\b[^.;]{0,120}?"
                         r"\bhad\s+(?:been\s+)?(?:re-?)?(?:elected|appointed|approved|agreed|adopted|resolved|decided)\b")


def noted_done_before(text: str, meeting_date: str) -> bool:
    """Whether ``text`` notes a decision dated before the meeting: "The Council noted that ... had been
    elected Leader ... in May 2024"."""
    if not meeting_date or not _NOTED_DONE.match(text):
        return False
    return any(mo < meeting_date[:7] for mo in months_named(text))


# a proposal agreed in debate on the way to the item's formal decision: "The Chair proposed that the closure
# should follow a period of public engagement, and members agreed." right above "The Board APPROVED the
# closure, amended so that ..."; "Members agreed that the programme should not be settled until it had."
# right above "Decision: That consideration ... be deferred". What was agreed is in the decision that follows.
AGREED_ON_THE_WAY = re.compile(
    r"^(?:[^.]{0,80}?\b)?(?:proposed|suggested)\s+that\b[^.]*,\s+and\s+(?:(?:members|Members)(?:\s+of\s+the\s+[A-Z][\w-]*)?"
    r"|the\s+[A-Z][\w-]*)\s+agreed\.?$"
    r"|^(?:Members|members)\s+agreed\s+that\b(?![^.]*\b(?:Clerk|Officer|Director|Head|Chair|Manager)\b)[^.]*\bshould\b[^.]*\.?$")
_GAP = 30  # what may sit between such a sentence and the decision: a "Decision:" subheading


def _on_the_way(d: _Doc, r: Decision, nxt: Decision | None) -> bool:
    """Whether ``r`` is a proposal agreed in debate with the formal decision ``nxt`` right after it."""
    if nxt is None or r.source != "minutes" or nxt.source != "minutes" or not AGREED_ON_THE_WAY.match(r.text):
        return False
    between = " ".join(d.text[r.char_start:nxt.char_start].split())
    return len(between) <= len(r.text) + _GAP and nxt.kind != "action"


def drop_debate_notes(d: _Doc, records: list[Decision]) -> list[Decision]:
    """Records that report the debate: observations anywhere, any "Members noted" in an item with a RESOLVED,
    and proposals agreed in debate right before the decision they led to."""
    records = [r for i, r in enumerate(records) if not _on_the_way(d, r, records[i + 1] if i + 1 < len(records) else None)]
    resolved_items = set()
    for lo, hi, _ in d.minutes:
        for i in range(d.line_index(lo), len(d.lines)):
            if d.lines[i].start >= hi:
                break
            if RESOLVED_LINE.match(d.lines[i].text.strip()) and d.lines[i].text.strip()[:1] != "(":
                resolved_items.add(d.item_at(d.lines[i].start, True))
    return [r for r in records if not (r.source == "minutes" and (DEBATE_ANYWHERE.match(r.text) or (
        r.item and r.item in resolved_items and DEBATE_NOTE.match(r.text))
        or _QUESTION.search(r.text) or _SPEECH.match(r.text) or _ABOUT_ITSELF.match(r.text) or _REPORT_SAID.match(r.text)
        or _decided_nothing(d, r) or told_before(r.text, r.meeting_date, r.board)
        or noted_done_before(r.text, r.meeting_date)))]


def _decided_nothing(d: _Doc, r: Decision) -> bool:
    """A noting the minutes follow with "no decision was required" in the same or the next sentence."""
    if r.form != "noted":
        return False
    return bool(_NO_DECISION.search(d.text, r.char_start, r.char_start + len(r.text) + 60))


# a decision log's reference: "D25/38", "ICB/25/041"
_LOG_REF = re.compile(r"\b[A-Z]{1,4}/?\d{2}/\d{2,4}\b")


def drop_log_mentions(records: list[Decision]) -> list[Decision]:
    """Records that only mention, by its reference, a decision the paper's decision log records."""
    logged = {m.group(0): r.kind for r in records if (m := _LOG_REF.match(r.text))}
    # an action log's row records the work only: "The Board NOTED the annual report and asked that ... (action
    # A25/32)" is still the noting; only an action pointing at it is that row again
    return [r for r in records if _LOG_REF.match(r.text) or not any(
        ref in logged and (logged[ref] != "action" or r.kind == "action") for ref in _LOG_REF.findall(r.text))]
