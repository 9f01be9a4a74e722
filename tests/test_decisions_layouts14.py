"""Layouts a blind set brought (evals/layouts14, a dev set): health and care bodies in long printed minutes - a
Health and Wellbeing Board's "RESOLVED: That the Board: • noted ... • approved ..." bullets, an Integrated Care
Partnership joint committee ("The Joint Committee APPROVED / RECOMMENDED / ENDORSED / DEFERRED ...") with a
summary-of-outcomes table, an NHS Trust Board's "The Board: • RECEIVED and NOTED ...", a county Cabinet Committee
endorsing a Cabinet Member's proposed decisions (one on a tied vote), and a Health Overview and Scrutiny Committee.

Written by someone who had not read the extractor; measured before any change for them: precision 0.944,
recall 0.971, meeting date 1.000, outcome 0.793 (70 labels). What it taught: a body's verb printed in capitals
decides as its lower-case form does ("The Joint Committee DEFERRED / ENDORSED / RECOMMENDED ... / AGREED to
invite ...", the last no officer's action); "RECEIVED and NOTED" takes its first verb (received); a Cabinet
Committee's endorsement of "the proposed decision to be taken by the Cabinet Member" is advice to the decision
maker (recommended); minutes "correctly recorded" are approved; a tie the chair does not break with a casting
vote leaves the motion lost; "the Cabinet Member be informed that ..." is the committee agreeing to tell her
its position, though Members' comments go with it; a numbered part "the following recommendations be made to
the Trust and the ICB:" is one recommendation, its lettered recommendations its content; and what a speaker
said ("Ruth Abbey said that the ICB supported the plan") is not a decision.
"""

from __future__ import annotations

from boardbot.decisions.forms import classify, read_outcome
from conftest import assert_layout_gate, find_record

LAYOUTS = "layouts14"  # the set the shared ``records`` fixture (conftest.py) reads

HWB = "brackenford-health-wellbeing-board-minutes-2026-03-05.pdf"
ICP = "severnvale-icp-joint-committee-minutes-2026-02-17.pdf"
TRUST = "northcliffe-hospitals-trust-board-minutes-2026-01-29.pdf"
CABINET_COMMITTEE = "ashbury-county-adult-social-care-cabinet-committee-minutes-2026-01-21.pdf"
SCRUTINY = "wyndham-health-overview-scrutiny-committee-minutes-2026-02-11.pdf"


def test_the_gate(records):
    assert_layout_gate(records, LAYOUTS, 70, precision=0.98, recall=1.0, outcome=1.0)


def test_a_joint_committee_s_verbs_in_capitals(records):
    assert find_record(records, ICP, "The Joint Committee DEFERRED").outcome == "deferred"
    assert find_record(records, ICP, "The Joint Committee ENDORSED").outcome == "endorsed"
    invite = find_record(records, ICP, "The Joint Committee AGREED to invite")
    assert (invite.kind, invite.outcome) == ("decision", "agreed")  # the body decided; no officer was given work
    strategy = find_record(records, ICP, "The Joint Committee RECOMMENDED the Strategy")
    assert strategy.outcome == "recommended" and strategy.text.endswith("for adoption.")
    assert find_record(records, ICP, "The Joint Committee RECOMMENDED to").outcome == "recommended"


def test_trust_board_bullets_received_and_noted(records):
    received = [r for r in records[TRUST] if r.text.startswith("RECEIVED and NOTED")]
    assert len(received) == 3 and {r.outcome for r in received} == {"received"}
    assert find_record(records, TRUST, "NOTED the month 9 financial position").outcome == "noted"


def test_a_cabinet_committee_advising_a_cabinet_member(records):
    endorse = find_record(records, CABINET_COMMITTEE, "the Committee endorse the proposed decision to be taken")
    assert (endorse.kind, endorse.outcome, endorse.ref) == ("recommendation", "recommended", "26/00004")
    assert find_record(records, CABINET_COMMITTEE, "that the proposed decision to be taken").outcome == "recommended"
    tied = find_record(records, CABINET_COMMITTEE, "The Chairman put the recommendation in the report")
    assert (tied.outcome, tied.votes) == ("lost", {"for": 5, "against": 5, "abstain": 1})
    informed = find_record(records, CABINET_COMMITTEE, "that the Cabinet Member be informed")
    assert informed.outcome == "agreed"
    assert find_record(records, CABINET_COMMITTEE, "that the minutes of the meeting").outcome == "approved"


def test_scrutiny_recommendations_made_to_the_nhs(records):
    part = find_record(records, SCRUTINY, "the following recommendations be made to")
    assert part.outcome == "recommended" and "(c) that a transport and accommodation scheme" in part.text
    assert not [r for r in records[SCRUTINY] if r.text.startswith("that the consultation include")]
    # the parts go on after the lettered recommendations
    assert find_record(records, SCRUTINY, "the Trust and the ICB be asked to respond").page == 2


def test_what_is_not_a_decision(records):
    assert not [r for r in records[HWB] if r.text.startswith("Ruth Abbey said")]


def test_forms_of_these_layouts():
    assert classify("The Board ENDORSED the plan.", v1="approval") == ("endorsement", "endorsed")
    assert classify("RECEIVED and NOTED the quarterly report") == ("noted", "received")
    assert classify("that the minutes of the meeting held on 1 May are correctly recorded") == ("approval", "approved")
    assert classify("the following recommendations be made to the Trust:") == ("recommendation", "recommended")
    # ... but not where the part approves first and recommends after
    assert classify("that the final report be approved and that the following recommendations be made to the "
                    "Cabinet:", v1="approval") == ("approval", "approved")
    assert read_outcome("The votes were equal (5 for, 5 against), and the Chair did not use a casting vote.") == "lost"
    assert read_outcome("There being an equality of votes, the Chairman used her casting vote in favour.") == "carried"
