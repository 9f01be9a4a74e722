"""Write the five layouts13 documents (PDFs with a real text layer, three to five pages each) and their labels.

    .venv/bin/python evals/layouts13/make.py

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py (``build_set``):
in a page's source every line is one paragraph, wrapped at 92 characters; a line starting with "=" is printed as
it stands; the footer is added as each page's last line. Every page starts with the document's running head and
ends with its footer ("Page n of m", a "Chairman's initials" or "Chair" signature line). The London borough's
recorded vote is a three-column table built by ``vote_table`` from ``BUDGET_VOTE``; the Scottish division's names
are printed by ``names``. All bodies, people and figures are fictional. Written blind (see README.md).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the repository root holds evals
from evals.layouts.make import build_set  # noqa: E402

# ---------------------------------------------------------------------------------------
# 1. English county council Cabinet: minutes C/26/nn, key decisions "Decision No: 26/000nn", "RESOLVED that:"
#    with numbered parts running over a page break, reasons and alternatives, a Cabinet Member decision noted
# ---------------------------------------------------------------------------------------
CAB_HEAD = "=Westmarch County Council                                                   Cabinet – 14 January 2026"
CAB = {
    "file": "westmarch-county-cabinet-minutes-2026-01-14.pdf",
    "layout": "English county council Cabinet: minutes C/26/01 … C/26/12, 'Key decision – Decision No: 26/00012' "
              "under the heading, 'RESOLVED that:' with numbered parts (one resolution running over a page "
              "break), reasons for decision and alternative options, Cabinet Member decisions noted, an exempt "
              "item, running head and a 'Chairman's initials' footer",
    "meeting_date": "2026-01-14",
    "body": "Westmarch County Council Cabinet",
    "footer": "Minutes – Cabinet – 14 January 2026          Chairman's initials ……………                         Page {n} of {of}",
    "pages": [CAB_HEAD + """

=WESTMARCH COUNTY COUNCIL
=MINUTES OF THE MEETING OF THE CABINET
=held on Wednesday 14 January 2026 at 10.00 am in the Council Chamber, County Hall, Westmarch WM1 1CH

Present: Councillor Graham Talbot (Leader of the Council, in the Chair); Councillor Amira Shah (Deputy Leader and Cabinet Member for Transport and Highways); Councillors Helen Poole (Children and Families), Peter Lund (Finance and Property), Owen Price (Environment and Climate), Susan Okonjo (Communities and Public Health) and Derek Vane (Economy and Skills).
Also present: Councillors Moira Haig (Leader of the Liberal Democrat Group), Jack Tennant (Leader of the Labour Group) and Rosalind Crewe (Chair of the Scrutiny Management Board).
Officers: Dr Rachel Ormsby (Chief Executive); Simon Kell (Executive Director of Resources and Section 151 Officer); Anita Desai (Director of Law and Governance and Monitoring Officer); Mark Renshaw (Executive Director of Children's Services); Claire Benton (Executive Director of Place); Tom Hythe (Democratic Services Officer).

=C/26/01   APOLOGIES FOR ABSENCE
An apology for absence was received from Councillor Fiona Marsh (Cabinet Member for Adult Social Care). Councillor Susan Okonjo presented the adult social care elements of the budget report in her place.

=C/26/02   DECLARATIONS OF INTEREST
Councillor Peter Lund declared a non-registrable interest in minute C/26/05, as his daughter is employed by a coach company that holds a school transport contract with the County Council. He left the Chamber for that item and took no part in the discussion or the decision. No other declarations were made.

=C/26/03   MINUTES
RESOLVED that the minutes of the meeting of the Cabinet held on 10 December 2025 be confirmed as a correct record and signed by the Chairman.

=C/26/04   QUESTIONS FROM MEMBERS OF THE PUBLIC
Four questions had been received under Cabinet Procedure Rule 9. Mr Dennis Hale asked why the evening journeys on bus route 42 between Branthwaite and Westmarch had been withdrawn. Councillor Shah replied that route 42 was a commercial service and that the operator, Westmarch Connect, had decided on 1 December 2025 to withdraw the journeys after 7 pm; the County Council had no power to require it to run them, but officers were discussing a subsidised replacement with two other operators. She would write to Mr Hale when those discussions were complete.
Mrs Janet Okafor asked how many children with special educational needs had waited more than four weeks for transport to be arranged in September 2025. Councillor Poole replied that 37 children had waited more than four weeks, against 112 in September 2024, and that the new transport team had been fully staffed since November. The remaining two questions, on street lighting in Hollowfield and on the closure of the Tanners Lane recycling centre, were answered in writing and the answers will be published with these minutes.

=C/26/05   HOME TO SCHOOL AND COLLEGE TRANSPORT POLICY 2026/27
=Key decision – Decision No: 26/00012
Councillor Poole introduced the report of the Executive Director of Children's Services. The County Council spent £41.6 million on home to school transport in 2024/25, an increase of 38% in three years, and the forecast for 2025/26 was £46.2 million. The statutory duties were unchanged, but the Council also provided transport that it was not required to provide, most of it for students aged 16 to 18 attending courses more than three miles from home. The report recommended that discretionary transport for post-16 students be withdrawn from September 2026, saving about £1.9 million a year, and that the revised policy at Appendix A be approved.
""", CAB_HEAD + """

Mark Renshaw said that 1,140 responses had been received to the consultation, which ran from 15 September to 27 October 2025. Most respondents opposed the withdrawal of post-16 transport, and many said that students in the rural west of the county would be unable to reach a college offering the course they wanted. Councillor Haig said that the proposal would fall hardest on families who could least afford it and asked whether the Cabinet would consider a means-tested contribution instead.
Councillor Poole said that she had listened to the consultation responses and to the views of members. She proposed that the rest of the policy be approved but that the decision on post-16 transport be taken only after further consultation on a means-tested scheme, and members of the Cabinet agreed.
RESOLVED that:
(1) the Home to School and College Transport Policy 2026/27, as set out in Appendix A to the report, be approved, with the exception of paragraph 4.3 (post-16 discretionary transport);
(2) the decision on the withdrawal of discretionary transport for post-16 students be deferred until the results of further consultation on a means-tested contribution scheme are known;
(3) authority be delegated to the Executive Director of Children's Services, in consultation with the Cabinet Member for Children and Families, to make minor amendments to the Policy before it is published; and
(4) the Executive Director of Children's Services report the outcome of the further consultation to the meeting of the Cabinet on 8 July 2026.
Reasons for decision: the Council must publish its transport policy for the 2026/27 school year by 31 May 2026. The further consultation will allow the Cabinet to consider an option that was not in the original consultation.
Alternative options considered and rejected: to approve the policy as recommended, including the withdrawal of post-16 transport from September 2026; to make no changes to the current policy, which would not contribute to the savings required by the Medium Term Financial Strategy.

=C/26/06   REVENUE BUDGET 2026/27, MEDIUM TERM FINANCIAL STRATEGY AND CAPITAL PROGRAMME
=Key decision – Decision No: 26/00013
Councillor Lund introduced the report. The provisional Local Government Finance Settlement, announced on 17 December 2025, gave the County Council core spending power of £712.8 million in 2026/27, an increase of 5.1%, which assumed that council tax would rise by the maximum 4.99% allowed without a referendum. The budget gap of £38.4 million reported in October had been closed by savings of £21.7 million, increased income of £6.3 million and the use of £10.4 million of the Budget Equalisation Reserve, leaving general balances at £31.0 million, within the range recommended by the Section 151 Officer.
Simon Kell gave his statement under section 25 of the Local Government Act 2003 on the robustness of the estimates and the adequacy of reserves. He drew attention to the deficit of £64.9 million on the Dedicated Schools Grant high needs block, which the statutory override allowed the Council to keep off its balance sheet until March 2028, and said that without a national solution the deficit represented the most serious risk to the Council's financial sustainability.
Councillor Crewe reported that the Scrutiny Management Board had considered the draft budget on 6 January 2026 and had recommended that the Cabinet reconsider the proposed reduction of £450,000 in grants to the voluntary sector. Councillor Lund said that the reduction had been halved to £225,000 in the proposals now before the Cabinet. Councillor Tennant said that his group would put forward an alternative budget at the County Council meeting.
RESOLVED that Cabinet:
(1) notes the provisional Local Government Finance Settlement for 2026/27 and the statement of the Section 151 Officer on the robustness of the estimates and the adequacy of reserves;
(2) recommends to the County Council, at its meeting on 12 February 2026, a net revenue budget for 2026/27 of £684.2 million and a council tax increase of 4.99%, including 2% for adult social care;
""", CAB_HEAD + """

(3) recommends to the County Council the capital programme for 2026/27 to 2029/30 of £412.6 million, as set out in Appendix D to the report;
(4) approves the fees and charges for 2026/27 set out in Appendix F to the report, to take effect from 1 April 2026; and
(5) asks the Executive Director of Resources to report on the options for managing the Dedicated Schools Grant deficit to the meeting of the Cabinet on 11 March 2026.
Reasons for decision: the County Council must set its budget and council tax for 2026/27 before 1 March 2026.
Alternative options considered and rejected: to increase council tax by 2.99% only, which would have required further savings of £9.6 million; to make greater use of reserves, which the Section 151 Officer did not recommend.

=C/26/07   HIGHWAY MAINTENANCE TERM SERVICES CONTRACT
=Key decision – Decision No: 26/00014
Councillor Shah introduced the report of the Executive Director of Place on the procurement of a new contract for highway maintenance, winter gritting and street lighting, to replace the current contract, which ends on 31 March 2026. Four bids had been received, and the evaluation, weighted 60% on quality and 40% on price, had placed Ridgeway Infrastructure Ltd first. Claire Benton said that the new contract would include targets for the repair of category 1 defects within 24 hours and for the use of recycled materials. Councillor Haig asked how local firms would benefit; Ms Benton said that at least 30% of the subcontracted work would go to businesses based in the county.
RESOLVED that:
(1) the highway maintenance term services contract be awarded to Ridgeway Infrastructure Ltd for seven years from 1 April 2026, with an option to extend for up to three further years; and
(2) authority be delegated to the Director of Law and Governance to complete the contract documentation and to enter into the contract on behalf of the Council.
Reasons for decision: the successful bid offered the most economically advantageous tender.
Alternative options considered and rejected: to extend the current contract, which has no further extension options; to bring the service in house, which the options appraisal in 2024 had found more costly.

=C/26/08   QUARTER 2 PERFORMANCE AND RISK REPORT 2025/26
Dr Ormsby presented the report. Of the 48 indicators in the Council Plan, 31 were on target, 14 were within tolerance and three were rated red: the timeliness of Education, Health and Care Plans, the number of households in temporary accommodation and the rate of delayed transfers from hospital. Members discussed the plans to recover the timeliness of Education, Health and Care Plans, which had fallen to 41% in the quarter.
RESOLVED that the Quarter 2 performance and risk report 2025/26 be noted, together with the actions being taken on the three indicators rated red.

""", CAB_HEAD + """

=C/26/09   DECISIONS TAKEN BY CABINET MEMBERS UNDER DELEGATED POWERS
The Cabinet received the schedule of decisions taken by individual Cabinet Members since its last meeting. They included the decision of Councillor Price, Cabinet Member for Environment and Climate, on 2 December 2025 (record of decision CM/25/118) to approve the Westmarch Tree Strategy 2026-2036, and the decision of Councillor Vane on 18 December 2025 (record of decision CM/25/121) to award grants of £184,000 from the Rural Business Fund.
RESOLVED that the decisions taken by Cabinet Members under delegated powers since the last meeting, as set out in the schedule, be noted.

=C/26/10   FORWARD PLAN
The Cabinet noted the Forward Plan of key decisions for the period February to May 2026. No resolution was required.

=C/26/11   EXCLUSION OF THE PRESS AND PUBLIC
RESOLVED that under section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following item of business, on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.

=C/26/12   ACQUISITION OF LAND AT HOLLIS FARM, BRANTHWAITE (EXEMPT)
=Key decision – Decision No: 26/00015
Councillor Lund introduced the exempt report on the proposed purchase of land for a new secondary school to serve the Branthwaite growth area. The summary below is published; the price and terms remain exempt.
RESOLVED that the acquisition of 14.2 hectares of land at Hollis Farm, Branthwaite, for a new secondary school be approved on the terms set out in the exempt report.

The Chairman thanked Simon Kell and the finance team for their work on the budget, and thanked Tom Hythe, who was attending his last meeting of the Cabinet before his retirement, for 31 years' service to the Council.
Call-in: decisions 26/00012, 26/00014 and 26/00015 may be implemented after 5.00 pm on 21 January 2026 unless called in. Decision 26/00013 is a recommendation to the County Council and is not subject to call-in.
Date of next meeting: Wednesday 11 February 2026 at 10.00 am.
The meeting closed at 12.48 pm.
"""],
}

C5 = "HOME TO SCHOOL AND COLLEGE TRANSPORT POLICY 2026/27"
C6 = "REVENUE BUDGET 2026/27, MEDIUM TERM FINANCIAL STRATEGY AND CAPITAL PROGRAMME"
C7 = "HIGHWAY MAINTENANCE TERM SERVICES CONTRACT"
RT = "RESOLVED that:"
RTC = "RESOLVED that Cabinet:"
CAB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="C/26/03", title="MINUTES",
         text="RESOLVED that the minutes of the meeting of the Cabinet held on 10 December 2025 be confirmed as a "
              "correct record",
         note="the apology and Councillor Lund's declaration are not labelled"),
    dict(page=2, kind="approval", outcome="approved", minute="C/26/05", item="1", title=C5, ref="26/00012",
         lead_in=RT,
         text="the Home to School and College Transport Policy 2026/27, as set out in Appendix A to the report, be "
              "approved, with the exception of paragraph 4.3",
         note="the public questions and answers (the operator's decision to withdraw route 42, the written "
              "answers) are not labelled; the report's recommendation to withdraw post-16 transport, quoted in the "
              "debate, was not followed"),
    dict(page=2, kind="deferral", outcome="deferred", minute="C/26/05", item="2", title=C5, ref="26/00012",
         lead_in=RT,
         text="the decision on the withdrawal of discretionary transport for post-16 students be deferred until the "
              "results of further consultation",
         note="Councillor Poole's proposal that members 'agreed' is the lead-up to this resolution, not labelled "
              "apart"),
    dict(page=2, kind="delegation", outcome="agreed", minute="C/26/05", item="3", title=C5, ref="26/00012",
         lead_in=RT,
         text="authority be delegated to the Executive Director of Children's Services, in consultation with the "
              "Cabinet Member for Children and Families, to make minor amendments",
),
    dict(page=2, kind="action", outcome=None, minute="C/26/05", item="4", title=C5, ref="26/00012", lead_in=RT,
         owner="Executive Director of Children's Services", deadline="2026-07-08",
         text="the Executive Director of Children's Services report the outcome of the further consultation to the "
              "meeting of the Cabinet on 8 July 2026",
         note="reasons for decision and alternative options are not labelled"),
    dict(page=2, kind="noted", outcome="noted", minute="C/26/06", item="1", title=C6, ref="26/00013", lead_in=RTC,
         text="notes the provisional Local Government Finance Settlement for 2026/27 and the statement of the Section "
              "151 Officer",
         note="the Scrutiny Management Board's recommendation (another body's) and the Section 25 statement are not "
              "labelled"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="C/26/06", item="2", title=C6,
         ref="26/00013", lead_in=RTC, to="County Council",
         text="recommends to the County Council, at its meeting on 12 February 2026, a net revenue budget for "
              "2026/27 of £684.2 million"),
    dict(page=3, kind="recommendation", outcome="recommended", minute="C/26/06", item="3", title=C6,
         ref="26/00013", lead_in=RTC, to="County Council",
         text="recommends to the County Council the capital programme for 2026/27 to 2029/30 of £412.6 million, as "
              "set out in Appendix D",
         note="parts (3) to (5) are printed at the top of page 3, under the running head; the heading, the "
              "Decision No, 'RESOLVED that Cabinet:' and parts (1) and (2) are on page 2"),
    dict(page=3, kind="approval", outcome="approved", minute="C/26/06", item="4", title=C6, ref="26/00013",
         lead_in=RTC,
         text="approves the fees and charges for 2026/27 set out in Appendix F to the report, to take effect from 1 "
              "April 2026"),
    dict(page=3, kind="action", outcome=None, minute="C/26/06", item="5", title=C6, ref="26/00013", lead_in=RTC,
         owner="Executive Director of Resources", deadline="2026-03-11",
         text="asks the Executive Director of Resources to report on the options for managing the Dedicated Schools "
              "Grant deficit",
         note="the alternative option 'to increase council tax by 2.99% only' is not a decision"),
    dict(page=3, kind="approval", outcome="approved", minute="C/26/07", item="1", title=C7, ref="26/00014",
         lead_in=RT,
         text="the highway maintenance term services contract be awarded to Ridgeway Infrastructure Ltd for seven "
              "years from 1 April 2026",
         note="an award of contract, kind approval"),
    dict(page=3, kind="delegation", outcome="agreed", minute="C/26/07", item="2", title=C7, ref="26/00014",
         lead_in=RT,
         text="authority be delegated to the Director of Law and Governance to complete the contract documentation "
              "and to enter into the contract"),
    dict(page=3, kind="noted", outcome="noted", minute="C/26/08", title="QUARTER 2 PERFORMANCE AND RISK REPORT 2025/26",
         text="RESOLVED that the Quarter 2 performance and risk report 2025/26 be noted, together with the actions "
              "being taken",
         note="not a key decision: no Decision No"),
    dict(page=4, kind="noted", outcome="noted", minute="C/26/09",
         title="DECISIONS TAKEN BY CABINET MEMBERS UNDER DELEGATED POWERS",
         text="RESOLVED that the decisions taken by Cabinet Members under delegated powers since the last meeting, "
              "as set out in the schedule, be noted",
         note="the Cabinet Members' decisions themselves (CM/25/118, CM/25/121) were taken by individual members "
              "before the meeting and are not labelled; 'The Cabinet noted the Forward Plan … No resolution was "
              "required' (C/26/10) is not labelled either"),
    dict(page=4, kind="resolution", outcome="agreed", minute="C/26/11", title="EXCLUSION OF THE PRESS AND PUBLIC",
         text="RESOLVED that under section 100A(4) of the Local Government Act 1972 the press and public be excluded "
              "from the meeting"),
    dict(page=4, kind="approval", outcome="approved", minute="C/26/12",
         title="ACQUISITION OF LAND AT HOLLIS FARM, BRANTHWAITE (EXEMPT)", ref="26/00015",
         text="RESOLVED that the acquisition of 14.2 hectares of land at Hollis Farm, Branthwaite, for a new "
              "secondary school be approved",
         note="the Chairman's thanks, the call-in note and the date of the next meeting are not labelled"),
]


# ---------------------------------------------------------------------------------------
# 2. NHS foundation trust Council of Governors: a Non-Executive Director appointment RATIFIED on a show of hands,
#    an external auditor appointed on a proposal carried by show of hands, a Lead Governor elected
# ---------------------------------------------------------------------------------------
COG_HEAD = "=Hartmoor and Vale NHS Foundation Trust                Council of Governors (meeting in public) – 10 December 2025"
COG = {
    "file": "hartmoor-vale-ft-council-of-governors-minutes-2025-12-10.pdf",
    "layout": "NHS foundation trust Council of Governors: items CoG 25/41 … 25/54, 'The Council of Governors "
              "RATIFIED / APPROVED / RECEIVED …', votes by show of hands ('20 in favour, 2 against and 1 "
              "abstention'; '(19 for, 3 against, 2 abstentions)'), election results declared by the returning "
              "officer, a Lead Governor elected, an action and a deferral; running head and a signature footer",
    "meeting_date": "2025-12-10",
    "body": "Hartmoor and Vale NHS Foundation Trust Council of Governors",
    "footer": "Signed as a correct record: …………………… (Chair)   Date: ……………                                    Page {n} of {of}",
    "pages": [COG_HEAD + """

=HARTMOOR AND VALE NHS FOUNDATION TRUST
=COUNCIL OF GOVERNORS
=Minutes of the meeting held in public on Wednesday 10 December 2025 at 5.30 pm
=Lecture Theatre 2, Education Centre, Hartmoor General Hospital

Present: Dame Eleanor Whitcombe (Chair of the Trust, presiding); 24 governors, as listed in the attendance record appended to these minutes, including Colin Ashworth (Public Governor, Hartmoor North, Deputy Lead Governor), Bernadette Ho (Public Governor, Vale East), Peter Yates (Public Governor, Hartmoor South), Amina Rahman (Staff Governor, Nursing and Midwifery), Lynne Arbuthnot (Public Governor, Vale West) and Cllr Neil Sturgess (Appointed Governor, Hartmoor Borough Council).
In attendance: Dr Nkechi Ade (Chief Executive); Graham Fellows (Chief Finance Officer); Professor David Achebe (Senior Independent Director); Ruth Lomax (Non-Executive Director and Chair of the Audit Committee); Joanne Pike (Company Secretary); Sam Trivedi (Corporate Governance Officer, minutes). Two members of the public observed the meeting.

=CoG 25/41   Chair's welcome, apologies and quoracy
The Chair welcomed governors, in particular the five governors elected in the autumn elections who were attending their first meeting. Apologies were received from Margaret Doyle (Lead Governor), Dr Imran Patel (Appointed Governor, University of Hartmoor) and Kevin Loach (Staff Governor, Estates and Facilities). The meeting was quorate, with 24 of the 31 governors present.

=CoG 25/42   Declarations of interest
Lynne Arbuthnot declared that she was related by marriage to one of the candidates considered for appointment as a Non-Executive Director. She left the meeting for item CoG 25/45 and did not vote. Professor Achebe declared an interest in the same item, as his reappointment was to be considered, and left the room for that part of it.

=CoG 25/43   Minutes of the meeting held on 17 September 2025 and matters arising
The minutes of the meeting held on 17 September 2025 were APPROVED as an accurate record, subject to the correction of the date of the Governors' Forum to 9 October 2025.
The Company Secretary reported that all the actions from the September meeting had been completed. The visit to the new community diagnostic centre at Vale Road, requested by governors in September, had taken place on 4 November 2025.

=CoG 25/44   Chair's report and Chief Executive's update
The Chair reported on her work since the last meeting, including her appraisal of the Non-Executive Directors, which had been reported to the Nominations and Remuneration Committee in November. Dr Ade gave a presentation on the Trust's performance. The Care Quality Commission had published its report on the Trust's maternity services on 21 November 2025 and had rated them Good, an improvement from Requires Improvement in 2023. Performance against the four-hour standard in the emergency department had been 71.8% in November, against a target of 78%, and 2,914 patients had waited more than 52 weeks for treatment.
Bernadette Ho asked what was being done to reduce the number of patients waiting in corridors in the emergency department. Dr Ade replied that a new 24-bed acute medical unit would open in February 2026 and that the Trust was working with the two local authorities to reduce the number of patients who were fit to leave hospital but waiting for care. Peter Yates asked about the Trust's financial position; Graham Fellows said that the Trust was forecasting a deficit of £3.9 million against a planned deficit of £1.2 million and that the Board of Directors would consider further recovery actions in January.
The Council of Governors NOTED the Chair's report and the Chief Executive's update on the Trust's performance and financial position.
""", COG_HEAD + """

=CoG 25/45   Appointment and reappointment of Non-Executive Directors
The Chair presented the report of the Nominations and Remuneration Committee, which had met on 18 November 2025. Ruth Lomax would complete her second term of office on 31 January 2026. Following a recruitment process supported by an external search firm, 41 applications had been received and six candidates shortlisted. Governors Colin Ashworth and Amina Rahman had sat on the interview panel, with the Chair and the Chief Executive, on 12 November 2025, and a stakeholder panel of staff, patients and partners had met the candidates on the same day. The Committee recommended the appointment of Ms Harriet Kemble, a chartered accountant and former finance director of a housing association, who would succeed Ms Lomax as Chair of the Audit Committee.
Governors asked about the diversity of the shortlist; the Chair said that three of the six shortlisted candidates were women and two were from ethnic minority backgrounds, and that the Committee had asked the search firm to report on the diversity of applicants at every stage. Cllr Sturgess asked whether Ms Kemble had any connection with the local authority; the Company Secretary confirmed that the fit and proper person checks had been completed and had raised no concerns.
The Council of Governors RATIFIED the recommendation of the Nominations and Remuneration Committee and appointed Ms Harriet Kemble as a Non-Executive Director for a term of three years from 1 February 2026. The vote was taken by a show of hands (20 in favour, 2 against, 1 abstention).
Professor Achebe left the room. The Chair reported that the Committee had reviewed Professor Achebe's appraisals and recommended his reappointment for a second term.
The Council of Governors APPROVED the reappointment of Professor David Achebe as a Non-Executive Director for a second term of three years from 1 April 2026. The vote on a show of hands was unanimous.
Professor Achebe and Lynne Arbuthnot returned to the meeting.

=CoG 25/46   Remuneration of the Chair and Non-Executive Directors
The Chair having left the room, Professor Achebe presented the Committee's recommendation that the remuneration of the Chair and Non-Executive Directors be increased in line with the uplift of 3.0% announced by NHS England under its remuneration framework. Peter Yates said that he could not support an increase while the Trust was in deficit; other governors said that the amount was small and that the Trust's rates were already below those of comparable trusts.
The Council of Governors APPROVED an increase of 3.0% in the remuneration of the Chair and the Non-Executive Directors, backdated to 1 April 2025, in line with the NHS England framework.

=CoG 25/47   Appointment of the external auditor
Bernadette Ho, as chair of the governors' Audit Working Group, presented the Group's report. The contract of the current auditor, Marlowe Grant LLP, would end after the audit of the 2025/26 accounts. The procurement had been carried out through a national framework; three firms had bid, and the evaluation panel of two governors, Ruth Lomax and Graham Fellows had scored Halden Clarke LLP highest on quality and second on price. The proposed annual fee of £148,000 plus VAT was 18% higher than the current fee, which Ms Ho said reflected increases across the audit market.
Governors asked whether the change of auditor was a risk in the first year. Ruth Lomax said that Halden Clarke LLP audited four other foundation trusts in the region, and that the Audit Committee would oversee the handover.
Peter Yates proposed, and Amina Rahman seconded, that Halden Clarke LLP be appointed as the Trust's external auditor for three years from 1 April 2026, with an option to extend for up to two further years. On a show of hands the proposal was CARRIED (19 for, 3 against, 2 abstentions).
The Council of Governors therefore APPROVED the appointment of Halden Clarke LLP as the Trust's external auditor for the financial years 2026/27 to 2028/29, at an annual fee of £148,000 plus VAT.
""", COG_HEAD + """

=CoG 25/48   Governor elections and election of the Lead Governor
Joanne Pike reported the results of the autumn elections, which had been run for the Trust by the independent returning officer, Civica Election Services. The returning officer had declared Rosa Mendes elected for Public: Hartmoor North and Jonathan Bell for Public: Vale East; three staff governors had been elected unopposed. Turnout in the public constituencies had been 14.2%. No candidate had been nominated for the vacant seat in Public: Vale West.
Margaret Doyle's term as Lead Governor would end on 31 December 2025. Two nominations had been received, from Colin Ashworth and Bernadette Ho, whose statements had been circulated with the papers. Governors voted by a show of hands: Colin Ashworth 15 votes, Bernadette Ho 9 votes.
The Council of Governors ELECTED Colin Ashworth as Lead Governor for a term of two years from 1 January 2026.
The Council of Governors AGREED that a by-election be held for the vacant seat in Public: Vale West in March 2026.

=CoG 25/49   Amendments to the Constitution
Joanne Pike presented proposed amendments to the Constitution, which would reduce the number of appointed governors from six to five, following the merger of two of the Trust's partner universities, and update the model election rules.
The Council of Governors APPROVED the amendments to the Trust's Constitution set out in Appendix 2, subject to their approval by the Board of Directors on 8 January 2026.

=CoG 25/50   Annual Report and Accounts 2024/25 and the external auditor's report
Graham Fellows presented the Annual Report and Accounts for 2024/25, which the Board of Directors had approved on 19 June 2025 and laid before Parliament. The auditor's opinion on the accounts had been unqualified.
The Council of Governors RECEIVED the Annual Report and Accounts 2024/25 and the external auditor's report on them, as required by the National Health Service Act 2006.

=CoG 25/51   Governors' questions to the Non-Executive Directors
Governors asked the Non-Executive Directors how they held the executive to account for cancer waiting times and for the recovery of the financial position. The Non-Executive Directors answered the questions on finance at the meeting and undertook to answer the questions on cancer waiting times in writing.
ACTION: Company Secretary to circulate the Non-Executive Directors' written answers on cancer waiting times to all governors by 16 January 2026.

=CoG 25/52   Governors' expenses policy
The revised governors' expenses policy was DEFERRED to the meeting on 11 March 2026, so that the Governance Working Group can first consider the proposed mileage rate.

=CoG 25/53   Reports from working groups
Governors received the reports of the Patient Experience, Membership and Engagement, and Audit Working Groups. The Chair thanked the working group chairs and Margaret Doyle, in her absence, for her four years as Lead Governor.

=CoG 25/54   Date of next meeting
Wednesday 11 March 2026 at 5.30 pm, Education Centre, Hartmoor General Hospital.
The meeting closed at 7.52 pm.
"""],
}

COG_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="CoG 25/43",
         title="Minutes of the meeting held on 17 September 2025 and matters arising",
         text="The minutes of the meeting held on 17 September 2025 were APPROVED as an accurate record, subject to "
              "the correction of the date",
         note="apologies, quoracy and the two declarations are not labelled; the actions completed since September "
              "are not decisions of this meeting"),
    dict(page=1, kind="noted", outcome="noted", minute="CoG 25/44", title="Chair's report and Chief Executive's update",
         text="The Council of Governors NOTED the Chair's report and the Chief Executive's update on the Trust's "
              "performance and financial position",
         note="the Care Quality Commission's rating is another body's; the Board of Directors' January "
              "consideration is future business; questions and replies are not labelled"),
    dict(page=2, kind="approval", outcome="ratified", minute="CoG 25/45",
         title="Appointment and reappointment of Non-Executive Directors",
         votes={"for": 20, "against": 2, "abstain": 1},
         text="The Council of Governors RATIFIED the recommendation of the Nominations and Remuneration Committee and "
              "appointed Ms Harriet Kemble as a Non-Executive Director",
         note="counts from the show of hands printed after the sentence (23 voting: 24 present less Lynne "
              "Arbuthnot, who had left)"),
    dict(page=2, kind="approval", outcome="approved", minute="CoG 25/45", unanimous=True,
         title="Appointment and reappointment of Non-Executive Directors",
         text="The Council of Governors APPROVED the reappointment of Professor David Achebe as a Non-Executive "
              "Director for a second term",
         note="'The vote on a show of hands was unanimous': no counts printed, votes null"),
    dict(page=2, kind="approval", outcome="approved", minute="CoG 25/46",
         title="Remuneration of the Chair and Non-Executive Directors",
         text="The Council of Governors APPROVED an increase of 3.0% in the remuneration of the Chair and the "
              "Non-Executive Directors",
         note="NHS England's uplift and the Committee's recommendation are not labelled apart"),
    dict(page=2, kind="motion", outcome="carried", minute="CoG 25/47", title="Appointment of the external auditor",
         votes={"for": 19, "against": 3, "abstain": 2}, proposer="Peter Yates", seconder="Amina Rahman",
         text="Peter Yates proposed, and Amina Rahman seconded, that Halden Clarke LLP be appointed as the Trust's "
              "external auditor for three years",
         note="a governor's proposal put to a show of hands; the approval that follows is labelled beside it"),
    dict(page=2, kind="approval", outcome="approved", minute="CoG 25/47", title="Appointment of the external auditor",
         text="The Council of Governors therefore APPROVED the appointment of Halden Clarke LLP as the Trust's "
              "external auditor for the financial years 2026/27 to 2028/29"),
    dict(page=3, kind="agreement", outcome="agreed", minute="CoG 25/48",
         title="Governor elections and election of the Lead Governor",
         text="The Council of Governors ELECTED Colin Ashworth as Lead Governor for a term of two years from 1 "
              "January 2026",
         note="an election by the meeting (no 'elected' outcome: agreed); the candidates' votes (15 and 9) are not "
              "for/against counts, so votes null; the returning officer's declarations of the governor election "
              "results are not decisions of the meeting"),
    dict(page=3, kind="agreement", outcome="agreed", minute="CoG 25/48",
         title="Governor elections and election of the Lead Governor",
         text="The Council of Governors AGREED that a by-election be held for the vacant seat in Public: Vale West in "
              "March 2026"),
    dict(page=3, kind="approval", outcome="approved", minute="CoG 25/49", title="Amendments to the Constitution",
         text="The Council of Governors APPROVED the amendments to the Trust's Constitution set out in Appendix 2, "
              "subject to their approval by the Board of Directors"),
    dict(page=3, kind="noted", outcome="received", minute="CoG 25/50",
         title="Annual Report and Accounts 2024/25 and the external auditor's report",
         text="The Council of Governors RECEIVED the Annual Report and Accounts 2024/25 and the external auditor's "
              "report on them",
         note="the Board of Directors' approval of the accounts on 19 June 2025 is another body's earlier decision"),
    dict(page=3, kind="action", outcome=None, minute="CoG 25/51",
         title="Governors' questions to the Non-Executive Directors", lead_in="ACTION:", owner="Company Secretary",
         deadline="2026-01-16",
         text="Company Secretary to circulate the Non-Executive Directors' written answers on cancer waiting times to "
              "all governors by 16 January 2026",
         note="the Non-Executive Directors' undertaking in the sentence before is recorded as this action"),
    dict(page=3, kind="deferral", outcome="deferred", minute="CoG 25/52", title="Governors' expenses policy",
         text="The revised governors' expenses policy was DEFERRED to the meeting on 11 March 2026, so that the "
              "Governance Working Group can first consider",
         note="the working group reports 'received' (CoG 25/53) without a recorded decision and the Chair's thanks "
              "are not labelled"),
]


# ---------------------------------------------------------------------------------------
# 3. London borough full Council: budget and council tax resolution with eleven numbered parts over a page
#    break, an amendment lost and the budget carried on recorded votes (a named table of 49 councillors),
#    a motion with an amendment "put and CARRIED" and the substantive motion, a motion lost, a petition
#    referred to Cabinet, public and members' questions
# ---------------------------------------------------------------------------------------
FOR = ["Adeyemi", "Ahmed", "Ashton", "Bailey", "Banerjee", "Brennan", "Chowdhury", "Clarke", "Costa", "Da Silva",
       "Dempsey", "Ellis", "Farah", "Gallagher", "Haskins", "Hussain", "Iqbal", "Jenkins", "Kaur", "Kowalski",
       "Lam", "McAllister", "Mensah", "Nolan", "Okonkwo", "Patel", "Quinn", "Rahman", "Sandhu", "Taylor",
       "Umeh", "Walsh", "Yusuf", "Zielinska"]
AGAINST = ["Barker", "Fenwick", "Grant", "Holt", "Lyle", "Morgan", "Norris", "Pearce", "Roberts", "Stone",
           "Whitby", "Young"]
ABSTAIN = ["Green", "Marsh", "Obi"]
BUDGET_VOTE = sorted([(n, "For") for n in FOR] + [(n, "Against") for n in AGAINST] + [(n, "Abstain") for n in ABSTAIN])


def vote_table(votes: list[tuple[str, str]]) -> str:
    """The recorded vote printed as three 'Councillor | Vote' column pairs, read down the columns."""
    rows = -(-len(votes) // 3)
    cols = [votes[i * rows:(i + 1) * rows] for i in range(3)]
    out = ["=" + "".join(f"{'Councillor':<18}{'Vote':<12}" for _ in range(3)).rstrip()]
    for r in range(rows):
        cells = [f"{'Cllr ' + c[r][0]:<18}{c[r][1]:<12}" if r < len(c) else "" for c in cols]
        out.append("=" + "".join(cells).rstrip())
    return "\n".join(out)


LB_HEAD = "=London Borough of Hollowmere                                     Minutes of the Council – 25 February 2026"
LB = {
    "file": "hollowmere-council-minutes-2026-02-25.pdf",
    "layout": "London borough full Council (budget meeting): minutes 110. … 121., questions from the public, a "
              "petition debate referred to the Cabinet, the budget and council tax resolution in eleven numbered "
              "parts over a page break with figures and a band table, an amendment lost and the budget carried on "
              "recorded votes (a named table of 49 councillors), a motion amended ('the amendment was put and "
              "CARRIED') and the substantive motion carried, a motion lost, an appointment",
    "meeting_date": "2026-02-25",
    "body": "London Borough of Hollowmere Council",
    "footer": "Council – 25 February 2026                     Mayor ……………………                                   Page {n} of {of}",
    "pages": [LB_HEAD + """

=LONDON BOROUGH OF HOLLOWMERE
=MINUTES OF THE MEETING OF THE COUNCIL
=held on Wednesday 25 February 2026 at 7.00 pm at Hollowmere Town Hall, Broad Street, London N29 4TH

Present: The Mayor (Councillor Bernadette Costa) in the Chair; the Deputy Mayor (Councillor Samir Farah); and 47 other Councillors, whose names are shown in the recorded vote at minute 116.
Officers: Louise Garland (Chief Executive); Martin Oduya (Strategic Director of Finance and Section 151 Officer); Helen Strachan (Director of Legal and Governance and Monitoring Officer); Aaron Pike (Head of Democratic Services).

=110.   APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillors Devlin and Osei.

=111.   DECLARATIONS OF INTEREST
The Monitoring Officer reminded members that a councillor who is two months or more in arrears with council tax may not vote on the budget, and confirmed that no member was in that position. Councillors Ahmed and Walsh declared that they were members of the board of Hollowmere Homes Ltd (minute 116) and had a dispensation to speak and vote.

=111A.   MAYOR'S ANNOUNCEMENTS
The Mayor thanked everyone who had supported her charity quiz night, which had raised £4,230 for the Hollowmere Food Bank, and congratulated the Council's street cleansing team on winning a London Green Flag award.

=112.   MINUTES
RESOLVED: That the minutes of the meeting of the Council held on 21 January 2026 be agreed and signed by the Mayor as a correct record.

=113.   QUESTIONS FROM MEMBERS OF THE PUBLIC
(1) Ms Grace Ekwueme asked how many families were living in temporary accommodation outside the borough. Councillor Patel, Cabinet Member for Housing, replied that 412 households were placed outside Hollowmere, most of them in Enfield and Harlow, and that the Council had bought 96 homes in the borough in 2025 to reduce this number.
(2) Mr Tony Bright asked whether the Council would reverse the decision to introduce charges for green waste collection. Councillor Haskins replied that the charge of £65 a year had been agreed by the Cabinet in October 2025 and would not be reversed, but that households receiving council tax support would pay half.
(3) Ms Olivia Marsh asked when the lifts at Compton Tower would be repaired. Councillor Patel said that he would reply in writing, as the contractor had not yet confirmed a date.

=114.   PETITION: SAVE FERNHILL LIBRARY
A petition containing 3,214 valid signatures, which met the threshold for a debate at full Council under the Council's petition scheme, asked the Council to keep Fernhill Library open for six days a week. Mrs Sheila Dunne, the lead petitioner, addressed the Council for five minutes. She said that the library was the only public building in Fernhill open in the evenings and was used by 600 children a week for homework clubs.
Councillor Kaur, Cabinet Member for Culture and Communities, responded that the proposed reduction to four days a week was part of the Library Strategy consultation and that no decision had been taken. Councillor Holt said that the opposition supported the petitioners and that the library should be kept open without cuts. Councillor Nolan suggested that the Cabinet consider community management of the library on the days it would otherwise be closed.
RESOLVED: That the petition be referred to the Cabinet for consideration at its meeting on 10 March 2026, together with the comments made by members in the debate.

""", LB_HEAD + """

=115.   QUESTIONS FROM MEMBERS
Eight questions had been received from members. Questions 1 to 5 were answered at the meeting; the time for questions having expired, written answers to questions 6 to 8 will be sent to the members who asked them and published. In answer to a supplementary question from Councillor Stone, the Leader said that he would meet the Metropolitan Police borough commander about knife crime in Fernhill ward.

=116.   REVENUE BUDGET 2026/27, COUNCIL TAX SETTING AND CAPITAL PROGRAMME 2026/27 TO 2030/31
The Council considered the recommendations of the Cabinet of 9 February 2026 and the report of the Strategic Director of Finance, with the supplementary report on the final Local Government Finance Settlement published on 11 February 2026 and the Greater London Authority's precept.
The Leader of the Council, Councillor Mensah, moved the recommendations of the Cabinet. He said that the budget protected front-line services despite a £26.8 million rise in the cost of temporary accommodation and adult social care since 2023, and that it included £4.5 million of new investment in street cleansing, youth services and the school uniform grant. The Deputy Leader, Councillor Jenkins, seconded the recommendations.
Martin Oduya made his statement under section 25 of the Local Government Act 2003. He was satisfied that the estimates were robust and the proposed reserves adequate, but warned that the general fund balance of £14.2 million was at the lower end of the range he considered prudent.
Councillor Morgan, Leader of the Opposition, moved, and Councillor Fenwick seconded, an amendment to reduce the increase in parking permit charges from 10% to 3% and to fund the difference of £1.1 million from the Transformation Reserve. The Strategic Director of Finance confirmed that the amendment was balanced and lawful. In debate, Councillor Lyle said that residents were facing a fourth year of above-inflation rises, and Councillor Haskins said that the Transformation Reserve was committed to projects that would save £3 million a year.
In accordance with the Local Authorities (Standing Orders) (England) (Amendment) Regulations 2014 the votes on the budget were recorded. On a recorded vote the amendment was LOST (For 13, Against 34, Abstain 2).
The Council then debated the recommendations of the Cabinet. Councillor Green said that she would abstain because the budget did not go far enough on climate action, and Councillor Roberts said that the capital programme relied too heavily on borrowing. The recommendations were put to a recorded vote as follows.
=RECORDED VOTE – BUDGET AND COUNCIL TAX 2026/27 (recommendations of the Cabinet)
""" + vote_table(BUDGET_VOTE) + f"""
=Result: For {len(FOR)}, Against {len(AGAINST)}, Abstain {len(ABSTAIN)}. The recommendations were CARRIED.
RESOLVED: That the Council
(1) approves the General Fund revenue budget for 2026/27 with a net budget requirement of £318.6 million, as set out in Appendix A to the report;
""", LB_HEAD + """

(2) approves the Medium Term Financial Strategy 2026/27 to 2028/29, including the savings proposals of £12.4 million in Appendix C;
(3) notes that on 26 January 2026 the Cabinet calculated the council tax base for 2026/27 as 86,412.7 Band D equivalent properties;
(4) agrees the following amounts, calculated for 2026/27 in accordance with sections 31 to 36 of the Local Government Finance Act 1992:
   (a) £1,126,440,000, the aggregate of the amounts under section 31A(2) of the Act;
   (b) £962,892,100, the aggregate of the amounts under section 31A(3) of the Act;
   (c) £163,547,900, the council tax requirement for 2026/27 under section 31A(4) of the Act;
   (d) £1,892.61, the basic amount of council tax for 2026/27 under section 31B(1) of the Act;
(5) sets the Council's Band D council tax for 2026/27 at £1,892.61, an increase of 4.99%, of which 2% is the adult social care precept;
(6) notes that the Greater London Authority has set a precept for 2026/27 of £490.38 for a Band D property, as shown in the table below;
(7) sets the following amounts of council tax for 2026/27 for each of the valuation bands, being the aggregate of the Council's and the Greater London Authority's amounts:
=        Band             A           B           C           D           E           F           G           H
=        Hollowmere   1,261.74    1,472.03    1,682.32    1,892.61    2,313.19    2,733.77    3,154.35    3,785.22
=        GLA            326.92      381.41      435.89      490.38      599.35      708.33      817.30      980.76
=        Total        1,588.66    1,853.44    2,118.21    2,382.99    2,912.54    3,442.10    3,971.65    4,765.98
(8) determines that the Council's relevant basic amount of council tax for 2026/27 is not excessive in accordance with the principles approved under section 52ZB of the Act;
(9) approves the capital programme for 2026/27 to 2030/31 of £248.9 million and its financing, as set out in Appendix E to the report;
(10) approves the Treasury Management Strategy, the Capital Strategy and the Minimum Revenue Provision policy statement for 2026/27; and
(11) delegates authority to the Strategic Director of Finance to make any technical adjustments to the budget that do not change the council tax.

=117.   MOTION: CLEAN AIR AROUND SCHOOLS
Councillor Banerjee moved, and Councillor Haskins seconded, the following motion: "This Council notes that 31 of Hollowmere's 58 primary schools are in areas where nitrogen dioxide exceeds the World Health Organization guideline, and calls on the Cabinet to extend the School Streets programme to at least 20 primary schools by September 2027."
Councillor Lyle moved, and Councillor Whitby seconded, an amendment to add at the end of the motion: "and asks the Cabinet Member for Environment to report on progress to the Environment Scrutiny Committee by 30 June 2026." Councillor Banerjee said that she was happy to accept the amendment.
After debate, the amendment was put and CARRIED. The substantive motion, as amended, was then put and CARRIED.
RESOLVED: That this Council calls on the Cabinet to extend the School Streets programme to at least 20 primary schools by September 2027, and asks the Cabinet Member for Environment to report on progress to the Environment Scrutiny Committee by 30 June 2026.
""", LB_HEAD + """

=118.   MOTION: FREE SATURDAY PARKING IN DISTRICT CENTRES
Councillor Morgan moved, and Councillor Pearce seconded, the following motion: "This Council resolves to offer free parking in the borough's five district centres on Saturdays in the four weeks before Christmas, funded from the Parking Reserve, to support local traders."
Councillor Ashton, Cabinet Member for Transport, said that the Parking Reserve was ring-fenced by law for transport purposes and that the Council had offered free parking on two Saturdays in December 2025, which had cost £86,000 and had not increased footfall. Councillor Pearce said that the traders' associations supported the motion.
On being put to the vote, the motion was LOST.

=119.   APPOINTMENTS TO COMMITTEES
RESOLVED: That Councillor Rahman be appointed to the Licensing Committee in place of Councillor Kowalski, for the remainder of the municipal year 2025/26.

=120.   REPORTS OF THE AUDIT COMMITTEE AND THE STANDARDS COMMITTEE
The Council received, for information, the annual reports of the Audit Committee and the Standards Committee. The Audit Committee had approved the statement of accounts for 2024/25 on 27 November 2025. There was no debate.

=121.   URGENT BUSINESS
There was no urgent business. The Mayor thanked the Strategic Director of Finance and his team, and the Democratic Services team, for their work in preparing for the budget meeting.

The meeting closed at 10.41 pm.
"""],
}

B = "REVENUE BUDGET 2026/27, COUNCIL TAX SETTING AND CAPITAL PROGRAMME 2026/27 TO 2030/31"
RC = "RESOLVED: That the Council"
MO = "MOTION: CLEAN AIR AROUND SCHOOLS"
LB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="112", title="MINUTES",
         text="RESOLVED: That the minutes of the meeting of the Council held on 21 January 2026 be agreed and signed "
              "by the Mayor as a correct record",
         note="apologies, declarations (the arrears reminder, a dispensation) and the Mayor's announcements are not "
              "labelled; public questions 113 and their answers (the Cabinet's earlier green waste decision, a "
              "written reply promised) are not decisions"),
    dict(page=1, kind="referral", outcome="referred", minute="114", title="PETITION: SAVE FERNHILL LIBRARY",
         to="Cabinet",
         text="RESOLVED: That the petition be referred to the Cabinet for consideration at its meeting on 10 March "
              "2026, together with the comments made",
         note="the petition, the lead petitioner's speech and the Cabinet Member's response are not labelled; the "
              "Leader's undertaking in members' questions (115) is not a decision"),
    dict(page=2, kind="amendment", outcome="lost", minute="116", title=B, proposer="Councillor Morgan",
         seconder="Councillor Fenwick", votes={"for": 13, "against": 34, "abstain": 2},
         text="Councillor Morgan, Leader of the Opposition, moved, and Councillor Fenwick seconded, an amendment to "
              "reduce the increase in parking permit charges",
         note="counts from 'On a recorded vote the amendment was LOST (For 13, Against 34, Abstain 2)'; the names "
              "for the amendment's vote are not printed"),
    dict(page=2, kind="motion", outcome="carried", minute="116", title=B, proposer="Councillor Mensah",
         seconder="Councillor Jenkins", votes={"for": 34, "against": 12, "abstain": 3},
         text="The Leader of the Council, Councillor Mensah, moved the recommendations of the Cabinet",
         note="the Deputy Leader seconded in a later sentence; counts from the recorded vote table (49 names) and "
              "its 'Result:' line; the Cabinet's recommendations of 9 February are this motion, not a separate "
              "decision"),
]
for item, kind, outcome, text in [
    ("1", "approval", "approved", "approves the General Fund revenue budget for 2026/27 with a net budget requirement "
                                  "of £318.6 million"),
    ("2", "approval", "approved", "approves the Medium Term Financial Strategy 2026/27 to 2028/29, including the "
                                  "savings proposals of £12.4 million in Appendix C"),
    ("3", "noted", "noted", "notes that on 26 January 2026 the Cabinet calculated the council tax base for 2026/27 as "
                            "86,412.7 Band D equivalent properties"),
    ("4", "agreement", "agreed", "agrees the following amounts, calculated for 2026/27 in accordance with sections "
                                 "31 to 36 of the Local Government Finance Act 1992"),
]:
    LB_LABELS.append(dict(page=2 if item == "1" else 3, kind=kind, outcome=outcome, minute="116", item=item, title=B, lead_in=RC, text=text))
LB_LABELS[-2]["note"] = "the Cabinet's calculation of the tax base on 26 January is an earlier decision; the noting is this meeting's"
LB_LABELS[-1]["note"] = ("one label for part (4) and its lettered amounts (a) to (d); the resolution runs over the "
                         "page break after part (2); the amounts are not labelled apart")
for item, kind, outcome, text in [
    ("5", "resolution", "agreed", "sets the Council's Band D council tax for 2026/27 at £1,892.61, an increase of "
                                  "4.99%, of which 2% is the adult social care precept"),
    ("6", "noted", "noted", "notes that the Greater London Authority has set a precept for 2026/27 of £490.38 for a "
                            "Band D property"),
    ("7", "resolution", "agreed", "sets the following amounts of council tax for 2026/27 for each of the valuation "
                                  "bands"),
    ("8", "agreement", "agreed", "determines that the Council's relevant basic amount of council tax for 2026/27 is "
                                 "not excessive"),
    ("9", "approval", "approved", "approves the capital programme for 2026/27 to 2030/31 of £248.9 million and its "
                                  "financing"),
    ("10", "approval", "approved", "approves the Treasury Management Strategy, the Capital Strategy and the Minimum "
                                   "Revenue Provision policy statement for 2026/27"),
    ("11", "delegation", "agreed", "delegates authority to the Strategic Director of Finance to make any technical "
                                   "adjustments to the budget that do not change the council tax"),
]:
    LB_LABELS.append(dict(page=3, kind=kind, outcome=outcome, minute="116", item=item, title=B, lead_in=RC, text=text))
LB_LABELS[-6]["note"] = "the GLA's precept is another body's decision; the Council's noting of it is labelled"
LB_LABELS[-5]["note"] = "setting the amounts for each band; the band table itself is not labelled"
LB_LABELS += [
    dict(page=3, kind="amendment", outcome="carried", minute="117", title=MO, proposer="Councillor Lyle",
         seconder="Councillor Whitby",
         text="Councillor Lyle moved, and Councillor Whitby seconded, an amendment to add at the end of the motion",
         note="'the amendment was put and CARRIED' on a show of hands, no counts printed"),
    dict(page=3, kind="motion", outcome="carried", minute="117", title=MO, proposer="Councillor Banerjee",
         seconder="Councillor Haskins",
         text="Councillor Banerjee moved, and Councillor Haskins seconded, the following motion",
         note="the substantive motion, as amended, 'put and CARRIED'; no counts printed"),
    dict(page=3, kind="resolution", outcome="agreed", minute="117", title=MO,
         text="RESOLVED: That this Council calls on the Cabinet to extend the School Streets programme to at least "
              "20 primary schools by September 2027",
         note="the resolution the substantive motion produced, labelled beside the motion and the amendment"),
    dict(page=4, kind="motion", outcome="lost", minute="118",
         title="MOTION: FREE SATURDAY PARKING IN DISTRICT CENTRES", proposer="Councillor Morgan",
         seconder="Councillor Pearce",
         text="Councillor Morgan moved, and Councillor Pearce seconded, the following motion",
         note="'On being put to the vote, the motion was LOST.' with no counts"),
    dict(page=4, kind="approval", outcome="approved", minute="119", title="APPOINTMENTS TO COMMITTEES",
         text="RESOLVED: That Councillor Rahman be appointed to the Licensing Committee in place of Councillor "
              "Kowalski",
         note="the committees' annual reports received for information (120), the Audit Committee's approval of "
              "the accounts and the Mayor's thanks are not labelled"),
]


# ---------------------------------------------------------------------------------------
# 4. Scottish council committee minute: "Decision" headings, "The Committee agreed:– (i) … (ii) …", a division
#    "Amendment 5 votes, Motion 7 votes", an exclusion under Section 50A(4) and an item taken in private
# ---------------------------------------------------------------------------------------
MOTION_NAMES = ["Sinclair", "Reid", "Cowan", "Drummond", "MacPhail", "Stewart", "Wallace"]
AMENDMENT_NAMES = ["Baxter", "Munro", "Gillies", "Hendry", "Lockhart"]


def names(who: list[str]) -> str:
    """'Councillors A, B and C' as a division's names are printed."""
    return "Councillors " + ", ".join(who[:-1]) + " and " + who[-1]


SC_HEAD = "=Inverallan Council                                  Housing and Communities Committee – 20 January 2026"
SC = {
    "file": "inverallan-housing-communities-committee-minute-2026-01-20.pdf",
    "layout": "Scottish council committee minute: sederunt, items 1-11, 'There was submitted a report by …', a "
              "'Decision' heading and 'The Committee agreed:–' with '(i) … (ii) … (iii) …', a motion and an "
              "amendment decided by division ('Amendment 5 votes, Motion 7 votes', with names), an exclusion under "
              "Section 50A(4) and an item taken in private; running head and page footer",
    "meeting_date": "2026-01-20",
    "body": "Inverallan Council Housing and Communities Committee",
    "footer": "Inverallan Council – Housing and Communities Committee – 20.01.2026                            Page {n} of {of}",
    "pages": [SC_HEAD + """

=INVERALLAN COUNCIL
=MINUTE of MEETING of the HOUSING AND COMMUNITIES COMMITTEE held in the Council Chamber, Inverallan House,
=Strathdene, on Tuesday 20 January 2026 at 10.00 am.

=Present:  Councillor Morag Sinclair (Convener), Councillor Hamish Reid (Vice-Convener), and Councillors
=          Fiona Baxter, Ailsa Cowan, Ross Drummond, Ewan Gillies, Kirsty Hendry, David Lockhart,
=          Catriona MacPhail, Iain Munro, Graeme Stewart (substitute for Councillor Lorna Bain) and Neil Wallace.
=In attendance: Euan Drummond, Executive Director of Communities; Shona Baird, Head of Housing Strategy;
=          Craig Ferguson, Head of Finance; Moira Kerr, Head of Legal and Democratic Services; Alison Ure,
=          Committee Officer. Also present: Mr Bill Sutherland (Inverallan Tenants' Federation, non-voting).

=1.   APOLOGIES FOR ABSENCE AND SUBSTITUTIONS
An apology for absence was intimated on behalf of Councillor Lorna Bain, for whom Councillor Graeme Stewart substituted.

=2.   DECLARATIONS OF INTEREST
Councillor Iain Munro made a transparency statement in relation to item 4, as he is a Council tenant, and advised that, having applied the objective test, he did not consider that he had an interest requiring him to withdraw. There were no other declarations.

=3.   MINUTE OF PREVIOUS MEETING
There was submitted the minute of the meeting of the Housing and Communities Committee held on 25 November 2025.
=Decision
The Committee approved the minute of its meeting held on 25 November 2025 as a correct record.

=4.   HOUSING REVENUE ACCOUNT: RENT SETTING 2026/27
There was submitted a report by the Executive Director of Communities (HC/01/26) which set out the proposed Housing Revenue Account (HRA) budget for 2026/27 and the results of the consultation with tenants on three options for the rent increase: 5.5%, 6.5% and 7.5%. The report recommended an increase of 6.5%, which would allow the HRA capital programme, including the replacement of 1,200 heating systems, to proceed as planned.
Euan Drummond advised that 2,140 tenants had responded to the consultation, of whom 58% favoured the lowest option, 29% the middle option and 13% the highest. The average weekly rent would rise from £89.42 to £95.23 under the recommended option. The Scottish Housing Regulator had asked all landlords to demonstrate that rents remained affordable, and the Council's rents would remain below the average for Scottish local authorities.
Mr Sutherland, on behalf of the Tenants' Federation, said that tenants understood the need for investment but that many were struggling with energy costs, and asked that the Council increase its support for tenants in arrears. In response to questions from members, Craig Ferguson confirmed that each 1% of rent increase yielded approximately £410,000 and that a 5.5% increase would require the capital programme to be reduced by £3.2 million over five years.
The Convener, seconded by Councillor Reid, moved that the Committee agree the recommendations in the report.
Councillor Baxter, seconded by Councillor Munro, moved as an amendment that the Committee agree a rent increase of 5.5% and instruct the Executive Director of Communities to identify savings in the HRA management budget.
On a division, there voted:
""" + f"""For the amendment (5): {names(AMENDMENT_NAMES)}.
For the motion (7): {names(MOTION_NAMES)}.
=Amendment 5 votes, Motion 7 votes
The motion was accordingly carried and the amendment fell.
""", SC_HEAD + """

=Decision
=The Committee agreed:–
(i) to approve a rent increase of 6.5% for all Council houses, garages and lock-ups with effect from 6 April 2026;
(ii) to note the results of the tenant consultation on the rent options, as set out in Appendix 2 to the report; and
(iii) to instruct the Executive Director of Communities to report on rent affordability and support for tenants in arrears to the Committee on 12 May 2026.

=5.   HRA CAPITAL PROGRAMME 2026/27 TO 2030/31
There was submitted a report by the Executive Director of Communities (HC/02/26) which set out a five-year HRA capital programme of £38.4 million, including £11.6 million for heating replacements, £7.9 million for kitchens and bathrooms to meet the Scottish Housing Quality Standard and £4.2 million for fire safety works in the Council's six multi-storey blocks. The programme required additional prudential borrowing of £6.0 million, which under the Scheme of Delegation must be approved by the Finance and Resources Committee.
Councillor Lockhart asked about progress towards the Energy Efficiency Standard for Social Housing; Shona Baird advised that 71% of the Council's homes met the standard and that the Scottish Government had not yet published the revised standard.
=Decision
=The Committee agreed:–
(i) to approve the HRA capital programme for 2026/27 to 2030/31 of £38.4 million, as set out in Appendix 1 to the report; and
(ii) to refer the proposed additional prudential borrowing of £6.0 million to the Finance and Resources Committee for approval.

=6.   STRATEGIC HOUSING INVESTMENT PLAN 2026–2031
There was submitted a report by the Head of Housing Strategy (HC/03/26) which sought approval of the Strategic Housing Investment Plan (SHIP) for 2026–2031, setting out the priority projects for the delivery of 940 affordable homes with the Council's partner housing associations. The Scottish Government's Resource Planning Assumption for Inverallan was £21.7 million for 2026/27.
Members welcomed the inclusion of 60 homes for wheelchair users and discussed the shortage of affordable housing in the rural wards. Councillor Gillies asked that the sites in Glenmorie be given a higher priority; the Head of Housing Strategy said that this would be considered in the annual review.
=Decision
=The Committee agreed:–
(i) to approve the Strategic Housing Investment Plan 2026–2031 for submission to the Scottish Government by 30 January 2026; and
(ii) to delegate authority to the Head of Housing Strategy, in consultation with the Convener, to make minor changes to the Plan before its submission.

=7.   HOMELESSNESS: PERFORMANCE UPDATE
There was submitted a report by the Executive Director of Communities (HC/04/26) on the Council's performance in meeting its homelessness duties in the six months to 30 September 2025. Homeless applications had increased by 14%, and the average time spent in temporary accommodation had risen to 187 days. The Scottish Government had announced additional funding of £2 million for Scottish councils' temporary accommodation, the allocation of which was not yet known.
Members noted the terms of the report and asked about the use of bed and breakfast accommodation, which Shona Baird advised had been used for 23 households in the period, none of them with children.
=Decision
The Committee noted the report and the increase of 14% in homeless applications in the six months to 30 September 2025.
""", SC_HEAD + """

=8.   TENANT PARTICIPATION STRATEGY 2026–2029
There was submitted a report by the Head of Housing Strategy (HC/05/26) which sought approval of a new Tenant Participation Strategy. Mr Sutherland advised that two of the Registered Tenants' Organisations had not had time to comment on the final draft.
=Decision
The Committee agreed to continue consideration of the Tenant Participation Strategy to its next meeting, to allow further discussion with the Registered Tenants' Organisations.

=9.   HOUSING SERVICES ANNUAL ASSURANCE STATEMENT – TIMETABLE
The Committee heard from the Head of Housing Strategy that the Annual Assurance Statement would be submitted to the Committee in September, as in previous years. The Committee noted the position; no decision was required.

=10.   EXCLUSION OF THE PUBLIC
The Committee resolved, under Section 50A(4) of the Local Government (Scotland) Act 1973, to exclude the public from the meeting during consideration of the following item of business on the grounds that it involved the likely disclosure of exempt information as defined in Paragraphs 6 and 9 of Part I of Schedule 7A to the Act.

=11.   ACQUISITION OF 24 FLATS AT MILLBURN ROAD, STRATHDENE (PRIVATE)
There was submitted a report by the Executive Director of Communities (HC/06/26) on the proposed purchase of 24 newly built flats at Millburn Road, Strathdene, from a private developer, for use as affordable rented housing. The summary below is published; the price and terms remain exempt.
=Decision
=The Committee agreed:–
(i) to approve the purchase of 24 flats at Millburn Road, Strathdene, funded from the HRA capital programme and Scottish Government grant, on the terms set out in the report; and
(ii) to instruct the Head of Legal and Democratic Services to conclude missives for the purchase by 31 March 2026.

The Convener thanked members, officers and Mr Sutherland for their contributions. The next meeting of the Committee will be held on Tuesday 17 March 2026 at 10.00 am.
The meeting ended at 12.35 pm.
"""],
}

AGREED = "The Committee agreed:–"
R4 = "HOUSING REVENUE ACCOUNT: RENT SETTING 2026/27"
R5 = "HRA CAPITAL PROGRAMME 2026/27 TO 2030/31"
R6 = "STRATEGIC HOUSING INVESTMENT PLAN 2026–2031"
R11 = "ACQUISITION OF 24 FLATS AT MILLBURN ROAD, STRATHDENE (PRIVATE)"
SC_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="3", title="MINUTE OF PREVIOUS MEETING", lead_in="Decision",
         text="The Committee approved the minute of its meeting held on 25 November 2025 as a correct record",
         note="the substitution and Councillor Munro's transparency statement are not labelled"),
    dict(page=1, kind="motion", outcome="carried", minute="4", title=R4, proposer="Councillor Sinclair",
         seconder="Councillor Reid", votes={"for": 7, "against": 5, "abstain": 0},
         text="The Convener, seconded by Councillor Reid, moved that the Committee agree the recommendations in the "
              "report",
         note="'Amendment 5 votes, Motion 7 votes': in a Scottish division members vote for the motion or the "
              "amendment, so the amendment's 5 are the motion's against; all 12 members voted, abstain 0; the "
              "report's recommended 6.5% is the motion"),
    dict(page=1, kind="amendment", outcome="lost", minute="4", title=R4, proposer="Councillor Baxter",
         seconder="Councillor Munro", votes={"for": 5, "against": 7, "abstain": 0},
         text="Councillor Baxter, seconded by Councillor Munro, moved as an amendment that the Committee agree a rent "
              "increase of 5.5%",
         note="'the amendment fell' on the division: outcome lost"),
    dict(page=2, kind="approval", outcome="approved", minute="4", item="i", title=R4, lead_in=AGREED,
         text="to approve a rent increase of 6.5% for all Council houses, garages and lock-ups with effect from 6 "
              "April 2026",
         note="the Decision is printed at the top of page 2, the item's heading and division on page 1"),
    dict(page=2, kind="noted", outcome="noted", minute="4", item="ii", title=R4, lead_in=AGREED,
         text="to note the results of the tenant consultation on the rent options, as set out in Appendix 2 to the "
              "report"),
    dict(page=2, kind="action", outcome=None, minute="4", item="iii", title=R4, lead_in=AGREED,
         owner="Executive Director of Communities", deadline="2026-05-12",
         text="to instruct the Executive Director of Communities to report on rent affordability and support for "
              "tenants in arrears to the Committee"),
    dict(page=2, kind="approval", outcome="approved", minute="5", item="i", title=R5, lead_in=AGREED,
         text="to approve the HRA capital programme for 2026/27 to 2030/31 of £38.4 million, as set out in Appendix "
              "1 to the report"),
    dict(page=2, kind="referral", outcome="referred", minute="5", item="ii", title=R5, lead_in=AGREED,
         to="Finance and Resources Committee",
         text="to refer the proposed additional prudential borrowing of £6.0 million to the Finance and Resources "
              "Committee for approval",
         note="the Scottish Government's unpublished standard is not a decision"),
    dict(page=2, kind="approval", outcome="approved", minute="6", item="i", title=R6, lead_in=AGREED,
         text="to approve the Strategic Housing Investment Plan 2026–2031 for submission to the Scottish Government "
              "by 30 January 2026"),
    dict(page=2, kind="delegation", outcome="agreed", minute="6", item="ii", title=R6, lead_in=AGREED,
         text="to delegate authority to the Head of Housing Strategy, in consultation with the Convener, to make "
              "minor changes to the Plan",
         note="the Head of Housing Strategy's undertaking to consider Glenmorie in the annual review is not "
              "labelled"),
    dict(page=2, kind="noted", outcome="noted", minute="7", title="HOMELESSNESS: PERFORMANCE UPDATE",
         lead_in="Decision",
         text="The Committee noted the report and the increase of 14% in homeless applications in the six months to "
              "30 September 2025",
         note="'Members noted the terms of the report' in the discussion is not labelled apart; the Scottish "
              "Government's funding announcement is another body's"),
    dict(page=3, kind="deferral", outcome="deferred", minute="8", title="TENANT PARTICIPATION STRATEGY 2026–2029",
         lead_in="Decision",
         text="The Committee agreed to continue consideration of the Tenant Participation Strategy to its next "
              "meeting",
         note="'continue consideration' is the Scottish deferral; item 9 ('noted the position; no decision was "
              "required') is not labelled"),
    dict(page=3, kind="resolution", outcome="agreed", minute="10", title="EXCLUSION OF THE PUBLIC",
         text="The Committee resolved, under Section 50A(4) of the Local Government (Scotland) Act 1973, to exclude "
              "the public from the meeting"),
    dict(page=3, kind="approval", outcome="approved", minute="11", item="i", title=R11, lead_in=AGREED,
         text="to approve the purchase of 24 flats at Millburn Road, Strathdene, funded from the HRA capital "
              "programme and Scottish Government grant",
         note="an item taken in private whose decision is published"),
    dict(page=3, kind="action", outcome=None, minute="11", item="ii", title=R11, lead_in=AGREED,
         owner="Head of Legal and Democratic Services", deadline="2026-03-31",
         text="to instruct the Head of Legal and Democratic Services to conclude missives for the purchase by 31 March "
              "2026",
         note="the Convener's thanks and the next meeting are not labelled"),
]


# ---------------------------------------------------------------------------------------
# 5. District council committee: minutes "(7)", decisions numbered inline ("It was RESOLVED that: a) … b) …"),
#    a recommendation quoted then amended, an amendment with counts, an item deferred, an urgent item,
#    recommendations to full Council
# ---------------------------------------------------------------------------------------
DC_HEAD = "=ASHDOWN VALE DISTRICT COUNCIL – POLICY AND RESOURCES COMMITTEE – 22 JANUARY 2026"
DC = {
    "file": "ashdown-vale-policy-resources-committee-minutes-2026-01-22.pdf",
    "layout": "District council Policy and Resources Committee: minutes (1) … (13), decisions numbered inline in "
              "one paragraph ('It was RESOLVED that: a) …; b) …; and c) …'), an officer recommendation quoted "
              "and then amended ('(7 for, 4 against, 0 abstentions)'), recommendations to full Council, an item "
              "deferred, an urgent item taken under section 100B(4)(b), running head and a 'Chairman's initials' "
              "footer",
    "meeting_date": "2026-01-22",
    "body": "Ashdown Vale District Council Policy and Resources Committee",
    "footer": "Policy and Resources Committee 22.01.26              Chairman's initials ……………            Page {n} of {of}",
    "pages": [DC_HEAD + """

=ASHDOWN VALE DISTRICT COUNCIL
=Minutes of a meeting of the POLICY AND RESOURCES COMMITTEE held at the Council Offices, Station Road,
=Ashdown, on Thursday 22 January 2026 at 6.30 pm

Present: Councillor Robert Meade (Chairman); Councillor Linda Forsyth (Vice-Chairman); Councillors Jean Abbott, Colin Bright, Sara Cheung, Michael Dunn, Patricia Eaves, Harry Fox, Nadia Gill, Tom Ireland and Ben Jolly.
Officers present: Karen Whitlow (Chief Executive); Andrew Pell (Director of Finance and Section 151 Officer); Joanna Reece (Head of Environmental Services); Phil Sharma (Head of Revenues and Benefits); Dawn Lacey (Legal Services Manager and Deputy Monitoring Officer); Mia Young (Democratic Services Officer).

=(1)   APOLOGIES FOR ABSENCE AND SUBSTITUTES
Apologies were received from Councillor Gavin Ness. There were no substitutes.

=(2)   DECLARATIONS OF INTEREST
Councillor Colin Bright declared a personal interest in minute (5) as a trustee of the Ashdown Town Centre Partnership. Councillor Nadia Gill declared a disclosable pecuniary interest in minute (10), as she owns a business in Mill Lane affected by the flooding, and left the meeting for that item.

=(3)   MINUTES
It was RESOLVED that the minutes of the meeting of the Committee held on 20 November 2025 be approved as a correct record and signed by the Chairman.

=(4)   PUBLIC PARTICIPATION
Mr Keith Dawes, of the Ashdown Traders' Association, spoke on item (5). He said that the proposed increase in the charge for the first hour at Mill Lane car park, from £1.20 to £1.50, would drive shoppers to the out-of-town retail park, where parking was free. Mrs Angela Price spoke on item (7) and asked the Committee to keep the Vale Leisure Centre swimming pool open during the refurbishment. The Chairman thanked both speakers.

=(5)   CAR PARKING TARIFFS 2026/27
The Head of Environmental Services presented the report. Car parking income had fallen short of the budget by £212,000 in 2025/26, and the tariffs had not been increased since April 2023. The report recommended that the revised tariffs set out in Appendix 1 be approved with effect from 1 April 2026, including an increase in the first-hour charge at all short-stay car parks to £1.50, and that the Council be recommended to amend the Off-Street Parking Places Order accordingly.
Members discussed the effect of the increases on the town centres. Councillor Bright said that footfall in Ashdown town centre was 9% lower than in 2019 and that the Mill Lane car park was essential to the small shops in the lower town. Councillor Fox said that the Council could not afford to subsidise parking while it faced a budget gap of £1.4 million in 2027/28. Joanna Reece said that keeping the Mill Lane first-hour charge at £1.20 would reduce the additional income by about £18,000 a year.
Councillor Bright moved an amendment, seconded by Councillor Cheung, that the charge for the first hour at Mill Lane car park remain at £1.20. On being put to the vote the amendment was CARRIED (7 for, 4 against, 0 abstentions).
It was RESOLVED that: a) the revised car parking tariffs set out in Appendix 1 to the report be approved with effect from 1 April 2026, except that the charge for the first hour at Mill Lane car park remain at £1.20; b) it be RECOMMENDED to Council that the Ashdown Vale (Off-Street Parking Places) Order be amended to give effect to the revised tariffs; and c) the Head of Environmental Services review the effect of the new tariffs on town centre footfall and report back to the Committee by 30 September 2026.
""", DC_HEAD + """

=(6)   COUNCIL TAX SUPPORT SCHEME 2026/27
Phil Sharma presented the report. The Council's local Council Tax Support scheme currently required working-age claimants to pay at least 15% of their council tax. Consultation had been carried out with the major preceptors, Cashire County Council and the Police and Crime Commissioner, and with the public; 312 responses had been received. The report proposed that the minimum contribution be reduced to 10% and that a hardship fund of £40,000 be continued. Members welcomed the proposals. Councillor Jolly asked about the cost to the preceptors; Mr Sharma said that the County Council had confirmed that it would bear its share of the cost, about £96,000.
It was RESOLVED to RECOMMEND to Council that the Council Tax Support Scheme for 2026/27, with a minimum contribution of 10% for working-age claimants, be adopted with effect from 1 April 2026.

=(7)   VALE LEISURE CENTRE: EXTENSION OF MANAGEMENT CONTRACT
The Director of Finance presented a report proposing that the contract with Vale Active Leisure Trust for the management of the Vale Leisure Centre be extended by two years to 31 March 2028, to allow the decarbonisation works funded by the Public Sector Decarbonisation Scheme to be completed. Members were concerned that the report did not say how long the pool would be closed during the works or what the Trust would charge the Council during the closure. The Chief Executive said that the Trust had not yet provided a programme for the works.
It was RESOLVED that consideration of the extension of the Vale Leisure Centre management contract be DEFERRED to the meeting of the Committee on 19 March 2026, to allow the Trust to provide a programme for the works and the closure of the pool.

=(8)   DRAFT CORPORATE PLAN 2026–2030
The Chief Executive presented the draft Corporate Plan, which set out four priorities: homes for local people, a thriving local economy, a cleaner and greener district, and a well-run council. Members suggested a number of changes to the wording, which the Chief Executive agreed to make before the consultation. Councillor Eaves asked that the Plan include a target for the number of affordable homes; the Chief Executive said that a target would be set once the Local Plan had been adopted.
It was RESOLVED that: a) the draft Corporate Plan 2026–2030 be endorsed for public consultation from 2 February to 16 March 2026, subject to the changes agreed at the meeting; and b) authority be delegated to the Chief Executive, in consultation with the Leader of the Council, to approve the consultation material.

=(9)   TREASURY MANAGEMENT MID-YEAR REVIEW 2025/26
Andrew Pell presented the mid-year review. Investment income was forecast to be £1.12 million, £140,000 above the budget, because interest rates had fallen more slowly than expected. No borrowing had been taken out in the period, and all prudential indicators had been complied with.
It was RESOLVED that the Treasury Management mid-year review for 2025/26 be noted and that it be submitted to Council for information.
""", DC_HEAD + """

=(10)   URGENT ITEM: FLOOD RECOVERY GRANT SCHEME
The Chairman agreed that this item be considered as a matter of urgency under section 100B(4)(b) of the Local Government Act 1972, because of the need to help the households and businesses affected by the flooding of 6 and 7 January 2026 before the next meeting of the Committee. Councillor Gill had left the meeting.
The Chief Executive reported that 64 homes and 22 businesses in Ashdown, Mill Lane and Hatherley had been flooded. On 8 January 2026 she had used her emergency powers to open a rest centre at the Ashdown Community Hall and to spend up to £25,000 on immediate relief. The Government had activated the Flood Recovery Framework on 12 January, which would fund council tax and business rates relief for affected properties, but no funding had yet been announced for a household grant.
It was RESOLVED that: a) a Flood Recovery Grant Scheme of £150,000, funded from the General Fund working balance, be approved, with grants of up to £500 for each flooded household and £2,500 for each flooded business; b) the action taken by the Chief Executive under her emergency powers on 8 January 2026 be noted; and c) the decision be treated as urgent and not be subject to call-in, the Chairman of the Council having agreed.
Councillor Gill returned to the meeting.

=(11)   WORK PROGRAMME
The Committee considered its work programme for the remainder of 2025/26 and for 2026/27.
It was RESOLVED that the work programme be agreed, subject to the addition of a report on the Council's response to the January floods at the meeting on 19 March 2026.

=(12)   EXCLUSION OF THE PRESS AND PUBLIC
There were no exempt items, and the press and public were not excluded.

=(13)   DATE OF NEXT MEETING
The next meeting of the Committee will be held on Thursday 19 March 2026 at 6.30 pm. The Chairman thanked the officers who had worked through the weekend of the floods, and members joined him in doing so.

The meeting closed at 8.55 pm.
"""],
}

RTH = "It was RESOLVED that:"
P5 = "CAR PARKING TARIFFS 2026/27"
P8 = "DRAFT CORPORATE PLAN 2026–2030"
P10 = "URGENT ITEM: FLOOD RECOVERY GRANT SCHEME"
DC_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="3", title="MINUTES",
         text="It was RESOLVED that the minutes of the meeting of the Committee held on 20 November 2025 be approved "
              "as a correct record",
         note="apologies, declarations and public participation are not labelled"),
    dict(page=1, kind="amendment", outcome="carried", minute="5", title=P5, proposer="Councillor Bright",
         seconder="Councillor Cheung", votes={"for": 7, "against": 4, "abstain": 0},
         text="Councillor Bright moved an amendment, seconded by Councillor Cheung, that the charge for the first hour "
              "at Mill Lane car park remain at £1.20",
         note="the report's recommendation, quoted before the amendment, is not labelled"),
    dict(page=1, kind="approval", outcome="approved", minute="5", item="a", title=P5, lead_in=RTH,
         text="the revised car parking tariffs set out in Appendix 1 to the report be approved with effect from 1 "
              "April 2026",
         note="parts a) to c) run inline in one paragraph; a) as amended"),
    dict(page=1, kind="recommendation", outcome="recommended", minute="5", item="b", title=P5, lead_in=RTH,
         to="Council",
         text="it be RECOMMENDED to Council that the Ashdown Vale (Off-Street Parking Places) Order be amended to give "
              "effect to the revised tariffs"),
    dict(page=1, kind="action", outcome=None, minute="5", item="c", title=P5, lead_in=RTH,
         owner="Head of Environmental Services", deadline="2026-09-30",
         text="the Head of Environmental Services review the effect of the new tariffs on town centre footfall and "
              "report back"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="6", title="COUNCIL TAX SUPPORT SCHEME 2026/27",
         to="Council",
         text="It was RESOLVED to RECOMMEND to Council that the Council Tax Support Scheme for 2026/27, with a minimum "
              "contribution of 10% for working-age claimants, be adopted",
         note="the County Council's confirmation is another body's"),
    dict(page=2, kind="deferral", outcome="deferred", minute="7",
         title="VALE LEISURE CENTRE: EXTENSION OF MANAGEMENT CONTRACT",
         text="It was RESOLVED that consideration of the extension of the Vale Leisure Centre management contract be "
              "DEFERRED to the meeting of the Committee on 19 March 2026"),
    dict(page=2, kind="endorsement", outcome="endorsed", minute="8", item="a", title=P8, lead_in=RTH,
         text="the draft Corporate Plan 2026–2030 be endorsed for public consultation from 2 February to 16 March "
              "2026",
         note="the Chief Executive's agreement to make wording changes is part of this resolution ('subject to the "
              "changes agreed'), not labelled apart"),
    dict(page=2, kind="delegation", outcome="agreed", minute="8", item="b", title=P8, lead_in=RTH,
         text="authority be delegated to the Chief Executive, in consultation with the Leader of the Council, to "
              "approve the consultation material"),
    dict(page=2, kind="noted", outcome="noted", minute="9", title="TREASURY MANAGEMENT MID-YEAR REVIEW 2025/26",
         text="It was RESOLVED that the Treasury Management mid-year review for 2025/26 be noted and that it be "
              "submitted to Council",
         note="submitted to Council for information: not a recommendation"),
    dict(page=3, kind="approval", outcome="approved", minute="10", item="a", title=P10, lead_in=RTH,
         text="a Flood Recovery Grant Scheme of £150,000, funded from the General Fund working balance, be approved",
         note="the Chairman's agreement to take the urgent item, the Chief Executive's emergency decision of 8 "
              "January and the Government's Flood Recovery Framework are not labelled"),
    dict(page=3, kind="noted", outcome="noted", minute="10", item="b", title=P10, lead_in=RTH,
         text="the action taken by the Chief Executive under her emergency powers on 8 January 2026 be noted"),
    dict(page=3, kind="agreement", outcome="agreed", minute="10", item="c", title=P10, lead_in=RTH,
         text="the decision be treated as urgent and not be subject to call-in, the Chairman of the Council having "
              "agreed"),
    dict(page=3, kind="agreement", outcome="agreed", minute="11", title="WORK PROGRAMME",
         text="It was RESOLVED that the work programme be agreed, subject to the addition of a report on the Council's "
              "response to the January floods",
         note="'the press and public were not excluded' (12), the next meeting and the Chairman's thanks are not "
              "labelled"),
]


DOCS = [(CAB, CAB_LABELS), (COG, COG_LABELS), (LB, LB_LABELS), (SC, SC_LABELS), (DC, DC_LABELS)]

if __name__ == "__main__":
    build_set(__file__, DOCS, "ld", actions_have_no_outcome=True)
