"""Decisions told in narrative prose (evals/layouts9, a dev set): a committee's report of its own meeting
to Council, an officer board's note with a decisions-and-actions table, a county council's motion,
amendment and recorded vote, and narrative forms ("Approval was given for ...", "Action: LB to ...",
"Having reconsidered ..., the Board confirmed its decision to ...").

Written by someone who had not read the extractor; measured before any change for them: precision
0.932, recall 0.630, meeting date 1.000, outcome 0.829 (73 labels). These tests hold what they taught it.
"""

from __future__ import annotations

from boardbot.decisions.forms import classify
from conftest import find_record

LAYOUTS = "layouts9"  # the set the shared ``records`` fixture (conftest.py) reads

REPORT = "selection-member-services-committee-report-2025-12-04.pdf"
NOTE = "capital-programme-board-note-2025-09-24.pdf"
COUNCIL = "county-council-minutes-2025-10-16.pdf"


def test_a_committees_report_to_council_records_its_recommendations_and_decisions(records):
    # dated by the Committee's meeting, not by the Council the report goes to
    assert {r.meeting_date for r in records[REPORT]} == {"2025-11-12"}
    prose = find_record(records, REPORT, "The Committee agreed to recommend that the County Council replace")
    assert (prose.kind, prose.outcome) == ("recommendation", "recommended")
    parts = [r for r in records[REPORT] if "The Committee RECOMMENDS" in r.lead_in]
    assert [p.text.split()[0] for p in parts] == ["adopt", "delegate", "ask"]
    assert {p.outcome for p in parts} == {"recommended"}
    assert find_record(records, REPORT, "The Committee recommends that Mrs A Leclerc").outcome == "recommended"
    # Part B: what the Committee decided itself
    assert find_record(records, REPORT, "The Committee approved the Member Development").outcome == "approved"
    assert find_record(records, REPORT, "Under its delegated powers, the Committee appointed").outcome == "approved"
    assert find_record(records, REPORT, "The Committee deferred a decision").outcome == "deferred"
    # "Council is asked to: (a) consider the recommendations ... (b) note ..." only points back at them,
    # and the report's account of itself is no decision
    texts = [r.text for r in records[REPORT]]
    assert not [t for t in texts if t.startswith(("consider the recommendations", "note the matters", "This report"))]


def test_a_notes_decisions_and_actions_table_gives_one_record_a_row(records):
    rows = {r.item: r for r in records[NOTE] if r.item[:1] in "DA" and r.item[1:2].isdigit()}
    assert sorted(rows) == ["A1", "A2", "A3", "D1", "D2", "D3", "D4", "D5"]  # not A7/07, closed
    assert (rows["D1"].form, rows["D1"].outcome) == ("approval", "approved")
    assert rows["D1"].text.startswith("Full Business Case for the Riverside Bridge replacement approved")
    assert (rows["D2"].form, rows["D2"].outcome) == ("recommendation", "recommended")
    assert rows["D3"].outcome == "noted"
    assert rows["D5"].outcome == "deferred"
    assert (rows["A1"].kind, rows["A1"].owner, rows["A1"].deadline) == ("action", "PMO", "2025-10-03")
    # the prose that points at the rows ("... was approved ... (D1, D2).") is not recorded again
    assert not [r for r in records[NOTE] if r.text.endswith("(D1, D2).")]
    assert find_record(records, NOTE, "The note of the meeting on 23 July 2025 was accepted").outcome == "approved"
    assert find_record(records, NOTE, "It was agreed to hold the December meeting")


def test_a_motion_moved_in_the_passive_with_its_amendment_and_recorded_vote(records):
    motion = find_record(records, COUNCIL, "It was moved by Mr Adeyemi and seconded by Mrs Forsyth that")
    assert (motion.form, motion.outcome) == ("motion", "carried")
    assert motion.votes == {"for": 45, "against": 12, "abstain": 2}
    assert len(motion.voters["for"]) == 45  # four names a line, no commas
    amendment = find_record(records, COUNCIL, "It was moved by Mr Pattinson and seconded by Mrs Whelan, as an amendment")
    assert (amendment.form, amendment.outcome, amendment.votes) == ("amendment", "lost", None)
    # the carried motion's RESOLVED: every part agreed, "notes that ..." and "asks the Chief Executive ..." too
    parts = [r for r in records[COUNCIL] if r.lead_in.startswith("RESOLVED that the County Council")]
    assert len(parts) == 3 and {(p.form, p.outcome) for p in parts} == {("resolution", "agreed")}
    condolence = find_record(records, COUNCIL, "It was moved by the Leader of the Council, seconded by")
    assert condolence.outcome == "agreed" and condolence.form != "motion"
    assert condolence.proposer == "the Leader of the Council"
    assert find_record(records, COUNCIL, "The Council agreed, without a vote, to defer").outcome == "deferred"


def test_narrative_decisions_and_actions(records):
    trust = "libraries-trust-board-minutes-2025-05-15.pdf"
    action = find_record(records, trust, "Action: LB to circulate")
    assert (action.kind, action.owner) == ("action", "LB")
    assert find_record(records, trust, "Approval was given for the revised opening hours").outcome == "approved"
    hwb = "health-wellbeing-board-minutes-2025-09-17.pdf"
    assert find_record(records, hwb, "Having reconsidered the decision").outcome == "approved"


def test_outcomes_of_narrative_forms():
    assert classify("It was RESOLVED that the comments of the Panel on the use of unregistered provision be "
                    "passed to the Cabinet Member for Children's Services") == ("referral", "referred")
    assert classify("RESOLVED that the minutes of the meeting held on 17 July 2025 be confirmed and signed "
                    "by the Chairman.") == ("approval", "approved")
    assert classify("The Board approved the winter plan and gave delegated authority to the Director to finalise "
                    "it.") == ("approval", "approved")
    assert classify("The Committee recommends that Mrs A Leclerc replace Mr F Dunmore.") == (
        "recommendation", "recommended")


def test_one_sentence_with_two_decisions_of_different_kinds_gives_two_records(records):
    panel = "corporate-parenting-panel-minutes-2025-03-10.pdf"
    noted = find_record(records, panel, "The Panel noted the update")
    assert (noted.text, noted.outcome) == ("The Panel noted the update", "noted")
    asked = find_record(records, panel, "asked that the Head of Children in Care bring an action plan")
    assert asked.kind == "action" and asked.char_start > noted.char_start
    hwb = "health-wellbeing-board-minutes-2025-09-17.pdf"
    assert find_record(records, hwb, "The Board approved the Wexcombe Place winter plan").outcome == "approved"
    assert find_record(records, hwb, "gave delegated authority to the Director").form == "delegation"
    # clauses of one kind joined by "and that" stay one record
    trust = "libraries-trust-board-minutes-2025-05-15.pdf"
    assert "and that the Chief Executive report" in find_record(records, trust, "It was agreed that the risk").text
