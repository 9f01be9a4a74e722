"""Lay an answer out so a board member can read it in five seconds.

- a factual question (who, how much, how many, when, where, which) opens with a direct
  answer line - the name, figure, date or place taken from the supporting sentence, with
  its citation ("£24.6 million [1]") - then at most two supporting quotes;
- a decision question lists the decisions, each with its meeting and date;
- an open question gets at most three complete sentences;
- a near miss says what the papers do give ("The papers give the 2023-24 figure (£... [1]),
  not 2022-23.") and is never worded as the answer.

Quotes after the first are added only while the answer stays within ``BUDGET`` characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Hit
from ..text.dates import CLOCK_RE, DATE_MENTION_RE, DATE_RE, MONTH_NAMES, find_dates
from ..text.sentences import ROW_MARK
from ..text.stemming import stem
from .checks import (
    HONORIFIC,
    PLACE_RE,
    ROLE_RE,
    amounts,
    level_figures,
    persons,
    role_asked,
    sum_asked,
    titled,
)
from .nearby import counts_asked, counts_head, nearness, phrase_matches
from .scope import found_years, qualifiers

BUDGET = 650  # characters: a supporting quote is added only while the answer stays within this
FACTUAL = ("who", "amount", "when", "where", "time", "which")
_KIND = {"amount": "figure", "who": "name", "when": "date", "where": "place", "time": "time", "which": "name"}
_MONEY_HINT = re.compile(r"£|%|per cent|million|billion|bn\b|\bm\b|k\b")
_WORD_NUMBER = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.I)
_HOW_MANY = re.compile(r"\bhow many\b|\bnumber of\b", re.I)
NEAR_STEP = 1.5  # how much closer the question's words must stand for a later name to be the one asked about



@dataclass
class Quote:
    """One quoted unit and where it is: citation number, paper and the chunk it came from."""

    n: int
    text: str
    hit: Hit


def long_date(iso: str) -> str:
    """"2025-01-09" as "9 January 2025" ("2025-01" as "January 2025"); anything else unchanged."""
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return iso


def meeting_of(hit: Hit) -> str:
    """"Cabinet, 9 January 2025": the meeting a quoted decision was made at, from the paper's metadata."""
    m = hit.metadata
    board = str(m.get("board", "") or "")
    when = long_date(str(m.get("meeting_date", "") or ""))
    return ", ".join(x for x in (board, when) if x)


def direct_answer(qtype: str, text: str, question: str) -> str | None:
    """The name, figure, date or place in ``text`` that answers a ``qtype`` question, or None."""
    if qtype == "amount":
        return _amount(text, question)
    if qtype == "who":
        asked = question.lower()
        found = persons(text, question)
        if found:
            # the person beside the role or words asked about ("From: Oliver Richardson, Armed Forces
            # Champion"), else the first person named
            # the person beside the words that set the question apart ("Vice-Chairman Cllr Vince Maple");
            # a titled name ("Mr Hood") is a person for sure, two capitalised words may be anything
            # ... and first the one printed with the post asked about ("Harry Rayner – MEM (Chair)")
            role = role_asked(question)
            best = max(found, key=lambda m: (bool(role) and titled(text, m, role), counts_asked(text, m.start(), m.end(), question),
                                              round(nearness(text, m.start(), m.end(), question) / NEAR_STEP),
                                              bool(HONORIFIC.match(m.group(0))), -m.start()))
            return best.group(0).strip()
        roles = [m.group(0).strip() for m in ROLE_RE.finditer(text) if m.group(0).lower() not in asked]
        return roles[0] if roles else None
    if qtype == "when":
        given = {d for _, d in find_dates(question)}
        full = [(at, d) for at, d in find_dates(text) if d not in given]
        if full:
            # the date as the paper writes it ("24th October 2019"), so the line quotes it; a numeric or
            # ISO date is spelled out ("24/10/2019" -> "24 October 2019")
            at, iso_date = full[0]
            written = DATE_RE.match(text, at)
            return written.group(0) if written else long_date(iso_date)
        mentions = [m.group(0) for m in DATE_MENTION_RE.finditer(text) if m.group(0) not in question]
        return _widen_month(text, mentions[0]) if mentions else None
    if qtype == "time":
        m = CLOCK_RE.search(text)
        return m.group(0) if m else None
    if qtype == "where":
        m = PLACE_RE.search(text)
        if not m:
            return None
        # "Place Bury Library Time 11.15am": the place, without the cover's field labels around it
        place = re.sub(r"^(?:Place|Venue|Location)\s+", "", m.group(0).strip(" ,"))
        return re.sub(r"\s+(?:Time|Date|Attendees|Present|Apologies|Chair)$", "", place)
    if qtype == "which":
        return named_kind(text, question)
    return None


def _widen_month(text: str, mention: str) -> str:
    """"September" to "September 2011" when the year follows it."""
    m = re.search(re.escape(mention) + r"\s+((?:19|20)\d\d)\b", text)
    return f"{mention} {m.group(1)}" if m else mention


_SHORT_SPAN = re.compile(r"\b(?:20)?(\d\d)\s*[-/–]\s*(?:20)?(\d\d)\b")
_CELL_ALIASES = {"yr": "year", "yrs": "year", "fy": "year"}


def _cell_words(text: str) -> set[str]:
    """A header cell's or question's words for matching a column: stems, "Yr" read as "year", and a
    year span in one form ("2023/24", "2023-2024", "23/24" -> "23-24")."""
    spans = {f"{a}-{b}" for a, b in _SHORT_SPAN.findall(text)}
    plain = _SHORT_SPAN.sub(" ", text.lower())
    return spans | {stem(_CELL_ALIASES.get(w, w)) for w in re.findall(r"[a-z]+|\d+", plain)}


def column_cell(text: str, question: str) -> str | None:
    """The cell of a rebuilt table row under the one column the question names.

    "Funding Sources | Income Yr 1 | Income Yr 2 | ... :: Total | £28,316,908 | £30,627,860 | ..." answers
    "what is the total Year 1 income?" with the cell under "Income Yr 1", not the row's first figure.
    None when the row has no header, the question names no column, or names two equally.
    """
    if " :: " not in text or ROW_MARK not in text:
        return None
    head, row = text.split(" :: ", 1)
    header, cells = head.split(ROW_MARK), row.split(ROW_MARK)
    if len(header) != len(cells) or len(cells) < 3:
        return None
    asked = _cell_words(question)
    scores = [len(_cell_words(h) & asked) if i else 0 for i, h in enumerate(header)]
    best = max(scores)
    if best == 0 or scores.count(best) > 1:
        return None
    cell = cells[scores.index(best)].strip()
    return cell if amounts(cell) else None


def _amount(text: str, question: str) -> str | None:
    if (cell := column_cell(text, question)) is not None:
        return cell
    spans = amounts(text, question)
    if not spans:
        if not _HOW_MANY.search(question):
            return None
        # "Eight KPIs did not meet ...": a count in words, of the thing asked about ("six-week" is no count)
        words = [m for m in _WORD_NUMBER.finditer(text)
                 if not text.startswith("-", m.end()) and counts_asked(text, m.start(), m.end(), question)]
        return words[0].group(0) if words else None
    many = bool(_HOW_MANY.search(question))
    levels = set(level_figures(text, spans)) if sum_asked(question) else None
    terms = [w for w in re.findall(r"[a-z]{4,}", question.lower())]
    low = text.lower()
    anchors = [m.start() for t in terms for m in re.finditer(re.escape(t[:6]), low)]

    # the words a figure owns in a list of figures: "£1,926.7k from our allocation of New Homes Bonus", not
    # the "£1,758.1k" that follows "Bonus and" (when no figure owns more of the question's words, all tie)
    owned = {sp: phrase_matches(text, spans, i, question) for i, sp in enumerate(spans)}
    own_best = max(owned.values(), default=0)

    def rank(span: tuple[int, int]) -> float:
        val = text[span[0]:span[1]]
        score = (-1.0 if "%" in val else 0.0) if many else (2.0 if _MONEY_HINT.search(val) else 0.0)
        if levels is not None and span not in levels:
            score -= 2.5  # "how much did KCC have invested": the sum, not the rate or the change beside it
        score += 1.0 if "," in val or "." in val else 0.0
        if len(re.sub(r"\D", "", val)) == 1 and not _MONEY_HINT.search(val):
            score -= 1.0  # "1" of "1. The Council...": a list number, rarely the figure asked for
        if anchors:
            score -= min(abs(span[0] - a) for a in anchors) / 200
        if own_best and owned[span] < own_best:
            score -= 1.0
        return score

    if many:
        # a count is a whole number, not "14.22" of "Sections 14.15 to 14.22"
        # ... nor a share: "10% of excess winter deaths" is not how many died
        # ("1.3 million additional people" is a whole count, told in millions)
        counted = [sp for sp in spans if counts_asked(text, *sp, question)
                   and not {"£", "%"} & set(text[sp[0]:sp[1]]) and "per cent" not in text[sp[0]:sp[1]]
                   and ("." not in text[sp[0]:sp[1]] or re.search(r"\d\s?(?:million|billion|bn)\b", text[sp[0]:sp[1]]))]
        if not counted:
            return None  # no count of the thing asked about: no direct line rather than a wrong one
        # "Over 700 households", not "the five Blackpool Priority Wards", for "how many households"
        spans = [sp for sp in counted if counts_head(text, *sp, question)] or counted
    a, b = max(spans, key=rank)
    return text[a:b].strip()


def compose(quotes: list[Quote], direct: str | None, decision: bool) -> str:
    """The answer text: a direct answer line where there is one, then the quotes."""
    parts = []
    for q in quotes:
        where = meeting_of(q.hit) if decision else ""
        parts.append(f"{where}: {q.text} [{q.n}]" if where else f"{q.text} [{q.n}]")
    text = ("\n" if decision and len(parts) > 1 else " ").join(parts)
    return f"{direct} [{quotes[0].n}]\n{text}" if direct and quotes else text


def kept_quotes(quotes: list[Quote], direct: str | None, decision: bool, budget: int = BUDGET) -> list[Quote]:
    """The first quote, and those after it that keep the answer within ``budget`` characters."""
    used = len(direct or "")
    out = []
    for i, q in enumerate(quotes):
        size = len(q.text) + (len(meeting_of(q.hit)) + 2 if decision else 0)
        if i and used + size > budget:
            break
        out.append(q)
        used += size
    return out


def near_miss(qtype: str, quote: Quote, missing: list[str], question: str) -> str:
    """A near miss, worded as what the papers give - never as the answer."""
    value = direct_answer(qtype, quote.text, question) if qtype in FACTUAL else None
    # a month asked about ("2019-07") is told as one ("July 2019"), not read as the financial year 2019-07
    months = set(qualifiers(question).months)
    missing = [f"{MONTH_NAMES[int(m[5:]) - 1]} {m[:4]}" if m in months else m for m in missing]
    years = [m for m in missing if re.fullmatch(r"(?:19|20)\d\d(?:-\d\d)?", m)]
    if years:
        given = [y for y in (found_years(quote.text) or found_years(quote.hit.file)) if y not in missing]
        if given:
            what = f"{value} [{quote.n}]" if value else f"[{quote.n}]"
            return (f"The papers give the {given[0]} {_KIND.get(qtype, 'information')} ({what}), "
                    f"not {', '.join(years)}: {quote.text} [{quote.n}]")
    if missing:
        scoped = " or ".join(f"by {long_date(m[3:])}" if m.startswith("by ") else long_date(m) for m in missing)
        return f"The nearest the papers give does not mention {scoped}: {quote.text} [{quote.n}]"
    kind = _KIND.get(qtype, "answer")
    return f"The papers do not give the {kind} asked for. The nearest they give is: {quote.text} [{quote.n}]"


# "Which road safety award ... ?" -> the kind asked about ("award"): the words after "which" up to the verb
_WHICH = re.compile(r"^\s*which\s+(?P<phrase>.+?)\s+(?=(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could"
                    r"|should|won|wins|took|takes|received|receives|got|gets|leads?|led|runs?|ran|holds?|held)\b"
                    r"|[a-z]+ed\b)", re.I)
# a name in capitals: "Prince Michael International Road Safety Award", "31ten Consulting", "CRR0056"
_CAPS = re.compile(r"\b[A-Z0-9][\w’'&-]*(?:(?:\s+(?:and|of|for|&|on|in|the))*\s+[A-Z0-9][\w’'&-]*)*")


def named_kind(text: str, question: str) -> str | None:
    """The name in ``text`` of the kind of thing a "which" question asks about, not one the question gives."""
    m = _WHICH.match(question)
    if not m:
        return None
    # "place in Lancashire and South Cumbria": the kind is "place", before its qualifiers
    phrase = re.split(r"\s+(?:in|of|for|at|on|from|to|with|by|that|which|whose)\s+", m.group("phrase"), maxsplit=1)[0]
    words = re.findall(r"[A-Za-z]+", phrase)
    if not words:
        return None
    head = stem(words[-1].lower())
    asked = set(re.findall(r"[a-z0-9]+", question.lower()))
    for span in _CAPS.finditer(text):
        name = re.sub(r"^(?:(?:19|20)\d\d|The)\s+", "", span.group(0)).strip()
        tokens = re.findall(r"[A-Za-z]+", name)
        # a name made only of the question's words is what it gives, not what it asks
        if not tokens or set(re.findall(r"[a-z0-9]+", name.lower())) <= asked or len(name) > 90:
            continue
        # the kind is in the name ("... Road Safety Award"), or the name follows it ("risk CRR0056")
        own = any(stem(t.lower()) == head for t in tokens) and len(tokens) > 1
        after = re.search(rf"\b{re.escape(words[-1])}\s*$", text[max(0, span.start() - 40):span.start()], re.I)
        if own or after:
            return name
    return None
