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


def test_an_outcome_column_table_gives_a_record_a_cell(records):
    name = "council-of-governors-minutes-2025-07-22.pdf"
    by_text = {r.text: r for r in records[name]}
    # the cell's first printed line, each under its row's reference; a bare outcome word is a record too
    assert by_text["APPROVED the appointment of Ms"].item == "CoG/25/22"
    assert (by_text["RECEIVED"].form, by_text["RECEIVED"].outcome) == ("noted", "received")
    assert by_text["RATIFIED"].outcome == "ratified"
    assert [r.item for r in records[name] if r.text == "NOTED"] == ["CoG/25/21", "CoG/25/28"]
    # a cell's second paragraph names what it defers; the Item and Discussion words before it are not its
    assert by_text["Governor expenses policy DEFERRED"].outcome == "deferred"
    action = by_text["Written answers to"]
    assert (action.kind, action.lead_in, action.owner, action.deadline) == ("action", "Action:", "CN", "2025-08-29")
    assert by_text["Circulate revised terms of"].owner == "TS"
    # the Discussion column's narrative (the Board's approval "in May", a committee's recommendation) is not
    assert len(records[name]) == 12 and not [t for t in by_text if "Board of Directors" in t or "recommended" in t]


def test_a_report_after_reprinted_minutes_goes_to_the_packs_meeting(records):
    name = "hwb-agenda-pack-2025-06-11.pdf"
    rec = find_record(records, name, "approve the Pharmaceutical Needs Assessment 2025")
    assert (rec.source, rec.meeting_date, rec.outcome) == ("report", "2025-06-11", "recommended")
    assert find_record(records, name, "The Board's forward plan for 2025/26 was agreed").meeting_date == "2025-03-12"
    # the report's summary retells others' decisions in the past tense: not the minutes', not records
    assert not [r for r in records[name] if "Cabinet approved" in r.text or "was approved for consultation" in r.text]
    assert {r.meeting_date for r in records[name] if r.source == "minutes"} == {"2025-03-12"}


def test_the_original_motion_carried_after_a_lost_amendment(records):
    name = "council-minutes-2025-07-01.pdf"
    motion = find_record(records, name, "The following motion was moved by Councillor Cairns")
    assert (motion.form, motion.outcome) == ("motion", "carried")
    assert motion.votes == {"for": 19, "against": 0, "abstain": 12}
    assert not [r for r in records[name] if r.text.startswith("The original motion was then put")]
    # the motion's RESOLVED is one sentence: a later minute's list keeps its own forms
    assert find_record(records, name, "the revised Petitions Scheme").form == "approval"
    withdrawn = find_record(records, name, "Councillor Bhatt, with the consent of the Council, withdrew")
    assert (withdrawn.form, withdrawn.outcome) == ("withdrawal", "withdrawn")
    # "(b) Treasury Management Annual Report 2024/25" after "(1) ... (2) ..." heads the next part of the minute
    assert not [r for r in records[name] if r.text.startswith("Treasury Management Annual Report")]


def test_accepting_a_quotation_is_an_approval(records):
    rec = find_record(records, "town-council-minutes-2025-07-14.pdf", "It was RESOLVED to accept the quotation")
    assert (rec.form, rec.outcome) == ("approval", "approved")


def test_authority_delegated_to_approve_is_a_delegation(records):
    rec = find_record(records, "hwb-agenda-pack-2025-06-11.pdf", "That authority be delegated to the Director")
    assert (rec.form, rec.outcome) == ("delegation", "agreed")
