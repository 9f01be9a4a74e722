"""Six more minutes layouts (evals/layouts5, a dev set): an audit committee's "The Committee:" with
lettered parts, a standards hearing panel, an ICB primary care commissioning committee ratifying
decisions taken in private, a council's recorded vote printed as names, an individual Cabinet
Member's record of decision with numbered parts, and an annual parish meeting that takes no
decisions (every record from it is a false positive).

Written by someone who had not read the extractor; measured before any change for them: precision
0.688, recall 0.865, meeting date 1.000, outcome 0.786 (52 labels). These tests hold what they taught it.
"""

from __future__ import annotations

from conftest import find_record

LAYOUTS = "layouts5"  # the set the shared ``records`` fixture (conftest.py) reads


def test_items_take_the_verb_of_their_lead_in(records):
    name = "icb-primary-care-commissioning-committee-minutes-2025-01-09.pdf"
    ratified = [r for r in records[name] if r.outcome == "ratified"]
    assert len(ratified) == 3 and all(r.lead_in for r in ratified)


def test_a_cabinet_members_record_of_decision_gives_each_numbered_part(records):
    name = "cabinet-member-decision-notice-2025-03-14.pdf"
    parts = [r.text[:25] for r in records[name]]
    assert len(parts) == 4, parts
    assert find_record(records, name, "To authorise the Director of Environment").form == "delegation"
    assert {r.meeting_date for r in records[name]} == {"2025-03-14"}


def test_a_panels_findings_are_recorded(records):
    finding = find_record(records, "standards-hearing-panel-minutes-2025-02-18.pdf", "The Panel found that Councillor")
    assert finding.outcome == "agreed"
