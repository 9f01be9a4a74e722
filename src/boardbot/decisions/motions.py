"""Motions and amendments in minutes: who proposed and seconded, what the vote was, the outcome.

Council minutes record a debate as numbered paragraphs: "1) Mr A proposed, and Mr B seconded
the motion that ...", "2) Mr C proposed and Mr D seconded the following amendment ...",
"3) The Chairman put the amendment set out in paragraph 2 to the vote ... For (12) ...
Against (50) ... Amendment lost.", then "RESOLVED that ...". A proposal becomes a record
when it was put *to the vote*, when the minutes give it an outcome of its own ("Agreed
unanimously."), when it is an amendment, or when no RESOLVED follows (a condolence motion).
A proposal simply "put" and then RESOLVED is recorded once, as the resolution, which
carries the proposer and seconder. A vote that names no earlier proposal ("The Chairman
put part 4 of the substantive motion to the vote") is a record of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..text.sentences import squash
from .division import DIVISION, SECONDED_MOVED, apply_division, division_end
from .forms import read_outcome, read_votes
from .motion import Motion

if TYPE_CHECKING:
    from .record import Decision

# ("County Councillor Hussain": a county council's members are styled so)
_WHO = (r"(?:The\s+)?(?:(?:County|Borough|District|Town)\s+(?=Councillor\b))?"
        r"(?:Chairman|Vice-Chairman|Chair|Vice-Chair|Leader|Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor)\b[^\n,.]{0,40}?")
_NUM = r"(?:\d{1,2}[.)][ \t]*|\d{1,3}\.\d{1,2}[ \t]+)?"  # "2) ", "41.4 "
PROPOSAL = re.compile(
    rf"(?:^[ \t]*{_NUM}"
    # ... or a sentence of its own run on after the discussion, its seconder named: "... for the rest of the
    # year. Cllr Blake proposed, and Cllr Osei seconded, that ..." (a verb alone mid-line is narrative)
    r"|(?<=[a-z0-9)][.] )(?=[^.]{0,120}?\bseconded\b))"
    rf"(?:(?:Following|After)[^,\n]{{0,40}},[ \t]*)?"
    # ... named with an office between commas: "Councillor Morgan, Leader of the Opposition, moved"
    rf"(?P<who>{_WHO}|[A-Z][a-z]+ [A-Z][a-z]+)(?:,\s+(?!seconded\b)(?P<office>[^\n,.]{{3,50}}?),)?\s+(?:proposed|moved|suggested),?(?:\s+and\s+(?P<sec>{_WHO}|[A-Z][a-z]+ [A-Z][a-z]+)\s+(?:seconded|agreed)\b"
    # "Cllr C Patel moved the following motion, seconded by Cllr D Hughes:"
    rf"|[^\n:]{{0,40}}?,?\s+seconded\s+by\s+(?P<sec2>{_WHO}|[A-Z][a-z]+ [A-Z][a-z]+)(?=\s*[:,.;]|\s*$))?",
    re.M,
)
# a member by title and name, "Councillor Jane Smith", "Mr Smith", or "The Leader"
# governors and board members are often named without a title: "proposed by Jean Whitford"
_NAMED = (r"(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Sir|Professor|Prof|Dame)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
          r"|(?:the\s+)?(?:Chairman|Vice-Chairman|Chair|Vice-Chair|Leader(?: of the Council)?)"
          r"|[A-Z][a-z]+\s+[A-Z][\w'’-]+(?=\s+(?:and|that|,)))")
# "The following motion was moved by Councillor A and seconded by Councillor B", "An amendment was moved by ..."
PASSIVE_PROPOSAL = re.compile(
    rf"^[ \t]*{_NUM}[^\n]{{0,40}}?\b(?:motion|amendment|Motion)\b[^\n]{{0,30}}?\bwas\s+(?:moved|proposed)\s+by\s+"
    rf"(?P<who>{_NAMED})(?:,?\s+and\s+seconded\s+by\s+(?P<sec>{_NAMED}))?",
    re.M,
)
# "It was moved by Mr A and seconded by Mrs B that: ..." (", as an amendment, that ..."): a proposal whose
# outcome comes later; "It was moved by ..., seconded by ... and agreed unanimously that ..." is decided
# in the same sentence, a resolution and no motion of its own
IT_WAS_MOVED = re.compile(
    rf"^[ \t]*{_NUM}It\s+was\s+(?:then\s+)?(?:moved|proposed)\s+by\s+(?P<who>{_NAMED})"
    rf"(?![^.]*?\band\s+(?:(?:was|were)\s+)?(?:unanimously\s+)?(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed|CARRIED|[Cc]arried)\b)"
    rf"(?:,?\s+(?:and\s+)?seconded\s+by\s+(?P<sec>{_NAMED}))?(?=(?:,\s*as\s+an\s+amendment,)?\s*(?:that|the\s+following)\b)",
    re.M,
)
# Northern Ireland councils: "Proposed by Councillor A, Seconded by Alderman B – That the Council ...", the
# vote and its outcome below; "Proposed by ..., Seconded by ... and Resolved – That ..." is a resolution
_NI_MEMBER = r"(?:Councillor|Cllr|Alderman|Mr|Mrs|Ms|Miss|Dr)\s+(?:[^\W\d_][\w'’-]*\s+)?[^\W\d_][\w'’-]+"
PROPOSED_SECONDED = re.compile(
    rf"^[ \t]*{_NUM}Proposed\s+by\s+(?P<who>{_NI_MEMBER}),?\s+(?:and\s+)?[Ss]econded\s+by\s+(?P<sec>{_NI_MEMBER})"
    r"\s*[-–—:,]\s*(?:[Tt]hat\b|[\"“])",
    re.M,
)
PUT = re.compile(r"^[ \t]*(?:\d{1,2}[.)][ \t]*)?[^\n]{0,50}?\bChair(?:man)?\s+put\b"
                 # "The substantive motion was then put to the vote and was CARRIED (For: 28, ...)"
                 r"|^[ \t]*(?:(?:After|Following)\s+[^,\n]{1,30},\s*)?The\s+(?:substantive\s+|original\s+)?(?:Notice\s+of\s+)?"
                 r"(?:motion|amendment|proposal)\b[^\n]{0,40}?"
                 r"\bwas\s+(?:then\s+)?put\s+to\s+the\s+(?:vote|meeting)\b"
                 # "The original motion then became the substantive motion. A recorded vote was ... taken ..."
                 r"|^[ \t]*The\s+original\s+motion\b[^\n]{0,20}?\bbecame\s+the\s+substantive\s+motion\b"
                 # "On being put to the vote the amendment was LOST.", "The substantive motion was then put and CARRIED"
                 r"|^[ \t]*On\s+being\s+put\s+to\s+the\s+vote\b|^[ \t]*On\s+a\s+division\b"
                 r"|(?:^[ \t]*|(?<=\.[ ]))On\s+a\s+recorded\s+vote\b"
                 # ... "After debate, the amendment was put and CARRIED. The substantive motion, as amended, was
                 # then put and CARRIED." (two votes on one line), "The recommendations were put to a recorded vote"
                 r"|(?:^[ \t]*|(?<=\.[ ]))(?:(?:After|Following)\s+[^,\n]{1,30},\s*)?The\s+(?:substantive\s+)?"
                 r"(?:motion|amendment)\b[^\n]{0,40}?\bwas\s+(?:then\s+)?put\s+and\b"
                 r"|(?:^[ \t]*|(?<=\.[ ]))The\s+recommendations\s+were\s+(?:then\s+)?put\s+to\s+a\s+(?:recorded\s+)?vote\b",
                 re.M | re.I)
# "2) ...", or a numbered paragraph of a minute, "41.4 Cllr Jarvis moved, and Cllr Kemp seconded, ..."
PARA = re.compile(r"^[ \t]*(?:(?P<n>\d{1,2})[.)]|\d{1,3}\.\d{1,2})\s", re.M)
RESOLVED = re.compile(r"^[ \t]*(?:\d{1,2}[.)][ \t]*)?RESOLVED\b", re.M)
# where a motion's block ends besides: the next minute ("24/117 Planning") or a new proposal put in
# the passive ("It was then proposed by Cllr R Hale, seconded by ... and RESOLVED to ...")
# a vote's own lines end at its outcome printed alone ("Carried.", "Lost.") or at the item's next lettered
# part, titled ("c) Insurance. Members agreed ..."): what follows is the meeting's next business. A part in
# brackets ("(a) The 10-year Capital programme ...") is the motion's own text, quoted before its vote
_VOTE_STOP = re.compile(r"^[ \t]*(?:(?P<said>(?i:carried|lost|defeated|fell|agreed))\.?[ \t]*$"
                        r"|[a-z]\)[ \t]+[A-Z][\w’'&-]*(?: [\w’'&-]+){0,5}\.[ \t])", re.M)
# the sentence that decides a proposal: "Upon being put to the vote the motion was CARRIED (7 for, 3 against)"
_DECIDED = re.compile(r"\b(?:motion|amendment|proposal)\s+was\s+(?:therefore\s+|duly\s+|then\s+)?"
                      r"(?:CARRIED|LOST|DEFEATED|carried|lost|defeated|not\s+carried)\b")
# the seconder named in a sentence of their own after the proposal
# ... or by office and name: "The Deputy Leader, Councillor Jenkins, seconded the recommendations."
_SECONDED = re.compile(r"(?:^|(?<=[.,]\s)|(?<=\band\s))(?:The\s+[A-Z][\w -]{2,40}?,\s+)?"
                       r"(?P<sec>(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w'’-]+"
                       r"(?:\s+[A-Z][\w'’-]+)?),?\s+seconded\s+the\s+(?:motion|amendment|proposal|recommendations?)\b", re.M)
# ("C.039/26 NOTICE OF MOTION", "PFC 19/26 INVESTMENT STRATEGY": a committee's prefix before the number)
NEXT = re.compile(r"^[ \t]*(?:[A-Z]{1,6}/)?\d{2}/\d{1,4}\s+[A-Z]|^[ \t]*[A-Z]{1,6}(?:\.|[ ])\d{2,3}/\d{2,4}\s+[A-Z]|\bIt\s+was\s+(?:then\s+)?(?:proposed|moved)\s+by\b"
                  r"|^[ \t]*Proposed\s+by\s+[^\n]{0,80}?\bSeconded\s+by\b"
                  # ... or the resolution that follows a lost amendment: "Members RESOLVED, by 12 votes to 3, ..."
                  r"|^[ \t]*(?:Members|The\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:unanimously\s+)?RESOLVED\b", re.M)



def _name(who: str | None) -> str:
    if not who:
        return ""
    w = squash(who)
    return re.sub(r"^the\s+", "the ", w, flags=re.I) if w.lower().startswith("the ") else w


def _para_at(text: str, start: int) -> int | None:
    m = PARA.match(text, start)
    return int(m.group("n")) if m and m.group("n") else None


def _proposals(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Proposals in the active ("Mr A proposed, and Mr B seconded") and passive ("... was moved by") voice."""
    found = [*PROPOSAL.finditer(text, lo, hi), *PASSIVE_PROPOSAL.finditer(text, lo, hi), *IT_WAS_MOVED.finditer(text, lo, hi),
             *SECONDED_MOVED.finditer(text, lo, hi), *PROPOSED_SECONDED.finditer(text, lo, hi)]
    return sorted(found, key=lambda m: m.start())


def find_motions(text: str, lo: int, hi: int, where: str = "") -> tuple[list[Motion], list[Motion]]:
    """(records to emit, proposals folded into the RESOLVED that follows them) in one minute."""
    proposed = _proposals(text, lo, hi)
    bounds = sorted({m.start() for m in PARA.finditer(text, lo, hi)} | {m.start() for m in RESOLVED.finditer(text, lo, hi)}
                    | {m.start() for m in proposed} | {m.start() for m in PUT.finditer(text, lo, hi)}
                    | {m.start() for m in NEXT.finditer(text, lo, hi)}
                    | {hi})

    def block_end(start: int) -> int:
        return next((b for b in bounds if b > start), hi)

    events = sorted([(m.start(), "P", m) for m in proposed]
                    + [(m.start(), "V", m) for m in PUT.finditer(text, lo, hi)], key=lambda e: e[0])
    proposals: list[Motion] = []
    taken: list[tuple[int, int]] = []
    out: list[Motion] = []
    since_v = True
    for start, what, m in events:
        end = block_end(start)
        block = text[start:end]
        para = _para_at(text, start)
        anchor = start + (len(PARA.match(text, start).group(0)) if PARA.match(text, start) else 0)
        anchor += len(text[anchor:end]) - len(text[anchor:end].lstrip())
        if what == "P":
            head = squash(block[:250]).lower()
            form = "amendment" if "amendment" in head.split("“")[0].split('"')[0] else "motion"
            if not m.groupdict().get("sec") and not m.groupdict().get("sec2") and re.search(r"\bit was agreed\b", block):
                form = "agreement"
            second = m.groupdict().get("sec") or m.groupdict().get("sec2")
            who = m.groupdict().get("office") or ""
            # "The Leader of the Council, Councillor Mensah, moved": the member, not the office
            who = who if re.match(r"(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\s", who) else m.group("who")
            mo = Motion(anchor, end, form, _name(who), _name(second), para=para)
            mo.outcome = read_outcome(text[_quote_end(text, anchor, end):end])
            mo.votes, mo.voters = read_votes(block, where)
            if not mo.outcome and re.search(r"\bagreed\s+to\s+the\s+(?:following\s+)?amendment\b", head):
                mo.outcome = "agreed"  # "Mr A suggested and the Leader and Cabinet agreed to the following amendment"
            if m.re is IT_WAS_MOVED:
                # narrative minutes run on after the proposal ("The Panel agreed ...", "The Chair to write
                # ..."): the record is the proposing sentence, what follows is read for its outcome only
                mo.end = _sentence_stop(text, anchor, end)
            elif (done := _DECIDED.search(text, anchor, end)) is not None:
                # "... On a show of hands the motion was LOST (4 for, 6 against)." ends the motion: what the
                # minutes go on to say ("The Committee resolved not to refer ...") is the next business
                mo.end = _sentence_stop(text, done.start(), end)
            if not mo.seconder and (sec := _SECONDED.search(text, anchor, mo.end)) is not None:
                # "Councillor Dunn moved ... that the application be refused ... Councillor Ellis seconded the motion."
                mo.seconder = _name(sec.group("sec"))
            proposals.append(mo)
            since_v = False
            continue
        stop = _VOTE_STOP.search(text, anchor + 1, end)
        if stop:
            end = stop.end() if stop.group("said") else stop.start()
            block = text[start:end]
        sentence = squash(block.split("\n\n")[0])
        if DIVISION.match(text, start) and apply_division(sentence, proposals):
            # the division's counts are the motion's and the amendment's; the Decision after it is its own
            taken.append((anchor, division_end(text, anchor, end)))
            since_v = True
            continue
        to_vote = "to the vote" in sentence or "voting was" in block
        ref = re.search(r"\bparagraph\s+(\d{1,2})\b", sentence)
        target = None
        if not re.search(r"\bpart\s+\d", sentence):
            if ref:
                target = next((p for p in proposals if p.para == int(ref.group(1))), None)
            elif proposals and not since_v:
                target = proposals[-1]
        if target is not None:
            # a vote on "the substantive motion" named by an amendment already decided is not the
            # amendment's: it keeps its own outcome ("Amendment carried.") and counts, or none
            target = _substantive_target(sentence, target, proposals)
        if target is not None and target.form == "amendment" and target.outcome and _MOTION_PUT.match(sentence):
            # "The Notice of Motion was put to the meeting and declared carried" after the amendment was
            # withdrawn (or lost): the vote is on the motion still open, not on the amendment
            target = next((p for p in reversed(proposals) if p.form == "motion" and not p.outcome), None)
        if target is None and re.match(r"\W*The\s+(?:proposal|recommendations)\b", sentence, re.I):
            # "The proposal was put to the vote" after an amendment's vote: the motion still open
            target = next((p for p in reversed(proposals) if p.form == "motion" and not p.outcome), None)
        if target is None and re.match(r"\W*The\s+original\s+motion\b(?!.*\bbecame\b)", sentence, re.I):
            # "The original motion was then put to the vote and CARRIED" after an amendment fell: the
            # vote is on the motion as moved, not a motion of its own
            target = next((p for p in reversed(proposals) if p.form == "motion"), None)
        votes, voters = read_votes(block, where)
        outcome = read_outcome(block[len(sentence) // 2:]) or read_outcome(block)
        if target is not None:
            target.to_vote = target.to_vote or to_vote
            target.votes = target.votes or votes
            target.voters = target.voters or voters
            target.outcome = target.outcome or outcome
            taken.append((anchor, end))
        elif to_vote:
            first = proposals[0] if proposals and "substantive" in sentence.lower() else (proposals[-1] if proposals else None)
            out.append(Motion(anchor, end, "motion", first.proposer if first else "", first.seconder if first else "",
                              outcome or "", votes, voters, para, True))
        else:
            motion = next((p for p in proposals if p.form == "motion" and not p.outcome), None)
            if motion and "substantive" in sentence.lower() and (outcome or votes):
                # "The substantive motion was then put and CARRIED (For 31, ...)" after a lost amendment
                motion.outcome, motion.votes, motion.voters, motion.to_vote = outcome, votes, voters, True
            taken.append((anchor, end))  # "The Chairman put the motion ... and it was agreed": no record
        since_v = True
    for p in proposals:
        if p.form == "amendment" and not p.outcome:
            # "3) The proposer and seconder of the original motion agreed to the amendment"
            nxt = text[p.end:block_end(p.end)]
            if re.search(r"\b(?:agreed\s+to|accepted)\s+the\s+amendment\b", nxt):
                p.outcome = "accepted"
    resolved_after = [r.start() for r in RESOLVED.finditer(text, lo, hi)]
    folded = []
    for p in proposals:
        has_resolution = any(r > p.start for r in resolved_after)
        if p.form == "amendment" or p.to_vote or p.votes or (p.outcome and p.outcome != "agreed" and not has_resolution):
            out.append(p)
        elif p.outcome and not has_resolution or not has_resolution or _own_outcome(text, p):
            out.append(p)
        else:
            folded.append(p)
    folded += [Motion(a, b, "put", emit=False) for a, b in taken]
    return sorted(out, key=lambda x: x.start), folded


_MOTION_PUT = re.compile(r"\W*The\s+(?:Notice\s+of\s+)?Motion\b(?!\s+as\s+amended)", re.I)
# outcomes by which an amendment's text became the motion before the meeting
_AMENDED = ("carried", "agreed", "accepted")


def _substantive_target(sentence: str, target: Motion, proposals: list[Motion]) -> Motion | None:
    """The proposal a vote on "the substantive motion" is for when ``target`` (named by paragraph, or
    the proposal just before) is an amendment already decided; ``target`` itself otherwise.

    An amendment carried became the substantive motion: putting that to the vote is a decision of its
    own, so None, and the vote is a record. After an amendment lost the substantive motion is the
    motion as moved, the last one before the amendment still awaiting its outcome (None, a record of
    its own, where no such motion is in the minute).
    """
    if target.form != "amendment" or not target.outcome or not re.search(r"\bsubstantive\s+motion\b", sentence, re.I):
        return target
    if target.outcome in _AMENDED:
        return None
    before = proposals[:proposals.index(target)] if target in proposals else proposals
    return next((p for p in reversed(before) if p.form == "motion" and not p.outcome), None)


def _sentence_stop(text: str, start: int, end: int) -> int:
    """End of the sentence opening at ``start``, a full stop inside a quoted motion not counting."""
    quoted = False
    for i in range(start, end):
        ch = text[i]
        if ch in "“”\"":
            quoted = ch == "“" or (ch == '"' and not quoted)
        elif ch in ".!?" and not quoted and (i + 1 == end or text[i + 1].isspace()):
            return i + 1
    return end


def _quote_end(text: str, start: int, end: int) -> int:
    """Past the quoted motion ("... seconded the motion that “...”"), where an outcome would sit."""
    close = max(text.rfind("”", start, end), text.rfind('"', start, end))
    return close + 1 if close > start else start


def _own_outcome(text: str, p: Motion) -> bool:
    """"Agreed." printed right under the proposal: a procedural motion decided there and then."""
    tail = text[_quote_end(text, p.start, p.end):p.end]
    return bool(re.search(r"(?:^|\.\s*|\n)\s*Agreed(?:\s+unanimously)?\.?\s*$", tail.strip(), re.I))


# "It was proposed by Cllr A Smith, seconded by Cllr B Jones and RESOLVED that ...": the mover and
# seconder belong to the resolution's sentence
OWN_MOVER = re.compile(r"\b(?:proposed|moved)\s+by\s+(?P<who>[^,.]{3,60}?),?\s+(?:and\s+)?seconded\s+by\s+"
                       r"(?P<sec>[^,.]{3,60}?)(?=,|\s+and\b|\s*$)")
MOVED_BEFORE = re.compile(r"\b(?:proposed|moved)\s+by\b[^.]{0,160}\bseconded\b", re.I)


def credit_proposers(records: list[Decision], folded: list[Motion], item_at: Callable[[int, bool], str]) -> None:
    """A resolution names the proposer and seconder of the motion it came from."""
    credited: dict[int, Decision] = {}
    for r in records:
        if r.proposer or r.source != "minutes" or r.form in ("motion", "amendment"):
            continue
        own = OWN_MOVER.search(r.text[:300])
        if own:  # "It was proposed by Cllr A Smith, seconded by Cllr B Jones and RESOLVED ..."
            r.proposer, r.seconder = squash(own.group("who")), squash(own.group("sec"))
            continue
        before = [m for m in folded if m.start < r.char_start and item_at(m.start, True) == r.item]
        if before:
            last = max(before, key=lambda m: m.start)
            # the motion's resolution is the first record after it, with the other parts of its list; a
            # later decision of the item ("Decision: The application from the Men's Shed was refused") is
            # not the motion's
            first = credited.setdefault(id(last), r)
            if first is not r and not (r.lead_in and r.lead_in == first.lead_in):
                continue
            r.proposer, r.seconder = last.proposer, last.seconder


# "The Leader ... moved the recommendations of the Cabinet", "moved that the Committee agree the recommendations"
_MOVED_RECS = re.compile(r"\bmoved\b[^.]{0,40}?\bthe\s+recommendations\b", re.I)
_RESOLVED_LEAD = re.compile(r"^(?:\d{1,2}[.)]\s*)?RESOLVED\b", re.I)


def carried_parts(records: list[Decision]) -> None:
    """Each part of the RESOLVED that a carried motion produced is the Council's resolution.

    "This Council: 1. notes that 1,140 homes were flooded ... 3. asks the Chief Executive to write ..."
    is what the Council resolved when it carried the motion: its parts are agreed as one, whatever
    their verb, not a noting of a paper or work given to an officer at the meeting's own initiative.
    """
    ordered = sorted(records, key=lambda r: r.char_start)
    for i, motion in enumerate(ordered):
        if motion.form != "motion" or motion.outcome != "carried" or motion.source != "minutes":
            continue
        if _MOVED_RECS.search(motion.text[:300]):
            continue  # a report's recommendations moved as they stand: each part keeps its own verb
        # the first RESOLVED list after the motion in its item, and only its parts
        lead = ""
        for r in ordered[i + 1:]:
            if r.form == "amendment":
                continue  # moved and lost (or folded in) before the substantive motion's vote
            if r.item != motion.item or r.form == "motion":
                break
            if not lead and _RESOLVED_LEAD.match(r.lead_in):
                lead = r.lead_in
            elif not lead and r.text.startswith("That "):
                break  # the motion's RESOLVED is one sentence: a list further on is another item's
            if lead and r.lead_in != lead:
                break
            if lead:
                r.form, r.outcome, r.kind = "resolution", "agreed", "decision"
                r.owner = r.deadline = ""
