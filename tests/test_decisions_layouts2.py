"""Six more minutes layouts (evals/layouts2, a dev set): a committee's report of its recommendations,
an officer group's meeting note with an actions table, a charity board, a town council, an NHS trust
board laid out as a table, and a Cabinet's record of decisions.

The documents and labels were written by someone who had not read the extractor; measured before
any change for them: precision 0.875, recall 0.291, meeting date 1.000, outcome 0.952 (79 labels).
These tests hold the forms they taught it.
"""

from __future__ import annotations

from pathlib import Path

from conftest import find_record

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = ROOT / "evals" / "layouts2"  # the set the shared ``records`` fixture (conftest.py) reads
LABELS = LAYOUTS / "decisions-layouts2.jsonl"




def test_a_meeting_note_and_a_record_of_decisions_are_a_meetings_record(records):
    from boardbot.parsing.document import load
    from boardbot.parsing.pdf_reader import PypdfReader

    for name in ("treasury-management-group-note-2024-11-14.pdf", "cabinet-record-of-decisions-2025-03-12.pdf"):
        assert load(LAYOUTS / "papers" / name, PypdfReader(), None).meta.doc_type == "minutes"
    agreed = find_record(records, "treasury-management-group-note-2024-11-14.pdf", "The Group agreed not to take")
    assert agreed.meeting_date == "2024-11-14"
    award = find_record(records, "cabinet-record-of-decisions-2025-03-12.pdf", "To award the contract for grounds")
    assert (award.kind, award.outcome) == ("approval", "approved")


def test_a_committees_report_is_dated_by_the_meeting_it_reports(records):
    name = "member-services-committee-report-2024-10-17.pdf"
    # "(b)" wraps onto "1 April 2025;", which is a date, not the heading of an item 1
    parts = [r for r in records[name] if r.lead_in.startswith("The Committee RECOMMENDS to County Council")]
    assert len(parts) == 4 and {r.outcome for r in parts} == {"recommended"}
    assert {r.meeting_date for r in records[name]} == {"2024-09-18"}  # not the Council's 17 October 2024
    ask = find_record(records, name, "The Committee also AGREED to ask the Head of Democratic Services")
    assert ask.kind == "action"  # work given to an officer


def test_an_actions_table_gives_each_row_with_its_owner_and_date(records):
    rows = [r for r in records["treasury-management-group-note-2024-11-14.pdf"] if r.kind == "action"]
    jg = next(r for r in rows if r.text.startswith("JG will circulate the revised counterparty list"))
    assert jg.owner == "JG" and jg.deadline
    assert any(r.owner == "RD/JG" or r.owner.startswith("RD") for r in rows)


def test_town_council_proposals_and_a_motion_lost_on_a_show_of_hands(records):
    name = "town-council-minutes-2024-12-09.pdf"
    budget = find_record(records, name, "It was proposed by Cllr A Smith, seconded by Cllr G Turner and RESOLVED")
    assert (budget.proposer, budget.seconder) == ("Cllr A Smith", "Cllr G Turner")
    motion = find_record(records, name, "Cllr C Patel moved the following motion, seconded by Cllr D Hughes")
    assert (motion.form, motion.outcome) == ("motion", "lost")
    assert motion.votes == {"for": 4, "against": 6, "abstain": 1}
    ask = find_record(records, name, "It was then proposed by Cllr R Hale")
    assert ask.kind == "action" and ask.proposer == "Cllr R Hale"  # its own mover, not the lost motion's
    assert find_record(records, name, "The Council raised no objection to application 24/01234/FUL")
    noted = find_record(records, name, "(b) The bank reconciliation to 30 November 2024 was noted")
    assert noted.outcome == "noted"
    adopted = find_record(records, name, "The minutes of the Amenities Committee held on 25 November 2024 were received")
    assert "AM24/41" in adopted.text


def test_a_charity_boards_informal_decisions(records):
    name = "libraries-trust-board-minutes-2025-01-22.pdf"
    assert find_record(records, name, "It was decided not to increase the reservation charge")
    harker = find_record(records, name, "Mr Harker to obtain quotes")
    assert harker.kind == "action"
