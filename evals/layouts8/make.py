"""Layouts8: six fictional documents about which meeting a decision belongs to, in the record styles of other
real bodies, and their decision labels (`.venv/bin/python evals/layouts8/make.py`).

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py (``build_set``).
``build_set`` takes a document's ``meeting_date`` and ``body`` for every label of it, so a document whose labels
belong to two meetings (the agenda pack that reprints the previous meeting's minutes, the meeting adjourned
and reconvened on a later day) is passed as two parts, ``meeting(doc, date)``: the same file and pages, each
part with its own labels and date. The file is written once for each part (the same PDF), and ``build_set``
prints a line for each part. This set adds one helper, ``table`` (the cells of a table printed side by side with
wide spacing, so that the text layer read line by line runs the columns into one another), as in
evals/layouts6/make.py, except that a cell's paragraphs are printed one under another without a blank line.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the repository root holds evals
from evals.layouts.make import build_set  # noqa: E402
from evals.layouts.make import table as _table  # noqa: E402


def table(rows: list[tuple], widths: tuple[int, ...]) -> str:
    """This set's table: a long word (a reference) is never broken."""
    return _table(rows, widths, break_long_words=False)


def meeting(doc: dict, date: str) -> dict:
    """The part of ``doc`` whose labels belong to the meeting of ``date`` (same file, pages and body)."""
    return {**doc, "meeting_date": date}



# ---------------------------------------------------------------------------------------
# 1. Appendix B to a report to Full Council: an extract of the Audit and Governance Committee's minutes
# ---------------------------------------------------------------------------------------
EXTRACT_HEAD = "=Council – 17 July 2025 – Appendix B"
EXTRACT = {
    "file": "council-report-appendix-b-2025-07-17.pdf",
    "layout": "Appendix B to a report to Full Council of 17 July 2025: an extract of the minutes of the Audit and "
              "Governance Committee held on 24 June 2025, with the Council report's running head on every page; "
              "the decisions are the Committee's, of 24 June 2025",
    "meeting_date": "2025-06-24",
    "body": "Castlebridge District Council Audit and Governance Committee",
    "footer": "Castlebridge District Council – Council papers, 17 July 2025                              Page {n} of {of}",
    "pages": [EXTRACT_HEAD + """
=CASTLEBRIDGE DISTRICT COUNCIL
=Report to Council, 17 July 2025 – Agenda Item 9: Annual Report of the Audit and Governance Committee 2024/25
=APPENDIX B

=Extract from the minutes of the Audit and Governance Committee held on 24 June 2025
This extract reproduces the minutes of the Committee's meeting that relate to the report. Minute numbers are those of the Committee's minutes. The full minutes will be submitted to the Committee for approval at its meeting on 23 September 2025.

=Present:     Councillor Deborah Ashworth (Chair); Councillors Fenwick, Gallagher, Hussain, Lindqvist and
=             Pemberton; Mr Alan Kerr (Independent Member)
=Officers:    Chief Finance Officer (Section 151 Officer), Head of Internal Audit, Monitoring Officer,
=             Democratic Services Officer
=Also present: Ms Joanna Pike, Key Audit Partner, Hartwell Crane LLP (external auditor)

=AG/25/12   APOLOGIES AND SUBSTITUTIONS
Apologies were received from Councillor Morrow. Councillor Lindqvist attended as her substitute.

=AG/25/13   DECLARATIONS OF INTEREST
Councillor Pemberton declared a non-registrable interest in minute AG/25/17 as a trustee of Castlebridge Leisure Trust, whose accounts are consolidated in the Council's group accounts. He remained in the meeting but took no part in the vote on that item.

=AG/25/14   ANNUAL GOVERNANCE STATEMENT 2024/25
The Monitoring Officer presented the draft Annual Governance Statement 2024/25. The report recommended that the Committee approve the draft Statement for signature by the Leader of the Council and the Chief Executive. The Committee had previously agreed, in March 2025, that contract management should be reported as a significant governance issue, and the draft Statement did so.
Members asked whether the weaknesses found in the management of the waste collection contract had been put right. The Monitoring Officer said that a new contract management framework had been introduced in April 2025, but that its operation had not yet been tested by Internal Audit.
RESOLVED that:
(a) the draft Annual Governance Statement 2024/25 be approved for signature by the Leader of the Council and the Chief Executive, subject to the addition of a reference to the new contract management framework;
(b) the Annual Governance Statement be recommended to Council for noting, together with the Statement of Accounts; and
(c) the Head of Internal Audit report on the operation of the contract management framework to the meeting of the Committee on 23 September 2025.

=AG/25/15   HEAD OF INTERNAL AUDIT'S ANNUAL OPINION 2024/25
The Head of Internal Audit gave a "reasonable" assurance opinion on the Council's framework of governance, risk management and control for 2024/25. Of the 24 audits completed, three had received limited assurance. It was reported that the Cabinet had approved additional funding of £45,000 for the internal audit service at its meeting on 5 June 2025.
The annual opinion of the Head of Internal Audit for 2024/25 was NOTED.
""", EXTRACT_HEAD + """

=AG/25/16   CONTRACT FOR INSURANCE SERVICES (EXEMPT)
Minute AG/25/16 was taken in private and is not reproduced in this extract.

=AG/25/17   DRAFT STATEMENT OF ACCOUNTS 2024/25 AND EXTERNAL AUDIT UPDATE
The Chief Finance Officer presented the draft Statement of Accounts 2024/25, which showed a General Fund underspend of £312,000 and usable reserves of £18.6m at 31 March 2025. Ms Pike said that the external auditor expected to give its opinion on the accounts by the statutory backstop date of 27 February 2026. Members asked about the valuation of the Council's share of the pension fund's assets; Ms Pike said that this was a significant risk in the audit plan. Councillor Pemberton took no part in the vote.
RESOLVED that:
(a) the draft Statement of Accounts 2024/25 be noted; and
(b) the Chief Finance Officer, in consultation with the Chair, be authorised to make any final amendments to the draft Statement of Accounts before it is published on 30 June 2025.
The Committee AGREED to hold an additional meeting on 11 November 2025 to receive the external auditor's Audit Findings Report.

=AG/25/18   ANNUAL REPORT OF THE AUDIT AND GOVERNANCE COMMITTEE 2024/25
The Chair introduced the Committee's draft annual report, which summarises its work in 2024/25 and the results of its self-assessment against the CIPFA Position Statement. Members asked that the report say more about the Committee's work on cyber security.
RESOLVED that:
(1) the Annual Report of the Audit and Governance Committee 2024/25, as amended at the meeting, be approved; and
(2) the Annual Report be submitted to Council on 17 July 2025 with a recommendation that Council notes the work of the Committee during 2024/25.

=AG/25/19   APPOINTMENT OF AN INDEPENDENT MEMBER
The Monitoring Officer reported that a panel of the Chair, the Vice-Chair and the Chief Finance Officer had interviewed three candidates on 10 June 2025.
RECOMMENDED to Council that Ms Priya Raman be appointed as an Independent Member of the Audit and Governance Committee for a term of four years from 1 August 2025.

=AG/25/20   RISK MANAGEMENT POLICY
Consideration of the revised Risk Management Policy was DEFERRED to the meeting on 23 September 2025, to allow the Corporate Leadership Team to review the draft risk appetite statement.

=AG/25/21   WORK PROGRAMME 2025/26
The Committee's work programme for 2025/26 was AGREED, with the addition of a report on the Council's cyber security arrangements.

=(End of extract)
""", EXTRACT_HEAD + """

=Note for Council
Council will consider the Committee's recommendation at minute AG/25/19 as Agenda Item 10 at this meeting. The Annual Governance Statement and the Committee's Annual Report are Appendices A and C to the report.

=Certified a true extract of the minutes of the meeting held on 24 June 2025:
=Sophie Marchant, Democratic Services Officer, 1 July 2025
"""],
}

AG14 = "ANNUAL GOVERNANCE STATEMENT 2024/25"
AG17 = "DRAFT STATEMENT OF ACCOUNTS 2024/25 AND EXTERNAL AUDIT UPDATE"
AG18 = "ANNUAL REPORT OF THE AUDIT AND GOVERNANCE COMMITTEE 2024/25"
EXTRACT_NOTE = ("decision of the Audit and Governance Committee on 24 June 2025, printed in an appendix to the Council "
                "papers of 17 July 2025 (the running head's date is not the meeting's)")
EXTRACT_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="AG/25/14", title=AG14, lead_in="RESOLVED that:",
         text="the draft Annual Governance Statement 2024/25 be approved for signature by the Leader of the Council "
              "and the Chief Executive, subject to the addition of a reference to the new contract management "
              "framework",
         note=EXTRACT_NOTE + "; the report's recommendation quoted above the resolution and 'The Committee had "
                             "previously agreed, in March 2025, …' are not labelled"),
    dict(page=1, kind="recommendation", outcome="recommended", minute="AG/25/14", title=AG14,
         lead_in="RESOLVED that:", to="Council",
         text="the Annual Governance Statement be recommended to Council for noting, together with the Statement "
              "of Accounts", note=EXTRACT_NOTE),
    dict(page=1, kind="action", outcome=None, minute="AG/25/14", title=AG14, lead_in="RESOLVED that:",
         text="the Head of Internal Audit report on the operation of the contract management framework to the "
              "meeting of the Committee on 23 September 2025",
         owner="Head of Internal Audit", deadline="2025-09-23", note=EXTRACT_NOTE),
    dict(page=1, kind="noted", outcome="noted", minute="AG/25/15", title="HEAD OF INTERNAL AUDIT'S ANNUAL OPINION 2024/25",
         text="The annual opinion of the Head of Internal Audit for 2024/25 was NOTED",
         note=EXTRACT_NOTE + "; 'It was reported that the Cabinet had approved additional funding of £45,000 …' is "
                             "Cabinet's decision of 5 June 2025 and is not labelled"),
    dict(page=2, kind="noted", outcome="noted", minute="AG/25/17", title=AG17, lead_in="RESOLVED that:",
         text="the draft Statement of Accounts 2024/25 be noted", note=EXTRACT_NOTE),
    dict(page=2, kind="delegation", outcome="agreed", minute="AG/25/17", title=AG17, lead_in="RESOLVED that:",
         text="the Chief Finance Officer, in consultation with the Chair, be authorised to make any final amendments "
              "to the draft Statement of Accounts before it is published on 30 June 2025",
         owner="Chief Finance Officer", note=EXTRACT_NOTE),
    dict(page=2, kind="agreement", outcome="agreed", minute="AG/25/17", title=AG17,
         text="The Committee AGREED to hold an additional meeting on 11 November 2025 to receive the external "
              "auditor's Audit Findings Report", note=EXTRACT_NOTE),
    dict(page=2, kind="approval", outcome="approved", minute="AG/25/18", title=AG18, lead_in="RESOLVED that:",
         text="the Annual Report of the Audit and Governance Committee 2024/25, as amended at the meeting, be "
              "approved", note=EXTRACT_NOTE),
    dict(page=2, kind="recommendation", outcome="recommended", minute="AG/25/18", title=AG18,
         lead_in="RESOLVED that:", to="Council",
         text="the Annual Report be submitted to Council on 17 July 2025 with a recommendation that Council notes "
              "the work of the Committee during 2024/25", note=EXTRACT_NOTE),
    dict(page=2, kind="recommendation", outcome="recommended", minute="AG/25/19",
         title="APPOINTMENT OF AN INDEPENDENT MEMBER", to="Council",
         text="RECOMMENDED to Council that Ms Priya Raman be appointed as an Independent Member of the Audit and "
              "Governance Committee for a term of four years from 1 August 2025",
         note=EXTRACT_NOTE + "; Council's own decision on it (Agenda Item 10 on 17 July 2025) is not in this "
                             "document"),
    dict(page=2, kind="deferral", outcome="deferred", minute="AG/25/20", title="RISK MANAGEMENT POLICY",
         text="Consideration of the revised Risk Management Policy was DEFERRED to the meeting on 23 September 2025, "
              "to allow the Corporate Leadership Team to review the draft risk appetite statement",
         note=EXTRACT_NOTE),
    dict(page=2, kind="agreement", outcome="agreed", minute="AG/25/21", title="WORK PROGRAMME 2025/26",
         text="The Committee's work programme for 2025/26 was AGREED, with the addition of a report on the "
              "Council's cyber security arrangements", note=EXTRACT_NOTE),
]


# ---------------------------------------------------------------------------------------
# 2. Health and Wellbeing Board agenda pack (11 June 2025) with the minutes of 12 March 2025 and two reports
# ---------------------------------------------------------------------------------------
PACK = {
    "file": "hwb-agenda-pack-2025-06-11.pdf",
    "layout": "Health and Wellbeing Board agenda pack for 11 June 2025: the agenda, the minutes of the meeting "
              "held on 12 March 2025 (Agenda Item 3) and two reports whose 'The Board is asked to: (a) … (b) …' "
              "recommendations are to the 11 June meeting",
    "meeting_date": None,  # set per part below
    "body": "Northwick Health and Wellbeing Board",
    "footer": "Northwick Health and Wellbeing Board – 11 June 2025                                           Page {n}",
    "pages": ["""
=NORTHWICK BOROUGH COUNCIL
=NORTHWICK HEALTH AND WELLBEING BOARD
=AGENDA
=Wednesday 11 June 2025 at 2.00 pm, Committee Room 1, Northwick Civic Centre, Market Square, Northwick NW3 2AB

=Membership: Councillor Yvonne Carrick (Chair), Dr Tobias Lindgren (Vice-Chair, NHS Wendle Valley ICB),
=Councillors Abara and Fitzwilliam, Dr Lena Sorensen (Director of Public Health), Marcus Hale (Director of
=Adult Social Services), Gemma Ruddock (Director of Children's Services), Healthwatch Northwick

=Item                                                                                       Page
=1.   Apologies for absence and substitutions
=2.   Declarations of interest
=3.   Minutes of the meeting held on 12 March 2025                                            1 – 2
=4.   Pharmaceutical Needs Assessment 2025                                                    2 – 3
=5.   Better Care Fund 2025/26 – plan and section 75 agreement                                    3
=6.   Forward plan

=Contact: Sanjay Mistry, Democratic Services, 01632 960 418
=
=Agenda Item 3
=NORTHWICK HEALTH AND WELLBEING BOARD
=MINUTES of the meeting held on Wednesday 12 March 2025 at 2.00 pm in Committee Room 1, Northwick Civic Centre

PRESENT: Councillor Yvonne Carrick (Chair); Dr Tobias Lindgren (Vice-Chair); Councillors Abara and Fitzwilliam; Dr Lena Sorensen (Director of Public Health); Marcus Hale (Director of Adult Social Services); Gemma Ruddock (Director of Children's Services); Ewan Purcell (Healthwatch Northwick)

=41.   APOLOGIES
Apologies were received from Chief Superintendent Rachel Moss (Wendle Valley Police).

=42.   DECLARATIONS OF INTEREST
Dr Lindgren declared an interest in minute 45 as a partner in a general practice that receives Better Care Fund payments for care home support.

=43.   MINUTES
RESOLVED – That the minutes of the meeting held on 11 December 2024 be confirmed as a correct record.

=44.   JOINT LOCAL HEALTH AND WELLBEING STRATEGY – DELIVERY PLAN 2025/26
Dr Sorensen presented the delivery plan for the second year of the Joint Local Health and Wellbeing Strategy. Members asked how the plan would measure progress on reducing the gap in healthy life expectancy between the most and least deprived wards.
RESOLVED – That the Board
(1) approves the Joint Local Health and Wellbeing Strategy delivery plan 2025/26;
(2) agrees that progress against the delivery plan be reported to the Board every six months; and
(3) recommends to the Council's Cabinet and the ICB Board that the plan's priorities be reflected in their budgets for 2026/27.
""", """
=45.   BETTER CARE FUND 2024/25 – QUARTER 3 RETURN
Marcus Hale reported that the quarter 3 return had been submitted to NHS England on 7 February 2025 under the authority delegated to him by the Board. Dr Lindgren took no part in the decision.
RESOLVED – That the Better Care Fund quarter 3 return for 2024/25 be ratified.

=46.   DIRECTOR OF PUBLIC HEALTH'S ANNUAL REPORT 2024
Dr Sorensen presented her annual report, "Growing up in Northwick", on the health of children and young people. It was reported that the Cabinet had approved the report's recommendations on school streets at its meeting on 4 March 2025.
RESOLVED – That the annual report be noted.

=47.   PHARMACEUTICAL NEEDS ASSESSMENT 2025 – CONSULTATION DRAFT
RESOLVED – That authority be delegated to the Director of Public Health, in consultation with the Chair, to approve the draft Pharmaceutical Needs Assessment 2025 for the statutory 60-day consultation.

=48.   FORWARD PLAN
The Board's forward plan for 2025/26 was agreed, with the addition of an item on suicide prevention in September.

The meeting closed at 3.45 pm.
=Chair ..........................................

=Agenda Item 4
=NORTHWICK HEALTH AND WELLBEING BOARD – 11 JUNE 2025
=PHARMACEUTICAL NEEDS ASSESSMENT 2025
=Report of the Director of Public Health

=1.   Summary
1.1 Every Health and Wellbeing Board must publish a Pharmaceutical Needs Assessment (PNA) at least every three years. At its meeting on 12 March 2025 the Board delegated to the Director of Public Health the approval of the draft PNA for consultation. The consultation ran from 24 March to 23 May 2025 and received 41 responses. The final PNA concludes that there is adequate provision of pharmaceutical services in all five localities, but identifies a gap in evening and weekend opening in the Eastfield locality.

=2.   Recommendations
The Board is asked to:
(a) approve the Pharmaceutical Needs Assessment 2025 for publication by 1 October 2025;
(b) delegate to the Director of Public Health authority to publish supplementary statements to the PNA when pharmacies open, close or change their hours; and
(c) note the gap in evening and weekend opening in the Eastfield locality and ask the ICB to consider it when commissioning pharmaceutical services.
""", """
=3.   Background
3.1 The draft PNA was approved for consultation by the Director of Public Health on 19 March 2025 under the delegation at minute 47 of 12 March 2025. The steering group met four times and included the Local Pharmaceutical Committee, Healthwatch and the ICB.

=Agenda Item 5
=NORTHWICK HEALTH AND WELLBEING BOARD – 11 JUNE 2025
=BETTER CARE FUND 2025/26 – PLAN AND SECTION 75 AGREEMENT
=Joint report of the Director of Adult Social Services and the ICB Director of Place

=1.   Summary
1.1 The Better Care Fund (BCF) plan for 2025/26 was submitted to NHS England on 31 March 2025 under the authority the Board delegated to the Director of Adult Social Services and the ICB Director of Place on 11 December 2024. NHS England approved the plan on 2 May 2025. The pooled fund for 2025/26 is £38.7m, of which £12.9m is the Council's contribution and £25.8m the ICB's.
1.2 The Council's Cabinet approved the Council's contribution to the pooled fund on 20 May 2025.

=2.   Recommendations
The Board is asked to:
(a) note the Better Care Fund plan for 2025/26, as approved by NHS England on 2 May 2025; and
(b) endorse the renewal of the section 75 pooled budget agreement between the Council and NHS Wendle Valley ICB for 2025/26 on the terms set out in Appendix 1.

=3.   Financial implications
3.1 The agreement requires each partner to meet any overspend on the schemes it leads. No overspend is forecast for 2025/26.
"""],
}

PACK_MIN44 = "JOINT LOCAL HEALTH AND WELLBEING STRATEGY – DELIVERY PLAN 2025/26"
PACK_MIN_NOTE = ("decision of the meeting of 12 March 2025, whose minutes are reprinted as Agenda Item 3 of the pack "
                 "for 11 June 2025 (meeting_date is the minutes' date, not the pack's)")
PACK_MINUTES_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="43", title="MINUTES",
         text="RESOLVED – That the minutes of the meeting held on 11 December 2024 be confirmed as a correct record",
         note=PACK_MIN_NOTE),
    dict(page=1, kind="approval", outcome="approved", minute="44", title=PACK_MIN44, lead_in="RESOLVED – That the Board",
         text="approves the Joint Local Health and Wellbeing Strategy delivery plan 2025/26", note=PACK_MIN_NOTE),
    dict(page=1, kind="agreement", outcome="agreed", minute="44", title=PACK_MIN44, lead_in="RESOLVED – That the Board",
         text="agrees that progress against the delivery plan be reported to the Board every six months",
         note=PACK_MIN_NOTE),
    dict(page=1, kind="recommendation", outcome="recommended", minute="44", title=PACK_MIN44,
         lead_in="RESOLVED – That the Board", to="Cabinet; ICB Board",
         text="recommends to the Council's Cabinet and the ICB Board that the plan's priorities be reflected in their "
              "budgets for 2026/27", note=PACK_MIN_NOTE),
    dict(page=2, kind="approval", outcome="ratified", minute="45", title="BETTER CARE FUND 2024/25 – QUARTER 3 RETURN",
         text="RESOLVED – That the Better Care Fund quarter 3 return for 2024/25 be ratified", note=PACK_MIN_NOTE),
    dict(page=2, kind="noted", outcome="noted", minute="46", title="DIRECTOR OF PUBLIC HEALTH'S ANNUAL REPORT 2024",
         text="RESOLVED – That the annual report be noted",
         note=PACK_MIN_NOTE + "; 'It was reported that the Cabinet had approved …' is Cabinet's decision and is not "
                              "labelled"),
    dict(page=2, kind="delegation", outcome="agreed", minute="47",
         title="PHARMACEUTICAL NEEDS ASSESSMENT 2025 – CONSULTATION DRAFT", owner="Director of Public Health",
         text="RESOLVED – That authority be delegated to the Director of Public Health, in consultation with the "
              "Chair, to approve the draft Pharmaceutical Needs Assessment 2025 for the statutory 60-day consultation",
         note=PACK_MIN_NOTE),
    dict(page=2, kind="agreement", outcome="agreed", minute="48", title="FORWARD PLAN",
         text="The Board's forward plan for 2025/26 was agreed, with the addition of an item on suicide prevention in "
              "September", note=PACK_MIN_NOTE),
]

PACK_REC_NOTE = ("a report's recommendation to the Board's meeting of 11 June 2025 (the pack's date), labelled as a "
                 "recommendation (outcome recommended) with that meeting's date; ../layouts6/ leaves such lines "
                 "unlabelled as proposals")
PNA = "PHARMACEUTICAL NEEDS ASSESSMENT 2025"
BCF = "BETTER CARE FUND 2025/26 – PLAN AND SECTION 75 AGREEMENT"
PACK_BOARD = "Northwick Health and Wellbeing Board"


def pack_rec(page: int, item: str, title: str, text: str, note: str = PACK_REC_NOTE) -> dict:
    """One of the pack's report recommendations ("The Board is asked to: ...") to the 11 June 2025 meeting."""
    return dict(page=page, kind="recommendation", outcome="recommended", item=item, title=title,
                lead_in="The Board is asked to:", to=PACK_BOARD, text=text, note=note)


PACK_REPORT_LABELS = [
    pack_rec(2, "4", PNA, "approve the Pharmaceutical Needs Assessment 2025 for publication by 1 October 2025",
             note=PACK_REC_NOTE + "; the report's summary ('At its meeting on 12 March 2025 the Board delegated …') "
                                  "repeats minute 47 and is not labelled"),
    pack_rec(2, "4", PNA, "delegate to the Director of Public Health authority to publish supplementary statements "
                          "to the PNA when pharmacies open, close or change their hours"),
    pack_rec(2, "4", PNA, "note the gap in evening and weekend opening in the Eastfield locality and ask the ICB to "
                          "consider it when commissioning pharmaceutical services"),
    pack_rec(3, "5", BCF, "note the Better Care Fund plan for 2025/26, as approved by NHS England on 2 May 2025",
             note=PACK_REC_NOTE + "; the summary's 'NHS England approved the plan on 2 May 2025' and 'The Council's "
                                  "Cabinet approved the Council's contribution …' are other bodies' decisions, not labelled"),
    pack_rec(3, "5", BCF, "endorse the renewal of the section 75 pooled budget agreement between the Council and NHS "
                          "Wendle Valley ICB for 2025/26 on the terms set out in Appendix 1"),
]


# ---------------------------------------------------------------------------------------
# 3. Council meeting adjourned on 1 July 2025 and reconvened on 8 July 2025
# ---------------------------------------------------------------------------------------
ADJ = {
    "file": "council-minutes-2025-07-01.pdf",
    "layout": "Borough council, Full Council: a meeting adjourned at 9.05 pm on Tues 1st July 2025 and reconvened "
              "on 08/07/2025, with decisions on both days and dates written in mixed forms",
    "meeting_date": None,  # set per part below
    "body": "Harrowfield Borough Council",
    "footer": "Harrowfield Borough Council – Council – 1 and 8 July 2025                                   Page {n} of {of}",
    "pages": ["""
=HARROWFIELD BOROUGH COUNCIL
=MINUTES OF THE MEETING OF THE COUNCIL
=held on Tues 1st July 2025 at 7.00 pm in the Council Chamber, Harrowfield Town Hall,
=adjourned at 9.05 pm and reconvened on 08/07/2025 at 6.00 pm

PRESENT (1 July): The Mayor (Councillor Hilary Drummond) in the Chair; the Deputy Mayor (Councillor Kwame Asante); Councillors Barraclough, Bhatt, Cairns, Collier, Dalby, Ellery, Farouk, Gentry, Hargreaves, Ingham, Jessop, Kaur, Lowther, Marsden, McAllister, Nolan, Oduya, Parfitt, Quirke, Ramsden, Shackleton, Thwaite, Underwood, Vickers, Walmsley, Whitaker, Yardley, Young and Zielinski (31 members in all)

=C/25/21   APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillors Ahmed, Brook, Fairbairn, Holroyd, Lund, Pickles and Stead.

=C/25/22   DECLARATIONS OF INTEREST
Councillor Kaur declared a disclosable pecuniary interest in minute C/25/25(a) as the owner of land at Moor Lane, Wyke, which is proposed for allocation in the Local Plan. She left the Chamber for that item.

=C/25/23   MINUTES
RESOLVED: That the minutes of the Annual Council meeting held on 20th May 2025 be approved as a correct record and signed by the Mayor.

=C/25/24   MAYOR'S ANNOUNCEMENTS
The Mayor thanked everyone who had supported the Armed Forces Day parade on 28 June and announced that her charity appeal had raised £11,460.

=C/25/25   RECOMMENDATIONS FROM THE CABINET – 17 JUNE 2025
(a) Local Plan: Regulation 19 consultation
The Leader of the Council (Councillor Marsden) moved and the Deputy Leader (Councillor Oduya) seconded the recommendation of the Cabinet. It was reported that the Cabinet had approved the revised Statement of Community Involvement at the same meeting. Members debated the allocation of land at Moor Lane and the capacity of the A629 junctions.
RESOLVED: That
(1) the Pre-Submission Local Plan be approved for publication and consultation under Regulation 19 for a period of six weeks; and
(2) authority be delegated to the Director of Place, in consultation with the Portfolio Holder for Planning, to make minor changes to the Plan before its publication.
(b) Treasury Management Annual Report 2024/25
RESOLVED: That the Treasury Management Annual Report 2024/25 be noted.
""", """
=C/25/26   MOTION ON NOTICE – PAVEMENT PARKING
The following motion was moved by Councillor Cairns and seconded by Councillor Whitaker:
"This Council asks the Cabinet to introduce a borough-wide ban on pavement parking, using the powers available to it, by April 2026."
An amendment was moved by Councillor Shackleton and seconded by Councillor Thwaite, to replace "a borough-wide ban on pavement parking" with "pavement parking restrictions in the six wards with the most complaints".
On being put to the vote the amendment was LOST (For 11, Against 18, Abstentions 2).
The original motion was then put to the vote and CARRIED (For 19, Against 0, Abstentions 12).
RESOLVED: That this Council asks the Cabinet to introduce a borough-wide ban on pavement parking, using the powers available to it, by April 2026.

=C/25/27   ADJOURNMENT
At 9.05 pm, under Council Procedure Rule 9 (duration of meeting), the Mayor moved that the meeting be adjourned. Council AGREED that the meeting be adjourned and that the remaining business be considered at 6.00 pm on Tuesday 8th July 2025.
The meeting adjourned at 9.05 pm and reconvened on Tuesday 8 July 2025 at 6.00 pm.

=RECONVENED MEETING – 08/07/2025
PRESENT (8 July): The Mayor (Councillor Hilary Drummond) in the Chair; Councillors Ahmed, Asante, Barraclough, Bhatt, Brook, Cairns, Collier, Dalby, Ellery, Fairbairn, Farouk, Gentry, Hargreaves, Jessop, Kaur, Lowther, Marsden, Nolan, Oduya, Parfitt, Quirke, Ramsden, Shackleton, Thwaite, Vickers, Walmsley, Whitaker and Young (29 members in all). Apologies were received from Councillors Holroyd, Ingham, Lund, McAllister, Pickles, Stead, Underwood, Yardley and Zielinski.

=C/25/28   DECLARATIONS OF INTEREST (RECONVENED MEETING)
There were no declarations of interest.

=C/25/29   APPOINTMENTS TO COMMITTEES
The Council had previously agreed, on 20th May 2025, the allocation of seats on committees to political groups. The Labour Group had nominated Councillor Collier to fill its vacancy on the Planning Committee.
RESOLVED: That Councillor Collier be appointed to the Planning Committee in place of Councillor Ingham for the remainder of the 2025/26 municipal year.

=C/25/30   CHANGES TO THE CONSTITUTION – PETITIONS SCHEME
The report of the Monitoring Officer recommended the adoption of a revised Petitions Scheme, following the review the Council had asked for in March 2025.
RESOLVED: That
(1) the revised Petitions Scheme at Appendix A to the report be adopted with effect from 1 September 2025; and
(2) the Monitoring Officer be authorised to make any consequential amendments to the Constitution.
""", """
=C/25/31   MOTION ON NOTICE – TOWN CENTRE PUBLIC TOILETS
Councillor Bhatt, with the consent of the Council, withdrew his motion on notice on the Town Centre public toilets, as the Cabinet had agreed on 3 July 2025 to keep the Market Hall toilets open.

=C/25/32   QUESTIONS FROM MEMBERS
Six questions had been received under Council Procedure Rule 12. The questions and the answers given are set out in Appendix 1 to these minutes. Members asked supplementary questions about the closure of the Wyke branch library and the cost of agency staff in Children's Services.

=C/25/33   ANNUAL REPORT OF THE OVERVIEW AND SCRUTINY MANAGEMENT BOARD 2024/25
Councillor Jessop, Chair of the Overview and Scrutiny Management Board, presented the annual report.
RESOLVED: That the Overview and Scrutiny Management Board's annual report for 2024/25 be noted.

The meeting closed at 7.40 pm on 8th July 2025.

=Mayor ..........................................        Date ............................
"""],
}

C25 = "RECOMMENDATIONS FROM THE CABINET – 17 JUNE 2025"
C26 = "MOTION ON NOTICE – PAVEMENT PARKING"
C30 = "CHANGES TO THE CONSTITUTION – PETITIONS SCHEME"
DAY1 = "taken on the first day of the meeting, Tues 1st July 2025, before the adjournment"
DAY2 = ("taken at the reconvened meeting on 08/07/2025, so meeting_date is 8 July 2025 (the file name and the first "
        "date of the title are 1 July)")
ADJ_DAY1_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="C/25/23", title="MINUTES",
         text="RESOLVED: That the minutes of the Annual Council meeting held on 20th May 2025 be approved as a "
              "correct record and signed by the Mayor", note=DAY1),
    dict(page=1, kind="approval", outcome="approved", minute="C/25/25(a)", title=C25, lead_in="RESOLVED: That",
         text="the Pre-Submission Local Plan be approved for publication and consultation under Regulation 19 for a "
              "period of six weeks",
         note=DAY1 + "; the Cabinet's recommendation 'moved and seconded' is not a separate motion label, and 'It "
                     "was reported that the Cabinet had approved …' is Cabinet's decision, not labelled"),
    dict(page=1, kind="delegation", outcome="agreed", minute="C/25/25(a)", title=C25, lead_in="RESOLVED: That",
         owner="Director of Place",
         text="authority be delegated to the Director of Place, in consultation with the Portfolio Holder for "
              "Planning, to make minor changes to the Plan before its publication", note=DAY1),
    dict(page=1, kind="noted", outcome="noted", minute="C/25/25(b)", title=C25,
         text="RESOLVED: That the Treasury Management Annual Report 2024/25 be noted", note=DAY1),
    dict(page=2, kind="amendment", outcome="lost", minute="C/25/26", title=C26,
         votes={"for": 11, "against": 18, "abstain": 2}, proposer="Councillor Shackleton", seconder="Councillor Thwaite",
         text="An amendment was moved by Councillor Shackleton and seconded by Councillor Thwaite, to replace "
              "\"a borough-wide ban on pavement parking\" with \"pavement parking restrictions in the six wards with "
              "the most complaints\"",
         note=DAY1 + "; 'On being put to the vote the amendment was LOST (For 11, Against 18, Abstentions 2)' "
                     "follows it"),
    dict(page=2, kind="motion", outcome="carried", minute="C/25/26", title=C26,
         votes={"for": 19, "against": 0, "abstain": 12}, proposer="Councillor Cairns", seconder="Councillor Whitaker",
         text="The following motion was moved by Councillor Cairns and seconded by Councillor Whitaker",
         note=DAY1 + "; 'The original motion was then put to the vote and CARRIED (For 19, Against 0, Abstentions "
                     "12)'"),
    dict(page=2, kind="resolution", outcome="agreed", minute="C/25/26", title=C26,
         text="RESOLVED: That this Council asks the Cabinet to introduce a borough-wide ban on pavement parking, "
              "using the powers available to it, by April 2026", to="Cabinet",
         note=DAY1 + "; the resolution the carried motion produced"),
    dict(page=2, kind="agreement", outcome="agreed", minute="C/25/27", title="ADJOURNMENT",
         text="Council AGREED that the meeting be adjourned and that the remaining business be considered at 6.00 pm "
              "on Tuesday 8th July 2025",
         note=DAY1 + "; the decision to adjourn is the last decision of 1 July"),
]
ADJ_DAY2_LABELS = [
    dict(page=2, kind="approval", outcome="approved", minute="C/25/29", title="APPOINTMENTS TO COMMITTEES",
         text="RESOLVED: That Councillor Collier be appointed to the Planning Committee in place of Councillor "
              "Ingham for the remainder of the 2025/26 municipal year",
         note=DAY2 + "; 'The Council had previously agreed, on 20th May 2025, …' is not labelled"),
    dict(page=2, kind="approval", outcome="adopted", minute="C/25/30", title=C30, lead_in="RESOLVED: That",
         text="the revised Petitions Scheme at Appendix A to the report be adopted with effect from 1 September 2025",
         note=DAY2),
    dict(page=2, kind="delegation", outcome="agreed", minute="C/25/30", title=C30, lead_in="RESOLVED: That",
         owner="Monitoring Officer",
         text="the Monitoring Officer be authorised to make any consequential amendments to the Constitution",
         note=DAY2),
    dict(page=3, kind="withdrawal", outcome="withdrawn", minute="C/25/31",
         title="MOTION ON NOTICE – TOWN CENTRE PUBLIC TOILETS",
         text="Councillor Bhatt, with the consent of the Council, withdrew his motion on notice on the Town Centre "
              "public toilets",
         note=DAY2 + "; 'the Cabinet had agreed on 3 July 2025 …' is Cabinet's decision, not labelled"),
    dict(page=3, kind="noted", outcome="noted", minute="C/25/33",
         title="ANNUAL REPORT OF THE OVERVIEW AND SCRUTINY MANAGEMENT BOARD 2024/25",
         text="RESOLVED: That the Overview and Scrutiny Management Board's annual report for 2024/25 be noted",
         note=DAY2),
]


# ---------------------------------------------------------------------------------------
# 4. Combined Authority: schedule of decisions (decision notice) with Decision / Reasons / Alternatives / Effect
# ---------------------------------------------------------------------------------------
CA = {
    "file": "combined-authority-decision-notice-2025-06-27.pdf",
    "layout": "Mayoral Combined Authority 'Decision Notice – Schedule of decisions' for its meeting of 27 June 2025, "
              "published 30 June 2025: numbered decisions, each with 'Decision:', 'Reasons for decision:', "
              "'Alternative options considered:' and 'Date decision takes effect:' fields",
    "meeting_date": "2025-06-27",
    "body": "Tennvale Mayoral Combined Authority",
    "footer": "Tennvale Mayoral Combined Authority – Decision Notice – published 30 June 2025                  Page {n} of {of}",
    "pages": ["""
=TENNVALE MAYORAL COMBINED AUTHORITY
=DECISION NOTICE – SCHEDULE OF DECISIONS
=Meeting of the Combined Authority held on Friday 27 June 2025 at 11.00 am, Tennvale House, Dockside, Tennport

=Date of publication of this notice:  Monday 30 June 2025
=Call-in deadline:                    5.00 pm on Monday 7 July 2025

=Present: Mayor Gillian Fairhurst (Chair); Councillor Omar Siddiqui (Aldbridge Council); Councillor Karen
=Lomax (Tennport City Council); Councillor Rhys Penhallow (Wyvern District Council); Councillor Sue Daventry
=(Holmfirth Borough Council); Patrick O'Rourke (Business Board Chair, non-voting)
=Apologies: Councillor Ian Castellan (Eastmoor Council), substituted by Councillor Laura Finch

The decisions below were taken by the Combined Authority at the meeting. Decisions that are not key decisions, and key decisions taken as urgent, take effect on publication; other key decisions may be called in by the Overview and Scrutiny Committee until the call-in deadline and take effect the next working day unless called in. This notice is not the minutes of the meeting.

=Declarations of interest: Councillor Lomax declared an interest in decision 3 as a director of Tennport
=Regeneration Ltd, and took no part in it.

=DECISION 1 – TCA/D/25/031          BUS SERVICE IMPROVEMENT PLAN 2025–2030 AND MAYORAL BUS FUND
=Key decision: Yes (Forward Plan ref FP/25/09)          Report of: Director of Transport
=Decision:
    The Combined Authority:
    (1) approved the Tennvale Bus Service Improvement Plan 2025–2030;
    (2) approved the release of £6.2m from the Mayoral Bus Fund in 2025/26 for the schemes listed in Appendix 2 to the report; and
    (3) delegated authority to the Director of Transport, in consultation with the Mayor, to agree the enhanced partnership variations needed to deliver the Plan.
=Reasons for decision:
    The Plan is required by the national bus strategy. The Transport Committee had previously agreed, in March 2025, that the Plan should prioritise the frequency of evening and Sunday services.
=Alternative options considered:
    To submit the 2024 Plan unchanged (rejected: it does not meet the updated guidance); to release the Fund in two stages (rejected: it would delay the evening service improvements to 2026).
=Date decision takes effect:  8 July 2025 (subject to call-in)
""", """
=DECISION 2 – TCA/D/25/032          ADULT SKILLS FUND 2025/26 – PROVIDER ALLOCATIONS
=Key decision: Yes (Forward Plan ref FP/25/11)          Report of: Director of Skills and Employment
=Decision:
    The Combined Authority approved the Adult Skills Fund allocations for 2025/26 to the 17 providers set out in Appendix 1, totalling £18.4m.
=Reasons for decision:
    Allocations must be confirmed to providers before the start of the academic year on 1 August 2025.
=Alternative options considered:
    To allocate by open competition (rejected: there is not enough time before 1 August 2025).
=Date decision takes effect:  27 June 2025 (urgent; exempt from call-in with the consent of the Chair
=                             of the Overview and Scrutiny Committee)

=DECISION 3 – TCA/D/25/033          BROWNFIELD HOUSING FUND – TENNPORT WATERFRONT PHASE 2
=Key decision: Yes (Forward Plan ref FP/25/12)          Report of: Director of Housing and Regeneration
=Decision:
    The Combined Authority approved, subject to the completion of due diligence, a grant of £2.75m from the Brownfield Housing Fund to Tennport Regeneration Ltd for the remediation of the Waterfront Phase 2 site.
=Reasons for decision:
    The scheme will unlock 310 homes, 30% of them affordable, and meets the Fund's criteria.
=Alternative options considered:
    To fund a smaller first phase of 140 homes (rejected: lower value for money).
=Date decision takes effect:  8 July 2025 (subject to call-in)

=DECISION 4 – TCA/D/25/034          REVENUE AND CAPITAL OUTTURN 2024/25
=Key decision: No          Report of: Director of Finance (Chief Finance Officer)
=Decision:
    The Combined Authority:
    (1) noted the provisional revenue outturn for 2024/25, an underspend of £0.9m on the Mayoral and Combined Authority budgets; and
    (2) approved the carry forward of £1.1m of capital budget from 2024/25 to 2025/26 for the Tennport Interchange scheme.
=Reasons for decision:
    To report the outturn and keep the Interchange scheme funded.
=Alternative options considered:  None.
=Date decision takes effect:  30 June 2025
""", """
=DECISION 5 – TCA/D/25/035          LOCAL GROWTH PLAN – DRAFT FOR ENGAGEMENT
=Key decision: No          Report of: Chief Executive
=Decision:
    The Combined Authority:
    (1) endorsed the draft Tennvale Local Growth Plan for engagement with businesses and partners over the summer; and
    (2) recommended to the five constituent councils that they reflect the draft Plan's priorities in their own economic strategies.
=Reasons for decision:
    The Government has asked each Mayoral Combined Authority to agree a Local Growth Plan by December 2025.
=Alternative options considered:
    To wait for the Government's final guidance (rejected: it would leave too little time for engagement).
=Date decision takes effect:  30 June 2025

=DECISION 6 – TCA/D/25/036          APPOINTMENT OF THE MONITORING OFFICER
=Key decision: No          Report of: Chief Executive
=Decision:
    The Combined Authority appointed Ms Rebecca Oyelowo, Head of Legal Services of Tennport City Council, as the Monitoring Officer of the Combined Authority with effect from 1 July 2025.
=Reasons for decision:
    The previous Monitoring Officer left on 30 May 2025. The Constitution requires the Combined Authority to appoint one.
=Alternative options considered:  None.
=Date decision takes effect:  1 July 2025

=DECISION 7 – TCA/D/25/037          TENNPORT TO ALDBRIDGE TRAM-TRAIN – STRATEGIC OUTLINE CASE
=Key decision: Yes (Forward Plan ref FP/25/14)          Report of: Director of Transport
=Decision:
    The Combined Authority deferred consideration of the Strategic Outline Case to its meeting on 26 September 2025, pending the Department for Transport's response on the funding of the Aldbridge viaduct works.
=Reasons for decision:
    Members asked whether the scheme could proceed without the viaduct works; officers could not yet say.
=Alternative options considered:
    To approve the Strategic Outline Case now (rejected: the funding is uncertain).
=Date decision takes effect:  30 June 2025

=Contact: Governance Services, Tennvale Mayoral Combined Authority, governance@tennvale-ca.example
"""],
}

CA_NOTE = ("decision of the meeting of 27 June 2025; the notice was published on 30 June 2025 and the decision "
           "takes effect on {effect}: neither date is the meeting's, and the effect date is not a deadline")
CA1 = "BUS SERVICE IMPROVEMENT PLAN 2025–2030 AND MAYORAL BUS FUND"
CA_LEAD = "Decision: The Combined Authority:"
CA_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="DECISION 1", title=CA1, ref="TCA/D/25/031",
         lead_in=CA_LEAD, text="approved the Tennvale Bus Service Improvement Plan 2025–2030",
         note=CA_NOTE.format(effect="8 July 2025 (subject to call-in)")),
    dict(page=1, kind="approval", outcome="approved", item="DECISION 1", title=CA1, ref="TCA/D/25/031",
         lead_in=CA_LEAD,
         text="approved the release of £6.2m from the Mayoral Bus Fund in 2025/26 for the schemes listed in "
              "Appendix 2 to the report", note=CA_NOTE.format(effect="8 July 2025 (subject to call-in)")),
    dict(page=1, kind="delegation", outcome="agreed", item="DECISION 1", title=CA1, ref="TCA/D/25/031",
         lead_in=CA_LEAD, owner="Director of Transport",
         text="delegated authority to the Director of Transport, in consultation with the Mayor, to agree the "
              "enhanced partnership variations needed to deliver the Plan",
         note=CA_NOTE.format(effect="8 July 2025 (subject to call-in)") + "; 'The Transport Committee had previously "
              "agreed, in March 2025, …' under Reasons is not labelled"),
    dict(page=2, kind="approval", outcome="approved", item="DECISION 2",
         title="ADULT SKILLS FUND 2025/26 – PROVIDER ALLOCATIONS", ref="TCA/D/25/032", lead_in="Decision:",
         text="The Combined Authority approved the Adult Skills Fund allocations for 2025/26 to the 17 providers set "
              "out in Appendix 1, totalling £18.4m",
         note=CA_NOTE.format(effect="27 June 2025 (urgent, exempt from call-in)")),
    dict(page=2, kind="approval", outcome="approved", item="DECISION 3",
         title="BROWNFIELD HOUSING FUND – TENNPORT WATERFRONT PHASE 2", ref="TCA/D/25/033", lead_in="Decision:",
         text="The Combined Authority approved, subject to the completion of due diligence, a grant of £2.75m from the "
              "Brownfield Housing Fund to Tennport Regeneration Ltd",
         note=CA_NOTE.format(effect="8 July 2025 (subject to call-in)") + "; the declaration of interest at the top "
              "of the notice is not labelled"),
    dict(page=2, kind="noted", outcome="noted", item="DECISION 4", title="REVENUE AND CAPITAL OUTTURN 2024/25",
         ref="TCA/D/25/034", lead_in=CA_LEAD,
         text="noted the provisional revenue outturn for 2024/25, an underspend of £0.9m on the Mayoral and Combined "
              "Authority budgets", note=CA_NOTE.format(effect="30 June 2025")),
    dict(page=2, kind="approval", outcome="approved", item="DECISION 4", title="REVENUE AND CAPITAL OUTTURN 2024/25",
         ref="TCA/D/25/034", lead_in=CA_LEAD,
         text="approved the carry forward of £1.1m of capital budget from 2024/25 to 2025/26 for the Tennport "
              "Interchange scheme", note=CA_NOTE.format(effect="30 June 2025")),
    dict(page=3, kind="endorsement", outcome="endorsed", item="DECISION 5",
         title="LOCAL GROWTH PLAN – DRAFT FOR ENGAGEMENT", ref="TCA/D/25/035", lead_in=CA_LEAD,
         text="endorsed the draft Tennvale Local Growth Plan for engagement with businesses and partners over the "
              "summer", note=CA_NOTE.format(effect="30 June 2025")),
    dict(page=3, kind="recommendation", outcome="recommended", item="DECISION 5",
         title="LOCAL GROWTH PLAN – DRAFT FOR ENGAGEMENT", ref="TCA/D/25/035", lead_in=CA_LEAD,
         to="the five constituent councils",
         text="recommended to the five constituent councils that they reflect the draft Plan's priorities in their "
              "own economic strategies", note=CA_NOTE.format(effect="30 June 2025")),
    dict(page=3, kind="approval", outcome="approved", item="DECISION 6", title="APPOINTMENT OF THE MONITORING OFFICER",
         ref="TCA/D/25/036", lead_in="Decision:",
         text="The Combined Authority appointed Ms Rebecca Oyelowo, Head of Legal Services of Tennport City Council, as "
              "the Monitoring Officer of the Combined Authority with effect from 1 July 2025",
         note=CA_NOTE.format(effect="1 July 2025") + "; an appointment is an approval, as in the earlier sets"),
    dict(page=3, kind="deferral", outcome="deferred", item="DECISION 7",
         title="TENNPORT TO ALDBRIDGE TRAM-TRAIN – STRATEGIC OUTLINE CASE", ref="TCA/D/25/037", lead_in="Decision:",
         text="The Combined Authority deferred consideration of the Strategic Outline Case to its meeting on 26 "
              "September 2025, pending the Department for Transport's response on the funding of the Aldbridge "
              "viaduct works",
         note=CA_NOTE.format(effect="30 June 2025") + "; 'Members asked …' under Reasons is not labelled"),
]


# ---------------------------------------------------------------------------------------
# 5. Town council minutes: FC/25/nnn references, "It was RESOLVED that", "Council AGREED", votes, a motion LOST
# ---------------------------------------------------------------------------------------
TOWN = {
    "file": "town-council-minutes-2025-07-14.pdf",
    "layout": "Town council, Full Council: minute references FC/25/041 …, 'It was RESOLVED that …', 'Council "
              "AGREED to …', 'Members NOTED …', 'Proposed by Cllr X, seconded by Cllr Y and carried unanimously', "
              "'For 5, Against 2, Abstentions 1', a motion LOST, an 'ACTION:' line",
    "meeting_date": "2025-07-14",
    "body": "Ashcombe Town Council",
    "footer": "Ashcombe Town Council – Full Council – 14 July 2025          Chair's initials ........       Page {n} of {of}",
    "pages": ["""
=ASHCOMBE TOWN COUNCIL
=Minutes of the meeting of the Full Council held on Monday 14 July 2025 at 7.00 pm
=in the Council Chamber, The Guildhall, Fore Street, Ashcombe

=Present:        Cllr Margaret Hale (Town Mayor, in the Chair), Cllr Joseph Ibbotson (Deputy Mayor),
=                Cllr Anita Kemble, Cllr Roger Lyle, Cllr Nadia Pryor, Cllr Owen Quinn, Cllr Tessa Rowe,
=                Cllr Simon Varley
=In attendance:  Mr David Fenn (Town Clerk), Mrs Carol Ames (Deputy Clerk), District Cllr Brian Moss,
=                three members of the public

=FC/25/041   APOLOGIES FOR ABSENCE
Apologies were received from Cllr Newbold (holiday) and Cllr Sutton (work commitments).

=FC/25/042   DECLARATIONS OF INTEREST
Cllr Pryor declared a pecuniary interest in FC/25/049 as her husband is a director of a company that had been asked to quote for the works. She left the Chamber for that item.

=FC/25/043   PUBLIC PARTICIPATION
A resident asked whether the Council would repair the bus shelter on Station Road. The Town Mayor said that the shelter belongs to the County Council and that the Clerk would report it. A second resident spoke in support of the skatepark project.

=FC/25/044   MINUTES
It was RESOLVED that the minutes of the Full Council meeting held on 9 June 2025 be approved and signed as a correct record. Proposed by Cllr Hale, seconded by Cllr Ibbotson and carried unanimously.

=FC/25/045   MINUTES OF COMMITTEES
Members NOTED the minutes of the Planning Committee meetings held on 16 and 30 June 2025.
The Finance and General Purposes Committee had recommended, at its meeting on 23 June 2025, that allotment rents be increased by 5% from 1 October 2025. It was RESOLVED that the recommendation of the Finance and General Purposes Committee to increase allotment rents by 5% from 1 October 2025 be adopted. Proposed by Cllr Kemble, seconded by Cllr Lyle and carried unanimously.

=FC/25/046   TOWN CLERK'S REPORT
Members NOTED the Town Clerk's report, including the completion of the war memorial cleaning and the appointment of the new grounds maintenance operative. It was reported that the District Council's Cabinet had approved the extension of the Ashcombe Conservation Area at its meeting on 1 July 2025.
District Cllr Moss reported that the District Council had agreed to consult on closing the Market Street public toilets. Members asked whether the Town Council could take the toilets on.

=FC/25/047   FINANCE
a) It was RESOLVED that the schedule of payments for June 2025, totalling £14,286.55, be approved. Proposed by Cllr Ibbotson, seconded by Cllr Varley and carried unanimously.
b) Council AGREED to accept the internal auditor's report for 2024/25 and the action plan responding to its two recommendations.
""", """
=FC/25/048   CHRISTMAS LIGHTS
It was RESOLVED to defer a decision on the Christmas lights contract to the meeting on 8 September 2025, pending a third quotation.

=FC/25/049   SKATEPARK REFURBISHMENT
Cllr Pryor had left the Chamber. The Deputy Clerk presented three quotations for the refurbishment of the skatepark at Jubilee Field. Members asked about the guarantee period and the timetable for the works.
It was RESOLVED to accept the quotation of Concrete Wave Ltd of £48,500 plus VAT, to be funded from the Jubilee Field earmarked reserve and the Section 106 contribution. Proposed by Cllr Rowe, seconded by Cllr Kemble. For 5, Against 2, Abstentions 1.
Cllr Pryor returned to the Chamber.

=FC/25/050   MOTION – MARKET STREET PUBLIC TOILETS
Cllr Quinn proposed, and Cllr Rowe seconded, that the Council offer to take over the running of the Market Street public toilets from the District Council from 1 April 2026, at a cost of up to £9,000 a year. After debate the motion was put to the vote and was LOST (For 3, Against 5, Abstentions 0).

=FC/25/051   LOCAL PLAN CONSULTATION
Council AGREED to delegate to the Town Clerk, in consultation with the Town Mayor and the Chair of the Planning Committee, authority to respond to the District Council's consultation on the draft Local Plan by 22 August 2025.

=FC/25/052   HIGHWAYS AND STREETLIGHTING
ACTION: Town Clerk to report the bus shelter on Station Road and the faulty streetlight on Mill Lane to the County Council.

=FC/25/053   DATE OF NEXT MEETING
The next meeting of the Full Council will be held on Monday 8 September 2025 at 7.00 pm.

The meeting closed at 8.52 pm.

=Signed ..........................................   Town Mayor          Date ............................
"""],
}

TOWN_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="FC/25/044", title="MINUTES",
         proposer="Cllr Hale", seconder="Cllr Ibbotson", unanimous=True,
         text="It was RESOLVED that the minutes of the Full Council meeting held on 9 June 2025 be approved and "
              "signed as a correct record"),
    dict(page=1, kind="noted", outcome="noted", minute="FC/25/045", title="MINUTES OF COMMITTEES",
         text="Members NOTED the minutes of the Planning Committee meetings held on 16 and 30 June 2025",
         note="'Members NOTED …' in capitals closes the item: the Council's noting, not a line of debate"),
    dict(page=1, kind="approval", outcome="adopted", minute="FC/25/045", title="MINUTES OF COMMITTEES",
         proposer="Cllr Kemble", seconder="Cllr Lyle", unanimous=True,
         text="It was RESOLVED that the recommendation of the Finance and General Purposes Committee to increase "
              "allotment rents by 5% from 1 October 2025 be adopted",
         note="the Council's adoption on 14 July 2025; the Committee's recommendation of 23 June 2025, told just "
              "before it ('had recommended, at its meeting on 23 June 2025, …'), is not labelled"),
    dict(page=1, kind="noted", outcome="noted", minute="FC/25/046", title="TOWN CLERK'S REPORT",
         text="Members NOTED the Town Clerk's report, including the completion of the war memorial cleaning and the "
              "appointment of the new grounds maintenance operative",
         note="'It was reported that the District Council's Cabinet had approved …', the District Councillor's "
              "report and 'Members asked whether …' are not labelled"),
    dict(page=1, kind="approval", outcome="approved", minute="FC/25/047(a)", title="FINANCE",
         proposer="Cllr Ibbotson", seconder="Cllr Varley", unanimous=True,
         text="It was RESOLVED that the schedule of payments for June 2025, totalling £14,286.55, be approved"),
    dict(page=1, kind="agreement", outcome="agreed", minute="FC/25/047(b)", title="FINANCE",
         text="Council AGREED to accept the internal auditor's report for 2024/25 and the action plan responding to "
              "its two recommendations"),
    dict(page=2, kind="deferral", outcome="deferred", minute="FC/25/048", title="CHRISTMAS LIGHTS",
         text="It was RESOLVED to defer a decision on the Christmas lights contract to the meeting on 8 September "
              "2025, pending a third quotation"),
    dict(page=2, kind="approval", outcome="approved", minute="FC/25/049", title="SKATEPARK REFURBISHMENT",
         proposer="Cllr Rowe", seconder="Cllr Kemble", votes={"for": 5, "against": 2, "abstain": 1},
         text="It was RESOLVED to accept the quotation of Concrete Wave Ltd of £48,500 plus VAT, to be funded from the "
              "Jubilee Field earmarked reserve and the Section 106 contribution",
         note="'Proposed by Cllr Rowe, seconded by Cllr Kemble. For 5, Against 2, Abstentions 1.' follows it; the "
              "declaration of interest and Cllr Pryor leaving and returning are not labelled"),
    dict(page=2, kind="motion", outcome="lost", minute="FC/25/050", title="MOTION – MARKET STREET PUBLIC TOILETS",
         proposer="Cllr Quinn", seconder="Cllr Rowe", votes={"for": 3, "against": 5, "abstain": 0},
         text="Cllr Quinn proposed, and Cllr Rowe seconded, that the Council offer to take over the running of the "
              "Market Street public toilets from the District Council from 1 April 2026, at a cost of up to £9,000 a "
              "year",
         note="'After debate the motion was put to the vote and was LOST (For 3, Against 5, Abstentions 0)'"),
    dict(page=2, kind="delegation", outcome="agreed", minute="FC/25/051", title="LOCAL PLAN CONSULTATION",
         owner="Town Clerk",
         text="Council AGREED to delegate to the Town Clerk, in consultation with the Town Mayor and the Chair of the "
              "Planning Committee, authority to respond to the District Council's consultation on the draft Local "
              "Plan by 22 August 2025"),
    dict(page=2, kind="action", outcome=None, minute="FC/25/052", title="HIGHWAYS AND STREETLIGHTING",
         lead_in="ACTION:", owner="Town Clerk",
         text="Town Clerk to report the bus shelter on Station Road and the faulty streetlight on Mill Lane to the "
              "County Council",
         note="no date printed, so no deadline; the Town Mayor's answer in public participation ('the Clerk would "
              "report it') is not labelled"),
]


# ---------------------------------------------------------------------------------------
# 6. NHS Foundation Trust Council of Governors: Item | Discussion | Outcome / Action / Owner / Date table
# ---------------------------------------------------------------------------------------
COG_COLS = (18, 46, 34)
COG_HEADER = table([("Item", "Discussion", "Outcome / Action / Owner / Date")], COG_COLS)
COG_HEADER_CONT = table([("Item", "Discussion (continued)", "Outcome / Action / Owner / Date")], COG_COLS)
COG_PAGE1_ROWS = [
    ("CoG/25/18 Welcome, apologies and quorum",
     "The Chair welcomed governors and members of the public. Apologies were received from public governors Mrs "
     "Eileen Hartley and Mr Ravi Kapoor, and from staff governor Ms Dawn Ellis. The meeting was quorate.", "–"),
    ("CoG/25/19 Declarations of interest",
     "Public governor Mr Dev Anand declared an interest in item CoG/25/25, as his wife works for the firm tendering "
     "for the external audit. He took no part in the decision.", "–"),
    ("CoG/25/20 Minutes of the meeting held on 22 April 2025",
     "The minutes were accepted as an accurate record.", "APPROVED"),
    ("CoG/25/21 Action log",
     "Actions 25/04 and 25/07 were complete. Action 25/06 (car parking survey) remains open.", "NOTED"),
    ("CoG/25/22 Appointment of a Non-Executive Director",
     "The Nominations and Remuneration Committee, at its meeting on 1 July 2025, recommended the appointment of "
     "Ms Helena Strand as a Non-Executive Director for three years from 1 September 2025. Governors asked about her "
     "experience of digital services.",
     "APPROVED the appointment of Ms Helena Strand as a Non-Executive Director from 1 September 2025"),
    ("CoG/25/23 Remuneration of the Chair and Non-Executive Directors",
     "The Committee recommended an uplift of 3.6% from 1 April 2025, in line with the national framework. The "
     "Board of Directors had approved the same uplift for executive directors in May.",
     "APPROVED an uplift of 3.6% to the remuneration of the Chair and Non-Executive Directors from 1 April 2025"),
]
COG_PAGE2_ROWS = [
    ("CoG/25/24 Annual report and accounts 2024/25",
     "The Director of Finance presented the annual report and accounts, adopted by the Board of Directors on 24 June "
     "2025, and the external auditor's unqualified opinion.", "RECEIVED"),
    ("CoG/25/25 Appointment of the external auditor",
     "A panel of four governors had evaluated three tenders and recommended Thornbury Marsh LLP for three years "
     "from 2025/26, at £142,000 a year. Mr Anand took no part in the decision.",
     "APPROVED the appointment of Thornbury Marsh LLP as external auditor for three years from 2025/26"),
    ("CoG/25/26 Chair's action",
     "On 12 June 2025 the Chair, with the Lead Governor, had extended the term of office of Non-Executive Director "
     "Mr Colin Wray by six months to 31 March 2026, to cover the recruitment period.", "RATIFIED"),
    ("CoG/25/27 Constitution and governor expenses",
     "The Trust Secretary presented amendments to the Constitution to reduce the number of public governors for "
     "the Outer Wendle constituency from four to three. The revised governor expenses policy needed further work.",
     ["APPROVED the amendments to the Constitution at Annex A",
      "Governor expenses policy DEFERRED to 21 October 2025"]),
    ("CoG/25/28 Quality Committee – report of the Non-Executive chair",
     "Dr Amelia Grant, Non-Executive Director, reported on maternity staffing and the Care Quality Commission's "
     "action plan. Governors asked how many midwife posts were vacant.",
     ["NOTED",
      "Action: Written answers to governors' questions on maternity staffing",
      "Owner: CN",
      "Date: 29/08/2025"]),
    ("CoG/25/29 Governor working groups",
     "The Membership and Engagement Group had not met since April. Its terms of reference are being revised.",
     ["Action: Circulate revised terms of reference for the Membership and Engagement Group",
      "Owner: TS",
      "Date: 30/09/2025"]),
    ("CoG/25/30 Questions from the public",
     "A member of the public asked about the waiting times for the Trust's pain clinic. The Chief Operating Officer "
     "will reply in writing.", "–"),
]
COG = {
    "file": "council-of-governors-minutes-2025-07-22.pdf",
    "layout": "NHS Foundation Trust Council of Governors in public: the minutes are a three-column table 'Item | "
              "Discussion | Outcome / Action / Owner / Date' printed as text, the columns run together line by "
              "line; the outcome in capitals in the last column (APPROVED, NOTED, RECEIVED, RATIFIED, DEFERRED), "
              "actions with 'Owner:' and 'Date:' lines under them",
    "meeting_date": "2025-07-22",
    "body": "Wendlebury Hospitals NHS Foundation Trust Council of Governors",
    "footer": "Wendlebury Hospitals NHS Foundation Trust – Council of Governors – 22 July 2025                Page {n} of {of}",
    "pages": ["""
=WENDLEBURY HOSPITALS NHS FOUNDATION TRUST
=COUNCIL OF GOVERNORS – MEETING HELD IN PUBLIC
=Minutes of the meeting held on Tuesday 22 July 2025 at 5.30 pm, Education Centre, Wendlebury General Hospital

=Present:    Sir Michael Okonjo, Chair of the Trust (Chair)
=            Public governors: Mr Dev Anand, Mrs Gwen Bellamy, Mr Stephen Cole (Lead Governor), Ms Farah Din,
=            Mr Peter Eades, Mrs Joan Firth, Mr Martin Gale
=            Staff governors: Dr Priya Nair, Mr Tom Oakes
=            Appointed governors: Cllr Janet Royce (Wendlebury County Council), Prof Alan Sutcliffe (University)
=In attendance: Dr Ruth Ansell, Chief Executive; Mr Neil Baxter, Director of Finance; Mrs Claire Nolan, Chief
=            Nurse (CN); Dr Amelia Grant, Non-Executive Director; Ms Tara Singh, Trust Secretary (TS, minutes)

""" + COG_HEADER + "\n" + table(COG_PAGE1_ROWS, COG_COLS) + "\n",
              COG_HEADER_CONT + "\n" + table(COG_PAGE2_ROWS, COG_COLS) + """
=Date of next meeting: Tuesday 21 October 2025, 5.30 pm, Education Centre, Wendlebury General Hospital

=Signed ..........................................   Chair          Date ............................
"""],
}

COG_CELL = "the Outcome / Action / Owner / Date cell (the table's last column)"
COG_FIRST = COG_CELL + "; the cell wraps and the text is its first printed line"
COG_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="CoG/25/20",
         title="Minutes of the meeting held on 22 April 2025", text="APPROVED", note=COG_CELL + " reads only 'APPROVED'"),
    dict(page=1, kind="noted", outcome="noted", item="CoG/25/21", title="Action log", text="NOTED",
         note=COG_CELL + " reads only 'NOTED'"),
    dict(page=1, kind="approval", outcome="approved", item="CoG/25/22", title="Appointment of a Non-Executive Director",
         text="APPROVED the appointment of Ms",
         note=COG_FIRST + "; the Nominations and Remuneration Committee's recommendation of 1 July 2025 is not the "
                          "Council of Governors' decision and is not labelled"),
    dict(page=1, kind="approval", outcome="approved", item="CoG/25/23",
         title="Remuneration of the Chair and Non-Executive Directors", text="APPROVED an uplift of 3.6% to the",
         note=COG_FIRST + "; 'The Board of Directors had approved the same uplift for executive directors in May' "
                          "is another body's decision, not labelled"),
    dict(page=2, kind="noted", outcome="received", item="CoG/25/24", title="Annual report and accounts 2024/25",
         text="RECEIVED",
         note=COG_CELL + " reads only 'RECEIVED'; the Board of Directors' adoption of the accounts on 24 June 2025 "
                         "is not labelled"),
    dict(page=2, kind="approval", outcome="approved", item="CoG/25/25", title="Appointment of the external auditor",
         text="APPROVED the appointment of", note=COG_FIRST),
    dict(page=2, kind="approval", outcome="ratified", item="CoG/25/26", title="Chair's action", text="RATIFIED",
         note=COG_CELL + " reads only 'RATIFIED': the Council of Governors ratified the Chair's action of 12 June "
                         "2025 (the action itself is not labelled)"),
    dict(page=2, kind="approval", outcome="approved", item="CoG/25/27", title="Constitution and governor expenses",
         text="APPROVED the amendments to the", note=COG_FIRST),
    dict(page=2, kind="deferral", outcome="deferred", item="CoG/25/27", title="Constitution and governor expenses",
         text="Governor expenses policy DEFERRED",
         note=COG_FIRST + " (the cell's second paragraph, 'Governor expenses policy DEFERRED to 21 October 2025')"),
    dict(page=2, kind="noted", outcome="noted", item="CoG/25/28",
         title="Quality Committee – report of the Non-Executive chair", text="NOTED",
         note=COG_CELL + ": its first line reads only 'NOTED'"),
    dict(page=2, kind="action", outcome=None, item="CoG/25/28",
         title="Quality Committee – report of the Non-Executive chair", lead_in="Action:",
         text="Written answers to", owner="CN", deadline="2025-08-29", note=COG_FIRST),
    dict(page=2, kind="action", outcome=None, item="CoG/25/29", title="Governor working groups", lead_in="Action:",
         text="Circulate revised terms of", owner="TS", deadline="2025-09-30", note=COG_FIRST),
]


if __name__ == "__main__":
    docs = [(EXTRACT, EXTRACT_LABELS),
            (meeting(PACK, "2025-03-12"), PACK_MINUTES_LABELS), (meeting(PACK, "2025-06-11"), PACK_REPORT_LABELS),
            (meeting(ADJ, "2025-07-01"), ADJ_DAY1_LABELS), (meeting(ADJ, "2025-07-08"), ADJ_DAY2_LABELS),
            (CA, CA_LABELS), (TOWN, TOWN_LABELS), (COG, COG_LABELS)]
    build_set(__file__, docs, "dt", actions_have_no_outcome=True)
