"""Layouts2: six fictional minutes PDFs and their decision labels (`.venv/bin/python evals/layouts2/make.py`).

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py.
Tables are laid out with ``grid``: each cell wrapped to its column and the cells of a row
printed side by side, so a text layer read line by line interleaves them, as pypdf reads many
real minutes tables.
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the repository root holds evals
from evals.layouts.make import build_set  # noqa: E402


def grid(widths: list[int], rows: list[list[str]], gap: int = 2, blank_between: bool = False) -> str:
    """Rows of cells -> preformatted ("=") page lines; a newline in a cell starts a new line in it."""
    out = []
    for row in rows:
        cols = []
        for w, cell in zip(widths, row):
            lines: list[str] = []
            for par in cell.split("\n"):
                lines += textwrap.wrap(par, w, break_long_words=False, break_on_hyphens=False) or [""]
            cols.append(lines)
        for i in range(max(len(c) for c in cols)):
            parts = [(c[i] if i < len(c) else "").ljust(w) for c, w in zip(cols, widths)]
            out.append("=" + (" " * gap).join(parts).rstrip())
        if blank_between:
            out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------
# 1. County council committee: report of recommendations to full Council
# ---------------------------------------------------------------------------------------
MSC = {
    "file": "member-services-committee-report-2024-10-17.pdf",
    "layout": "County council committee's report to full Council (for the Council meeting of 17 October "
              "2024, from the Committee's meeting of 18 September 2024): numbered paragraphs, 'The Committee "
              "RECOMMENDS to County Council that: (a) … (d)', recommendations in a two-column table "
              "(Recommendation | Reason), a part B of matters the Committee AGREED itself",
    "meeting_date": "2024-09-18",
    "body": "Hartsmere County Council Member Services Committee",
    "footer": "Hartsmere County Council – County Council 17 October 2024 – Report of the Member Services Committee"
              "        {n}",
    "pages": ["""
=HARTSMERE COUNTY COUNCIL
=COUNTY COUNCIL – THURSDAY 17 OCTOBER 2024
=AGENDA ITEM 9(b)

=REPORT OF THE MEMBER SERVICES COMMITTEE
=Recommendations from the meeting of the Committee held on Wednesday 18 September 2024

Chair of the Committee: Councillor Gillian Marwood

Present at the meeting of 18 September 2024: Councillor Gillian Marwood (Chair), Councillor Peter Ashworth (Vice-Chair), Councillors Brennan, Coles, Dhillon, Faraday, Osei and Wainwright.
Officers present: Director of Law and Governance (Monitoring Officer), Head of Democratic Services, Member Development Manager.
Apologies: Councillors Latimer and Quigley.
Declarations of interest: Councillor Osei declared an other registrable interest in the appointments to outside bodies (paragraph 9) as a trustee of the Hartsmere Community Foundation and took no part in that decision.

=Introduction
1. This report sets out the recommendations of the Member Services Committee from its meeting held on 18 September 2024 which require a decision of the County Council (Part A), together with a summary of the matters the Committee decided itself under its terms of reference, for information (Part B). The minutes of the meeting are available on the Council’s website.

=PART A – MATTERS FOR DECISION BY THE COUNTY COUNCIL

=Members’ Allowances Scheme 2025/26
2. Under the Local Authorities (Members’ Allowances) (England) Regulations 2003 the County Council must have regard to the recommendations of its Independent Remuneration Panel before it amends its scheme of allowances. The Panel met on 9 July 2024 and its report was considered by the Committee.
3. The Panel recommended that the basic allowance be linked to the local government pay award, which had been agreed at 2.5% for most grades, and that the special responsibility allowance for the Chair of the Pension Fund Committee be increased to reflect the additional work arising from the pooling of investments. Members discussed whether the increase should be backdated to 1 April 2024 and did not support backdating. Councillor Coles asked that the Panel look again at allowances for members with caring responsibilities at its next review.
4. The Committee RECOMMENDS to County Council that:
(a) the basic allowance for 2025/26 be increased by 2.5% to £13,842 a year with effect from 1 April 2025;
(b) the special responsibility allowance for the Chair of the Pension Fund Committee be increased from £5,180 to £6,920 a year;
(c) the dependants’ carers’ allowance be paid at a rate equal to the National Living Wage, up to a maximum of 30 hours a month; and
(d) the revised Members’ Allowances Scheme at Appendix 1 to this report be adopted and published.

=Changes to the Constitution – Council procedure rules
5. The Committee considered proposals from the cross-party Constitution Working Group to modernise the Council procedure rules, following a review of the conduct of County Council meetings in 2023/24. Members welcomed the proposals but asked that the new time limits on speeches be reviewed after twelve months.
""", """
6. The Committee RECOMMENDS to County Council the changes to the Council procedure rules set out in the table below.

=Recommendation                                          Reason
""" + grid([54, 36], [
        ["That the deadline for written questions from members be moved from seven to five clear working "
         "days before the meeting.",
         "To allow written answers to be published in the agenda supplement."],
        ["That the mover of a motion on notice may speak for up to seven minutes and any other member for "
         "up to four minutes.",
         "To allow more members to take part in debate within the time available."],
        ["That a petition with more than 3,750 signatures be debated at a meeting of the County Council.",
         "To align the threshold with 0.5% of the county’s population."],
    ], blank_between=True) + """
7. The Committee further RECOMMENDS to County Council that the Monitoring Officer be authorised to make any consequential changes to the Constitution arising from the decisions in paragraphs 4 and 6.

=PART B – MATTERS DECIDED BY THE COMMITTEE (FOR INFORMATION)

=Member development programme 2024/25
8. The Member Development Manager presented the proposed programme, which included mandatory training on the Code of Conduct, information governance and corporate parenting, and a new series of briefings on the County Council’s finances ahead of the budget. Members asked for more sessions to be offered in the evenings and online. The Committee AGREED the member development programme for 2024/25, subject to at least half of the sessions being offered in the evening or online.

=Appointments to outside bodies
9. The Committee AGREED to appoint Councillor Faraday as the County Council’s representative on the Hartsmere Rural Transport Partnership and Councillor Dhillon as a trustee of the Hartsmere Community Foundation, both until the annual meeting of the County Council in May 2025. Councillor Osei, having declared an interest, took no part in this decision.

=Members’ ICT equipment policy
10. The Committee considered a draft revised policy on the provision of ICT equipment to members. Members raised concerns about the proposal to withdraw printers and about the security of personal devices used for council business. The Committee AGREED to defer consideration of the revised policy to its meeting on 4 December 2024, to allow the Head of Digital Services to attend and respond to these concerns.

=Member Development Charter – annual report
11. The Committee NOTED the annual report on the County Council’s progress against the Member Development Charter, including the reaccreditation of the Council at Charter Plus level in June 2024.
12. The Committee also AGREED to ask the Head of Democratic Services to report to its meeting on 4 December 2024 on options for a member induction programme after the County Council elections in May 2025.

=Background documents
Agenda and minutes of the Member Services Committee, 18 September 2024; report of the Independent Remuneration Panel, July 2024.

=Councillor Gillian Marwood
=Chair, Member Services Committee

=Contact officer: Sophie Ellwood, Head of Democratic Services
=Tel: 01632 960771   Email: democratic.services@hartsmere.example.gov.uk
"""],
}

MSC_LEAD = "The Committee RECOMMENDS to County Council that:"
MSC_TABLE_LEAD = ("The Committee RECOMMENDS to County Council the changes to the Council procedure rules set out in "
                  "the table below.")
MSC_LABELS = [
    dict(page=1, kind="recommendation", outcome="recommended", item="4", title="Members’ Allowances Scheme 2025/26",
         lead_in=MSC_LEAD, to="County Council",
         text="the basic allowance for 2025/26 be increased by 2.5% to £13,842 a year with effect from 1 April 2025"),
    dict(page=1, kind="recommendation", outcome="recommended", item="4", title="Members’ Allowances Scheme 2025/26",
         lead_in=MSC_LEAD, to="County Council",
         text="the special responsibility allowance for the Chair of the Pension Fund Committee be increased from "
              "£5,180 to £6,920 a year"),
    dict(page=1, kind="recommendation", outcome="recommended", item="4", title="Members’ Allowances Scheme 2025/26",
         lead_in=MSC_LEAD, to="County Council",
         text="the dependants’ carers’ allowance be paid at a rate equal to the National Living Wage, up to a "
              "maximum of 30 hours a month"),
    dict(page=1, kind="recommendation", outcome="recommended", item="4", title="Members’ Allowances Scheme 2025/26",
         lead_in=MSC_LEAD, to="County Council",
         text="the revised Members’ Allowances Scheme at Appendix 1 to this report be adopted and published"),
    dict(page=2, kind="recommendation", outcome="recommended", item="6",
         title="Changes to the Constitution – Council procedure rules", lead_in=MSC_TABLE_LEAD, to="County Council",
         text="That the deadline for written questions from members",
         note="row 1 of the Recommendation | Reason table; the cell wraps and interleaves with the Reason cell, "
              "so the text is the cell's first line"),
    dict(page=2, kind="recommendation", outcome="recommended", item="6",
         title="Changes to the Constitution – Council procedure rules", lead_in=MSC_TABLE_LEAD, to="County Council",
         text="That the mover of a motion on notice may speak for up",
         note="row 2 of the Recommendation | Reason table; the text is the cell's first line"),
    dict(page=2, kind="recommendation", outcome="recommended", item="6",
         title="Changes to the Constitution – Council procedure rules", lead_in=MSC_TABLE_LEAD, to="County Council",
         text="That a petition with more than 3,750 signatures be",
         note="row 3 of the Recommendation | Reason table; the text is the cell's first line"),
    dict(page=2, kind="recommendation", outcome="recommended", item="7",
         title="Changes to the Constitution – Council procedure rules", to="County Council",
         text="The Committee further RECOMMENDS to County Council that the Monitoring Officer be authorised to make "
              "any consequential changes to the Constitution",
         note="a recommendation that Council delegate to the Monitoring Officer"),
    dict(page=2, kind="agreement", outcome="agreed", item="8", title="Member development programme 2024/25",
         text="The Committee AGREED the member development programme for 2024/25, subject to at least half of the "
              "sessions being offered in the evening or online",
         note="Part B: decided by the Committee itself"),
    dict(page=2, kind="agreement", outcome="agreed", item="9", title="Appointments to outside bodies",
         text="The Committee AGREED to appoint Councillor Faraday as the County Council’s representative on the "
              "Hartsmere Rural Transport Partnership"),
    dict(page=2, kind="deferral", outcome="deferred", item="10", title="Members’ ICT equipment policy",
         text="The Committee AGREED to defer consideration of the revised policy to its meeting on 4 December 2024"),
    dict(page=2, kind="noted", outcome="noted", item="11", title="Member Development Charter – annual report",
         text="The Committee NOTED the annual report on the County Council’s progress against the Member "
              "Development Charter"),
    dict(page=2, kind="action", outcome=None, item="12", title="Member Development Charter – annual report",
         text="The Committee also AGREED to ask the Head of Democratic Services to report to its meeting on "
              "4 December 2024 on options for a member induction programme",
         owner="Head of Democratic Services", deadline="2024-12-04",
         note="'AGREED to ask X to report': labelled as an action, like 'asks the Director … to bring a report' "
              "in the layouts set"),
]

# ---------------------------------------------------------------------------------------
# 2. Officer group: meeting note with an actions table
# ---------------------------------------------------------------------------------------
TMG = {
    "file": "treasury-management-group-note-2024-11-14.pdf",
    "layout": "Officer group's meeting note: short numbered notes (n.n), 'The Group agreed …', 'It was noted "
              "that …' (two of them record agreed outcomes, the rest information), actions table "
              "No. | Action | Owner | By with initials as owners",
    "meeting_date": "2024-11-14",
    "body": "Brackenford District Council Treasury Management Group",
    "footer": "OFFICIAL – Treasury Management Group note 14/11/2024                                        Page {n} of {of}",
    "pages": ["""
=BRACKENFORD DISTRICT COUNCIL
=Treasury Management Group – meeting note
=Date: Thursday 14 November 2024, 10.00 am to 11.15 am
=Venue: Room 2.14, Council Offices, Station Road, Brackenford, and Microsoft Teams

Present: Joanna Gilbert (JG), Head of Finance and Deputy S151 Officer (chair); Mark Pennington (MP), Senior Accountant, Treasury and Capital; Lucy Chen (LC), Finance Business Partner; Rob Delaney (RD), Revenues and Cashiering Manager; Amit Sharma (AS), Arlingham Treasury Advisers (items 2 to 5 only)
Apologies: Helen Forbes (HF), Director of Resources and S151 Officer
Note taker: Kirsty Lomas (KL)

=1. Note of the last meeting (12 September 2024) and actions
1.1 The note of the last meeting was agreed. All actions were complete except action 4 (review of the bank mandate), which is carried forward as action 1 below.

=2. Economic background and interest rate outlook
2.1 AS summarised the advisers’ latest view. Bank Rate had been cut to 4.75% on 7 November and the advisers expect it to fall to 3.75% by the end of 2025, although the measures in the Budget may slow the pace of cuts.
2.2 It was noted that gilt yields had risen since the Budget, with the 10-year yield above 4.4%, which makes PWLB borrowing more expensive than was assumed in the budget for 2024/25.

=3. Investment portfolio and cash flow forecast
3.1 MP reported that investments stood at £58.6m at 31 October 2024, of which £21.0m was in money market funds, £27.6m in fixed-term deposits with other local authorities and £10.0m in the CCLA Property Fund. The average rate earned on investments was 5.02%.
3.2 It was noted that the cash flow forecast shows balances falling to around £31m in March 2025 as the capital programme and the precept payments to Brackenfordshire County Council fall due.
3.3 The Group agreed that the £8m fixed-term deposit with Eastmoor Borough Council maturing on 2 December 2024 should be placed in money market funds rather than reinvested for a fixed term, to keep liquidity over the year end.
3.4 It was noted that, after discussion, the Group’s agreed position is that no more than £6m should be held in any single money market fund.

=4. Borrowing and capital financing
4.1 LC reported that no new external borrowing had been taken this year and that the capital financing requirement is forecast to be £96.4m at 31 March 2025, with internal borrowing of £34.2m.
4.2 The Group discussed whether to take some long-term borrowing ahead of the expected capital spending on the Wharfside regeneration scheme. AS advised that forward rates did not favour borrowing now.
4.3 The Group agreed not to take any new long-term borrowing before 31 March 2025 unless the cash flow forecast falls below the £15m operational minimum, and to keep the position under review at each meeting.
4.4 It was noted that the application for the PWLB certainty rate for 2025/26 had been submitted before the deadline of 8 November.

=5. Treasury Management Strategy Statement 2025/26 – first draft
5.1 MP presented the first draft of the 2025/26 strategy. The main changes were an increase in the limit for non-specified investments from £15m to £20m and the addition of two UK building societies to the counterparty list.
5.2 The Group agreed to recommend to the S151 Officer that the limit for non-specified investments remain at £15m for 2025/26, given the fall in cash balances forecast for next year.
5.3 The Group agreed the timetable for the strategy: Audit and Governance Committee on 22 January 2025, Cabinet on 5 February 2025 and Council on 26 February 2025.
""", """
5.4 It was noted that the Group accepted the advisers’ recommendation that the holding in the CCLA Property Fund be retained for at least a further year, despite the fall in its capital value to £9.1m, and the draft strategy will reflect this.

=6. Mid-year treasury management review 2024/25
6.1 The draft mid-year review report was noted by the Group and will be presented to the Audit and Governance Committee on 27 November 2024.
6.2 LC asked whether the report should include the revised prudential indicators. JG confirmed that these would be included in an appendix.

=7. Banking and cashiering
7.1 RD reported that the Council’s banking contract expires on 31 March 2026 and that a procurement will need to start in spring 2025.
7.2 The Group agreed that a joint procurement with Eastmoor Borough Council should be explored before the procurement route is decided.

=8. Any other business
8.1 None.

=9. Date of next meeting
Thursday 13 February 2025, 10.00 am, Room 2.14 and Microsoft Teams.

=Actions
=No.   Action                                                       Owner    By
""" + grid([4, 58, 7, 8], [
        ["1", "RD will review the bank mandate and confirm the authorised signatories following the staffing "
              "changes in Finance", "RD", "13 Feb"],
        ["2", "MP will update the counterparty limits to apply the £6m limit for each money market fund",
         "MP", "1 Dec"],
        ["3", "JG will circulate the revised counterparty list to the Group and to HF for sign-off", "JG", "30 Nov"],
        ["4", "AS will provide a note on the outlook for the CCLA Property Fund and the end of the statutory "
              "override", "AS", "31 Dec"],
        ["5", "RD and JG will contact Eastmoor Borough Council about a joint banking procurement", "RD/JG", "31 Jan"],
    ]) + """
"""],
}

TMG_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="1.1",
         title="Note of the last meeting (12 September 2024) and actions",
         text="The note of the last meeting was agreed"),
    dict(page=1, kind="agreement", outcome="agreed", item="3.3", title="Investment portfolio and cash flow forecast",
         text="The Group agreed that the £8m fixed-term deposit with Eastmoor Borough Council maturing on "
              "2 December 2024 should be placed in money market funds"),
    dict(page=1, kind="agreement", outcome="agreed", item="3.4", title="Investment portfolio and cash flow forecast",
         text="It was noted that, after discussion, the Group’s agreed position is that no more than £6m should be "
              "held in any single money market fund",
         note="worded 'It was noted that' but records the Group's agreed position: an agreement, not a noting "
              "(2.2, 3.2 and 4.4 are information and are not labelled)"),
    dict(page=1, kind="agreement", outcome="agreed", item="4.3", title="Borrowing and capital financing",
         text="The Group agreed not to take any new long-term borrowing before 31 March 2025 unless the cash flow "
              "forecast falls below the £15m operational minimum"),
    dict(page=1, kind="recommendation", outcome="recommended", item="5.2",
         title="Treasury Management Strategy Statement 2025/26 – first draft", to="S151 Officer",
         text="The Group agreed to recommend to the S151 Officer that the limit for non-specified investments "
              "remain at £15m for 2025/26"),
    dict(page=1, kind="agreement", outcome="agreed", item="5.3",
         title="Treasury Management Strategy Statement 2025/26 – first draft",
         text="The Group agreed the timetable for the strategy: Audit and Governance Committee on 22 January 2025, "
              "Cabinet on 5 February 2025 and Council on 26 February 2025"),
    dict(page=2, kind="agreement", outcome="agreed", item="5.4",
         title="Treasury Management Strategy Statement 2025/26 – first draft",
         text="It was noted that the Group accepted the advisers’ recommendation that the holding in the CCLA "
              "Property Fund be retained for at least a further year",
         note="worded 'It was noted that' but records an outcome the Group agreed (it accepted the advice); "
              "labelled as an agreement"),
    dict(page=2, kind="noted", outcome="noted", item="6.1", title="Mid-year treasury management review 2024/25",
         text="The draft mid-year review report was noted by the Group and will be presented to the Audit and "
              "Governance Committee on 27 November 2024",
         note="a formal noting of a report, unlike the 'It was noted that <information>' lines"),
    dict(page=2, kind="agreement", outcome="agreed", item="7.2", title="Banking and cashiering",
         text="The Group agreed that a joint procurement with Eastmoor Borough Council should be explored before "
              "the procurement route is decided"),
    dict(page=2, kind="action", outcome=None, title="Actions",
         text="RD will review the bank mandate and confirm the authorised", owner="RD", deadline="2025-02-13",
         note="actions table row 1 (No. | Action | Owner | By); the Action cell wraps, so the text is its first "
              "line"),
    dict(page=2, kind="action", outcome=None, title="Actions",
         text="MP will update the counterparty limits to apply the £6m", owner="MP", deadline="2024-12-01",
         note="actions table row 2; the text is the Action cell's first line"),
    dict(page=2, kind="action", outcome=None, title="Actions",
         text="JG will circulate the revised counterparty list to the", owner="JG", deadline="2024-11-30",
         note="actions table row 3; the text is the Action cell's first line"),
    dict(page=2, kind="action", outcome=None, title="Actions",
         text="AS will provide a note on the outlook for the CCLA", owner="AS", deadline="2024-12-31",
         note="actions table row 4; the text is the Action cell's first line"),
    dict(page=2, kind="action", outcome=None, title="Actions",
         text="RD and JG will contact Eastmoor Borough Council about a", owner="RD/JG", deadline="2025-01-31",
         note="actions table row 5; two owners; the text is the Action cell's first line"),
]

# ---------------------------------------------------------------------------------------
# 3. Library-service charitable trust: board of trustees, older informal style
# ---------------------------------------------------------------------------------------
TRUST = {
    "file": "libraries-trust-board-minutes-2025-01-22.pdf",
    "layout": "Charitable library-service trust, board of trustees, older informal style: 'It was decided to "
              "accept the tender of …', 'The Contract Executive Summary was agreed by the Board subject to "
              "amending …', 'The Board approved …', 'Action: CEO' at the end of a line, 'Date of next "
              "meeting: …, <venue>'",
    "meeting_date": "2025-01-22",
    "body": "Westmarch Libraries Trust",
    "footer": "Westmarch Libraries Trust – Board of Trustees – 22.01.25                    Chairman’s initials ......       {n}",
    "pages": ["""
=WESTMARCH LIBRARIES TRUST
=Registered charity no. 1167432      Company limited by guarantee no. 09876543

=MINUTES OF THE MEETING OF THE BOARD OF TRUSTEES
=held on Wednesday 22nd January 2025 at 6.00 p.m. in the Community Room, Eastgate Library, Westmarch

Present: Mr J. Barraclough (Chairman), Mrs H. Tindall (Vice-Chairman), Mr R. Okonjo (Hon. Treasurer), Dr S. Whitlow, Mrs P. Garside, Mr D. Fenwick, Ms A. Rahman.
In attendance: Mrs C. Lindqvist (Chief Executive – CEO), Mr T. Harker (Finance and Resources Manager – TH), Miss E. Dunmore (minutes).

=1. Apologies
Apologies were received from Cllr M. Stott (County Council nominee) and Mr G. Penrose.

=2. Declarations of interest
Mr Fenwick declared an interest in item 5 as a director of a company which had supplied hardware to one of the tenderers, and took no part in that item.

=3. Minutes of the last meeting
The minutes of the meeting held on 20th November 2024 were accepted as a true record and signed by the Chairman, subject to the correction of Dr Whitlow’s name in item 7.

=4. Matters arising
(a) Roof at Northgate Library: the CEO reported that the repairs had been completed on 13th December at a final cost of £23,410, slightly under budget.
(b) Summer Reading Challenge: 3,284 children had taken part, up 11% on 2023. The Chairman congratulated the staff and volunteers.

=5. Self-service kiosks – tender
Mr Fenwick left the room. Mr Harker reported that four tenders had been received for the replacement of the self-service kiosks at all nine branches and had been evaluated on price (60%) and quality (40%). The lowest priced tender, from Readwell Ltd, had scored poorly on quality because of its support arrangements. Dr Whitlow asked about the data protection arrangements, which Mr Harker confirmed had been checked.
It was decided to accept the tender of Bibliotech Systems Ltd in the sum of £148,600 over five years, including installation and support, as the most economically advantageous tender. (Proposed Mrs Tindall, seconded Mr Okonjo.)
The Contract Executive Summary was agreed by the Board subject to amending the break clause in paragraph 6 from 24 months to 12 months. Action: CEO
Mr Fenwick returned to the meeting.

=6. Finance
(a) Management accounts to 31st December 2024. Mr Harker presented the accounts, which showed a surplus of £18,900 against a budgeted deficit of £6,000, mainly due to staff vacancies and higher income from room hire. The Board noted the management accounts.
(b) Budget 2025/26. The Hon. Treasurer presented the draft budget, which assumed a County Council grant of £1,412,000 (a standstill in cash terms) and a pay award of 3%. Mrs Garside felt that the book fund had been cut too far. The Board approved the budget for 2025/26, showing income of £1,896,300 and expenditure of £1,902,800, the deficit of £6,500 to be met from unrestricted reserves.
(c) The CEO to write to the County Council seeking confirmation of the grant for 2025/26 before the end of February. Action: CEO
(d) Reserves policy. The Board approved the revised reserves policy, which sets the target for free reserves at six months’ operating costs (about £950,000).
""", """
=7. Fees and charges 2025/26
The CEO proposed increases of about 4% in most charges. There was some discussion of the charge for reservations, which had been raised to £1.20 in 2024 and had led to a fall in the number of reservations. It was decided not to increase the reservation charge this year, but to apply the other increases as proposed from 1st April 2025.

=8. Trustees
It was agreed to co-opt Mr Nathan Price to the Board as a trustee until the Annual General Meeting in July 2025, his experience of digital services having been identified as a gap in the recent skills audit.
Mrs Garside reminded the Board that she will stand down at the A.G.M. after nine years’ service.

=9. Risk register and health and safety
The risk register was reviewed. The risk relating to the County Council grant was raised from amber to red. The Board approved the updated risk register. No reportable incidents had occurred since the last meeting.

=10. Volunteers
The CEO reported that 142 volunteers had given over 9,000 hours during 2024. It was agreed to hold a volunteers’ celebration event at Central Library in June, with a budget of up to £1,500.

=11. Chief Executive’s report
The report was taken as read. In answer to questions, the CEO said that the library management system contract ends in March 2026 and the supplier has announced that the current version will not be supported after that date.
The CEO to bring options for the replacement of the library management system to the next meeting. Action: CEO

=12. Any other business
Mr Okonjo raised the lack of card payment facilities at the smaller branches.
Mr Harker to obtain quotes for card readers at the three smaller branches. Action: TH

Date of next meeting: Wednesday 19th March 2025 at 6.00 p.m., Board Room, Central Library, Westmarch.

The meeting closed at 8.05 p.m.

=Signed ................................................ (Chairman)        Date ........................
"""],
}

TRUST_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="3", title="Minutes of the last meeting",
         text="The minutes of the meeting held on 20th November 2024 were accepted as a true record and signed by "
              "the Chairman"),
    dict(page=1, kind="agreement", outcome="agreed", item="5", title="Self-service kiosks – tender",
         text="It was decided to accept the tender of Bibliotech Systems Ltd in the sum of £148,600 over five "
              "years",
         proposer="Mrs Tindall", seconder="Mr Okonjo",
         note="'It was decided to accept the tender': a decision to award a contract"),
    dict(page=1, kind="agreement", outcome="agreed", item="5", title="Self-service kiosks – tender",
         text="The Contract Executive Summary was agreed by the Board subject to amending the break clause in "
              "paragraph 6 from 24 months to 12 months",
         owner="CEO",
         note="'Action: CEO' at the end of the line names who makes the amendment; labelled once, as the "
              "agreement"),
    dict(page=1, kind="noted", outcome="noted", item="6(a)", title="Finance",
         text="The Board noted the management accounts"),
    dict(page=1, kind="approval", outcome="approved", item="6(b)", title="Finance",
         text="The Board approved the budget for 2025/26, showing income of £1,896,300 and expenditure of "
              "£1,902,800"),
    dict(page=1, kind="action", outcome=None, item="6(c)", title="Finance",
         text="The CEO to write to the County Council seeking confirmation of the grant for 2025/26 before the "
              "end of February",
         owner="CEO", deadline="2025-02-28"),
    dict(page=1, kind="approval", outcome="approved", item="6(d)", title="Finance",
         text="The Board approved the revised reserves policy, which sets the target for free reserves at six "
              "months’ operating costs"),
    dict(page=2, kind="agreement", outcome="agreed", item="7", title="Fees and charges 2025/26",
         text="It was decided not to increase the reservation charge this year, but to apply the other increases "
              "as proposed from 1st April 2025"),
    dict(page=2, kind="agreement", outcome="agreed", item="8", title="Trustees",
         text="It was agreed to co-opt Mr Nathan Price to the Board as a trustee until the Annual General Meeting "
              "in July 2025"),
    dict(page=2, kind="approval", outcome="approved", item="9", title="Risk register and health and safety",
         text="The Board approved the updated risk register"),
    dict(page=2, kind="agreement", outcome="agreed", item="10", title="Volunteers",
         text="It was agreed to hold a volunteers’ celebration event at Central Library in June, with a budget of "
              "up to £1,500"),
    dict(page=2, kind="action", outcome=None, item="11", title="Chief Executive’s report",
         text="The CEO to bring options for the replacement of the library management system to the next meeting",
         owner="CEO", deadline="2025-03-19"),
    dict(page=2, kind="action", outcome=None, item="12", title="Any other business",
         text="Mr Harker to obtain quotes for card readers at the three smaller branches", owner="TH"),
]

# ---------------------------------------------------------------------------------------
# 4. Town council, full council meeting
# ---------------------------------------------------------------------------------------
TOWN = {
    "file": "town-council-minutes-2024-12-09.pdf",
    "layout": "Town council minutes: 24/1nn minute numbers, 'It was proposed by Cllr …, seconded by Cllr … and "
              "RESOLVED that …', 'unanimously RESOLVED to …', a vote count in the resolution, a motion not "
              "carried on a show of hands (4 for, 6 against, 1 abstention), planning comments ('raised no "
              "objection to application 24/01234/FUL')",
    "meeting_date": "2024-12-09",
    "body": "Ashcombe Town Council",
    "footer": "Ashcombe Town Council – Minutes – 9 December 2024                                              Page {n} of {of}",
    "pages": ["""
=ASHCOMBE TOWN COUNCIL
=Minutes of the Meeting of the Town Council held on Monday 9 December 2024 at 7.00 pm
=in the Council Chamber, Ashcombe Town Hall, Fore Street, Ashcombe

Present: Cllr R Hale (Town Mayor, in the Chair), Cllr A Smith (Deputy Mayor), Cllr B Jones, Cllr K Brooks, Cllr D Hughes, Cllr J Kaur, Cllr E Marsh, Cllr F O’Neill, Cllr C Patel, Cllr G Turner, Cllr H Wells
In attendance: Mrs S Penhallow (Town Clerk), Mr L Trevaskis (Deputy Clerk), District Cllr M Rowe (for part of the meeting), six members of the public

=24/110   Apologies for absence
Apologies were received from Cllr L Carne (work commitments) and Cllr P Vosper (illness).

=24/111   Declarations of interest
Cllr Marsh declared a pecuniary interest in planning application 24/01302/FUL (minute 24/117) as a neighbour of the applicant. Cllr Turner declared a non-pecuniary interest in minute 24/119 as a member of the Ashcombe Allotment Society.

=24/112   Public participation
Two residents spoke in support of the motion on solar panels (minute 24/116). A resident of Quay Road raised concerns about speeding traffic, which the Mayor said would be on the agenda for the January meeting.

=24/113   Minutes
It was proposed by Cllr A Smith, seconded by Cllr B Jones and RESOLVED that the minutes of the meeting held on 11 November 2024 be approved and signed by the Mayor as a correct record.

=24/114   Reports
(a) District and County Councillors: District Cllr Rowe reported on the consultation on the District Council’s draft Local Plan, which closes on 17 January 2025, and left the meeting.
(b) Town Clerk: the Clerk reported that the new noticeboard at Ashcombe Quay had been installed and that the Christmas lights switch-on had been attended by about 1,400 people.

=24/115   Finance
(a) It was unanimously RESOLVED to approve the schedule of payments for November 2024 totalling £18,406.27, as circulated.
(b) The bank reconciliation to 30 November 2024 was noted, showing balances of £212,644.10 in the current and reserve accounts.
(c) Budget and precept 2025/26. The Clerk presented the draft budget recommended by the Finance and General Purposes Committee. Cllr Wells said that the increase was too high given the cost of living and proposed a freeze, but the proposal was not seconded. It was proposed by Cllr A Smith, seconded by Cllr G Turner and RESOLVED (9 for, 1 against, 1 abstention) that the budget for 2025/26 be approved and a precept of £248,500 be requested from Ashcombe District Council, an increase of 3.9% on 2024/25.

=24/116   Motion on notice – solar panels on the Town Hall
Cllr C Patel moved the following motion, seconded by Cllr D Hughes: “That this Council commits to installing solar panels on the roof of the Town Hall in 2025/26 at an estimated cost of £38,000, to be funded from the general reserve.”
Cllr Patel said that the panels would pay for themselves within nine years. Several members supported the aim but were concerned about the cost to reserves and about the listed building consent that would be needed. The Mayor suggested that grant funding should be sought first.
On a show of hands the motion was not carried (4 for, 6 against, 1 abstention).
It was then proposed by Cllr R Hale, seconded by Cllr J Kaur and unanimously RESOLVED to ask the Clerk to investigate grant funding for renewable energy at the Town Hall and to report to the March 2025 meeting.
""", """
=24/117   Planning
The Council considered the following applications notified by Ashcombe District Council:
(a) 24/01234/FUL – Single-storey rear extension, 14 Mill Lane. The Council raised no objection to application 24/01234/FUL.
(b) 24/01302/FUL – Erection of two dwellings in the garden of 3 Chapel Hill. Cllr Marsh, having declared a pecuniary interest, left the chamber. The Council objected to application 24/01302/FUL on the grounds of overdevelopment, loss of on-street parking and harm to the setting of the Conservation Area. Cllr Marsh returned to the chamber.
(c) 24/01311/LBC – Replacement windows, The Old Bakery, Fore Street. It was RESOLVED to support the application, provided that the new windows are of timber construction to match the originals.

=24/118   Christmas lights 2025
The Clerk reported that three quotations had been received for the installation, maintenance and removal of the Christmas lights for 2025. It was proposed by Cllr F O’Neill, seconded by Cllr K Brooks and RESOLVED to accept the quotation of Festive Illuminations (South West) Ltd at £6,750 plus VAT.

=24/119   Allotments
Cllr Turner, having declared a non-pecuniary interest, remained in the meeting but did not vote. It was proposed by Cllr E Marsh, seconded by Cllr H Wells and RESOLVED that allotment rents be increased from £45 to £50 per full plot from 1 October 2025.
The Clerk to give all tenants written notice of the increase by 31 December 2024.

=24/120   Committee minutes
The minutes of the Amenities Committee held on 25 November 2024 were received and it was RESOLVED that the recommendation in minute AM24/41 (replacement of the play equipment at the Recreation Ground) be adopted.

=24/121   Correspondence
Correspondence received since the last meeting had been circulated. A letter of thanks from the Ashcombe branch of the Royal British Legion for the Council’s wreath was read.

=24/122   Exclusion of the press and public
It was RESOLVED that, in view of the confidential nature of the business to be transacted, the press and public be excluded from the meeting for the following item under section 1(2) of the Public Bodies (Admission to Meetings) Act 1960. The members of the public left the meeting.

=24/123   Staffing
It was proposed by Cllr A Smith, seconded by Cllr R Hale and RESOLVED to accept the recommendation of the Staffing Committee that the post of Deputy Clerk be regraded to SCP 24 with effect from 1 January 2025.

=24/124   Date of next meeting
Monday 13 January 2025 at 7.00 pm in the Council Chamber.

The meeting closed at 9.12 pm.

=Signed .................................... Town Mayor          Date ....................
"""],
}

TOWN_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="24/113", title="Minutes",
         text="It was proposed by Cllr A Smith, seconded by Cllr B Jones and RESOLVED that the minutes of the "
              "meeting held on 11 November 2024 be approved",
         proposer="Cllr A Smith", seconder="Cllr B Jones"),
    dict(page=1, kind="approval", outcome="approved", minute="24/115(a)", title="Finance",
         text="It was unanimously RESOLVED to approve the schedule of payments for November 2024 totalling "
              "£18,406.27",
         unanimous=True),
    dict(page=1, kind="noted", outcome="noted", minute="24/115(b)", title="Finance",
         text="The bank reconciliation to 30 November 2024 was noted"),
    dict(page=1, kind="approval", outcome="approved", minute="24/115(c)", title="Finance",
         votes={"for": 9, "against": 1, "abstain": 1},
         text="It was proposed by Cllr A Smith, seconded by Cllr G Turner and RESOLVED (9 for, 1 against, "
              "1 abstention) that the budget for 2025/26 be approved and a precept of £248,500 be requested",
         proposer="Cllr A Smith", seconder="Cllr G Turner",
         note="budget and precept 2025/26; Cllr Wells's unseconded proposal of a freeze was not put to the vote "
              "and is not labelled"),
    dict(page=1, kind="motion", outcome="lost", minute="24/116", title="Motion on notice – solar panels on the Town Hall",
         votes={"for": 4, "against": 6, "abstain": 1},
         text="Cllr C Patel moved the following motion, seconded by Cllr D Hughes",
         proposer="Cllr C Patel", seconder="Cllr D Hughes",
         note="'On a show of hands the motion was not carried (4 for, 6 against, 1 abstention)'"),
    dict(page=1, kind="action", outcome=None, minute="24/116", title="Motion on notice – solar panels on the Town Hall",
         text="It was then proposed by Cllr R Hale, seconded by Cllr J Kaur and unanimously RESOLVED to ask the "
              "Clerk to investigate grant funding for renewable energy at the Town Hall",
         owner="Clerk", proposer="Cllr R Hale", seconder="Cllr J Kaur", unanimous=True,
         note="a unanimous resolution asking the Clerk to investigate and report: labelled as an action; the date "
              "of the March 2025 meeting is not printed, so no deadline"),
    dict(page=2, kind="resolution", outcome="agreed", minute="24/117(a)", title="Planning",
         text="The Council raised no objection to application 24/01234/FUL",
         note="planning consultation response (no objection)"),
    dict(page=2, kind="resolution", outcome="agreed", minute="24/117(b)", title="Planning",
         text="The Council objected to application 24/01302/FUL on the grounds of overdevelopment, loss of "
              "on-street parking and harm to the setting of the Conservation Area",
         note="planning consultation response (objection)"),
    dict(page=2, kind="resolution", outcome="agreed", minute="24/117(c)", title="Planning",
         text="It was RESOLVED to support the application, provided that the new windows are of timber "
              "construction to match the originals",
         note="planning consultation response (support, 24/01311/LBC)"),
    dict(page=2, kind="approval", outcome="approved", minute="24/118", title="Christmas lights 2025",
         text="It was proposed by Cllr F O’Neill, seconded by Cllr K Brooks and RESOLVED to accept the quotation "
              "of Festive Illuminations (South West) Ltd at £6,750 plus VAT",
         proposer="Cllr F O’Neill", seconder="Cllr K Brooks"),
    dict(page=2, kind="resolution", outcome="agreed", minute="24/119", title="Allotments",
         text="It was proposed by Cllr E Marsh, seconded by Cllr H Wells and RESOLVED that allotment rents be "
              "increased from £45 to £50 per full plot from 1 October 2025",
         proposer="Cllr E Marsh", seconder="Cllr H Wells"),
    dict(page=2, kind="action", outcome=None, minute="24/119", title="Allotments",
         text="The Clerk to give all tenants written notice of the increase by 31 December 2024",
         owner="Clerk", deadline="2024-12-31"),
    dict(page=2, kind="resolution", outcome="adopted", minute="24/120", title="Committee minutes",
         text="The minutes of the Amenities Committee held on 25 November 2024 were received and it was RESOLVED "
              "that the recommendation in minute AM24/41",
         note="a committee recommendation adopted; the receipt of the minutes is part of the same sentence"),
    dict(page=2, kind="resolution", outcome="agreed", minute="24/122", title="Exclusion of the press and public",
         text="It was RESOLVED that, in view of the confidential nature of the business to be transacted, the "
              "press and public be excluded from the meeting"),
    dict(page=2, kind="resolution", outcome="adopted", minute="24/123", title="Staffing",
         text="It was proposed by Cllr A Smith, seconded by Cllr R Hale and RESOLVED to accept the recommendation "
              "of the Staffing Committee that the post of Deputy Clerk be regraded",
         proposer="Cllr A Smith", seconder="Cllr R Hale"),
]

# ---------------------------------------------------------------------------------------
# 5. NHS foundation trust board: three-column table per item
# ---------------------------------------------------------------------------------------
NHS_W = [13, 40, 44]
NHS_HEAD = "=" + "  ".join(h.ljust(w) for h, w in zip(["Item", "Discussion", "Decision / Action"], NHS_W)).rstrip()
NHS = {
    "file": "nhs-trust-board-minutes-2025-02-06.pdf",
    "layout": "NHS foundation trust board minutes as a three-column table per item (Item | Discussion | "
              "Decision / Action): 'The Board APPROVED …', bare 'NOTED', 'Action: Director of Finance – revised "
              "plan to March meeting'; the cells of a row interleave in the text layer",
    "meeting_date": "2025-02-06",
    "body": "Fernhill Hospitals NHS Foundation Trust",
    "footer": "Fernhill Hospitals NHS FT – Board of Directors (public) – 06/02/2025 – Minutes          Page {n} of {of}",
    "pages": ["""
=Fernhill Hospitals NHS Foundation Trust
=Board of Directors – meeting held in public
=Minutes of the meeting held on Thursday 6 February 2025 at 9.30 am in the Boardroom, Fernhill General Hospital

=Present:      Sir Anthony Lakeland (Chair); Dr Priya Raman (Chief Executive); Geoffrey Nwosu (Director of
=              Finance); Claire Abernethy (Chief Nurse); Dr Tom Haldane (Medical Director); Simone Clarke
=              (Chief Operating Officer); Fiona Warrender (Senior Independent Director); Rajesh Malhotra,
=              Eleanor Pike (Non-Executive Directors)
=In attendance: Daniel Okoro (Director of People); Harriet Bligh (Trust Secretary, minutes);
=              Mark Fenning (Lead Governor, observing)
=Apologies:    Professor Linda Carr (Non-Executive Director)

""" + NHS_HEAD + "\n" + grid(NHS_W, [
        ["BD/25/01\nWelcome and apologies",
         "The Chair welcomed members, governors and the public. Apologies were noted as above and the meeting "
         "was quorate.", ""],
        ["BD/25/02\nDeclarations of interest",
         "Rajesh Malhotra declared an interest in item BD/25/07 as a non-executive director of Northvale "
         "Pathology Partnership LLP, one of the bidders. He left the meeting for that item.", ""],
        ["BD/25/03\nMinutes of the previous meeting",
         "The minutes of 5 December 2024 were reviewed. One correction to the attendance list was agreed.",
         "The Board APPROVED the minutes as an accurate record, subject to the correction."],
        ["BD/25/04\nAction log and matters arising",
         "All actions due had been completed or were on the agenda.", "NOTED"],
        ["BD/25/05\nChief Executive’s report",
         "Dr Raman highlighted the opening of the new discharge lounge, the outcome of the CQC inspection of "
         "maternity services (rated Requires Improvement) and the national consultation on the abolition of NHS "
         "England. Eleanor Pike asked how the maternity action plan would be monitored; it will report to the "
         "Quality Committee monthly.",
         "The Board NOTED the Chief Executive’s report."],
        ["BD/25/06\nIntegrated performance report – month 9",
         "Simone Clarke reported four-hour performance of 71.2% in December against the 78% standard, 214 "
         "patients waiting over 65 weeks for treatment and 62-day cancer performance of 68.1%. The Board was "
         "concerned that the 65-week position would not be cleared by March. Fiona Warrender asked for a "
         "clearer trajectory by specialty.",
         "The Board NOTED the month 9 performance and the risk to the 65-week target.\n\nAction: Chief "
         "Operating Officer – recovery trajectory to March meeting"],
    ], blank_between=True) + """
""", "\n" + NHS_HEAD + "\n" + grid(NHS_W, [
        ["BD/25/07\nPathology managed service contract",
         "Mr Malhotra had left the meeting. Geoffrey Nwosu presented the outcome of the procurement for the "
         "pathology managed service. Three bids had been evaluated; Castleford Diagnostics Ltd had scored highest "
         "on quality and price. The contract value is £21.4m over seven years.",
         "The Board APPROVED the award of the pathology managed service contract to Castleford Diagnostics Ltd "
         "for seven years at a total value of £21.4m."],
        ["BD/25/08\nFinancial plan 2025/26 – first draft",
         "Mr Malhotra returned. Geoffrey Nwosu presented the first draft plan, which showed a deficit of £14.2m "
         "against the system expectation of breakeven. Efficiency schemes of £22.9m (4.6%) had been identified. "
         "Non-executive directors were not assured that the plan was deliverable and asked for further work on "
         "workforce costs.",
         "The Board NOTED the first draft financial plan and the gap of £14.2m to breakeven.\n\nAction: Director "
         "of Finance – revised plan to March meeting"],
        ["BD/25/09\nGuardian of safe working hours – quarterly report",
         "The report showed 47 exception reports in the quarter, mostly in general medicine. No fines had been "
         "levied.", "NOTED"],
        ["BD/25/10\nBoard Assurance Framework",
         "The Trust Secretary presented the quarter 3 Board Assurance Framework. The score of the financial "
         "sustainability risk had increased from 16 to 20.",
         "The Board APPROVED the quarter 3 Board Assurance Framework."],
        ["BD/25/11\nFreedom to Speak Up policy",
         "Daniel Okoro presented the revised policy, based on the national template, which had been agreed with "
         "staff side.",
         "The Board APPROVED the revised Freedom to Speak Up policy."],
        ["BD/25/12\nAudit Committee – chair’s report",
         "Eleanor Pike reported on the meeting of 23 January 2025, including two limited assurance internal "
         "audit reports on rostering and on consultant job planning.",
         "The Board APPROVED the extension of the internal audit contract with Mercer Hythe LLP to 31 March 2026, "
         "as recommended by the Audit Committee."],
        ["BD/25/13\nQuestions from governors and the public",
         "Mark Fenning asked about car parking for patients at the Fernhill site during the building works. "
         "Simone Clarke said that temporary spaces had been provided in the staff car park.", ""],
        ["BD/25/14\nDate of next meeting",
         "Thursday 6 March 2025 at 9.30 am, Boardroom, Fernhill General Hospital.", ""],
    ], blank_between=True) + """
=Signed: ........................................ Chair          Date: ....................
"""],
}

NHS_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="BD/25/03", title="Minutes of the previous meeting",
         text="The Board APPROVED the minutes as an",
         note="the Decision / Action cell wraps and interleaves with the other cells, so the text is its first "
              "line"),
    dict(page=1, kind="noted", outcome="noted", item="BD/25/04", title="Action log and matters arising",
         text="NOTED", note="bare 'NOTED' in the Decision / Action cell: the action log was noted"),
    dict(page=1, kind="noted", outcome="noted", item="BD/25/05", title="Chief Executive’s report",
         text="The Board NOTED the Chief Executive’s",
         note="the text is the Decision / Action cell's first line"),
    dict(page=1, kind="noted", outcome="noted", item="BD/25/06", title="Integrated performance report – month 9",
         text="The Board NOTED the month 9 performance and",
         note="the text is the Decision / Action cell's first line"),
    dict(page=1, kind="action", outcome=None, item="BD/25/06", title="Integrated performance report – month 9",
         lead_in="Action:", text="Chief Operating Officer – recovery",
         owner="Chief Operating Officer", deadline="2025-03-06",
         note="'Action: Chief Operating Officer – recovery trajectory to March meeting', wrapped in the cell; "
              "the March meeting is on 6 March 2025 (BD/25/14)"),
    dict(page=2, kind="approval", outcome="approved", item="BD/25/07", title="Pathology managed service contract",
         text="The Board APPROVED the award of the",
         note="contract award to Castleford Diagnostics Ltd, £21.4m over seven years; the text is the cell's "
              "first line"),
    dict(page=2, kind="noted", outcome="noted", item="BD/25/08", title="Financial plan 2025/26 – first draft",
         text="The Board NOTED the first draft financial",
         note="the text is the Decision / Action cell's first line"),
    dict(page=2, kind="action", outcome=None, item="BD/25/08", title="Financial plan 2025/26 – first draft",
         lead_in="Action:", text="Director of Finance – revised plan",
         owner="Director of Finance", deadline="2025-03-06",
         note="'Action: Director of Finance – revised plan to March meeting', wrapped in the cell"),
    dict(page=2, kind="noted", outcome="noted", item="BD/25/09",
         title="Guardian of safe working hours – quarterly report", text="NOTED",
         note="bare 'NOTED' in the Decision / Action cell"),
    dict(page=2, kind="approval", outcome="approved", item="BD/25/10", title="Board Assurance Framework",
         text="The Board APPROVED the quarter 3 Board",
         note="the text is the Decision / Action cell's first line"),
    dict(page=2, kind="approval", outcome="approved", item="BD/25/11", title="Freedom to Speak Up policy",
         text="The Board APPROVED the revised Freedom to",
         note="the text is the Decision / Action cell's first line"),
    dict(page=2, kind="approval", outcome="approved", item="BD/25/12", title="Audit Committee – chair’s report",
         text="The Board APPROVED the extension of the",
         note="extension of the internal audit contract, on the Audit Committee's recommendation; the text is "
              "the cell's first line"),
]

# ---------------------------------------------------------------------------------------
# 6. Council Cabinet: record of decisions (decision notice)
# ---------------------------------------------------------------------------------------
CAB = {
    "file": "cabinet-record-of-decisions-2025-03-12.pdf",
    "layout": "Borough council Cabinet record of decisions: per decision 'Decision ref: CAB/25/0nn', headed "
              "sections Decision: / Reasons for decision: / Alternative options considered and rejected: / "
              "Conflicts of interest: / Call-in deadline:; only the Decision section is a decision",
    "meeting_date": "2025-03-12",
    "body": "Dunmere Borough Council Cabinet",
    "footer": "Dunmere Borough Council – Cabinet 12 March 2025 – Record of Decisions                             {n}/{of}",
    "pages": ["""
=DUNMERE BOROUGH COUNCIL
=CABINET – RECORD OF DECISIONS
=Meeting held on Wednesday 12 March 2025 at 6.30 pm in Committee Room 1, Dunmere Civic Offices

Present: Councillor Angela Rees (Leader of the Council, in the Chair); Councillors Harding (Deputy Leader, Finance and Resources), Boateng (Housing), Lister (Environment and Climate), McAllister (Communities and Leisure) and Shah (Planning and Regeneration).
Also present: Councillor Doyle (Leader of the Opposition); Councillor Pemberton (Chair of the Overview and Scrutiny Committee).
Apologies: Councillor Yeo (Customer Services and Digital).

Date of publication: Friday 14 March 2025. The decisions below, other than those marked as exempt from call-in or as recommendations to Council, may be implemented after the call-in deadline unless called in under the Overview and Scrutiny Procedure Rules.

=Agenda item 5                                                     Decision ref: CAB/25/029
=Revenue and Capital Budget Monitoring 2024/25 – Quarter 3
=Portfolio Holder: Councillor Harding            Key decision: No
Decision:
(1) To note the forecast revenue overspend of £1.27m for 2024/25, after the use of the contingency budget, and the actions being taken to reduce it.
(2) To approve the revenue budget virements set out in Appendix B to the report.
(3) To approve the reprofiling of £4.6m of capital expenditure from 2024/25 to 2025/26, as set out in Appendix D to the report.
Reasons for decision: To ensure that the Council manages its resources within the approved budget and that the capital programme reflects the expected timing of expenditure.
Alternative options considered and rejected: Not to approve the virements. Rejected because budgets would then not reflect the expected pattern of spending, making monitoring less effective.
Conflicts of interest: None declared.
Call-in deadline: 5.00 pm, Friday 21 March 2025

=Agenda item 6                                                     Decision ref: CAB/25/030
=Housing Revenue Account Business Plan 2025–2055
=Portfolio Holder: Councillor Boateng            Key decision: Yes (Forward Plan ref. FP/2025/112)
Decision:
(1) To approve the Housing Revenue Account Business Plan 2025–2055, including a programme of 60 new council homes a year from 2026/27.
(2) To delegate authority to the Director of Housing, in consultation with the Portfolio Holder for Housing, to approve the annual programme of capital works to council homes within the approved budget.
Reasons for decision: The plan shows that the Housing Revenue Account can fund the new-build programme and meet the decent homes standard while keeping a minimum balance of £3m.
Alternative options considered and rejected: (a) Reducing the new-build programme to 30 homes a year, rejected because it would not meet the need identified in the Housing Strategy; (b) transferring the housing stock to a housing association, rejected following tenant consultation in 2024.
Conflicts of interest: None declared.
Call-in deadline: 5.00 pm, Friday 21 March 2025
""", """
=Agenda item 7                                                     Decision ref: CAB/25/031
=Grounds Maintenance Contract – Award
=Portfolio Holder: Councillor Lister             Key decision: Yes (Forward Plan ref. FP/2025/098)
Decision:
To award the contract for grounds maintenance services to Verdant Landscapes Ltd for five years from 1 June 2025, with an option to extend for up to two further years, at an estimated total value of £6.85m.
Reasons for decision: Verdant Landscapes Ltd submitted the most economically advantageous tender following an open procurement under the Procurement Act 2023.
Alternative options considered and rejected: Bringing the service in house, rejected because of the capital cost of vehicles and equipment (estimated at £1.9m) and the time needed to mobilise.
Conflicts of interest: Councillor McAllister declared that a family member is employed by one of the unsuccessful bidders and left the room during consideration of this item.
Call-in deadline: 5.00 pm, Friday 21 March 2025

=Agenda item 8                                                     Decision ref: CAB/25/032
=Pay Policy Statement 2025/26
=Portfolio Holder: Councillor Harding            Key decision: No
Decision:
To RECOMMEND to Council that the Pay Policy Statement 2025/26, as set out in Appendix A to the report, be approved.
Reasons for decision: The Localism Act 2011 requires the Council to approve a pay policy statement before the start of each financial year.
Alternative options considered and rejected: None; approval of a statement is a statutory requirement.
Conflicts of interest: None declared.
Call-in deadline: Not subject to call-in – recommendation to Council (Council meeting 27 March 2025)

=Agenda item 9                                                     Decision ref: CAB/25/033
=Household Support Fund – allocation of 2025/26 grant
=Portfolio Holder: Councillor McAllister         Key decision: Yes (General Exception notice given)
Decision:
To approve the allocation of the Household Support Fund grant of £912,000 for 2025/26 as set out in Table 2 of the report, including £420,000 for free school meal holiday vouchers.
Reasons for decision: To allow support to be provided from 1 April 2025, when the grant period starts.
Alternative options considered and rejected: An application-based scheme only, rejected because it would delay support to the households in greatest need.
Conflicts of interest: None declared.
Call-in deadline: Exempt from call-in. The Chair of the Overview and Scrutiny Committee agreed that the decision is urgent and that any delay would prejudice the interests of the Council and the public.

=Agenda item 10                                                    Decision ref: CAB/25/034
=Local Cycling and Walking Infrastructure Plan
=Portfolio Holder: Councillor Shah               Key decision: No
Decision:
To defer consideration of the Local Cycling and Walking Infrastructure Plan to the meeting on 9 April 2025, to allow the findings of the Town Centre Transport Study to be taken into account.
Reasons for decision: The study is due to report at the end of March 2025 and may change the priority routes in the plan.
Alternative options considered and rejected: To adopt the plan now, rejected for the reason above.
Conflicts of interest: None declared.
Call-in deadline: Not applicable – no executive decision taken.
""", """
=Agenda item 11                                                    Decision ref: CAB/25/035
=Corporate Performance Report – Quarter 3 2024/25
=Portfolio Holder: Councillor Rees               Key decision: No
Decision:
(1) To note the Council’s performance against the Corporate Plan 2023–2027 in quarter 3 of 2024/25.
(2) To ask the Director of Housing to report to the meeting on 9 April 2025 on measures to reduce the average time taken to re-let empty council homes, currently 48 days.
Reasons for decision: To monitor delivery of the Corporate Plan.
Alternative options considered and rejected: None.
Conflicts of interest: None declared.
Call-in deadline: 5.00 pm, Friday 21 March 2025

=Agenda item 13 (exempt: paragraph 3 of Schedule 12A)                 Decision ref: CAB/25/036
=Disposal of land at Mill Road Depot
=Portfolio Holder: Councillor Harding            Key decision: Yes (Forward Plan ref. FP/2025/104)
Decision:
To approve the disposal of the freehold of land at Mill Road Depot to Dunmere Community Land Trust on the terms set out in the exempt appendix.
Reasons for decision: The disposal will enable the development of 24 affordable homes for local people.
Alternative options considered and rejected: Disposal on the open market, rejected because it would not secure affordable housing on the site.
Conflicts of interest: None declared.
Call-in deadline: 5.00 pm, Friday 21 March 2025

=Contact: Democratic Services, Dunmere Civic Offices, Church Street, Dunmere DN4 2PL
=Tel: 01632 960555   Email: democratic.services@dunmere.example.gov.uk
"""],
}

CAB_LABELS = [
    dict(page=1, kind="noted", outcome="noted", item="5", ref="CAB/25/029",
         title="Revenue and Capital Budget Monitoring 2024/25 – Quarter 3", lead_in="Decision:",
         text="To note the forecast revenue overspend of £1.27m for 2024/25, after the use of the contingency "
              "budget, and the actions being taken to reduce it"),
    dict(page=1, kind="approval", outcome="approved", item="5", ref="CAB/25/029",
         title="Revenue and Capital Budget Monitoring 2024/25 – Quarter 3", lead_in="Decision:",
         text="To approve the revenue budget virements set out in Appendix B to the report",
         note="'Not to approve the virements' under 'Alternative options considered and rejected' is not a "
              "decision"),
    dict(page=1, kind="approval", outcome="approved", item="5", ref="CAB/25/029",
         title="Revenue and Capital Budget Monitoring 2024/25 – Quarter 3", lead_in="Decision:",
         text="To approve the reprofiling of £4.6m of capital expenditure from 2024/25 to 2025/26"),
    dict(page=1, kind="approval", outcome="approved", item="6", ref="CAB/25/030",
         title="Housing Revenue Account Business Plan 2025–2055", lead_in="Decision:",
         text="To approve the Housing Revenue Account Business Plan 2025–2055, including a programme of 60 new "
              "council homes a year from 2026/27"),
    dict(page=1, kind="delegation", outcome="agreed", item="6", ref="CAB/25/030",
         title="Housing Revenue Account Business Plan 2025–2055", lead_in="Decision:",
         text="To delegate authority to the Director of Housing, in consultation with the Portfolio Holder for "
              "Housing, to approve the annual programme of capital works"),
    dict(page=2, kind="approval", outcome="approved", item="7", ref="CAB/25/031",
         title="Grounds Maintenance Contract – Award", lead_in="Decision:",
         text="To award the contract for grounds maintenance services to Verdant Landscapes Ltd for five years "
              "from 1 June 2025",
         note="contract award, £6.85m"),
    dict(page=2, kind="recommendation", outcome="recommended", item="8", ref="CAB/25/032",
         title="Pay Policy Statement 2025/26", lead_in="Decision:", to="Council",
         text="To RECOMMEND to Council that the Pay Policy Statement 2025/26, as set out in Appendix A to the "
              "report, be approved"),
    dict(page=2, kind="approval", outcome="approved", item="9", ref="CAB/25/033",
         title="Household Support Fund – allocation of 2025/26 grant", lead_in="Decision:",
         text="To approve the allocation of the Household Support Fund grant of £912,000 for 2025/26 as set out "
              "in Table 2 of the report",
         note="urgent decision, exempt from call-in"),
    dict(page=2, kind="deferral", outcome="deferred", item="10", ref="CAB/25/034",
         title="Local Cycling and Walking Infrastructure Plan", lead_in="Decision:",
         text="To defer consideration of the Local Cycling and Walking Infrastructure Plan to the meeting on "
              "9 April 2025"),
    dict(page=3, kind="noted", outcome="noted", item="11", ref="CAB/25/035",
         title="Corporate Performance Report – Quarter 3 2024/25", lead_in="Decision:",
         text="To note the Council’s performance against the Corporate Plan 2023–2027 in quarter 3 of 2024/25"),
    dict(page=3, kind="action", outcome=None, item="11", ref="CAB/25/035",
         title="Corporate Performance Report – Quarter 3 2024/25", lead_in="Decision:",
         text="To ask the Director of Housing to report to the meeting on 9 April 2025 on measures to reduce the "
              "average time taken to re-let empty council homes",
         owner="Director of Housing", deadline="2025-04-09"),
    dict(page=3, kind="approval", outcome="approved", item="13", ref="CAB/25/036",
         title="Disposal of land at Mill Road Depot", lead_in="Decision:",
         text="To approve the disposal of the freehold of land at Mill Road Depot to Dunmere Community Land Trust",
         note="exempt item (paragraph 3 of Schedule 12A); the decision is published"),
]


if __name__ == "__main__":
    docs = [(MSC, MSC_LABELS), (TMG, TMG_LABELS), (TRUST, TRUST_LABELS), (TOWN, TOWN_LABELS), (NHS, NHS_LABELS),
            (CAB, CAB_LABELS)]
    build_set(__file__, docs, "dm", actions_have_no_outcome=True)
