"""One register entry (``Decision``) and the first register's five kinds."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from ..text.dates import date_key

KINDS = ("decision", "approval", "noting", "recommendation", "action")


@dataclass
class Decision:
    """One register entry: a resolution, a recommendation put to a board, or an action."""

    id: str
    file: str
    page: int  # 1-based PDF page of the text's first character
    meeting_date: str  # ISO date of the meeting that made (or is asked to make) it
    board: str
    item: str  # agenda item ("7. Better Care Fund ...") or the paper's title
    kind: str  # one of KINDS
    text: str  # verbatim (whitespace squashed)
    owner: str = ""
    deadline: str = ""
    visibility: str = "public"
    lead_in: str = ""  # the sentence introducing a listed item ("The Board is recommended to:")
    source: str = ""  # "minutes" | "report"
    char_start: int = 0  # offset in the document text
    title: str = ""  # the paper's title (document metadata)
    organisation: str = ""
    score: float = 0.0  # search relevance (fused rank score), set by DecisionStore.search
    scores: dict[str, float] = field(default_factory=dict)  # its parts: bm25, dense cosine
    form: str = ""  # the decision form (forms.FORMS): resolution, motion, amendment, deferral, ...
    outcome: str = ""  # agreed, noted, approved, carried, lost, deferred, ...
    votes: dict[str, int] | None = None  # printed counts only: {"for": n, "against": n, "abstain": n}
    voters: dict[str, list[str]] = field(default_factory=dict)  # names printed under each count
    proposer: str = ""
    seconder: str = ""
    ref: str = ""  # decision reference printed with the item ("24/00115")
    also_in: list[str] = field(default_factory=list)  # "<file> p<page>" of re-issued copies
    proposed: bool = False  # a proposed Record of Decision, not the decision taken
    linked: list[str] = field(default_factory=list)  # other papers carrying ``ref`` (report, PROD, ROD)

    @property
    def date_key(self) -> int:
        return date_key(self.meeting_date)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def decision_id(file: str, offset: int, text: str) -> str:
    return hashlib.sha1(f"{file}\x00{offset}\x00{text}".encode()).hexdigest()[:20]
