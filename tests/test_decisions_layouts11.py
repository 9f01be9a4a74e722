"""Layouts a blind set brought (evals/layouts11, a dev set): a Welsh Cabinet with bilingual headings, a
Health and Wellbeing Board's lettered "The Board: a) noted ...", a fire authority's numbered paragraphs
("41.4 Cllr Jarvis moved, and Cllr Kemp seconded, an amendment ...") with recorded votes by name, a parish
council's proposal and amendment put to the vote with "Carried." / "Lost." on their own lines, and a task
and finish group's notes ("Notes of the sixth (final) meeting") with headed recommendations to Cabinet.

Written by someone who had not read the extractor; measured before any change for them: precision
1.000, recall 0.849, meeting date 1.000, outcome 0.952 (53 labels). These tests hold what they taught it.
"""

from __future__ import annotations

from boardbot.decisions.dockind import MINUTES_TITLE
from boardbot.decisions.forms import classify, read_votes
from conftest import assert_layout_gate, find_record

LAYOUTS = "layouts11"  # the set the shared ``records`` fixture (conftest.py) reads

FIRE = "northmoor-fire-rescue-authority-minutes-2025-12-12.pdf"
PARISH = "little-wexley-parish-council-minutes-2025-11-03.pdf"
GROUP = "eastholme-empty-homes-task-finish-group-notes-2025-10-14.pdf"
WELSH = "glanyrafon-cabinet-cofnodion-minutes-2025-12-08.pdf"


def test_the_gate(records):
    assert_layout_gate(records, LAYOUTS, 53, precision=1.0, recall=1.0, outcome=1.0)


def test_numbered_paragraphs_with_recorded_votes_by_name(records):
    amendment = find_record(records, FIRE, "Cllr Jarvis moved, and Cllr Kemp seconded, an amendment")
    assert (amendment.form, amendment.outcome) == ("amendment", "lost")
    assert (amendment.proposer, amendment.seconder) == ("Cllr Jarvis", "Cllr Kemp")
    assert amendment.votes == {"for": 5, "against": 9}
    motion = find_record(records, FIRE, "Cllr Ashworth moved, and Cllr Bright seconded, the recommendations")
    assert (motion.form, motion.outcome) == ("motion", "carried")
    assert motion.votes == {"for": 9, "against": 4, "abstain": 1}


def test_a_parish_proposal_put_after_its_amendment(records):
    motion = find_record(records, PARISH, "Cllr Okoro proposed that the precept")
    assert (motion.form, motion.outcome) == ("motion", "carried")
    assert motion.votes == {"for": 6, "against": 1}
    amendment = find_record(records, PARISH, "Cllr Dyer proposed an amendment")
    assert (amendment.form, amendment.outcome, amendment.votes) == ("amendment", "lost", {"for": 2, "against": 5})
    # the vote's lines end at "Carried.": the next lettered part is a decision of its own
    insurance = find_record(records, PARISH, "Members agreed unanimously to renew")
    assert (insurance.kind, insurance.outcome) == ("decision", "agreed")
    clerk = find_record(records, PARISH, "Clerk to write to the County Council")
    assert (clerk.kind, clerk.owner, clerk.deadline) == ("action", "Clerk", "30 November 2025")


def test_task_and_finish_group_notes_are_minutes(records):
    assert find_record(records, GROUP, "The notes of the meeting held on 16 September").outcome == "approved"
    assert find_record(records, GROUP, "The Group agreed not to include").outcome == "agreed"
    recs = [r for r in records[GROUP] if r.form == "recommendation"]
    assert [r.lead_in for r in recs] == [f"Recommendation {n}:" for n in range(1, 6)]
    assert all(r.text.startswith("That Cabinet") and r.outcome == "recommended" for r in recs)
    action = find_record(records, GROUP, "Action: Scrutiny Officer to circulate")
    assert action.kind == "action"
    # the summary table repeats the recommendations: no records from it
    assert not [r for r in records[GROUP] if r.page == 2 and r.kind != "action"]


def test_a_subjunctive_instruction_to_an_officer(records):
    assert find_record(records, WELSH, "the Head of Planning report on").kind == "action"


def test_forms_of_these_layouts():
    assert MINUTES_TITLE.search("Notes of the sixth (final) meeting, held on Tuesday 14 October 2025")
    assert not MINUTES_TITLE.search("Notes of the last meeting were agreed.")
    assert classify("Members agreed unanimously to renew the insurance") == ("resolution", "agreed")
    assert classify("the Head of Planning report on the assessment to the Cabinet by 30 June 2026")[0] == "action"
    votes, names = read_votes("For: Cllrs Ashworth, Bright and Cole (3); Against: Cllr Jarvis (1). The motion was carried.")
    assert votes == {"for": 3, "against": 1}
    assert names["for"] == ["Cllr Ashworth", "Cllr Bright", "Cllr Cole"]
