"""A vote on "the substantive motion" after an amendment was decided is not the amendment's vote.

Kent's County Council of 9 January 2025 carried Mr Streatfeild's amendment with no counts
("Amendment carried."), then put "the substantive motion set out in paragraph 15" (the amended
motion) to a recorded vote, For 39 / Against 19 / Abstain 1: those counts are the substantive
motion's, and the amendment keeps its outcome and no counts.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from conftest import REAL_PAPERS

JANUARY = REAL_PAPERS / "kent" / "full_council-2025-01-09--Printed minutes 09th-Jan-2025 10.00 County Council.pdf"


def _records(path: Path) -> list[Any]:
    """The decision records of one real paper, straight from its PDF."""
    from boardbot.decisions.extract import extract_decisions
    from boardbot.parsing.document import load
    from boardbot.parsing.pdf_reader import PypdfReader

    logging.disable(logging.WARNING)
    try:
        return extract_decisions(load(path, PypdfReader(), None))
    finally:
        logging.disable(logging.NOTSET)

_AMENDMENT_CARRIED = (
    "285. Motion\n"
    "5) Mr Gough proposed, and Mr Oakford seconded the motion that\n\n\u201cCouncil endorses the plan.\u201d\n\n"
    "6) Mr Streatfeild proposed and Mr Sole seconded the following amendment to\nthe motion set out in paragraph 5:\n\n"
    "\u201cCouncil endorses the plan and expects transparency.\u201d\nAmendment carried.\n\n"
    "7) Following the debate, the Chairman put the amendment set out at\nparagraph 6 to the vote and it was agreed.\n\n"
    "8) Mr Hood proposed and Mr Baldock seconded the following amendment to\n"
    "the substantive motion set out in paragraph 6:\n\n\u201cCouncil does not endorse the plan.\u201d\n\n"
    "9) Following the debate, the Chairman put the amendment set out in\nparagraph 8 to the vote and the voting was as follows:\n\n"
    "For (14)\n\nAgainst (45)\n\nAbstain (4)\n\nAmendment lost.\n\n"
    "10) The Chairman put the substantive motion set out in paragraph 6 to the\nvote and the voting was as follows:\n\n"
    "For (39)\n\nAgainst (19)\n\nAbstain (1)\n\nSubstantive Motion carried.\n\n"
    "11) RESOLVED that the Council endorses the plan and expects transparency.\n"
)


def test_substantive_vote_after_a_carried_amendment_is_its_own_record() -> None:
    from boardbot.decisions.motions import find_motions

    text = _AMENDMENT_CARRIED
    emitted, _ = find_motions(text, 0, len(text))
    carried = next(m for m in emitted if m.proposer == "Mr Streatfeild")
    assert (carried.form, carried.outcome, carried.votes) == ("amendment", "carried", None)
    hood = next(m for m in emitted if m.proposer == "Mr Hood")
    assert (hood.outcome, hood.votes) == ("lost", {"for": 14, "against": 45, "abstain": 4})
    vote = next(m for m in emitted if text[m.start:].startswith("The Chairman put the substantive motion"))
    assert (vote.form, vote.outcome) == ("motion", "carried")
    assert vote.votes == {"for": 39, "against": 19, "abstain": 1}


def test_substantive_vote_after_a_lost_amendment_is_the_motion_as_moved() -> None:
    from boardbot.decisions.motions import find_motions

    text = ("66 Motions on notice\nThe following motion was moved by Councillor Brightwell and seconded by "
            "Councillor Haskins:\n\u201cThis Council asks the Cabinet to trial enforcement.\u201d\n"
            "An amendment was moved by Councillor Sandford and seconded by Councillor Chandran, to delete the "
            "word \u201ctrial\u201d.\nFollowing debate, a recorded vote on the amendment was requested.\n"
            "For (14): Councillors Ashworth and Bellamy.\nAgainst (27): Councillors Abbott and Baines.\n"
            "The amendment was therefore LOST.\n"
            "The substantive motion was then put to the vote and was CARRIED (For: 28, Against: 12,\nAbstentions: 3).\n"
            "RESOLVED \u2013 That this Council asks the Cabinet to trial enforcement.\n")
    emitted, _ = find_motions(text, 0, len(text))
    amendment = next(m for m in emitted if m.form == "amendment")
    assert (amendment.outcome, amendment.votes) == ("lost", {"for": 14, "against": 27})
    motion = next(m for m in emitted if m.proposer == "Councillor Brightwell")
    assert (motion.form, motion.outcome) == ("motion", "carried")
    assert motion.votes == {"for": 28, "against": 12, "abstain": 3}
    assert not any(text[m.start:].startswith("The substantive motion") for m in emitted)  # no second record


@pytest.mark.skipif(not JANUARY.exists(), reason="Kent papers absent")
def test_kent_streatfeild_amendment_keeps_no_counts_and_the_substantive_motion_has_them() -> None:
    records = _records(JANUARY)
    amendment = next(r for r in records if r.form == "amendment" and r.text.startswith("Mr Streatfeild proposed"))
    assert amendment.outcome == "carried" and amendment.votes is None
    substantive = [r for r in records if r.form == "motion" and r.text.startswith("The Chairman put the substantive motion")]
    assert len(substantive) == 1
    assert substantive[0].outcome == "carried"
    assert substantive[0].votes == {"for": 39, "against": 19, "abstain": 1}
    assert "paragraph 15" in substantive[0].text and substantive[0].page == 9


def test_a_vote_block_ends_at_a_titled_lettered_item_not_at_the_motions_own_parts() -> None:
    from boardbot.decisions.motions import _VOTE_STOP

    # the next item of a parish minute ends the vote's block ...
    assert _VOTE_STOP.search("Carried.\n") and _VOTE_STOP.search("c) Insurance. Members agreed unanimously to renew")
    # ... but a part of the motion quoted before its vote does not (the budget's "(a) The 10-year Capital
    # programme ...": cutting there lost every later part of the County Council's budget resolution)
    assert not _VOTE_STOP.search("(a) The 10-year Capital programme and investment proposals of £1,419m")
    assert not _VOTE_STOP.search("a) The 10-year Capital programme and investment proposals of £1,419m over")


FEBRUARY = REAL_PAPERS / "kcc-county-council-minutes-2025-02-13.pdf"


@pytest.mark.skipif(not FEBRUARY.exists(), reason="Kent papers absent")
def test_the_budget_motion_keeps_all_its_parts() -> None:
    records = _records(FEBRUARY)
    budget = next(r for r in records if "put to the vote the substantive motion" in r.text)
    assert "(a) The 10-year Capital programme" in budget.text and len(budget.text) > 5000
