"""Scottish council minutes: a motion and an amendment moved by a member "seconded by" another, and a
division in which each member votes for one of them.

"Councillor Fraser, seconded by Councillor Lindsay, moved that ..." names the mover before the verb,
and "On a division, there voted for the motion 9, for the amendment 5, and the motion was accordingly
carried" counts both at once: a vote for the motion is a vote against the amendment and the reverse,
so the amendment's count is the motion's "against" and the motion falls or stands with it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .motion import Motion

_MEMBER = r"(?:Councillor|Cllr|Bailie|Provost|Mr|Mrs|Ms|Miss|Dr)\s+(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
# "Councillor Fraser, seconded by Councillor Lindsay, moved (as an amendment) that ..."
SECONDED_MOVED = re.compile(
    rf"^[ \t]*(?:\d{{1,2}}[.)][ \t]*)?(?:As\s+an\s+amendment,\s+)?(?P<who>(?:The\s+)?(?:Convener|Depute\s+Convener|Leader|{_MEMBER})),\s+"
    rf"seconded\s+by\s+(?P<sec>(?:the\s+)?(?:Convener|Depute\s+Convener|Leader|{_MEMBER})),\s+moved\b",
    re.M,
)
DIVISION = re.compile(r"^[ \t]*On\s+a\s+division\b", re.M | re.I)
_COUNTS = re.compile(r"\bfor\s+the\s+motion\s*[:\-–]?\s*(?P<m>\d{1,3})\b[^.]{0,40}?"
                     r"\bfor\s+the\s+amendment\s*[:\-–]?\s*(?P<a>\d{1,3})\b", re.I)
# "For the amendment (5): Councillors ... For the motion (7): ...", "Amendment 5 votes, Motion 7 votes": each
# side's count on its own, in either order
_SIDE = r"(?:\bfor\s+the\s+{0}\s*[:\-–]?\s*\(?(?P<n>\d{{1,3}})\)?(?!\d)|\b{0}\s*[:\-–]?\s*(?P<v>\d{{1,3}})\s+votes?\b)"
_MOTION_SIDE = re.compile(_SIDE.format("motion"), re.I)
_AMENDMENT_SIDE = re.compile(_SIDE.format("amendment"), re.I)
_OUTCOME = re.compile(r"\bthe\s+(?P<s>motion|amendment)\b[^.,]{0,30}?\b(?P<v>carried|agreed|lost|fell|defeated)\b", re.I)
_ABSTAIN = re.compile(r"\b(?:abstentions?|abstained)\s*[:\-–]?\s*(?P<n>\d{1,3})\b", re.I)


def apply_division(sentence: str, proposals: list[Motion]) -> bool:
    """Give the motion and the amendment before a division their counts and outcomes; False when
    the sentence is no motion-against-amendment division."""
    both = _counts(sentence)
    motion = next((p for p in reversed(proposals) if p.form == "motion"), None)
    amendment = next((p for p in reversed(proposals) if p.form == "amendment"), None)
    if not both or motion is None or amendment is None:
        return False
    m, a = both
    abst = _ABSTAIN.search(sentence)
    n = int(abst.group("n")) if abst else 0
    motion.votes = {"for": m, "against": a, "abstain": n}
    amendment.votes = {"for": a, "against": m, "abstain": n}
    said = _OUTCOME.search(sentence)
    if said:  # "... and the motion was accordingly carried", "... the amendment fell"
        passed = said.group("v").lower() in ("carried", "agreed")
        amendment_won = (said.group("s").lower() == "amendment") == passed
    else:
        amendment_won = a > m
    motion.outcome, amendment.outcome = ("lost", "carried") if amendment_won else ("carried", "lost")
    motion.to_vote = amendment.to_vote = True
    return True


def _counts(sentence: str) -> tuple[int, int] | None:
    """(for the motion, for the amendment) of a division, or None."""
    counts = _COUNTS.search(sentence)
    if counts:
        return int(counts.group("m")), int(counts.group("a"))
    m, a = _MOTION_SIDE.search(sentence), _AMENDMENT_SIDE.search(sentence)
    if not m or not a:
        return None
    return int(m.group("n") or m.group("v")), int(a.group("n") or a.group("v"))


def division_end(text: str, start: int, end: int) -> int:
    """Where a division's own lines end: the sentence that says which side won, if the first paragraph
    has one ("The motion was accordingly carried and the amendment fell."), else its first sentence."""
    para = text.find("\n\n", start, end)
    said = [m.end() for m in _OUTCOME.finditer(text, start, para if para > 0 else end)]
    at = said[-1] if said else start
    stop = re.compile(r"[.!?](?=\s|$)").search(text, at, end)
    return stop.end() if stop else end
