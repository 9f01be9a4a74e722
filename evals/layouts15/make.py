"""Write the five layouts15 documents (a Corporate Parenting Panel, a committee's minute extract in a County Council
pack, an officers' and members' meeting note, an old-style charity trust board, a committee's recommendations
appendix; PDFs with a real text layer, two or three pages each) and their labels.

    .venv/bin/python evals/layouts15/make.py

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py (``build_set``):
in a page's source every line is one paragraph, wrapped at 92 characters; a line starting with "=" is printed as
it stands; the footer is added as each page's last line. Every page starts with the document's running head and
ends with its footer ("Page n of m"). The meeting note's attendees table and its closing "Decisions/agreements"
box are built with ``table`` of evals/layouts/make.py. All bodies, people and figures are fictional. Written
blind (see README.md).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the repository root holds evals
from evals.layouts.make import build_set, table  # noqa: E402

# ---------------------------------------------------------------------------------------
# 1. County council Corporate Parenting Panel: numbered minutes "41." …, foster carers' and young people's
#    representatives, "RESOLVED that the report be noted", "RESOLVED that the verbal update be noted", "The Panel
#    agreed that the Chair would write …" (an action with owner and date), a young people's presentation
# ---------------------------------------------------------------------------------------
CPP_HEAD = "=NORTHMOOR COUNTY COUNCIL                                          Corporate Parenting Panel – 23 January 2025"
CPP = {
    "file": "northmoor-corporate-parenting-panel-minutes-2025-01-23.pdf",
    "layout": "County council Corporate Parenting Panel: minutes 41. … 53., foster carers' and young people's "
              "representatives present, a young people's presentation, many reports 'RESOLVED that the report be "
              "noted', a verbal update noted, 'The Panel agreed that the Chair would write …' with a date, a "
              "recommendation to Cabinet",
    "meeting_date": "2025-01-23",
    "body": "Northmoor County Council Corporate Parenting Panel",
    "footer": "Corporate Parenting Panel 23.01.25                          Chairman ……………………………              Page {n} of {of}",
    "pages": [CPP_HEAD + """

=NORTHMOOR COUNTY COUNCIL
=MINUTES of a meeting of the CORPORATE PARENTING PANEL held at County Hall, Northmoor
=on Thursday, 23 January 2025 at 10.00 am

PRESENT: Councillor Sheila Garbutt (Chairman), Councillor Peter Hale (Vice-Chairman), Councillor Anwen Rees, Councillor Dominic Fairley, Councillor Joan Pettit and Councillor Rashid Malik.
Co-opted representatives: Mrs Carol Dunning (Northmoor Foster Carers' Association) and Ellie B and Jordan K (Voice of Northmoor, the Children in Care Council), supported by Ms Kerry Lamb (Participation Worker).
ALSO PRESENT: Mr Neil Atherton (Director of Children's Services), Ms Fiona Caddick (Assistant Director, Children in Care and Care Leavers), Mrs Judith Orme (Head of the Virtual School), Mr Simon Ward (Head of Placements and Commissioning), Ms Aisha Noor (Independent Reviewing Service Manager) and Mr Luke Penrose (Democratic Services Officer).

=41.   APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor Martin Frost and from Mr Andrew Coles (Designated Nurse for Looked After Children, NHS Northmoor Integrated Care Board).

=42.   DECLARATIONS OF INTEREST
Councillor Pettit declared a personal interest as an approved foster carer for the County Council. Mrs Dunning declared a personal interest in minute 48 as a foster carer. Neither interest was considered to be prejudicial.

=43.   MINUTES
RESOLVED that the minutes of the meeting of the Panel held on 14 November 2024 be approved as a correct record and signed by the Chairman.
Matters arising: with reference to minute 35, the Director reported that the Cabinet had agreed on 10 December 2024 to increase the fostering allowances paid to the Council's foster carers by 5% from April 2025. Mrs Dunning thanked the Panel for its support.

=44.   VOICE OF NORTHMOOR – "OUR TEN ASKS FOR LEAVING CARE"
Ellie and Jordan gave a presentation on the work of Voice of Northmoor since the summer, and on the ten asks for leaving care which the Children in Care Council had drawn up after a survey of 86 care leavers. The asks included a guaranteed offer of a work experience placement within the Council, help with driving lessons, the extension of the council tax exemption for care leavers from 21 to 25, and a named worker who would stay with a young person until the age of 25. Jordan described his own experience of moving into a flat at 18 with no furniture for the first three weeks.
Members thanked the young people for a powerful presentation. Councillor Rees said that the Panel should support the council tax ask, which was within the Council's own gift. Councillor Malik asked how many care leavers were currently not in education, employment or training; Ms Caddick said that the figure was 38% of those aged 19 to 21 and that she would circulate the breakdown by district after the meeting. The Director said that several of the asks had costs which would need to be considered in the budget for 2025/26, which Cabinet would recommend to the County Council in February.
The Panel agreed that the Chairman would write to the Leader of the Council supporting the extension of the council tax exemption for care leavers to age 25, the letter to be sent by 7 February 2025.
RESOLVED that:
(a) the presentation from Voice of Northmoor on the ten asks for leaving care be noted, with thanks; and
(b) the Assistant Director, Children in Care and Care Leavers, report the Council's response to each of the ten asks to the Panel's meeting on 20 March 2025.
""", CPP_HEAD + """

=45.   PERFORMANCE SCORECARD – QUARTER 3 2024/25
The Panel considered the performance scorecard for children in care and care leavers for the quarter to 31 December 2024. The number of children in care was 612, compared with 597 at the end of the previous quarter; 71% were living with foster carers, of whom 44% were with the Council's own carers. Placement stability had improved, with 8.1% of children having three or more placements in the year against 10.4% a year earlier. Councillor Fairley asked why the proportion of initial health assessments completed within 20 working days had fallen to 52%. Ms Caddick explained that the Integrated Care Board had lost two paediatricians and that a recovery plan had been agreed with the Designated Nurse.
RESOLVED that the report be noted.

=46.   VIRTUAL SCHOOL HEAD'S ANNUAL REPORT 2023/24
Mrs Orme presented her annual report. The report recommended that the Panel "note the report and endorse the priorities of the Virtual School for 2024/25". Attainment at Key Stage 4 had improved, with 21% of children in care achieving a grade 4 or above in English and mathematics. There had been no permanent exclusions of children in care in the year, but 64 children had received at least one suspension. Councillor Hale asked how many of these children attended schools outside the county; Mrs Orme said that she did not have the figure to hand and would provide it in writing. Mrs Dunning said that foster carers wanted to be invited to personal education plan meetings as of right.
RESOLVED that:
(a) the Virtual School Head's annual report for the academic year 2023/24 be noted; and
(b) the priorities of the Virtual School for 2024/25, set out in section 7 of the report, be endorsed.

=47.   SUFFICIENCY STRATEGY – VERBAL UPDATE
Mr Ward gave a verbal update on the Placement Sufficiency Strategy 2023–2026. The Cabinet had approved on 10 December 2024 the purchase of two properties to be run as the Council's own small children's homes, and the first was expected to open in September 2025. The number of children placed more than 20 miles from home had fallen from 118 to 104. Members asked about the cost of residential placements; Mr Ward said that the average weekly cost of an external placement was now £6,240.
RESOLVED that the verbal update on the Placement Sufficiency Strategy be noted.

=48.   FOSTERING SERVICE – RECRUITMENT AND RETENTION
The Panel considered a report on the recruitment and retention of foster carers. Eleven new fostering households had been approved in the first three quarters of 2024/25, against a target of 20, and nine households had left. Mrs Dunning said that carers who left most often gave as their reasons the lack of support out of hours and the time taken to agree respite. She asked that members meet foster carers where they were, rather than expect carers to come to County Hall. Members welcomed the suggestion.
The Panel agreed that its meeting on 19 June 2025 be held at the Brookfield Family Centre, Thirsby, so that foster carers could attend, and asked the Democratic Services Officer to make the arrangements.
RESOLVED that the report be noted.
""", CPP_HEAD + """

=49.   LOCAL OFFER FOR CARE LEAVERS – 2025 REFRESH
Ms Caddick presented the refreshed Local Offer for Care Leavers, which the Council is required to publish under the Children and Social Work Act 2017. The refresh had been written with Voice of Northmoor and included, for the first time, a setting-up home allowance of £3,000 and free leisure passes to the age of 25. Jordan asked that the offer say that care leavers could get free prescriptions; Ms Caddick said that this was a national entitlement for care leavers in some circumstances and would be added. The Panel's terms of reference required the Local Offer to be adopted by the Cabinet.
RESOLVED that:
(a) the report on the 2025 refresh of the Local Offer for Care Leavers be noted;
(b) the Panel recommends to the Cabinet that the refreshed Local Offer for Care Leavers be adopted, subject to the addition of information on free prescriptions; and
(c) the Director of Children's Services be authorised to make minor changes to the wording of the Local Offer before its publication.

=50.   INDEPENDENT REVIEWING OFFICERS' ANNUAL REPORT 2023/24
Ms Noor presented the annual report of the Independent Reviewing Service. 96% of reviews had been held on time, and 88% of children aged four and over had taken part in their review. The report had been considered by the Children's Services Leadership Team in November 2024, which had agreed an action plan on the quality of care plans.
RESOLVED that the report be noted.

=51.   OFSTED INSPECTIONS OF THE COUNCIL'S CHILDREN'S HOMES
The Panel received a summary of the outcomes of Ofsted inspections of the Council's four children's homes since the last meeting. Ofsted had judged Maple House to be Good in all areas in November 2024, and had issued one requirement at Oakfield Lodge about the recording of restraint, which the registered manager had addressed. Councillor Malik asked that the Panel's members be invited to visit the homes; the Chairman said that the rota for visits would be circulated.
RESOLVED that the report be noted.

=52.   WORK PROGRAMME
The Panel considered its work programme for 2025.
RESOLVED that the work programme be agreed, with the addition of a report on the health of children in care, to include initial health assessments, at the meeting on 20 March 2025.

=53.   DATE OF NEXT MEETING
The next meeting will be held on Thursday 20 March 2025 at 10.00 am at County Hall.

The meeting closed at 12.40 pm.
"""],
}

RT = "RESOLVED that:"
C44 = "VOICE OF NORTHMOOR – \"OUR TEN ASKS FOR LEAVING CARE\""
C46 = "VIRTUAL SCHOOL HEAD'S ANNUAL REPORT 2023/24"
C48 = "FOSTERING SERVICE – RECRUITMENT AND RETENTION"
C49 = "LOCAL OFFER FOR CARE LEAVERS – 2025 REFRESH"
CPP_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="43", title="MINUTES",
         text="RESOLVED that the minutes of the meeting of the Panel held on 14 November 2024 be approved as a "
              "correct record and signed by the Chairman",
         note="apologies and the two declarations are not labelled; the Cabinet's agreement of 10 December 2024 "
              "to raise fostering allowances (matters arising) is another body's decision"),
    dict(page=1, kind="action", outcome=None, minute="44", title=C44, owner="Chairman", deadline="2025-02-07",
         text="The Panel agreed that the Chairman would write to the Leader of the Council supporting the extension "
              "of the council tax exemption for care leavers to age 25",
         note="'The Panel agreed' that its Chairman write, with a date: an action; the young people's asks are "
              "their presentation, and Ms Caddick's promise to circulate the NEET breakdown is a reply, not "
              "labelled"),
    dict(page=1, kind="noted", outcome="noted", minute="44", title=C44, item="a", lead_in=RT,
         text="the presentation from Voice of Northmoor on the ten asks for leaving care be noted, with thanks"),
    dict(page=1, kind="action", outcome=None, minute="44", title=C44, item="b", lead_in=RT,
         owner="Assistant Director, Children in Care and Care Leavers", deadline="2025-03-20",
         text="the Assistant Director, Children in Care and Care Leavers, report the Council's response to each of "
              "the ten asks to the Panel's meeting on 20 March 2025"),
    dict(page=2, kind="noted", outcome="noted", minute="45", title="PERFORMANCE SCORECARD – QUARTER 3 2024/25",
         text="RESOLVED that the report be noted.",
         note="short text: the whole resolution; the ICB's recovery plan is not the Panel's decision"),
    dict(page=2, kind="noted", outcome="noted", minute="46", title=C46, item="a", lead_in=RT,
         text="the Virtual School Head's annual report for the academic year 2023/24 be noted",
         note="the report's recommendation quoted before the debate is not labelled; Mrs Orme's undertaking to "
              "reply in writing is not a decision"),
    dict(page=2, kind="endorsement", outcome="endorsed", minute="46", title=C46, item="b", lead_in=RT,
         text="the priorities of the Virtual School for 2024/25, set out in section 7 of the report, be endorsed"),
    dict(page=2, kind="noted", outcome="noted", minute="47", title="SUFFICIENCY STRATEGY – VERBAL UPDATE",
         text="RESOLVED that the verbal update on the Placement Sufficiency Strategy be noted",
         note="the Cabinet's approval of 10 December 2024 to buy two properties is another body's decision"),
    dict(page=2, kind="agreement", outcome="agreed", minute="48", title=C48,
         text="The Panel agreed that its meeting on 19 June 2025 be held at the Brookfield Family Centre, Thirsby, "
              "so that foster carers could attend",
         note="a decision about the Panel's own meeting; 'asked the Democratic Services Officer to make the "
              "arrangements' has no date and stays inside the agreement"),
    dict(page=2, kind="noted", outcome="noted", minute="48", title=C48,
         text="RESOLVED that the report be noted.",
         note="the same words as minute 45's resolution on the same page; this one follows the agreement on "
              "the June meeting"),
    dict(page=3, kind="noted", outcome="noted", minute="49", title=C49, item="a", lead_in=RT,
         text="the report on the 2025 refresh of the Local Offer for Care Leavers be noted"),
    dict(page=3, kind="recommendation", outcome="recommended", minute="49", title=C49, item="b", lead_in=RT,
         to="Cabinet",
         text="the Panel recommends to the Cabinet that the refreshed Local Offer for Care Leavers be adopted, "
              "subject to the addition of information on free prescriptions"),
    dict(page=3, kind="delegation", outcome="agreed", minute="49", title=C49, item="c", lead_in=RT,
         text="the Director of Children's Services be authorised to make minor changes to the wording of the "
              "Local Offer before its publication"),
    dict(page=3, kind="noted", outcome="noted", minute="50",
         title="INDEPENDENT REVIEWING OFFICERS' ANNUAL REPORT 2023/24",
         text="RESOLVED that the report be noted.",
         note="the Children's Services Leadership Team's action plan is another body's decision"),
    dict(page=3, kind="noted", outcome="noted", minute="51", title="OFSTED INSPECTIONS OF THE COUNCIL'S CHILDREN'S HOMES",
         text="RESOLVED that the report be noted.",
         note="Ofsted's judgement is not a decision of the Panel; the Chairman's remark that a rota will be "
              "circulated is not labelled"),
    dict(page=3, kind="agreement", outcome="agreed", minute="52", title="WORK PROGRAMME",
         text="RESOLVED that the work programme be agreed, with the addition of a report on the health of children "
              "in care, to include initial health assessments",
         note="the date of the next meeting is not labelled"),
]


# ---------------------------------------------------------------------------------------
# 2. An extract from another committee's minutes inside a County Council agenda pack: two minutes of the Audit
#    and Governance Committee of 21 November 2024, each "RESOLVED that … the Committee recommends to the County
#    Council that …" with "(Note: this recommendation is considered at item 7 of this agenda)". The meeting date
#    is the committee's, not the pack's (12 December 2024)
# ---------------------------------------------------------------------------------------
EX_HEAD = "=Oakshire County Council – Meeting of the County Council – 12 December 2024                     Agenda Item 6(b)"
EX = {
    "file": "oakshire-county-council-2024-12-12-item-6b-extract-audit-governance-committee-2024-11-21.pdf",
    "layout": "Extract from the minutes of the Audit and Governance Committee of 21 November 2024 printed in the "
              "County Council's pack of 12 December 2024: two minutes, 'RESOLVED that … the Committee recommends "
              "to the County Council that …', '(Note: this recommendation is considered at item 7 of this "
              "agenda)'",
    "meeting_date": "2024-11-21",
    "body": "Oakshire County Council Audit and Governance Committee",
    "footer": "County Council – 12 December 2024 – Agenda Item 6(b)                                              Page {n} of {of}",
    "pages": [EX_HEAD + """

=REPORTS OF COMMITTEES
=Agenda Item 6(b) – Audit and Governance Committee

1. The Audit and Governance Committee met on 21 November 2024. The relevant extract from the minutes of that meeting is set out below. The full minutes will be submitted to the Committee for approval at its meeting on 30 January 2025 and are available on the Council's website.
2. The County Council is asked to note the extract. The Committee's recommendations on the Contract Procedure Rules and on the treasury management prudential indicators are considered separately at items 7 and 8 of this agenda, with the reports that the Committee considered.
Contact officer: Helen Varley, Senior Democratic Services Officer, 01632 960 418

=EXTRACT FROM THE MINUTES OF THE MEETING OF THE AUDIT AND GOVERNANCE COMMITTEE
=HELD AT SHIRE HALL, OAKHAMPTON, ON THURSDAY 21 NOVEMBER 2024 AT 2.00 PM

Present: Councillor Roger Thewlis (Chairman), Councillor Beatrice Lomax (Vice-Chairman), Councillors Kenneth Doyle, Sunita Patel, Gareth Pryce, Valerie Shaw and Tom Whitlock; Mr Julian Ashdown (Independent Member).
Officers: Mrs Rachel Ingham (Director of Finance and s151 Officer), Mr David Keane (Monitoring Officer), Ms Lorna Fitch (Head of Procurement) and Mr Ravi Mistry (Treasury and Investments Manager). Also present: Mr Paul Nugent (Engagement Lead, Grantley Audit LLP).

=52.   REVIEW OF THE CONTRACT PROCEDURE RULES
Ms Fitch introduced the report, which set out the review of the Council's Contract Procedure Rules (Part 4G of the Constitution) that was needed before the Procurement Act 2023 comes into force on 24 February 2025. The Cabinet had approved the Council's Procurement Strategy 2024–2028 on 15 October 2024 and had asked that the rules be brought into line with it. The main changes were: the thresholds above which a competitive tender is required would rise from £50,000 to £100,000 for goods and services; the publication of notices would follow the new central digital platform; and a new rule would require a conflicts of interest assessment for every procurement above £100,000.
The report recommended that the Committee "note the outcome of the review and recommend to the County Council that the revised Contract Procedure Rules be adopted". Councillor Doyle asked whether raising the threshold would reduce the number of contracts let to local firms. Ms Fitch replied that quotations would still be required above £25,000 and that the Council's social value policy required at least one local supplier to be invited to quote where one was available. Mr Ashdown asked who would monitor compliance with the new conflicts rule; the Monitoring Officer said that Internal Audit would include it in its 2025/26 plan. Councillor Patel asked for a list of the waivers of the rules granted in 2023/24, which Ms Fitch agreed to circulate.
""", EX_HEAD + """

RESOLVED that:
(a) the outcome of the review of the Contract Procedure Rules be noted;
(b) the Committee recommends to the County Council that the revised Contract Procedure Rules set out in Appendix A to the report be adopted with effect from 24 February 2025; and
(c) the Monitoring Officer be authorised to make any consequential amendments to the Constitution arising from the adoption of the revised rules.
(Note: this recommendation is considered at item 7 of this agenda)

=53.   TREASURY MANAGEMENT MID-YEAR REVIEW 2024/25
Mr Mistry presented the mid-year review of treasury management activity for the six months to 30 September 2024. The Council's investments stood at £142.6 million and its borrowing at £386.0 million, all of it from the Public Works Loan Board. The average return on investments had been 5.02%. The capital programme had been reprofiled by the Cabinet on 12 November 2024, and the operational boundary and authorised limit for external debt therefore needed to be revised; the revised prudential indicators were set out in Appendix 2 to the report. Mr Nugent said that Grantley Audit's interim work had not identified any issues with the treasury function.
Councillor Whitlock asked whether the Council should repay some of its borrowing early. Mrs Ingham said that the premiums charged for early repayment made this uneconomic at present but that the position would be kept under review.
RESOLVED that:
(a) the Treasury Management Mid-Year Review 2024/25 be noted; and
(b) the Committee recommends to the County Council that the revised prudential indicators for 2024/25, set out in Appendix 2 to the report, be approved.
(Note: this recommendation is considered at item 8 of this agenda)

=[End of extract]

Certified as a true extract of the minutes of the meeting of the Audit and Governance Committee held on 21 November 2024, which are subject to confirmation by the Committee at its next meeting.
Helen Varley, Senior Democratic Services Officer, 28 November 2024
"""],
}

A52 = "REVIEW OF THE CONTRACT PROCEDURE RULES"
A53 = "TREASURY MANAGEMENT MID-YEAR REVIEW 2024/25"
EX_LABELS = [
    dict(page=2, kind="noted", outcome="noted", minute="52", title=A52, item="a", lead_in=RT,
         text="the outcome of the review of the Contract Procedure Rules be noted",
         note="meeting_date is the Committee's (21 November 2024), not the County Council pack's (12 December "
              "2024); the report's recommendation quoted on page 1, the Cabinet's approval of the Procurement "
              "Strategy and Ms Fitch's promise to circulate the waivers are not labelled; short text"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="52", title=A52, item="b", lead_in=RT,
         to="County Council",
         text="the Committee recommends to the County Council that the revised Contract Procedure Rules set out in "
              "Appendix A to the report be adopted with effect from 24 February 2025",
         note="the '(Note: this recommendation is considered at item 7 of this agenda)' line is not a decision"),
    dict(page=2, kind="delegation", outcome="agreed", minute="52", title=A52, item="c", lead_in=RT,
         text="the Monitoring Officer be authorised to make any consequential amendments to the Constitution "
              "arising from the adoption of the revised rules"),
    dict(page=2, kind="noted", outcome="noted", minute="53", title=A53, item="a", lead_in=RT,
         text="the Treasury Management Mid-Year Review 2024/25 be noted",
         note="the Cabinet's reprofiling of the capital programme is another body's decision; short text"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="53", title=A53, item="b", lead_in=RT,
         to="County Council",
         text="the Committee recommends to the County Council that the revised prudential indicators for 2024/25, "
              "set out in Appendix 2 to the report, be approved",
         note="the certification of the extract is not labelled"),
]


# ---------------------------------------------------------------------------------------
# 3. An informal officers' and members' meeting NOTE: attendees table, discussion paragraphs, "Agreed:" lines,
#    "Action: <owner> to … by <date>" lines, last meeting's actions reviewed, a closing "Decisions/agreements"
#    box repeating the "Agreed:" lines (not labelled)
# ---------------------------------------------------------------------------------------
TMG_HEAD = "=Kelbrook County Council – Transport Management Group                         Meeting note – 14 November 2024"
ATTENDEES = table([
    ("Name", "Role", "Present"),
    ("Cllr Hugh Tranter (HT)", "Cabinet Member for Highways and Transport (Chair)", "Yes"),
    ("Cllr Maria Costa (MC)", "Deputy Cabinet Member, Active Travel", "Yes"),
    ("Gemma Rowntree (GR)", "Assistant Director, Highways and Transport", "Yes"),
    ("Phil Ackroyd (PA)", "Head of Passenger Transport", "Yes"),
    ("Dawn Ellis (DE)", "Network Manager (Traffic and Parking)", "Yes"),
    ("Sanjay Mehta (SM)", "Transport Planning Team Leader", "Yes"),
    ("Tessa Quinn (TQ)", "Finance Business Partner", "Apologies"),
    ("Owen Bright (OB)", "Business Support Officer (note)", "Yes"),
], (24, 52, 10))
DECISIONS_BOX = "=" + "_" * 92 + "\n=Decisions/agreements – 14 November 2024\n=\n" + table([
    ("1", "Bus service improvement plan: Route 22 evening trial extended to 31 March 2025"),
    ("2", "Bus fares: no local top-up; national £3 cap applies from 1 January 2025"),
    ("3", "20 mph programme: Phase 2 list supported for Cabinet Member decision (January)"),
    ("4", "Parking: on-street charges consultation to start 13 January 2025"),
    ("5", "School streets: Hollins Lane and St Wilfrid's to go ahead from 24 February 2025"),
    ("6", "Group to meet monthly until the end of March 2025"),
], (6, 84)) + "\n=" + "_" * 92
TMG = {
    "file": "kelbrook-transport-management-group-meeting-note-2024-11-14.pdf",
    "layout": "Informal officers' and members' meeting note: attendees table, discussion paragraphs, 'Agreed:' "
              "lines, 'Action: <owner> to … by <date>' lines, last meeting's actions reviewed, a closing "
              "'Decisions/agreements' box that repeats the agreements",
    "meeting_date": "2024-11-14",
    "body": "Kelbrook County Council Transport Management Group",
    "footer": "OFFICIAL – not for publication                 TMG note 14.11.24 v2 (final)                     Page {n} of {of}",
    "pages": [TMG_HEAD + """

=TRANSPORT MANAGEMENT GROUP
=Meeting note
=Date: Thursday 14 November 2024, 2.00 pm – 3.45 pm      Venue: Room 2.14, County Offices, Kelbrook, and Teams

=Attendees
""" + ATTENDEES + """
This is a note of an informal meeting of members and officers. The Group has no delegated powers: decisions on the matters discussed are taken by the Cabinet Member or by officers under the scheme of delegation. The note records what the Group agreed and the actions arising.

=1. Note of the last meeting (10 October 2024) and actions
The note of the meeting on 10 October 2024 was accepted. Actions from that meeting: A1 (bus shelter audit) complete; A2 (school transport appeals figures) complete, circulated on 21 October; A3 (Route 22 passenger counts) complete, see item 2; A4 (EV charging bid) carried forward – the Department for Transport has not yet announced the outcome of the Local Electric Vehicle Infrastructure fund bid.

=2. Bus Service Improvement Plan – 2025/26 programme
PA reported that the Department for Transport had confirmed the Council's Bus Service Improvement Plan allocation for 2025/26 at £4.8 million, of which £1.9 million was capital. The evening trial on Route 22 (Kelbrook – Ashby Vale) had carried an average of 61 passengers a night since June, against the 45 needed to break even after the first year. PA recommended that the trial be extended to the end of the financial year and then reviewed. MC asked whether the Sunday service on Route 9 could be restored from the same budget; PA said that it would cost about £160,000 a year and that he would cost options for the next meeting.
The Government had announced that the national bus fare cap would rise to £3 from 1 January 2025. GR said that the Council could choose to keep a local £2 cap using BSIP funding, at an estimated cost of £1.3 million a year, but that this would leave little for service improvements. After discussion members preferred to protect services.
Agreed: the Route 22 evening trial to be extended to 31 March 2025, with a review of passenger numbers in February.
Agreed: the Council will not fund a local top-up to keep fares at £2; the £3 national cap will apply from 1 January 2025.
Action: PA to cost options for restoring the Sunday service on Route 9 and report to the Group by 12 December 2024.
Action: SM to draft the public statement on bus fares for the Cabinet Member's approval by 29 November 2024.
""", TMG_HEAD + """

=3. 20 mph programme – Phase 2
DE presented the list of 14 locations proposed for Phase 2 of the 20 mph programme, assessed against the criteria agreed by the Cabinet Member in March 2024. Phase 1, in 11 villages, had reduced average speeds by 3.2 mph. Two parish councils (Nettleby and Old Harcastle) had asked to be added. HT said that he was content with the list but wanted the two parishes assessed on the same basis as the others before he took a formal decision. The formal decision will be taken by the Cabinet Member in January 2025 after a report from officers; the Group cannot take it.
Agreed: the Group supports the Phase 2 list of 14 locations, to go forward for a Cabinet Member decision in January 2025.
Action: DE to assess the Nettleby and Old Harcastle requests against the Phase 2 criteria and report to the Group by 12 December 2024.

=4. On-street parking charges
DE reported that on-street parking charges had not been reviewed since 2019 and that the income of the on-street account had fallen by 14% since then in real terms. The Medium Term Financial Plan assumed £420,000 of additional income from 2025/26. TQ had sent a note in advance confirming the figures. MC said that any increase should be matched by improvements to the enforcement of parking in cycle lanes.
Agreed: a public consultation on revised on-street parking charges to start on 13 January 2025 and run for six weeks.
Action: DE to prepare the traffic regulation order notices and consultation material for the Cabinet Member's sign-off by 20 December 2024.

=5. School streets
SM updated the Group on the school streets pilots. The schemes at Hollins Lane Primary School and St Wilfrid's CE Primary School had completed their consultation; 71% and 64% of respondents respectively had supported them. The head teacher of Moor Park Primary had withdrawn her school from the programme because of concern about the effect on neighbouring streets. Kelbrook Town Council had resolved on 4 November to support the Hollins Lane scheme.
Agreed: the Hollins Lane and St Wilfrid's school streets to go ahead on an experimental order from 24 February 2025.
Action: SM to write to the head teacher of Moor Park Primary School offering a meeting about the scheme by 6 December 2024.
""", TMG_HEAD + """

=6. Winter service
GR reported that the winter service plan had been published on 1 October and that the salt stocks stood at 14,200 tonnes. No decisions were needed. MC asked that the gritting routes map be put on the Council's website in a form that could be read on a mobile phone; GR said that this was already in hand.

=7. Any other business and future meetings
HT asked that the Group meet monthly rather than every six weeks while the budget for 2025/26 was being set.
Agreed: the Group to meet monthly until the end of March 2025, then return to six-weekly meetings.
Action: OB to send invitations for the meetings on 12 December 2024, 16 January, 13 February and 13 March 2025 by 22 November 2024.

""" + DECISIONS_BOX + """
Note prepared by Owen Bright, 15 November 2024; agreed by the Chair, 19 November 2024.
"""],
}

AG, AC = "Agreed:", "Action:"
T2 = "Bus Service Improvement Plan – 2025/26 programme"
T3 = "20 mph programme – Phase 2"
T4 = "On-street parking charges"
T5 = "School streets"
T7 = "Any other business and future meetings"
TMG_LABELS = [
    dict(page=1, kind="agreement", outcome="agreed", item="2", title=T2, lead_in=AG,
         text="the Route 22 evening trial to be extended to 31 March 2025, with a review of passenger numbers in "
              "February",
         note="the actions of the last meeting reviewed at item 1 are the last meeting's (its note's acceptance is "
              "lf060); the Department for Transport's allocation is another body's"),
    dict(page=1, kind="agreement", outcome="agreed", item="2", title=T2, lead_in=AG,
         text="the Council will not fund a local top-up to keep fares at £2; the £3 national cap will apply from "
              "1 January 2025",
         note="the Government's announcement of the £3 cap is another body's decision"),
    dict(page=1, kind="action", outcome=None, item="2", title=T2, lead_in=AC, owner="PA",
         deadline="2024-12-12",
         text="PA to cost options for restoring the Sunday service on Route 9 and report to the Group by 12 "
              "December 2024",
         note="PA's promise in the discussion paragraph is the same action, labelled once at the Action line"),
    dict(page=1, kind="action", outcome=None, item="2", title=T2, lead_in=AC, owner="SM", deadline="2024-11-29",
         text="SM to draft the public statement on bus fares for the Cabinet Member's approval by 29 November 2024"),
    dict(page=2, kind="agreement", outcome="agreed", item="3", title=T3, lead_in=AG,
         text="the Group supports the Phase 2 list of 14 locations, to go forward for a Cabinet Member decision in "
              "January 2025",
         note="the Group's support; the Cabinet Member's formal decision in January is not taken here, and his "
              "March 2024 criteria are an earlier decision"),
    dict(page=2, kind="action", outcome=None, item="3", title=T3, lead_in=AC, owner="DE", deadline="2024-12-12",
         text="DE to assess the Nettleby and Old Harcastle requests against the Phase 2 criteria and report to the "
              "Group by 12 December 2024"),
    dict(page=2, kind="agreement", outcome="agreed", item="4", title=T4, lead_in=AG,
         text="a public consultation on revised on-street parking charges to start on 13 January 2025 and run for "
              "six weeks"),
    dict(page=2, kind="action", outcome=None, item="4", title=T4, lead_in=AC, owner="DE", deadline="2024-12-20",
         text="DE to prepare the traffic regulation order notices and consultation material for the Cabinet "
              "Member's sign-off by 20 December 2024"),
    dict(page=2, kind="agreement", outcome="agreed", item="5", title=T5, lead_in=AG,
         text="the Hollins Lane and St Wilfrid's school streets to go ahead on an experimental order from 24 "
              "February 2025",
         note="Kelbrook Town Council's resolution and the head teacher's withdrawal are not the Group's decisions"),
    dict(page=2, kind="action", outcome=None, item="5", title=T5, lead_in=AC, owner="SM", deadline="2024-12-06",
         text="SM to write to the head teacher of Moor Park Primary School offering a meeting about the scheme by "
              "6 December 2024",
         note="item 6 (winter service) records 'No decisions were needed' and is not labelled"),
    dict(page=3, kind="agreement", outcome="agreed", item="7", title=T7, lead_in=AG,
         text="the Group to meet monthly until the end of March 2025, then return to six-weekly meetings"),
    dict(page=3, kind="action", outcome=None, item="7", title=T7, lead_in=AC, owner="OB", deadline="2024-11-22",
         text="OB to send invitations for the meetings on 12 December 2024, 16 January, 13 February and 13 March "
              "2025 by 22 November 2024",
         note="the closing 'Decisions/agreements' box repeats the six agreements and is not labelled"),
]


# ---------------------------------------------------------------------------------------
# 4. An old-style (2016) charity trust board: "The Board approved …", "It was agreed that …", "The Board ratified
#    the decision of the Finance Committee …", "Proposed: … Seconded: … Carried", a vote with counts, "The CEO was
#    authorised to …", matters arising and AOB
# ---------------------------------------------------------------------------------------
WT_HEAD = "=Wealdbridge Library and Heritage Trust (Registered Charity No. 1154872)          Board of Trustees – 27.10.2016"
WT = {
    "file": "wealdbridge-library-trust-board-minutes-2016-10-27.pdf",
    "layout": "Old-style charity / library trust Board of Trustees minutes (2016): numbered items, 'The Board "
              "approved …', 'It was agreed that …', 'The Board ratified the decision of the Finance Committee …', "
              "'Proposed: … Seconded: … Carried', a proposal carried on counted votes, 'The CEO was authorised "
              "to …', 'Action:' initials with dates, matters arising and AOB",
    "meeting_date": "2016-10-27",
    "body": "Wealdbridge Library and Heritage Trust Board of Trustees",
    "footer": "Minutes – Board of Trustees – 27 October 2016 – DRAFT until approved                             Page {n} of {of}",
    "pages": [WT_HEAD + """

=WEALDBRIDGE LIBRARY AND HERITAGE TRUST
=Minutes of the Board of Trustees meeting held at the Mayfield Room, Wealdbridge Central Library,
=Market Street, Wealdbridge on Thursday 27 October 2016 at 6.30pm

Present: Mr Geoffrey Pallister (Chair), Mrs Ann Threlfall (Vice Chair), Mr Ian Bairstow (Treasurer), Dr Kathryn Moss, Mr Colin Ferris, Mrs Deborah Oyelaran, Mr Stuart Willets, Ms Rachel Amis.
In attendance: Mrs Linda Carver (Chief Executive Officer, CEO), Mr Nigel Shute (Finance and Resources Manager), Mrs Pauline Hext (Clerk to the Trustees, minutes).
Observer: Mrs Janet Frame (Wealdbridge Borough Council, client officer for the library services contract).

1. Welcome and apologies
The Chair welcomed trustees and Mrs Frame. Apologies were received from Mr Alan Greaves and Councillor Yvonne Batty. The meeting was quorate.

2. Declarations of interest
Mr Ferris declared an interest in item 7 as a director of Ferris & Hammond Ltd, which had quoted for the roof repairs at the Heritage Centre, and left the room for that item. Mrs Oyelaran reminded the Board that she was employed by the Borough Council in its housing department; no conflict arose.

3. Minutes of the meeting held on 28 July 2016
Page 3, item 6, second paragraph: "Friends of Wealdbridge Libraries" should read "Friends of Wealdbridge Library". With this correction the minutes were approved as a true record and signed by the Chair. Proposed: Mrs Threlfall  Seconded: Dr Moss  Carried.

4. Matters arising
(a) Item 5 (Borough Council contract): the Borough Council's Cabinet had agreed on 20 September 2016 to extend the library services contract with the Trust for a further two years from April 2017, at a fee reduced by 3%. Mrs Frame confirmed that the variation would be issued in November.
(b) Item 8 (website): the new website had gone live on 3 October. The CEO reported 4,100 visits in its first three weeks.
(c) Item 9 (Gift Aid): HMRC had accepted the Trust's claim for 2015/16. There were no other matters arising.

5. Chief Executive's report
The CEO presented her report, which had been circulated. Issues had risen by 2% on the year, reversing a decline of five years, helped by the e-book offer and the summer reading challenge, in which 1,312 children had taken part. Volunteer hours stood at 9,400 for the half year. The CEO drew trustees' attention to the staff sickness figures, which had risen to 11.2 days per full-time employee, mainly due to two long-term absences. Mr Willets asked whether the mobile library's route would change when the new depot opened; the CEO said that she would bring a revised timetable to the next meeting. The Board noted the Chief Executive's report and thanked the staff and volunteers for the summer reading challenge.
""", WT_HEAD + """

6. Annual report and accounts for the year ended 31 March 2016
The Treasurer presented the annual report and accounts, which had been reviewed by the Finance Committee on 6 October 2016 and examined by Hollins Partnership LLP, whose letter was tabled. Total income had been £1,284,000 (2014/15: £1,302,000) and there had been a deficit on unrestricted funds of £18,400, which was smaller than budgeted. Free reserves stood at £212,000, or just under two months' expenditure, against the policy of three months. Dr Moss asked whether the reserves policy was still realistic; the Treasurer said that the Finance Committee would review it in the spring. The Board approved the annual report and accounts for the year ended 31 March 2016 and authorised the Chair and the Treasurer to sign them on its behalf. Proposed: Mr Bairstow  Seconded: Mr Willets  Carried.
It was agreed that Hollins Partnership LLP be reappointed as independent examiners for the year ending 31 March 2017, at a fee of £4,250 plus VAT.

7. Finance Committee – report of meeting held on 6 October 2016
Mr Ferris left the room. The Treasurer reported on the Finance Committee's meeting. The Committee had, under its terms of reference, approved the management accounts to 31 August 2016, which showed a surplus of £9,200 against a budgeted surplus of £2,000. Because of the urgency of the repairs before winter, the Committee had also decided, subject to ratification by the Board, to accept the quotation of Brenton Roofing Ltd of £23,680 for the Heritage Centre roof, the lowest of three quotations. The Board ratified the decision of the Finance Committee to accept the quotation of Brenton Roofing Ltd for the repair of the Heritage Centre roof. Mr Ferris returned.

8. Saturday opening at branch libraries
The CEO presented the paper on Saturday opening. Following the 3% reduction in the contract fee, savings of £38,000 a year were needed from 2017/18. The paper proposed that Thornbury and Lower Moor libraries close on Saturday afternoons from 1 April 2017, with the loss of 1.2 full-time equivalent posts, to be managed through vacancies. Mrs Oyelaran and Ms Amis spoke against, saying that Saturday afternoons were the only time many working families could visit. Mr Bairstow said that the alternative was to draw further on reserves, which were already below policy.
Mrs Threlfall proposed and Mr Bairstow seconded that Thornbury and Lower Moor libraries close at 1pm on Saturdays from 1 April 2017. On a show of hands the proposal was carried (6 for, 2 against, 0 abstentions).
It was agreed that the CEO would inform staff and the Friends groups of the decision before it was made public, and report on the effect on visits after six months.

9. Lease of the mobile library depot
The CEO reported that the lease of the mobile library depot at Canal Wharf would expire on 31 December 2016. The landlord had offered a new lease of five years at a rent of £11,500 a year, an increase of £700. The CEO was authorised to agree and sign a new five-year lease of the Canal Wharf depot on terms not exceeding a rent of £11,500 a year.
""", WT_HEAD + """

10. Policies
The Board considered the revised Safeguarding Policy, which had been updated to reflect the Borough Council's new multi-agency procedures and the Trust's use of volunteers with children's reading groups, and the Data Protection Policy, which was unchanged apart from the name of the data protection lead. The Board approved the revised Safeguarding Policy, with Dr Moss to continue as the designated safeguarding trustee. The Data Protection Policy was approved without amendment.

11. Trustee recruitment
The Chair reported that Mr Greaves had indicated that he would stand down at the AGM after nine years. The Nominations Group (the Chair, Vice Chair and Dr Moss) had interviewed two candidates and recommended Mr Harjit Sandhu, a chartered accountant, to be co-opted now and proposed for election at the AGM. It was agreed that Mr Harjit Sandhu be co-opted as a trustee with immediate effect until the Annual General Meeting. Proposed: Mr Pallister  Seconded: Mrs Threlfall  Carried.
Action: Clerk to send Mr Sandhu the trustee induction pack and arrange the DBS check by 11 November 2016.

12. Any other business
(a) Mrs Threlfall raised the Christmas opening hours. It was agreed that all libraries close at 1pm on Saturday 24 December 2016 and reopen on Tuesday 27 December.
(b) Ms Amis asked about the Heritage Lottery Fund bid for the digitisation of the Wealdbridge Gazette archive. The CEO reported that the first-round application had been submitted on 14 October and that HLF would decide in February 2017. No decision was required.
(c) The Board agreed to hold a trustee away-day on Saturday 21 January 2017 to review the Trust's strategy, to be organised by the CEO and the Vice Chair.

13. Date of next meeting
Thursday 26 January 2017 at 6.30pm, Mayfield Room. The Annual General Meeting will follow the Board meeting on 27 April 2017.
The meeting closed at 8.55pm.

Signed ……………………………………… (Chair)          Date ………………………
"""],
}

WT_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="3", title="Minutes of the meeting held on 28 July 2016",
         proposer="Mrs Threlfall", seconder="Dr Moss",
         text="With this correction the minutes were approved as a true record and signed by the Chair",
         note="'Proposed: … Seconded: … Carried' is the approval itself, not labelled apart; the Borough "
              "Council Cabinet's contract extension and HMRC's acceptance (matters arising) are other bodies'"),
    dict(page=1, kind="noted", outcome="noted", item="5", title="Chief Executive's report",
         text="The Board noted the Chief Executive's report and thanked the staff and volunteers for the summer "
              "reading challenge",
         note="the CEO's undertaking to bring a revised timetable is a reply to a question, not labelled"),
    dict(page=2, kind="approval", outcome="approved", item="6",
         title="Annual report and accounts for the year ended 31 March 2016", proposer="Mr Bairstow",
         seconder="Mr Willets",
         text="The Board approved the annual report and accounts for the year ended 31 March 2016 and authorised "
              "the Chair and the Treasurer to sign them on its behalf",
         note="the authority to sign is part of the approval; the Finance Committee's review is not labelled"),
    dict(page=2, kind="agreement", outcome="agreed", item="6",
         title="Annual report and accounts for the year ended 31 March 2016",
         text="It was agreed that Hollins Partnership LLP be reappointed as independent examiners for the year "
              "ending 31 March 2017"),
    dict(page=2, kind="approval", outcome="ratified", item="7",
         title="Finance Committee – report of meeting held on 6 October 2016",
         text="The Board ratified the decision of the Finance Committee to accept the quotation of Brenton Roofing "
              "Ltd for the repair of the Heritage Centre roof",
         note="the Finance Committee's own approval of the management accounts, and its decision before "
              "ratification, are not the Board's decisions"),
    dict(page=2, kind="motion", outcome="carried", item="8", title="Saturday opening at branch libraries",
         proposer="Mrs Threlfall", seconder="Mr Bairstow", votes={"for": 6, "against": 2, "abstain": 0},
         text="Mrs Threlfall proposed and Mr Bairstow seconded that Thornbury and Lower Moor libraries close at 1pm "
              "on Saturdays from 1 April 2017",
         note="the paper's proposal, described before the debate, is not labelled; the counted vote is the "
              "decision"),
    dict(page=2, kind="action", outcome=None, item="8", title="Saturday opening at branch libraries",
         owner="CEO", deadline="2017-10-01",
         text="It was agreed that the CEO would inform staff and the Friends groups of the decision before it was "
              "made public",
         note="an agreement that the CEO act; the report 'after six months' of the closures starting 1 April "
              "2017 gives the deadline (1 October 2017, inferred)"),
    dict(page=2, kind="delegation", outcome="agreed", item="9", title="Lease of the mobile library depot",
         text="The CEO was authorised to agree and sign a new five-year lease of the Canal Wharf depot on terms not "
              "exceeding a rent of £11,500 a year",
         note="the landlord's offer is not a decision"),
    dict(page=3, kind="approval", outcome="approved", item="10", title="Policies",
         text="The Board approved the revised Safeguarding Policy, with Dr Moss to continue as the designated "
              "safeguarding trustee"),
    dict(page=3, kind="approval", outcome="approved", item="10", title="Policies",
         text="The Data Protection Policy was approved without amendment.",
         note="short text: the whole sentence"),
    dict(page=3, kind="agreement", outcome="agreed", item="11", title="Trustee recruitment",
         proposer="Mr Pallister", seconder="Mrs Threlfall",
         text="It was agreed that Mr Harjit Sandhu be co-opted as a trustee with immediate effect until the Annual "
              "General Meeting",
         note="the Nominations Group's recommendation is not labelled; Mr Greaves standing down is not a decision"),
    dict(page=3, kind="action", outcome=None, item="11", title="Trustee recruitment", lead_in=AC, owner="Clerk",
         deadline="2016-11-11",
         text="Clerk to send Mr Sandhu the trustee induction pack and arrange the DBS check by 11 November 2016"),
    dict(page=3, kind="agreement", outcome="agreed", item="12", title="Any other business",
         text="It was agreed that all libraries close at 1pm on Saturday 24 December 2016 and reopen on Tuesday 27 "
              "December",
         note="AOB (a); (b), the Heritage Lottery Fund bid, records 'No decision was required' and HLF's own "
              "decision to come"),
    dict(page=3, kind="agreement", outcome="agreed", item="12", title="Any other business",
         text="The Board agreed to hold a trustee away-day on Saturday 21 January 2017 to review the Trust's "
              "strategy",
         note="AOB (c); the date of the next meeting and the AGM are not labelled"),
]


# ---------------------------------------------------------------------------------------
# 5. A committee's recommendations appendix in the County Council's pack: "Appendix 1 – Selection and Member
#    Services Committee – recommendations to County Council", "The Committee RECOMMENDS that County Council: (a) …",
#    then what the Committee AGREED itself under delegated powers; dated with the committee's meeting
# ---------------------------------------------------------------------------------------
SM_HEAD = "=Appendix 1 – Selection and Member Services Committee – 4 February 2025 – recommendations to County Council"
SM = {
    "file": "hallamshire-selection-member-services-committee-recommendations-appendix-2025-02-04.pdf",
    "layout": "A committee's recommendations appendix to a County Council report: 'The Committee RECOMMENDS that "
              "County Council: (a) … (e)', then 'Under its delegated powers, the Committee AGREED: (i) … (iv)', "
              "the Independent Remuneration Panel's recommendations quoted, dated with the committee meeting",
    "meeting_date": "2025-02-04",
    "body": "Hallamshire County Council Selection and Member Services Committee",
    "footer": "Hallamshire County Council – County Council 20 February 2025 – Item 9                            Page {n} of {of}",
    "pages": [SM_HEAD + """

=APPENDIX 1
=SELECTION AND MEMBER SERVICES COMMITTEE – 4 FEBRUARY 2025
=RECOMMENDATIONS TO COUNTY COUNCIL AND DECISIONS TAKEN UNDER DELEGATED POWERS

1. Introduction
1.1 The Selection and Member Services Committee met on Tuesday 4 February 2025. Members present: Councillor Derek Waring (Chairman), Councillor Fay Ambrose (Vice-Chairman), Councillors Lionel Brett, Catherine Oduya, Hamish Lorimer, Pat Sweeney and Imran Qureshi. Apologies: Councillor Ruth Denny.
1.2 This appendix sets out the Committee's recommendations to the County Council meeting on 20 February 2025, and, for information, the decisions the Committee took itself under the powers delegated to it in Part 3 of the Constitution. The minutes of the meeting will be submitted to the Committee on 8 April 2025 for confirmation.

2. Members' Allowances Scheme 2025/26 – report of the Independent Remuneration Panel
2.1 The Committee considered the report of the Independent Remuneration Panel (IRP), chaired by Mrs Gillian Hoare, which the Council must have regard to before amending its Members' Allowances Scheme under the Local Authorities (Members' Allowances) (England) Regulations 2003.
2.2 The IRP recommended: (i) that the basic allowance be increased from £13,420 to £13,850, in line with the 2024 local government pay award; (ii) that a new special responsibility allowance be paid to the Chairman of the Corporate Parenting Panel at 0.25 of the basic allowance; (iii) that the dependants' carers' allowance be paid at the real living wage; and (iv) that the allowances be indexed to the pay award each year until 2028/29.
2.3 Members discussed the IRP's recommendations. Councillor Qureshi asked why the IRP had not recommended an allowance for the Chairman of the Selection and Member Services Committee; the Head of Democratic Services said that the IRP had considered it and would explain its reasoning in writing. Councillor Brett said that he could not support an increase in the basic allowance at a time when the Council was reducing services, and asked that his opposition be recorded. The Committee did not accept the IRP's recommendation (iv) on indexation, preferring that the Panel review allowances each year.

3. Recommendations to County Council
The Committee RECOMMENDS that County Council:
(a) approve the Members' Allowances Scheme 2025/26 set out in Annex A, including a basic allowance of £13,850 a year with effect from 1 April 2025;
(b) approve a new special responsibility allowance for the Chairman of the Corporate Parenting Panel at 0.25 of the basic allowance;
(c) approve the payment of the dependants' carers' allowance at the real living wage, currently £12.60 an hour;
(d) agree that the Independent Remuneration Panel be asked to review the scheme each year, rather than the allowances being indexed to the pay award; and
(e) approve the revised Protocol on Member and Officer Relations at Annex B for inclusion in Part 5 of the Constitution.
(Councillor Brett asked that his vote against recommendation (a) be recorded.)
""", SM_HEAD + """

4. Protocol on Member and Officer Relations
4.1 The Monitoring Officer presented the revised Protocol, which had been updated following the Local Government Association's model guidance of 2024 and the Standards Committee's comments on 14 January 2025. The Standards Committee had also agreed on that date to recommend a review of the Members' Code of Conduct in 2026, which is not before the Council. The Committee's recommendation on the Protocol is at 3(e) above.

5. Decisions taken under delegated powers (for information)
Under its delegated powers, the Committee AGREED:
(i) to appoint Councillor Catherine Oduya to the Hallamshire Fire and Rescue Authority in place of Councillor Denny for the remainder of the municipal year;
(ii) to appoint Councillor Imran Qureshi and Councillor Pat Sweeney as the Council's representatives on the Hallamshire Canal and River Trust Partnership;
(iii) the Member Development Programme 2025/26, including mandatory training on the Code of Conduct for all members by 30 September 2025; and
(iv) that the Head of Democratic Services arrange a survey of all members on hybrid meetings and report the results to the Committee by 8 April 2025.
5.2 The Committee also NOTED the annual report on members' attendance at meetings for 2023/24 and NOTED the update on the Boundary Commission's electoral review of the county, on which the Commission's draft recommendations are expected in June 2025.
5.3 A request from the Hallamshire Association of Local Councils for a seat on the Council's Rural Affairs Panel was considered. The Committee DEFERRED the request to its meeting on 8 April 2025 to allow the Panel's Chairman to be consulted.

6. Financial implications
6.1 The cost of recommendations (a) to (c) is estimated at £41,300 in 2025/26 and is provided for in the draft budget, which the County Council will consider at the same meeting. The Section 151 Officer has confirmed that the budget includes the sum.

7. Background papers
Report of the Independent Remuneration Panel, December 2024; Report of the Head of Democratic Services to the Selection and Member Services Committee, 4 February 2025; Minutes of the Standards Committee, 14 January 2025.
Contact: Marcus Lyle, Head of Democratic Services, marcus.lyle@hallamshire.gov.uk
"""],
}

SR = "The Committee RECOMMENDS that County Council:"
SA = "Under its delegated powers, the Committee AGREED:"
S3 = "Recommendations to County Council"
S5 = "Decisions taken under delegated powers (for information)"
CC = "County Council"
SM_LABELS = [
    dict(page=1, kind="recommendation", outcome="recommended", minute="3", item="a", title=S3, lead_in=SR, to=CC,
         text="approve the Members' Allowances Scheme 2025/26 set out in Annex A, including a basic allowance of "
              "£13,850 a year with effect from 1 April 2025",
         note="meeting_date is the Committee's (4 February 2025); the IRP's recommendations quoted at 2.2 are "
              "another body's and are not labelled; Councillor Brett's recorded opposition gives no counts"),
    dict(page=1, kind="recommendation", outcome="recommended", minute="3", item="b", title=S3, lead_in=SR, to=CC,
         text="approve a new special responsibility allowance for the Chairman of the Corporate Parenting Panel at "
              "0.25 of the basic allowance"),
    dict(page=1, kind="recommendation", outcome="recommended", minute="3", item="c", title=S3, lead_in=SR, to=CC,
         text="approve the payment of the dependants' carers' allowance at the real living wage, currently £12.60 "
              "an hour"),
    dict(page=1, kind="recommendation", outcome="recommended", minute="3", item="d", title=S3, lead_in=SR, to=CC,
         text="agree that the Independent Remuneration Panel be asked to review the scheme each year, rather than "
              "the allowances being indexed to the pay award",
         note="the Committee's rejection of the IRP's recommendation (iv) in 2.3 is this recommendation's "
              "background, not labelled apart"),
    dict(page=1, kind="recommendation", outcome="recommended", minute="3", item="e", title=S3, lead_in=SR, to=CC,
         text="approve the revised Protocol on Member and Officer Relations at Annex B for inclusion in Part 5 of "
              "the Constitution",
         note="the Standards Committee's comments and its own agreement of 14 January 2025 (page 2) are another "
              "body's"),
    dict(page=2, kind="agreement", outcome="agreed", minute="5", item="i", title=S5, lead_in=SA,
         text="to appoint Councillor Catherine Oduya to the Hallamshire Fire and Rescue Authority in place of "
              "Councillor Denny for the remainder of the municipal year",
         note="an appointment under delegated powers: an agreement"),
    dict(page=2, kind="agreement", outcome="agreed", minute="5", item="ii", title=S5, lead_in=SA,
         text="to appoint Councillor Imran Qureshi and Councillor Pat Sweeney as the Council's representatives on "
              "the Hallamshire Canal and River Trust Partnership"),
    dict(page=2, kind="approval", outcome="approved", minute="5", item="iii", title=S5, lead_in=SA,
         text="the Member Development Programme 2025/26, including mandatory training on the Code of Conduct for "
              "all members by 30 September 2025",
         note="'AGREED … the Member Development Programme': the programme adopted, kind approval"),
    dict(page=2, kind="action", outcome=None, minute="5", item="iv", title=S5, lead_in=SA,
         owner="Head of Democratic Services", deadline="2025-04-08",
         text="that the Head of Democratic Services arrange a survey of all members on hybrid meetings and report "
              "the results to the Committee by 8 April 2025"),
    dict(page=2, kind="noted", outcome="noted", minute="5", title=S5,
         text="The Committee also NOTED the annual report on members' attendance at meetings for 2023/24",
         note="5.2 holds two notings in one sentence; this is the first"),
    dict(page=2, kind="noted", outcome="noted", minute="5", title=S5,
         text="NOTED the update on the Boundary Commission's electoral review of the county",
         note="the second noting of 5.2; the Commission's draft recommendations to come are not a decision"),
    dict(page=2, kind="deferral", outcome="deferred", minute="5", title=S5,
         text="The Committee DEFERRED the request to its meeting on 8 April 2025 to allow the Panel's Chairman to "
              "be consulted",
         note="the financial implications and the Section 151 Officer's confirmation are not decisions"),
]


# Added after the first run (see README): the acceptance of the last meeting's note approves it, as minutes
# are approved. Listed last so that the first run's ids stay as they were.
TMG_ADDED = [
    dict(page=1, kind="approval", outcome="approved", item="1", title="Note of the last meeting (10 October 2024) and actions",
         text="The note of the meeting on 10 October 2024 was accepted",
         note="the previous meeting's note accepted: an approval, like minutes approved as a correct record"),
]

DOCS = [(CPP, CPP_LABELS), (EX, EX_LABELS), (TMG, TMG_LABELS), (WT, WT_LABELS), (SM, SM_LABELS), (TMG, TMG_ADDED)]

if __name__ == "__main__":
    build_set(__file__, DOCS, "lf", actions_have_no_outcome=True)
