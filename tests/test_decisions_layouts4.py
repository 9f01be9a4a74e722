"""Six more minutes layouts (evals/layouts4, a dev set): a planning committee, a licensing
sub-committee hearing, a health overview and scrutiny committee, a Schools Forum, a combined
authority board with "Key decision:" lines, and a Welsh county council Cabinet's capitalised blocks.

Written by someone who had not read the extractor; measured before any change for them: precision
0.857, recall 0.603, meeting date 1.000, outcome 0.756 (73 labels). These tests hold what they taught it.
"""

from __future__ import annotations

from pathlib import Path

from conftest import find_record

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = ROOT / "evals" / "layouts4"
LABELS = LAYOUTS / "decisions-layouts4.jsonl"


LAYOUTS = "layouts4"  # the set the shared ``records`` fixture (conftest.py) reads


def test_a_key_decision_line_does_not_end_the_minutes(records):
    name = "combined-authority-board-minutes-2025-03-20.pdf"
    # "Key decision: CA/2025/004" under an item was read as the next paper's cover sheet
    approve = find_record(records, name, "To approve the allocation of £14.6m of Bus Service Improvement Plan")
    assert approve.outcome == "approved" and approve.lead_in.startswith("Resolved")


def test_planning_licensing_and_forum_forms(records):
    planning = "planning-committee-minutes-2024-12-04.pdf"
    assert find_record(records, planning, "Deferred for a site visit").kind == "decision"
    granted = find_record(records, planning, "That planning permission be GRANTED")
    assert granted.outcome == "approved"
    licence = find_record(records, "licensing-sub-committee-hearing-2025-03-11.pdf", "The Sub-Committee determined to grant")
    assert licence.outcome == "approved"
    # the licence's conditions qualify the decision; they are not decisions of their own
    assert not any(r.text.startswith("no recorded music shall be played") for r in
                   records["licensing-sub-committee-hearing-2025-03-11.pdf"])
    forum = "schools-forum-minutes-2025-01-15.pdf"
    assert find_record(records, forum, "The Forum did not agree the proposed transfer").outcome == "lost"
    assert find_record(records, forum, "Forum members voted to approve").outcome == "approved"


def test_scrutiny_requests_and_recommendations_to_another_body(records):
    name = "health-overview-scrutiny-committee-minutes-2025-01-23.pdf"
    assert find_record(records, name, "The Committee requested that the ICB provide the full modelling").kind == "action"
    rec = find_record(records, name, "that the ICB publish each month")
    assert (rec.kind, rec.outcome) == ("recommendation", "recommended")
    assert find_record(records, name, "The Committee agreed to refer the proposals").outcome == "referred"
    wales = "county-council-cabinet-wales-minutes-2025-02-11.pdf"
    budget = find_record(records, wales, "That the net revenue budget for 2025/26")
    assert budget.outcome == "recommended"  # under "RECOMMENDATION TO COUNCIL:"
