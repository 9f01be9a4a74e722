"""Damaged text layers and less common record styles (evals/layouts7, a dev set): letter-spaced
"R E S O L V E D :" headings, lost ligatures and words run together; an ICB board whose decisions are
recorded in a closing decision log that the narrative only mentions by reference; an Executive
Member's decision session; scrutiny recommendations and a call-in; a regulatory committee's
"Outcome:" lines; a parish council printed in two interleaved columns.

Written by someone who had not read the extractor; measured before any change for them: precision
0.825, recall 0.681, meeting date 1.000, outcome 0.889 (72 labels). These tests hold what they taught it.
"""

from __future__ import annotations

from conftest import find_record

LAYOUTS = "layouts7"  # the set the shared ``records`` fixture (conftest.py) reads


def test_letter_spaced_resolved_headings_are_read(records):
    name = "health-wellbeing-board-minutes-2025-09-10.pdf"
    minutes = find_record(records, name, "That the minutes of the meeting held on 9 July 2025")
    assert minutes.form == "approval" and minutes.page == 1
    thanks = find_record(records, name, "That the update be noted and that the Board's thanks")  # "theBoard's" mended
    assert thanks.outcome == "noted"


def test_a_decision_log_is_the_record_and_the_narrative_mentions_are_not(records):
    name = "icb-board-minutes-2025-10-07.pdf"
    logged = [r for r in records[name] if r.text.startswith("D25/")]
    assert len(logged) == 12
    assert not [r.text for r in records[name] if "(D25/" in r.text or "recorded at D25/" in r.text]


def test_outcome_lines_of_a_regulatory_committee(records):
    name = "regulatory-committee-minutes-2025-10-15.pdf"
    granted = find_record(records, name, "Granted with conditions, as set out in the report")
    assert (granted.form, granted.outcome) == ("approval", "approved")
    assert granted.votes == {"for": 7, "against": 3}  # "Members voted 7 in favour, 3 against"
    assert find_record(records, name, "Deferred for a site visit").outcome == "deferred"
    # the conditions listed under a grant are part of it, not decisions of their own
    assert not [r for r in records[name] if r.text.startswith(("no regulated entertainment", "a noise limiter"))]


def test_an_item_withdrawn_by_the_decision_maker(records):
    r = find_record(records, "executive-member-decision-session-2025-11-04.pdf", "Withdrawn by the Executive Member")
    assert r.outcome == "withdrawn"


def test_declaring_interests_is_not_an_action(records):
    assert not [r for r in records["executive-member-decision-session-2025-11-04.pdf"] if "declare" in r.text]
