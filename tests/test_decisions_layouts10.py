"""Layouts a blind set brought (evals/layouts10, a dev set): a Scottish committee minute with "Decision"
subheadings, a motion and an amendment each "seconded by" before "moved", and a division counting both;
an NHS board's outcomes in capitals mid-sentence; planning determinations told as votes; "AGREED:" boxes
ruled with hyphens and "ACTIONS: ... – RB – 31 October 2025" lines.

Written by someone who had not read the extractor; measured before any change for them: precision
0.976, recall 0.800, meeting date 1.000, outcome 0.919 (55 labels). These tests hold what they taught it.
"""

from __future__ import annotations

from boardbot.decisions.forms import classify
from conftest import find_record

LAYOUTS = "layouts10"  # the set the shared ``records`` fixture (conftest.py) reads

SCOTTISH = "dunlarig-environment-infrastructure-committee-minute-2025-09-09.pdf"
TRUST = "kelmouth-hospitals-trust-board-minutes-2025-06-12.pdf"
PLANNING = "harbridge-planning-committee-minutes-2025-10-08.pdf"
CABINET = "tamsford-cabinet-minutes-2025-11-18.pdf"
SCRUTINY = "westmarch-health-scrutiny-committee-minutes-2025-09-24.pdf"


def test_a_scottish_decision_subheading_and_a_division_between_motion_and_amendment(records):
    minute = find_record(records, SCOTTISH, "To approve the minute as a correct record")
    assert minute.outcome == "approved"
    motion = find_record(records, SCOTTISH, "Councillor Fraser, seconded by Councillor Lindsay, moved that")
    assert (motion.form, motion.outcome) == ("motion", "carried")
    assert (motion.proposer, motion.seconder) == ("Councillor Fraser", "Councillor Lindsay")
    assert motion.votes == {"for": 9, "against": 5, "abstain": 0}
    amendment = find_record(records, SCOTTISH, "Councillor MacLeod, seconded by Councillor Baird, moved as an amendment")
    assert (amendment.form, amendment.outcome) == ("amendment", "lost")
    assert amendment.votes == {"for": 5, "against": 9, "abstain": 0}
    # the Decision the motion produced is recorded part by part; the report's quoted recommendations
    # and the heading of the next minute ("4. HOUSEHOLD WASTE ...") are not list parts of the one above
    assert find_record(records, SCOTTISH, "to approve the introduction of a booking system").outcome == "approved"
    texts = [r.text for r in records[SCOTTISH]]
    assert not [t for t in texts if t.startswith(("HOUSEHOLD", "approve the introduction", "On a division"))]
    assert find_record(records, SCOTTISH, "The Committee agreed to continue consideration").outcome == "deferred"


def test_capitals_mid_sentence_in_an_nhs_board(records):
    assured = find_record(records, TRUST, "The Board was ASSURED by the improvement")
    assert assured.outcome == "noted"
    noted = find_record(records, TRUST, "The Board NOTED the reports from the Chairs")
    assert noted.outcome == "noted"
    assert find_record(records, TRUST, "APPROVED the revised terms of reference").outcome == "approved"
    # "... and asked that ... (action A25/32)": the action log's row is the record of the request
    assert not [r for r in records[TRUST] if r.text.startswith("asked that")]
    assert find_record(records, TRUST, "The Board NOTED the annual report").outcome == "noted"


def test_planning_determinations_told_as_votes(records):
    approved = find_record(records, PLANNING, "The Committee voted by 9 votes to 2 to APPROVE")
    assert approved.outcome == "approved"
    assert approved.votes == {"for": 9, "against": 2, "abstain": 1}  # "(Councillor Pryce abstained.)"
    refused = find_record(records, PLANNING, "The application was REFUSED for the following reasons")
    assert refused.form == "resolution"
    assert refused.votes == {"for": 7, "against": 4, "abstain": 0}  # told in the sentence before
    # the numbered reasons explain the refusal; the officer recommendation not followed is no decision
    assert not [r for r in records[PLANNING] if r.text.startswith(("The extension, by reason", "The rear dormer"))]
    assert [r.outcome for r in records[PLANNING] if "withdrawn by the applicant" in r.text] == ["withdrawn"]
    unanimous = find_record(records, PLANNING, "The Committee voted unanimously to APPROVE")
    assert unanimous.outcome == "approved" and "delegated authority" not in unanimous.text
    assert find_record(records, PLANNING, "delegated authority to the Head of Planning").form == "delegation"
    assert find_record(records, PLANNING, "That Tree Preservation Order TPO/2025/04 be confirmed").outcome == "approved"


def test_agreed_boxes_and_dashed_action_lines(records):
    actions = [r for r in records[SCRUTINY] if r.kind == "action" and r.text.startswith("ACTIONS:")]
    assert [(a.owner, a.deadline) for a in actions] == [("RB", "31 October 2025"), ("JT", "17 October 2025")]
    # the box's rule of hyphens belongs to no record
    assert not [r for r in records[SCRUTINY] if r.text.startswith("---")]
    assert find_record(records, CABINET, "agrees to defer a decision").outcome == "deferred"


def test_outcome_words_of_these_layouts():
    assert classify("agrees to defer a decision on the school street") == ("deferral", "deferred")
    assert classify("That Tree Preservation Order TPO/2025/04 be confirmed without modification.")[1] == "approved"
    assert classify("The Committee voted by 9 votes to 2 to APPROVE the application") == ("approval", "approved")
