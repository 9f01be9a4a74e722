"""Layouts a blind set brought (evals/layouts15, a dev set): a Corporate Parenting Panel, a committee's minute
extract printed in a County Council pack under a cover paragraph, an informal officers' and members' meeting
note, a 2016 charity trust board's prose minutes, and a committee's recommendations appendix.

Written by someone who had not read the extractor; measured before any change for it: precision 0.946, recall
0.966, meeting date 1.000, outcome 0.891 (59 labels; a 60th, the meeting note's "The note of the meeting on 10
October 2024 was accepted", was added after the first run as the approval of the last meeting's record). What it
taught: a period's end named in a decision ("the accounts for the year ended 31 March 2016") is not the date of a
decision told from before the meeting; "The CEO was authorised to agree and sign ..." is a delegation made at the
meeting; a meeting note saying what it records ("The note records what the Group agreed ...") is no decision;
and a pack's cover asking the Council "to note the extract" only passes the minutes on.
"""

from __future__ import annotations

from boardbot.decisions.debate import told_before
from boardbot.decisions.forms import classify
from boardbot.decisions.reports import _passes_on_minutes
from conftest import assert_layout_gate, find_record

LAYOUTS = "layouts15"  # the set the shared ``records`` fixture (conftest.py) reads

PANEL = "northmoor-corporate-parenting-panel-minutes-2025-01-23.pdf"
EXTRACT = "oakshire-county-council-2024-12-12-item-6b-extract-audit-governance-committee-2024-11-21.pdf"
NOTE = "kelbrook-transport-management-group-meeting-note-2024-11-14.pdf"
TRUST = "wealdbridge-library-trust-board-minutes-2016-10-27.pdf"
APPENDIX = "hallamshire-selection-member-services-committee-recommendations-appendix-2025-02-04.pdf"


def test_the_gate(records):
    assert_layout_gate(records, LAYOUTS, 60, precision=0.98, recall=1.0, outcome=0.88)


def test_a_period_end_is_not_a_decision_told_before(records):
    accounts = find_record(records, TRUST, "The Board approved the annual report and accounts")
    assert (accounts.kind, accounts.outcome) == ("approval", "approved")
    # the year the accounts cover ended before the meeting; the approval is the meeting's own
    assert not told_before("The Board approved the accounts for the year ended 31 March 2016.", "2016-10-27",
                           "Cabinet")
    # ... while a date of its own still tells another body's earlier decision
    assert told_before("The Board approved the accounts on 6 October 2016.", "2016-10-27", "Cabinet")


def test_authority_given_in_the_passive_is_a_delegation(records):
    lease = find_record(records, TRUST, "The CEO was authorised to agree and sign")
    assert (lease.form, lease.outcome, lease.page) == ("delegation", "agreed", 2)
    assert classify("The Head of Finance was authorised to sign the contract.", "", "decision") == ("delegation",
                                                                                                   "agreed")


def test_a_meeting_note_s_account_of_itself_is_no_decision(records):
    assert not [r for r in records[NOTE] if r.text.startswith("The note records")]
    accepted = find_record(records, NOTE, "The note of the meeting on 10 October 2024 was accepted")
    assert (accepted.kind, accepted.outcome) == ("approval", "approved")
    assert len([r for r in records[NOTE] if r.text.startswith("Action:")]) == 6


def test_a_pack_cover_passing_on_an_extract(records):
    assert not [r for r in records[EXTRACT] if "asked to note the extract" in r.text]
    # what is left is the Committee's, dated with its meeting, not the pack's or the approval meeting's
    assert records[EXTRACT] and {r.meeting_date for r in records[EXTRACT]} == {"2024-11-21"}
    # (what follows "is asked to")
    assert _passes_on_minutes(" note the extract.", 0)
    assert _passes_on_minutes(" receive the minutes of the Audit Committee held on 21 November 2024.", 0)
    assert not _passes_on_minutes(" note the report and approve the revised rules.", 0)
