"""The meeting a decision question names: "What did Cabinet decide on 13 February 2025 about ...?".

A body and a day together name one meeting. A passage from another body's papers of that day
(the County Council met on 13 February; Cabinet did not) or from that body on another day is
what the papers give nearby, not what was decided there (issue 12: the body and meeting named
must match the sentence, its section or its paper).
"""

from __future__ import annotations

import re

from ..records import Hit
from ..search.query import Preferences
from ..text.dates import CLOCK_RE, find_dates, human_date


def body_title(body: str) -> str:
    """"health and wellbeing board" -> "Health and Wellbeing Board"."""
    return " ".join(w if w in ("and", "of", "for") else w[:1].upper() + w[1:] for w in body.split())


def meeting_named(prefs: Preferences) -> tuple[list[str], str]:
    """(bodies, day) of the one meeting a decision question names, or ([], "") when it names none."""
    if not (prefs.decision and prefs.bodies and len(prefs.days) == 1):
        return [], ""
    return prefs.bodies, next(iter(prefs.days))


def meets(bodies: list[str], day: str, hit: Hit, sentence: str) -> bool:
    """Whether ``sentence`` of ``hit`` can be about that meeting: its paper records that body's decisions
    of that day (minutes, a record of decision - a report to the meeting only proposes), or the sentence
    itself names the body and the day."""
    board = str(hit.metadata.get("board") or "").lower()
    date = str(hit.metadata.get("meeting_date") or "")
    if _recorded(hit, sentence) and date == day and any(b == board or b in board for b in bodies):
        return True
    low = sentence.lower()
    return any(b in low for b in bodies) and human_date(day).lower() in low


# a decision told as taken, not one still to take ("a date to be agreed in June 2019")
_TAKEN = re.compile(r"(?<!to be )\b(?:agreed|approved|resolved|decided|noted|endorsed|adopted)\b", re.I)


def _recorded(hit: Hit, sentence: str) -> bool:
    """Whether ``sentence`` of ``hit`` records a decision of its passage's meeting: a paper of minutes or
    decisions, or the minutes of the last meeting inside an agenda pack (their pages carry that meeting's
    date) telling of a decision taken."""
    kind = hit.metadata.get("doc_type")
    return kind in ("minutes", "record of decision") or (kind == "agenda pack" and bool(_TAKEN.search(sentence)))


def month_named(prefs: Preferences) -> tuple[list[str], str]:
    """(bodies, YYYY-MM) of the meeting a decision question names by its month ("at its June 2019
    meeting", "in January 2025"), or ([], "") when it names none or names the day."""
    if not (prefs.decision and prefs.bodies and not prefs.days and len(prefs.months) == 1):
        return [], ""
    return prefs.bodies, next(iter(prefs.months))


def meets_month(bodies: list[str], month: str, hit: Hit, sentence: str) -> bool:
    """Whether ``sentence`` of ``hit`` can be about that body's meeting in ``month``: its paper records the
    body's decisions of a day in that month, or the sentence tells of the body deciding in that month."""
    board = str(hit.metadata.get("board") or "").lower()
    date = str(hit.metadata.get("meeting_date") or "")
    if _recorded(hit, sentence) and date[:7] == month and any(b == board or b in board for b in bodies):
        return True
    low = sentence.lower()
    words = human_date(f"{month}-01").split(" ", 1)[-1].lower()  # "june 2019"
    return any(b in low for b in bodies) and words in low and bool(_TAKEN.search(sentence))


def meeting_missing(prefs: Preferences, units: list[tuple[Hit, str]]) -> str:
    """"Cabinet on 13 February 2025" when no unit can be about the meeting the question names, else ""."""
    bodies, day = meeting_named(prefs)
    if day:
        if any(meets(bodies, day, hit, text) for hit, text in units):
            return ""
        return f"{body_title(bodies[0])} on {human_date(day)}"
    bodies, month = month_named(prefs)
    if not month or any(meets_month(bodies, month, hit, text) for hit, text in units):
        return ""
    return f"{body_title(bodies[0])} in {human_date(month + '-01').split(' ', 1)[-1]}"


# "What did the Governance and Audit Committee decide", "What did Medway's full Council agree": the body
# whose decision is asked for, named by its own words before a body noun
_ASKED_BODY = re.compile(
    r"\bwhat\s+did\s+(?:the\s+)?((?:[A-Z][\w&-]*(?:['’]s)?\s+|(?:and|of|for|&|full)\s+)+?"
    r"(?:[Cc]ommittee|[Bb]oard|[Pp]anel|[Cc]ouncil|[Gg]roup|[Ff]orum|[Pp]artnership|[Aa]ssembly|[Ss]ub-[Cc]ommittee))"
    r"\s+(?:decide|agree|resolve|approve|endorse|note|vote|recommend)", re.I)
_BODY_WORDS = frozenset("the and of for full committee board panel council group forum partnership assembly "
                        "sub-committee county city borough district cabinet joint".split())


def body_asked(question: str) -> list[str]:
    """The words that tell apart the body whose decision ``question`` asks for ("medway" of "Medway's full
    Council", "governance", "audit"); [] when it names none or only a kind of body ("the County Council")."""
    m = _ASKED_BODY.search(question)
    if not m or not m.group(1)[:1].isupper():
        return []
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", re.sub(r"['’]s\b", "", m.group(1).lower()))
    return [w for w in words if w not in _BODY_WORDS]


def body_missing(question: str, units: list[tuple[Hit, str]]) -> str:
    """The body a decision question names when no unit's paper is that body's (its board, organisation or
    title) and no unit names it: another body's decision is what the papers give nearby, not the answer."""
    words = body_asked(question)
    if not words:
        return ""
    for hit, _ in units:
        md = hit.metadata
        paper = " ".join(str(md.get(k) or "") for k in ("board", "organisation", "title", "section")).lower()
        if all(re.search(rf"\b{re.escape(w)}", paper) for w in words):
            return ""
    return _ASKED_BODY.search(question).group(1).strip()


def start_time_unit(days: tuple[str, ...], units: list[tuple[Hit, str]]) -> int | None:
    """Which of ``units`` gives the time of the meeting on one of ``days`` ("What time was Cabinet on 13 March
    2025 due to start?"): a clock time in a paper of that meeting (its agenda's front sheet: "Thursday,
    13th March, 2025, at 3.00 pm") or beside that day. A front sheet shares few words with the question, so
    it is found by its meeting, not by its score."""
    for i, (hit, text) in enumerate(units):
        if not CLOCK_RE.search(text):
            continue
        if str(hit.metadata.get("meeting_date") or "") in days or any(d in days for _, d in find_dates(text)):
            return i
    return None
