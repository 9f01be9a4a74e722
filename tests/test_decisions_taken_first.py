""""What did Cabinet decide?" is answered with what Cabinet resolved, not what its papers proposed.

A real index of three Kent papers about one decision: the report that recommends it, the
Proposed Record of Decision, and the printed minutes of the meeting that made it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REAL_PAPERS, build_index

KENT = REAL_PAPERS / "kent"
PAPERS = [KENT / n for n in (
    "cabinet-2025-01-30--24-00096 - Commissioning Plan for Education Provision in Kent 2025-29 - Report.pdf",
    "cabinet-2025-01-30--24-00096 - PRoD.pdf",
    "cabinet-2025-01-30--Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf",
)]
MINUTES = PAPERS[2].name


@pytest.mark.slow
@pytest.mark.skipif(not all(p.exists() for p in PAPERS), reason="Kent papers absent")
def test_decided_records_answer_a_decision_question_and_recommendations_a_recommendation_one(
        tmp_path: Path) -> None:
    from boardbot.assistant import Assistant

    a = Assistant(build_index(tmp_path / "index", PAPERS))
    ans = a.ask("What did Cabinet decide about the Commissioning Plan for Education Provision?")
    assert ans.mode == "register" and ans.citations
    assert {c.file for c in ans.citations} == {MINUTES}, ans.text
    assert "agree the Commissioning Plan for Education Provision in Kent 2025-29" in ans.text
    assert "recommended to the meeting" not in ans.text and "proposed" not in ans.text.split("\u201c")[0]
    # what was decided is read first, its meeting after it
    assert "Agreed: \u201c" in ans.text and ans.text.index("\u201c") < ans.text.index("30 January 2025")
    # asked what was recommended, the report's recommendation is the answer
    rec = a.ask("What was Cabinet recommended to do about the Commissioning Plan for Education Provision?")
    assert any(c.file == PAPERS[0].name for c in rec.citations), rec.text


def test_records_of_one_meeting_item_name_it_once_after_the_decisions() -> None:
    from boardbot.decisions.answer import _compose
    from boardbot.decisions.record import Decision

    common = dict(file="cabinet-minutes.pdf", page=9, meeting_date="2025-01-09", board="Cabinet",
                  item="83. English Devolution White Paper", source="minutes")
    rows = [Decision(id="a", kind="decision", text="Agree to submit a request to Government", outcome="agreed",
                     linked=["24-00130 - Report.pdf"], **common),
            Decision(id="b", kind="noting", text="Note that acceptance will commit Kent and Medway", outcome="noted",
                     **common)]
    ans = _compose("What did Cabinet decide about devolution?", rows, [1.0, 1.0], False)
    lines = ans.text.splitlines()
    assert lines[1] == "- Agreed: \u201cAgree to submit a request to Government\u201d (p9) [1]"
    # the body with the meeting, after the decisions, not in a heading above them
    assert lines[0] == "From the decisions register:"
    assert lines[-1] == "All at: 9 January 2025, Cabinet, item 83. English Devolution White Paper."
    assert ans.text.count("9 January 2025") == 1 and "Report.pdf" not in ans.text
    assert "[1] report: 24-00130 - Report.pdf" in ans.notes


def test_what_was_resolved_is_read_before_the_motion_that_moved_it() -> None:
    from boardbot.decisions.ranking import reading_order
    from boardbot.decisions.record import Decision

    common = dict(file="council-minutes.pdf", page=7, meeting_date="2025-03-13", board="County Council", item="5")
    motion = Decision(id="m", kind="decision", form="motion", text="Mr A proposed and Mr B seconded ...", char_start=10,
                      **common)
    adopts = Decision(id="r", kind="approval", form="approval", text="Adopts the Local Plan", char_start=900, **common)
    earlier = Decision(id="e", kind="approval", form="approval", text="Adopts the budget", char_start=50,
                       **{**common, "meeting_date": "2025-02-13"})
    assert [d.id for d in sorted([motion, adopts, earlier], key=reading_order)] == ["e", "r", "m"]


def test_the_decision_meeting_the_question_best_is_read_first() -> None:
    from boardbot.decisions.ranking import lead_key
    from boardbot.decisions.record import Decision

    common = dict(file="council-minutes.pdf", page=8, meeting_date="2025-03-13", board="County Council", item="9")
    notes = Decision(id="n", kind="noting", text="Notes the Inspector's Report on the Plan", **common)
    adopts = Decision(id="a", kind="approval", text="Adopts the Kent Minerals and Waste Local Plan", **common)
    other = Decision(id="o", kind="approval", text="Delegates minor changes to the Director", **common)
    scored = [(notes, 0.81), (adopts, 0.812), (other, 0.4)]
    assert max(scored, key=lambda s: lead_key(*s))[0] is adopts  # same words: what was agreed leads
    assert max([(notes, 0.9), (adopts, 0.5)], key=lambda s: lead_key(*s))[0] is notes  # better words lead


DECEMBER = KENT / "full_council-2025-02-13--19 December 2024 - County Council minutes.pdf"


@pytest.mark.slow
@pytest.mark.skipif(not DECEMBER.exists(), reason="Kent papers absent")
def test_a_vote_question_is_answered_with_the_printed_count(tmp_path: Path) -> None:
    from boardbot.assistant import Assistant

    a = Assistant(build_index(tmp_path / "index", [DECEMBER]))
    against = a.ask("How many members voted against the Electoral Reform in Kent motion?")
    assert against.mode == "register" and against.lead == "Against (37) [1]", against.text
    assert against.text.startswith("Against (37) [1]\n") and "Motion lost" in against.text
    assert against.citations[0].page == 9 and len(against.citations[0].quote) > len(against.text)  # the whole motion
    assert a.ask("How many councillors voted for the Electoral Reform in Kent motion?").lead == "For (14) [1]"
