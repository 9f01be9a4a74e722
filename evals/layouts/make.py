"""Write the six layout minutes PDFs and their decision labels.

Run from anywhere:  .venv/bin/python evals/layouts/make.py

Each document is a list of pages. In a page's source text every source line is one
paragraph, wrapped at WIDTH characters as a PDF would print it; an empty source line is
a blank line; a line starting with "=" is printed as it stands (no wrapping). A running
footer is added as each page's last line. All bodies, people and figures are fictional.
"""
from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root holds the evals package
from evals.pdfwriter import write_pdf as _write_pdf  # noqa: E402

PAPERS = HERE / "papers"
LABELS = HERE / "decisions-layouts.jsonl"
WIDTH = 92
MAX_LINES = 62  # including the footer


def write_pdf(path: Path, pages: list[list[str]]) -> Path:
    return _write_pdf(path, pages, size=9, leading=12, top=(50, 800))


def wrap(par: str) -> list[str]:
    if par.startswith("="):
        return [par[1:]]
    if not par.strip():
        return [""]
    lead = len(par) - len(par.lstrip(" "))
    body = par.lstrip(" ")
    hang = " " * lead
    for marker in ("• ", "(1) ", "(a) "):
        if body.startswith(marker) or (marker[0] == "(" and body[:1] == "(" and ") " in body[:5]):
            hang = " " * (lead + len(body.split(" ", 1)[0]) + 1)
            break
    return textwrap.wrap(body, width=WIDTH, initial_indent=" " * lead, subsequent_indent=hang,
                         break_long_words=False, break_on_hyphens=False) or [""]


def render(doc: dict) -> list[list[str]]:
    pages = []
    n = len(doc["pages"])
    for i, src in enumerate(doc["pages"], start=1):
        lines: list[str] = []
        for par in src.strip("\n").split("\n"):
            lines.extend(wrap(par))
        footer = doc["footer"].format(n=i, of=n)
        assert len(lines) <= MAX_LINES - 2, f"{doc['file']} page {i}: {len(lines)} lines"
        lines += [""] * (MAX_LINES - 1 - len(lines)) + [footer]
        for ln in lines:
            ln.encode("cp1252")
        pages.append(lines)
    return pages


# ---------------------------------------------------------------------------------------
# 1. NHS Integrated Care Board, board meeting in public
# ---------------------------------------------------------------------------------------
ICB = {
    "file": "icb-board-minutes-2025-01-14.pdf",
    "layout": "NHS Integrated Care Board (meeting in public): ICB/24/nnn items, 'The Board:' bullet "
              "resolutions, RATIFIED, ACTION: line with initials, action log table",
    "meeting_date": "2025-01-14",
    "body": "NHS Avonmere Integrated Care Board",
    "footer": "NHS Avonmere ICB – Board meeting in public – 14 January 2025                                    Page {n} of {of}",
    "pages": ["""
=NHS Avonmere Integrated Care Board
=Minutes of the Board meeting held in public on Tuesday 14 January 2025 at 10.00 am
=Council Chamber, Riverside House, Kingsbridge Road, Wellmouth WM1 4QT

=Present:
=Dame Patricia Holloway        Chair (PH)
=Dr Samuel Okafor              Chief Executive (SO)
=Rachel Thornbury              Chief Finance Officer (RT)
=Dr Meera Lal                  Chief Medical Officer (ML)
=Joanne Fairclough             Chief Nursing Officer (JF)
=Martin Kettering              Chief Operating Officer (MK)
=Gareth Pryce                  Non-Executive Member (GP)
=Helen Ashdown                 Non-Executive Member (HA)
=Cllr Dennis Moorcroft         Partner Member – Local Authorities (DM)
=Dr Aisha Begum                Partner Member – Primary Medical Services (AB)

=In attendance:
=Louise Tranter                Director of Corporate Governance (LT)
=Paul Whitcombe                Associate Director, Urgent and Emergency Care (item ICB/24/105)
=Nadia Qureshi                 Board Secretary (minutes)

=Apologies:
=Professor Ian Calloway        Non-Executive Member
=Sarah Pengelly                Partner Member – NHS Trusts and Foundation Trusts

=ICB/24/101   Welcome, introductions and apologies
The Chair welcomed members and the members of the public observing the meeting. Apologies were received as recorded above and the meeting was confirmed as quorate.

=ICB/24/102   Declarations of interest
Dr Aisha Begum declared an interest in item ICB/24/108 (Primary care access recovery plan) as a GP partner in a practice within the Wellmouth North Primary Care Network. The Chair confirmed that Dr Begum could take part in the discussion but would not take part in the decision on the allocation of funding. No other interests were declared.

=ICB/24/103   Minutes of the previous meeting, matters arising and action log
The minutes of the meeting held on 12 November 2024 were APPROVED as an accurate record.
Action 24/087 (dental access update) had been completed and would be closed. There were no other matters arising.

=ICB/24/104   Chief Executive’s report
Dr Okafor presented his report, which covered the system response to the early peak in influenza and norovirus admissions over the Christmas and New Year period, the publication of the NHS planning guidance for 2025/26 and progress on the ICB’s programme to reduce its running costs by 30%. He thanked staff in all partner organisations for their work over the holiday period.
In response to a question from Helen Ashdown, Dr Okafor confirmed that the running cost programme would be delivered without compulsory redundancies as far as possible and that staff side colleagues had been consulted on the timetable.
The Board RATIFIED the urgent decision taken by the Chief Executive and the Chair on 19 December 2024, under the urgent decisions provisions of the Scheme of Reservation and Delegation, to extend the contract for the community stroke rehabilitation service with Avonmere Community Health Partnership for twelve months to 31 March 2026 at a value of £1.84m.
The Board:
• RECEIVED the Chief Executive’s report; and
• NOTED the system response to the increase in influenza and norovirus admissions over the festive period.
""", """
=ICB/24/105   Urgent and emergency care: winter performance
Paul Whitcombe presented the report. Performance against the four-hour standard across the three acute trusts had been 68.4% in December 2024 against the interim national standard of 78%. Average ambulance handover times at Wellmouth General Hospital had improved to 41 minutes but remained the longest in the region, and there had been 1,212 twelve-hour waits from the decision to admit during the month.
Members asked about the impact of delayed discharges. Martin Kettering reported that an average of 214 patients a day had no criteria to reside, of whom about 60% were awaiting a package of care or a care home placement. Cllr Moorcroft said that the local authorities were commissioning additional short-term beds from February.
The Board:
• RECEIVED the report;
• NOTED the four-hour performance of 68.4% in December 2024 and the actions being taken under the system winter escalation plan; and
• APPROVED the release of £2.1m from the system winter contingency reserve to fund 24 additional virtual ward beds and extended discharge to assess capacity until 31 March 2025.
ACTION: MK to bring a revised trajectory for ambulance handover delays over 45 minutes to the Board meeting on 11 March 2025.

=ICB/24/106   Finance report – month 8
Rachel Thornbury reported a year-to-date system deficit of £6.3m at month 8 against a planned deficit of £2.9m. The forecast outturn remained break-even in line with plan, but with unmitigated risks of £14.5m, mainly in prescribing, continuing healthcare and the use of temporary staff.
Gareth Pryce, as Chair of the Audit and Risk Committee, asked what assurance the Board could take on delivery of the efficiency plans. Ms Thornbury said that 71% of the efficiency target had been identified on a recurrent basis and that the remaining schemes were being reviewed weekly by the system Finance and Investment Group.
The Board:
• NOTED the year-to-date deficit of £6.3m against a planned deficit of £2.9m and the unmitigated risk of £14.5m to the forecast outturn; and
• APPROVED the financial recovery actions set out in section 5 of the report, including the additional vacancy controls for ICB and provider corporate services.

=ICB/24/107   Joint Forward Plan 2025/26 refresh
Louise Tranter presented the proposed approach to the annual refresh of the Joint Forward Plan, which would be aligned with the 2025/26 operational plan and the refreshed Integrated Care Strategy. Engagement with the three Health and Wellbeing Boards would take place in February.
The Board:
• ENDORSED the proposed approach to the 2025/26 refresh of the Joint Forward Plan and the engagement timetable at appendix 1; and
• AGREED to delegate authority to the Chief Executive, in consultation with the Chair, to submit the draft plan to NHS England by 31 March 2025.
""", """
=ICB/24/108   Primary care access recovery plan
Dr Lal presented an update on the primary care access recovery plan. The number of appointments in general practice had increased by 6.8% compared with the same period in 2023/24, and 94% of practices had now moved to cloud-based telephony. Variation in access between practices remained significant. Dr Begum took part in the discussion but did not take part in the decision below.
The Board:
• NOTED the progress made against the primary care access recovery plan; and
• APPROVED the allocation of £780,000 of transitional funding to primary care networks in line with the criteria set out at appendix 2.

=ICB/24/109   Board Assurance Framework
Louise Tranter presented the quarterly update of the Board Assurance Framework. Members discussed the workforce risk, which they considered the most significant risk to delivery of the Joint Forward Plan.
The Board:
• APPROVED the updated Board Assurance Framework, including the increase in the score of strategic risk SR3 (workforce) from 16 to 20.

=ICB/24/110   Reports from Board committees
The chairs of the Audit and Risk Committee (5 December 2024) and the Quality and Performance Committee (12 December 2024) presented their reports and drew the Board’s attention to the matters for escalation.
The Board APPROVED the revised terms of reference of the Quality and Performance Committee, as recommended by the Committee at its meeting on 12 December 2024.

=ICB/24/111   Questions from the public
Two questions had been received in advance of the meeting, on access to autism assessments for adults and on car parking charges at Wellmouth General Hospital. Written responses will be published on the ICB’s website with these minutes.

=ICB/24/112   Any other business and date of next meeting
There was no other business. The next Board meeting in public will be held on Tuesday 11 March 2025 at 10.00 am.

=Action log – actions arising from the meeting held on 14 January 2025
=Action                                                                 Owner     Due date
=ICB/24/105  Revised trajectory for ambulance handover delays over         MK        11/03/2025
=            45 minutes to be presented to the Board
=ICB/24/106  Circulate the month 9 efficiency scheme tracker to all         RT        07/02/2025
=            Board members
=ICB/24/109  Arrange a Board development session on strategic risk          LT        31/03/2025
=            SR3 (workforce)
"""],
}

ICB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="ICB/24/103",
         title="Minutes of the previous meeting, matters arising and action log",
         text="The minutes of the meeting held on 12 November 2024 were APPROVED as an accurate record"),
    dict(page=1, kind="approval", outcome="ratified", item="ICB/24/104", title="Chief Executive’s report",
         text="The Board RATIFIED the urgent decision taken by the Chief Executive and the Chair on 19 December 2024, "
              "under the urgent decisions provisions of the Scheme of Reservation and Delegation",
         note="ratification of an urgent decision (contract extension, £1.84m)"),
    dict(page=1, kind="noted", outcome="received", item="ICB/24/104", title="Chief Executive’s report",
         lead_in="The Board:", text="RECEIVED the Chief Executive’s report"),
    dict(page=1, kind="noted", outcome="noted", item="ICB/24/104", title="Chief Executive’s report",
         lead_in="The Board:",
         text="NOTED the system response to the increase in influenza and norovirus admissions over the festive period"),
    dict(page=2, kind="noted", outcome="received", item="ICB/24/105",
         title="Urgent and emergency care: winter performance", lead_in="The Board:", text="RECEIVED the report"),
    dict(page=2, kind="noted", outcome="noted", item="ICB/24/105",
         title="Urgent and emergency care: winter performance", lead_in="The Board:",
         text="NOTED the four-hour performance of 68.4% in December 2024 and the actions being taken under the "
              "system winter escalation plan"),
    dict(page=2, kind="approval", outcome="approved", item="ICB/24/105",
         title="Urgent and emergency care: winter performance", lead_in="The Board:",
         text="APPROVED the release of £2.1m from the system winter contingency reserve to fund 24 additional "
              "virtual ward beds"),
    dict(page=2, kind="action", outcome=None, item="ICB/24/105",
         title="Urgent and emergency care: winter performance", lead_in="ACTION:",
         text="MK to bring a revised trajectory for ambulance handover delays over 45 minutes to the Board "
              "meeting on 11 March 2025",
         owner="MK", deadline="2025-03-11",
         note="the same action is repeated as the first row of the action log table on page 3; labelled once"),
    dict(page=2, kind="noted", outcome="noted", item="ICB/24/106", title="Finance report – month 8",
         lead_in="The Board:",
         text="NOTED the year-to-date deficit of £6.3m against a planned deficit of £2.9m and the unmitigated "
              "risk of £14.5m to the forecast outturn"),
    dict(page=2, kind="approval", outcome="approved", item="ICB/24/106", title="Finance report – month 8",
         lead_in="The Board:",
         text="APPROVED the financial recovery actions set out in section 5 of the report, including the "
              "additional vacancy controls for ICB and provider corporate services"),
    dict(page=2, kind="endorsement", outcome="endorsed", item="ICB/24/107", title="Joint Forward Plan 2025/26 refresh",
         lead_in="The Board:",
         text="ENDORSED the proposed approach to the 2025/26 refresh of the Joint Forward Plan and the "
              "engagement timetable at appendix 1"),
    dict(page=2, kind="delegation", outcome="agreed", item="ICB/24/107", title="Joint Forward Plan 2025/26 refresh",
         lead_in="The Board:",
         text="AGREED to delegate authority to the Chief Executive, in consultation with the Chair, to submit "
              "the draft plan to NHS England by 31 March 2025"),
    dict(page=3, kind="noted", outcome="noted", item="ICB/24/108", title="Primary care access recovery plan",
         lead_in="The Board:", text="NOTED the progress made against the primary care access recovery plan"),
    dict(page=3, kind="approval", outcome="approved", item="ICB/24/108", title="Primary care access recovery plan",
         lead_in="The Board:",
         text="APPROVED the allocation of £780,000 of transitional funding to primary care networks in line "
              "with the criteria set out at appendix 2"),
    dict(page=3, kind="approval", outcome="approved", item="ICB/24/109", title="Board Assurance Framework",
         lead_in="The Board:",
         text="APPROVED the updated Board Assurance Framework, including the increase in the score of "
              "strategic risk SR3 (workforce) from 16 to 20"),
    dict(page=3, kind="approval", outcome="approved", item="ICB/24/110", title="Reports from Board committees",
         text="The Board APPROVED the revised terms of reference of the Quality and Performance Committee"),
    dict(page=3, kind="action", outcome=None, item="ICB/24/106", title="Finance report – month 8",
         text="Circulate the month 9 efficiency scheme tracker to all", owner="RT", deadline="2025-02-07",
         note="action log table row (Action | Owner | Due date); the cell wraps onto the next line"),
    dict(page=3, kind="action", outcome=None, item="ICB/24/109", title="Board Assurance Framework",
         text="Arrange a Board development session on strategic risk", owner="LT", deadline="2025-03-31",
         note="action log table row (Action | Owner | Due date); the cell wraps onto the next line"),
]

# ---------------------------------------------------------------------------------------
# 2. Health and Wellbeing Board of a unitary council
# ---------------------------------------------------------------------------------------
HWB = {
    "file": "hwb-minutes-2025-02-05.pdf",
    "layout": "Health and Wellbeing Board (unitary council): numbered minutes in capitals, 'RESOLVED: That "
              "the Board (1) (2) (3)' across a page break, RECOMMENDED to Cabinet, deferral, withdrawal",
    "meeting_date": "2025-02-05",
    "body": "Castlebridge Council Health and Wellbeing Board",
    "footer": "Health and Wellbeing Board – 5 February 2025                                                       Page {n}",
    "pages": ["""
=CASTLEBRIDGE COUNCIL
=HEALTH AND WELLBEING BOARD
MINUTES of the meeting of the Health and Wellbeing Board held on Wednesday 5 February 2025 at 2.00 pm in Committee Room 2, Castlebridge Civic Centre, Market Street, Castlebridge CB1 2AA

PRESENT: Councillor Margaret Ellery (Chair), Councillor Tariq Mahmood (Vice-Chair), Councillor Janet Pryor, Councillor Owen Deacon, Dr Rebecca Starling (Director of Public Health), Andrew Milner (Director of Adult Social Care), Fiona Castell (Director of Children’s Services), Dr Harriet Wynne (Castlebridge Place Director, NHS Avonmere Integrated Care Board), Dr Colin Frayne (Castlebridge Hospitals NHS Foundation Trust)
ALSO PRESENT: Kate Rowley (Healthwatch Castlebridge), Simon Falk (Castlebridge Voluntary Action), Gemma Lowe (Democratic Services Officer)

=34.   APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor Bernard Quince and from Ruth Haddon (Chief Executive, Castlebridge Hospitals NHS Foundation Trust), who was represented by Dr Frayne.

=35.   DECLARATIONS OF INTEREST
Councillor Deacon declared a non-registrable interest in minute 39 as a trustee of a charity which provides a stop smoking service in the borough. He remained in the room but did not vote on that item.

=36.   MINUTES
RESOLVED: That the minutes of the meeting of the Board held on 27 November 2024 be confirmed as a correct record and signed by the Chair.

=37.   JOINT STRATEGIC NEEDS ASSESSMENT – ANNUAL SUMMARY 2024/25
Dr Starling introduced the annual summary of the Joint Strategic Needs Assessment, which drew together the chapters refreshed during the year. Key findings included a gap in healthy life expectancy of 14.2 years for women between the most and least deprived wards, a rise to 23.1% in the proportion of reception-age children with excess weight, and increasing demand for mental health support among young adults.
In discussion, members noted the importance of presenting the data at neighbourhood level so that it could be used by primary care networks and voluntary sector partners. Kate Rowley welcomed the inclusion of the Healthwatch survey findings on access to dentistry.
RESOLVED: That the Board
(1) notes the key findings of the Joint Strategic Needs Assessment annual summary 2024/25;
(2) approves the publication of the summary on the Castlebridge Insight website; and
(3) asks the Director of Public Health to bring a report on the proposed programme of topic-based needs assessments for 2025/26 to the meeting on 2 April 2025.

=38.   BETTER CARE FUND – QUARTER 3 RETURN AND PLANNING FOR 2025/26
Andrew Milner presented the Better Care Fund quarter 3 return for 2024/25, which had been submitted to NHS England on 31 January 2025 subject to the Board’s approval. All four national metrics were on track except the rate of permanent admissions to residential and nursing care for people aged 65 and over, which was 18% above plan. The national planning requirements for 2025/26 were expected later in February, with a submission deadline likely to fall before the next meeting of the Board.
RESOLVED: That the Board
(1) approves the Better Care Fund quarter 3 return for 2024/25 as submitted to NHS England on 31 January 2025;
(2) notes the position against the national metrics, and in particular the rate of permanent admissions to residential and nursing care; and
""", """
(3) delegates authority to the Director of Adult Social Care, in consultation with the Chair and the Castlebridge Place Director of the Integrated Care Board, to approve the Better Care Fund plan for 2025/26 for submission to NHS England.

=39.   TOBACCO CONTROL STRATEGY 2025–2030
Dr Starling presented the draft Tobacco Control Strategy 2025–2030, which had been developed by the Smokefree Castlebridge Alliance following public consultation. Adult smoking prevalence in the borough was 13.8%, compared with 11.9% in England, and rose to 24% among adults in routine and manual occupations. The strategy set an ambition for a smokefree Castlebridge, with adult prevalence below 5%, by 2035.
Members noted that the consultation had received 412 responses and that the strongest support had been for action on illicit tobacco and on the sale of vapes to children. Councillor Deacon, having declared an interest, did not vote on this item.
RESOLVED: That the Board endorses the draft Tobacco Control Strategy 2025–2030 and the action plan of the Smokefree Castlebridge Alliance.
RECOMMENDED to Cabinet that the Tobacco Control Strategy 2025–2030 be adopted as Council policy.

=40.   PHARMACEUTICAL NEEDS ASSESSMENT 2025 – DRAFT FOR CONSULTATION
The Consultant in Public Health presented the draft Pharmaceutical Needs Assessment 2025, which the Board was required to publish by 1 October 2025. The draft concluded that there was adequate provision of pharmaceutical services in all localities, although two pharmacies in the Northgate locality had reduced their opening hours since 2022.
RESOLVED: That the draft Pharmaceutical Needs Assessment 2025 be approved for statutory consultation for a period of 60 days from 3 March 2025.

=41.   CHILDREN AND YOUNG PEOPLE’S MENTAL HEALTH – LOCAL TRANSFORMATION PLAN REFRESH
This item was deferred to the meeting on 2 April 2025 to allow the refreshed waiting time data for children and young people’s mental health services to be included in the report.

=42.   HOUSING AND HEALTH – HOMES FOR HEALTH PROGRAMME UPDATE
The item was withdrawn from the agenda at the request of the Director of Housing and Regeneration, as the funding announcement on which the report depended had not yet been made.

=43.   FORWARD PLAN
RESOLVED: That the Board’s forward plan for 2025 be agreed, subject to the addition of a report on access to NHS dental services to the meeting in June 2025.

=44.   DATE OF NEXT MEETING
The next meeting of the Board will be held on Wednesday 2 April 2025 at 2.00 pm.

The meeting ended at 4.12 pm.

=CHAIR
"""],
}

HWB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="36", title="MINUTES",
         text="RESOLVED: That the minutes of the meeting of the Board held on 27 November 2024 be confirmed as "
              "a correct record and signed by the Chair"),
    dict(page=1, kind="noted", outcome="noted", minute="37", title="JOINT STRATEGIC NEEDS ASSESSMENT – ANNUAL SUMMARY 2024/25",
         lead_in="RESOLVED: That the Board",
         text="notes the key findings of the Joint Strategic Needs Assessment annual summary 2024/25"),
    dict(page=1, kind="approval", outcome="approved", minute="37", title="JOINT STRATEGIC NEEDS ASSESSMENT – ANNUAL SUMMARY 2024/25",
         lead_in="RESOLVED: That the Board",
         text="approves the publication of the summary on the Castlebridge Insight website"),
    dict(page=1, kind="action", outcome=None, minute="37", title="JOINT STRATEGIC NEEDS ASSESSMENT – ANNUAL SUMMARY 2024/25",
         lead_in="RESOLVED: That the Board",
         text="asks the Director of Public Health to bring a report on the proposed programme of topic-based "
              "needs assessments for 2025/26 to the meeting on 2 April 2025",
         owner="Director of Public Health", deadline="2025-04-02"),
    dict(page=1, kind="approval", outcome="approved", minute="38",
         title="BETTER CARE FUND – QUARTER 3 RETURN AND PLANNING FOR 2025/26", lead_in="RESOLVED: That the Board",
         text="approves the Better Care Fund quarter 3 return for 2024/25 as submitted to NHS England on "
              "31 January 2025"),
    dict(page=1, kind="noted", outcome="noted", minute="38",
         title="BETTER CARE FUND – QUARTER 3 RETURN AND PLANNING FOR 2025/26", lead_in="RESOLVED: That the Board",
         text="notes the position against the national metrics, and in particular the rate of permanent "
              "admissions to residential and nursing care"),
    dict(page=2, kind="delegation", outcome="agreed", minute="38",
         title="BETTER CARE FUND – QUARTER 3 RETURN AND PLANNING FOR 2025/26", lead_in="RESOLVED: That the Board",
         text="delegates authority to the Director of Adult Social Care, in consultation with the Chair and the "
              "Castlebridge Place Director of the Integrated Care Board, to approve the Better Care Fund plan "
              "for 2025/26",
         note="part (3) of a resolution whose lead-in and parts (1)-(2) are on page 1"),
    dict(page=2, kind="endorsement", outcome="endorsed", minute="39", title="TOBACCO CONTROL STRATEGY 2025–2030",
         text="RESOLVED: That the Board endorses the draft Tobacco Control Strategy 2025–2030 and the action "
              "plan of the Smokefree Castlebridge Alliance"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="39", title="TOBACCO CONTROL STRATEGY 2025–2030",
         text="RECOMMENDED to Cabinet that the Tobacco Control Strategy 2025–2030 be adopted as Council policy",
         to="Cabinet"),
    dict(page=2, kind="approval", outcome="approved", minute="40",
         title="PHARMACEUTICAL NEEDS ASSESSMENT 2025 – DRAFT FOR CONSULTATION",
         text="RESOLVED: That the draft Pharmaceutical Needs Assessment 2025 be approved for statutory "
              "consultation for a period of 60 days from 3 March 2025"),
    dict(page=2, kind="deferral", outcome="deferred", minute="41",
         title="CHILDREN AND YOUNG PEOPLE’S MENTAL HEALTH – LOCAL TRANSFORMATION PLAN REFRESH",
         text="This item was deferred to the meeting on 2 April 2025 to allow the refreshed waiting time data"),
    dict(page=2, kind="withdrawal", outcome="withdrawn", minute="42",
         title="HOUSING AND HEALTH – HOMES FOR HEALTH PROGRAMME UPDATE",
         text="The item was withdrawn from the agenda at the request of the Director of Housing and Regeneration"),
    dict(page=2, kind="agreement", outcome="agreed", minute="43", title="FORWARD PLAN",
         text="RESOLVED: That the Board’s forward plan for 2025 be agreed, subject to the addition of a report "
              "on access to NHS dental services"),
]

# ---------------------------------------------------------------------------------------
# 3. District council, full Council meeting
# ---------------------------------------------------------------------------------------
COUNCIL = {
    "file": "district-council-minutes-2024-12-12.pdf",
    "layout": "District council full Council: motions on notice moved/seconded, amendment lost on a "
              "recorded vote, substantive motion carried with counts, unanimous motion, garbled vote "
              "table, Cabinet recommendations adopted, delegated authority",
    "meeting_date": "2024-12-12",
    "body": "Thornleigh District Council",
    "footer": "Council – 12 December 2024 – Page {n}",
    "pages": ["""
=THORNLEIGH DISTRICT COUNCIL
=MINUTES OF THE MEETING OF THE COUNCIL
Held on Thursday 12 December 2024 at 7.00 pm in the Council Chamber, Thornleigh House, Bridge Street, Thornleigh TH4 7RE

Present: Councillor Anne Lockwood (Chairman)
Councillors Abbott, Ashworth, Baines, Bellamy, Brightwell, Carver, Chandran, Corrigan, Dawlish, Dunmore, Ellwood, Fairbrother, Fenwick, Gallacher, Goddard, Hartley, Haskins, Hennessy, Hurst, Ingram, Iqbal, Jennings, Joyce, Kendrick, Kowalski, Lomax, Lusted, Marchetti, Merriman, Nkemelu, Norbury, Oyelaran, Pennington, Quayle, Rowntree, Sandford, Stavely, Tillotson, Underwood, Venables, Whitlock, Yardley and Zielinski
Officers: Mark Dalby (Chief Executive), Sian Hollis (Director of Place and Economy), Graham Pettit (Monitoring Officer), Alison Teague (Democratic Services Manager)

=61   APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillors Fraser and Oduya.

=62   DECLARATIONS OF INTEREST
Councillor Kowalski declared an other registrable interest in minute 66(c) as a member of the committee of the Thornleigh Chamber of Trade, and left the chamber during consideration of that motion.

=63   MINUTES
RESOLVED – That the minutes of the meeting of the Council held on 17 October 2024 be approved as a correct record and signed by the Chairman.

=64   CHAIRMAN’S ANNOUNCEMENTS
The Chairman thanked members and residents who had attended the Remembrance Sunday services across the district and reported that her charity quiz had raised £1,460 for the Thornleigh Foodbank.

=65   RECOMMENDATIONS FROM CABINET
=(a) Council Tax Reduction Scheme 2025/26
Councillor Hartley, Portfolio Holder for Finance and Assets, moved and Councillor Nkemelu seconded the recommendation of the Cabinet meeting held on 26 November 2024. Councillor Hartley explained that the scheme for 2025/26 would retain the maximum award of 85% for working-age claimants and would introduce a simplified income banding scheme to reduce the number of changes in entitlement.
RESOLVED – That the Council Tax Reduction Scheme 2025/26, as set out in Appendix A to the report to Cabinet on 26 November 2024, be adopted with effect from 1 April 2025.

=(b) Disposal of land at Station Road car park, Thornleigh
Councillor Hartley moved and Councillor Haskins seconded the recommendation of the Cabinet. In response to a question from Councillor Sandford, Councillor Hartley confirmed that the sale would be at market value, subject to a covenant that at least 70% of the homes built on the site would be affordable housing.
RESOLVED – That
(1) the disposal of the freehold of the land at Station Road car park, Thornleigh, to Thornleigh Community Homes Limited for the development of affordable housing be approved; and
(2) authority be delegated to the Director of Place and Economy, in consultation with the Portfolio Holder for Finance and Assets, to agree the final terms of the sale and to complete the necessary legal documentation.

=66   MOTIONS ON NOTICE
=(a) Pavement parking
The following motion was moved by Councillor Brightwell and seconded by Councillor Haskins:
""", """
“This Council notes that vehicles parked on pavements cause an obstruction to wheelchair users, people with visual impairments and parents with pushchairs, and that the Government has not yet responded to its 2020 consultation on pavement parking. This Council resolves to ask the Cabinet to introduce a trial of pavement parking enforcement in Thornleigh, Ashby Magna and Kersey town centres during 2025/26, and asks the Leader to write to the Secretary of State for Transport calling for national legislation.”
An amendment was moved by Councillor Sandford and seconded by Councillor Chandran, to delete the words “in Thornleigh, Ashby Magna and Kersey town centres during 2025/26” and insert the words “across the whole district from 1 April 2025, funded from the general reserve”.
Following debate, a recorded vote on the amendment was requested by five members in accordance with Council Procedure Rule 18.4. The voting was as follows:
For (14): Councillors Ashworth, Bellamy, Chandran, Corrigan, Dunmore, Fenwick, Gallacher, Hurst, Iqbal, Jennings, Kowalski, Lomax, Merriman and Sandford.
Against (27): Councillors Abbott, Baines, Brightwell, Carver, Dawlish, Ellwood, Fairbrother, Goddard, Hartley, Haskins, Hennessy, Ingram, Joyce, Kendrick, Lusted, Marchetti, Nkemelu, Norbury, Oyelaran, Pennington, Quayle, Rowntree, Stavely, Tillotson, Underwood, Venables and Whitlock.
Abstained (2): Councillors Yardley and Zielinski.
The amendment was therefore LOST.
The substantive motion was then put to the vote and was CARRIED (For: 28, Against: 12, Abstentions: 3).
RESOLVED – That this Council asks the Cabinet to introduce a trial of pavement parking enforcement in Thornleigh, Ashby Magna and Kersey town centres during 2025/26, and asks the Leader to write to the Secretary of State for Transport calling for national legislation.

=(b) Armed Forces Covenant
The following motion was moved by Councillor Venables and seconded by Councillor Iqbal:
“This Council reaffirms its commitment to the Armed Forces Covenant, welcomes the award of the Defence Employer Recognition Scheme Silver Award to the Council, and agrees to work towards the Gold Award by 2026.”
Upon being put to the vote, the motion was agreed unanimously.

=(c) Free parking in council car parks in December
Councillor Kowalski, having declared an interest, left the chamber for this item.
The following motion was moved by Councillor Gallacher and seconded by Councillor Merriman:
“This Council agrees to offer free parking after 3.00 pm on Saturdays in December 2024 in all council-owned car parks in the district’s town centres, at an estimated cost of £38,000, to be funded from the economic development reserve.”
Councillor Hartley said that the cost had not been included in the budget and that the car parks were already free after 6.00 pm. A recorded vote was taken on the motion:
=Recorded vote – motion 66(c)            For          Against            Abstained
=Number of members voting                ¦¦           (illegible)        ¦ ·
The motion was LOST.

=67   CHANGES TO COMMITTEE MEMBERSHIP
RESOLVED – That Councillor Ellwood replace Councillor Norbury as a member of the Planning Committee for the remainder of the 2024/25 municipal year.

=68   APPOINTMENT OF INDEPENDENT PERSONS
The Monitoring Officer reported the recommendation of the Standards Committee of 19 November 2024 following an open recruitment process.
RESOLVED – That Mr Howard Lindqvist and Ms Beverley Osei be appointed as Independent Persons under section 28 of the Localism Act 2011 for a term of four years from 1 January 2025.

The meeting closed at 9.18 pm.

=CHAIRMAN
"""],
}

COUNCIL_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="63", title="MINUTES",
         text="RESOLVED – That the minutes of the meeting of the Council held on 17 October 2024 be approved as "
              "a correct record and signed by the Chairman"),
    dict(page=1, kind="resolution", outcome="adopted", minute="65(a)",
         title="Council Tax Reduction Scheme 2025/26",
         text="RESOLVED – That the Council Tax Reduction Scheme 2025/26, as set out in Appendix A to the report "
              "to Cabinet on 26 November 2024, be adopted with effect from 1 April 2025",
         proposer="Councillor Hartley", seconder="Councillor Nkemelu",
         note="recommendation of Cabinet (26 November 2024) adopted"),
    dict(page=1, kind="approval", outcome="approved", minute="65(b)",
         title="Disposal of land at Station Road car park, Thornleigh", lead_in="RESOLVED – That",
         text="the disposal of the freehold of the land at Station Road car park, Thornleigh, to Thornleigh "
              "Community Homes Limited for the development of affordable housing be approved",
         proposer="Councillor Hartley", seconder="Councillor Haskins",
         note="recommendation of Cabinet adopted"),
    dict(page=1, kind="delegation", outcome="agreed", minute="65(b)",
         title="Disposal of land at Station Road car park, Thornleigh", lead_in="RESOLVED – That",
         text="authority be delegated to the Director of Place and Economy, in consultation with the Portfolio "
              "Holder for Finance and Assets, to agree the final terms of the sale",
         note="recommendation of Cabinet adopted"),
    dict(page=1, kind="motion", outcome="carried", minute="66(a)", title="Pavement parking",
         text="The following motion was moved by Councillor Brightwell and seconded by Councillor Haskins",
         votes={"for": 28, "against": 12, "abstain": 3},
         proposer="Councillor Brightwell", seconder="Councillor Haskins",
         note="substantive motion; the vote is on page 2, after the amendment"),
    dict(page=2, kind="amendment", outcome="lost", minute="66(a)", title="Pavement parking",
         text="An amendment was moved by Councillor Sandford and seconded by Councillor Chandran, to delete the words",
         votes={"for": 14, "against": 27, "abstain": 2},
         proposer="Councillor Sandford", seconder="Councillor Chandran",
         note="recorded vote with names For / Against / Abstained"),
    dict(page=2, kind="resolution", outcome="agreed", minute="66(a)", title="Pavement parking",
         text="RESOLVED – That this Council asks the Cabinet to introduce a trial of pavement parking enforcement "
              "in Thornleigh, Ashby Magna and Kersey town centres during 2025/26",
         note="the resolution produced by the carried substantive motion"),
    dict(page=2, kind="motion", outcome="carried", minute="66(b)", title="Armed Forces Covenant",
         text="The following motion was moved by Councillor Venables and seconded by Councillor Iqbal",
         proposer="Councillor Venables", seconder="Councillor Iqbal", unanimous=True),
    dict(page=2, kind="motion", outcome="lost", minute="66(c)", title="Free parking in council car parks in December",
         text="The following motion was moved by Councillor Gallacher and seconded by Councillor Merriman",
         proposer="Councillor Gallacher", seconder="Councillor Merriman",
         note="the recorded vote table is garbled/illegible, so votes is null"),
    dict(page=2, kind="resolution", outcome="agreed", minute="67", title="CHANGES TO COMMITTEE MEMBERSHIP",
         text="RESOLVED – That Councillor Ellwood replace Councillor Norbury as a member of the Planning "
              "Committee for the remainder of the 2024/25 municipal year"),
    dict(page=2, kind="approval", outcome="approved", minute="68", title="APPOINTMENT OF INDEPENDENT PERSONS",
         text="RESOLVED – That Mr Howard Lindqvist and Ms Beverley Osei be appointed as Independent Persons "
              "under section 28 of the Localism Act 2011",
         note="on the recommendation of the Standards Committee"),
]

# ---------------------------------------------------------------------------------------
# 4. Overview and scrutiny committee
# ---------------------------------------------------------------------------------------
SCRUTINY = {
    "file": "scrutiny-committee-minutes-2025-03-13.pdf",
    "layout": "Overview and scrutiny committee: nn/24 minute numbers, call-ins (referred back / no further "
              "action), referral to Full Council, 'The Committee AGREED', 'Members noted' discussion, "
              "actions with owner and deadline",
    "meeting_date": "2025-03-13",
    "body": "Ashcombe City Council Housing and Communities Overview and Scrutiny Committee",
    "footer": "Housing and Communities Overview and Scrutiny Committee, 13.03.25                                   {n}",
    "pages": ["""
=ASHCOMBE CITY COUNCIL
=Housing and Communities Overview and Scrutiny Committee
Minutes of the meeting held on Thursday 13 March 2025 at 6.30 pm in the Council Chamber, The Guildhall, Ashcombe AC1 3GH

Present: Councillor Rosalind Pike (Chair); Councillors Bashir, Coulson, Devlin, Egan, Frost (substitute for Councillor Hale), Greenhalgh, Martins and Yeo
Also present: Councillor Victor Stanmore (Cabinet Member for Housing) and Councillor Lydia Crane (Cabinet Member for Environment and Climate)
Officers: Carol Ainsworth (Director of Communities), Dominic Reyes (Head of Housing), Bethany Kerr (Head of Waste and Street Scene), Laura Penhaligon (Legal Services), Imran Sadiq (Scrutiny Officer)

=41/24   Apologies and substitutions
An apology for absence was received from Councillor Hale. Councillor Frost attended as substitute.

=42/24   Declarations of interest
Councillor Devlin declared a non-pecuniary interest in minute 44/24 as a resident of a road adjoining Ferncliffe Court.

=43/24   Minutes
The minutes of the meeting held on 6 February 2025 were agreed as a correct record and signed by the Chair.

=44/24   Call-in: Sheltered housing at Ferncliffe Court (Cabinet decision CAB/2025/014)
The Committee considered the call-in of the decision of Cabinet on 26 February 2025 (decision CAB/2025/014) to close the 32-flat sheltered housing scheme at Ferncliffe Court, rehouse the remaining 19 tenants and redevelop the site for general needs housing. The call-in had been submitted by Councillors Bashir, Egan and Martins on the grounds that the decision had not been taken in accordance with the principles of consultation and proportionality in Article 13 of the Constitution.
Councillor Bashir, as lead signatory, said that tenants had been consulted on options for refurbishment in 2023 but had not been consulted on closure. Councillor Stanmore responded that the scheme no longer met the Decent Homes Standard, that refurbishment had been estimated to cost £4.6m, and that demand for sheltered housing in the area had fallen.
Members noted that 11 of the 19 remaining tenants were over 80 and that several had lived at Ferncliffe Court for more than 20 years. Members asked how tenants would be supported through the move and whether they would have a right to return to the redeveloped site. The Head of Housing explained that each household would have a dedicated rehousing officer and that removal costs and a statutory home loss payment would be paid.
Having considered the reasons for the call-in and the responses of the Cabinet Member and officers, the Committee resolved to refer the decision back to Cabinet for reconsideration, for the following reasons:
(a) residents had not been consulted on the option of closure before the decision was taken; and
(b) the equality impact assessment did not consider the impact of the move on tenants living with dementia.
The Committee also AGREED to ask Cabinet to invite representatives of the Ferncliffe Court Tenants’ Association to address it when the decision is reconsidered.
The Head of Housing to provide a written briefing on the rehousing arrangements for Ferncliffe Court to all members of the Committee by 30 April 2025.

=45/24   Call-in: Garden waste collection charge (Cabinet Member decision CMD/2025/007)
The Committee considered the call-in of the decision of the Cabinet Member for Environment and Climate to introduce an annual charge of £52 for the fortnightly garden waste collection service from 1 June 2025. The call-in had been submitted by Councillors Coulson, Greenhalgh and Yeo, who were concerned about the impact of the charge on low-income households and on fly-tipping.
""", """
Councillor Crane said that the charge was in line with those of neighbouring authorities and that a 50% concession would be available to households in receipt of council tax reduction. Bethany Kerr reported that the authorities which had introduced a charge had not seen a measurable increase in the fly-tipping of garden waste.
Members noted the concession scheme and the evidence from neighbouring authorities.
The Committee resolved to take no further action on the call-in, and the decision may therefore be implemented with immediate effect.

=46/24   Draft Housing Allocations Policy 2025
The Head of Housing presented the draft Housing Allocations Policy 2025, which had been revised following an eight-week public consultation. The main changes were a requirement for three years’ local connection, a new priority band for households at risk of homelessness, and a reduction in the number of offers made to applicants from two to one.
Members commented that the three-year local connection requirement could disadvantage care leavers and members of the armed forces community. Members asked how many applicants would lose priority under the new banding scheme; the Head of Housing said that about 1,150 of the 7,400 households on the register would move to a lower band.
RESOLVED: That the draft Housing Allocations Policy 2025 be referred to Full Council on 10 April 2025 for adoption, together with the Committee’s recommendation that the local connection requirement be reduced from three years to two years for care leavers and members of the armed forces community.

=47/24   Quarter 3 Performance Report 2024/25 – Housing and Communities
Carol Ainsworth presented the performance report for the third quarter of 2024/25. The average time taken to re-let council homes was 47 days against a target of 28 days, and there were 231 households in temporary accommodation, of whom 64 were in bed and breakfast accommodation.
Members noted the increase in the number of households in bed and breakfast accommodation and asked about the cost to the Council. Members noted that 96% of emergency repairs had been completed within 24 hours.
The Committee NOTED the quarter 3 performance report for 2024/25.
The Committee AGREED to establish a task and finish group to review the Council’s response to damp and mould in council homes, comprising Councillors Devlin, Martins, Pike and Yeo, and to receive its report in October 2025.

=48/24   Work Programme 2025/26
The Scrutiny Officer presented the draft work programme for 2025/26.
The Committee AGREED its work programme for 2025/26 as set out in Appendix 1 to the report, subject to the addition of an item on the cost of temporary accommodation at its meeting in July 2025.
The Scrutiny Officer to circulate the revised work programme to members of the Committee by 21 March 2025.

The meeting ended at 8.52 pm.

=Chair ..........................................
"""],
}

SCRUTINY_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="43/24", title="Minutes",
         text="The minutes of the meeting held on 6 February 2025 were agreed as a correct record and signed by the Chair"),
    dict(page=1, kind="call_in", outcome="referred back", minute="44/24",
         title="Call-in: Sheltered housing at Ferncliffe Court (Cabinet decision CAB/2025/014)",
         text="Having considered the reasons for the call-in and the responses of the Cabinet Member and "
              "officers, the Committee resolved to refer the decision back to Cabinet for reconsideration",
         to="Cabinet", ref="CAB/2025/014"),
    dict(page=1, kind="agreement", outcome="agreed", minute="44/24",
         title="Call-in: Sheltered housing at Ferncliffe Court (Cabinet decision CAB/2025/014)",
         text="The Committee also AGREED to ask Cabinet to invite representatives of the Ferncliffe Court "
              "Tenants’ Association to address it"),
    dict(page=1, kind="action", outcome=None, minute="44/24",
         title="Call-in: Sheltered housing at Ferncliffe Court (Cabinet decision CAB/2025/014)",
         text="The Head of Housing to provide a written briefing on the rehousing arrangements for Ferncliffe "
              "Court to all members of the Committee by 30 April 2025",
         owner="Head of Housing", deadline="2025-04-30"),
    dict(page=2, kind="call_in", outcome="no further action", minute="45/24",
         title="Call-in: Garden waste collection charge (Cabinet Member decision CMD/2025/007)",
         text="The Committee resolved to take no further action on the call-in, and the decision may therefore "
              "be implemented with immediate effect",
         ref="CMD/2025/007", note="the item starts on page 1; the debate and the outcome are on page 2"),
    dict(page=2, kind="referral", outcome="referred", minute="46/24", title="Draft Housing Allocations Policy 2025",
         text="RESOLVED: That the draft Housing Allocations Policy 2025 be referred to Full Council on "
              "10 April 2025 for adoption",
         to="Full Council"),
    dict(page=2, kind="noted", outcome="noted", minute="47/24",
         title="Quarter 3 Performance Report 2024/25 – Housing and Communities",
         text="The Committee NOTED the quarter 3 performance report for 2024/25",
         note="the 'Members noted ...' lines in this item are discussion and are not labelled"),
    dict(page=2, kind="agreement", outcome="agreed", minute="47/24",
         title="Quarter 3 Performance Report 2024/25 – Housing and Communities",
         text="The Committee AGREED to establish a task and finish group to review the Council’s response to "
              "damp and mould in council homes"),
    dict(page=2, kind="agreement", outcome="agreed", minute="48/24", title="Work Programme 2025/26",
         text="The Committee AGREED its work programme for 2025/26 as set out in Appendix 1 to the report"),
    dict(page=2, kind="action", outcome=None, minute="48/24", title="Work Programme 2025/26",
         text="The Scrutiny Officer to circulate the revised work programme to members of the Committee by "
              "21 March 2025",
         owner="Scrutiny Officer", deadline="2025-03-21"),
]

# ---------------------------------------------------------------------------------------
# 5. Partnership board, "Discussion: / Decision: / Action:" style
# ---------------------------------------------------------------------------------------
PARTNERSHIP = {
    "file": "partnership-board-minutes-2025-03-06.pdf",
    "layout": "Health and care partnership board, light style: numbered items with Discussion:, "
              "Decision: and Action: lines, 'It was agreed that', an action by the Chair",
    "meeting_date": "2025-03-06",
    "body": "Harbourside Health and Care Partnership Board",
    "footer": "Harbourside HCP Board minutes 06/03/2025 – page {n} of {of}",
    "pages": ["""
=Harbourside Health and Care Partnership Board
=Minutes of the meeting held on Thursday 6 March 2025, 1.30 pm – 3.30 pm
=Venue: Board Room, Harbourside Community Hospital, Porthaven PV2 8LN, and via Microsoft Teams

Attendees: Graham Ellison (GE), Chair; Jenny Stokes (JS), Partnership Manager; Dr Fiona McCrae (FM), Clinical Lead; Priya Mensah (PM), Director of Public Health, Harbourside Council; Tom Adeyemi (TA), Director of Finance, Harbourside Community Health NHS Trust; Lorraine Beck (LB), Chief Executive, Porthaven Voluntary Action; Dr Colin Fairweather (CF), Harbourside GP Collaborative; Anita Rook (AR), Healthwatch Harbourside; Michael Dunne (MD), Assistant Director, Adult Social Care
Apologies: Sue Latham (SL); Cllr Patrick O’Hare (PO)
Minutes: Kerry Walsh

=1. Welcome and apologies
GE welcomed everyone to the meeting, in particular AR, who was attending her first meeting as the Healthwatch representative. Apologies were noted as above.

=2. Declarations of interest
CF declared an interest in item 5 as a partner in a practice near the proposed Community Diagnostic Centre site. CF remained for the discussion.

=3. Minutes and action log from 9 January 2025
Decision: The minutes of the meeting held on 9 January 2025 were agreed as an accurate record.
Actions 14 and 16 are complete. Action 15 (carers’ strategy engagement plan) remains open and will come to the May meeting.

=4. Terms of reference review
Discussion: JS presented the revised terms of reference following the annual review. The main changes were to the voting membership, which would now include the Healthwatch representative, and to quoracy, which would require at least one representative each from the NHS, the council and the voluntary sector. LB asked whether the voluntary sector seat could be shared between two organisations. JS said that this would be addressed through the nomination process rather than in the terms of reference.
Decision: The Board agreed the revised terms of reference, subject to the minor amendments to the quoracy wording made at the meeting.
Action: JS to circulate the revised terms of reference by 14 March.

=5. Community Diagnostic Centre – outline business case
Discussion: TA presented the outline business case for a Community Diagnostic Centre at the Porthaven Retail Park site. The capital cost of £11.2m would be met from national funding, and the recurrent revenue cost of £2.9m a year from 2026/27 would be met within the system financial plan. The centre would provide about 62,000 additional tests a year, including CT, MRI, ultrasound and phlebotomy. FM supported the clinical case and said that it would reduce pressure on the main hospital site. AR asked about access by public transport; TA confirmed that the site was served by two bus routes and that parking would be free.
Decision: Approved.
Action: TA to submit the outline business case to the ICB Investment Committee by 31 March.

=6. Winter review
Discussion: MD and FM gave a verbal update on winter. Demand on community services had peaked in the first week of January, and the new care transfer hub had reduced the average time from referral to discharge by 1.4 days. Staff sickness absence had been higher than planned.
It was agreed that a joint winter debrief workshop would be held in April, led by MD and FM, and that its findings would inform the winter plan for 2025/26.
""", """
=7. Adult social care workforce
Discussion: MD reported that independent care providers in Harbourside faced an estimated additional cost of £3.4m in 2025/26 from the increase in employer National Insurance contributions and the rise in the National Living Wage. Three home care providers had told the council that they might hand back contracts. LB said that voluntary sector providers faced similar pressures.
The Chair agreed to write to the Secretary of State for Health and Social Care on behalf of the Partnership, setting out the impact of the increase in employer National Insurance contributions on independent care providers in Harbourside.
Decision: The Board agreed to support a joint bid by the council and Harbourside Community Health NHS Trust to the regional workforce development fund for a shared care academy.

=8. Health inequalities funding 2025/26
Discussion: PM presented proposals for the use of the £640,000 health inequalities allocation for 2025/26. The Board discussed the evaluation of the community health worker pilot, which had reached 1,870 residents in its first year. Members felt that further work was needed on the other proposals.
Decision: The Board agreed to allocate £250,000 of the 2025/26 health inequalities funding to the community health worker programme in the Eastgate and Harbour wards, with the remaining £390,000 to be allocated at the May meeting.
Action: PM to bring detailed proposals for the remaining £390,000 to the May meeting.

=9. Risk register
Discussion: JS presented the partnership risk register. Two new risks had been added, on the financial sustainability of care providers and on the capacity of the community diagnostic programme.
Decision: Noted.

=10. Any other business
None.

Date of next meeting: Thursday 8 May 2025, 1.30 pm, Board Room, Harbourside Community Hospital.
"""],
}

PARTNERSHIP_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="3", title="Minutes and action log from 9 January 2025",
         lead_in="Decision:",
         text="The minutes of the meeting held on 9 January 2025 were agreed as an accurate record"),
    dict(page=1, kind="agreement", outcome="agreed", item="4", title="Terms of reference review",
         lead_in="Decision:",
         text="The Board agreed the revised terms of reference, subject to the minor amendments to the quoracy "
              "wording made at the meeting"),
    dict(page=1, kind="action", outcome=None, item="4", title="Terms of reference review", lead_in="Action:",
         text="JS to circulate the revised terms of reference by 14 March", owner="JS", deadline="2025-03-14"),
    dict(page=1, kind="approval", outcome="approved", item="5",
         title="Community Diagnostic Centre – outline business case", lead_in="Decision:", text="Approved.",
         note="approval of the Community Diagnostic Centre outline business case"),
    dict(page=1, kind="action", outcome=None, item="5",
         title="Community Diagnostic Centre – outline business case", lead_in="Action:",
         text="TA to submit the outline business case to the ICB Investment Committee by 31 March",
         owner="TA", deadline="2025-03-31"),
    dict(page=1, kind="agreement", outcome="agreed", item="6", title="Winter review",
         text="It was agreed that a joint winter debrief workshop would be held in April, led by MD and FM"),
    dict(page=2, kind="action", outcome=None, item="7", title="Adult social care workforce",
         text="The Chair agreed to write to the Secretary of State for Health and Social Care on behalf of the "
              "Partnership",
         owner="Chair"),
    dict(page=2, kind="agreement", outcome="agreed", item="7", title="Adult social care workforce",
         lead_in="Decision:",
         text="The Board agreed to support a joint bid by the council and Harbourside Community Health NHS "
              "Trust to the regional workforce development fund for a shared care academy"),
    dict(page=2, kind="agreement", outcome="agreed", item="8", title="Health inequalities funding 2025/26",
         lead_in="Decision:",
         text="The Board agreed to allocate £250,000 of the 2025/26 health inequalities funding to the "
              "community health worker programme in the Eastgate and Harbour wards"),
    dict(page=2, kind="action", outcome=None, item="8", title="Health inequalities funding 2025/26",
         lead_in="Action:", text="PM to bring detailed proposals for the remaining £390,000 to the May meeting",
         owner="PM", deadline="2025-05-08"),
    dict(page=2, kind="noted", outcome="noted", item="9", title="Risk register", lead_in="Decision:",
         text="Noted.", note="the partnership risk register was noted"),
]

# ---------------------------------------------------------------------------------------
# 6. Minutes inside a later meeting's agenda pack
# ---------------------------------------------------------------------------------------
PACK = {
    "file": "audit-governance-committee-agenda-2025-06-24.pdf",
    "layout": "Minutes inside a later meeting's agenda pack: pack cover and agenda for 24 June 2025, then the "
              "minutes of 18 March 2025 with 'RESOLVED that', 'was NOTED', 'were APPROVED', a decision number",
    "meeting_date": "2025-03-18",
    "body": "Calderbrook Borough Council Audit and Governance Committee",
    "footer": "Page {n}",
    "pages": ["""
=Calderbrook Borough Council

=Audit and Governance Committee

=Agenda

=Date:      Tuesday 24 June 2025
=Time:      10.00 am
=Venue:     Committee Room 1, Calderbrook Town Hall, Wellgate, Calderbrook CD1 1TH
=Contact:   Helen Marsh, Democratic Services Officer, Tel: 01632 960418

Membership: Councillor Keith Armitage (Chair), Councillor Sana Bhatti (Vice-Chair), Councillors Delaney, Foulkes, Hargreaves, Nuttall and Whittaker; Mrs Alison Greaves (Independent Member)

This meeting will be held in public and may be webcast. Members of the public may attend, subject to the space available.

=Item                                                                                      Pages
=1.   Apologies for absence
=2.   Declarations of interest
=      Members are reminded to declare any interests in items on this agenda.
=3.   Minutes of the previous meeting                                                      2 - 3
=      To approve as a correct record the minutes of the meeting held on 18 March 2025.
=4.   External Audit – Audit Findings Report 2024/25
=      Report of the External Auditor (Kingsford Clarke LLP).
=5.   Internal Audit Annual Report and Opinion 2024/25
=      Report of the Head of Audit and Risk. The Committee is asked to note the annual opinion.
=6.   Draft Annual Governance Statement 2024/25
=      Report of the Monitoring Officer. The Committee is asked to approve the draft statement.
=7.   Treasury Management Outturn 2024/25
=      Report of the Chief Finance Officer.
=8.   Work Programme 2025/26
=9.   Urgent business
=      Any other item which the Chair decides is urgent.

Exempt information: there are no items on this agenda that are expected to be considered in private.

Chief Executive
Calderbrook Town Hall
Published: Friday 13 June 2025
""", """
=Agenda Item 3
=CALDERBROOK BOROUGH COUNCIL
=AUDIT AND GOVERNANCE COMMITTEE
Minutes of the meeting of the Audit and Governance Committee held on Tuesday 18 March 2025 at 10.00 am in Committee Room 1, Calderbrook Town Hall

Present: Councillor Keith Armitage (Chair); Councillors Bhatti, Delaney, Foulkes, Hargreaves and Nuttall; Mrs Alison Greaves (Independent Member)
Officers: Chief Finance Officer (Section 151 Officer), Head of Audit and Risk, Monitoring Officer, Democratic Services Officer
Also present: Jonathan Pell and Rehana Aziz (Kingsford Clarke LLP, External Auditor)

=54   APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor Whittaker.

=55   DECLARATIONS OF INTEREST
There were no declarations of interest.

=56   MINUTES
The minutes of the meeting held on 21 January 2025 were APPROVED as a correct record and signed by the Chair.

=57   EXTERNAL AUDIT PROGRESS REPORT AND SECTOR UPDATE
Jonathan Pell presented the progress report. The audit of the 2023/24 accounts had been concluded by the statutory backstop date of 28 February 2025 with a disclaimed opinion, as had been the case for most councils, because of the limited time available to rebuild assurance over opening balances. Members asked what this would mean for the 2024/25 audit; Mr Pell said that assurance would be rebuilt over the next two to three years.
The External Audit Progress Report and Sector Update was NOTED.

=58   EXTERNAL AUDIT PLAN 2024/25
Rehana Aziz presented the audit plan for 2024/25, which identified the valuation of land and buildings, the valuation of the pension fund liability and management override of controls as significant risks.
RESOLVED that the External Audit Plan 2024/25 be noted, including the significant risks identified and the proposed fee of £198,500.

=59   INTERNAL AUDIT PROGRESS REPORT AND INTERNAL AUDIT PLAN 2025/26
The Head of Audit and Risk reported that 21 of the 26 planned audits for 2024/25 had been completed or were in progress. Two audits had resulted in limited assurance opinions, on purchasing cards and on income collection at the leisure centres. Members expressed concern at the purchasing cards findings and asked that progress be reported back.
RESOLVED that:
(a) the Internal Audit progress report be noted; and
(b) the Internal Audit Plan 2025/26, as set out in Appendix 2 to the report, be approved.
The Head of Audit and Risk to report on the implementation of the agreed actions on purchasing cards to the meeting of the Committee on 24 June 2025.

=60   ANTI-FRAUD, BRIBERY AND CORRUPTION POLICY
The Chief Finance Officer presented the revised policy, which had been updated to reflect the new offence of failure to prevent fraud under the Economic Crime and Corporate Transparency Act 2023.
RESOLVED that the revised Anti-Fraud, Bribery and Corruption Policy and the Fraud Response Plan be approved (Decision No. 25/00042).
""", """
=61   STRATEGIC RISK REGISTER – QUARTER 3
The Head of Audit and Risk presented the strategic risk register as at 31 December 2024. The risk relating to the financial sustainability of the Council had increased from 16 to 20 following the provisional local government finance settlement.
The Strategic Risk Register as at 31 December 2024 was NOTED.

=62   LOCAL CODE OF CORPORATE GOVERNANCE
The Monitoring Officer presented the revised Local Code of Corporate Governance, which had been updated in line with the 2016 CIPFA/SOLACE framework and the findings of the Council’s 2024 peer challenge.
RESOLVED that the revised Local Code of Corporate Governance be recommended to Council for adoption at its meeting on 9 April 2025.

=63   ANNUAL REPORT OF THE AUDIT AND GOVERNANCE COMMITTEE 2024/25
The Chair introduced the draft annual report of the Committee, which summarised its work during the year and the results of its self-assessment against the CIPFA Position Statement.
RESOLVED that the draft Annual Report of the Audit and Governance Committee 2024/25 be endorsed and submitted to Council.

=64   WORK PROGRAMME
The Committee’s work programme for 2025/26 was AGREED, subject to the addition of a training session on the Accounts and Audit Regulations before the meeting in July 2025.

The meeting ended at 12.05 pm.

=Chair
"""],
}

PACK_LABELS = [
    dict(page=2, kind="approval", outcome="approved", minute="56", title="MINUTES",
         text="The minutes of the meeting held on 21 January 2025 were APPROVED as a correct record and signed by the Chair"),
    dict(page=2, kind="noted", outcome="noted", minute="57", title="EXTERNAL AUDIT PROGRESS REPORT AND SECTOR UPDATE",
         text="The External Audit Progress Report and Sector Update was NOTED"),
    dict(page=2, kind="noted", outcome="noted", minute="58", title="EXTERNAL AUDIT PLAN 2024/25",
         text="RESOLVED that the External Audit Plan 2024/25 be noted, including the significant risks "
              "identified and the proposed fee of £198,500"),
    dict(page=2, kind="noted", outcome="noted", minute="59",
         title="INTERNAL AUDIT PROGRESS REPORT AND INTERNAL AUDIT PLAN 2025/26", lead_in="RESOLVED that:",
         text="the Internal Audit progress report be noted"),
    dict(page=2, kind="approval", outcome="approved", minute="59",
         title="INTERNAL AUDIT PROGRESS REPORT AND INTERNAL AUDIT PLAN 2025/26", lead_in="RESOLVED that:",
         text="the Internal Audit Plan 2025/26, as set out in Appendix 2 to the report, be approved"),
    dict(page=2, kind="action", outcome=None, minute="59",
         title="INTERNAL AUDIT PROGRESS REPORT AND INTERNAL AUDIT PLAN 2025/26",
         text="The Head of Audit and Risk to report on the implementation of the agreed actions on purchasing "
              "cards to the meeting of the Committee on 24 June 2025",
         owner="Head of Audit and Risk", deadline="2025-06-24"),
    dict(page=2, kind="approval", outcome="approved", minute="60", title="ANTI-FRAUD, BRIBERY AND CORRUPTION POLICY",
         ref="25/00042",
         text="RESOLVED that the revised Anti-Fraud, Bribery and Corruption Policy and the Fraud Response Plan "
              "be approved (Decision No. 25/00042)"),
    dict(page=3, kind="noted", outcome="noted", minute="61", title="STRATEGIC RISK REGISTER – QUARTER 3",
         text="The Strategic Risk Register as at 31 December 2024 was NOTED"),
    dict(page=3, kind="recommendation", outcome="recommended", minute="62",
         title="LOCAL CODE OF CORPORATE GOVERNANCE",
         text="RESOLVED that the revised Local Code of Corporate Governance be recommended to Council for "
              "adoption at its meeting on 9 April 2025",
         to="Council"),
    dict(page=3, kind="endorsement", outcome="endorsed", minute="63",
         title="ANNUAL REPORT OF THE AUDIT AND GOVERNANCE COMMITTEE 2024/25",
         text="RESOLVED that the draft Annual Report of the Audit and Governance Committee 2024/25 be endorsed "
              "and submitted to Council",
         to="Council"),
    dict(page=3, kind="agreement", outcome="agreed", minute="64", title="WORK PROGRAMME",
         text="The Committee’s work programme for 2025/26 was AGREED, subject to the addition of a training "
              "session on the Accounts and Audit Regulations"),
]

DOCS = [
    (ICB, ICB_LABELS),
    (HWB, HWB_LABELS),
    (COUNCIL, COUNCIL_LABELS),
    (SCRUTINY, SCRUTINY_LABELS),
    (PARTNERSHIP, PARTNERSHIP_LABELS),
    (PACK, PACK_LABELS),
]

KIND_V1 = {"noted": "noting", "approval": "approval", "recommendation": "recommendation", "action": "action"}
KINDS = {"resolution", "approval", "agreement", "noted", "endorsement", "recommendation", "motion", "amendment",
         "deferral", "withdrawal", "call_in", "referral", "delegation", "action"}
OPTIONAL = ("proposer", "seconder", "unanimous", "owner", "deadline", "to", "lead_in", "note")


def table(rows: list[tuple], widths: tuple[int, ...], gap: int = 3, para_gap: bool = False,
          break_long_words: bool = True) -> str:
    """Rows of cells printed side by side, each cell wrapped in its column, a blank line after each row: the
    text layer of a table read line by line runs the columns into one another (layouts6 to layouts8).

    A cell is a string or a list of paragraphs printed one under another (``para_gap``: a blank line between
    them). Returned as '=' lines for a page's source.
    """
    out = []
    for cells in rows:
        cols = []
        for cell, width in zip(cells, widths):
            lines: list[str] = []
            for i, para in enumerate([cell] if isinstance(cell, str) else cell):
                lines += ([""] if i and para_gap else []) + (textwrap.wrap(
                    para, width, break_long_words=break_long_words, break_on_hyphens=False) or [""])
            cols.append(lines)
        for i in range(max(len(c) for c in cols)):
            parts = [c[i] if i < len(c) else "" for c in cols]
            line = "".join(p.ljust(w + gap) for p, w in zip(parts[:-1], widths[:-1])) + parts[-1]
            out.append("=" + line.rstrip())
        out.append("=")
    return "\n".join(out)


def label_rows(docs: list | None = None, prefix: str = "dl", folder: str = "layouts",
               actions_have_no_outcome: bool = False) -> list[dict]:
    """One JSON row per label, ids ``<prefix>001`` ... in document order (shared by every layouts set)."""
    rows = []
    for doc, labels in (DOCS if docs is None else docs):
        for lab in labels:
            assert lab["kind"] in KINDS, lab
            extra = set(lab) - {"page", "kind", "outcome", "votes", "minute", "item", "title", "ref", "text"} - set(OPTIONAL)
            assert not extra, extra
            if actions_have_no_outcome:
                assert (lab["kind"] == "action") == (lab["outcome"] is None), lab
            row = {
                "id": f"{prefix}{len(rows) + 1:03d}",
                "file": doc["file"],
                "folder": folder,
                "page": lab["page"],
                "meeting_date": doc["meeting_date"],
                "body": doc["body"],
                "kind": lab["kind"],
                "kind_v1": KIND_V1.get(lab["kind"], "decision"),
                "outcome": lab["outcome"],
                "votes": lab.get("votes"),
                "minute": lab.get("minute"),
                "item": lab.get("item"),
                "title": lab.get("title"),
                "ref": lab.get("ref"),
                "text": lab["text"],
            }
            for key in OPTIONAL:
                if key in lab:
                    row[key] = lab[key]
            rows.append(row)
    return rows


def build(docs: list, papers: Path, labels_path: Path, prefix: str, folder: str,
          actions_have_no_outcome: bool = False) -> None:
    """Write each document's PDF into ``papers`` and the labels to ``labels_path``."""
    papers.mkdir(parents=True, exist_ok=True)
    for doc, labels in docs:
        pages = render(doc)
        write_pdf(papers / doc["file"], pages)
        print(f"{doc['file']}: {len(pages)} pages, {len(labels)} labels")
    rows = label_rows(docs, prefix, folder, actions_have_no_outcome)
    with labels_path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{labels_path.name}: {len(rows)} labels")


def build_set(script: str, docs: list, prefix: str, actions_have_no_outcome: bool = False) -> None:
    """``build`` for the set whose generator is ``script``: its ``papers/`` and ``decisions-<folder>.jsonl``."""
    here = Path(script).resolve().parent
    build(docs, here / "papers", here / f"decisions-{here.name}.jsonl", prefix, here.name, actions_have_no_outcome)


def main() -> None:
    build_set(__file__, DOCS, "dl")


if __name__ == "__main__":
    main()
