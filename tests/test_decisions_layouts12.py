"""Layouts a blind set brought (evals/layouts12, a dev set): an NHS ICB Board's "The Board APPROVED / NOTED /
RATIFIED / SUPPORTED ..." with a consent-agenda table (Item | Decision | Owner | Due) and an action log, a
district Planning Committee with officer "RECOMMENDATION: GRANT" lines and motions "CARRIED (7 for, 3 against,
1 abstention)", a combined authority committee's "Decision:" lines with decision references, a scrutiny
committee's two call-ins, and a police and crime panel's "Agreed:" / "Actions:" paragraphs.

Written by someone who had not read the extractor; measured before any change for them: precision 0.860,
recall 0.864, meeting date 1.000, outcome 0.864 (59 labels). What it taught: a consent agenda's rows and an
action log with a minute column are tables of decisions and actions; an officer's recommendation printed under
an application is not the committee's decision; a motion ends at the sentence that decides it (what the minutes
say next is the next business, a call-in's "resolved not to refer the decision back" among it); a call-in
"referred back ... with the following comments" is one decision, its comments its terms; a lead-in that
approves a report before listing recommendations is a decision too; a proposal agreed in debate right before
the formal decision it led to is not a decision of its own, nor is agreeing with an officer's assessment.
"""

from __future__ import annotations

from boardbot.decisions.forms import classify
from boardbot.decisions.vocabulary import BODY_VERB, PASSIVE
from conftest import assert_layout_gate, find_record

LAYOUTS = "layouts12"  # the set the shared ``records`` fixture (conftest.py) reads

ICB = "fernvale-ashby-icb-board-minutes-2025-11-27.pdf"
PLANNING = "brackenfield-planning-committee-minutes-2025-10-22.pdf"
TRANSPORT = "harrowfield-combined-authority-transport-committee-minutes-2025-11-06.pdf"
SCRUTINY = "corbridge-overview-scrutiny-committee-minutes-2025-09-16.pdf"
PANEL = "kestrel-valley-police-crime-panel-minutes-2025-12-04.pdf"


def test_the_gate(records):
    assert_layout_gate(records, LAYOUTS, 59, precision=1.0, recall=1.0, outcome=1.0)


def test_a_consent_agenda_table_and_an_action_log(records):
    rows = [r for r in records[ICB] if r.item.startswith("FAB 25/09") or r.item == "FAB 25/089"]
    assert [(r.item, r.outcome) for r in rows] == [("FAB 25/089", "approved"), ("FAB 25/090", "approved"),
                                                   ("FAB 25/091", "noted"), ("FAB 25/092", "ratified")]
    # the cell's later lines belong to it; the Owner and Due columns do not
    assert rows[0].text.endswith("Scheme of Reservation and Delegation, from 1 December 2025.")
    actions = [r for r in records[ICB] if r.kind == "action"]
    assert [(r.owner, r.deadline, r.item) for r in actions] == [("COO", "2026-03-26", "FAB 25/085"),
                                                                ("CFO", "2026-01-22", "FAB 25/086")]
    # the log stops at the carried-forward actions' subheading: earlier meetings' actions are not this one's
    assert actions[1].text.endswith("to the Finance and Performance Committee.")
    assert not [r for r in records[ICB] if "carried forward" in r.text or "dental access" in r.text]


def test_the_board_supported_and_a_proposal_agreed_on_the_way(records):
    assert find_record(records, ICB, "The Board SUPPORTED the recommendation").outcome == "endorsed"
    assert not [r for r in records[ICB] if r.text.startswith("The Chair proposed")]
    assert not [r for r in records[TRANSPORT] if "members agreed" in r.text.lower()]


def test_planning_officer_recommendations_and_motions(records):
    assert not [r for r in records[PLANNING] if r.text.startswith(("GRANT", "REFUSE", "Members agreed with"))]
    granted = find_record(records, PLANNING, "Councillor Ames moved")
    assert (granted.form, granted.outcome, granted.votes) == ("motion", "carried", {"for": 7, "against": 3, "abstain": 1})
    refused = find_record(records, PLANNING, "Councillor Dunn moved")
    # the seconder is named in a sentence of their own after the motion
    assert (refused.proposer, refused.seconder) == ("Councillor Dunn", "Councillor Ellis")
    assert refused.text.endswith("(6 for, 5 against, 0 abstentions).")


def test_two_call_ins(records):
    lost = find_record(records, SCRUTINY, "Councillor Grey moved")
    assert (lost.outcome, lost.votes) == ("lost", {"for": 4, "against": 6})
    assert lost.text.endswith("(4 for, 6 against).")  # what follows is the next business
    kept = find_record(records, SCRUTINY, "The Committee resolved not to refer")
    assert (kept.form, kept.outcome, kept.proposer) == ("call_in", "no further action", "")
    assert find_record(records, SCRUTINY, "The Committee asked the Cabinet Member").kind == "action"
    back = find_record(records, SCRUTINY, "Having considered the call-in")
    assert (back.form, back.outcome) == ("call_in", "referred back")
    # its comments (a) and (b) are the referral's terms, not decisions of their own
    assert not [r for r in records[SCRUTINY] if r.text.startswith("that the Cabinet should")]


def test_a_report_approved_with_its_recommendations(records):
    report = find_record(records, SCRUTINY, "that the final report be approved")
    assert report.outcome == "approved"
    recs = [r for r in records[SCRUTINY] if r.text.startswith("That the Cabinet")]
    assert [r.outcome for r in recs] == ["recommended"] * 3  # "That the Cabinet ask the Director ..." too


def test_forms_of_these_layouts():
    assert classify("That grants totalling £1.14m be awarded to the eleven operators") == ("approval", "approved")
    assert classify("That £4.6m be added to the capital programme for the scheme") == ("approval", "approved")
    assert classify("That the Panel's report, containing the comments made by members, be sent to the "
                    "Commissioner") == ("resolution", "agreed")
    assert classify("It was RESOLVED that the comments of the Panel be passed to the Cabinet Member")[0] == "referral"
    assert classify("The Committee did not refer the decision back; the decision may therefore be "
                    "implemented") == ("call_in", "no further action")
    assert PASSIVE.search("The minutes of the meeting were confirmed as a correct record")
    assert not PASSIVE.search("It was confirmed that the funding would continue")
    assert not BODY_VERB.search("Members agreed with the officer's assessment of the raised terrace.")
    assert BODY_VERB.search("Members agreed that the item be brought back in June")
