"""A proposal put to a meeting, or a vote on one: what the motion readers (``motions``, ``division``)
find and the extractor turns into a record. Its own module, so those readers share it without
importing each other."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Motion:
    """A proposal or a vote; ``emit`` False for one folded into the resolution it produced."""

    start: int
    end: int
    form: str  # motion | amendment | agreement
    proposer: str = ""
    seconder: str = ""
    outcome: str = ""
    votes: dict[str, int] | None = None
    voters: dict[str, list[str]] = field(default_factory=dict)
    para: int | None = None
    to_vote: bool = False
    emit: bool = True
