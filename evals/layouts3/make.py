"""Layouts3: six fictional minutes PDFs and their decision labels (`.venv/bin/python evals/layouts3/make.py`).

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the repository root holds evals
from evals.layouts.make import build_set  # noqa: E402

# ---------------------------------------------------------------------------------------
# 1. Police and Crime Panel
# ---------------------------------------------------------------------------------------
PCP = {
    "file": "police-crime-panel-minutes-2025-02-04.pdf",
    "layout": "Police and Crime Panel: PCP/25/nn minutes, a precept moved, seconded and voted on ('The Panel "
              "voted by 9 votes to 2 to support the precept') then 'The Panel agreed the proposed precept of £… "
              "without qualification', 'The Panel made the following recommendations to the Police and Crime "
              "Commissioner:' with bullets, an inline 'The Panel RESOLVED to: 1) … 2) … 3) …'",
    "meeting_date": "2025-02-04",
    "body": "Westmoor Police and Crime Panel",
    "footer": "Westmoor Police and Crime Panel – Minutes – 4 February 2025                                   Page {n} of {of}",
    "pages": ["""
=WESTMOOR POLICE AND CRIME PANEL
=MINUTES of a meeting of the Westmoor Police and Crime Panel held on Tuesday 4 February 2025 at 10.00 am
=in the Council Chamber, County Hall, Castle Street, Tarrington TA1 3HG

Present: Councillor Margaret Haines (Westmoor County Council) (Chair), Councillor Daniel Obi (Tarrington City Council) (Vice-Chair), Councillors Alan Briggs (Fellside District Council), Sunita Chaudhry (Westmoor County Council), Colin Dewhurst (Marshford Borough Council), Rachel Ellery (Westmoor County Council), Owen Pritchard (Lowther Valley District Council), Tom Saddler (Tarrington City Council) and Lisa Varley (Marshford Borough Council); Mr Graham Holt and Mrs Anjali Mistry (Independent Co-opted Members).
In attendance: Ms Ruth Callender (Police and Crime Commissioner), Mr Simon Keal (Chief Executive, Office of the Police and Crime Commissioner), Mrs Janet Oduya (Chief Finance Officer, OPCC), Assistant Chief Constable Mark Renshaw (Westmoor Police) and Ms Karen Fell (Panel Support Officer, Westmoor County Council).

=PCP/25/01   Apologies and substitutes
Apologies were received from Councillor Peter Lusk (Fellside District Council). No substitute had been nominated.

=PCP/25/02   Declarations of interest
Councillor Pritchard declared that his son is a serving police constable with Westmoor Police. Mrs Mistry declared that she sits as a magistrate on the Westmoor bench. Neither interest was a disclosable pecuniary interest and both members remained in the meeting.

=PCP/25/03   Minutes of the meeting held on 14 November 2024
RESOLVED that the minutes of the meeting held on 14 November 2024 be approved as a correct record and signed by the Chair.

=PCP/25/04   Public questions
One question had been received from a resident of Marshford about the closure of the front counter at Marshford police station. The Commissioner replied that the front counter had been used by an average of four visitors a day and that a police contact point would open in Marshford Library in March 2025. A written reply will be sent to the questioner.

=PCP/25/05   Proposed police precept 2025/26
The Commissioner presented her proposal to increase the police element of the council tax for a Band D property by £14.00, from £272.47 to £286.47 (5.1%), for 2025/26, the maximum allowed without a referendum. The increase would raise an additional £3.9m and, together with the police grant settlement, would give a net revenue budget of £214.6m. The Commissioner said that the increase would protect the 1,940 police officer posts funded in 2024/25 and pay for 12 additional staff in the force control room.
Mrs Oduya confirmed that the budget included savings of £4.2m, that general reserves would remain at £7.5m (3.5% of the budget) and that the medium term financial plan showed a funding gap of £6.8m by 2028/29.
Members asked about the affordability of the increase for residents, the use of reserves and the receipts expected from the sale of the former headquarters at Ridley Lane. Councillor Varley said that she could not support an increase of 5.1% in the current economic climate. Councillor Briggs welcomed the investment in the control room, given the recent performance of the 101 service.
It was proposed by Councillor Obi and seconded by Mr Holt that the Panel support the proposed precept.
The Panel voted by 9 votes to 2 to support the precept. There were no abstentions.
The Panel agreed the proposed precept of £286.47 for a Band D property for 2025/26 without qualification.
The Chair to write to the Commissioner with the Panel’s report on the proposed precept by 8 February 2025.
""", """
=PCP/25/06   Police and Crime Plan 2025–2029 – consultation draft
The Commissioner introduced the draft Police and Crime Plan, which has four priorities: safer neighbourhoods, tackling violence against women and girls, supporting victims, and an efficient and trusted police service. Public consultation on the draft closes on 14 March 2025.
Members welcomed the draft but felt that several of its commitments could not be measured. Mr Holt noted that the Plan said little about rural communities, where burglary of farm machinery had risen sharply. Councillor Chaudhry asked how victims would be kept informed about their cases.
The Panel made the following recommendations to the Police and Crime Commissioner:
• that the Plan include a measurable target for reducing repeat victimisation in cases of domestic abuse;
• that rural and wildlife crime be added as a specific commitment under the priority of safer neighbourhoods; and
• that the Plan set out how victims will be kept informed of the progress of their cases, with a named point of contact for victims of serious crime.
The Commissioner thanked the Panel and said that she would respond to its recommendations in writing before the final Plan is published.

=PCP/25/07   Performance report – 101 and 999 call handling
Assistant Chief Constable Renshaw presented the report. The average time to answer 101 calls had improved from 9 minutes 40 seconds in April 2024 to 4 minutes 15 seconds in December 2024, and the abandoned call rate had fallen from 31% to 14%. 999 calls answered within ten seconds stood at 91% against the national standard of 90%. Members asked about the online reporting service and about call handling at weekends, when answer times were longest.
The Panel RESOLVED to: 1) note the report; 2) recommend to the Commissioner that the 101 abandoned call rate be reported to the Panel each quarter, broken down by day of the week; and 3) ask the Commissioner to provide a written update on the online reporting service to the meeting on 24 June 2025.

=PCP/25/08   Complaints against the Commissioner
The Panel Support Officer reported that one complaint about the conduct of the Commissioner had been received since the last meeting and had been resolved informally under the Panel’s procedure.
RESOLVED that the report on complaints be noted.

=PCP/25/09   Work programme 2025/26
RESOLVED that the Panel’s work programme for 2025/26 be agreed, subject to the addition of an item on rural and wildlife crime at the meeting on 24 June 2025.

=PCP/25/10   Date of next meeting
Tuesday 24 June 2025 at 10.00 am in the Council Chamber, County Hall, Tarrington.

The meeting closed at 12.40 pm.

=Chair ..................................................          Date ..............................
"""],
}

PCP_RESOLVED = "The Panel RESOLVED to:"
PCP_RECS = "The Panel made the following recommendations to the Police and Crime Commissioner:"
PCC = "Police and Crime Commissioner"
PCP_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="PCP/25/03",
         title="Minutes of the meeting held on 14 November 2024",
         text="RESOLVED that the minutes of the meeting held on 14 November 2024 be approved as a correct record "
              "and signed by the Chair"),
    dict(page=1, kind="motion", outcome="carried", minute="PCP/25/05", title="Proposed police precept 2025/26",
         votes={"for": 9, "against": 2, "abstain": 0},
         text="It was proposed by Councillor Obi and seconded by Mr Holt that the Panel support the proposed "
              "precept",
         proposer="Councillor Obi", seconder="Mr Holt",
         note="'The Panel voted by 9 votes to 2 to support the precept. There were no abstentions.' is the vote "
              "on this motion; the agreement it produced is the next label"),
    dict(page=1, kind="agreement", outcome="agreed", minute="PCP/25/05", title="Proposed police precept 2025/26",
         text="The Panel agreed the proposed precept of £286.47 for a Band D property for 2025/26 without "
              "qualification",
         note="the Panel's statutory decision on the Commissioner's proposed precept (no veto, no report with "
              "recommendations); the vote is on the motion label"),
    dict(page=1, kind="action", outcome=None, minute="PCP/25/05", title="Proposed police precept 2025/26",
         text="The Chair to write to the Commissioner with the Panel’s report on the proposed precept by "
              "8 February 2025",
         owner="Chair", deadline="2025-02-08"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="PCP/25/06",
         title="Police and Crime Plan 2025–2029 – consultation draft", lead_in=PCP_RECS, to=PCC,
         text="that the Plan include a measurable target for reducing repeat victimisation in cases of domestic "
              "abuse"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="PCP/25/06",
         title="Police and Crime Plan 2025–2029 – consultation draft", lead_in=PCP_RECS, to=PCC,
         text="that rural and wildlife crime be added as a specific commitment under the priority of safer "
              "neighbourhoods"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="PCP/25/06",
         title="Police and Crime Plan 2025–2029 – consultation draft", lead_in=PCP_RECS, to=PCC,
         text="that the Plan set out how victims will be kept informed of the progress of their cases, with a "
              "named point of contact for victims of serious crime"),
    dict(page=2, kind="noted", outcome="noted", minute="PCP/25/07",
         title="Performance report – 101 and 999 call handling", lead_in=PCP_RESOLVED,
         text="note the report",
         note="part 1) of an inline 'The Panel RESOLVED to: 1) …; 2) …; and 3) …' paragraph"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="PCP/25/07",
         title="Performance report – 101 and 999 call handling", lead_in=PCP_RESOLVED, to=PCC,
         text="recommend to the Commissioner that the 101 abandoned call rate be reported to the Panel each "
              "quarter, broken down by day of the week"),
    dict(page=2, kind="action", outcome=None, minute="PCP/25/07",
         title="Performance report – 101 and 999 call handling", lead_in=PCP_RESOLVED,
         text="ask the Commissioner to provide a written update on the online reporting service to the meeting "
              "on 24 June 2025",
         owner=PCC, deadline="2025-06-24"),
    dict(page=2, kind="noted", outcome="noted", minute="PCP/25/08", title="Complaints against the Commissioner",
         text="RESOLVED that the report on complaints be noted"),
    dict(page=2, kind="agreement", outcome="agreed", minute="PCP/25/09", title="Work programme 2025/26",
         text="RESOLVED that the Panel’s work programme for 2025/26 be agreed, subject to the addition of an item "
              "on rural and wildlife crime"),
]

# ---------------------------------------------------------------------------------------
# 2. NHS foundation trust, Council of Governors
# ---------------------------------------------------------------------------------------
COG = {
    "file": "council-of-governors-minutes-2025-01-21.pdf",
    "layout": "NHS foundation trust Council of Governors: CG/25/nn items, 'The Council of Governors APPROVED the "
              "appointment of … as Non-Executive Director for a term of three years' with a 'Vote: unanimous' "
              "line, 'The Governors RATIFIED …', 'It was proposed by X and seconded by Y that …; this was agreed "
              "unanimously', 'This item was deferred to the March meeting', 'ACTION: Company Secretary' at the "
              "end of a sentence (after a decision and after a bare action)",
    "meeting_date": "2025-01-21",
    "body": "Brookwater Hospitals NHS Foundation Trust Council of Governors",
    "footer": "Brookwater Hospitals NHS FT – Council of Governors – 21.01.2025 – public minutes                  {n}",
    "pages": ["""
=Brookwater Hospitals NHS Foundation Trust
=COUNCIL OF GOVERNORS
=Minutes of the meeting held in public on Tuesday 21 January 2025, 5.30 pm to 7.45 pm
=Lecture Theatre, Education Centre, Brookwater General Hospital

=Present:
=Dr Frances Whitlock          Trust Chair (Chair)
=Jean Whitford                Public Governor, Brookwater North (Lead Governor)
=Paul Dacre                   Public Governor, Brookwater South
=Margaret Ilori               Public Governor, Hensley and District
=Raymond Cho                  Public Governor, Hensley and District
=Deborah Finch                Public Governor, Out of Area
=Sister Alison Kerr           Staff Governor, Nursing and Midwifery
=Dr Ibrahim Sule              Staff Governor, Medical and Dental
=Cllr Victoria Lamb           Appointed Governor, Brookwater City Council
=Professor Neil Garvey        Appointed Governor, University of Hensley

=In attendance:
=Adrian Moss                  Chief Executive
=Susan Tait                   Senior Independent Director
=Kwame Asante                 Non-Executive Director (observing)
=Kelly Marriott               Company Secretary (minutes)

=Apologies: Philip Rowntree (Public Governor, Brookwater South); Linda Fairbairn (Staff Governor, Allied
=Health Professionals)

=CG/25/01   Welcome, apologies and quoracy
The Chair welcomed governors and the members of the public present. Apologies were noted as above and the meeting was confirmed as quorate.

=CG/25/02   Declarations of interest
Cllr Lamb declared that she is a member of the Health Scrutiny Committee of Brookwater City Council. No other interests were declared.

=CG/25/03   Minutes of the meeting held on 15 October 2024 and matters arising
The minutes of the meeting held on 15 October 2024 were APPROVED as a correct record.
Matters arising: Raymond Cho asked whether the review of car parking promised at the last meeting had started. The Chief Executive said that the review had been delayed by the building works at the main entrance and would now report in the spring.

=CG/25/04   Chief Executive’s report
Adrian Moss reported on the pressures over the winter, when the emergency department had seen up to 410 attendances a day, and on progress with elective recovery: the number of patients waiting more than 65 weeks had fallen to 37. The Trust was forecasting a deficit of £3.1m for 2024/25 against a planned breakeven position. Governors asked about the use of corridor care and about staff sickness absence, which stood at 5.4%.
The Council of Governors NOTED the Chief Executive’s report.

=CG/25/05   Appointment of a Non-Executive Director
Susan Tait, Senior Independent Director, presented the report of the Nominations and Remuneration Committee. Six candidates had been shortlisted and interviewed on 9 January 2025 by a panel of the Chair, two governors and an independent assessor. The Committee recommended the appointment of Mrs Helen Maxwell, a chartered accountant and former finance director of a housing association, who would succeed Mr Asante as Chair of the Audit Committee when his term ends on 31 March 2025.
The Council of Governors APPROVED the appointment of Mrs Helen Maxwell as Non-Executive Director for a term of three years from 1 April 2025.
=Vote: unanimous
""", """
=CG/25/06   Remuneration of the Non-Executive Directors 2025/26
Susan Tait presented the Committee’s recommendation, which followed the NHS England remuneration structure for chairs and non-executive directors of NHS trusts. Paul Dacre asked how the Trust compared with other foundation trusts of its size; the Company Secretary said that it was in the lower quartile.
It was proposed by Jean Whitford and seconded by Professor Neil Garvey that the remuneration of the Non-Executive Directors be increased by 3.0% to £14,420 a year from 1 April 2025; this was agreed unanimously.

=CG/25/07   Lead Governor
One nomination had been received, from Jean Whitford, for a further term as Lead Governor. The Governors RATIFIED the appointment of Jean Whitford as Lead Governor for a further year to 31 January 2026.

=CG/25/08   External audit
The Audit Committee recommended the extension of the contract with Kingsgate Audit LLP for one year under the option to extend. Governors asked about the fee, which would increase from £148,000 to £162,000 because of new auditing standards. The Council of Governors APPROVED the extension of the appointment of Kingsgate Audit LLP as the Trust’s external auditor for the financial year 2025/26 at a fee of £162,000 plus VAT.

=CG/25/09   Governor elections 2025
Kelly Marriott presented the arrangements for the 2025 elections in the Brookwater North, Hensley and District and Out of Area constituencies, which would be run by Civica Election Services. The Governors AGREED the timetable for the 2025 governor elections, with nominations opening on 3 March 2025 and the results declared on 30 May 2025.
The Company Secretary will publish the notice of election on the Trust’s website and in the members’ newsletter by 3 March 2025. ACTION: Company Secretary

=CG/25/10   Membership engagement strategy 2025–2028
The draft strategy had not been circulated with the papers because the results of the survey of members had been delayed. This item was deferred to the March meeting.

=CG/25/11   Quality Account 2024/25 – local indicator
Sister Kerr presented the options for the local indicator to be tested by the external auditor. Governors discussed the indicators on falls, on sepsis and on discharge summaries.
The Governors AGREED that the local indicator for external assurance in the Quality Account 2024/25 be the percentage of patients with suspected sepsis who receive antibiotics within one hour.

=CG/25/12   Governor development and expenses
Governors discussed their development needs following the changes to NHS oversight. It was agreed that a development session for governors on the NHS Oversight Framework would be held in April 2025. ACTION: Company Secretary
Deborah Finch asked for clarity on the reimbursement of travel expenses for governors living outside the area. The Company Secretary to circulate the revised governors’ expenses policy before the March meeting. ACTION: Company Secretary

=CG/25/13   Reports from governor working groups
Margaret Ilori reported on the Patient Experience Working Group’s visits to the emergency department and ward 14, and Raymond Cho on the Membership Working Group’s stand at the Hensley Show. Governors thanked the working group members for their reports.

=CG/25/14   Any other business
There was no other business.

=Date of next meeting: Tuesday 18 March 2025 at 5.30 pm, Lecture Theatre, Education Centre

=Signed (Chair): ........................................     Date: ......................
"""],
}

COG_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="CG/25/03",
         title="Minutes of the meeting held on 15 October 2024 and matters arising",
         text="The minutes of the meeting held on 15 October 2024 were APPROVED as a correct record"),
    dict(page=1, kind="noted", outcome="noted", item="CG/25/04", title="Chief Executive’s report",
         text="The Council of Governors NOTED the Chief Executive’s report"),
    dict(page=1, kind="approval", outcome="approved", item="CG/25/05", title="Appointment of a Non-Executive Director",
         text="The Council of Governors APPROVED the appointment of Mrs Helen Maxwell as Non-Executive Director for "
              "a term of three years from 1 April 2025",
         unanimous=True, note="'Vote: unanimous' on the next line; no counts, so votes is null"),
    dict(page=2, kind="agreement", outcome="agreed", item="CG/25/06",
         title="Remuneration of the Non-Executive Directors 2025/26",
         text="It was proposed by Jean Whitford and seconded by Professor Neil Garvey that the remuneration of the "
              "Non-Executive Directors be increased by 3.0% to £14,420 a year from 1 April 2025",
         proposer="Jean Whitford", seconder="Professor Neil Garvey", unanimous=True,
         note="'…; this was agreed unanimously' closes the sentence"),
    dict(page=2, kind="approval", outcome="ratified", item="CG/25/07", title="Lead Governor",
         text="The Governors RATIFIED the appointment of Jean Whitford as Lead Governor for a further year to "
              "31 January 2026"),
    dict(page=2, kind="approval", outcome="approved", item="CG/25/08", title="External audit",
         text="The Council of Governors APPROVED the extension of the appointment of Kingsgate Audit LLP as the "
              "Trust’s external auditor for the financial year 2025/26"),
    dict(page=2, kind="agreement", outcome="agreed", item="CG/25/09", title="Governor elections 2025",
         text="The Governors AGREED the timetable for the 2025 governor elections, with nominations opening on "
              "3 March 2025 and the results declared on 30 May 2025"),
    dict(page=2, kind="action", outcome=None, item="CG/25/09", title="Governor elections 2025",
         text="The Company Secretary will publish the notice of election on the Trust’s website and in the "
              "members’ newsletter by 3 March 2025",
         owner="Company Secretary", deadline="2025-03-03",
         note="a bare action, the sentence followed by 'ACTION: Company Secretary'"),
    dict(page=2, kind="deferral", outcome="deferred", item="CG/25/10",
         title="Membership engagement strategy 2025–2028",
         text="This item was deferred to the March meeting",
         note="the March meeting is on 18 March 2025 (date of next meeting)"),
    dict(page=2, kind="agreement", outcome="agreed", item="CG/25/11", title="Quality Account 2024/25 – local indicator",
         text="The Governors AGREED that the local indicator for external assurance in the Quality Account 2024/25 "
              "be the percentage of patients with suspected sepsis"),
    dict(page=2, kind="agreement", outcome="agreed", item="CG/25/12", title="Governor development and expenses",
         text="It was agreed that a development session for governors on the NHS Oversight Framework would be "
              "held in April 2025",
         owner="Company Secretary",
         note="a decision line ending 'ACTION: Company Secretary': labelled once, as the agreement, with owner"),
    dict(page=2, kind="action", outcome=None, item="CG/25/12", title="Governor development and expenses",
         text="The Company Secretary to circulate the revised governors’ expenses policy before the March meeting",
         owner="Company Secretary", deadline="2025-03-18",
         note="a bare action ending 'ACTION: Company Secretary'; the March meeting is on 18 March 2025"),
]

# ---------------------------------------------------------------------------------------
# 3. Scottish council committee minute
# ---------------------------------------------------------------------------------------
SCOT = {
    "file": "education-childrens-services-committee-minute-2024-11-19.pdf",
    "layout": "Scottish council committee minute: items numbered '5.' with capitalised headings, 'There was "
              "submitted a report by …', a 'Decision' heading on its own line followed by 'The Committee "
              "agreed:-' and '(1) to …; (2) to …; (3) to note …', 'to instruct … to report', 'The Committee "
              "agreed to continue consideration of the matter to its next meeting', 'Members noted the terms of "
              "the report', 'Decision / To note the business bulletin.', a Section 50A(4) exclusion",
    "meeting_date": "2024-11-19",
    "body": "Strathbrae Council Education and Children’s Services Committee",
    "footer": "Strathbrae Council – Education and Children’s Services Committee – 19 November 2024          Page {n}",
    "pages": ["""
=STRATHBRAE COUNCIL

=MINUTE of MEETING of the EDUCATION AND CHILDREN’S SERVICES COMMITTEE held in the Council Chamber,
=Council Headquarters, Kirkgate, Inverbrae, on Tuesday, 19 November 2024 at 10.00 am.

PRESENT: Councillor Morag Duncan (Convener); Councillors Euan Baird, Fiona Cairns, Iain Fraser, Kirsty Laing, Hamish MacLeod, Ross McAllister, Shona Rennie and Graeme Sutherland; Rev. Andrew Gillies, Mrs Theresa Quinn and Mr Callum Ross (Religious Representatives); Ms Eilidh Morrison (Teacher Representative).
IN ATTENDANCE: Dr Alasdair Munro, Executive Director of Education and Children’s Services; Mrs Catriona Begg, Chief Education Officer; Mr David Kerr, Head of Finance; Ms Lorna Watt, Committee Officer.
APOLOGIES: Councillors Janet Ogilvie and Neil Strachan.

=1. DECLARATIONS OF INTEREST
Councillor Fraser declared a non-financial interest in item 7 as a member of the management committee of Kirkgate Community Nursery, and left the meeting during consideration of that item. Councillor Rennie declared a non-financial interest in item 5 as the parent of a pupil at Glenaird Primary School. Having applied the objective test, she considered that this did not preclude her participation.

=2. MINUTE OF PREVIOUS MEETING
The minute of the meeting of the Committee of 10 September 2024 was submitted and approved as a correct record.

=3. RAISING ATTAINMENT STRATEGY 2024–2027
There was submitted a report by the Executive Director of Education and Children’s Services which presented the results of the 2023/24 Achievement of Curriculum for Excellence Levels return and sought approval of the Raising Attainment Strategy 2024–2027.
The Chief Education Officer advised that the proportion of P1, P4 and P7 pupils achieving the expected level in literacy had risen to 71% and in numeracy to 76%, but that the gap between pupils from the most and least deprived areas remained at 19 percentage points. In response to questions, she explained how the Scottish Attainment Challenge funding would be targeted at the schools with the largest gaps.
=Decision
The Committee agreed:-
(1) to note the improvement in the levels of attainment in literacy and numeracy set out in section 4 of the report;
(2) to approve the Raising Attainment Strategy 2024–2027 as set out in Appendix 1 to the report; and
(3) to note that a report on progress against the strategy would be submitted to the Committee in November 2025.

=4. REVENUE BUDGET MONITORING 2024/25 – POSITION AT 30 SEPTEMBER 2024
There was submitted a report by the Head of Finance on the revenue budget of the Education and Children’s Services directorate, which projected an overspend of £1.46m for 2024/25, mainly on transport for pupils with additional support needs and on school meals. Members noted with concern that the cost of taxis for pupils with additional support needs had risen by 22% in a year. The Head of Finance explained the measures being taken to contain the overspend, including a review of all single occupancy taxi routes.
Members noted the terms of the report.
""", """
=5. SCHOOL ESTATE – PROPOSED STATUTORY CONSULTATION ON BALNAGOWN PRIMARY SCHOOL
There was submitted a report by the Executive Director of Education and Children’s Services which sought approval to consult on the closure of Balnagown Primary School, which has a roll of 9 pupils and a capacity of 50, and the extension of the catchment area of Glenaird Primary School to include the Balnagown area. Mr Duncan Ferguson addressed the Committee on behalf of the Balnagown Parent Council, which opposed the proposal.
=Decision
The Committee agreed:-
(1) to approve the commencement of a statutory consultation under the Schools (Consultation) (Scotland) Act 2010 on the proposal to close Balnagown Primary School with effect from 30 June 2025;
(2) that the consultation period run from 13 January 2025 to 7 March 2025, including a public meeting in Balnagown Village Hall; and
(3) to instruct the Executive Director of Education and Children’s Services to report the outcome of the consultation to a future meeting of the Committee.

=6. ADDITIONAL SUPPORT FOR LEARNING – REVIEW OF SERVICE DELIVERY
There was submitted a report by the Chief Education Officer on the review of the delivery of additional support for learning, which proposed changes to the deployment of pupil support assistants across clusters of schools. Members expressed concern that the report had been issued late and that the trade unions had not been consulted on the proposed changes.
=Decision
The Committee agreed to continue consideration of the matter to its next meeting to allow the trade unions to be consulted.

=7. EARLY LEARNING AND CHILDCARE – SUSTAINABLE RATE FOR FUNDED PROVIDERS 2025/26
Councillor Fraser, having declared an interest, left the meeting.
There was submitted a report by the Chief Education Officer which proposed the rates to be paid to private and voluntary partner providers for the delivery of funded early learning and childcare in 2025/26, taking account of the increase in the real Living Wage to £12.60 an hour.
=Decision
The Committee agreed:-
(1) to approve an hourly rate of £6.40 for funded early learning and childcare delivered by partner providers for children aged three to five from 1 April 2025;
(2) to approve an hourly rate of £7.15 for eligible two year olds from the same date;
(3) to delegate authority to the Chief Education Officer to approve payments from the Childcare Sustainability Fund of up to £25,000 to any one provider; and
(4) to note that the rates would be reviewed in the light of the Scottish Government’s funding settlement for 2025/26.
Councillor Fraser returned to the meeting.

=8. BUSINESS BULLETIN
The business bulletin for November 2024 was presented.
=Decision
To note the business bulletin.

=9. EXCLUSION OF THE PUBLIC
The Committee resolved under Section 50A(4) of the Local Government (Scotland) Act 1973 to exclude the public from the meeting for the following item of business on the grounds that it involved the likely disclosure of exempt information as defined in paragraphs 6 and 8 of Part I of Schedule 7A to the Act.

=10. SCHOOL TRANSPORT CONTRACTS 2025–2030
There was submitted a report by the Executive Director of Education and Children’s Services on the outcome of the tender for mainstream school transport,.
=Decision
The Committee agreed to award the contracts for mainstream school transport for the period from August 2025 to June 2030 to the tenderers set out in Appendix 2 to the report, at a total estimated cost of £18.3m.
"""],
}

SCOT_LEAD = "The Committee agreed:-"
SCOT_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="2", title="MINUTE OF PREVIOUS MEETING",
         text="The minute of the meeting of the Committee of 10 September 2024 was submitted and approved as a "
              "correct record"),
    dict(page=1, kind="noted", outcome="noted", item="3", title="RAISING ATTAINMENT STRATEGY 2024–2027",
         lead_in=SCOT_LEAD,
         text="to note the improvement in the levels of attainment in literacy and numeracy set out in section 4 "
              "of the report"),
    dict(page=1, kind="approval", outcome="approved", item="3", title="RAISING ATTAINMENT STRATEGY 2024–2027",
         lead_in=SCOT_LEAD,
         text="to approve the Raising Attainment Strategy 2024–2027 as set out in Appendix 1 to the report"),
    dict(page=1, kind="noted", outcome="noted", item="3", title="RAISING ATTAINMENT STRATEGY 2024–2027",
         lead_in=SCOT_LEAD,
         text="to note that a report on progress against the strategy would be submitted to the Committee in "
              "November 2025"),
    dict(page=1, kind="noted", outcome="noted", item="4",
         title="REVENUE BUDGET MONITORING 2024/25 – POSITION AT 30 SEPTEMBER 2024",
         text="Members noted the terms of the report",
         note="the formal noting of the report; 'Members noted with concern that the cost of taxis …' earlier in "
              "the item is discussion and is not labelled"),
    dict(page=2, kind="approval", outcome="approved", item="5",
         title="SCHOOL ESTATE – PROPOSED STATUTORY CONSULTATION ON BALNAGOWN PRIMARY SCHOOL", lead_in=SCOT_LEAD,
         text="to approve the commencement of a statutory consultation under the Schools (Consultation) "
              "(Scotland) Act 2010 on the proposal to close Balnagown Primary School"),
    dict(page=2, kind="agreement", outcome="agreed", item="5",
         title="SCHOOL ESTATE – PROPOSED STATUTORY CONSULTATION ON BALNAGOWN PRIMARY SCHOOL", lead_in=SCOT_LEAD,
         text="that the consultation period run from 13 January 2025 to 7 March 2025, including a public meeting "
              "in Balnagown Village Hall"),
    dict(page=2, kind="action", outcome=None, item="5",
         title="SCHOOL ESTATE – PROPOSED STATUTORY CONSULTATION ON BALNAGOWN PRIMARY SCHOOL", lead_in=SCOT_LEAD,
         text="to instruct the Executive Director of Education and Children’s Services to report the outcome of "
              "the consultation to a future meeting of the Committee",
         owner="Executive Director of Education and Children’s Services",
         note="'to instruct X to report' is an action; no date is printed, so no deadline"),
    dict(page=2, kind="deferral", outcome="deferred", item="6",
         title="ADDITIONAL SUPPORT FOR LEARNING – REVIEW OF SERVICE DELIVERY", lead_in="Decision",
         text="The Committee agreed to continue consideration of the matter to its next meeting to allow the trade "
              "unions to be consulted",
         note="Scottish 'continue consideration' = defer"),
    dict(page=2, kind="approval", outcome="approved", item="7",
         title="EARLY LEARNING AND CHILDCARE – SUSTAINABLE RATE FOR FUNDED PROVIDERS 2025/26", lead_in=SCOT_LEAD,
         text="to approve an hourly rate of £6.40 for funded early learning and childcare delivered by partner "
              "providers for children aged three to five from 1 April 2025"),
    dict(page=2, kind="approval", outcome="approved", item="7",
         title="EARLY LEARNING AND CHILDCARE – SUSTAINABLE RATE FOR FUNDED PROVIDERS 2025/26", lead_in=SCOT_LEAD,
         text="to approve an hourly rate of £7.15 for eligible two year olds from the same date"),
    dict(page=2, kind="delegation", outcome="agreed", item="7",
         title="EARLY LEARNING AND CHILDCARE – SUSTAINABLE RATE FOR FUNDED PROVIDERS 2025/26", lead_in=SCOT_LEAD,
         text="to delegate authority to the Chief Education Officer to approve payments from the Childcare "
              "Sustainability Fund of up to £25,000 to any one provider"),
    dict(page=2, kind="noted", outcome="noted", item="7",
         title="EARLY LEARNING AND CHILDCARE – SUSTAINABLE RATE FOR FUNDED PROVIDERS 2025/26", lead_in=SCOT_LEAD,
         text="to note that the rates would be reviewed in the light of the Scottish Government’s funding "
              "settlement for 2025/26"),
    dict(page=2, kind="noted", outcome="noted", item="8", title="BUSINESS BULLETIN", lead_in="Decision",
         text="To note the business bulletin"),
    dict(page=2, kind="resolution", outcome="agreed", item="9", title="EXCLUSION OF THE PUBLIC",
         text="The Committee resolved under Section 50A(4) of the Local Government (Scotland) Act 1973 to exclude "
              "the public from the meeting for the following item of business"),
    dict(page=2, kind="approval", outcome="approved", item="10", title="SCHOOL TRANSPORT CONTRACTS 2025–2030",
         lead_in="Decision",
         text="The Committee agreed to award the contracts for mainstream school transport for the period from "
              "August 2025 to June 2030",
         note="contract award, £18.3m; exempt item"),
]

# ---------------------------------------------------------------------------------------
# 4. Fire and rescue authority
# ---------------------------------------------------------------------------------------
FRA = {
    "file": "fire-rescue-authority-minutes-2025-02-20.pdf",
    "layout": "Fire and rescue authority: numbered minutes with capitalised headings, 'Members RESOLVED, by 12 "
              "votes to 3 with 1 abstention, to approve …', an amendment 'on being put to the vote … LOST' with "
              "no counts, 'Members RESOLVED that the recommendations in the report be agreed', a 'Matters "
              "arising' minute of officer updates that records no decision",
    "meeting_date": "2025-02-20",
    "body": "Harrowdale Fire and Rescue Authority",
    "footer": "HARROWDALE FIRE AND RESCUE AUTHORITY – 20 FEBRUARY 2025                                             {n}",
    "pages": ["""
=HARROWDALE FIRE AND RESCUE AUTHORITY

=MINUTES OF THE MEETING OF THE FIRE AND RESCUE AUTHORITY HELD AT SERVICE HEADQUARTERS,
=BOWLAND ROAD, HARROWBY HB2 6NE ON THURSDAY 20 FEBRUARY 2025 AT 10.30 AM

PRESENT: Councillor P. Ainsworth (Chair), Councillor J. Mellor (Vice-Chair), Councillors S. Adeyemi, K. Barlow, R. Cuthbertson, D. Entwistle, M. Fairhurst, L. Grundy, A. Hussain, T. Jagger, W. Kenyon, B. Leach, N. Moss, C. Nuttall, E. Platt and V. Quinn.
OFFICERS: Chief Fire Officer (Ms H. Rawcliffe), Deputy Chief Fire Officer (Mr G. Stott), Treasurer (Mr I. Wardle), Clerk and Monitoring Officer (Mrs F. Oakes), Democratic Services Officer (Mr R. Lomax).

=55.  APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillors G. Dalby and S. Yates.

=56.  DECLARATIONS OF INTEREST
Councillor Barlow declared a non-pecuniary interest in minute 59 as her husband is an on-call firefighter employed by the Authority. Councillor Kenyon declared a non-pecuniary interest in minute 67 as a member of Brennock City Council, the proposed purchaser, and left the meeting for that item.

=57.  MINUTES OF THE LAST MEETING
Members RESOLVED that the minutes of the meeting of the Authority held on 12 December 2024 be confirmed as a correct record and signed by the Chair.

=58.  MATTERS ARISING
Minute 44 (Fleet replacement): the Deputy Chief Fire Officer reported that the two new aerial ladder platforms had been delivered in January and would be in operational use at Harrowby and Brennock Central stations by April, after crew training had been completed.
Minute 47 (Grenfell Tower Inquiry phase 2 report): the Chief Fire Officer reported that the Service’s gap analysis against the 58 recommendations of the phase 2 report had been completed. Councillor Quinn asked whether the analysis would be shared with members, and the Chief Fire Officer said that it was on the agenda of the Audit and Scrutiny Committee in March. Members welcomed the progress made.

=59.  REVENUE BUDGET, CAPITAL PROGRAMME AND PRECEPT 2025/26
The Treasurer presented the report, which proposed a net revenue budget of £61.84m for 2025/26 and an increase of £5.00 in the Band D precept, from £88.56 to £93.56 (5.6%), using the additional flexibility given to fire and rescue authorities for 2025/26. The budget assumed a pay award of 3% for firefighters and support staff, included the cost of the increase in employer National Insurance contributions and made savings of £1.1m from the review of day-crewed stations. General reserves would be £4.2m at 31 March 2026.
Members debated the proposals at length. Several members said that an increase of £5.00 was necessary to protect frontline services; others were concerned about the burden on households.
An amendment was moved by Councillor Leach and seconded by Councillor Quinn, that the increase in the Band D precept be limited to 2.99% (£2.65), with the shortfall of £1.2m met from the general reserve.
The Treasurer advised that using reserves to fund recurring spending would leave a larger gap in 2026/27 and would reduce general reserves below the minimum level set in the reserves strategy.
On being put to the vote the amendment was LOST.
Members RESOLVED, by 12 votes to 3 with 1 abstention, to approve the net revenue budget of £61.84m for 2025/26, the capital programme for 2025/26 to 2029/30 as set out in Appendix C to the report and a Band D precept of £93.56 for 2025/26.
""", """
=60.  COMMUNITY RISK MANAGEMENT PLAN 2025–2029 – CONSULTATION DRAFT
The Deputy Chief Fire Officer presented the draft Community Risk Management Plan, which proposed changing the crewing at Tarnside fire station from wholetime to day-crewed and placing a second fire engine at Brennock Central. The report recommended that the draft plan be approved for a twelve-week public consultation from 3 March 2025 and that the outcome of the consultation be reported to the Authority in June 2025. Members asked about response times in the Tarnside area and about the engagement planned with the Fire Brigades Union.
Members RESOLVED that the recommendations in the report be agreed.

=61.  PAY POLICY STATEMENT 2025/26
Members RESOLVED to approve the Pay Policy Statement 2025/26 for publication on the Authority’s website by 31 March 2025.

=62.  TREASURY MANAGEMENT STRATEGY 2025/26
The Treasurer presented the strategy, which assumed no new external borrowing in 2025/26.
Members RESOLVED to approve the Treasury Management Strategy, the Minimum Revenue Provision policy statement and the prudential indicators for 2025/26.

=63.  PERFORMANCE REPORT – QUARTER 3 2024/25
The Chief Fire Officer reported that the Service had attended 2,146 incidents in quarter 3, 12% fewer than in the same quarter of 2023/24, including 96 accidental dwelling fires. The average response time to dwelling fires was 8 minutes 12 seconds and on-call appliance availability was 71%. Councillor Grundy asked about on-call availability at rural stations during the day.
Members RESOLVED to note the performance report for quarter 3 of 2024/25.

=64.  HMICFRS INSPECTION REPORT 2024
The Chief Fire Officer presented the report of the inspection of the Service by His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services carried out in 2024, which graded the Service as good in seven of the eleven areas inspected and identified one cause of concern, on the management of protection inspections of high risk premises.
Members RESOLVED to note the inspection report and the Service’s improvement plan.
The Chief Fire Officer to report progress against the improvement plan to the meeting of the Authority on 19 June 2025.

=65.  MEMBER CHAMPIONS
Members RESOLVED to appoint Councillor Adeyemi as the Authority’s Member Champion for Equality, Diversity and Inclusion and Councillor Platt as the Member Champion for Health and Wellbeing, until the annual meeting in June 2025.

=66.  EXCLUSION OF THE PRESS AND PUBLIC
Members RESOLVED that the press and public be excluded from the meeting for the following item under Section 100A(4) of the Local Government Act 1972, on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.

=67.  DISPOSAL OF FORMER FIRE STATION AT MILL GREEN
Councillor Kenyon, having declared an interest, left the meeting.
Members RESOLVED to approve the sale of the former Mill Green fire station to Brennock City Council for £410,000, on the terms set out in the exempt report.

The meeting closed at 1.05 pm.

=CHAIR
"""],
}

FRA_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="57", title="MINUTES OF THE LAST MEETING",
         text="Members RESOLVED that the minutes of the meeting of the Authority held on 12 December 2024 be "
              "confirmed as a correct record and signed by the Chair"),
    dict(page=1, kind="amendment", outcome="lost", minute="59",
         title="REVENUE BUDGET, CAPITAL PROGRAMME AND PRECEPT 2025/26",
         text="An amendment was moved by Councillor Leach and seconded by Councillor Quinn, that the increase in "
              "the Band D precept be limited to 2.99% (£2.65)",
         proposer="Councillor Leach", seconder="Councillor Quinn",
         note="'On being put to the vote the amendment was LOST': no counts printed, so votes is null"),
    dict(page=1, kind="approval", outcome="approved", minute="59",
         title="REVENUE BUDGET, CAPITAL PROGRAMME AND PRECEPT 2025/26",
         votes={"for": 12, "against": 3, "abstain": 1},
         text="Members RESOLVED, by 12 votes to 3 with 1 abstention, to approve the net revenue budget of £61.84m "
              "for 2025/26",
         note="budget, capital programme and Band D precept of £93.56 in one resolution"),
    dict(page=2, kind="agreement", outcome="agreed", minute="60",
         title="COMMUNITY RISK MANAGEMENT PLAN 2025–2029 – CONSULTATION DRAFT",
         text="Members RESOLVED that the recommendations in the report be agreed",
         note="the report's recommendations (approve the draft plan for a twelve-week consultation; report the "
              "outcome in June 2025) are summarised in the discussion above"),
    dict(page=2, kind="approval", outcome="approved", minute="61", title="PAY POLICY STATEMENT 2025/26",
         text="Members RESOLVED to approve the Pay Policy Statement 2025/26 for publication on the Authority’s "
              "website by 31 March 2025"),
    dict(page=2, kind="approval", outcome="approved", minute="62", title="TREASURY MANAGEMENT STRATEGY 2025/26",
         text="Members RESOLVED to approve the Treasury Management Strategy, the Minimum Revenue Provision policy "
              "statement and the prudential indicators for 2025/26"),
    dict(page=2, kind="noted", outcome="noted", minute="63", title="PERFORMANCE REPORT – QUARTER 3 2024/25",
         text="Members RESOLVED to note the performance report for quarter 3 of 2024/25"),
    dict(page=2, kind="noted", outcome="noted", minute="64", title="HMICFRS INSPECTION REPORT 2024",
         text="Members RESOLVED to note the inspection report and the Service’s improvement plan"),
    dict(page=2, kind="action", outcome=None, minute="64", title="HMICFRS INSPECTION REPORT 2024",
         text="The Chief Fire Officer to report progress against the improvement plan to the meeting of the "
              "Authority on 19 June 2025",
         owner="Chief Fire Officer", deadline="2025-06-19"),
    dict(page=2, kind="approval", outcome="approved", minute="65", title="MEMBER CHAMPIONS",
         text="Members RESOLVED to appoint Councillor Adeyemi as the Authority’s Member Champion for Equality, "
              "Diversity and Inclusion and Councillor Platt as the Member Champion for Health and Wellbeing",
         note="appointments, labelled as approvals as in ../layouts/"),
    dict(page=2, kind="resolution", outcome="agreed", minute="66", title="EXCLUSION OF THE PRESS AND PUBLIC",
         text="Members RESOLVED that the press and public be excluded from the meeting for the following item "
              "under Section 100A(4) of the Local Government Act 1972"),
    dict(page=2, kind="approval", outcome="approved", minute="67",
         title="DISPOSAL OF FORMER FIRE STATION AT MILL GREEN",
         text="Members RESOLVED to approve the sale of the former Mill Green fire station to Brennock City Council "
              "for £410,000",
         note="exempt item"),
]

# ---------------------------------------------------------------------------------------
# 5. Joint committee of two councils
# ---------------------------------------------------------------------------------------
JC = {
    "file": "joint-waste-committee-minutes-2025-03-27.pdf",
    "layout": "Joint committee of two councils: JC/nn minute numbers, 'AGREED: that' with roman numeral parts "
              "on their own lines (part (iii) wraps across the page break) and inline ('AGREED: that (i) …; and "
              "(ii) …'), 'The Joint Committee NOTED the update and AGREED that officers bring a further report "
              "in June 2025', a recommendation to both councils' Cabinets, a bare 'NOTED.'",
    "meeting_date": "2025-03-27",
    "body": "Kelsham and Brimley Joint Waste Committee",
    "footer": "Kelsham and Brimley Joint Waste Committee – 27 March 2025 – Minutes                        Page {n} of {of}",
    "pages": ["""
=KELSHAM DISTRICT COUNCIL AND BRIMLEY BOROUGH COUNCIL
=KELSHAM AND BRIMLEY JOINT WASTE COMMITTEE

=Minutes of the meeting held on Thursday 27 March 2025 at 2.00 pm
=at Kelsham House, Market Square, Kelsham KL3 9AW

=Members present:
=Kelsham District Council:   Councillors R. Thorne (Chair), H. Abbott and M. Yeo
=Brimley Borough Council:    Councillors S. Gill (Vice-Chair), P. Dorrington and J. Fenner (substitute
=                            for Councillor K. Lowe)
Officers present: Head of Joint Waste Service (Mrs D. Harcourt), Finance Manager (Mr A. Pike, Brimley Borough Council as host authority), Contracts Manager (Mr S. Ivory), Legal Adviser (Ms T. Ogunleye), Democratic Services Officer (Miss L. Carver, Kelsham District Council).

=JC/19   APOLOGIES, SUBSTITUTIONS AND DECLARATIONS OF INTEREST
An apology was received from Councillor K. Lowe (Brimley), for whom Councillor J. Fenner attended as a substitute. There were no declarations of interest.

=JC/20   PUBLIC QUESTIONS
Mr Gordon Tapp of Upper Brimley asked why the garden waste round in his village had been missed on three occasions in February. The Contracts Manager apologised and explained that a vehicle had been off the road for repairs and that the round had since been moved to a different crew. Mrs Elaine Marsh of Kelsham asked whether the two councils would offer collections of textiles. The Head of Joint Waste Service said that textiles could be taken to the household waste recycling centres and that kerbside collection would be considered in the review of the service in 2026. Both questioners will receive a written reply, which will be published with these minutes on the websites of the two councils.

=JC/21   MINUTES
AGREED: that the minutes of the meeting held on 12 December 2024 be approved as a correct record and signed by the Chair.

=JC/22   PERFORMANCE REPORT – QUARTER 3 2024/25
The Contracts Manager reported that the combined recycling rate for the two councils was 51.8% in quarter 3, against a target of 54%, and that missed collections had averaged 38 for every 100,000 collections, within the contract standard of 50. Contamination of dry recycling at the materials recovery facility had risen to 14.2%, at a cost of about £61,000 in the quarter. Members asked about the campaign planned to reduce contamination, which would start in May with leaflets to every household and tags on bins found to be contaminated. Councillor Yeo asked that the rates for flats be reported separately in future, as they were much lower than for houses.
The Joint Committee NOTED the performance report for quarter 3 of 2024/25.

=JC/23   JOINT WASTE SERVICE BUDGET 2025/26
The Finance Manager presented the budget for 2025/26. The net cost of the service would be £9.84m, an increase of 4.1%, mainly because of contract indexation, fuel and the increase in employer National Insurance contributions. The cost would be shared using the agreed formula based on the number of households at 1 October 2024: 43,210 in Kelsham (54%) and 36,850 in Brimley (46%). Councillor Dorrington asked about the forecast underspend in 2024/25, which the Finance Manager estimated at £180,000, mainly because of higher income from the sale of recyclable materials.
AGREED: that
(i) the Joint Waste Service budget for 2025/26 of £9.84m, as set out in Appendix A to the report, be approved;
(ii) the net cost be shared between the two councils in the ratio 54:46 (Kelsham:Brimley), based on the number of households in each council’s area at 1 October 2024;
(iii) the Joint Committee’s earmarked reserve be maintained at a minimum of £450,000 and any
""", """
      underspend in 2024/25 above that level be returned to the two councils in the same ratio, subject to the approval of the final accounts by the host authority’s Section 151 Officer; and
(iv) the Finance Manager notify the partner councils of their contributions for 2025/26 by 4 April 2025.

=JC/24   FOOD WASTE COLLECTIONS – READINESS FOR 31 MARCH 2026
The Head of Joint Waste Service gave an update on the preparations for weekly food waste collections, which both councils must provide from 31 March 2026 under the Environment Act 2021. Capital funding of £1.62m had been received from the Government for vehicles and caddies, and 18 vehicles had been ordered for delivery in January 2026, but the revenue funding for 2026/27 had not yet been confirmed. Members were concerned about the time left to procure a food waste treatment contract.
The Joint Committee NOTED the update and AGREED that officers bring a further report in June 2025, setting out the procurement timetable for food waste treatment and the revenue funding position.

=JC/25   VARIATION TO THE INTER-AUTHORITY AGREEMENT
The Legal Adviser presented the proposed variation to the inter-authority agreement, which would extend it from 31 March 2027 to 31 March 2032 and add food waste collections to the joint service.
AGREED: that the variation to the inter-authority agreement set out in Appendix B to the report be recommended to the Cabinets of Kelsham District Council and Brimley Borough Council for approval.

=JC/26   REPLACEMENT OF REFUSE COLLECTION VEHICLES
The Contracts Manager reported that 14 refuse collection vehicles would reach the end of their economic life during 2025/26 and that maintenance costs on them had doubled in two years.
AGREED: that (i) the procurement of 14 refuse collection vehicles through the ESPO framework, at an estimated cost of £3.78m funded by prudential borrowing by the host authority, be approved; and (ii) authority be delegated to the Head of Joint Waste Service, in consultation with the Chair and Vice-Chair, to award the contract.

=JC/27   BULKY WASTE COLLECTION CHARGE
AGREED: that the charge for the collection of up to three bulky waste items be increased from £32 to £35 from 1 May 2025.

=JC/28   RISK REGISTER
The Head of Joint Waste Service presented the updated risk register. A new risk on the capacity for food waste treatment in the region had been added with a score of 16.
NOTED.

=JC/29   DATE OF NEXT MEETING
Thursday 19 June 2025 at 2.00 pm at Brimley Town Hall.

The meeting closed at 3.35 pm.

=Chair ..............................
"""],
}

JC_LEAD = "AGREED: that"
JC_BUDGET = "JOINT WASTE SERVICE BUDGET 2025/26"
JC_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="JC/21", title="MINUTES",
         text="AGREED: that the minutes of the meeting held on 12 December 2024 be approved as a correct record and "
              "signed by the Chair"),
    dict(page=1, kind="noted", outcome="noted", minute="JC/22", title="PERFORMANCE REPORT – QUARTER 3 2024/25",
         text="The Joint Committee NOTED the performance report for quarter 3 of 2024/25"),
    dict(page=1, kind="approval", outcome="approved", minute="JC/23", title=JC_BUDGET, lead_in=JC_LEAD,
         text="the Joint Waste Service budget for 2025/26 of £9.84m, as set out in Appendix A to the report, be "
              "approved"),
    dict(page=1, kind="agreement", outcome="agreed", minute="JC/23", title=JC_BUDGET, lead_in=JC_LEAD,
         text="the net cost be shared between the two councils in the ratio 54:46 (Kelsham:Brimley), based on the "
              "number of households in each council’s area at 1 October 2024"),
    dict(page=1, kind="agreement", outcome="agreed", minute="JC/23", title=JC_BUDGET, lead_in=JC_LEAD,
         text="the Joint Committee’s earmarked reserve be maintained at a minimum of £450,000 and any",
         note="part (iii) wraps across the page break: it continues 'underspend in 2024/25 above that level be "
              "returned to the two councils …' at the top of page 2"),
    dict(page=2, kind="action", outcome=None, minute="JC/23", title=JC_BUDGET, lead_in=JC_LEAD,
         text="the Finance Manager notify the partner councils of their contributions for 2025/26 by 4 April 2025",
         owner="Finance Manager", deadline="2025-04-04"),
    dict(page=2, kind="noted", outcome="noted", minute="JC/24", title="FOOD WASTE COLLECTIONS – READINESS FOR 31 MARCH 2026",
         text="The Joint Committee NOTED the update",
         note="first half of 'The Joint Committee NOTED the update and AGREED that officers bring a further report "
              "in June 2025': two labels, a noting and an action"),
    dict(page=2, kind="action", outcome=None, minute="JC/24", title="FOOD WASTE COLLECTIONS – READINESS FOR 31 MARCH 2026",
         lead_in="The Joint Committee NOTED the update and",
         text="AGREED that officers bring a further report in June 2025, setting out the procurement timetable for "
              "food waste treatment and the revenue funding position",
         owner="officers", deadline="2025-06-19",
         note="second half of the same sentence; the June 2025 meeting is on 19 June 2025 (JC/29)"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="JC/25",
         title="VARIATION TO THE INTER-AUTHORITY AGREEMENT",
         to="Cabinets of Kelsham District Council and Brimley Borough Council",
         text="AGREED: that the variation to the inter-authority agreement set out in Appendix B to the report be "
              "recommended to the Cabinets of Kelsham District Council and Brimley Borough Council"),
    dict(page=2, kind="approval", outcome="approved", minute="JC/26", title="REPLACEMENT OF REFUSE COLLECTION VEHICLES",
         lead_in=JC_LEAD,
         text="the procurement of 14 refuse collection vehicles through the ESPO framework, at an estimated cost of "
              "£3.78m funded by prudential borrowing by the host authority, be approved",
         note="part (i) of an inline 'AGREED: that (i) …; and (ii) …'"),
    dict(page=2, kind="delegation", outcome="agreed", minute="JC/26", title="REPLACEMENT OF REFUSE COLLECTION VEHICLES",
         lead_in=JC_LEAD,
         text="authority be delegated to the Head of Joint Waste Service, in consultation with the Chair and "
              "Vice-Chair, to award the contract"),
    dict(page=2, kind="agreement", outcome="agreed", minute="JC/27", title="BULKY WASTE COLLECTION CHARGE",
         text="AGREED: that the charge for the collection of up to three bulky waste items be increased from £32 to "
              "£35 from 1 May 2025"),
    dict(page=2, kind="noted", outcome="noted", minute="JC/28", title="RISK REGISTER",
         text="NOTED", note="bare 'NOTED.': the updated risk register was noted"),
]

# ---------------------------------------------------------------------------------------
# 6. County council Cabinet minutes with "Decision made:" sections
# ---------------------------------------------------------------------------------------
CAB = {
    "file": "county-cabinet-minutes-2025-01-16.pdf",
    "layout": "County council Cabinet minutes: per item a discussion paragraph, then 'Decision made:' with "
              "lettered points '(a) … (b) …', 'Reasons for decision:', 'Alternative options considered:' (one "
              "starting 'To …') and 'Declarations of interest: none'; a Cabinet Member decision taken under "
              "delegated powers reported for information (with its own 'Decision made:' line, not labelled)",
    "meeting_date": "2025-01-16",
    "body": "Loxbury County Council Cabinet",
    "footer": "Loxbury County Council – Cabinet minutes – Thursday 16 January 2025                               Page {n}",
    "pages": ["""
=LOXBURY COUNTY COUNCIL
=CABINET
=Minutes of the meeting held on Thursday 16 January 2025 at 10.00 am
=in the Council Chamber, County Hall, Loxbury

Present: Councillor Diane Redfern (Leader of the Council, in the Chair); Councillor Martin Pemberton (Deputy Leader and Cabinet Member for Finance and Resources); Councillors Gail Dunmore (Children and Families), Tariq Khan (Education and Skills), Hilary Ormerod (Adult Social Care and Health), Stephen Bellamy (Highways and Transport) and Ruth Castellan (Environment and Climate).
Also present: Councillor Nigel Wray (Leader of the Opposition), Councillor Asha Patel (Chair of the Scrutiny Management Board).
Officers: Chief Executive, Executive Director of Resources (Section 151 Officer), Executive Director of Environment and Infrastructure, Director of Children’s Services, Director of Adult Social Services, Monitoring Officer, Democratic Services Manager.

=1.  Apologies for absence
Apologies were received from Councillor Peter Ashcroft (Communities and Public Protection).

=2.  Declarations of interest
Declarations made in respect of individual items are recorded under those items.

=3.  Minutes
The minutes of the meeting held on 12 December 2024 were agreed as a correct record and signed by the Chair.

=4.  Revenue Budget 2025/26 and Medium Term Financial Strategy 2025–2029
=    Key decision – Forward Plan reference KD/2024/061
Councillor Pemberton introduced the report. The budget gap of £27.6m for 2025/26 would be closed by savings and income of £19.2m and by an increase in council tax. He drew attention to the comments of the Scrutiny Management Board of 8 January 2025. Councillor Wray said that his group would propose an alternative budget at the County Council meeting and asked about the savings proposed in library opening hours.
Decision made:
(a) To recommend to the County Council on 6 February 2025 a net revenue budget of £812.4m for 2025/26, as set out in Appendix 1 to the report.
(b) To recommend to the County Council an increase of 4.99% in the County Council’s element of council tax for 2025/26, including 2% for the adult social care precept.
(c) To note the Section 151 Officer’s statement on the robustness of the estimates and the adequacy of reserves.
Reasons for decision: The County Council must set a balanced budget and its council tax for 2025/26 by 11 March 2025.
Alternative options considered: To increase council tax by 2.99%, which would require further savings of £8.3m in 2025/26. Rejected because of the impact on adult social care.
Declarations of interest: none

=5.  Highways Capital Programme 2025/26
Councillor Bellamy introduced the report. The programme included £18.7m for carriageway resurfacing and £4.1m for the repair of potholes, funded mainly by the Department for Transport’s local highways maintenance grant.
Decision made:
(a) To approve the Highways Capital Programme 2025/26 of £46.2m, as set out in Appendix A to the report.
(b) To delegate authority to the Executive Director of Environment and Infrastructure, in consultation with the Cabinet Member for Highways and Transport, to make changes to the programme of up to £500,000 for any one scheme during the year.
Reasons for decision: To maintain the county’s highway network in a safe condition.
Alternative options considered: To allocate funding on the basis of road length alone. Rejected because it would not reflect the condition of the network.
Declarations of interest: none
""", """
=6.  Special Educational Needs and Disabilities – Sufficiency of Specialist Places
=    Key decision – Forward Plan reference KD/2024/058
Councillor Khan introduced the report, which showed that the number of children with Education, Health and Care Plans had risen by 11% in a year and that 214 children were placed in independent special schools, at an average cost of £61,000 a year.
Decision made:
(a) To approve the expansion of Hollins Park Special School, Loxbury, from 120 to 160 places from September 2026.
(b) To approve capital expenditure of £7.8m on the expansion, funded from the High Needs Provision Capital Allocation.
(c) To ask the Director of Children’s Services to report to Cabinet by 30 September 2025 on the sufficiency of specialist places in the north of the county.
Reasons for decision: To provide more specialist places in the county and reduce reliance on independent schools.
Alternative options considered: Commissioning further places in independent special schools. Rejected on grounds of cost and distance from home.
Declarations of interest: Councillor Dunmore declared a non-pecuniary interest as a governor of Hollins Park Special School and took part in the decision.

=7.  Adult Social Care – Provider Fee Rates 2025/26
Councillor Ormerod introduced the report. The fee increases took account of the increase in the National Living Wage to £12.21 an hour and in employer National Insurance contributions. Providers had been consulted in November and December 2024.
Decision made:
(a) To approve an increase of 6.2% in the weekly fees paid to residential and nursing care homes for older people from 7 April 2025.
(b) To approve a standard hourly rate of £24.10 for home care from 7 April 2025.
(c) To delegate authority to the Director of Adult Social Services to agree individual fees above the standard rates where they are needed to meet assessed needs.
Reasons for decision: To secure a sustainable care market and meet the Council’s duties under the Care Act 2014.
Alternative options considered: An increase of 4%. Rejected because providers’ cost increases would not be met.
Declarations of interest: none

=8.  Council Performance Report – Quarter 2 2024/25
Councillor Redfern introduced the report. 31 of the 42 measures in the Council Plan were on or above target.
Decision made:
(a) To note the performance of the Council against the Council Plan in quarter 2 of 2024/25.
(b) To agree the revised target of 85% for the proportion of Education, Health and Care Plans issued within 20 weeks.
Reasons for decision: To monitor delivery of the Council Plan.
Alternative options considered: None.
Declarations of interest: none

=9.  Decision taken under delegated powers
The following decision, taken by a Cabinet Member under delegated powers since the last meeting, was reported for information. It is recorded in its own decision notice and Cabinet was not asked to make any decision on it.
=Cabinet Member decision taken under delegated powers – Cabinet Member for Highways and Transport,
=19 December 2024 (ref. CMD/HT/24/112)
Decision made: To introduce a 20 mph speed limit on the B4410 through Little Hadwell, following the statutory consultation.

The meeting ended at 11.50 am.

=Chair ..................................................
"""],
}

CAB_LEAD = "Decision made:"
CAB_BUDGET = "Revenue Budget 2025/26 and Medium Term Financial Strategy 2025–2029"
CAB_SEND = "Special Educational Needs and Disabilities – Sufficiency of Specialist Places"
CAB_ASC = "Adult Social Care – Provider Fee Rates 2025/26"
CAB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="3", title="Minutes",
         text="The minutes of the meeting held on 12 December 2024 were agreed as a correct record and signed by "
              "the Chair"),
    dict(page=1, kind="recommendation", outcome="recommended", item="4", title=CAB_BUDGET, lead_in=CAB_LEAD,
         to="County Council",
         text="To recommend to the County Council on 6 February 2025 a net revenue budget of £812.4m for 2025/26"),
    dict(page=1, kind="recommendation", outcome="recommended", item="4", title=CAB_BUDGET, lead_in=CAB_LEAD,
         to="County Council",
         text="To recommend to the County Council an increase of 4.99% in the County Council’s element of council "
              "tax for 2025/26, including 2% for the adult social care precept"),
    dict(page=1, kind="noted", outcome="noted", item="4", title=CAB_BUDGET, lead_in=CAB_LEAD,
         text="To note the Section 151 Officer’s statement on the robustness of the estimates and the adequacy of "
              "reserves",
         note="'Alternative options considered: To increase council tax by 2.99% …' is not a decision"),
    dict(page=1, kind="approval", outcome="approved", item="5", title="Highways Capital Programme 2025/26",
         lead_in=CAB_LEAD,
         text="To approve the Highways Capital Programme 2025/26 of £46.2m, as set out in Appendix A to the report"),
    dict(page=1, kind="delegation", outcome="agreed", item="5", title="Highways Capital Programme 2025/26",
         lead_in=CAB_LEAD,
         text="To delegate authority to the Executive Director of Environment and Infrastructure, in consultation "
              "with the Cabinet Member for Highways and Transport, to make changes to the programme"),
    dict(page=2, kind="approval", outcome="approved", item="6", title=CAB_SEND, lead_in=CAB_LEAD,
         text="To approve the expansion of Hollins Park Special School, Loxbury, from 120 to 160 places from "
              "September 2026"),
    dict(page=2, kind="approval", outcome="approved", item="6", title=CAB_SEND, lead_in=CAB_LEAD,
         text="To approve capital expenditure of £7.8m on the expansion, funded from the High Needs Provision "
              "Capital Allocation"),
    dict(page=2, kind="action", outcome=None, item="6", title=CAB_SEND, lead_in=CAB_LEAD,
         text="To ask the Director of Children’s Services to report to Cabinet by 30 September 2025 on the "
              "sufficiency of specialist places in the north of the county",
         owner="Director of Children’s Services", deadline="2025-09-30"),
    dict(page=2, kind="approval", outcome="approved", item="7", title=CAB_ASC, lead_in=CAB_LEAD,
         text="To approve an increase of 6.2% in the weekly fees paid to residential and nursing care homes for "
              "older people from 7 April 2025"),
    dict(page=2, kind="approval", outcome="approved", item="7", title=CAB_ASC, lead_in=CAB_LEAD,
         text="To approve a standard hourly rate of £24.10 for home care from 7 April 2025"),
    dict(page=2, kind="delegation", outcome="agreed", item="7", title=CAB_ASC, lead_in=CAB_LEAD,
         text="To delegate authority to the Director of Adult Social Services to agree individual fees above the "
              "standard rates"),
    dict(page=2, kind="noted", outcome="noted", item="8", title="Council Performance Report – Quarter 2 2024/25",
         lead_in=CAB_LEAD,
         text="To note the performance of the Council against the Council Plan in quarter 2 of 2024/25"),
    dict(page=2, kind="agreement", outcome="agreed", item="8", title="Council Performance Report – Quarter 2 2024/25",
         lead_in=CAB_LEAD,
         text="To agree the revised target of 85% for the proportion of Education, Health and Care Plans issued "
              "within 20 weeks"),
]


if __name__ == "__main__":
    docs = [(PCP, PCP_LABELS), (COG, COG_LABELS), (SCOT, SCOT_LABELS), (FRA, FRA_LABELS), (JC, JC_LABELS),
            (CAB, CAB_LABELS)]
    build_set(__file__, docs, "dn", actions_have_no_outcome=True)
