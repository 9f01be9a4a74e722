"""Forms of Scottish integration joint boards, Northern Ireland councils and English area boards.

A Scottish board's amendment moved "As an amendment, ..." and a division between it and the motion, then
the "Decision" list that follows; a Northern Ireland council's "Proposed by ..., Seconded by ... – That ...",
its recorded vote "declared LOST", and its "and Resolved – That ..."; a Notice of Motion carried after its
amendment was withdrawn; an area board's grants under "Decision" ("... was awarded £2,000 towards ...").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from evals.pdfwriter import write_pdf

from boardbot.decisions.forms import classify, read_outcome
from boardbot.decisions.layout import _is_stop
from boardbot.decisions.motions import find_motions
from conftest import pdf_records

IJB = [
    "Strathlyon Integration Joint Board",
    "MINUTE of MEETING of the STRATHLYON INTEGRATION JOINT BOARD held on Wednesday 11 March 2026 at 2.00 pm.",
    "Present: Councillor A Munro (Chair), Mr B Fyfe, Councillor C Gray, Dr D Innes.",
    "4. FINANCIAL PLAN 2026/27",
    "There was submitted a report by the Chief Finance Officer on the financial plan for 2026/27.",
    "Councillor Gray, seconded by Dr Innes, moved that the Board approve the recommendations.",
    "As an amendment, Mr Fyfe, seconded by Councillor Munro, moved that the Board continue the",
    "item to its next meeting.",
    "On a division, there voted for the amendment 2 and for the motion 6, and the motion was",
    "accordingly carried.",
    "Decision",
    "The Integration Joint Board:",
    "(a) approved the financial plan for 2026/27 of £301.4 million;",
    "(b) agreed to issue the Direction at Appendix 2 to Strathlyon Council (Direction reference",
    "SIJB/D/2026/04);",
    "(c) noted the position on reserves; and",
    "(d) instructed the Chief Finance Officer to report on the recovery plan to the meeting in June.",
    "5. DATE OF NEXT MEETING",
    "The next meeting will be held on Wednesday 10 June 2026.",
]

NI = [
    "Carrowmore and Glenavy District Council",
    "Minutes of the meeting of Carrowmore and Glenavy District Council held on Tuesday 7 April 2026 at 7.00 pm",
    "In the Chair: The Mayor (Councillor P Doherty)",
    "D.051/26 MINUTES OF THE COUNCIL MEETING HELD ON 3 MARCH 2026",
    "Proposed by Councillor McGrath, Seconded by Alderman Wylie and Resolved – That the minutes",
    "of the Council meeting held on 3 March 2026 be taken as read and signed as correct.",
    "D.052/26 CALL-IN OF DECISION L.014/26 – LEISURE PRICING",
    "Members debated the item.",
    "Proposed by Councillor Ó Néill, Seconded by Councillor Burns – That the Council affirms the",
    "decision of the Leisure Committee (L.014/26) on leisure pricing.",
    "On a recorded vote being taken, there voted For 20 and Against 10.",
    "The proposal, having failed to achieve the qualified majority of 80 per cent of the Members",
    "present and voting, was declared LOST.",
    "D.053/26 RECOMMENDATIONS OF THE POLICY AND RESOURCES COMMITTEE",
    "Proposed by Alderman Wylie, Seconded by Councillor Burns and Resolved – That the Council",
    "approves the following recommendations of the Policy and Resources Committee:",
    "(a) that the district rate for 2026/27 be struck at 41.2201p in the pound for non-domestic property;",
    "(b) that the Director of Finance be authorised to sign the grant agreement with the Department.",
    "D.054/26 NOTICE OF MOTION – WATER REFILL STATIONS",
    "The following Notice of Motion was proposed by Councillor Burns and seconded by",
    "Councillor McGrath:",
    '"That this Council installs water refill stations in its parks."',
    "An amendment was proposed by Alderman Wylie and seconded by Councillor Doherty, to add the",
    'words "subject to a costed report".',
    "Following discussion, the amendment was withdrawn with the consent of the meeting.",
    "The Notice of Motion was put to the meeting and declared carried.",
    "D.055/26 NOTICE OF MOTION – BUS SHELTERS",
    "Councillor Doherty, with the consent of the Council, withdrew her Notice of Motion on bus shelters.",
    "D.056/26 CORRESPONDENCE",
    "It was agreed that the Chief Executive would write to the Department about the road works.",
]

AREA = [
    "Ambridge Area Board",
    "MINUTES OF THE AMBRIDGE AREA BOARD MEETING HELD ON 5 FEBRUARY 2026 AT THE VILLAGE HALL",
    "Present: Cllr E Archer (Chairman), Cllr F Grundy.",
    "6. Area Board Funding",
    "Ambridge Cricket Club – £2,000 towards new nets",
    "Decision",
    "Ambridge Cricket Club was awarded £2,000 towards new nets.",
    "Reason – The application meets the grant criteria.",
    "Ambridge Bowls Club – £800 towards running costs",
    "Decision",
    "The application from Ambridge Bowls Club was refused.",
    "Reason – Running costs are not eligible.",
    "7. Vote of Thanks",
    "It was moved by Cllr Archer, seconded by Cllr Grundy and RESOLVED unanimously",
    "– That the Board's thanks be recorded to the retiring Community Engagement Manager.",
]

# a county pension committee and an area board: movers run on mid-line after the discussion, interests declared
# as scheme members, a past election noted, grants made under delegated authority noted
RUNON = [
    "Thornbury Area Board",
    "MINUTES OF THE THORNBURY AREA BOARD MEETING HELD ON 12 MARCH 2026 AT THE TOWN HALL",
    "Present: Cllr G Hale (Chairman), Cllr H Iqbal, Cllr J Kerr.",
    "3. Declarations of Interest",
    "Cllrs Hale and Iqbal declared that they were deferred members of the Local Government Pension",
    "Scheme.",
    "4. Chairman's Announcements",
    "The Area Board noted that Cllr Hale had been elected Chairman at the meeting in May 2025 for two years.",
    "5. Area Board Funding",
    "Thornbury Tennis Club – £4,000 towards new fencing",
    "Members supported the scheme but were concerned that it would leave little for other groups. Cllr Kerr",
    "proposed, and Cllr Iqbal seconded, that the Tennis Club be awarded £2,500. On being put to the vote the proposal",
    "was carried (3 for, 1 against).",
    "Decision",
    "Thornbury Tennis Club was awarded £2,500 towards new fencing.",
    "Reason – The application meets the grant criteria.",
    "Thornbury Choir – £600 towards music",
    "Decision",
    "The application from Thornbury Choir was refused.",
    "Reason – The choir holds reserves.",
    "Thornbury Scouts – £900 towards tents",
    "The application had been withdrawn by the applicant before the meeting.",
    "Decision",
    "The Area Board noted the grants of £300 and £250 awarded under delegated authority since the last meeting.",
    "6. Pension Fund",
    "Members discussed the fund. County Councillor Lowe moved, and County Councillor Moss seconded, that the",
    "fund divest from tobacco. On being put to the vote the motion was LOST (2 for, 5 against).",
]


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory):
    tmp = Path(tmp_path_factory.mktemp("layouts16"))
    out = {}
    for name, lines in (("ijb-minute.pdf", IJB), ("council-minutes.pdf", NI), ("area-board-minutes.pdf", AREA),
                        ("runon-minutes.pdf", RUNON)):
        out[name] = pdf_records(write_pdf(tmp / name, [lines], size=8))
    return out


def _find(records, start: str):
    found = [r for r in records if r.text.startswith(start)]
    assert found, [r.text[:70] for r in records]
    return found[0]


def test_an_amendment_moved_as_such_before_its_mover_and_the_division(records) -> None:
    recs = records["ijb-minute.pdf"]
    amendment = _find(recs, "As an amendment, Mr Fyfe")
    motion = _find(recs, "Councillor Gray, seconded by Dr Innes")
    assert (amendment.form, amendment.outcome) == ("amendment", "lost")
    assert (motion.outcome, motion.votes["for"], motion.votes["against"]) == ("carried", 6, 2)


def test_the_decision_list_after_a_division_is_every_part(records) -> None:
    recs = records["ijb-minute.pdf"]
    assert _find(recs, "approved the financial plan").outcome == "approved"
    # a reference in capitals wrapping part (b) is no heading: parts (c) and (d) follow it
    assert _find(recs, "agreed to issue the Direction").text.endswith("SIJB/D/2026/04);")
    assert _find(recs, "noted the position on reserves").outcome == "noted"
    assert _find(recs, "instructed the Chief Finance Officer").kind == "action"


def test_northern_ireland_proposed_seconded_and_resolved(records) -> None:
    recs = records["council-minutes.pdf"]
    minutes = _find(recs, "Proposed by Councillor McGrath, Seconded by Alderman Wylie and Resolved")
    assert minutes.outcome == "approved"
    assert "taken as read" in minutes.text


def test_northern_ireland_proposal_lost_on_a_qualified_majority(records) -> None:
    recs = records["council-minutes.pdf"]
    motion = _find(recs, "Proposed by Councillor Ó Néill, Seconded by Councillor Burns")
    assert (motion.form, motion.outcome, motion.proposer) == ("motion", "lost", "Councillor Ó Néill")


def test_the_council_approving_a_committee_s_recommendations_decides_each(records) -> None:
    recs = records["council-minutes.pdf"]
    assert _find(recs, "that the district rate for 2026/27 be struck").outcome == "approved"
    assert _find(recs, "that the Director of Finance be authorised").outcome != "recommended"


def test_notice_of_motion_carried_after_its_amendment_is_withdrawn(records) -> None:
    recs = records["council-minutes.pdf"]
    assert _find(recs, "The following Notice of Motion was proposed").outcome == "carried"
    assert _find(recs, "An amendment was proposed by Alderman Wylie").outcome == "withdrawn"
    assert _find(recs, "Councillor Doherty, with the consent").outcome == "withdrawn"
    # the vote on the notice of motion does not swallow the next minute's business
    assert _find(recs, "It was agreed that the Chief Executive would write").outcome == "agreed"


def test_area_board_grants_under_decision(records) -> None:
    recs = records["area-board-minutes.pdf"]
    assert _find(recs, "Ambridge Cricket Club was awarded £2,000").outcome == "approved"
    _find(recs, "The application from Ambridge Bowls Club was refused.")


def test_moved_and_resolved_unanimously_with_the_that_on_a_dash_line(records) -> None:
    recs = records["area-board-minutes.pdf"]
    thanks = _find(recs, "It was moved by Cllr Archer")
    assert "That the Board's thanks be recorded" in thanks.text


def test_pieces() -> None:
    assert read_outcome("The proposal, having failed, was declared LOST.") == "lost"
    assert read_outcome("the amendment was withdrawn with the consent of the meeting.") == "withdrawn"
    assert not _is_stop("SIJB/D/2026/04);") and _is_stop("FINANCIAL PLAN 2026/27")
    assert classify("RESOLVED unanimously to co-opt Mrs J Pike as a member of the Council")[1] == "approved"
    assert classify("that the district rate be struck at 38.1p in the pound")[1] == "approved"
    text = "9/26 ITEM\nAs an amendment, Councillor Ross, seconded by Councillor Kerr, moved that the item be continued.\n"
    emitted, _ = find_motions(text, 0, len(text))
    assert emitted and emitted[0].form == "amendment" and emitted[0].proposer == "Councillor Ross"


def test_a_mover_and_seconder_run_on_after_the_discussion(records) -> None:
    recs = records["runon-minutes.pdf"]
    grant = _find(recs, "Cllr Kerr proposed, and Cllr Iqbal seconded")
    assert (grant.form, grant.outcome, grant.proposer, grant.seconder) == ("motion", "carried", "Cllr Kerr", "Cllr Iqbal")
    divest = _find(recs, "County Councillor Lowe moved, and County Councillor Moss seconded")
    assert (divest.form, divest.outcome, divest.proposer) == ("motion", "lost", "County Councillor Lowe")
    # support with a reservation is the debate, not a record
    assert not [r for r in recs if "Members supported" in r.text]


def test_a_motion_s_movers_credit_its_decision_only(records) -> None:
    recs = records["runon-minutes.pdf"]
    assert _find(recs, "Thornbury Tennis Club was awarded £2,500").proposer == "Cllr Kerr"
    # the item's next application is decided on its own
    assert _find(recs, "The application from Thornbury Choir was refused.").proposer == ""


def test_scheme_membership_and_a_past_election_are_no_decisions(records) -> None:
    recs = records["runon-minutes.pdf"]
    assert not [r for r in recs if "deferred members" in r.text or "had been elected Chairman" in r.text]


def test_withdrawn_before_the_meeting_and_delegated_grants_noted(records) -> None:
    recs = records["runon-minutes.pdf"]
    assert _find(recs, "The application had been withdrawn by the applicant").outcome == "withdrawn"
    assert _find(recs, "The Area Board noted the grants of £300").outcome == "noted"


def test_admission_to_a_pension_fund_and_deferred_members() -> None:
    assert classify("RESOLVED – That Acme Cleaning Ltd be admitted to the Fund as an admission body")[1] == "approved"
    assert classify("That 40 deferred members be written to about the change")[1] != "deferred"
    assert classify("That consideration of the item be deferred to the next meeting")[1] == "deferred"
    assert read_outcome("On being put to the vote the proposal\nwas carried (3 for, 1 against).") == "carried"
    # a verb alone mid-line is narrative: the proposal needs its seconder
    text = "5/26 ITEM\nMembers discussed it. Cllr Dunn moved on to the next point and the item was noted.\n"
    assert not find_motions(text, 0, len(text))[0]
