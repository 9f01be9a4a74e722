"""Which meeting a decision belongs to, and record styles of other bodies (evals/layouts8, a dev set): a
committee's minutes extract appended to a Council report, a pack holding the previous meeting's minutes,
an adjourned meeting reconvened a week later, a combined authority's decision notice, a town council's
minutes and a Council of Governors' outcome table.

Written by someone who had not read the extractor; measured before any change for them: precision
0.935, recall 0.597, meeting date 0.907, outcome 0.927 (72 labels). These tests hold what they taught it.
"""

from __future__ import annotations

from conftest import find_record

LAYOUTS = "layouts8"  # the set the shared ``records`` fixture (conftest.py) reads


def test_a_decision_notice_lists_what_the_meeting_decided(records):
    name = "combined-authority-decision-notice-2025-06-27.pdf"
    texts = [r.text for r in records[name]]
    # "Decision:" / "The Combined Authority:" / "(1) approved ...": each part is a record
    assert find_record(records, name, "approved the Tennvale Bus Service Improvement Plan").outcome == "approved"
    assert find_record(records, name, "The Combined Authority deferred consideration").outcome == "deferred"
    assert find_record(records, name, "The Combined Authority appointed Ms Rebecca Oyelowo").outcome == "approved"
    # the schedule's headings ("DECISION 1 – TCA/D/25/031 ...", "DECISION NOTICE") are not decisions
    assert not [t for t in texts if t.startswith(("1 – TCA", "NOTICE"))]
    assert {r.meeting_date for r in records[name]} == {"2025-06-27"}


def test_decisions_of_a_reconvened_sitting_are_dated_the_day_it_reconvened(records):
    name = "council-minutes-2025-07-01.pdf"
    first = find_record(records, name, "That this Council asks the Cabinet to introduce a borough-wide ban")
    assert first.meeting_date == "2025-07-01"
    later = find_record(records, name, "the revised Petitions Scheme at Appendix A to the report be adopted")
    assert later.meeting_date == "2025-07-08"


def test_a_minutes_extract_is_dated_by_its_committees_meeting(records):
    name = "council-report-appendix-b-2025-07-17.pdf"
    assert {r.meeting_date for r in records[name]} == {"2025-06-24"}
