"""What a question says about *which* papers should answer it, beside what it asks.

A member asks "What did Cabinet decide on 9 January 2025 about devolution?" or
"what's the latest position on devolution?". The words name a meeting body and a
date, ask for a decision, or ask for the newest word; none of them is content to
find in a passage. Each becomes a preference the reranker weighs against the
paper's metadata (read from its text at ingest): the body and meeting date of the
chunk, the paper's kind, and how recent its meeting is among the candidates.
Nothing here reads the index: a question is analysed in microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..parsing.metadata import BOARD_PATTERNS
from ..text.dates import find_dates, months_named

DECISION_RE = re.compile(r"\b(?:decid\w*|decision\w*|agree[ds]?|resolv\w*|approv\w*|endors\w*|vot\w*)\b", re.I)
LATEST_RE = re.compile(r"\b(?:latest|current(?:ly)?|now|most recent|newest|up[- ]to[- ]date|at present)\b", re.I)
# "In Appendix E of the budget", "Annex 2": a paper named by its label
LABEL_RE = re.compile(r"\b(appendix|annex|annexe|schedule)\s+([A-Z]{1,2}|\d{1,2})\b(?![.\d])", re.I)
# kinds of paper that record what a meeting decided, and how strongly
DECISION_KINDS = {"minutes": 1.0, "record of decision": 0.5}


@dataclass
class Preferences:
    bodies: list[str] = field(default_factory=list)  # meeting bodies named, lower case
    days: set[str] = field(default_factory=set)  # YYYY-MM-DD named
    months: set[str] = field(default_factory=set)  # YYYY-MM named
    decision: bool = False  # asks what was decided / agreed / resolved / approved
    latest: bool = False  # asks for the latest / current position
    labels: set[str] = field(default_factory=set)  # papers named by label: "appendix e"

    @property
    def any(self) -> bool:
        return bool(self.bodies or self.days or self.months or self.decision or self.latest or self.labels)


# a body as members abbreviate it in a question: "the HWB/ICP meeting", "the ICB Board"
_ABBREVIATED = {"HWBB": "health and wellbeing board", "HWB": "health and wellbeing board",
                "ICP": "integrated care partnership", "ICB": "integrated care board"}


def preferences(question: str) -> Preferences:
    bodies: list[str] = []
    for pat in BOARD_PATTERNS:
        for m in re.finditer(pat, question, re.I):
            name = m.group(0).lower()
            if not any(name in b for b in bodies):
                bodies.append(name)
    for short, name in _ABBREVIATED.items():
        if re.search(rf"\b{short}s?\b", question) and not any(name in b for b in bodies):
            bodies.append(name)
    days = {d for _, d in find_dates(question) if len(d) == 10}
    return Preferences(bodies, days, months_named(question) | {d[:7] for d in days},
                       bool(DECISION_RE.search(question)), bool(LATEST_RE.search(question)), labels(question))


def labels(text: str) -> set[str]:
    """The paper labels ``text`` names ("Appendix E" -> "appendix e"; "annexe" is "annex")."""
    return {f"{m.group(1).lower().replace('annexe', 'annex')} {m.group(2).lower()}" for m in LABEL_RE.finditer(text)}


def label_match(p: Preferences, title: str, file: str) -> float:
    """1 when the paper's title or file name carries a label the question names ("Appendix E - Budget ...")."""
    return 1.0 if p.labels and p.labels & (labels(title) | labels(file.replace("_", " "))) else 0.0


def meeting_match(p: Preferences, board: str, meeting_date: str) -> float:
    """How well a chunk's meeting fits the body and date the question names (0..1; 0 when none named)."""
    parts: list[float] = []
    if p.bodies:
        b = board.lower()
        parts.append(1.0 if b and any(x in b or b in x for x in p.bodies) else 0.0)
    if p.days or p.months:
        parts.append(1.0 if meeting_date[:10] in p.days else 0.5 if meeting_date[:7] in p.months else 0.0)
    return sum(parts) / len(parts) if parts else 0.0


def decision_match(p: Preferences, doc_type: str) -> float:
    return DECISION_KINDS.get(doc_type, 0.0) if p.decision else 0.0


def recency(p: Preferences, date_key: int, keys: list[int]) -> float:
    """Where a chunk's meeting date sits between the oldest and newest candidate (0..1) for "latest" questions."""
    known = [k for k in keys if k]
    if not p.latest or not date_key or not known or max(known) == min(known):
        return 0.0
    return (date_key - min(known)) / (max(known) - min(known))
