"""Write the five layouts10 documents (PDFs with a real text layer) and their decision labels.

    .venv/bin/python evals/layouts10/make.py

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py (``build_set``):
in a page's source every line is one paragraph, wrapped at 92 characters; a line starting with "=" is printed as
it stands; the footer is added as each page's last line. Tables use ``table`` (layouts9's: a long word is never
broken). All bodies, people and figures are fictional. Written blind (see README.md).
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the repository root holds evals
from evals.layouts.make import build_set  # noqa: E402
from evals.layouts.make import table as _table  # noqa: E402


def table(rows: list[tuple], widths: tuple[int, ...]) -> str:
    """A table whose long words (references) are never broken."""
    return _table(rows, widths, break_long_words=False)


def first_line(cell: str, width: int) -> str:
    """The first printed line of a table cell: what a row's label text is (the next line runs into other columns)."""
    return textwrap.wrap(cell, width, break_long_words=False, break_on_hyphens=False)[0]


# ---------------------------------------------------------------------------------------
# 1. London borough Cabinet: CAB nn/25 minutes, "RESOLVED: That Cabinet (1) … (2) … (3) …"
# ---------------------------------------------------------------------------------------
CAB = {
    "file": "tamsford-cabinet-minutes-2025-11-18.pdf",
    "layout": "London borough Cabinet minutes: CAB nn/25 minute numbers, 'RESOLVED: That Cabinet (1) … (2) … (3) …', "
              "'Reasons for decision' and 'Alternative options considered' paragraphs, Key Decision references "
              "KD5123 …, 'The report was NOTED', a call-in period note",
    "meeting_date": "2025-11-18",
    "body": "London Borough of Tamsford Cabinet",
    "footer": "London Borough of Tamsford – Cabinet – 18 November 2025                                        Page {n} of {of}",
    "pages": ["""
=LONDON BOROUGH OF TAMSFORD
=MINUTES OF THE MEETING OF THE CABINET
=Tuesday 18 November 2025 at 7.00 pm, Committee Room 1, Tamsford Town Hall

=Present:  Councillor Priya Raman (Leader, Chair), Councillor Dominic Osei (Deputy Leader; Housing),
=          Councillors Helen Garvey (Finance and Resources), Tariq Hussain (Environment and Transport),
=          Joanne McBride (Children and Education), Rhys Pendleton (Adult Social Care and Health)
=Also present: Councillor Martin Lowe (Leader of the Opposition); Councillor Amina Bello (Chair of Overview
=          and Scrutiny)

=CAB 41/25  APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor Sunita Kaur (Culture and Communities).

=CAB 42/25  DECLARATIONS OF INTEREST
Councillor McBride declared a non-pecuniary interest in minute CAB 47/25 as a governor of Harcourt Road Primary School. She remained in the meeting.

=CAB 43/25  MINUTES
RESOLVED: That the minutes of the meeting held on 21 October 2025 be agreed as a correct record.

=CAB 44/25  COUNCIL TAX SUPPORT SCHEME 2026/27 (Key Decision reference KD5123)
Councillor Garvey introduced the report. The Cabinet had previously agreed, on 15 July 2025, to consult on a scheme with a minimum payment of 15% for working-age claimants. The consultation had received 1,184 responses, 61% of which opposed the minimum payment. Councillor Lowe asked what the scheme would cost if the minimum payment were kept at 10%; the Director of Finance said that it would cost about £1.3m a year more.
RESOLVED: That Cabinet
(1) notes the outcome of the consultation set out in Appendix 2 to the report;
(2) recommends to Full Council that the Council Tax Support scheme 2026/27 at Appendix 1, with a minimum payment of 12.5% for working-age claimants, be adopted; and
(3) delegates authority to the Corporate Director of Resources, in consultation with the Cabinet Member for Finance and Resources, to make minor and technical changes to the scheme before it is published.
Reasons for decision: The Council must review its scheme each year and any change must be agreed by Full Council by 11 March 2026. A minimum payment of 12.5% balances the budget gap with the responses to the consultation.
Alternative options considered: To keep the current scheme unchanged. This was rejected because it would add £2.1m to the budget gap for 2026/27. To adopt a minimum payment of 15%, as consulted on; this was rejected in the light of the consultation responses.

=CAB 45/25  TEMPORARY ACCOMMODATION: PROCUREMENT OF NIGHTLY-PAID PROVISION (Key Decision reference KD5127)
Councillor Osei said that 2,240 households were now in temporary accommodation, 380 more than a year ago. The Director of Housing explained that the framework had been tendered under the Procurement Act 2023 and that the prices were capped at Local Housing Allowance plus 20%.
RESOLVED: That Cabinet
(1) approves the award of places on the Temporary Accommodation Framework to the eleven providers listed in exempt Appendix A, for four years from 1 January 2026 at an estimated value of £46m;
(2) agrees that the Council seek to acquire up to 60 homes for use as temporary accommodation in 2026/27, within the existing capital programme; and
(3) notes that a progress report on the reduction in nightly-paid accommodation will be brought to Cabinet in June 2026.
Reasons for decision: The current arrangements expire on 31 December 2025 and spot purchasing costs on average £34 a night more than framework placements.
Alternative options considered: Continuing to spot purchase, which was rejected on cost, and a single-provider contract, which was rejected because no provider could meet the demand alone.
""", """
=CAB 46/25  REVENUE AND CAPITAL BUDGET MONITORING 2025/26 – QUARTER 2
Councillor Garvey presented the report, which forecast an overspend of £6.8m, mainly in temporary accommodation and children's placements. She said that the spending controls agreed in September were beginning to take effect. In answer to Councillor Bello, the Director of Finance confirmed that no call on the general fund reserve was expected this year.
The report was NOTED.

=CAB 47/25  SCHOOL STREETS PROGRAMME – PHASE 3 (Key Decision reference KD5141)
Councillor Hussain introduced the report on the 14 experimental school streets introduced in April 2025. Monitoring had shown a 41% fall in traffic at school gates, but residents of Harcourt Road had raised concerns about displaced traffic in Mayfield Avenue. The Leader read a statement from the Harcourt Road Residents' Association.
RESOLVED: That Cabinet
(1) approves the making permanent of the experimental traffic orders for the 13 school streets listed in Appendix 1 to the report;
(2) agrees to defer a decision on the Harcourt Road school street until the results of further traffic monitoring in Mayfield Avenue are available; and
(3) instructs the Director of Environment to report the results of that monitoring to Cabinet by 31 March 2026.
Reasons for decision: The school streets have reduced traffic and improved air quality at school gates, and most responses to the consultation supported them.
Alternative options considered: Ending the experimental orders, which was rejected because of the benefits shown by the monitoring.

=CAB 48/25  ANY OTHER BUSINESS
Councillor Lowe asked when the Local Plan review would come to Cabinet. The Leader said that it was expected in February 2026.

=CALL-IN
The call-in period for the decisions in minutes CAB 44/25, CAB 45/25 and CAB 47/25 expires at 5.00 pm on Tuesday 25 November 2025. Decisions that are not called in may be implemented from Wednesday 26 November 2025. The recommendation to Full Council in minute CAB 44/25 (2) is not subject to call-in.

=The meeting ended at 8.42 pm.

=Chair .........................................
"""],
}

CAB_RES = "RESOLVED: That Cabinet"
CAB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="CAB 43/25", title="MINUTES",
         text="RESOLVED: That the minutes of the meeting held on 21 October 2025 be agreed as a correct record"),
    dict(page=1, kind="noted", outcome="noted", minute="CAB 44/25", title="COUNCIL TAX SUPPORT SCHEME 2026/27",
         ref="KD5123", lead_in=CAB_RES,
         text="notes the outcome of the consultation set out in Appendix 2 to the report",
         note="part (1); 'The Cabinet had previously agreed, on 15 July 2025, to consult …' is an earlier decision, "
              "and the 'Reasons for decision' and 'Alternative options considered' paragraphs are not decisions"),
    dict(page=1, kind="recommendation", outcome="recommended", minute="CAB 44/25",
         title="COUNCIL TAX SUPPORT SCHEME 2026/27", ref="KD5123", lead_in=CAB_RES, to="Full Council",
         text="recommends to Full Council that the Council Tax Support scheme 2026/27 at Appendix 1, with a minimum "
              "payment of 12.5% for working-age claimants, be adopted"),
    dict(page=1, kind="delegation", outcome="agreed", minute="CAB 44/25", title="COUNCIL TAX SUPPORT SCHEME 2026/27",
         ref="KD5123", lead_in=CAB_RES,
         text="delegates authority to the Corporate Director of Resources, in consultation with the Cabinet Member for "
              "Finance and Resources, to make minor and technical changes to the scheme before it is published"),
    dict(page=1, kind="approval", outcome="approved", minute="CAB 45/25",
         title="TEMPORARY ACCOMMODATION: PROCUREMENT OF NIGHTLY-PAID PROVISION", ref="KD5127", lead_in=CAB_RES,
         text="approves the award of places on the Temporary Accommodation Framework to the eleven providers listed in "
              "exempt Appendix A, for four years from 1 January 2026 at an estimated value of £46m"),
    dict(page=1, kind="agreement", outcome="agreed", minute="CAB 45/25",
         title="TEMPORARY ACCOMMODATION: PROCUREMENT OF NIGHTLY-PAID PROVISION", ref="KD5127", lead_in=CAB_RES,
         text="agrees that the Council seek to acquire up to 60 homes for use as temporary accommodation in 2026/27, "
              "within the existing capital programme"),
    dict(page=1, kind="noted", outcome="noted", minute="CAB 45/25",
         title="TEMPORARY ACCOMMODATION: PROCUREMENT OF NIGHTLY-PAID PROVISION", ref="KD5127", lead_in=CAB_RES,
         text="notes that a progress report on the reduction in nightly-paid accommodation will be brought to Cabinet "
              "in June 2026"),
    dict(page=2, kind="noted", outcome="noted", minute="CAB 46/25",
         title="REVENUE AND CAPITAL BUDGET MONITORING 2025/26 – QUARTER 2", text="The report was NOTED",
         note="'the spending controls agreed in September' is an earlier decision; the Director's answer is not one"),
    dict(page=2, kind="approval", outcome="approved", minute="CAB 47/25", title="SCHOOL STREETS PROGRAMME – PHASE 3",
         ref="KD5141", lead_in=CAB_RES,
         text="approves the making permanent of the experimental traffic orders for the 13 school streets listed in "
              "Appendix 1 to the report"),
    dict(page=2, kind="deferral", outcome="deferred", minute="CAB 47/25", title="SCHOOL STREETS PROGRAMME – PHASE 3",
         ref="KD5141", lead_in=CAB_RES,
         text="agrees to defer a decision on the Harcourt Road school street until the results of further traffic "
              "monitoring in Mayfield Avenue are available"),
    dict(page=2, kind="action", outcome=None, minute="CAB 47/25", title="SCHOOL STREETS PROGRAMME – PHASE 3",
         ref="KD5141", lead_in=CAB_RES, owner="Director of Environment", deadline="2026-03-31",
         text="instructs the Director of Environment to report the results of that monitoring to Cabinet by 31 March "
              "2026",
         note="the call-in note after the last minute and 'any other business' are not decisions"),
]

# ---------------------------------------------------------------------------------------
# 2. Scottish council committee minute: "Decision", "The Committee agreed:- (1) …; (2) …; and (3) …"
# ---------------------------------------------------------------------------------------
SCOT = {
    "file": "dunlarig-environment-infrastructure-committee-minute-2025-09-09.pdf",
    "layout": "Scottish council committee minute: numbered items, 'There was submitted a report by …', 'Decision' on "
              "its own line, 'The Committee agreed:- (1) to …; (2) to …; and (3) to …', a motion and an amendment "
              "moved and seconded, 'On a division, there voted for the motion 9, for the amendment 5, and the motion "
              "was accordingly carried', 'The Committee agreed to continue consideration to its next meeting'",
    "meeting_date": "2025-09-09",
    "body": "Dunlarig Council Environment and Infrastructure Committee",
    "footer": "Dunlarig Council – Environment and Infrastructure Committee – 9 September 2025              Page {n} of {of}",
    "pages": ["""
=DUNLARIG COUNCIL
=Minute of Meeting of the Environment and Infrastructure Committee
=held in the Council Chambers, Burgh Buildings, Dunlarig, on Tuesday 9 September 2025 at 10.00 am

=Present:  Councillor Euan Fraser (Convener); Councillors Mairi Lindsay (Vice-Convener), Stuart Baird, Ross
=          Cunningham, Fiona Dewar, Kenneth Gow, Aileen Hay, Iain MacLeod, Shona McInnes, Callum Munro,
=          Gillian Reid, Neil Sutherland, Ewan Tait and Catriona Young
=In attendance:  Executive Director of Place; Head of Roads and Transport; Head of Waste and Environmental
=          Services; Legal Manager; Committee Officer

=1.  DECLARATIONS OF INTEREST
Councillor Hay declared an interest in item 5 as a resident of Riverside Terrace and took no part in the consideration of that item.

=2.  MINUTE OF PREVIOUS MEETING
The minute of the meeting of 17 June 2025 was submitted.
=Decision
To approve the minute as a correct record.

=3.  ROADS CAPITAL PROGRAMME 2025/26 – PROGRESS REPORT
There was submitted a report by the Executive Director of Place on progress with the roads capital programme 2025/26, which the Committee had approved on 11 March 2025. The Head of Roads and Transport advised that 38 of the 52 resurfacing schemes had been completed and that the A917 Lochside bridge scheme would slip into 2026/27. In response to a question from Councillor Dewar, he confirmed that the programme remained within budget.
=Decision
=The Committee agreed:-
(1) to note the progress made with the roads capital programme 2025/26;
(2) to approve the addition to the programme of the B8024 Glenbrae Road resurfacing scheme at an estimated cost of £420,000, funded from the slippage on the A917 Lochside bridge scheme; and
(3) to instruct the Executive Director of Place to submit a revised programme for 2026/27 to the meeting of the Committee on 2 December 2025.

=4.  HOUSEHOLD WASTE RECYCLING CENTRES – BOOKING SYSTEM
There was submitted a report by the Executive Director of Place proposing that a booking system be introduced at the Council's four household waste recycling centres, following a trial at the Kilbride Road centre from January to June 2025. The report recommended that the Committee (i) approve the introduction of the booking system from 3 November 2025; and (ii) instruct the Head of Waste and Environmental Services to review its operation after six months.
Councillor Fraser, seconded by Councillor Lindsay, moved that the Committee approve the recommendations in the report.
Councillor MacLeod, seconded by Councillor Baird, moved as an amendment that the Committee agree to retain drop-in access at all four centres on weekdays and to introduce bookings only at weekends.
On a division, there voted for the motion 9, for the amendment 5, and the motion was accordingly carried.
=Decision
=The Committee agreed:-
(1) to approve the introduction of a booking system at the four household waste recycling centres from 3 November 2025; and
(2) to instruct the Head of Waste and Environmental Services to review the operation of the booking system after six months and to report to the Committee.
""", """
=5.  RIVERSIDE TERRACE FLOOD PROTECTION SCHEME
There was submitted a report by the Executive Director of Place seeking approval of the outline design of the Riverside Terrace flood protection scheme. Members raised concerns about the height of the proposed wall and its effect on the view from the riverside path, and asked whether a demountable barrier had been considered. The Head of Roads and Transport said that SEPA had advised against demountable defences at this location.
=Decision
The Committee agreed to continue consideration to its next meeting to allow officers to provide visualisations of the proposed wall and a costed comparison with a demountable barrier.

=6.  LOCAL BUS SERVICES – SUPPORTED NETWORK REVIEW
There was submitted a report by the Executive Director of Place on the review of the supported local bus network. The report advised that the Scottish Government had agreed to extend the Community Bus Fund for a further year and that the contract for services 41 and 41A ended on 31 March 2026. Councillor Reid asked about the number of passengers using the evening services; the Head of Roads and Transport undertook to circulate the figures.
=Decision
=The Committee agreed:-
(1) to note the outcome of the supported network review;
(2) to delegate authority to the Executive Director of Place to tender services 41 and 41A on the revised timetable set out in Appendix 2 to the report; and
(3) to refer the report to the Policy and Resources Committee for consideration of the funding of the evening services from 1 April 2026.

=The meeting ended at 12.35 pm.
"""],
}

SCOT_AGREED = "The Committee agreed:-"
SCOT_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="2", title="MINUTE OF PREVIOUS MEETING", lead_in="Decision",
         text="To approve the minute as a correct record"),
    dict(page=1, kind="noted", outcome="noted", minute="3", title="ROADS CAPITAL PROGRAMME 2025/26 – PROGRESS REPORT",
         lead_in=SCOT_AGREED, text="to note the progress made with the roads capital programme 2025/26",
         note="part (1); 'which the Committee had approved on 11 March 2025' is an earlier decision"),
    dict(page=1, kind="approval", outcome="approved", minute="3", title="ROADS CAPITAL PROGRAMME 2025/26 – PROGRESS REPORT",
         lead_in=SCOT_AGREED,
         text="to approve the addition to the programme of the B8024 Glenbrae Road resurfacing scheme at an estimated "
              "cost of £420,000, funded from the slippage on the A917 Lochside bridge scheme"),
    dict(page=1, kind="action", outcome=None, minute="3", title="ROADS CAPITAL PROGRAMME 2025/26 – PROGRESS REPORT",
         lead_in=SCOT_AGREED, owner="Executive Director of Place", deadline="2025-12-02",
         text="to instruct the Executive Director of Place to submit a revised programme for 2026/27 to the meeting of "
              "the Committee on 2 December 2025",
         note="'to instruct X to submit … to the meeting on 2 December 2025': an action, the meeting date its deadline"),
    dict(page=1, kind="motion", outcome="carried", minute="4", title="HOUSEHOLD WASTE RECYCLING CENTRES – BOOKING SYSTEM",
         votes={"for": 9, "against": 5, "abstain": 0}, proposer="Councillor Fraser", seconder="Councillor Lindsay",
         text="Councillor Fraser, seconded by Councillor Lindsay, moved that the Committee approve the recommendations "
              "in the report",
         note="'On a division, there voted for the motion 9, for the amendment 5': a Scottish division between the "
              "motion and the amendment, so the 5 who voted for the amendment are the motion's against; all 14 "
              "members present voted, so abstain 0. The report's recommendations quoted above are not labelled"),
    dict(page=1, kind="amendment", outcome="lost", minute="4", title="HOUSEHOLD WASTE RECYCLING CENTRES – BOOKING SYSTEM",
         votes={"for": 5, "against": 9, "abstain": 0}, proposer="Councillor MacLeod", seconder="Councillor Baird",
         text="Councillor MacLeod, seconded by Councillor Baird, moved as an amendment that the Committee agree to "
              "retain drop-in access at all four centres on weekdays and to introduce bookings only at weekends",
         note="lost on the division (5 for the amendment, 9 for the motion)"),
    dict(page=1, kind="approval", outcome="approved", minute="4", title="HOUSEHOLD WASTE RECYCLING CENTRES – BOOKING SYSTEM",
         lead_in=SCOT_AGREED,
         text="to approve the introduction of a booking system at the four household waste recycling centres from 3 "
              "November 2025",
         note="part (1) of the Decision that the carried motion produced"),
    dict(page=1, kind="action", outcome=None, minute="4", title="HOUSEHOLD WASTE RECYCLING CENTRES – BOOKING SYSTEM",
         lead_in=SCOT_AGREED, owner="Head of Waste and Environmental Services",
         text="to instruct the Head of Waste and Environmental Services to review the operation of the booking system "
              "after six months and to report to the Committee",
         note="no date printed, so no deadline"),
    dict(page=2, kind="deferral", outcome="deferred", minute="5", title="RIVERSIDE TERRACE FLOOD PROTECTION SCHEME",
         lead_in="Decision",
         text="The Committee agreed to continue consideration to its next meeting to allow officers to provide "
              "visualisations of the proposed wall and a costed comparison with a demountable barrier",
         note="Scottish 'continue consideration' = defer; the declaration of interest (item 1) is not labelled"),
    dict(page=2, kind="noted", outcome="noted", minute="6", title="LOCAL BUS SERVICES – SUPPORTED NETWORK REVIEW",
         lead_in=SCOT_AGREED, text="to note the outcome of the supported network review",
         note="'the Scottish Government had agreed to extend the Community Bus Fund' and the Head of Roads and "
              "Transport's undertaking to circulate figures in answer to a question are not labelled"),
    dict(page=2, kind="delegation", outcome="agreed", minute="6", title="LOCAL BUS SERVICES – SUPPORTED NETWORK REVIEW",
         lead_in=SCOT_AGREED,
         text="to delegate authority to the Executive Director of Place to tender services 41 and 41A on the revised "
              "timetable set out in Appendix 2 to the report"),
    dict(page=2, kind="referral", outcome="referred", minute="6", title="LOCAL BUS SERVICES – SUPPORTED NETWORK REVIEW",
         lead_in=SCOT_AGREED, to="Policy and Resources Committee",
         text="to refer the report to the Policy and Resources Committee for consideration of the funding of the "
              "evening services from 1 April 2026"),
]

# ---------------------------------------------------------------------------------------
# 3. NHS Trust board: short numbered paragraphs, outcomes in capitals mid-sentence, action log table
# ---------------------------------------------------------------------------------------
NHS_COLS = (7, 56, 6, 12)
NHS_ROWS = [
    ("Ref", "Action", "Lead", "Due"),
    ("A25/31", "Provide a breakdown of ambulance handover delays by hour of arrival to the Quality Committee",
     "COO", "24/07/2025"),
    ("A25/32", "Bring the Freedom to Speak Up action plan for surgical divisions to the Board", "CPO", "04/09/2025"),
    ("A25/33", "Circulate the revised capital prioritisation criteria to non-executive directors", "CFO",
     "27/06/2025"),
    ("A25/18", "(from 10 April 2025) Publish the Board's register of interests on the website – complete, closed",
     "CoSec", "–"),
]
NHS = {
    "file": "kelmouth-hospitals-trust-board-minutes-2025-06-12.pdf",
    "layout": "NHS foundation trust Board of Directors (meeting in public): short numbered paragraphs under TB/25/nn "
              "items, outcomes in capitals mid-sentence ('The Board APPROVED …', 'RATIFIED', 'NOTED', 'was ASSURED "
              "by', 'DELEGATED authority to the Audit Committee to approve …'), action log table (Ref / Action / Lead "
              "/ Due) at the end",
    "meeting_date": "2025-06-12",
    "body": "Kelmouth Hospitals NHS Foundation Trust Board of Directors",
    "footer": "Kelmouth Hospitals NHS FT – Board of Directors (public) – 12 June 2025 – draft                  Page {n} of {of}",
    "pages": ["""
=Kelmouth Hospitals NHS Foundation Trust
=Minutes of the Board of Directors meeting held in public
=Thursday 12 June 2025, 09.30, Boardroom, Kelmouth General Hospital

=Present: Dame Alison Trewin (Chair); Mark Penrose (Chief Executive); Dr Sunil Varma (Medical Director);
=  Claire Hocking (Chief Nurse); Gareth Lyle (Chief Finance Officer, CFO); Nadia Eze (Chief Operating Officer,
=  COO); Joanna Pascoe (Chief People Officer, CPO); non-executive directors Robert Nance, Dr Ellen Treloar,
=  Kwame Asante, Philippa Rowe. In attendance: Simon Trebilcock, Company Secretary (CoSec)

=TB/25/61  Welcome, apologies and declarations of interest
1. Apologies were received from Peter Couch, non-executive director. No interests were declared in the items on the agenda.

=TB/25/62  Minutes of the previous meeting and action log
1. The Board APPROVED the minutes of the meeting held on 10 April 2025 as an accurate record.
2. Action A25/18 was complete and was closed. There were no other open actions.

=TB/25/63  Chief Executive's report
1. The Chief Executive highlighted the opening of the new endoscopy unit at Trewellan Community Hospital and the results of the national inpatient survey, in which the Trust had improved on 11 of 14 questions.
2. The Board NOTED the report.

=TB/25/64  Integrated performance report
1. The COO reported that four-hour performance in the emergency department had risen to 74.2% in May, the highest for two years, and that the number of patients waiting over 65 weeks had fallen to 212.
2. Mr Nance asked about ambulance handover delays, which remained above 45 minutes at peak times. The COO agreed to provide a breakdown by hour of arrival (action A25/31).
3. The Board was ASSURED by the improvement in four-hour performance and the reduction in long waits, and NOTED the continuing pressure on ambulance handovers.

=TB/25/65  Capital programme 2025/26
1. The CFO presented the capital programme. He reminded the Board that the Integrated Care Board had approved the system capital envelope in March, of which the Trust's share was £38.6m.
2. Dr Treloar asked how schemes had been prioritised; the CFO said the criteria would be shared with non-executive directors (action A25/33).
3. The Board APPROVED the capital programme 2025/26 of £38.6m, including £6.2m for the replacement of the Kelmouth General Hospital CT scanners.

=TB/25/66  Ratification of urgent decision
1. On 22 May 2025 the Chief Executive and the Chair, under the urgent decision provisions of the Standing Orders, had approved an extension of the contract for agency nursing with Cornwell Staffing Ltd to 30 September 2025 at a cost of £1.12m.
2. The Board RATIFIED the urgent decision to extend the agency nursing contract with Cornwell Staffing Ltd to 30 September 2025.

=TB/25/67  Annual report and accounts 2024/25
1. The CFO said that the external auditor's work on the accounts was not yet complete and that the annual report and accounts had to be submitted to NHS England by 30 June 2025.
2. The Board DELEGATED authority to the Audit Committee to approve the annual report and accounts 2024/25 at its meeting on 25 June 2025, on behalf of the Board.
""", """
=TB/25/68  Freedom to Speak Up Guardian annual report 2024/25
1. The Freedom to Speak Up Guardian presented the annual report. Concerns raised had risen from 96 to 131, with the largest increase in the surgical divisions. Ms Rowe asked what support was available to managers receiving concerns.
2. The Board NOTED the annual report and asked that the action plan for the surgical divisions be brought to the Board in September (action A25/32).

=TB/25/69  Reports from Board committees
1. The Board NOTED the reports from the Chairs of the Quality, Finance and Performance, and People Committees and APPROVED the revised terms of reference of the People Committee.

=TB/25/70  Questions from the public
1. Mr Dennis Rowe asked about car parking charges for staff on night shifts. The Chief Executive said that the Trust was reviewing its parking policy and would reply in writing.

=TB/25/71  Date of next meeting
1. Thursday 4 September 2025 at 09.30.

=ACTION LOG
""" + table(NHS_ROWS, NHS_COLS) + """
=Signed ....................................... (Chair)      Date ......................
"""],
}

NHS_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="TB/25/62",
         title="Minutes of the previous meeting and action log",
         text="The Board APPROVED the minutes of the meeting held on 10 April 2025 as an accurate record",
         note="'Action A25/18 was complete and was closed' is not a decision of this meeting"),
    dict(page=1, kind="noted", outcome="noted", minute="TB/25/63", title="Chief Executive's report",
         text="The Board NOTED the report"),
    dict(page=1, kind="noted", outcome="noted", minute="TB/25/64", title="Integrated performance report",
         text="The Board was ASSURED by the improvement in four-hour performance and the reduction in long waits, and "
              "NOTED the continuing pressure on ambulance handovers",
         note="one label for the sentence: being 'ASSURED by' a report is the Board receiving it, and the conventions "
              "have no 'assured' outcome, so noted; 'The COO agreed to provide a breakdown … (action A25/31)' is "
              "labelled once, at the action log"),
    dict(page=1, kind="approval", outcome="approved", minute="TB/25/65", title="Capital programme 2025/26",
         text="The Board APPROVED the capital programme 2025/26 of £38.6m, including £6.2m for the replacement of the "
              "Kelmouth General Hospital CT scanners",
         note="'the Integrated Care Board had approved the system capital envelope in March' is another body's decision"),
    dict(page=1, kind="approval", outcome="ratified", minute="TB/25/66", title="Ratification of urgent decision",
         text="The Board RATIFIED the urgent decision to extend the agency nursing contract with Cornwell Staffing Ltd "
              "to 30 September 2025",
         note="the urgent decision itself (22 May 2025, told in paragraph 1) is not a decision of this meeting"),
    dict(page=1, kind="delegation", outcome="agreed", minute="TB/25/67", title="Annual report and accounts 2024/25",
         text="The Board DELEGATED authority to the Audit Committee to approve the annual report and accounts 2024/25 "
              "at its meeting on 25 June 2025, on behalf of the Board"),
    dict(page=2, kind="noted", outcome="noted", minute="TB/25/68",
         title="Freedom to Speak Up Guardian annual report 2024/25",
         text="The Board NOTED the annual report",
         note="the first half of the sentence; its second half ('asked that the action plan … be brought to the Board "
              "in September (action A25/32)') is labelled once, at the action log"),
    dict(page=2, kind="noted", outcome="noted", minute="TB/25/69", title="Reports from Board committees",
         text="The Board NOTED the reports from the Chairs of the Quality, Finance and Performance, and People "
              "Committees"),
    dict(page=2, kind="approval", outcome="approved", minute="TB/25/69", title="Reports from Board committees",
         text="APPROVED the revised terms of reference of the People Committee",
         note="the second outcome of the same sentence; the public question (TB/25/70) is not labelled"),
] + [
    dict(page=2, kind="action", outcome=None, item=ref, title="ACTION LOG", owner=lead, deadline=due,
         text=first_line(action, NHS_COLS[1]),
         note="action log row: the text is the Action cell's first printed line (the next line of the text layer "
              "runs into the other columns); the row is labelled once, here, not at the prose that points to it")
    for ref, action, lead, due in (
        (NHS_ROWS[1][0], NHS_ROWS[1][1], "COO", "2025-07-24"),
        (NHS_ROWS[2][0], NHS_ROWS[2][1], "CPO", "2025-09-04"),
        (NHS_ROWS[3][0], NHS_ROWS[3][1], "CFO", "2025-06-27"),
    )
]

# ---------------------------------------------------------------------------------------
# 4. District planning committee: per application "voted by 9 votes to 2 to APPROVE", REFUSED, DEFERRED
# ---------------------------------------------------------------------------------------
PLAN = {
    "file": "harbridge-planning-committee-minutes-2025-10-08.pdf",
    "layout": "District council Planning Committee: PC/nn minutes, a heading per application ('Application "
              "25/01234/FUL – land at …'), officer presentation, speakers, then 'The Committee voted by 9 votes to 2 "
              "to APPROVE the application subject to the conditions …', 'REFUSED for the following reasons', "
              "'DEFERRED for a site visit', '(Councillor … abstained / left the room)'",
    "meeting_date": "2025-10-08",
    "body": "Harbridge District Council Planning Committee",
    "footer": "Harbridge District Council – Planning Committee – 8 October 2025                              Page {n} of {of}",
    "pages": ["""
=HARBRIDGE DISTRICT COUNCIL
=MINUTES OF THE PLANNING COMMITTEE
=Wednesday 8 October 2025 at 6.30 pm, Council Chamber, Harbridge House

=Present: Councillor Gordon Ames (Chairman), Councillor Lesley Bell (Vice-Chairman), Councillors Carol Dyer,
=         Peter Ellison, Rosa Finch, Nigel Hendry, Asha Kapoor, Trevor Mould, Jenny Pryce, Alan Quarry,
=         Sian Tolley, Mark Winter
=Officers: Head of Planning; Principal Planning Officer (DM); Senior Lawyer; Democratic Services Officer

=PC/31  APOLOGIES
There were no apologies.

=PC/32  DECLARATIONS OF INTEREST
Councillor Hendry declared a personal and prejudicial interest in application 25/00877/HOU as a neighbour of the applicant. Councillor Pryce said that she had spoken to objectors to application 25/01234/FUL but had not come to a view.

=PC/33  MINUTES
RESOLVED: That the minutes of the meeting held on 10 September 2025 be approved as a correct record and signed by the Chairman.

=PC/34  PLANNING APPLICATIONS
=Application 25/01234/FUL – land at Cobbs Lane, Easterby
Erection of 46 dwellings, including 18 affordable homes, with access from Cobbs Lane and public open space. The Principal Planning Officer presented the report and the update sheet, which reported four further letters of objection. Mr R Sanderson spoke against the application and Ms K Doyle (agent) spoke in support. Members asked about the capacity of Easterby Primary School and the speed of traffic on Cobbs Lane; the officer said that the County Highway Authority had raised no objection and that an education contribution of £312,000 would be secured.
The Committee voted by 9 votes to 2 to APPROVE the application subject to the conditions set out in the report and the completion of a section 106 agreement to secure the affordable housing and the education contribution. (Councillor Pryce abstained.)

=Application 25/00877/HOU – 14 Mill Rise, Harbridge
Two-storey side extension and rear dormer. (Councillor Hendry, having declared an interest, left the room for this item.) The officer recommendation was to approve. Ms P Grant spoke against the application on behalf of the neighbouring residents. Members considered that the extension would be overbearing on 12 Mill Rise. The Committee voted by 7 votes to 4 against the officer recommendation.
The application was REFUSED for the following reasons:
1. The extension, by reason of its height and its position close to the boundary, would have an overbearing effect on the occupiers of 12 Mill Rise, contrary to Policy DM3 of the Local Plan.
2. The rear dormer would be out of keeping with the character of Mill Rise, contrary to Policy DM9.

=Application 25/01502/OUT – land west of Station Road, Oldbury Green
Outline application for up to 120 dwellings. Members were concerned about the access onto Station Road near the level crossing.
The application was DEFERRED for a site visit, to allow Members to see the proposed access and the level crossing at school collection time.

=Application 25/01388/FUL – The Old Forge, Church Street, Harbridge
This application was withdrawn by the applicant before the meeting.
""", """
=Application 25/01611/FUL – Unit 4, Brookside Industrial Estate, Harbridge
Change of use from storage to a gym and climbing centre. There were no public speakers. Councillor Winter asked about parking on the estate at weekends.
The Committee voted unanimously to APPROVE the application subject to the conditions set out in the report, and delegated authority to the Head of Planning to agree the final wording of the parking management condition.

=PC/35  TREE PRESERVATION ORDER TPO/2025/04 – LAND AT THE OLD RECTORY, EASTERBY
The Principal Planning Officer reported that one objection had been received to the provisional order.
RESOLVED: That Tree Preservation Order TPO/2025/04 be confirmed without modification.

=PC/36  APPEAL DECISIONS
The Head of Planning reported that the Planning Inspectorate had allowed the appeal against the refusal of application 24/02210/FUL at Hollow Farm and had dismissed the appeals at 7 Vicarage Close and Orchard House. The Committee NOTED the appeal decisions.

=The meeting closed at 9.05 pm.

=Chairman ..........................................
"""],
}

PLAN_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="PC/33", title="MINUTES",
         text="RESOLVED: That the minutes of the meeting held on 10 September 2025 be approved as a correct record and "
              "signed by the Chairman"),
    dict(page=1, kind="approval", outcome="approved", minute="PC/34",
         title="Application 25/01234/FUL – land at Cobbs Lane, Easterby", votes={"for": 9, "against": 2, "abstain": 1},
         text="The Committee voted by 9 votes to 2 to APPROVE the application subject to the conditions set out in the "
              "report and the completion of a section 106 agreement",
         note="'(Councillor Pryce abstained.)' after the sentence gives abstain 1; the declarations, speakers and "
              "members' questions are not labelled"),
    dict(page=1, kind="resolution", outcome="agreed", minute="PC/34",
         title="Application 25/00877/HOU – 14 Mill Rise, Harbridge", votes={"for": 7, "against": 4, "abstain": 0},
         text="The application was REFUSED for the following reasons",
         note="a refusal of planning permission (kind resolution, outcome agreed, as in ../layouts4/); the votes are "
              "in the sentence before ('voted by 7 votes to 4 against the officer recommendation'; 11 voted, "
              "Councillor Hendry having left the room, so abstain 0); 'The officer recommendation was to approve' is "
              "not a decision, and the numbered reasons are not labelled"),
    dict(page=1, kind="deferral", outcome="deferred", minute="PC/34",
         title="Application 25/01502/OUT – land west of Station Road, Oldbury Green",
         text="The application was DEFERRED for a site visit, to allow Members to see the proposed access and the "
              "level crossing at school collection time"),
    dict(page=1, kind="withdrawal", outcome="withdrawn", minute="PC/34",
         title="Application 25/01388/FUL – The Old Forge, Church Street, Harbridge",
         text="This application was withdrawn by the applicant before the meeting"),
    dict(page=2, kind="approval", outcome="approved", minute="PC/34",
         title="Application 25/01611/FUL – Unit 4, Brookside Industrial Estate, Harbridge", unanimous=True,
         text="The Committee voted unanimously to APPROVE the application subject to the conditions set out in the "
              "report"),
    dict(page=2, kind="delegation", outcome="agreed", minute="PC/34",
         title="Application 25/01611/FUL – Unit 4, Brookside Industrial Estate, Harbridge",
         text="delegated authority to the Head of Planning to agree the final wording of the parking management "
              "condition",
         note="the second half of the same sentence"),
    dict(page=2, kind="approval", outcome="approved", minute="PC/35",
         title="TREE PRESERVATION ORDER TPO/2025/04 – LAND AT THE OLD RECTORY, EASTERBY",
         text="RESOLVED: That Tree Preservation Order TPO/2025/04 be confirmed without modification"),
    dict(page=2, kind="noted", outcome="noted", minute="PC/36", title="APPEAL DECISIONS",
         text="The Committee NOTED the appeal decisions",
         note="the Planning Inspectorate's appeal decisions told before it are not decisions of the Committee"),
]

# ---------------------------------------------------------------------------------------
# 5. Health Scrutiny Committee: "AGREED:" boxes, "RECOMMENDED to Cabinet that …", "ACTIONS:" with initials
# ---------------------------------------------------------------------------------------
RULE = "=" + "-" * 92
HSC = {
    "file": "westmarch-health-scrutiny-committee-minutes-2025-09-24.pdf",
    "layout": "County council Health Scrutiny Committee: numbered items, an 'AGREED:' box ruled above and below after "
              "each item ('AGREED: (a) that … (b) that …'), 'RECOMMENDED to Cabinet that …', 'ACTIONS:' lines with "
              "owner initials and dates",
    "meeting_date": "2025-09-24",
    "body": "Westmarch County Council Health Scrutiny Committee",
    "footer": "Westmarch County Council – Health Scrutiny Committee – 24 September 2025                    Page {n} of {of}",
    "pages": [f"""
=WESTMARCH COUNTY COUNCIL
=HEALTH SCRUTINY COMMITTEE
=Minutes of the meeting held on Wednesday 24 September 2025 at 10.00 am, County Hall, Westmarch

=Present: Councillor Deborah Lang (Chair), Councillor Owen Pryor (Vice-Chair), Councillors Farah Ali, Keith
=         Barnes, Lucy Crane, Martin Doyle, Bernadette Kelly, Sam Norris
=Co-opted: Ruth Whitfield (Healthwatch Westmarch)
=Attending: Rachel Bryant, Director of Strategy, NHS Westmarch ICB (RB); Dr Mohammed Hafeez, Medical Director,
=         Westmarch Mental Health NHS Trust (MH); Jane Tovey, Scrutiny Officer (JT)

=12.  APOLOGIES AND SUBSTITUTES
Apologies were received from Councillor Vera Stokes; Councillor Sam Norris attended as her substitute.

=13.  DECLARATIONS OF INTEREST
Councillor Kelly declared that she is employed by Westmarch Mental Health NHS Trust.

=14.  MINUTES
{RULE}
AGREED: that the minutes of the meeting held on 25 June 2025 be approved as a correct record.
{RULE}

=15.  STROKE SERVICES RECONFIGURATION – UPDATE
Rachel Bryant presented the ICB's update. The ICB Board had approved the pre-consultation business case in July, which proposed to concentrate hyper-acute stroke care at Westmarch Royal Infirmary. Members asked about travel times from the north of the county and about ambulance capacity. Ms Whitfield said that Healthwatch had heard concerns from carers about visiting.
{RULE}
AGREED: (a) that the update be noted;
        (b) that the Committee confirm its view that the proposals are a substantial variation in the provision of health services and ask the ICB to consult the Committee formally before any decision is taken.
{RULE}
ACTIONS: Travel time analysis by postcode to be circulated to members – RB – 31 October 2025.

=16.  COMMUNITY MENTAL HEALTH SERVICES – WAITING TIMES
Dr Hafeez reported that 1,430 people were waiting for a first appointment with community mental health teams, of whom 310 had waited more than 18 weeks. The Trust had recruited 22 additional staff, funded by the ICB. Members expressed concern about waits in the Ashby and Fenwick teams. Councillor Crane asked whether crisis café funding would continue; the Cabinet had agreed the Council's contribution of £180,000 for 2025/26 only.
{RULE}
AGREED: (a) that the report be noted;
        (b) that the Chair write to the Chief Executive of Westmarch Mental Health NHS Trust setting out the Committee's concerns about waiting times in the Ashby and Fenwick teams.
{RULE}
RECOMMENDED to Cabinet that the Council's contribution to the mental health crisis cafés be maintained at £180,000 in 2026/27.
""", f"""
=17.  NHS DENTAL SERVICES – ACCESS
The Scrutiny Officer reported that the ICB's dental recovery plan, which was the subject of the report, would not be published until October.
{RULE}
AGREED: that consideration of access to NHS dental services be deferred to the meeting on 26 November 2025.
{RULE}

=18.  WORK PROGRAMME 2025/26
{RULE}
AGREED: (a) that the work programme be agreed, subject to the addition of an item on winter pressures to the meeting on 26 November 2025;
        (b) that a task and finish group on hospital discharge be established, comprising Councillors Lang, Ali, Crane and Doyle.
{RULE}
ACTIONS: First meeting of the task and finish group to be arranged – JT – 17 October 2025.

=The meeting ended at 12.40 pm.

=Chair ...........................................
"""],
}

HSC_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="14", title="MINUTES",
         text="AGREED: that the minutes of the meeting held on 25 June 2025 be approved as a correct record"),
    dict(page=1, kind="noted", outcome="noted", minute="15", title="STROKE SERVICES RECONFIGURATION – UPDATE",
         lead_in="AGREED:", text="that the update be noted",
         note="part (a) of the AGREED box; 'The ICB Board had approved the pre-consultation business case in July' is "
              "another body's decision, and the questions and Healthwatch's comments are not labelled"),
    dict(page=1, kind="agreement", outcome="agreed", minute="15", title="STROKE SERVICES RECONFIGURATION – UPDATE",
         lead_in="AGREED:",
         text="that the Committee confirm its view that the proposals are a substantial variation in the provision of "
              "health services and ask the ICB to consult the Committee formally before any decision is taken"),
    dict(page=1, kind="action", outcome=None, minute="15", title="STROKE SERVICES RECONFIGURATION – UPDATE",
         lead_in="ACTIONS:", owner="RB", deadline="2025-10-31",
         text="Travel time analysis by postcode to be circulated to members – RB – 31 October 2025"),
    dict(page=1, kind="noted", outcome="noted", minute="16", title="COMMUNITY MENTAL HEALTH SERVICES – WAITING TIMES",
         lead_in="AGREED:", text="that the report be noted",
         note="'Members expressed concern …' and 'the Cabinet had agreed the Council's contribution of £180,000 for "
              "2025/26 only' are not labelled"),
    dict(page=1, kind="action", outcome=None, minute="16", title="COMMUNITY MENTAL HEALTH SERVICES – WAITING TIMES",
         lead_in="AGREED:", owner="Chair",
         text="that the Chair write to the Chief Executive of Westmarch Mental Health NHS Trust setting out the "
              "Committee's concerns about waiting times in the Ashby and Fenwick teams",
         note="part (b): an undertaking of the Chair, no date"),
    dict(page=1, kind="recommendation", outcome="recommended", minute="16",
         title="COMMUNITY MENTAL HEALTH SERVICES – WAITING TIMES", to="Cabinet",
         text="RECOMMENDED to Cabinet that the Council's contribution to the mental health crisis cafés be maintained "
              "at £180,000 in 2026/27",
         note="below the AGREED box, not inside it"),
    dict(page=2, kind="deferral", outcome="deferred", minute="17", title="NHS DENTAL SERVICES – ACCESS",
         text="AGREED: that consideration of access to NHS dental services be deferred to the meeting on 26 November "
              "2025"),
    dict(page=2, kind="agreement", outcome="agreed", minute="18", title="WORK PROGRAMME 2025/26", lead_in="AGREED:",
         text="that the work programme be agreed, subject to the addition of an item on winter pressures to the "
              "meeting on 26 November 2025"),
    dict(page=2, kind="agreement", outcome="agreed", minute="18", title="WORK PROGRAMME 2025/26", lead_in="AGREED:",
         text="that a task and finish group on hospital discharge be established, comprising Councillors Lang, Ali, "
              "Crane and Doyle"),
    dict(page=2, kind="action", outcome=None, minute="18", title="WORK PROGRAMME 2025/26", lead_in="ACTIONS:",
         owner="JT", deadline="2025-10-17",
         text="First meeting of the task and finish group to be arranged – JT – 17 October 2025"),
]


DOCS = [(CAB, CAB_LABELS), (SCOT, SCOT_LABELS), (NHS, NHS_LABELS), (PLAN, PLAN_LABELS), (HSC, HSC_LABELS)]

if __name__ == "__main__":
    build_set(__file__, DOCS, "dv", actions_have_no_outcome=True)
