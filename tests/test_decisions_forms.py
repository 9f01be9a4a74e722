"""One minutes PDF holding twenty decision forms common in UK council and NHS minutes, one each.

Written before the extractor was checked against them (the forms the Kent archive and the
layouts dev set do not hold between them); each must give a record, nothing else may.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from evals.pdfwriter import write_pdf

from conftest import pdf_records

FORMS = [
    "The Committee RECEIVED and NOTED the quarterly risk report.",
    "The Board received and noted the update on the digital programme.",
    "The Board RECEIVED the Integrated Performance Report for month 10.",
    "Resolved: The Board approved the revised Standing Financial Instructions.",
    "RESOLVED: to approve the Annual Report and Accounts for 2024/25.",
    "The Committee agreed to recommend the estates policy to the Board for approval.",
    "DECISION: The Board approved the business case for the new endoscopy unit.",
    "It was RESOLVED that the cleaning contract be awarded to Acme Services Ltd.",
    "The Panel noted the report and agreed the recommendations set out in it.",
    "Agreed: the terms of reference were approved subject to minor amendments.",
    "The Board NOTED the Chief Executive's report on operational pressures.",
    "Members AGREED to defer the item on car parking charges to the next meeting.",
    "The minutes of the meeting held on 3 March 2025 were agreed as a correct record.",
    "The recommendations in the report on school transport were agreed.",
    "The Sub-Committee approved the variation to the contract with Acme Ltd (ref 25/00123).",
    "ACTION: Director of Finance to circulate the revised forecast by 30 April 2025.",
    "Resolved - (a) that the report on fly-tipping be noted; (b) that the enforcement proposals be approved.",
    "The Cabinet Member AGREED to take the decision as set out in the report.",
    "The Board ratified the decision of the Remuneration Committee on executive pay.",
    "The Committee endorsed the draft Joint Local Health and Wellbeing Strategy.",
]


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory):
    lines = ["NHS Example Trust Board", "Minutes of the meeting held on Tuesday 8 April 2025 at Trust HQ",
             "Present: A Smith (Chair), B Jones", ""]
    for i, form in enumerate(FORMS, 1):
        lines += [f"{i}. ITEM {i} TITLE", "Discussion took place on the paper presented by the lead officer.", form, ""]
    return pdf_records(write_pdf(Path(tmp_path_factory.mktemp("forms")) / "trust-board-minutes.pdf",
                                 [lines[:60], lines[60:]]))


@pytest.mark.parametrize("form", FORMS)
def test_each_form_gives_a_record(records, form: str) -> None:
    found = [r for r in records if r.text[:25] in form or form[:25] in r.text]
    assert found, [r.text[:60] for r in records]
    assert found[0].meeting_date == "2025-04-08"


def test_nothing_else_is_a_record(records) -> None:
    # the discussion lines and item headings between them are not decisions
    assert not [r.text for r in records if not any(r.text[:25] in f or f[:25] in r.text for f in FORMS)]


def test_parts_on_the_resolved_line_and_capitals(records) -> None:
    parts = [r for r in records if "fly-tipping" in r.text]
    assert parts and parts[0].lead_in.startswith("Resolved") and parts[0].outcome == "noted"
    received = [r for r in records if r.text.startswith("The Board RECEIVED")]
    assert received and received[0].kind == "noting"


HEADINGS = [
    ["MINUTES OF THE MEETING OF THE AUDIT COMMITTEE HELD ON 14 NOVEMBER 2024 AT 10.00 AM"],
    ["Treasury Management Group", "Meeting Note", "Date: 14 November 2024", "Venue: Room 2, County Hall"],
    ["Notes of the meeting of the Finance Working Group held on Thursday, 14th November 2024"],
    ["Minutes", "Name of meeting: Quality Committee", "Date of meeting: 14/11/2024", "Time: 2.00 pm"],
    ["NHS Example Integrated Care Board", "Board Meeting held in Public", "Minutes", "14 November 2024"],
    ["Record of the meeting of the Schools Forum, 14 November 2024"],
    ["Corporate Parenting Panel - Thursday, 14 November 2024", "MINUTES"],
    ["Action notes: Health Protection Board - 14.11.2024"],
    ["Minutes of the Planning Committee", "Date: Thursday 14 November 2024", "Time: 7.00pm"],
    ["DRAFT MINUTES", "Health and Wellbeing Board", "14 November 2024"],
    ["Extract from the minutes of the Cabinet meeting held on 14 November 2024"],
    ["Harbour Trust", "Minutes of the Board of Trustees", "Meeting date: 14 November 2024"],
]
BODY = ["Present: A Smith (Chair), B Jones, C Brown", "", "1. APOLOGIES", "Apologies were received from D White.",
        "2. MINUTES OF THE PREVIOUS MEETING",
        "The minutes of the meeting held on 12 September 2024 were agreed as a correct record.",
        "3. ANNUAL REPORT", "The report was presented by the lead officer.",
        "RESOLVED that the annual report be approved for publication."]


@pytest.mark.parametrize("heading", HEADINGS, ids=[h[0][:30] for h in HEADINGS])
def test_minutes_headings_give_the_meeting_date(heading: list[str], tmp_path: Path) -> None:
    """Twelve ways minutes name their meeting; the previous meeting's date further down is not it."""
    records = pdf_records(write_pdf(tmp_path / "m.pdf", [[*heading, "", *BODY]]))
    assert len(records) == 2 and {r.meeting_date for r in records} == {"2024-11-14"}


@pytest.mark.parametrize(("text", "lead_in", "form", "outcome"), [
    ("The Board RATIFIED the urgent decision taken by the Chief Executive and the Chair.", "", "approval", "ratified"),
    ("Having considered the reasons for the call-in, the Committee resolved to refer the decision back to Cabinet.",
     "", "call_in", "referred back"),
    ("The Committee resolved to take no further action on the call-in.", "", "call_in", "no further action"),
    ("That Mr H Lindqvist be appointed as an Independent Person.", "RESOLVED –", "approval", "approved"),
    ("that the revised Local Code be recommended to Council for adoption.", "", "recommendation", "recommended"),
    ("The Committee AGREED to defer consideration of the revised policy.", "", "deferral", "deferred"),
    ("The Group agreed to recommend to the S151 Officer that the limit remain at £10m.", "",
     "recommendation", "recommended"),
    ("the basic allowance be increased by 2.5%.", "The Committee RECOMMENDS to County Council that:",
     "recommendation", "recommended"),
    ("The Committee also AGREED to ask the Head of Democratic Services to report on options.", "", "action", ""),
    ("To request that the Leader of the Council writes to the Chancellor.", "", "resolution", "agreed"),  # not an officer
    ("It was proposed by Cllr A Smith, seconded by Cllr B Jones and RESOLVED to approve the payments.", "",
     "approval", "approved"),
    ("The bank reconciliation to 30 November 2024 was noted.", "", "noted", "noted"),
    ("To award the contract for grounds maintenance to Verdant Ltd.", "", "approval", "approved"),
    ("The note of the last meeting was agreed.", "", "approval", "approved"),
])
def test_what_a_resolution_did(text: str, lead_in: str, form: str, outcome: str) -> None:
    from boardbot.decisions.forms import classify

    assert classify(text, lead_in) == (form, outcome)


def test_motion_seconded_by_and_lost_on_a_show_of_hands() -> None:
    from boardbot.decisions.motions import find_motions

    text = ("24/116 Motion on notice\nCllr C Patel moved the following motion, seconded by Cllr D Hughes: \u201cThat "
            "this Council installs solar panels.\u201d\nOn a show of hands the motion was not carried (4 for, 6 against, "
            "1 abstention).\nIt was then proposed by Cllr R Hale, seconded by Cllr J Kaur and unanimously RESOLVED "
            "to ask the Clerk to investigate grant funding.\n")
    emitted, _ = find_motions(text, 0, len(text))
    motion = next(m for m in emitted if m.form == "motion")
    assert (motion.proposer, motion.seconder, motion.outcome) == ("Cllr C Patel", "Cllr D Hughes", "lost")
    assert motion.votes == {"for": 4, "against": 6, "abstain": 1}
    assert motion.end <= text.index("It was then proposed")  # the next proposal is not part of it
