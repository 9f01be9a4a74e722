"""Write the five layouts14 documents (health and care bodies; PDFs with a real text layer, three or four pages
each) and their labels.

    .venv/bin/python evals/layouts14/make.py

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py (``build_set``):
in a page's source every line is one paragraph, wrapped at 92 characters; a line starting with "=" is printed as
it stands; the footer is added as each page's last line. Every page starts with the document's running head and
ends with its footer ("Page n of m"). The Integrated Care Partnership's closing "Item | Outcome" summary and its
actions table are built with ``table`` of evals/layouts/make.py. All bodies, people and figures are fictional.
Written blind (see README.md).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the repository root holds evals
from evals.layouts.make import build_set, table  # noqa: E402

# ---------------------------------------------------------------------------------------
# 1. Health and Wellbeing Board: "RESOLVED: That the Board:" followed by bullets ("• noted …", "• approved …",
#    "• delegated authority …", "• agreed to receive a further report …"); Better Care Fund plan approved subject
#    to conditions, the Pharmaceutical Needs Assessment delegated to the Director of Public Health, a JSNA chapter
# ---------------------------------------------------------------------------------------
HWB_HEAD = "=Brackenford Borough Council                                             Health and Wellbeing Board – 5 March 2026"
HWB = {
    "file": "brackenford-health-wellbeing-board-minutes-2026-03-05.pdf",
    "layout": "Borough Health and Wellbeing Board: minutes 46. … 57., decisions as bullets under 'RESOLVED: That "
              "the Board:' ('• noted …', '• approved …', '• delegated authority …', '• agreed to receive a further "
              "report …'), the Better Care Fund plan approved subject to conditions, the Pharmaceutical Needs "
              "Assessment delegated to the Director of Public Health, a JSNA chapter received; running head and "
              "a 'Chair's initials' footer",
    "meeting_date": "2026-03-05",
    "body": "Brackenford Health and Wellbeing Board",
    "footer": "Health and Wellbeing Board – 5 March 2026 – Minutes          Chair's initials ……………              Page {n} of {of}",
    "pages": [HWB_HEAD + """

=BRACKENFORD BOROUGH COUNCIL
=MINUTES OF THE MEETING OF THE HEALTH AND WELLBEING BOARD
=held on Thursday 5 March 2026 at 2.00 pm in Committee Room 1, Brackenford Civic Centre

Present: Councillor Joyce Amankwah (Cabinet Member for Health and Adult Social Care, in the Chair); Councillor Declan Murray (Cabinet Member for Children's Services); Councillor Priya Sandhu (Opposition Spokesperson for Health); Dr Hannah Foley (Director of Public Health); Martin Cole (Director of Adult Social Services); Lesley Grant (Director of Children's Services); Dr Samuel Osei (Clinical Director, Brackenford Central Primary Care Network); Ruth Abbey (Place Director, NHS Mercia and Trent Integrated Care Board); Kamala Iyer (Chief Executive, Healthwatch Brackenford); Chief Inspector Alan Moyes (Mercia Police); Gwen Lister (Brackenford Council for Voluntary Service).
In attendance: Dr Tobias Wren (Consultant in Public Health); Nadia Farouk (Better Care Fund Programme Manager); Elliot Shaw (Head of Finance, Adults and Health); Chloe Ryder (Democratic Services Officer).

=46.   APOLOGIES FOR ABSENCE AND SUBSTITUTIONS
Apologies were received from Steven Pike (Chief Executive, Brackenford Community Health NHS Trust), for whom Jane Hollis (Director of Operations) attended as substitute, and from Councillor Tariq Rehman.

=47.   DECLARATIONS OF INTEREST
Dr Osei declared a non-pecuniary interest in minute 51 as a partner in a general practice that holds a contract for the supply of medicines to patients in a rural area. He remained in the meeting but did not take part in the decision on that item. No other declarations were made.

=48.   MINUTES OF THE PREVIOUS MEETING
RESOLVED: That the minutes of the meeting held on 4 December 2025 be agreed as a correct record and signed by the Chair.
Matters arising: the Chair reported that the ICB Board had agreed in January 2026 to continue funding the Brackenford Community Wellbeing Hubs for a further year, as the Board had asked in December. Ruth Abbey confirmed that the hubs' contracts had been extended to 31 March 2027.

=49.   QUESTIONS FROM THE PUBLIC
Mr Graham Tull asked why the pharmacy on Ferry Street had closed without notice. Dr Foley replied that the pharmacy's owner had given the required notice to the ICB, which had been responsible for pharmacy contracts since NHS England delegated the function in 2023, and that the Pharmaceutical Needs Assessment, at minute 51, considered whether the closure left a gap in provision. Ms Eileen Marsh asked about the waiting times for assessments under the Care Act; Mr Cole replied that the average wait had fallen from 41 days to 26 days since September 2025 and that he would send Ms Marsh the figures for each team.

=50.   BETTER CARE FUND PLAN 2026/27
Nadia Farouk presented the report on the Better Care Fund for 2026/27 and the end-of-year position for 2025/26. The Fund for 2026/27 would total £38.7 million, including the minimum NHS contribution of £24.9 million, the Disabled Facilities Grant of £3.2 million and the Local Authority Better Care Grant of £10.6 million. NHS England had issued the planning requirements on 9 January 2026; the plan must be signed off by the Health and Wellbeing Board and submitted by 31 March 2026. Performance in 2025/26 had met the targets for avoidable admissions and for discharge to the usual place of residence, but not for permanent admissions of older people to care homes, which stood at 742 per 100,000 against a target of 690.
""", HWB_HEAD + """

Elliot Shaw said that the plan assumed that the intermediate care beds at Holloway Court would be replaced by home-based reablement from October 2026, releasing £1.1 million for the discharge schemes. Councillor Sandhu asked whether the loss of 18 beds had been assessed for its effect on people without family support at home. Martin Cole said that an assessment had been carried out and that the beds would not close until the reablement service had shown that it could take the same number of people. Kamala Iyer said that Healthwatch had heard from carers who had not been told about the respite available to them under the Fund, and asked that the plan set out how carers would be told. Ruth Abbey said that the ICB supported the plan and that its own Board would consider the NHS contribution on 24 March 2026.
The Chair proposed that the plan be approved on condition that the discharge schemes were reviewed after the first quarter and that the section on carers was strengthened as Healthwatch had asked. Members agreed.
RESOLVED: That the Board:
• noted the Better Care Fund end-of-year performance for 2025/26, including the metrics on avoidable admissions and discharge to the usual place of residence;
• approved the Better Care Fund Plan 2026/27 for submission to NHS England, subject to the conditions that the discharge schemes be reviewed by 30 June 2026 and that the plan set out how carers will be told of the respite available to them;
• delegated authority to the Director of Adult Social Services, in consultation with the Chair and the ICB Place Director, to approve the final submission by 31 March 2026; and
• agreed to receive a further report from the Director of Adult Social Services on the Fund's performance at its meeting on 17 September 2026.

=51.   PHARMACEUTICAL NEEDS ASSESSMENT 2026–2029
Dr Tobias Wren presented the draft Pharmaceutical Needs Assessment (PNA), which the Board was required to publish every three years under the NHS (Pharmaceutical and Local Pharmaceutical Services) Regulations 2013. The draft had been consulted on for 60 days, from 3 November 2025 to 2 January 2026, and 74 responses had been received, including from the Local Pharmaceutical Committee, the Local Medical Committee and the neighbouring Health and Wellbeing Boards. The draft concluded that there was adequate provision of necessary services in all four localities, but that access to pharmacies open after 6 pm in the East locality would need to be kept under review after the closures of the Ferry Street and Canal Road pharmacies. The ICB's Pharmaceutical Services Regulations Committee had approved the relocation of the Canal Road pharmacy to the Eastgate retail park in February 2026.
Councillor Murray asked whether the Board could require a pharmacy to open in the evenings. Dr Wren said that it could not; the Board's role was to identify needs, and it was for the ICB to decide applications to open pharmacies. The final PNA had to be published by 1 October 2026, and the Board would not meet between June and September.
RESOLVED: That the Board:
• noted the outcome of the statutory 60-day consultation on the draft Pharmaceutical Needs Assessment and the changes made in response to it;
• delegated authority to the Director of Public Health, in consultation with the Chair, to approve and publish the final Pharmaceutical Needs Assessment 2026–2029 by 1 October 2026; and
• agreed that the PNA Steering Group continue to monitor pharmacy closures and advise the Board whether a supplementary statement is needed.

=52.   JOINT STRATEGIC NEEDS ASSESSMENT: HEALTHY AGEING CHAPTER
Dr Foley presented the new chapter of the Joint Strategic Needs Assessment (JSNA) on healthy ageing. The number of residents aged 75 and over was projected to rise by 31% by 2035. Healthy life expectancy in the most deprived decile of the borough was 13.8 years lower than in the least deprived. Falls accounted for 2,210 emergency admissions of people aged 65 and over in 2024/25. The chapter made five recommendations, including that partners "develop a single falls prevention pathway across health, care and housing" and "increase the uptake of the NHS Health Check among men aged 40 to 74 in the East locality".
""", HWB_HEAD + """

Gwen Lister welcomed the chapter's attention to loneliness and said that voluntary organisations should be involved in the falls pathway from the start. Chief Inspector Moyes said that the police dealt with many calls about older people who had fallen at home and would welcome a single point of contact. Councillor Sandhu asked how the Board would know whether partners had acted on the recommendations.
RESOLVED: That the Board:
• received the Joint Strategic Needs Assessment chapter on Healthy Ageing;
• endorsed the chapter's five recommendations and asked partner organisations to reflect them in their plans for 2026/27; and
• asked the Director of Public Health to report progress against the recommendations to the Board at its meeting on 3 December 2026.

=53.   JOINT HEALTH AND WELLBEING STRATEGY 2024–2029: ANNUAL PROGRESS REPORT
Dr Foley presented the second annual progress report. Of the 22 measures in the Strategy, 12 had improved, six were unchanged and four had worsened, the last including smoking in pregnancy and the proportion of children who were overweight at reception. Councillor Murray said that the Children and Young People's Partnership had agreed on 12 February 2026 to make childhood obesity one of its three priorities for the coming year. Members discussed the rise in smoking in pregnancy, which Dr Foley attributed partly to the end of the incentive scheme in 2024.
RESOLVED: That the annual progress report on the Joint Health and Wellbeing Strategy 2024–2029 be noted.

=54.   HEALTHWATCH BRACKENFORD: QUARTERLY REPORT
Kamala Iyer gave a presentation on what Healthwatch had heard from residents between October and December 2025, in particular about the difficulty of getting a dental appointment and about discharge from hospital at weekends. Members asked about the number of residents who had no NHS dentist; Ms Iyer said that Healthwatch did not have a reliable figure but that its helpline had received 146 calls about dentistry in the quarter. The Chair thanked Ms Iyer for the presentation.

=55.   BRACKENFORD SAFEGUARDING ADULTS BOARD ANNUAL REPORT 2024/25
The annual report was circulated for information. The Safeguarding Adults Board had approved the report at its meeting on 20 January 2026 and had agreed its priorities for 2026/27. The Board did not discuss the report.

=56.   FORWARD PLAN
The Board considered its forward plan for 2026/27.
RESOLVED: That the forward plan be agreed, with the addition of an item on access to NHS dentistry at the meeting on 18 June 2026.

=57.   DATE OF NEXT MEETING
The next meeting will be held on Thursday 18 June 2026 at 2.00 pm. The Chair thanked Martin Cole, who would retire at the end of April, for his work for the Board since its establishment in 2013.

The meeting closed at 4.22 pm.
"""],
}

RB = "RESOLVED: That the Board:"
H50 = "BETTER CARE FUND PLAN 2026/27"
H51 = "PHARMACEUTICAL NEEDS ASSESSMENT 2026–2029"
H52 = "JOINT STRATEGIC NEEDS ASSESSMENT: HEALTHY AGEING CHAPTER"
HWB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="48", title="MINUTES OF THE PREVIOUS MEETING",
         text="RESOLVED: That the minutes of the meeting held on 4 December 2025 be agreed as a correct record and "
              "signed by the Chair",
         note="apologies, the substitution and Dr Osei's declaration are not labelled; the ICB Board's January "
              "decision reported under matters arising is another body's; the public questions (minute 49) are "
              "not labelled"),
    dict(page=2, kind="noted", outcome="noted", minute="50", title=H50, lead_in=RB,
         text="noted the Better Care Fund end-of-year performance for 2025/26, including the metrics on avoidable "
              "admissions and discharge to the usual place of residence",
         note="NHS England's planning requirements and the ICB Board's meeting on 24 March are other bodies' "
              "business; the heading and the report are on page 1, the debate and the bullets on page 2"),
    dict(page=2, kind="approval", outcome="approved", minute="50", title=H50, lead_in=RB,
         text="approved the Better Care Fund Plan 2026/27 for submission to NHS England, subject to the conditions "
              "that the discharge schemes be reviewed by 30 June 2026",
         note="the conditions are part of the approval, not labelled apart; the Chair's proposal that members "
              "'agreed' is the lead-up to this resolution"),
    dict(page=2, kind="delegation", outcome="agreed", minute="50", title=H50, lead_in=RB,
         text="delegated authority to the Director of Adult Social Services, in consultation with the Chair and the "
              "ICB Place Director, to approve the final submission by 31 March 2026"),
    dict(page=2, kind="action", outcome=None, minute="50", title=H50, lead_in=RB,
         owner="Director of Adult Social Services", deadline="2026-09-17",
         text="agreed to receive a further report from the Director of Adult Social Services on the Fund's "
              "performance at its meeting on 17 September 2026",
         note="a further report asked for, with its author and meeting: an action"),
    dict(page=2, kind="noted", outcome="noted", minute="51", title=H51, lead_in=RB,
         text="noted the outcome of the statutory 60-day consultation on the draft Pharmaceutical Needs Assessment "
              "and the changes made in response to it",
         note="the ICB committee's approval of the Canal Road relocation is another body's decision"),
    dict(page=2, kind="delegation", outcome="agreed", minute="51", title=H51, lead_in=RB,
         text="delegated authority to the Director of Public Health, in consultation with the Chair, to approve and "
              "publish the final Pharmaceutical Needs Assessment 2026–2029 by 1 October 2026"),
    dict(page=2, kind="agreement", outcome="agreed", minute="51", title=H51, lead_in=RB,
         text="agreed that the PNA Steering Group continue to monitor pharmacy closures and advise the Board whether "
              "a supplementary statement is needed",
         note="no owner-and-date report asked for: an agreement, not an action"),
    dict(page=3, kind="noted", outcome="received", minute="52", title=H52, lead_in=RB,
         text="received the Joint Strategic Needs Assessment chapter on Healthy Ageing",
         note="'received' a chapter: kind noted, outcome received; the chapter's recommendations quoted on page 2 "
              "are not decisions"),
    dict(page=3, kind="endorsement", outcome="endorsed", minute="52", title=H52, lead_in=RB,
         text="endorsed the chapter's five recommendations and asked partner organisations to reflect them in their "
              "plans for 2026/27"),
    dict(page=3, kind="action", outcome=None, minute="52", title=H52, lead_in=RB,
         owner="Director of Public Health", deadline="2026-12-03",
         text="asked the Director of Public Health to report progress against the recommendations to the Board at "
              "its meeting on 3 December 2026"),
    dict(page=3, kind="noted", outcome="noted", minute="53",
         title="JOINT HEALTH AND WELLBEING STRATEGY 2024–2029: ANNUAL PROGRESS REPORT",
         text="RESOLVED: That the annual progress report on the Joint Health and Wellbeing Strategy 2024–2029 be "
              "noted",
         note="the Children and Young People's Partnership's priority (agreed 12 February) is another body's; the "
              "Healthwatch presentation (54) and the Safeguarding Adults Board's annual report (55, its own "
              "approval and priorities) are not labelled"),
    dict(page=3, kind="agreement", outcome="agreed", minute="56", title="FORWARD PLAN",
         text="RESOLVED: That the forward plan be agreed, with the addition of an item on access to NHS dentistry "
              "at the meeting on 18 June 2026",
         note="the date of the next meeting and the Chair's thanks are not labelled"),
]


# ---------------------------------------------------------------------------------------
# 2. Integrated Care Partnership joint committee: "The Joint Committee APPROVED / AGREED / …", ACTION lines,
#    a closing two-column "Item | Outcome" summary repeating decisions (not labelled) and an actions table with
#    owners and dates (rows that repeat an ACTION line labelled once, at the line)
# ---------------------------------------------------------------------------------------
ICP_HEAD = "=Severnvale Integrated Care Partnership (Joint Committee)                        Minutes – 17 February 2026"
SUMMARY = table([
    ("Item", "Outcome"),
    ("ICP/26/03  Minutes and action log", "Minutes agreed; actions A12 and A14 closed"),
    ("ICP/26/04  Integrated Care Strategy 2026–2030", "Approved, subject to a children's mental health ambition; "
     "recommended to the ICB Board and the two Cabinets for adoption"),
    ("ICP/26/05  Outcomes Framework", "Endorsed; baseline report requested"),
    ("ICP/26/06  Winter resilience", "Noted"),
    ("ICP/26/07  Terms of reference", "Approved; Healthwatch Wrenbury invited as a non-voting member; "
     "recommended to the two councils"),
    ("ICP/26/08  Community Health Fund round 2", "Deferred to 19 May 2026"),
], (46, 56))
ACTIONS = table([
    ("Ref", "Action", "Owner", "Due"),
    ("A21", "Circulate the final Integrated Care Strategy 2026–2030 to the partner organisations' boards",
     "Director of Strategy", "27/02/26"),
    ("A22", "Present the baseline for each of the outcomes framework measures to the Joint Committee",
     "Head of Population Health", "19/05/26"),
    ("A23", "Set up a session for members on the use of the new framework",
     "Head of Partnerships", "30/04/26"),
    ("A24", "Write to the DHSC about the delay to the diagnostic centre capital",
     "Co-Chairs", "13/03/26"),
], (4, 66, 26, 8))
ICP = {
    "file": "severnvale-icp-joint-committee-minutes-2026-02-17.pdf",
    "layout": "Integrated Care Partnership joint committee: items ICP/26/01 … ICP/26/09, 'The Joint Committee "
              "APPROVED / AGREED / ENDORSED / NOTED / DEFERRED …', 'ACTION:' lines, a closing two-column 'Item | "
              "Outcome' summary that repeats the decisions and an actions table (Ref | Action | Owner | Due); "
              "running head and a footer",
    "meeting_date": "2026-02-17",
    "body": "Severnvale Integrated Care Partnership Joint Committee",
    "footer": "Severnvale ICP Joint Committee – 17.02.2026 – approved minutes, subject to signature              Page {n} of {of}",
    "pages": [ICP_HEAD + """

=SEVERNVALE INTEGRATED CARE PARTNERSHIP
=Minutes of the meeting of the Joint Committee held in public on Tuesday 17 February 2026 at 10.00 am
=Council Chamber, Wrenbury Guildhall

Present (voting members): Councillor Margaret Yeo (Severnvale County Council, Co-Chair, in the Chair); Sir Anthony Blake (Chair, NHS Severnvale Integrated Care Board, Co-Chair); Councillor Ibrahim Khalid (Wrenbury City Council); Councillor Fran Delaney (Severnvale County Council); Dr Lucy Armitage (Non-Executive Member, NHS Severnvale ICB).
Present (non-voting members): Alison Marr (Healthwatch Severnvale); Dev Chauhan (Severnvale Voluntary Sector Alliance); Professor Hilary Dunn (University of Severnvale); Paul Reeve (Chief Fire Officer, Severnvale Fire and Rescue Service).
In attendance: Rebecca Stone (Chief Executive, NHS Severnvale ICB); Owen Pritchard (Director of Strategy, ICB); Dr Meera Kapoor (Director of Public Health, Severnvale County Council); Joel Hart (Director of Public Health, Wrenbury City Council); Simone Clarke (Head of Population Health, ICB); Gareth Lewis (Head of Partnerships, ICB); Yvonne Blair (Governance Manager, minutes).

=ICP/26/01   Welcome, apologies and quoracy
The Chair welcomed members and observers. Apologies were received from Councillor Sam Ellery (Wrenbury City Council) and from Dame Judith Oakes (Chair, Severnvale Health and Care NHS Foundation Trust). The meeting was quorate, with five of the six voting members present.

=ICP/26/02   Declarations of interest
Dev Chauhan declared that the Voluntary Sector Alliance had applied to the Community Health Fund (item ICP/26/08). As a non-voting member he took part in the discussion but left the room before the Committee reached its decision. No other interests were declared.

=ICP/26/03   Minutes of the meeting held on 14 October 2025 and action log
The minutes of the meeting held on 14 October 2025 were AGREED as an accurate record.
Yvonne Blair presented the action log. Action A12 (the mapping of social prescribing schemes) had been completed and reported to the ICB's Primary Care Commissioning Committee in December; action A14 (a letter to the Department for Education about school nursing) had been sent on 3 November 2025. The Joint Committee AGREED to close actions A12 and A14; action A17, on the housing and health data-sharing agreement, remains open.

=ICP/26/04   Integrated Care Strategy 2026–2030
Owen Pritchard presented the refreshed Integrated Care Strategy, which the Partnership must prepare under section 116ZB of the Local Government and Public Involvement in Health Act 2007. He reminded members that the ICB Board had agreed in March 2025 that the joint forward plan would be aligned with the refreshed Strategy, and that NHS England had approved the ICB's five-year joint forward plan in June 2025. The Strategy kept the four ambitions of 2023 (starting well, living well, ageing well and fairer outcomes) and added a fifth, on housing and health. Engagement in the autumn had reached 2,300 residents, and their priorities, set out in Appendix B, were timely access to a GP, mental health support for young people and help with the cost of living.
""", ICP_HEAD + """

Alison Marr said that the Strategy did not contain a measurable ambition on children's mental health, although it was the concern raised most often by young people in the engagement. Professor Dunn and Councillor Khalid agreed. Dr Kapoor said that an ambition could be added, based on the proportion of children and young people seen within four weeks of referral. Councillor Delaney asked how the Strategy would be reflected in the councils' own plans; Rebecca Stone said that the ICB Board, the County Council's Cabinet and the City Council's Cabinet would each be asked to adopt the Strategy before the end of March.
The Joint Committee APPROVED the refreshed Integrated Care Strategy 2026–2030, subject to the inclusion of a measurable ambition on children's and young people's mental health waiting times.
The Joint Committee RECOMMENDED the Strategy to the Board of NHS Severnvale ICB and to the Cabinets of Severnvale County Council and Wrenbury City Council for adoption.
ACTION: Director of Strategy to circulate the final Integrated Care Strategy 2026–2030 to the partner organisations' boards by 27 February 2026.

=ICP/26/05   Severnvale Outcomes Framework
Simone Clarke presented the proposed Outcomes Framework, which would measure progress against the Strategy through 24 measures, eight of them on inequalities between the most and least deprived areas. She said that baselines had been set for 19 of the measures and that the remainder depended on data from general practice that would be available in April. Paul Reeve asked that the measure on falls include the calls attended by the fire service under the joint falls response scheme; Ms Clarke agreed to consider it.
The Joint Committee ENDORSED the Severnvale Outcomes Framework as the means of measuring progress against the Integrated Care Strategy, and asked for the baselines for all measures to be reported to its next meeting.
ACTION: Head of Population Health to present the baseline for each of the outcomes framework measures to the Joint Committee on 19 May 2026.

=ICP/26/06   Winter resilience update
Rebecca Stone gave a presentation on the health and care system's performance over the winter. The peak of influenza admissions had come in the week of 5 January 2026, when 212 patients with influenza had been in the county's hospitals. The number of patients who were fit to leave hospital but waiting had fallen from 318 in October to 241 in January, helped by the additional home care bought with the winter funding agreed by the County Council's Cabinet in November. NHS England had placed the ICB in segment 3 of the National Oversight Framework in December. Members asked about the ambulance handover delays at Wrenbury Royal Infirmary, which had averaged 74 minutes in January; Ms Stone said that a new receiving area would open on 2 March.
The Joint Committee NOTED the winter resilience update and thanked health and care staff for their work over the winter.

=ICP/26/07   Review of terms of reference and membership
Yvonne Blair presented the annual review of the Committee's terms of reference. The changes proposed would make the Directors of Public Health of both councils non-voting members, set out how the Co-Chairs would rotate, and add a provision allowing the Committee to meet jointly with the two Health and Wellbeing Boards. Councillor Khalid proposed that Healthwatch Wrenbury, which had been established separately from Healthwatch Severnvale in 2025, also be invited to join. Members agreed.
The Joint Committee APPROVED the revised terms of reference set out in Appendix C, with effect from 1 April 2026.
The Joint Committee AGREED to invite Healthwatch Wrenbury to nominate a representative to join the Committee as a non-voting member.
The Joint Committee RECOMMENDED to Severnvale County Council and Wrenbury City Council that the revised terms of reference be incorporated into their constitutions.
""", ICP_HEAD + """

=ICP/26/08   Community Health Fund: second round of grants
Dev Chauhan left the room. Gareth Lewis presented the recommendations of the grants panel for the second round of the Community Health Fund, £1.2 million funded equally by the ICB and the two councils. The panel had recommended 31 awards. Members were concerned that 11 of the 31 awards were in the three wards of Wrenbury with the lowest deprivation scores and asked whether the scoring had given enough weight to need. Councillor Delaney said that she could not support the allocation until the scoring had been reviewed.
The Joint Committee DEFERRED its decision on the second round of the Community Health Fund to its meeting on 19 May 2026, so that the grants panel can review the weighting given to deprivation.
Dev Chauhan returned to the meeting.

=ICP/26/09   Any other business
Sir Anthony Blake reported that the Department of Health and Social Care had not yet confirmed the capital allocation for the Wrenbury community diagnostic centre, which had been expected in January. The Co-Chairs would write to the Department. He also reported that the ICB Board had agreed on 29 January 2026 to consult on the future of the Minster Road walk-in centre; the consultation would be reported to the Committee in due course.

Date of next meeting: Tuesday 19 May 2026 at 10.00 am, Severnvale County Hall.
The meeting closed at 12.35 pm.

=SUMMARY OF OUTCOMES
""" + SUMMARY + """
=ACTIONS ARISING FROM THIS MEETING
""" + ACTIONS + """
"""],
}

ICPT3 = "Minutes of the meeting held on 14 October 2025 and action log"
ICPT4 = "Integrated Care Strategy 2026–2030"
ICPT5 = "Severnvale Outcomes Framework"
ICPT7 = "Review of terms of reference and membership"
ICP_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="ICP/26/03", title=ICPT3,
         text="The minutes of the meeting held on 14 October 2025 were AGREED as an accurate record",
         note="apologies, quoracy and Dev Chauhan's declaration are not labelled"),
    dict(page=1, kind="agreement", outcome="agreed", minute="ICP/26/03", title=ICPT3,
         text="The Joint Committee AGREED to close actions A12 and A14; action A17, on the housing and health "
              "data-sharing agreement, remains open",
         note="the completed actions (a report to the ICB committee, a letter sent) are earlier business"),
    dict(page=2, kind="approval", outcome="approved", minute="ICP/26/04", title=ICPT4,
         text="The Joint Committee APPROVED the refreshed Integrated Care Strategy 2026–2030, subject to the "
              "inclusion of a measurable ambition on children's and young people's mental health waiting times",
         note="the ICB Board's agreement of March 2025 and NHS England's approval of the joint forward plan "
              "(page 1) are other bodies' decisions"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="ICP/26/04", title=ICPT4,
         to="Board of NHS Severnvale ICB; Cabinets of Severnvale County Council and Wrenbury City Council",
         text="The Joint Committee RECOMMENDED the Strategy to the Board of NHS Severnvale ICB and to the Cabinets "
              "of Severnvale County Council and Wrenbury City Council for adoption"),
    dict(page=2, kind="action", outcome=None, minute="ICP/26/04", title=ICPT4,
         owner="Director of Strategy", deadline="2026-02-27",
         text="ACTION: Director of Strategy to circulate the final Integrated Care Strategy 2026–2030 to the "
              "partner organisations' boards by 27 February 2026",
         note="repeated as row A21 of the actions table on page 3: labelled once, here"),
    dict(page=2, kind="endorsement", outcome="endorsed", minute="ICP/26/05", title=ICPT5,
         text="The Joint Committee ENDORSED the Severnvale Outcomes Framework as the means of measuring progress "
              "against the Integrated Care Strategy",
         note="'asked for the baselines … to be reported to its next meeting' is the ACTION line that follows, "
              "labelled there"),
    dict(page=2, kind="action", outcome=None, minute="ICP/26/05", title=ICPT5,
         owner="Head of Population Health", deadline="2026-05-19",
         text="ACTION: Head of Population Health to present the baseline for each of the outcomes framework "
              "measures to the Joint Committee on 19 May 2026",
         note="repeated as row A22 of the actions table: labelled once, here; Ms Clarke's agreement to consider "
              "the fire service's calls is not a decision"),
    dict(page=2, kind="noted", outcome="noted", minute="ICP/26/06", title="Winter resilience update",
         text="The Joint Committee NOTED the winter resilience update and thanked health and care staff for their "
              "work over the winter",
         note="the County Council Cabinet's winter funding and NHS England's segmentation are other bodies' "
              "decisions"),
    dict(page=2, kind="approval", outcome="approved", minute="ICP/26/07", title=ICPT7,
         text="The Joint Committee APPROVED the revised terms of reference set out in Appendix C, with effect from 1 "
              "April 2026"),
    dict(page=2, kind="agreement", outcome="agreed", minute="ICP/26/07", title=ICPT7,
         text="The Joint Committee AGREED to invite Healthwatch Wrenbury to nominate a representative to join the "
              "Committee as a non-voting member",
         note="Councillor Khalid's proposal that 'Members agreed' is the lead-up to this decision"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="ICP/26/07", title=ICPT7,
         to="Severnvale County Council; Wrenbury City Council",
         text="The Joint Committee RECOMMENDED to Severnvale County Council and Wrenbury City Council that the "
              "revised terms of reference be incorporated into their constitutions"),
    dict(page=3, kind="deferral", outcome="deferred", minute="ICP/26/08",
         title="Community Health Fund: second round of grants",
         text="The Joint Committee DEFERRED its decision on the second round of the Community Health Fund to its "
              "meeting on 19 May 2026",
         note="the grants panel's 31 recommended awards are not decisions of the meeting; under ICP/26/09 the "
              "DHSC's pending allocation and the ICB Board's decision of 29 January to consult are other bodies' "
              "business; the summary of outcomes repeats the decisions above and is not labelled"),
    dict(page=3, kind="action", outcome=None, item="A23", title="ACTIONS ARISING FROM THIS MEETING",
         owner="Head of Partnerships", deadline="2026-04-30",
         text="Set up a session for members on the use of the new framework",
         note="row A23 of the actions table: recorded nowhere in the minutes above, so labelled at the table; "
              "`item` the row's Ref, `minute` null (the table has no minute number)"),
    dict(page=3, kind="action", outcome=None, item="A24", title="ACTIONS ARISING FROM THIS MEETING",
         owner="Co-Chairs", deadline="2026-03-13",
         text="Write to the DHSC about the delay to the diagnostic centre capital",
         note="row A24 of the actions table: the minutes say only that 'The Co-Chairs would write to the "
              "Department' (ICP/26/09), a report with no date; the row sets the action, owner and date, so it "
              "is labelled at the table; the summary of outcomes above it repeats decisions and is not labelled"),
]


# ---------------------------------------------------------------------------------------
# 3. NHS Trust Board in public: "The Board: • RECEIVED and NOTED … • APPROVED …", papers "taken as read",
#    committee chairs' reports "for assurance", an approval "subject to the amendments discussed"
# ---------------------------------------------------------------------------------------
TB_HEAD = "=Northcliffe Hospitals NHS Trust                                  Trust Board meeting in public – 29 January 2026"
TB = {
    "file": "northcliffe-hospitals-trust-board-minutes-2026-01-29.pdf",
    "layout": "NHS Trust Board (Part 1, in public): items TB/26/001 … TB/26/015, papers 'taken as read', decisions "
              "as bullets after 'The Board:' ('• RECEIVED and NOTED …', '• RECEIVED … for assurance', '• APPROVED "
              "… subject to the amendments discussed', '• AGREED …'), a patient story and public questions, the "
              "exclusion of the public for Part 2; running head and a 'Chair' footer",
    "meeting_date": "2026-01-29",
    "body": "Northcliffe Hospitals NHS Trust Board",
    "footer": "Trust Board (Public) – 29 January 2026 – Minutes          Chair: ……………………            Page {n} of {of}",
    "pages": [TB_HEAD + """

=NORTHCLIFFE HOSPITALS NHS TRUST
=Minutes of the Trust Board meeting held in public (Part 1)
=Thursday 29 January 2026, 9.30 am, Boardroom, Northcliffe General Hospital, and by video link

Present: Andrew Keane (Chair); Dr Olivia Strand (Chief Executive); Peter Maddox (Chief Finance Officer and Deputy Chief Executive); Dr Raj Menon (Chief Medical Officer); Helen Brooks (Chief Nurse); Carl Fenwick (Chief Operating Officer); Non-Executive Directors: Susan Achterberg (Vice-Chair and Chair of the Quality Committee), Michael Obi (Chair of the Finance and Performance Committee), Gillian Wray (Chair of the Audit and Risk Committee), Professor Ian Lyle and Naomi Petrie.
In attendance: Leanne Cooper (Director of People, non-voting); Mark Dale (Director of Corporate Affairs and Company Secretary); Ayesha Nwosu (Freedom to Speak Up Guardian, for TB/26/010); Kirsty Hale (Board Secretary, minutes). Six members of the public and one member of staff observed.

=TB/26/001   Welcome and apologies
The Chair welcomed members and observers. Apologies were received from Naveed Rasul (Non-Executive Director). The meeting was quorate.

=TB/26/002   Declarations of interest
Professor Lyle declared his role as Dean of the School of Medicine at the University of Northcliffe, relevant to item TB/26/011. The Chair ruled that he could take part in the discussion of that item, as the decision before the Board concerned the Trust's policy only. No other interests were declared.

=TB/26/003   Patient story
Helen Brooks introduced Mrs Carol Ince, whose husband had been cared for on the stroke unit in October 2025. Mrs Ince described the care her husband had received as excellent, but said that the family had not been told for four days that he had been moved to another ward, and that his discharge had been arranged for a Friday evening with no equipment at home. Dr Strand apologised to Mrs Ince and said that the Trust would use her account in the training for ward clerks and discharge coordinators. The Chair thanked Mrs Ince for sharing her story.

=TB/26/004   Minutes of the previous meeting, matters arising and action log
The Board:
• APPROVED the minutes of the meeting held on 27 November 2025 as an accurate record; and
• NOTED the updated action log, with actions TB/25/118 and TB/25/121 marked as complete.

=TB/26/005   Chief Executive's report
The report was taken as read. Dr Strand highlighted three points: the Care Quality Commission's report on the Trust's urgent and emergency care services, published on 15 January 2026, had rated them Requires Improvement, unchanged from 2023; NHS England had approved the Trust's bid of £6.8 million for a second endoscopy unit at Northcliffe General; and the ICB Board had agreed in December to a single electronic patient record across the two acute trusts in the county, to be procured in 2026/27. Naomi Petrie asked what the Trust would do differently following the CQC's report; Dr Strand said that the action plan would be considered by the Quality Committee in February.
The Board:
• RECEIVED and NOTED the Chief Executive's report, including the Care Quality Commission's report on urgent and emergency care services.

=TB/26/006   Integrated Performance Report – December 2025
The report was taken as read. Carl Fenwick said that performance against the four-hour standard had been 72.4% in December against a trajectory of 76%, and that 1,486 patients had waited more than 52 weeks for treatment, 203 more than the trajectory. The revised trajectory for the elective waiting list set out in section 4 of the report had been agreed with the ICB and would be submitted to NHS England on 6 February 2026.
""", TB_HEAD + """

Michael Obi said that the Finance and Performance Committee had scrutinised the revised trajectory in detail and was assured that it was realistic, though not that it could be met without the additional theatre sessions planned from March. Professor Lyle asked about the 62-day cancer standard, which had been met in December for the first time in 18 months; Mr Fenwick said that the improvement owed much to the new straight-to-test pathway for lower gastrointestinal cancers.
The Board:
• RECEIVED and NOTED the Integrated Performance Report for December 2025; and
• APPROVED the revised trajectory for patients waiting more than 52 weeks for elective treatment, for submission to NHS England on 6 February 2026.

=TB/26/007   Quality Committee: Chair's report
Susan Achterberg presented the report of the meetings of the Quality Committee held on 11 December 2025 and 15 January 2026, for assurance. The Committee had been partially assured on infection prevention and control, following two outbreaks of norovirus in December that had closed 46 beds for a total of 19 days. It had reviewed the Trust's compliance with the ten safety actions of the Maternity Incentive Scheme (year 7) and recommended that the Board approve the declaration of full compliance. Helen Brooks confirmed that the Local Maternity and Neonatal System had reviewed the evidence and supported the declaration.
The Board:
• RECEIVED the Quality Committee Chair's report on its meetings of 11 December and 15 January, for assurance; and
• APPROVED the Maternity Incentive Scheme year 7 declaration of compliance with all ten safety actions, for submission to NHS Resolution by 5 March 2026.

=TB/26/008   Finance and Performance Committee: Chair's report and Month 9 finance report
Michael Obi presented the Committee's report, for assurance. Peter Maddox said that at month 9 the Trust reported a deficit of £7.3 million against a planned deficit of £4.1 million, and forecast a year-end deficit of £5.9 million. Agency spending had fallen by 38% compared with the previous year. The Committee had considered the business case for the replacement of the Trust's two cardiac catheterisation laboratories, at a capital cost of £4.6 million, and recommended it to the Board.
Gillian Wray asked whether the capital was affordable within the ICB's capital allocation; Mr Maddox said that the ICB's Finance Committee had confirmed the allocation on 20 January 2026.
The Board:
• RECEIVED the Finance and Performance Committee Chair's report for assurance, including its scrutiny of the revised elective trajectory;
• NOTED the month 9 financial position and the forecast year-end deficit of £5.9 million; and
• APPROVED the full business case for the replacement of the two cardiac catheterisation laboratories at a capital cost of £4.6 million.

=TB/26/009   Board Assurance Framework – Quarter 3
The paper was taken as read. Mark Dale said that two risks had increased in score since Quarter 2: BAF risk 3, on the Trust's ability to recruit and retain staff in critical specialties, and BAF risk 6, on the achievement of the financial plan. The Audit and Risk Committee had reviewed the framework on 13 January 2026. Members discussed the wording of risk 4, on the estate, which Gillian Wray said understated the risk from the condition of the Victoria Wing roof, and asked that risk 3 refer specifically to the shortage of sonographers. Mr Dale agreed to make both changes.
The Board:
• APPROVED the Board Assurance Framework for Quarter 3 2025/26, subject to the amendments discussed to risks 3 and 4; and
• AGREED that the Trust's risk appetite statement be reviewed at the Board development session on 26 February 2026.
""", TB_HEAD + """

=TB/26/010   Freedom to Speak Up Guardian: six-monthly report
Ayesha Nwosu presented her report. 74 concerns had been raised in the six months to 30 November 2025, compared with 58 in the previous six months; 31 had an element of bullying or harassment, and 9 related to patient safety. Staff in estates and facilities were under-represented, and she proposed to hold drop-in sessions on night shifts. Leanne Cooper said that the People Committee had asked for a deep dive into the concerns raised in the theatres directorate. Members thanked Ms Nwosu and asked how the Board could be sure that staff who spoke up did not suffer detriment; Ms Nwosu said that every person who raised a concern was contacted three months later.
The Board:
• RECEIVED and NOTED the Freedom to Speak Up Guardian's report; and
• AGREED that the Freedom to Speak Up self-assessment be completed by the Board at its development session in April 2026.

=TB/26/011   Consultant job planning policy
The paper was taken as read. Dr Menon presented the revised policy, which had been agreed with the Local Negotiating Committee on 8 January 2026.
The Board:
• APPROVED the revised consultant job planning policy, to take effect from 1 April 2026.

=TB/26/012   Audit and Risk Committee: Chair's report
Gillian Wray presented the report of the Committee's meeting on 13 January 2026, for assurance. The Committee had received the internal auditors' report on the Trust's management of medical devices, which gave limited assurance, and had agreed the management response. The Committee had approved the accounting policies for 2025/26 under its delegated authority.
The Board:
• RECEIVED the Audit and Risk Committee Chair's report for assurance.

=TB/26/013   Use of the Trust seal
The Board NOTED the use of the Trust seal on two occasions since the last meeting, for the lease of the Vale Road clinic and a land transfer to Northcliffe Borough Council.

=TB/26/014   Questions from members of the public
Mr Leonard Price asked when the car park at Northcliffe General would reopen fully. Carl Fenwick replied that the resurfacing would be complete by 20 March 2026. Ms Joan Ashby asked whether the Trust would reinstate the volunteer drivers' scheme; Helen Brooks said that she would reply in writing.

=TB/26/015   Date of next meeting and exclusion of the public
The next meeting in public will be held on Thursday 26 March 2026 at 9.30 am.
The Board RESOLVED that representatives of the press and other members of the public be excluded from the remainder of the meeting, having regard to the confidential nature of the business to be transacted, under section 1(2) of the Public Bodies (Admission to Meetings) Act 1960.

The Part 1 meeting closed at 12.10 pm.
"""],
}

TBL = "The Board:"
TB4 = "Minutes of the previous meeting, matters arising and action log"
TB6 = "Integrated Performance Report – December 2025"
TB7 = "Quality Committee: Chair's report"
TB8 = "Finance and Performance Committee: Chair's report and Month 9 finance report"
TB9 = "Board Assurance Framework – Quarter 3"
TB10 = "Freedom to Speak Up Guardian: six-monthly report"
TB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="TB/26/004", title=TB4, lead_in=TBL,
         text="APPROVED the minutes of the meeting held on 27 November 2025 as an accurate record",
         note="apologies, declarations (with the Chair's ruling that Professor Lyle may take part) and the "
              "patient story (the Chief Executive's apology and undertaking) are not labelled"),
    dict(page=1, kind="noted", outcome="noted", minute="TB/26/004", title=TB4, lead_in=TBL,
         text="NOTED the updated action log, with actions TB/25/118 and TB/25/121 marked as complete"),
    dict(page=1, kind="noted", outcome="received", minute="TB/26/005", title="Chief Executive's report", lead_in=TBL,
         text="RECEIVED and NOTED the Chief Executive's report, including the Care Quality Commission's report on "
              "urgent and emergency care services",
         note="'RECEIVED and NOTED': kind noted, outcome received (the first verb); 'The report was taken as read' "
              "is not a decision; the CQC's rating, NHS England's approval of the endoscopy bid and the ICB Board's "
              "December agreement are other bodies' decisions"),
    dict(page=2, kind="noted", outcome="received", minute="TB/26/006", title=TB6, lead_in=TBL,
         text="RECEIVED and NOTED the Integrated Performance Report for December 2025",
         note="the heading and the start of the item are on page 1; the trajectory 'agreed with the ICB' is "
              "officers' work before the meeting"),
    dict(page=2, kind="approval", outcome="approved", minute="TB/26/006", title=TB6, lead_in=TBL,
         text="APPROVED the revised trajectory for patients waiting more than 52 weeks for elective treatment, for "
              "submission to NHS England on 6 February 2026"),
    dict(page=2, kind="noted", outcome="received", minute="TB/26/007", title=TB7, lead_in=TBL,
         text="RECEIVED the Quality Committee Chair's report on its meetings of 11 December and 15 January, for "
              "assurance",
         note="the Committee's recommendation and the Local Maternity and Neonatal System's support are not "
              "decisions of the Board"),
    dict(page=2, kind="approval", outcome="approved", minute="TB/26/007", title=TB7, lead_in=TBL,
         text="APPROVED the Maternity Incentive Scheme year 7 declaration of compliance with all ten safety actions, "
              "for submission to NHS Resolution by 5 March 2026"),
    dict(page=2, kind="noted", outcome="received", minute="TB/26/008", title=TB8, lead_in=TBL,
         text="RECEIVED the Finance and Performance Committee Chair's report for assurance, including its scrutiny "
              "of the revised elective trajectory",
         note="the ICB Finance Committee's confirmation of the allocation is another body's"),
    dict(page=2, kind="noted", outcome="noted", minute="TB/26/008", title=TB8, lead_in=TBL,
         text="NOTED the month 9 financial position and the forecast year-end deficit of £5.9 million"),
    dict(page=2, kind="approval", outcome="approved", minute="TB/26/008", title=TB8, lead_in=TBL,
         text="APPROVED the full business case for the replacement of the two cardiac catheterisation laboratories "
              "at a capital cost of £4.6 million"),
    dict(page=2, kind="approval", outcome="approved", minute="TB/26/009", title=TB9, lead_in=TBL,
         text="APPROVED the Board Assurance Framework for Quarter 3 2025/26, subject to the amendments discussed to "
              "risks 3 and 4",
         note="Mr Dale's agreement to make the changes is part of 'subject to the amendments discussed'; the Audit "
              "and Risk Committee's review is earlier business"),
    dict(page=2, kind="agreement", outcome="agreed", minute="TB/26/009", title=TB9, lead_in=TBL,
         text="AGREED that the Trust's risk appetite statement be reviewed at the Board development session on 26 "
              "February 2026"),
    dict(page=3, kind="noted", outcome="received", minute="TB/26/010", title=TB10, lead_in=TBL,
         text="RECEIVED and NOTED the Freedom to Speak Up Guardian's report",
         note="the People Committee's request is another body's; the Guardian's plan for drop-in sessions is "
              "hers"),
    dict(page=3, kind="agreement", outcome="agreed", minute="TB/26/010", title=TB10, lead_in=TBL,
         text="AGREED that the Freedom to Speak Up self-assessment be completed by the Board at its development "
              "session in April 2026",
         note="the Board's own task, no owner named and no exact date: an agreement"),
    dict(page=3, kind="approval", outcome="approved", minute="TB/26/011", title="Consultant job planning policy",
         lead_in=TBL,
         text="APPROVED the revised consultant job planning policy, to take effect from 1 April 2026",
         note="the Local Negotiating Committee's agreement is earlier and another body's"),
    dict(page=3, kind="noted", outcome="received", minute="TB/26/012", title="Audit and Risk Committee: Chair's report",
         lead_in=TBL,
         text="RECEIVED the Audit and Risk Committee Chair's report for assurance",
         note="the Committee's own decisions (the management response, the accounting policies approved under "
              "delegated authority) are not the Board's"),
    dict(page=3, kind="noted", outcome="noted", minute="TB/26/013", title="Use of the Trust seal",
         text="The Board NOTED the use of the Trust seal on two occasions since the last meeting",
         note="public questions (TB/26/014) and Helen Brooks's undertaking to reply are not labelled"),
    dict(page=3, kind="resolution", outcome="agreed", minute="TB/26/015",
         title="Date of next meeting and exclusion of the public",
         text="The Board RESOLVED that representatives of the press and other members of the public be excluded "
              "from the remainder of the meeting"),
]


# ---------------------------------------------------------------------------------------
# 4. County council Adult Social Care and Health Cabinet Committee: proposed Cabinet Member decisions
#    ("Decision No: 26/00004") endorsed, one where the Committee was unable to reach a view (votes equal),
#    reports noted, items asked for on the work programme; "RESOLVED that: (a) …; (b) …"
# ---------------------------------------------------------------------------------------
ASC_HEAD = "=ASHBURY COUNTY COUNCIL – ADULT SOCIAL CARE AND HEALTH CABINET COMMITTEE – 21 JANUARY 2026"
ASC = {
    "file": "ashbury-county-adult-social-care-cabinet-committee-minutes-2026-01-21.pdf",
    "layout": "County council Adult Social Care and Health Cabinet Committee: minutes 84. … 95., proposed "
              "decisions of the Cabinet Member ('Decision No: 26/00004' under the heading) endorsed, one put to "
              "the vote with equal votes so that 'the Committee was unable to reach a view', 'RESOLVED that: "
              "(a) …; (b) …', reports noted, items added to the work programme; running head and a 'Chairman's "
              "signature' footer",
    "meeting_date": "2026-01-21",
    "body": "Ashbury County Council Adult Social Care and Health Cabinet Committee",
    "footer": "ASCH Cabinet Committee – 21.01.2026          Chairman's signature ……………………          Page {n} of {of}",
    "pages": [ASC_HEAD + """

=ASHBURY COUNTY COUNCIL
=MINUTES of a meeting of the Adult Social Care and Health Cabinet Committee held in the Darent Room,
=Sessions House, Ashbury, on Wednesday 21 January 2026 at 10.00 am

PRESENT: Mr R Hollins (Chairman), Mrs S Patel (Vice-Chairman), Mr D Aldous, Mrs C Barrow, Ms J Carrick, Mr P Dyer, Mrs L Evershed, Mr K Fagan, Mrs N Grove, Mr T Hussain and Dr M Ibe.
ALSO PRESENT: Mrs A Wexley (Cabinet Member for Adult Social Care and Public Health) and Mr G Lyon (Deputy Cabinet Member).
IN ATTENDANCE: Mr J Rutherford (Corporate Director Adult Social Care and Health), Ms F Amadi (Director of Adult Social Care Operations), Mr B Sinclair (Director of Commissioning), Dr E Hallam (Director of Public Health), Mr S Kerr (Finance Business Partner) and Miss R Tate (Democratic Services Officer).

=UNRESTRICTED ITEMS

=84.   Apologies and Substitutes
Apologies were received from Mr V Quinn, for whom Mrs N Grove was present as a substitute.

=85.   Declarations of Interests by Members in items on the agenda
Mr Dyer declared that his mother was a resident of a care home that contracts with the Council (item 91). Mrs Carrick declared that she was a trustee of Moorlands Carers' Centre.

=86.   Minutes of the meeting held on 19 November 2025
RESOLVED that the minutes of the meeting held on 19 November 2025 are correctly recorded and that they be signed by the Chairman.

=87.   Verbal updates by the Cabinet Member and the Corporate Director
Mrs Wexley said that she had visited the new discharge-to-assess unit at Ashbury Hospital and had taken decision 25/00121 on 12 December 2025 to extend the contract for the county's community equipment service by one year. Mr Rutherford said that the Government had announced the final Local Government Finance Settlement on 3 February, after the papers for this meeting were published, and that the Cabinet would consider the draft budget on 29 January. He reported that the Care Quality Commission had rated the Council's adult social care services Requires Improvement in its assessment published on 8 October 2025, and that the improvement plan was at item 92.
RESOLVED that the verbal updates by the Cabinet Member and the Corporate Director be noted.

=88.   26/00004 – Adult Social Care Charging Policy: Disability-Related Expenditure
=Decision No: 26/00004
Ms Amadi introduced the report, which set out the proposed decision of the Cabinet Member to revise the Adult Social Care Charging Policy so that a standard allowance of £25 a week for disability-related expenditure is included in every financial assessment, with a higher amount where the person's costs are shown to be greater. The consultation had run from 1 October to 26 November 2025 and had received 1,032 responses, 71% of them supporting the standard allowance. About 3,100 people would pay less as a result, at a cost to the Council of about £1.4 million a year.
Mr Hussain welcomed the proposal but asked how people who had overpaid under the current policy would be treated. Ms Amadi said that the change would not be backdated, but that anyone who had asked for a review of their assessment since 1 April 2025 would have it reconsidered under the new policy. Mrs Barrow asked that the Council write to every person affected, in plain English, before the change took effect.
RESOLVED that:
(a) the Committee endorse the proposed decision to be taken by the Cabinet Member for Adult Social Care and Public Health to adopt the revised Adult Social Care Charging Policy, as shown at Appendix A to the report; and
(b) the Corporate Director Adult Social Care and Health report the effect of the revised policy on the people who pay for their care to the Committee on 11 November 2026.
""", ASC_HEAD + """

=89.   26/00005 – Future of the Brookfield and Moor Lane Day Centres
=Decision No: 26/00005
Mr Sinclair introduced the report, which set out the proposed decision of the Cabinet Member to close the Council's day centres at Brookfield and Moor Lane on 30 September 2026 and to commission day opportunities for the 84 people who attended them from voluntary and community providers. The buildings were in poor condition and would need £2.3 million of repairs; attendance had fallen from 142 people in 2019 to 84. Each person would have a review of their needs before any move. The consultation had received 418 responses, 83% of them opposing the closures.
Mrs Evershed said that the families she had spoken to did not believe that the community providers could meet the needs of people with complex learning disabilities. Mr Fagan said that he could not support the closure of Moor Lane until a replacement building in the north of the county had been identified. Dr Ibe and Mr Aldous said that the Council could not justify spending £2.3 million on buildings that were half empty, and that the report showed that the alternative provision was already in place in the south of the county. Mrs Wexley said that she would consider every view expressed before she took the decision.
The Chairman put the recommendation in the report, that the Committee endorse the proposed decision, to the vote. The votes were equal (5 for, 5 against, 1 abstention), and the Chairman did not use a casting vote. The Committee was therefore unable to reach a view on the proposed decision.
RESOLVED that the Cabinet Member be informed that the Committee was unable to reach a view on the proposed decision, and that the comments made by Members be reported to her before she takes it.

=90.   Adult Social Care Performance Dashboard – Quarter 2 2025/26
Ms Amadi introduced the dashboard. Of the 16 key performance indicators, nine were rated green, four amber and three red; the red indicators were the proportion of Care Act assessments completed within 28 days (54%), the proportion of carers' assessments completed within 28 days (48%) and the number of people waiting for an occupational therapy assessment (1,207). Members asked about the number of people who had been waiting longest; Ms Amadi said that 212 people had waited more than six months for an assessment, all of whom had been contacted to check whether their needs had changed.
RESOLVED that the performance dashboard for Quarter 2 2025/26 be noted.

=91.   26/00006 – Care Home and Home Care Fee Uplifts 2026/27
=Decision No: 26/00006
Mr Sinclair introduced the report, which proposed fee increases of 6.2% for care homes for older people, 5.8% for care homes for working-age adults and 7.1% for home care from 1 April 2026, reflecting the increase in the National Living Wage and in employers' National Insurance contributions. The Ashbury Care Association had written to say that the increases would not cover its members' costs. Mr Kerr said that the proposed uplifts would cost £23.6 million and were included in the draft budget that the Cabinet would consider on 29 January; a higher uplift would require savings elsewhere. Mrs Patel asked that the Cabinet Member consider a higher rate for rural home care, where travel costs were greater.
RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult Social Care and Public Health to agree the fee uplifts for 2026/27 be endorsed, subject to the Cabinet Member considering a higher rate for rural home care.
""", ASC_HEAD + """

=92.   Care Quality Commission Assessment: Improvement Plan
Mr Rutherford introduced the improvement plan prepared in response to the Care Quality Commission's assessment. The plan had 38 actions under the CQC's four themes; 11 had been completed, including the introduction of a single front door for referrals. Mr Hussain asked why waiting times for assessment had been identified as an area for improvement in 2023 and still had not improved. Mr Rutherford said that the number of requests for assessment had risen by 22% in two years and that the new front door had been designed to resolve more requests without a full assessment.
RESOLVED that:
(a) the improvement plan prepared in response to the Care Quality Commission's assessment of the Council's adult social care services be noted; and
(b) the Corporate Director Adult Social Care and Health submit a progress report on the improvement plan to the Committee on 13 May 2026.

=93.   Public Health: Substance Misuse Services Update
Dr Hallam gave a presentation on the performance of the county's drug and alcohol treatment services, commissioned from Turning Point Ashbury, and on the Government's grant for 2026/27, which had been confirmed at £5.9 million. Members asked about the waiting times for residential rehabilitation and about the services for young people. The Chairman thanked Dr Hallam for the presentation. The Committee noted the update; no resolution was required.

=94.   Work Programme 2026
The Committee considered its work programme. Mrs Carrick asked for a report on the support available to unpaid carers, and Mr Fagan asked for a report on the waiting list for occupational therapy assessments.
RESOLVED that:
(a) the work programme for 2026, as set out in the appendix to the report, be noted; and
(b) reports on the support available to unpaid carers and on the waiting list for occupational therapy assessments be added to the work programme for the meeting on 13 May 2026.

=95.   Date of next programmed meeting
Wednesday 11 March 2026 at 10.00 am.

The meeting closed at 12.55 pm.
"""],
}

RT = "RESOLVED that:"
A88 = "26/00004 – Adult Social Care Charging Policy: Disability-Related Expenditure"
A89 = "26/00005 – Future of the Brookfield and Moor Lane Day Centres"
A92 = "Care Quality Commission Assessment: Improvement Plan"
CM = "Cabinet Member for Adult Social Care and Public Health"
ASC_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="86", title="Minutes of the meeting held on 19 November 2025",
         text="RESOLVED that the minutes of the meeting held on 19 November 2025 are correctly recorded and that they "
              "be signed by the Chairman",
         note="apologies, the substitution and the declarations are not labelled"),
    dict(page=1, kind="noted", outcome="noted", minute="87",
         title="Verbal updates by the Cabinet Member and the Corporate Director",
         text="RESOLVED that the verbal updates by the Cabinet Member and the Corporate Director be noted",
         note="the Cabinet Member's decision 25/00121 of 12 December, the Government's settlement and the CQC's "
              "rating are others' (or earlier) decisions"),
    dict(page=1, kind="recommendation", outcome="recommended", minute="88", item="a", title=A88, ref="26/00004",
         lead_in=RT, to=CM,
         text="the Committee endorse the proposed decision to be taken by the Cabinet Member for Adult Social Care "
              "and Public Health to adopt the revised Adult Social Care Charging Policy",
         note="a Cabinet Committee's endorsement of a Cabinet Member's proposed decision is advice to the decision "
              "maker: kind recommendation, `to` the Cabinet Member; `ref` the proposed decision's number printed "
              "under the heading; Mrs Barrow's request to write to everyone affected is debate"),
    dict(page=1, kind="action", outcome=None, minute="88", item="b", title=A88, ref="26/00004", lead_in=RT,
         owner="Corporate Director Adult Social Care and Health", deadline="2026-11-11",
         text="the Corporate Director Adult Social Care and Health report the effect of the revised policy on the "
              "people who pay for their care"),
    dict(page=2, kind="motion", outcome="lost", minute="89", title=A89, ref="26/00005",
         votes={"for": 5, "against": 5, "abstain": 1},
         text="The Chairman put the recommendation in the report, that the Committee endorse the proposed decision, "
              "to the vote",
         note="votes equal and no casting vote: the recommendation was not carried (outcome lost), so 'the "
              "Committee was therefore unable to reach a view', which is not itself labelled; Mrs Wexley's "
              "undertaking is not a decision"),
    dict(page=2, kind="agreement", outcome="agreed", minute="89", title=A89, ref="26/00005",
         text="RESOLVED that the Cabinet Member be informed that the Committee was unable to reach a view on the "
              "proposed decision",
         note="what the Committee did decide: to tell the Cabinet Member and report Members' comments to her"),
    dict(page=2, kind="noted", outcome="noted", minute="90",
         title="Adult Social Care Performance Dashboard – Quarter 2 2025/26",
         text="RESOLVED that the performance dashboard for Quarter 2 2025/26 be noted"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="91",
         title="26/00006 – Care Home and Home Care Fee Uplifts 2026/27", ref="26/00006", to=CM,
         text="RESOLVED that the proposed decision to be taken by the Cabinet Member for Adult Social Care and "
              "Public Health to agree the fee uplifts for 2026/27 be endorsed",
         note="the Cabinet's budget meeting on 29 January and the Care Association's letter are not decisions of "
              "this meeting"),
    dict(page=3, kind="noted", outcome="noted", minute="92", item="a", title=A92, lead_in=RT,
         text="the improvement plan prepared in response to the Care Quality Commission's assessment of the "
              "Council's adult social care services be noted"),
    dict(page=3, kind="action", outcome=None, minute="92", item="b", title=A92, lead_in=RT,
         owner="Corporate Director Adult Social Care and Health", deadline="2026-05-13",
         text="the Corporate Director Adult Social Care and Health submit a progress report on the improvement plan "
              "to the Committee on 13 May 2026",
         note="'The Committee noted the update; no resolution was required' (93) is not labelled; the "
              "Government's grant is another body's decision"),
    dict(page=3, kind="noted", outcome="noted", minute="94", item="a", title="Work Programme 2026", lead_in=RT,
         text="the work programme for 2026, as set out in the appendix to the report, be noted"),
    dict(page=3, kind="agreement", outcome="agreed", minute="94", item="b", title="Work Programme 2026", lead_in=RT,
         text="reports on the support available to unpaid carers and on the waiting list for occupational therapy "
              "assessments be added to the work programme",
         note="Members' requests that led to it are not labelled apart"),
]


# ---------------------------------------------------------------------------------------
# 5. Health Overview and Scrutiny Committee: a "substantial variation" finding, a motion to ask the Secretary of
#    State to call in the proposals lost on a vote, a resolution not to refer, recommendations to an NHS trust
#    and the ICB with a response deadline, a referral to the Health and Wellbeing Board; "RESOLVED – That (1) …"
# ---------------------------------------------------------------------------------------
HO_HEAD = "=Wyndham County Council                  Health Overview and Scrutiny Committee                  11 February 2026"
HO = {
    "file": "wyndham-health-overview-scrutiny-committee-minutes-2026-02-11.pdf",
    "layout": "County Health Overview and Scrutiny Committee: minutes 1/26 … 9/26, NHS presenters, 'RESOLVED – "
              "That:' with numbered parts (a substantial variation finding, a decision not to refer the proposals "
              "to the Secretary of State after a motion to do so was lost on a vote, recommendations to an NHS "
              "trust and the ICB, a response deadline), an update noted and a further update asked for, a referral "
              "to the Health and Wellbeing Board; running head and a footer",
    "meeting_date": "2026-02-11",
    "body": "Wyndham County Council Health Overview and Scrutiny Committee",
    "footer": "Wyndham HOSC – Minutes – 11 February 2026          Chair: ……………………          Page {n} of {of}",
    "pages": [HO_HEAD + """

=WYNDHAM COUNTY COUNCIL
=HEALTH OVERVIEW AND SCRUTINY COMMITTEE
=Minutes of the meeting held on Wednesday 11 February 2026 at 10.30 am at County Hall, Wyndham

Present: Councillor Bridget Hart (Chair); Councillor Nigel Shore (Vice-Chair); Councillors Anwar Begum, Clive Dobson, Emma Frost, Rhys Gower, Lorraine Hastings, Vikram Jain, Daniel Kemp, Olu Lawal, Sheila Morton and Adam Norris; Councillor Ruth Vance (co-opted, Lymebridge District Council).
Also present: Dr Philippa Crane (Chief Medical Officer, NHS Wyndham and Lyme Integrated Care Board); Martin Gale (Director of Strategy, Westbrook Hospitals NHS Trust); Dr Kwame Asante (Consultant Stroke Physician, Westbrook Hospitals NHS Trust); Louise Barnes (Head of Operations, Wessex Coast Ambulance Service NHS Foundation Trust); Tom Fielding (Head of Primary Care Commissioning, ICB); Sarah Kiln (Healthwatch Wyndham).
Officers: Jennifer Oakes (Senior Scrutiny Officer); Malcolm Reid (Principal Lawyer); Harriet Wells (Democratic Services Officer).

=1/26   Apologies and substitutions
Apologies were received from Councillor Paul Ridley, for whom Councillor Adam Norris attended as a substitute.

=2/26   Declarations of interest
Councillor Hastings declared a non-pecuniary interest in minute 4/26 as a public governor of Westbrook Hospitals NHS Trust. Councillor Jain declared that his wife is employed as a nurse at Lymebridge Community Hospital. Both remained in the meeting.

=3/26   Minutes
RESOLVED – That the minutes of the meeting held on 10 December 2025 be confirmed as a correct record and signed by the Chair.

=4/26   Proposed reconfiguration of hyper-acute stroke services
Dr Crane and Martin Gale presented the proposals of NHS Wyndham and Lyme Integrated Care Board and Westbrook Hospitals NHS Trust to concentrate hyper-acute stroke care for the county at a single unit at Westbrook General Hospital, so that the unit at Lymebridge General Hospital would provide stroke rehabilitation only. The ICB Board had agreed on 16 January 2026 to consult the public on the proposals, and the consultation would run from 2 March to 25 May 2026. NHS England had approved the proposals at stage 2 of its assurance process in November 2025. Dr Asante said that the evidence from other regions showed that a single specialist unit, seeing more than 600 patients a year, would save about 25 lives a year in the county and reduce disability among survivors.
Members questioned the presenters at length. Councillor Gower said that the journey time by ambulance from the west of the county to Westbrook General would be more than 60 minutes in bad weather. Louise Barnes said that the ambulance service's modelling showed that 94% of the county's population would be within 45 minutes of the unit, but accepted that the modelling did not allow for winter conditions on the A39. Councillor Lawal asked what would happen to the 41 nurses at Lymebridge; Mr Gale said that all would be offered posts, either at Westbrook or in the rehabilitation unit. Sarah Kiln said that Healthwatch had heard from many residents in the west who were worried about the travel time for their families. Councillor Begum asked why the ICB had not consulted on an option that kept a unit at Lymebridge; Dr Crane said that the option had been considered and rejected because Lymebridge would not see enough patients to meet the national standards.
Malcolm Reid advised the Committee that it had to decide whether the proposals were a substantial variation in the provision of health services, in which case the NHS bodies were required to consult it. He reminded Members that, under the Government's arrangements introduced in 2024, the Committee could no longer refer proposals to the Secretary of State but could ask the Secretary of State to call them in, and that the statutory guidance expected local discussion to be exhausted first.
""", HO_HEAD + """

Councillor Gower moved, seconded by Councillor Begum, that the Committee ask the Secretary of State for Health and Social Care to call in the proposals, on the grounds that they were not in the interests of the health service in the west of the county. Councillor Shore said that the request would be premature, because the consultation had not started and the NHS bodies had not yet responded to the Committee's concerns. On being put to the vote the motion was LOST (4 for, 8 against, 1 abstention).
RESOLVED – That:
(1) the Committee considers that the proposed reconfiguration of hyper-acute stroke services constitutes a substantial variation in the provision of health services in the county;
(2) the Committee does not, at this stage, ask the Secretary of State for Health and Social Care to call in the proposals, but will review that position when the consultation has closed;
(3) the following recommendations be made to Westbrook Hospitals NHS Trust and NHS Wyndham and Lyme Integrated Care Board:
(a) that the consultation include an option that retains a hyper-acute stroke unit at Lymebridge General Hospital, or explain in full why it does not;
(b) that the ambulance service's modelling of journey times be repeated for winter conditions and published before the consultation closes;
(c) that a transport and accommodation scheme for the families of patients from the west of the county be set out in the consultation document;
(4) the Trust and the ICB be asked to respond in writing to the recommendations in (3) by 13 April 2026; and
(5) authority be delegated to the Senior Scrutiny Officer, in consultation with the Chair and Vice-Chair, to prepare the Committee's formal response to the consultation for approval at its meeting on 10 June 2026.
The Chair thanked the presenters for their attendance.

=5/26   Ambulance handover delays
Louise Barnes presented an update on ambulance handover delays at the county's emergency departments. The average handover time at Westbrook General in January 2026 had been 52 minutes, against a standard of 15 minutes, and 3,140 hours had been lost to handovers of more than 30 minutes. The Trust's new receiving area, opened in December, had reduced the longest waits. Councillor Morton asked how many patients had come to harm while waiting in ambulances; Ms Barnes said that 14 incidents had been reported in the quarter and that each was being investigated jointly with the hospital trust. Councillor Dobson said that the figures were unacceptable and that the Committee should keep the matter under close review.
RESOLVED – That:
(1) the update on ambulance handover delays at the county's emergency departments be noted; and
(2) the Committee receive a further update from Wessex Coast Ambulance Service NHS Foundation Trust at its meeting on 10 June 2026.

=6/26   Access to NHS dentistry
Tom Fielding presented a report on access to NHS dentistry in the county, for which the ICB had been responsible since 1 April 2023. Only 38% of adults had seen an NHS dentist in the past two years, against 41% in England, and no practice in the county was accepting new adult NHS patients. The ICB had commissioned 6,000 urgent care appointments a year and had agreed in October 2025 to fund a dental therapy training scheme with the University of Wyndham. Members were concerned that the problem was being treated as one for the NHS alone; Councillor Frost said that the Council's public health team ran oral health programmes for children and that the Health and Wellbeing Board should consider a joint plan. Sarah Kiln said that dentistry was the subject of more calls to Healthwatch than any other service.
""", HO_HEAD + """

RESOLVED – That:
(1) the report on access to NHS dentistry in the county be noted; and
(2) the Committee's concerns about access to NHS dentistry be referred to the Wyndham Health and Wellbeing Board, with a request that it consider a joint oral health plan for the county.

=7/26   NHS Quality Accounts 2025/26
Jennifer Oakes reported that the three NHS trusts providing services in the county would send their draft Quality Accounts for 2025/26 to the Committee in April and May 2026, and that the Committee could provide a statement for inclusion in each within 30 days. As the Committee would not meet in that period, she proposed that the Chair and Vice-Chair prepare the statements.
RESOLVED – That the Chair and Vice-Chair be authorised to prepare and submit the Committee's statements on the draft Quality Accounts 2025/26 of the three NHS trusts.

=8/26   Work programme
Jennifer Oakes presented the Committee's work programme. Members asked that a report on mental health crisis services for children and young people be added, and that the review of community hospital beds be brought forward to June.
RESOLVED – That the work programme be agreed, with the addition of a report on mental health crisis services for children and young people.

=9/26   Date of next meeting
Wednesday 10 June 2026 at 10.30 am at County Hall, Wyndham.

The meeting closed at 1.25 pm.
"""],
}

RH = "RESOLVED – That:"
O4 = "Proposed reconfiguration of hyper-acute stroke services"
O5 = "Ambulance handover delays"
O6 = "Access to NHS dentistry"
TRUSTS = "Westbrook Hospitals NHS Trust; NHS Wyndham and Lyme Integrated Care Board"
HO_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="3/26", title="Minutes",
         text="RESOLVED – That the minutes of the meeting held on 10 December 2025 be confirmed as a correct record "
              "and signed by the Chair",
         note="apologies, the substitution and the two declarations are not labelled"),
    dict(page=2, kind="motion", outcome="lost", minute="4/26", title=O4, proposer="Councillor Gower",
         seconder="Councillor Begum", votes={"for": 4, "against": 8, "abstain": 1},
         text="Councillor Gower moved, seconded by Councillor Begum, that the Committee ask the Secretary of State "
              "for Health and Social Care to call in the proposals",
         note="the ICB Board's agreement of 16 January to consult and NHS England's stage 2 approval (page 1) are "
              "other bodies' decisions; the lawyer's advice is not a decision"),
    dict(page=2, kind="agreement", outcome="agreed", minute="4/26", item="1", title=O4, lead_in=RH,
         text="the Committee considers that the proposed reconfiguration of hyper-acute stroke services constitutes "
              "a substantial variation in the provision of health services",
         note="the substantial variation finding: an agreement"),
    dict(page=2, kind="agreement", outcome="agreed", minute="4/26", item="2", title=O4, lead_in=RH,
         text="the Committee does not, at this stage, ask the Secretary of State for Health and Social Care to call "
              "in the proposals",
         note="a decision not to refer: kind agreement (a referral was not made); the lost motion is labelled "
              "apart"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="4/26", item="3", title=O4, lead_in=RH,
         to=TRUSTS,
         text="the following recommendations be made to Westbrook Hospitals NHS Trust and NHS Wyndham and Lyme "
              "Integrated Care Board:",
         note="one label for part (3); its lettered recommendations (a) to (c) are its content and are not "
              "labelled apart"),
    dict(page=2, kind="action", outcome=None, minute="4/26", item="4", title=O4, lead_in=RH,
         owner="Westbrook Hospitals NHS Trust and NHS Wyndham and Lyme ICB", deadline="2026-04-13",
         text="the Trust and the ICB be asked to respond in writing to the recommendations in (3) by 13 April 2026",
         note="the response deadline set for the NHS bodies: an action"),
    dict(page=2, kind="delegation", outcome="agreed", minute="4/26", item="5", title=O4, lead_in=RH,
         text="authority be delegated to the Senior Scrutiny Officer, in consultation with the Chair and Vice-Chair, "
              "to prepare the Committee's formal response to the consultation",
         note="the Chair's thanks are not labelled"),
    dict(page=2, kind="noted", outcome="noted", minute="5/26", item="1", title=O5, lead_in=RH,
         text="the update on ambulance handover delays at the county's emergency departments be noted"),
    dict(page=2, kind="action", outcome=None, minute="5/26", item="2", title=O5, lead_in=RH,
         owner="Wessex Coast Ambulance Service NHS Foundation Trust", deadline="2026-06-10",
         text="the Committee receive a further update from Wessex Coast Ambulance Service NHS Foundation Trust at "
              "its meeting on 10 June 2026"),
    dict(page=3, kind="noted", outcome="noted", minute="6/26", item="1", title=O6, lead_in=RH,
         text="the report on access to NHS dentistry in the county be noted",
         note="the heading and report are on page 2, the resolution and its lead-in at the top of page 3; the "
              "ICB's October 2025 decision to fund the training scheme is another body's"),
    dict(page=3, kind="referral", outcome="referred", minute="6/26", item="2", title=O6, lead_in=RH,
         to="Wyndham Health and Wellbeing Board",
         text="the Committee's concerns about access to NHS dentistry be referred to the Wyndham Health and "
              "Wellbeing Board"),
    dict(page=3, kind="delegation", outcome="agreed", minute="7/26", title="NHS Quality Accounts 2025/26",
         text="RESOLVED – That the Chair and Vice-Chair be authorised to prepare and submit the Committee's "
              "statements on the draft Quality Accounts",
         note="'be authorised to': a delegation"),
    dict(page=3, kind="agreement", outcome="agreed", minute="8/26", title="Work programme",
         text="RESOLVED – That the work programme be agreed, with the addition of a report on mental health crisis "
              "services for children and young people",
         note="Members' request to bring the community hospital beds review forward to June is not in the "
              "resolution and is not labelled; the date of the next meeting is not labelled"),
]


DOCS = [(HWB, HWB_LABELS), (ICP, ICP_LABELS), (TB, TB_LABELS), (ASC, ASC_LABELS), (HO, HO_LABELS)]

if __name__ == "__main__":
    build_set(__file__, DOCS, "le", actions_have_no_outcome=True)
