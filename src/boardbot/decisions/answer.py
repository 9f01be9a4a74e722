"""Answer "what did the board decide / approve / recommend ..." from the register.

A question about decisions is answered with the verbatim decision texts and
their citations, so the reader gets the formal wording (and the meeting it was
made at) rather than a sentence that merely mentions the topic. "All decisions
about X" lists every matching record by date. When the register holds nothing
that covers the question's topic, this returns ``None`` and the assistant's
normal retrieval answers instead - a register answer about the wrong thing
would be worse than none.

Call it first in ``Assistant.ask``::

    from .decisions.answer import answer_from_register
    ans = answer_from_register(self, question, filters)
    if ans is not None:
        return ans
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from ..answer.meeting import body_title
from ..records import Answer, Citation
from ..search.query import preferences
from ..store.catalog import Catalog
from ..store.filters import Filters
from ..text.dates import MONTHS, YEAR_RE, date_range, day_named, human_date
from ..text.stemming import stem, stems_of
from ..text.terms import STOPWORDS, phrase_terms
from .excerpt import abridge, excerpt
from .export import outcome_text
from .extract import Decision
from .ranking import lead_key, reading_order
from .store import DecisionStore

log = logging.getLogger(__name__)

INTENT = re.compile(
    r"\b(?:decid\w*|decisions?|agree\w*|approv\w*|resolv\w*|resolutions?|recommend\w*|endors\w*|ratif\w*|"
    r"noted|actions?|asked to)\b",
    re.I,
)
LIST = re.compile(
    r"\b(?:all|every|each|list|any)\b[^?]{0,40}\b(?:decisions?|recommendations?|resolutions?|actions?|approvals?)\b"
    r"|\bsince\b|\bhistory of\b",
    re.I,
)
# "How many members voted against ...?", "How many abstained on ...?": the printed vote of a motion
VOTES_Q = re.compile(r"\bhow many\b[^?]{0,80}?\b(?:vot\w*|abstain\w*)|\bwhat was the vote\b|\bvote (?:count|result)", re.I)
_VOTE_SIDE = (("abstain", re.compile(r"\babstain\w*|\babstention", re.I)),
              ("against", re.compile(r"\bagainst\b|\bopposed\b", re.I)),
              ("for", re.compile(r"\bvot\w* for\b|\bin favour\b|\bsupport\w*", re.I)))
ACTIONS = re.compile(r"\bactions?\b|\bwho (?:is|was) (?:responsible|asked|tasked)\b", re.I)
RECOMMEND = re.compile(r"\brecommend\w*|\basked to\b", re.I)
# Words that say what kind of answer is wanted rather than what it is about.
_NOT_TOPIC = {
    stem(w) for w in """decide decided decides decision decisions agree agreed agrees agreement approve approved
    approves approval resolve resolved resolution resolutions recommend recommended recommends recommendation
    recommendations endorse endorsed ratify ratified note noted action actions meeting meetings committee
    sub-committee joint do done make made asked ask regarding concerning happen happened ever we us our
    owned own when since before until after date sub two went go goes gone put taken take
    vote voted votes voting abstain abstained abstaining abstention members councillors against favour many
    hear hearing heard item items discussion discussed consider considered considering""".split()
}
# Abbreviations board papers use interchangeably with the words they stand for.
ABBREVIATIONS = {
    "icb": "integrated care board", "icp": "integrated care partnership", "ics": "integrated care system",
    "hwb": "health wellbeing board", "hwbb": "health wellbeing board", "jfp": "joint forward plan",
    "bcf": "better care fund", "jhwbsc": "joint health wellbeing board sub-committee",
    "pna": "pharmaceutical needs assessment", "uec": "urgent emergency care", "asc": "adult social care",
    "dph": "director public health", "pbp": "place based partnership", "pid": "place integration deal",
}
# Topic phrases read as one term, so "Joint Forward Plan" is not "joint" (a board word) + "forward plan".
PHRASES = {abbr: re.compile(r"\b" + r"\s+(?:and\s+)?".join(words.split()) + r"\b", re.I) for abbr, words in {
    "jfp": "joint forward plan", "bcf": "better care fund", "pid": "place integration deal",
    "uec": "urgent emergency care", "pna": "pharmaceutical needs assessment", "asc": "adult social care",
    "ics": "integrated care system",
}.items()}
# Board-name words too common to say which board a question means.
GENERIC_SCOPE = {stem(w) for w in """joint health wellbeing care integrated board boards partnership partnerships
    committee sub council nhs borough boroughs county city london district place based meeting""".split()}
MIN_COVERAGE = 0.7  # share of the question's topic (IDF-weighted) a record and its item must cover
MIN_OWN_COVERAGE = 0.4  # ... and the record's own words, so an agenda title alone cannot carry it
SIBLING_COVERAGE = 0.4  # another item of a chosen resolution joins the answer at this coverage
ITEM_IS_TOPIC = 0.85  # ... unless the agenda item / paper title is itself what the question asks about
MAX_SINGLE = 4
MAX_LIST = 20


@dataclass
class _Scored:
    d: Decision
    coverage: float


def is_decision_question(question: str) -> bool:
    return bool(INTENT.search(question))


def topic_terms(question: str) -> list[str]:
    """Content words saying what the decision is about (not dates, not 'decide')."""
    out = []
    for abbr, pat in PHRASES.items():
        question = pat.sub(abbr, question)
    for t in phrase_terms(question):
        t = re.sub(r"['’]s$", "", t)  # "the Partnership's achievements": the partnership
        parts = [p for p in re.split(r"[-/]", t) if p]
        if len(parts) > 1 and stem(t) not in _NOT_TOPIC and not all(p in STOPWORDS for p in parts):
            out.append("-".join(parts))  # "place-based": a compound, matched as a phrase
            continue
        for part in parts:
            if (part in STOPWORDS or stem(part) in _NOT_TOPIC or part in MONTHS or YEAR_RE.fullmatch(part)
                    or part.isdigit() or len(part) < 2):
                continue
            out.append(part)
    return list(dict.fromkeys(out))


def _parts(t: str) -> list[str]:
    """The words a topic term stands for: an abbreviation's expansion, a compound's parts."""
    if t in PHRASES:
        return [w for w in ABBREVIATIONS[t].split() if w not in STOPWORDS]
    return t.split("-")


def coverage(terms: list[str], weights: dict[str, float], text: str) -> float:
    """IDF-weighted share of ``terms`` found in ``text`` (abbreviations count both ways)."""
    bag = stems_of(text)
    covered: set[str] = set()
    for t in terms:
        if "-" in t:
            if re.search(r"\b" + r"[\s\-–]+".join(map(re.escape, t.split("-"))) + r"\b", text, re.I):
                covered.add(t)
        elif stem(t) in bag or (t in PHRASES and PHRASES[t].search(text)) or (
                t in ABBREVIATIONS and t not in PHRASES and all(stem(w) in bag for w in ABBREVIATIONS[t].split())):
            covered.add(t)
    # "Joint Forward Plan" in the question, "JFP" in the record
    for abbr, words in ABBREVIATIONS.items():
        ws = [w for w in words.split() if w not in STOPWORDS and stem(w) not in _NOT_TOPIC]
        if abbr in bag and ws and all(w in terms for w in ws):
            covered.update(ws)
    total = sum(weights.get(t, 1.0) for t in terms) or 1.0
    return sum(weights.get(t, 1.0) for t in covered) / total


# A "when"/"which meeting" question asks about one kind of act: only records of that kind answer it.
_WHEN = re.compile(r"^\s*(?:when|on what date|what date|which meeting|at which meeting|in which month)\b", re.I)
_FAMILIES = [
    (re.compile(r"\b(?:approv|ratif|endors|adopt)\w*", re.I), ("approval",)),
    (re.compile(r"\brecommend\w*|\basked to\b", re.I), ("recommendation",)),
    (re.compile(r"\bnot(?:e|ed)\b", re.I), ("noting",)),
    (re.compile(r"\b(?:agree|decid|resolv|decision)\w*", re.I), ("decision", "approval")),
]


def _kinds_for(question: str) -> tuple[str, ...] | None:
    if not _WHEN.search(question):
        return None
    for pat, kinds in _FAMILIES:
        if pat.search(question):
            return kinds
    return None


def _scope(catalog: Catalog, terms: list[str],
           groups: tuple[str, ...] | None = None) -> tuple[set[str], tuple[str, ...]]:
    """Question words that name a board or organisation, and the files (with decisions) they single out.

    Only papers ``groups`` may read count: a private paper's board name must not change
    how a public reader's question is read.
    """
    # a board's name is its capitalised words: "was adopted by County Council", read from a paper's
    # text as its organisation, must not make "adopting" a board
    def capitals(names: str) -> set[str]:
        return stems_of(" ".join(w for w in re.findall(r"[A-Za-z][\w'’&-]*", names) if w[0].isupper()))

    names = catalog.bodies(groups, within="decisions")
    boards = {file: capitals(board) for file, (board, _) in names.items()}
    orgs = {file: capitals(org) for file, (_, org) in names.items()}
    per_file = {file: boards[file] | orgs[file] for file in names}
    every = set.intersection(*per_file.values()) if per_file else set()
    named = {t for t in terms if any(stem(t) in s for s in per_file.values())}
    distinctive = {stem(t) for t in named} - every - GENERIC_SCOPE
    # a body's own name ("Cabinet") says which meeting; an organisation's ("Kent") may only be part of
    # the topic ("the Kent Minerals and Waste Local Plan"), so it scopes only when no body is named
    by_board = {s for s in distinctive if any(s in b for b in boards.values())}
    scope, within = (by_board, boards) if by_board else (distinctive, per_file)
    files = tuple(sorted(f for f, s in within.items() if s & scope)) if scope else ()
    return named, files


def _weights(catalog: Catalog, terms: list[str], groups: tuple[str, ...] | None = None) -> dict[str, float]:
    """IDF of each topic term over the indexed chunks ``groups`` may read."""
    words = {t: _parts(t) for t in terms}
    idf = catalog.idf(sorted({w for ws in words.values() for w in ws}), groups)
    # a compound ("place-based") is as specific as its parts together; an abbreviation as its rarest word
    return {t: (sum if "-" in t else max)([idf.get(w, 1.0) for w in ws] or [1.0]) for t, ws in words.items()}


def answer_from_register(store: DecisionStore, catalog: Catalog, question: str,
                         filters: Filters | dict[str, Any] | None = None) -> Answer | None:
    """A cited answer from the decisions register, or None to let normal retrieval answer.

    ``catalog`` gives the topic words' IDF over the chunks the caller may read.
    """
    question = question.strip()
    votes_q = bool(VOTES_Q.search(question))
    if not (is_decision_question(question) or votes_q):
        return None
    if not store.count():
        return None
    f = Filters.from_any(filters)
    q_since, q_until = date_range(question)
    since = max(f.since, q_since) if f.since and q_since else (f.since or q_since)
    until = min(f.until, q_until) if f.until and q_until else (f.until or q_until)
    if since and until and since > until:
        return None
    named, board_files = _scope(catalog, topic_terms(question), f.groups)
    terms = [t for t in topic_terms(question) if t not in named]
    files = tuple(f.files)
    if board_files:
        files = tuple(x for x in files if x in board_files) if files else board_files
        if not files:
            return None
    kind = "action" if ACTIONS.search(question) and not RECOMMEND.search(question) else None
    listing = bool(LIST.search(question))
    common: dict[str, Any] = dict(board=f.board or None, since=since or None, until=until or None, kind=kind,
                                  groups=f.groups, files=files or None)
    if not terms:
        # "What did the Haringey sub-committee decide in December 2018?": everything at that meeting
        if not (board_files or q_since or q_until):
            return None
        rows = store.search(None, limit=MAX_LIST, **common)
        rows.sort(key=lambda d: (d.date_key, d.file, d.char_start))
        return _compose(question, rows, [1.0] * len(rows), True) if rows else None
    query = " ".join(" ".join(_parts(t)) for t in terms)
    cands = store.search(query, limit=MAX_LIST * 3 if listing else 30, **common)
    kinds = _kinds_for(question)
    if kinds:
        cands = [d for d in cands if d.kind in kinds]
    if votes_q:
        cands = [d for d in cands if d.votes]  # only a record with printed counts answers a vote question
    if not cands:
        return None
    weights = _weights(catalog, terms, f.groups)
    scored, near = [], []
    for d in cands:
        own = coverage(terms, weights, f"{d.lead_in} {d.text}")
        full = coverage(terms, weights, f"{d.lead_in} {d.text} \n{d.item}")
        item = coverage(terms, weights, d.item)
        log.debug("register: %.2f/%.2f/%.2f %s", own, full, item, d.text[:60])
        # the record's own words must carry part of the topic, unless its agenda item is the topic
        if full >= MIN_COVERAGE and (own >= MIN_OWN_COVERAGE or item >= ITEM_IS_TOPIC):
            scored.append(_Scored(d, full))
        elif full >= SIBLING_COVERAGE and own > 0 and d.lead_in:  # its own words touch the topic, not only its item's
            near.append(_Scored(d, full))
    if not scored:
        log.debug("register: nothing covers %s", terms)
        return None
    wants_rec = bool(RECOMMEND.search(question))
    # "on 4 March 2025" names one meeting: a decision of that month's other meeting is what the
    # papers give nearby, not the answer (issue 12: the meeting named must match)
    day = day_named(question) if q_since[:7] == q_until[:7] else ""
    miss = ""
    if day and day[:7] == q_since[:7] and not listing:
        # ... and a body named with it is that meeting's body: the County Council did not meet on Cabinet's day
        bodies = preferences(question).bodies
        on_day = [s for s in scored if s.d.meeting_date == day
                  and (not bodies or any(b in (s.d.board or "").lower() for b in bodies))]
        if on_day:
            scored = on_day
        else:
            of = f" of the {body_title(bodies[0])}" if bodies else ""
            miss = f"The register holds no decision{of} on this taken on {human_date(day)}; the nearest it holds:"
    if listing:
        chosen = sorted(scored, key=lambda s: (s.d.date_key, s.d.file, s.d.char_start))[:MAX_LIST]
    else:
        best = max(s.coverage for s in scored)
        top = [s for s in scored if s.coverage >= best - 0.15]
        if not wants_rec:
            # "what did they decide": what was resolved, not the report's recommendation or a proposed record
            made = [s for s in top if _made(s.d)]
            if not made and not miss:
                miss = "The papers give what the meeting was asked to decide, not the decision it took:"
            top = made or top
        top.sort(key=lambda s: (-round(s.coverage, 2), -(s.d.kind == "recommendation") if wants_rec else 0,
                                -s.d.score))
        chosen = top[:MAX_SINGLE]
        # the other items of the same resolution or recommendation list, where they touch the topic
        blocks = {(s.d.file, s.d.item, s.d.lead_in) for s in chosen if s.d.lead_in}
        chosen += [s for s in near if (s.d.file, s.d.item, s.d.lead_in) in blocks][: MAX_SINGLE + 2 - len(chosen)]
        chosen.sort(key=lambda s: reading_order(s.d))
        # the decision that best meets the question is read first (a reader gives an answer five seconds)
        first = max(chosen, key=lambda s: lead_key(s.d, s.coverage))
        chosen = [first, *(s for s in chosen if s is not first)]
    if votes_q and not listing:
        top = max(chosen, key=lambda s: s.coverage)
        # the motion's opening words say which it was (a motion can run to pages); its whole text
        # stays in the citation
        return _compose(question, [top.d], [top.coverage], False, lead=_vote_lead(question, top.d),
                        shown=[abridge(top.d.text)])
    rows = [s.d for s in chosen]
    shown = None if listing else [excerpt(d.text, lambda t: coverage(terms, weights, t)) for d in rows]
    return _compose(question, rows, [s.coverage for s in chosen], listing, miss=miss, shown=shown)


def _vote_lead(question: str, d: Decision) -> str:
    """"Against (37) [1]" - the count asked for, as the minutes print it; every count when none is named."""
    votes = d.votes or {}
    side = next((k for k, pat in _VOTE_SIDE if pat.search(question) and k in votes), "")
    return ", ".join(f"{k.capitalize()} ({v})" for k, v in votes.items() if k == side or not side) + " [1]"


def _made(d: Decision) -> bool:
    """A decision that was taken (minutes, a signed record), not one a report or proposal puts forward."""
    return d.source == "minutes" or d.outcome not in ("", "proposed", "recommended")


def _when(d: Decision) -> str:
    return human_date(d.meeting_date) if d.meeting_date else "undated"


_WHAT = {
    "recommendation": "recommended to the meeting", "action": "action", "approval": "approved",
    "noting": "noted", "decision": "decided",
}


def describe(d: Decision, with_board: bool = True) -> tuple[str, str]:
    """("approved", "24 March 2023, <board>, item 7. Better Care Fund ..."): what became of it, and where."""
    parts = [_when(d)]
    if with_board and d.board:
        parts.append(d.board)
    if d.item:
        parts.append(f"item {d.item}" if d.source == "minutes" else d.item)
    outcome = outcome_text(d)
    what = _WHAT.get(d.kind, d.kind)
    if d.form in ("motion", "amendment"):
        what = f"{d.form} {outcome}" if outcome else d.form
    elif outcome:
        what = outcome
    return what, ", ".join(parts)


def _compose(question: str, rows: list[Decision], covs: list[float], listing: bool, lead: str = "",
             shown: list[str] | None = None, miss: str = "") -> Answer:
    """The register's answer; ``shown`` replaces a record's words in the text (never in its citation).

    ``miss`` says why the records are not the answer (another meeting, only a recommendation): the
    answer is then partial, worded so that it cannot be read as the decision asked about.
    """
    # one meeting and item for every record: said once, in the heading, not on each line
    places = {describe(d)[1] for d in rows}
    shared = next(iter(places)) if len(places) == 1 and len(rows) > 1 else ""
    # a mover and seconder shared by every record (a motion and the parts it resolved) are named once
    movers = {(d.proposer, d.seconder) for d in rows}
    moved = next(iter(movers)) if len(rows) > 1 and len(movers) == 1 and any(next(iter(movers))) else None
    # a motion listed beside the resolutions it carried: its opening words say which it was, the
    # parts say what was decided (its whole text stays in the citation)
    parts = {(d.file, d.item) for d in rows if d.form not in ("motion", "amendment")}
    citations, lines, notes = [], [], []
    for n, (d, cov) in enumerate(zip(rows, covs), start=1):
        pairs = (("owner:", d.owner), ("by", d.deadline)) + (
            () if moved else (("proposed by", d.proposer), ("seconded by", d.seconder)))
        extra = "".join(f"; {k} {v}" for k, v in pairs if v and v not in d.text)  # "Mr X proposed ..." says it
        if d.linked:
            notes.append(f"[{n}] report: {', '.join(d.linked[:3])}")
        # the decision's words first, then its meeting: the reader sees what was decided at once
        what, where = describe(d)
        where = f"p{d.page}" if shared else f"{where}, p{d.page}"
        words = shown[n - 1] if shown else d.text
        if d.form in ("motion", "amendment") and (d.file, d.item) in parts:
            words = abridge(d.text)
        lines.append(f"{what[:1].upper()}{what[1:]}: \u201c{words}\u201d ({where}){extra} [{n}]")
        citations.append(Citation(
            n=n, file=d.file, page=d.page, quote=d.text, score=round(cov, 4), title=d.title, board=d.board,
            date=d.meeting_date, section=d.item, context=f"{d.lead_in} {d.text}".strip(),
        ))
    # the body is named with the meeting, after the decision's words: a long board name in the heading
    # pushed the decision itself past the first lines
    head = "From the decisions register"
    head += f" ({len(rows)} records, by date):" if listing else ":"
    head = f"{miss}\n{head}" if miss else head
    if len(rows) == 1 and not listing:
        text = f"{head} {lines[0]}"
    else:
        text = head + "\n" + "\n".join(f"- {ln}" for ln in lines)
        text += f"\nAll at: {shared}." if shared else ""
        if moved:
            text += "\n" + "; ".join(f"{k} {v}" for k, v in (("Proposed by", moved[0]), ("seconded by", moved[1])) if v)
    text = f"{lead}\n{text}" if lead else text
    return Answer(question, text, citations, bool(miss), passages=[], mode="register", lead=lead,
                  status="partial" if miss else "answered",
                  notes=[f"answered from the decisions register ({len(rows)} records)", *notes])
