"""Decision forms of common UK council and NHS minutes layouts (evals/layouts, a dev set).

The six PDFs are fictional minutes written, with their labels, before the extractor was changed
for them; these tests hold the forms they taught it: "The Board:" bullets in capitals, "was NOTED",
"Action: JS to ...", "The Head of Housing to provide ... by 30 April 2025", motions "moved by ...
and seconded by ...", "The amendment was therefore LOST.", and minutes inside a later pack.
"""

from __future__ import annotations

from pathlib import Path

from conftest import find_record

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = ROOT / "evals" / "layouts"
LABELS = LAYOUTS / "decisions-layouts.jsonl"


def _records(name: str):
    from boardbot.decisions import extract_decisions
    from boardbot.parsing.document import load
    from boardbot.parsing.pdf_reader import PypdfReader

    return extract_decisions(load(LAYOUTS / "papers" / name, PypdfReader(), None))


LAYOUTS = "layouts"  # the set the shared ``records`` fixture (conftest.py) reads


def test_board_colon_bullets_are_one_record_each(records):
    name = "icb-board-minutes-2025-01-14.pdf"
    approved = find_record(records, name, "APPROVED the release of £2.1m")
    assert (approved.form, approved.outcome, approved.page) == ("approval", "approved", 2)
    assert approved.lead_in == "The Board:"
    assert find_record(records, name, "NOTED the four-hour performance").outcome == "noted"


def test_capitals_passive_and_actions(records):
    name = "audit-governance-committee-agenda-2025-06-24.pdf"
    noted = find_record(records, name, "The Strategic Risk Register as at 31 December 2024 was NOTED")
    assert (noted.kind, noted.meeting_date) == ("noting", "2025-03-18")  # the minutes' meeting, not the pack's
    act = find_record(records, "partnership-board-minutes-2025-03-06.pdf", "Action: JS to circulate the revised terms of reference")
    assert act.kind == "action" and act.owner.startswith("JS")
    briefing = find_record(records, "scrutiny-committee-minutes-2025-03-13.pdf", "The Head of Housing to provide")
    assert briefing.kind == "action" and "30 April 2025" in briefing.deadline


def test_passive_motions_with_their_outcomes(records):
    name = "district-council-minutes-2024-12-12.pdf"
    amendment = find_record(records, name, "An amendment was moved by Councillor Sandford")
    assert (amendment.form, amendment.outcome) == ("amendment", "lost")
    assert amendment.proposer.endswith("Sandford") and amendment.seconder.endswith("Chandran")
    lost = find_record(records, name, "The following motion was moved by Councillor Gallacher")
    # its vote table is unreadable: the outcome stands, no count is invented
    assert lost.outcome == "lost" and not lost.votes


def test_parts_numbered_in_brackets_across_a_page_break(records):
    name = "hwb-minutes-2025-02-05.pdf"
    # "RESOLVED: That the Board" / "(1) approves ..." / "(2) notes ...; and" / page footer / "(3) delegates ..."
    approves = find_record(records, name, "approves the Better Care Fund quarter 3 return")
    assert (approves.outcome, approves.lead_in) == ("approved", "RESOLVED: That the Board")
    delegates = find_record(records, name, "delegates authority to the Director of Adult Social Care")
    assert (delegates.form, delegates.page) == ("delegation", 2)
    parts = find_record(records, "district-council-minutes-2024-12-12.pdf", "the disposal of the freehold")
    assert parts.lead_in == "RESOLVED – That" and parts.outcome == "approved"


def test_reasons_and_debate_are_not_decisions(records):
    name = "scrutiny-committee-minutes-2025-03-13.pdf"
    texts = [r.text for r in records[name]]
    # the call-in's resolution is one record; the reasons listed under it are not records
    assert any(t.startswith("Having considered the reasons for the call-in") for t in texts)
    assert not any(t.startswith(("residents had not been consulted", "the equality impact assessment")) for t in texts)
    assert not any(t.startswith("Members noted that") for t in texts)  # points made in debate
    hwb = [r.text for r in records["hwb-minutes-2025-02-05.pdf"]]
    assert not any(t.startswith("In discussion, members noted") for t in hwb)


def test_action_log_rows_and_bare_decision_lines(records):
    name = "icb-board-minutes-2025-01-14.pdf"
    tracker = find_record(records, name, "Circulate the month 9 efficiency scheme tracker to all Board members")
    assert (tracker.kind, tracker.owner, tracker.deadline) == ("action", "RT", "2025-02-07")
    # the log's row for an action the minutes already recorded ("ACTION: MK to ...") is not a second record
    assert not any(r.text.startswith("Revised trajectory for ambulance handover") for r in records[name])
    approved = find_record(records, "partnership-board-minutes-2025-03-06.pdf", "Approved.")
    assert (approved.lead_in, approved.outcome) == ("Decision:", "approved")
