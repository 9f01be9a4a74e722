"""Layouts4: six fictional minutes PDFs and their decision labels (`.venv/bin/python evals/layouts4/make.py`).

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the repository root holds evals
from evals.layouts.make import build_set  # noqa: E402

# ---------------------------------------------------------------------------------------
# 1. District council Planning Committee
# ---------------------------------------------------------------------------------------
PLAN = {
    "file": "planning-committee-minutes-2024-12-04.pdf",
    "layout": "District council Planning Committee: PL/nn minutes with one sub-minute per application "
              "('PL/64(a)  24/00871/FUL – <site>'), officer presentations, public speakers, 'RESOLVED: That "
              "planning permission be GRANTED subject to the conditions set out in the report' (one with "
              "'(For 7, Against 4, Abstain 1)' on the next line), 'RESOLVED: That planning permission be REFUSED "
              "for the following reasons: 1. … 2. …', 'Deferred for a site visit', an application withdrawn by "
              "the applicant before the meeting, an inline 'RESOLVED: That (1) … authorised to GRANT …; and (2) … "
              "authority be delegated … to REFUSE'",
    "meeting_date": "2024-12-04",
    "body": "Fenmarsh District Council Planning Committee",
    "footer": "Fenmarsh District Council – Planning Committee – 4 December 2024                              Page {n} of {of}",
    "pages": ["""
=FENMARSH DISTRICT COUNCIL
=PLANNING COMMITTEE
=Minutes of the meeting of the Planning Committee held in the Council Chamber, Fenmarsh House,
=Market Place, Holbeck St Mary, on Wednesday 4 December 2024 at 6.30 pm

Present: Councillor Graham Tilney (Chair); Councillor Susan Ives (Vice-Chair); Councillors Peter Allard, Mandy Crane, Raj Dhillon, Owen Dunn, Carol Fenwick, Keith Lacey, Joanne Marsh, Adrian Price, Helen Quirke and Barry Stead.
Substitute: Councillor Nadia Hussain (for Councillor Tom Wrigley).
Officers: Rachel Gould (Head of Planning), Simon Barr (Development Management Team Leader), Priya Shah (Senior Planning Officer), Martin Cole (Principal Solicitor), Daniel Reeve (Highways Development Control, Fenshire County Council) and Lindsey Day (Democratic Services Officer).

=PL/61   APOLOGIES FOR ABSENCE AND SUBSTITUTIONS
Apologies for absence were received from Councillor Tom Wrigley. Councillor Nadia Hussain attended as his substitute.

=PL/62   DECLARATIONS OF INTEREST
Councillor Marsh declared a disclosable pecuniary interest in application 24/01019/FUL (minute PL/64(c)) as the owner of 16 Station Road, Fenby, which adjoins the site. She left the Chamber during the consideration of that application and did not vote on it.
Councillor Dunn declared that he is a member of Brackley Fields Parish Council, which had commented on application 24/00871/FUL, but that he had taken no part in the Parish Council’s discussion of it and had come to the meeting with an open mind.
All members of the Committee declared that they had received correspondence from objectors to application 24/00871/FUL.

=PL/63   MINUTES
RESOLVED: That the minutes of the meeting of the Committee held on 6 November 2024 be approved as a correct record and signed by the Chair.

=PL/64   PLANNING APPLICATIONS
The Committee considered the reports of the Head of Planning on the following applications, together with the update sheet circulated before the meeting, which reported further representations and amendments to the recommended conditions.

=PL/64(a)   24/00871/FUL – Land north of Mill Lane, Brackley Fields
Erection of 46 dwellings with associated access, public open space and landscaping.
The Senior Planning Officer presented the application, which was recommended for approval. The site is allocated for about 45 dwellings in the Fenmarsh Local Plan 2021 (Policy BF2), and the scheme would provide 14 affordable homes (30%). The update sheet reported 11 further objections, mainly about traffic on Mill Lane and surface water flooding, and a revised drainage strategy to which the Lead Local Flood Authority had no objection.
Mrs Ann Pickering spoke in objection on behalf of the Mill Lane Residents’ Group. Councillor Derek Holmes spoke on behalf of Brackley Fields Parish Council. Mr James Corrie (Corrie Planning, agent) spoke in support of the application.
Members asked about the width of Mill Lane at its junction with the B1187 and about the capacity of Brackley Fields Primary School. Mr Reeve said that the junction would be widened under a Section 278 agreement before the first dwelling is occupied. Councillor Crane said that she could not support the application until the village school had been expanded.
RESOLVED: That planning permission be GRANTED subject to the conditions set out in the report, as amended by the update sheet, and to the completion of a Section 106 agreement securing 14 affordable homes and a contribution of £312,000 towards primary education.
=(For 7, Against 4, Abstain 1)
Councillor Quirke arrived at 6.52 pm, during the consideration of this application, and did not vote on it.

""", """
=PL/64(b)   24/00934/OUT – Land at Hollow Farm, Sutton Drove, Holbeck St Mary
Outline application for up to 120 dwellings, with all matters reserved except access.
The Development Management Team Leader presented the application, which was recommended for refusal. The site lies outside the settlement boundary of Holbeck St Mary and mostly within Flood Zone 3. The Environment Agency had objected and the sequential test had not been passed. The applicant’s agent, Ms Laura Finch, said that the Council could not demonstrate a five year supply of housing land, so that the presumption in favour of sustainable development applied. The Head of Planning said that the Council’s published supply was 5.3 years.
RESOLVED: That planning permission be REFUSED for the following reasons:
1. The site lies outside the settlement boundary of Holbeck St Mary, in open countryside where new residential development is not supported by Policy LP3 of the Fenmarsh Local Plan 2021.
2. The site lies mostly within Flood Zone 3 and the application has not shown that there are no reasonably available sites at a lower risk of flooding, contrary to Policy LP14 of the Fenmarsh Local Plan 2021 and the sequential test in the National Planning Policy Framework.
=PL/64(c)   24/01019/FUL – 14 Station Road, Fenby
Having declared an interest, Councillor Marsh left the Chamber.
Two storey side extension and change of use of the enlarged dwelling to a seven bedroom house in multiple occupation.
The Senior Planning Officer presented the application, which was recommended for approval. In all, 32 objections had been received. Mr Alan Webb spoke in objection on behalf of the neighbours. Members were concerned about on-street parking and about the effect of the extension on the light reaching 12 Station Road, and felt that they could not judge either from the plans and photographs.
Deferred for a site visit, to allow Members to assess the relationship of the proposed extension with the neighbouring properties at 12 and 16 Station Road and the parking situation in Station Road.
The site visit will take place on Monday 13 January 2025 at 10.00 am.
Councillor Marsh returned to the Chamber.

=PL/64(d)   24/01102/FUL – Former Fenby Garage, 22–24 High Street, Fenby
The application had been withdrawn by the applicant on 29 November 2024, before the meeting, and was not considered by the Committee.

=PL/64(e)   24/01155/REG3 – Fenby Leisure Centre car park, Sedge Road, Fenby
Installation of solar photovoltaic canopies over 84 parking spaces, with battery storage and eight electric vehicle charging points. Application by Fenmarsh District Council.
The Development Management Team Leader reminded the Committee that the application had been made by the Council and was to be determined in the same way as any other application. No objections had been received.
RESOLVED: That planning permission be GRANTED subject to the conditions set out in the report.

""", """
=PL/64(f)   24/00655/OUT – Land west of Reedham Road, Holbeck St Mary
Outline application for up to 35 dwellings, with all matters reserved except access.
The Senior Planning Officer presented the application. The site is allocated for housing in the Local Plan (Policy HS4) and the applicant had agreed to provide 35% affordable housing and public open space, but the Section 106 agreement had not yet been completed.
RESOLVED: That (1) the Head of Planning be authorised to GRANT outline planning permission subject to the conditions set out in the report and the completion, by 31 May 2025, of a Section 106 agreement securing 35% affordable housing and public open space; and (2) if the Section 106 agreement has not been completed by 31 May 2025, authority be delegated to the Head of Planning to REFUSE the application on the grounds that the affordable housing and open space have not been secured.

=PL/65   APPEAL DECISIONS
The Committee received a report listing the three appeal decisions issued by the Planning Inspectorate since the last meeting. The appeals against the refusal of applications 23/01877/FUL (Glebe Cottage, Fenby) and 24/00112/HOUS (9 Priory Close, Holbeck St Mary) had been allowed, and the appeal against the refusal of 24/00208/FUL (land east of Sutton Drove) had been dismissed. No award of costs had been made against the Council. Members asked what lessons could be learned from the two appeals allowed.
RESOLVED: That the appeal decisions be noted.

=PL/66   ENFORCEMENT UPDATE
The Planning Enforcement Manager gave a verbal update. There were 64 open enforcement cases, of which 19 were more than six months old. An enforcement notice had been served on 11 November 2024 requiring the removal of a mobile home from land at Chapel Drove, Fenby. Members asked about the resources of the enforcement team. The Head of Planning undertook to circulate a list of the open cases by ward before the next meeting.

The meeting closed at 9.05 pm.

=Chair ..................................................          Date ..............................
"""],
}

PLAN_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="PL/63", title="MINUTES",
         text="RESOLVED: That the minutes of the meeting of the Committee held on 6 November 2024 be approved as a "
              "correct record and signed by the Chair"),
    dict(page=1, kind="approval", outcome="approved", minute="PL/64(a)",
         title="24/00871/FUL – Land north of Mill Lane, Brackley Fields",
         votes={"for": 7, "against": 4, "abstain": 1},
         text="RESOLVED: That planning permission be GRANTED subject to the conditions set out in the report, as "
              "amended by the update sheet, and to the completion of a Section 106 agreement",
         note="'(For 7, Against 4, Abstain 1)' on the line after the resolution"),
    dict(page=2, kind="resolution", outcome="agreed", minute="PL/64(b)",
         title="24/00934/OUT – Land at Hollow Farm, Sutton Drove, Holbeck St Mary",
         text="RESOLVED: That planning permission be REFUSED for the following reasons",
         note="a refusal of planning permission: the Committee's resolution to refuse (kind resolution, outcome "
              "agreed); the numbered reasons 1. and 2. are reasons, not decisions"),
    dict(page=2, kind="deferral", outcome="deferred", minute="PL/64(c)", title="24/01019/FUL – 14 Station Road, Fenby",
         text="Deferred for a site visit, to allow Members to assess the relationship of the proposed extension with "
              "the neighbouring properties at 12 and 16 Station Road",
         note="the site visit arrangement on the next line is not a separate decision"),
    dict(page=2, kind="withdrawal", outcome="withdrawn", minute="PL/64(d)",
         title="24/01102/FUL – Former Fenby Garage, 22–24 High Street, Fenby",
         text="The application had been withdrawn by the applicant on 29 November 2024, before the meeting, and was "
              "not considered by the Committee",
         note="withdrawn by the applicant, not by the Committee; labelled as the withdrawn item in ../layouts/ is, "
              "because the register records what became of each application on the agenda"),
    dict(page=2, kind="approval", outcome="approved", minute="PL/64(e)",
         title="24/01155/REG3 – Fenby Leisure Centre car park, Sedge Road, Fenby",
         text="RESOLVED: That planning permission be GRANTED subject to the conditions set out in the report"),
    dict(page=3, kind="approval", outcome="approved", minute="PL/64(f)",
         title="24/00655/OUT – Land west of Reedham Road, Holbeck St Mary", lead_in="RESOLVED: That",
         text="the Head of Planning be authorised to GRANT outline planning permission subject to the conditions set "
              "out in the report",
         note="part (1) of an inline 'RESOLVED: That (1) …; and (2) …': permission to be granted once the Section 106 "
              "agreement is completed"),
    dict(page=3, kind="delegation", outcome="agreed", minute="PL/64(f)",
         title="24/00655/OUT – Land west of Reedham Road, Holbeck St Mary", lead_in="RESOLVED: That",
         text="if the Section 106 agreement has not been completed by 31 May 2025, authority be delegated to the Head "
              "of Planning to REFUSE the application",
         note="part (2)"),
    dict(page=3, kind="noted", outcome="noted", minute="PL/65", title="APPEAL DECISIONS",
         text="RESOLVED: That the appeal decisions be noted"),
]

# ---------------------------------------------------------------------------------------
# 2. Licensing Sub-Committee hearing
# ---------------------------------------------------------------------------------------
LIC = {
    "file": "licensing-sub-committee-hearing-2025-03-11.pdf",
    "layout": "Licensing Sub-Committee hearing (Licensing Act 2003): LS/25/nn minutes, parties present, the "
              "officer's summary and the parties' cases, 'Determination' and 'Reasons for the determination' "
              "headings; 'The Sub-Committee determined to grant the premises licence subject to the conditions "
              "agreed with Thames Valley Police and the following additional conditions: (a) … (b) … (c) …'; "
              "'The Sub-Committee determined to refuse the application for a personal licence'; a review with "
              "'determined to take the following steps …: (1) … (2) … (3) …'; late evidence accepted; a hearing "
              "adjourned",
    "meeting_date": "2025-03-11",
    "body": "Kennetbridge Borough Council Licensing Sub-Committee",
    "footer": "Kennetbridge Borough Council – Licensing Sub-Committee – 11 March 2025                        Page {n} of {of}",
    "pages": ["""
=KENNETBRIDGE BOROUGH COUNCIL
=LICENSING SUB-COMMITTEE (LICENSING ACT 2003)
=Minutes of a hearing held on Tuesday 11 March 2025 at 10.00 am in Committee Room 2, Civic Offices,
=Bridge Street, Kennetbridge

Members: Councillors Priya Nair, Gordon Ashby and Fiona McKenna.
Officers: Tom Pryce (Licensing Team Leader), Hannah Briggs (Legal Adviser, Shared Legal Services) and Carl Mensah (Democratic Services Officer).

=LS/25/07   ELECTION OF CHAIR
RESOLVED: That Councillor Priya Nair be elected Chair for the hearing.

=LS/25/08   DECLARATIONS OF INTEREST
There were no declarations of interest. Councillor Ashby said that he had visited the Riverside Tap as a customer under its previous owners, but had had no contact with the applicant.

=LS/25/09   NEW PREMISES LICENCE – THE RIVERSIDE TAP, 4 WHARF STREET, KENNETBRIDGE
Present: for the applicant, Wharfside Inns Ltd, Mr Oliver Grant (solicitor) and Ms Kerry Dyson (proposed Designated Premises Supervisor); for Environmental Health, a responsible authority, Ms Amira Saleh; as other persons, Mr and Mrs Lowe (residents of Wharf Street) and Mr Peter Hale (Wharf Street Residents’ Association). Thames Valley Police had agreed conditions with the applicant and did not attend.
The Chair introduced those present and explained the procedure for the hearing.
Mr Hale asked to submit six photographs of customers drinking on the riverside terrace after 11.00 pm, taken on 1 March 2025. The Sub-Committee agreed to accept the photographs as additional evidence, all parties having consented.
The Licensing Team Leader summarised the application, which sought the sale of alcohol on and off the premises from 10.00 to 23.00 on Monday to Thursday and from 10.00 to 00.30 on Friday and Saturday, recorded music and late night refreshment until 00.30 on Friday and Saturday. Representations had been received from Environmental Health, about noise from the riverside terrace, and from four local residents, about noise, anti-social behaviour and litter. Thames Valley Police had withdrawn its representation after the applicant agreed to 14 conditions, which were set out in Appendix 3 to the report.
Mr Grant said that Wharfside Inns operated eleven similar premises in the Thames Valley, none of which had been the subject of a review. Ms Saleh said that the terrace was within 15 metres of the nearest flats and recommended that it close at 21.00. Mrs Lowe described being woken repeatedly by noise from the terrace when the premises had traded under their previous owners.
The Sub-Committee retired at 11.25 am to deliberate, accompanied by the Legal Adviser and the Democratic Services Officer, and returned at 12.10 pm. The Legal Adviser confirmed that she had given legal advice only.
=Determination
The Sub-Committee determined to grant the premises licence subject to the conditions agreed with Thames Valley Police and the following additional conditions:
(a) the riverside terrace shall be cleared of customers and closed by 21.00 each day, and no drinks shall be taken onto the terrace after that time;
(b) no recorded music shall be played on the terrace at any time, and music played inside the premises shall not be audible at the boundary of any residential property; and
(c) a telephone number for the duty manager shall be given to the residents of Wharf Street and displayed at the entrance to the premises.
""", """
=Reasons for the determination
The Sub-Committee had regard to the licensing objectives, the Council’s Statement of Licensing Policy and the guidance issued under section 182 of the Licensing Act 2003. It considered that the conditions agreed with Thames Valley Police would promote the prevention of crime and disorder. It accepted the evidence of Environmental Health and of the residents, including the photographs, that noise from the terrace late in the evening was likely to cause a public nuisance, and considered the additional conditions appropriate and proportionate to promote the prevention of public nuisance. The Sub-Committee decided not to restrict the hours for the sale of alcohol inside the premises, as there was no evidence that the hours applied for would undermine the licensing objectives.
All parties were reminded of their right of appeal to the Magistrates’ Court within 21 days of receiving written notice of the determination.

=LS/25/10   APPLICATION FOR A PERSONAL LICENCE – MR JASON KEMBLE
Present: Mr Jason Kemble (applicant); PC Sarah Ord (Licensing Officer, Thames Valley Police).
The Licensing Team Leader reported that Mr Kemble had disclosed a conviction on 4 August 2023 for driving with excess alcohol, a relevant offence, and that Thames Valley Police had given an objection notice under section 120(5) of the Licensing Act 2003. PC Ord said that Mr Kemble had been nearly three times over the legal limit and that a further conviction for being drunk and disorderly in 2021 showed a pattern of behaviour. Mr Kemble said that he had completed a drink drive rehabilitation course, that he had not drunk alcohol for a year and that he needed the licence to take up a post as a bar manager.
=Determination
The Sub-Committee determined to refuse the application for a personal licence, being satisfied that granting it would undermine the crime prevention objective.
=Reasons for the determination
The Sub-Committee noted that Mr Kemble had completed a rehabilitation course and had been open about his convictions. However, the offence was recent and serious, and the Sub-Committee was not persuaded that the pattern of offending shown by the two convictions had been broken. Mr Kemble was told that he could make a fresh application in the future and was reminded of his right of appeal to the Magistrates’ Court.

""", """
=LS/25/11   REVIEW OF A PREMISES LICENCE – QUICKSTOP CONVENIENCE, 87 LONDON ROAD, KENNETBRIDGE
Present: for Kennetbridge Trading Standards (the applicant for the review), Mr Neil Forsyth; the premises licence holder and Designated Premises Supervisor, Mr Hakan Demir, with Ms Selin Aydin (licensing consultant).
Mr Forsyth said that alcohol had been sold to a 15 year old volunteer during test purchases on 12 September 2024 and again on 9 January 2025, and that the premises had no refusals log and no record of staff training. Ms Aydin said that the sales had been made by a new employee who had since been dismissed, and offered a condition requiring a Challenge 25 policy.
=Determination
The Sub-Committee determined to take the following steps under section 52(4) of the Licensing Act 2003:
(1) to suspend the premises licence for a period of four weeks from the date on which the determination takes effect;
(2) to remove Mr Hakan Demir as the Designated Premises Supervisor; and
(3) to modify the conditions of the licence by adding a condition that a Challenge 25 policy be operated, with training for all staff every six months and written records kept for inspection.
=Reasons for the determination
The Sub-Committee considered that two sales of alcohol to a child within four months showed a serious failure of management and that the protection of children from harm required more than the condition offered. It did not consider revocation necessary, given that the licence holder had acted promptly after the second sale.

=LS/25/12   APPLICATION TO VARY A PREMISES LICENCE – THE KINGS HEAD, MARKET SQUARE, KENNETBRIDGE
The Democratic Services Officer reported that the applicant’s representative had written on 7 March 2025 to ask for the hearing to be adjourned, because the proposed Designated Premises Supervisor was in hospital. The residents who had made representations did not object.
The Sub-Committee agreed to adjourn the hearing to Tuesday 25 March 2025 at 10.00 am, being satisfied that this was necessary in the public interest.

=LS/25/13   NOTIFICATION OF THE DETERMINATIONS
The Democratic Services Officer to send written notice of the determinations, with the reasons, to all parties within five working days of the hearing.

The hearing closed at 3.40 pm.

=Chair ..................................................          Date ..............................
"""],
}

LIC_PREMISES = "NEW PREMISES LICENCE – THE RIVERSIDE TAP, 4 WHARF STREET, KENNETBRIDGE"
LIC_REVIEW = "REVIEW OF A PREMISES LICENCE – QUICKSTOP CONVENIENCE, 87 LONDON ROAD, KENNETBRIDGE"
LIC_STEPS = "The Sub-Committee determined to take the following steps under section 52(4) of the Licensing Act 2003:"
LIC_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="LS/25/07", title="ELECTION OF CHAIR",
         text="RESOLVED: That Councillor Priya Nair be elected Chair for the hearing",
         note="an appointment, labelled as an approval as appointments are in the earlier sets"),
    dict(page=1, kind="agreement", outcome="agreed", minute="LS/25/09", title=LIC_PREMISES,
         text="The Sub-Committee agreed to accept the photographs as additional evidence, all parties having "
              "consented",
         note="a procedural decision of the hearing (documentary evidence not submitted before the hearing)"),
    dict(page=1, kind="approval", outcome="approved", minute="LS/25/09", title=LIC_PREMISES, lead_in="Determination",
         text="The Sub-Committee determined to grant the premises licence subject to the conditions agreed with "
              "Thames Valley Police and the following additional conditions",
         note="one label: the additional conditions (a)-(c) are terms of the one grant, not separate decisions; "
              "'The Sub-Committee decided not to restrict the hours …' under 'Reasons for the determination' is "
              "reasoning, not labelled"),
    dict(page=2, kind="resolution", outcome="agreed", minute="LS/25/10",
         title="APPLICATION FOR A PERSONAL LICENCE – MR JASON KEMBLE", lead_in="Determination",
         text="The Sub-Committee determined to refuse the application for a personal licence, being satisfied that "
              "granting it would undermine the crime prevention objective",
         note="a refusal: the Sub-Committee's determination to refuse (kind resolution, outcome agreed)"),
    dict(page=3, kind="resolution", outcome="agreed", minute="LS/25/11", title=LIC_REVIEW, lead_in=LIC_STEPS,
         text="to suspend the premises licence for a period of four weeks from the date on which the determination "
              "takes effect",
         note="step (1) of three steps taken on a review; each step is a determination of its own"),
    dict(page=3, kind="resolution", outcome="agreed", minute="LS/25/11", title=LIC_REVIEW, lead_in=LIC_STEPS,
         text="to remove Mr Hakan Demir as the Designated Premises Supervisor"),
    dict(page=3, kind="resolution", outcome="agreed", minute="LS/25/11", title=LIC_REVIEW, lead_in=LIC_STEPS,
         text="to modify the conditions of the licence by adding a condition that a Challenge 25 policy be "
              "operated, with training for all staff every six months"),
    dict(page=3, kind="deferral", outcome="deferred", minute="LS/25/12",
         title="APPLICATION TO VARY A PREMISES LICENCE – THE KINGS HEAD, MARKET SQUARE, KENNETBRIDGE",
         text="The Sub-Committee agreed to adjourn the hearing to Tuesday 25 March 2025 at 10.00 am, being satisfied "
              "that this was necessary in the public interest",
         note="an adjourned hearing is a deferral"),
    dict(page=3, kind="action", outcome=None, minute="LS/25/13", title="NOTIFICATION OF THE DETERMINATIONS",
         text="The Democratic Services Officer to send written notice of the determinations, with the reasons, to "
              "all parties within five working days of the hearing",
         owner="Democratic Services Officer",
         note="'within five working days' is not a printed date, so no deadline"),
]

# ---------------------------------------------------------------------------------------
# 3. Health Overview and Scrutiny Committee
# ---------------------------------------------------------------------------------------
HOSC = {
    "file": "health-overview-scrutiny-committee-minutes-2025-01-23.pdf",
    "layout": "County council Health Overview and Scrutiny Committee: numbered minutes with title-case headings, "
              "NHS presenters, 'The Committee requested that the ICB provide … by <date>', 'RECOMMENDATION to NHS "
              "Westbury ICB: that …', 'The Committee agreed to refer the proposals to the Secretary of State for "
              "Health and Social Care', 'The Committee noted the update', a working group and a delegation to the "
              "Chair, a work programme item recorded as a bare 'Agreed.'",
    "meeting_date": "2025-01-23",
    "body": "Ashmead County Council Health Overview and Scrutiny Committee",
    "footer": "Ashmead County Council – Health Overview and Scrutiny Committee – 23 January 2025                 {n}/{of}",
    "pages": ["""
=ASHMEAD COUNTY COUNCIL
=HEALTH OVERVIEW AND SCRUTINY COMMITTEE
=Minutes of the meeting held on Thursday 23 January 2025 at 10.00 am at County Hall, Ashmead

Present: County Councillors Linda Garside (Chair), Michael Oyelaran (Vice-Chair), Brian Cotter, Sarah Hebden, Ian Musgrave, Julie Tennant and Wendy Yeo; District Councillors Arthur Pell (Ashmead Borough Council) and Gemma Rix (Coldharbour District Council) (co-opted members).
In attendance: Dr Naveen Rao (Chief Medical Officer, NHS Westbury ICB), Claire Hollis (Director of Strategy and Transformation, NHS Westbury ICB), Karl Stoddart (Head of Dental Commissioning, NHS Westbury ICB), Mark Steadman (Chief Operating Officer, Ashmead Hospitals NHS Trust), Jo Kirwan (Chief Executive, Healthwatch Ashmead) and Helen Ward (Scrutiny Officer).

=21.  Apologies and Substitutions
Apologies were received from County Councillor Peter Dale. County Councillor Wendy Yeo attended as his substitute.

=22.  Declarations of Interest
Councillor Hebden declared a personal interest as a practice nurse employed by a GP practice in Ashmead. Councillor Rix declared a personal interest as a member of the Friends of Coldharbour Hospital. Both remained in the meeting.

=23.  Minutes
RESOLVED: That the minutes of the meeting held on 21 November 2024 be confirmed as a correct record and signed by the Chair.

=24.  Public Participation
Mrs Doreen Askew, on behalf of the Save Coldharbour Stroke Unit campaign, asked how the ICB had taken account of the 2,900 signatures on the campaign’s petition. Dr Rao replied that the petition had been reported in full to the ICB Board and was summarised in the consultation report.

=25.  Hyper-Acute Stroke Services – Decision of the ICB Board
Dr Rao and Ms Hollis presented the decision of the ICB Board on 9 January 2025 to centralise hyper-acute stroke care at Ashmead General Hospital and to close the stroke unit at Coldharbour Hospital from October 2025. The consultation had received 3,412 responses, of which 78% opposed the proposal. The ICB’s modelling showed that 14% of the population of the Coldharbour area would be more than 45 minutes by ambulance from the nearest hyper-acute unit.
Members said that the consultation document had not explained the effect on travel times for rural patients, that the consultation had run for only eight weeks over the summer holiday period, and that the ICB had not responded to the Committee’s consultation response of 12 September 2024. Ms Kirwan said that Healthwatch had received 140 comments on the proposal, almost all opposed. Dr Rao said that centralisation would give patients round the clock access to thrombectomy and was supported by the regional stroke network.
The Committee requested that the ICB provide the full modelling of ambulance journey times for the Coldharbour area, including the assumptions made about handover delays, by 7 February 2025.
The Committee agreed to refer the proposals to the Secretary of State for Health and Social Care, on the grounds that the consultation had not been adequate in its content and the time allowed, and that the proposals would not be in the interests of the health service in the Coldharbour area.
The Scrutiny Officer to prepare the referral letter for agreement by the Chair and Vice-Chair and to send it to the Secretary of State by 14 February 2025.

""", """
=26.  Urgent and Emergency Care – Winter Update
Mr Steadman reported that 68.4% of patients at Ashmead General Hospital’s emergency department had been seen within four hours in December 2024, against the national target of 78%, and that the average ambulance handover time had been 52 minutes. Corridor care had been used on 19 days in December. Members asked about discharge delays, which accounted for 96 beds a day, and about the new same day emergency care unit, which would open in April 2025.
The Committee noted the update.
RECOMMENDATION to NHS Westbury ICB: that the ICB publish each month, on its website, the ambulance handover times at each hospital in the county, including the number of handovers taking longer than 60 minutes.
=27.  Access to NHS Dentistry
Mr Stoddart reported that 46% of adults in the county had seen an NHS dentist in the previous 24 months, against 52% in England, and that three practices had handed back their NHS contracts in 2024. The ICB expected to underspend its dental budget for 2024/25 by £2.3m. Ms Kirwan said that dentistry was the subject of more enquiries to Healthwatch than any other service.
Members asked how the new patient premium had been used and why urgent appointments could not be booked in the west of the county.
The Committee noted the report.
The Committee requested that the ICB provide, for its meeting on 20 March 2025, a breakdown by practice of the units of dental activity commissioned and delivered in 2024/25.
RECOMMENDATION to NHS Westbury ICB: that the ICB use the underspend on dental contracts in 2024/25 to commission additional urgent dental appointments in Coldharbour and the rural west of the county.

=28.  Quality Accounts 2024/25
The Scrutiny Officer explained that the Committee was invited to comment on the draft Quality Accounts of Ashmead Hospitals NHS Trust, Westbury Community Health NHS Trust and Ashmead and Westbury Mental Health NHS Foundation Trust, which would be received in April and May 2025.
The Committee agreed that a working group of Councillors Garside, Hebden and Pell be established to prepare the Committee’s statements on the draft Quality Accounts 2024/25 of the three NHS trusts.
The Committee agreed to delegate authority to the Chair, in consultation with the working group, to approve the statements on its behalf.

=29.  Work Programme 2025/26
The Scrutiny Officer presented the draft work programme for 2025/26, which had been updated to include the stroke referral and an item on mental health crisis services at the March meeting. Members asked for community pharmacy closures to be considered later in the year.
Agreed.

=30.  Date of Next Meeting
Thursday 20 March 2025 at 10.00 am, County Hall, Ashmead.

The meeting closed at 1.15 pm.

=Chair ..................................................
"""],
}

ICB = "NHS Westbury ICB"
REC_ICB = "RECOMMENDATION to NHS Westbury ICB:"
STROKE = "Hyper-Acute Stroke Services – Decision of the ICB Board"
UEC = "Urgent and Emergency Care – Winter Update"
DENT = "Access to NHS Dentistry"
HOSC_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="23", title="Minutes",
         text="RESOLVED: That the minutes of the meeting held on 21 November 2024 be confirmed as a correct record "
              "and signed by the Chair"),
    dict(page=1, kind="action", outcome=None, minute="25", title=STROKE,
         text="The Committee requested that the ICB provide the full modelling of ambulance journey times for the "
              "Coldharbour area",
         owner=ICB, deadline="2025-02-07",
         note="a request to the ICB with a printed date: an action"),
    dict(page=1, kind="referral", outcome="referred", minute="25", title=STROKE,
         to="Secretary of State for Health and Social Care",
         text="The Committee agreed to refer the proposals to the Secretary of State for Health and Social Care, on "
              "the grounds that the consultation had not been adequate"),
    dict(page=1, kind="action", outcome=None, minute="25", title=STROKE,
         text="The Scrutiny Officer to prepare the referral letter for agreement by the Chair and Vice-Chair and to "
              "send it to the Secretary of State by 14 February 2025",
         owner="Scrutiny Officer", deadline="2025-02-14"),
    dict(page=2, kind="noted", outcome="noted", minute="26", title=UEC,
         text="The Committee noted the update"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="26", title=UEC, lead_in=REC_ICB, to=ICB,
         text="that the ICB publish each month, on its website, the ambulance handover times at each hospital in the "
              "county"),
    dict(page=2, kind="noted", outcome="noted", minute="27", title=DENT,
         text="The Committee noted the report"),
    dict(page=2, kind="action", outcome=None, minute="27", title=DENT,
         text="The Committee requested that the ICB provide, for its meeting on 20 March 2025, a breakdown by "
              "practice of the units of dental activity commissioned and delivered in 2024/25",
         owner=ICB, deadline="2025-03-20"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="27", title=DENT, lead_in=REC_ICB, to=ICB,
         text="that the ICB use the underspend on dental contracts in 2024/25 to commission additional urgent dental "
              "appointments in Coldharbour and the rural west of the county"),
    dict(page=2, kind="agreement", outcome="agreed", minute="28", title="Quality Accounts 2024/25",
         text="The Committee agreed that a working group of Councillors Garside, Hebden and Pell be established to "
              "prepare the Committee’s statements on the draft Quality Accounts"),
    dict(page=2, kind="delegation", outcome="agreed", minute="28", title="Quality Accounts 2024/25",
         text="The Committee agreed to delegate authority to the Chair, in consultation with the working group, to "
              "approve the statements on its behalf"),
    dict(page=2, kind="agreement", outcome="agreed", minute="29", title="Work Programme 2025/26",
         text="Agreed",
         note="bare 'Agreed.' on its own line: the work programme for 2025/26 was agreed"),
]

# ---------------------------------------------------------------------------------------
# 4. Schools Forum
# ---------------------------------------------------------------------------------------
SF = {
    "file": "schools-forum-minutes-2025-01-15.pdf",
    "layout": "Schools Forum: numbered items, members listed by group (maintained primary, maintained secondary, "
              "academies, special, alternative provision, non-schools), 'Forum members voted to approve the "
              "de-delegation of … (12 for, 0 against, 1 abstention)', 'Schools members of the Forum agreed …', "
              "'The Forum did not agree the proposed transfer of 0.5% from the schools block …', 'Maintained "
              "primary school members agreed the de-delegation of the following …: (a) … (b) …', 'Maintained "
              "secondary school members did not agree …', 'The Forum noted the DSG monitoring report', an "
              "officer action",
    "meeting_date": "2025-01-15",
    "body": "Brackenshire Schools Forum",
    "footer": "Brackenshire Schools Forum – minutes – 15 January 2025                                          Page {n} of {of}",
    "pages": ["""
=BRACKENSHIRE SCHOOLS FORUM
=Minutes of the meeting held on Wednesday 15 January 2025 at 2.00 pm at the Teachers’ Centre,
=Oakfield Road, Brackham, and by Microsoft Teams

Schools members present: Maintained primary – Karen Lowry (Chair), David Orme, Beth Carver, Ravi Menon, Gillian Shaw, Tom Abbott, Mary Keane, Fiona Dale and Colin Hurst; maintained secondary – Stuart Ingham, Nicola Parr, Daniel Kerr and Angela Fox; academies – Peter Lindqvist (Vice-Chair), Helen Ogden, Marcus Bell, Ruth Greaves, Simon Tully and Aisha Rahman; special schools – Joanne Weir; alternative provision – Lee Barnard.
Non-schools members present: Sandra Pike (early years providers), Richard Holt (Brackham College, 16–19 providers), Gareth Lyle (National Education Union) and Canon David Eastwood (Diocese of Brackham).
Officers: Alison Tranter (Head of Education Finance), Dr Mark Fielding (Head of SEND), Joe Hartley (Schools Finance Manager) and Emma Reid (Clerk to the Forum).
Observer: Councillor Janet Cole (Cabinet Member for Children and Education).

=1.  Welcome, apologies and membership
Apologies were received from Pauline Marsh (UNISON). The Clerk reported that Helen Ogden had been appointed by the academy proprietors in place of Ian Foulds. The meeting was quorate.

=2.  Declarations of interest
All schools members declared a general interest in the funding of their own schools. Canon Eastwood declared an interest in item 7 as a trustee of the diocesan board of education, which provides a traded behaviour support service.

=3.  Minutes of the meeting held on 27 November 2024 and matters arising
The minutes of the meeting held on 27 November 2024 were agreed as an accurate record.
Matters arising: further to minute 6 of that meeting, Dr Fielding confirmed that the review of high needs top up bands would report in the summer term.

=4.  Dedicated Schools Grant monitoring 2024/25 – month 8
Joe Hartley presented the report, which forecast an overspend of £5.6m on the high needs block in 2024/25 and a cumulative deficit on the Dedicated Schools Grant of £14.9m at 31 March 2025. The statutory override, which keeps the deficit off the Council’s general fund, had been extended to March 2026. Members asked about the cost of places in independent special schools, which had risen by 18% in a year.
The Forum noted the DSG monitoring report.

=5.  Proposed transfer from the schools block to the high needs block 2025/26
Alison Tranter presented the outcome of the consultation with schools on the proposed transfer of 0.5% (£1.92m) of the schools block to the high needs block in 2025/26. 61 of the 158 schools had responded, and 48 (79%) had opposed the transfer. Headteachers said that schools could not absorb a further reduction on top of the increase in employer National Insurance contributions, and that the transfer would not address the causes of the high needs deficit.
The Forum did not agree the proposed transfer of 0.5% from the schools block to the high needs block for 2025/26.
Alison Tranter said that the Council would decide by 22 January 2025 whether to ask the Secretary of State to approve the transfer without the Forum’s agreement.

=6.  Schools funding formula 2025/26
Joe Hartley presented the proposed local funding formula, which followed the National Funding Formula and used the final Dedicated Schools Grant allocation announced on 18 December 2024.
Schools members of the Forum agreed the local funding formula for 2025/26 as set out in Appendix B to the report, with factor values at 100% of the National Funding Formula and a minimum funding guarantee of 0%.
Schools members of the Forum agreed that the growth fund for 2025/26 be set at £850,000 and the falling rolls fund at £300,000, with the criteria set out in Appendix C to the report.
""", """
=7.  De-delegation of funding for maintained schools 2025/26
Only the members representing maintained primary and secondary schools voted on this item; 13 such members were present.
Forum members voted to approve the de-delegation of funding for trade union facilities time for 2025/26 at £2.85 per pupil (12 for, 0 against, 1 abstention).
Maintained primary school members agreed the de-delegation of the following for 2025/26:
(a) £4.50 per pupil for the contingency for schools in financial difficulty, to be administered by the Schools Finance Manager;
(b) £7.20 per pupil for the behaviour support service.
Maintained secondary school members did not agree the de-delegation of funding for the behaviour support service; the service will be offered to secondary schools as a traded service from April 2025.

=8.  Central school services block 2025/26
The Forum approved the central school services block budget for 2025/26 of £2.31m, as set out in Table 3 of the report, including £0.64m for admissions and £0.21m for servicing the Forum.

=9.  Early years funding 2025/26
Sandra Pike said that providers welcomed the increase in the hourly rates but remained concerned about the expansion of funded hours for children under two from September 2025.
The Forum agreed that the local authority retain 3% of the early years funding for three and four year olds for central expenditure in 2025/26.
The Forum noted the hourly funding rates to be paid to early years providers from April 2025, as set out in Appendix D to the report.

=10.  High needs deficit management plan
Dr Fielding gave a presentation on the deficit management plan, which aims to reduce the annual high needs overspend to £1.5m by 2027/28 by expanding specialist places in the county and by earlier support in mainstream schools. Members asked how schools would be involved in the plan and whether the Safety Valve programme was still open.
Dr Fielding to bring the updated deficit management plan to the meeting on 12 March 2025.

=11.  Any other business and date of next meeting
There was no other business. The next meeting will be held on Wednesday 12 March 2025 at 2.00 pm.

The meeting closed at 4.20 pm.
"""],
}

SF_PRIMARY = "Maintained primary school members agreed the de-delegation of the following for 2025/26:"
SF_DEDEL = "De-delegation of funding for maintained schools 2025/26"
SF_FORMULA = "Schools funding formula 2025/26"
SF_EY = "Early years funding 2025/26"
SF_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="3",
         title="Minutes of the meeting held on 27 November 2024 and matters arising",
         text="The minutes of the meeting held on 27 November 2024 were agreed as an accurate record"),
    dict(page=1, kind="noted", outcome="noted", item="4",
         title="Dedicated Schools Grant monitoring 2024/25 – month 8",
         text="The Forum noted the DSG monitoring report"),
    dict(page=1, kind="agreement", outcome="lost", item="5",
         title="Proposed transfer from the schools block to the high needs block 2025/26",
         text="The Forum did not agree the proposed transfer of 0.5% from the schools block to the high needs block "
              "for 2025/26",
         note="the Forum's agreement was sought and refused: outcome lost (the conventions have no 'not agreed'); "
              "the Council's possible request to the Secretary of State is not a Forum decision"),
    dict(page=1, kind="agreement", outcome="agreed", item="6", title=SF_FORMULA,
         text="Schools members of the Forum agreed the local funding formula for 2025/26 as set out in Appendix B to "
              "the report"),
    dict(page=1, kind="agreement", outcome="agreed", item="6", title=SF_FORMULA,
         text="Schools members of the Forum agreed that the growth fund for 2025/26 be set at £850,000 and the "
              "falling rolls fund at £300,000"),
    dict(page=2, kind="approval", outcome="approved", item="7", title=SF_DEDEL,
         votes={"for": 12, "against": 0, "abstain": 1},
         text="Forum members voted to approve the de-delegation of funding for trade union facilities time for "
              "2025/26 at £2.85 per pupil"),
    dict(page=2, kind="agreement", outcome="agreed", item="7", title=SF_DEDEL, lead_in=SF_PRIMARY,
         text="£4.50 per pupil for the contingency for schools in financial difficulty, to be administered by the "
              "Schools Finance Manager"),
    dict(page=2, kind="agreement", outcome="agreed", item="7", title=SF_DEDEL, lead_in=SF_PRIMARY,
         text="£7.20 per pupil for the behaviour support service"),
    dict(page=2, kind="agreement", outcome="lost", item="7", title=SF_DEDEL,
         text="Maintained secondary school members did not agree the de-delegation of funding for the behaviour "
              "support service",
         note="not agreed: outcome lost, as the block transfer"),
    dict(page=2, kind="approval", outcome="approved", item="8", title="Central school services block 2025/26",
         text="The Forum approved the central school services block budget for 2025/26 of £2.31m, as set out in "
              "Table 3 of the report"),
    dict(page=2, kind="agreement", outcome="agreed", item="9", title=SF_EY,
         text="The Forum agreed that the local authority retain 3% of the early years funding for three and four "
              "year olds for central expenditure in 2025/26"),
    dict(page=2, kind="noted", outcome="noted", item="9", title=SF_EY,
         text="The Forum noted the hourly funding rates to be paid to early years providers from April 2025"),
    dict(page=2, kind="action", outcome=None, item="10", title="High needs deficit management plan",
         text="Dr Fielding to bring the updated deficit management plan to the meeting on 12 March 2025",
         owner="Dr Fielding", deadline="2025-03-12"),
]

# ---------------------------------------------------------------------------------------
# 5. Combined authority board
# ---------------------------------------------------------------------------------------
CA = {
    "file": "combined-authority-board-minutes-2025-03-20.pdf",
    "layout": "Mayoral combined authority board: numbered minutes, 'Key decision: CA/2025/004' under an item's "
              "heading, 'Resolved:' followed by '1. To approve …; 2. To delegate authority to …; 3. To note …' on "
              "their own lines, single 'Resolved: That …' minutes, an exclusion and an exempt key decision, a "
              "call-in note, and a boxed 'DECISION SUMMARY' table at the end repeating the decisions (not "
              "labelled again)",
    "meeting_date": "2025-03-20",
    "body": "Calderwick Combined Authority Board",
    "footer": "Calderwick Combined Authority – Board minutes – 20 March 2025                                  Page {n} of {of}",
    "pages": ["""
=CALDERWICK COMBINED AUTHORITY
=MINUTES OF THE MEETING OF THE COMBINED AUTHORITY BOARD
=held on Thursday 20 March 2025 at 11.00 am at Calderwick Civic Hall, Queen Street, Calderwick

Present: Mayor Rebecca Thornley (Chair); Councillor Amir Qureshi (Calderwick City Council); Councillor Joan Aspinall (Hebble Valley Metropolitan Borough Council); Councillor Neil Booth (Ryburn Metropolitan Borough Council, substitute); Councillor Sian Lockwood (Kirkmoor Council); Councillor Philip Wade (Holme Vale Council); Sir Anthony Reddy (Chair, Calderwick Business Board, non-voting); Councillor Tasha Greenwood (Chair, Overview and Scrutiny Committee, non-voting).
In attendance: Ben Shackleton (Chief Executive), Mei Lin Tang (Director of Finance), Ruth Ambler (Monitoring Officer), Chris Nolan (Director of Transport), Dr Grace Okafor (Director of Skills and Employment), Iqbal Hussain (Director of Housing and Regeneration) and Louise Page (Governance Officer).

=101.  APOLOGIES FOR ABSENCE
Apologies were received from Councillor Kate Moorhouse (Ryburn Metropolitan Borough Council), for whom Councillor Neil Booth attended as substitute.

=102.  DECLARATIONS OF INTEREST
Councillor Qureshi declared an interest in minute 107 as Calderwick City Council’s Cabinet Member for Regeneration, the City Council being the recipient of the proposed grant. On the advice of the Monitoring Officer he took part in the discussion but did not vote.

=103.  MINUTES OF THE MEETING HELD ON 30 JANUARY 2025
Resolved: That the minutes of the meeting held on 30 January 2025 be approved as a correct record.

=104.  MAYOR’S UPDATE
The Mayor reported on the Integrated Settlement for 2025/26, which would give the Combined Authority a single funding pot of £212m from April 2025, and on her meeting with the Secretary of State for Transport on 6 March 2025 about the Calder Valley rail line. Members asked about the timetable for the Local Growth Plan. There were no decisions.

=105.  BUS SERVICE IMPROVEMENT PLAN 2025/26
=Key decision: CA/2025/004
Chris Nolan introduced the report. Patronage on the region’s buses had risen by 9% since the £2 single fare cap was introduced, and the plan would fund 31 supported routes and bus priority schemes on the A629 and A646. Councillor Greenwood reported the comments of the Overview and Scrutiny Committee of 11 March 2025, which had asked for more evening and Sunday services. Councillor Lockwood asked that the needs of rural communities in Kirkmoor be reflected in the route reviews.
Resolved:
1. To approve the allocation of £14.6m of Bus Service Improvement Plan funding for 2025/26, as set out in Table 2 of the report, including £5.2m to maintain the £2 single fare cap until 31 December 2025;
2. To delegate authority to the Director of Transport, in consultation with the Mayor and the Director of Finance, to agree the detailed terms of the grant agreements with bus operators;
3. To note the bus patronage figures for April to December 2024 set out in section 5 of the report.

""", """
=106.  ADULT SKILLS FUND 2025/26
=Key decision: CA/2025/005
Dr Okafor introduced the report. The Adult Skills Fund allocation for 2025/26 was £28.3m, and 41 providers would be funded. Members asked how providers’ performance would be monitored and welcomed the increased funding for English for speakers of other languages.
Resolved:
1. To approve the Adult Skills Fund allocations for 2025/26 of £28.3m, as set out in Appendix 1 to the report;
2. To approve the commissioning of £2.1m of provision under the Free Courses for Jobs programme through an open procurement;
3. To delegate authority to the Director of Skills and Employment to vary individual providers’ allocations by up to 10% during the year in response to performance.

=107.  BROWNFIELD HOUSING FUND – FORMER HEBBLE MILLS SITE, HEBBLE BRIDGE
=Key decision: CA/2025/006
Iqbal Hussain introduced the report. The grant would fund the remediation of the former Hebble Mills site, which had been vacant since 2009, and would unlock 210 homes, of which 42 would be affordable. Members asked about the risk of further contamination being found; the Director said that the grant agreement would cap the Combined Authority’s contribution.
Resolved:
1. To approve a grant of £3.25m from the Brownfield Housing Fund to Calderwick City Council for the remediation of the former Hebble Mills site, to enable the delivery of 210 homes;
2. To note the pipeline of brownfield housing schemes set out in Appendix 2 to the report;
3. To request the Director of Housing and Regeneration to report to the Board on the delivery of the programme in September 2025.
=108.  BUDGET MONITORING 2024/25 – MONTH 10
Mei Lin Tang presented the report, which forecast an underspend of £1.8m on the revenue budget for 2024/25, mainly on the concessionary fares scheme, and slippage of £23.4m in the capital programme.
Resolved: To note the forecast outturn position for 2024/25 at month 10, an underspend of £1.8m on the revenue budget.

=109.  APPOINTMENTS TO COMMITTEES
Resolved: That Councillor Neil Booth be appointed to the Transport Committee in place of Councillor Kate Moorhouse for the remainder of the 2024/25 municipal year.

=110.  EXCLUSION OF THE PRESS AND PUBLIC
Resolved: That the press and public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.

""", """
=111.  ACQUISITION OF LAND AT RYBURN INTERCHANGE
=Key decision: CA/2025/007
The Director of Transport presented the exempt report.
Resolved: To approve the acquisition of land at Ryburn Interchange for the purposes set out in the exempt report, at a cost not exceeding the sum set out in that report.

Call-in: decisions CA/2025/004 to CA/2025/007 will come into force at 5.00 pm on Friday 28 March 2025 unless called in by the Overview and Scrutiny Committee before that time.

The meeting closed at 12.55 pm.

=+-------------------------------------------------------------------------------------------------------------------------------------------+
=|  DECISION SUMMARY – Combined Authority Board, 20 March 2025                                                          |
=|                                                                                                                                                                         |
=|  Minute        Reference         Decision                                                                                                             |
=|  103             –                        Minutes of 30 January 2025 approved.                                                            |
=|  105             CA/2025/004     BSIP funding of £14.6m for 2025/26 approved, including the £2 fare cap;      |
=|                                               grant terms delegated to the Director of Transport; patronage figures noted.  |
=|  106             CA/2025/005     Adult Skills Fund allocations of £28.3m approved; Free Courses for Jobs      |
=|                                               procurement of £2.1m approved; variations of up to 10% delegated.              |
=|  107             CA/2025/006     Grant of £3.25m to Calderwick City Council for Hebble Mills approved;          |
=|                                               pipeline noted; progress report requested for September 2025.                      |
=|  108             –                        Month 10 forecast underspend of £1.8m noted.                                               |
=|  109             –                        Councillor Booth appointed to the Transport Committee.                                 |
=|  110             –                        Press and public excluded for minute 111.                                                       |
=|  111             CA/2025/007     Acquisition of land at Ryburn Interchange approved (exempt).                        |
=+-------------------------------------------------------------------------------------------------------------------------------------------+

=Chair ..................................................          Date ..............................
"""],
}

CA_LEAD = "Resolved:"
BSIP = "BUS SERVICE IMPROVEMENT PLAN 2025/26"
ASF = "ADULT SKILLS FUND 2025/26"
BHF = "BROWNFIELD HOUSING FUND – FORMER HEBBLE MILLS SITE, HEBBLE BRIDGE"
CA_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="103", title="MINUTES OF THE MEETING HELD ON 30 JANUARY 2025",
         text="Resolved: That the minutes of the meeting held on 30 January 2025 be approved as a correct record"),
    dict(page=1, kind="approval", outcome="approved", minute="105", title=BSIP, ref="CA/2025/004", lead_in=CA_LEAD,
         text="To approve the allocation of £14.6m of Bus Service Improvement Plan funding for 2025/26, as set out in "
              "Table 2 of the report"),
    dict(page=1, kind="delegation", outcome="agreed", minute="105", title=BSIP, ref="CA/2025/004", lead_in=CA_LEAD,
         text="To delegate authority to the Director of Transport, in consultation with the Mayor and the Director of "
              "Finance, to agree the detailed terms of the grant agreements with bus operators"),
    dict(page=1, kind="noted", outcome="noted", minute="105", title=BSIP, ref="CA/2025/004", lead_in=CA_LEAD,
         text="To note the bus patronage figures for April to December 2024 set out in section 5 of the report"),
    dict(page=2, kind="approval", outcome="approved", minute="106", title=ASF, ref="CA/2025/005", lead_in=CA_LEAD,
         text="To approve the Adult Skills Fund allocations for 2025/26 of £28.3m, as set out in Appendix 1 to the "
              "report"),
    dict(page=2, kind="approval", outcome="approved", minute="106", title=ASF, ref="CA/2025/005", lead_in=CA_LEAD,
         text="To approve the commissioning of £2.1m of provision under the Free Courses for Jobs programme through "
              "an open procurement"),
    dict(page=2, kind="delegation", outcome="agreed", minute="106", title=ASF, ref="CA/2025/005", lead_in=CA_LEAD,
         text="To delegate authority to the Director of Skills and Employment to vary individual providers’ "
              "allocations by up to 10% during the year in response to performance"),
    dict(page=2, kind="approval", outcome="approved", minute="107", title=BHF, ref="CA/2025/006", lead_in=CA_LEAD,
         text="To approve a grant of £3.25m from the Brownfield Housing Fund to Calderwick City Council for the "
              "remediation of the former Hebble Mills site"),
    dict(page=2, kind="noted", outcome="noted", minute="107", title=BHF, ref="CA/2025/006", lead_in=CA_LEAD,
         text="To note the pipeline of brownfield housing schemes set out in Appendix 2 to the report"),
    dict(page=2, kind="action", outcome=None, minute="107", title=BHF, ref="CA/2025/006", lead_in=CA_LEAD,
         text="To request the Director of Housing and Regeneration to report to the Board on the delivery of the "
              "programme in September 2025",
         owner="Director of Housing and Regeneration",
         note="no day in September 2025 is printed, so no deadline"),
    dict(page=2, kind="noted", outcome="noted", minute="108", title="BUDGET MONITORING 2024/25 – MONTH 10",
         lead_in=CA_LEAD,
         text="To note the forecast outturn position for 2024/25 at month 10, an underspend of £1.8m on the revenue "
              "budget"),
    dict(page=2, kind="approval", outcome="approved", minute="109", title="APPOINTMENTS TO COMMITTEES",
         text="Resolved: That Councillor Neil Booth be appointed to the Transport Committee in place of Councillor "
              "Kate Moorhouse"),
    dict(page=2, kind="resolution", outcome="agreed", minute="110", title="EXCLUSION OF THE PRESS AND PUBLIC",
         text="Resolved: That the press and public be excluded from the meeting for the following item on the "
              "grounds that it involves the likely disclosure of exempt information"),
    dict(page=3, kind="approval", outcome="approved", minute="111", title="ACQUISITION OF LAND AT RYBURN INTERCHANGE",
         ref="CA/2025/007", lead_in=CA_LEAD,
         text="To approve the acquisition of land at Ryburn Interchange for the purposes set out in the exempt "
              "report, at a cost not exceeding the sum set out in that report",
         note="the DECISION SUMMARY box at the end of the minutes repeats every decision of the meeting in short; "
              "it is not labelled a second time"),
]

# ---------------------------------------------------------------------------------------
# 6. Welsh county council Cabinet, capitalised blocks per item
# ---------------------------------------------------------------------------------------
WAL = {
    "file": "county-council-cabinet-wales-minutes-2025-02-11.pdf",
    "layout": "Welsh county council Cabinet (in English): numbered items with capitalised headings and a "
              "'Cabinet Member:' line, then capitalised blocks 'DECISION:' (one or two sentences, '(1) … (2) …' "
              "on their own lines, or inline '(1) …; (2) …; and (3) …'), 'REASON FOR DECISION:', 'CONSULTATION "
              "UNDERTAKEN:' (one with a scrutiny committee's recommendation), 'DECLARATIONS OF INTEREST:'; one item "
              "with 'RECOMMENDATION TO COUNCIL:' '(1) … (2) … (3) …'",
    "meeting_date": "2025-02-11",
    "body": "Glanwern County Council Cabinet",
    "footer": "Glanwern County Council – Cabinet – 11 February 2025                                             Page {n} of {of}",
    "pages": ["""
=GLANWERN COUNTY COUNCIL
=CABINET
=MINUTES of the meeting held in the Council Chamber, County Hall, Llanfrwd, and by remote attendance,
=on Tuesday 11 February 2025 at 10.00 am

PRESENT: Councillor Eleri Pughe (Leader) (Chair); Councillors Gareth Bowen (Deputy Leader; Finance and Corporate Services), Sian Lloyd-Rees (Education and Welsh Language), Dafydd Morgan (Housing), Rhian Parry (Social Services) and Huw Jenkins (Environment and Highways).
ALSO PRESENT: Councillor Alun Probert (Chair of the Corporate Scrutiny Committee) and Councillor Mair Hopkins (Leader of the Opposition).
OFFICERS: Chief Executive; Corporate Director – Resources (Section 151 Officer); Corporate Director – Education; Head of Housing; Head of Highways and Fleet; Monitoring Officer; Democratic Services Manager.

=1.  APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor Carys Vaughan (Economy and Regeneration).

=2.  DECLARATIONS OF INTEREST
Declarations of interest are recorded under the items to which they relate.

=3.  MINUTES OF THE PREVIOUS MEETING
DECISION: That the minutes of the meeting of the Cabinet held on 14 January 2025 be signed as a correct record.

=4.  REVENUE BUDGET 2025/26, MEDIUM TERM FINANCIAL PLAN AND COUNCIL TAX
Cabinet Member: Councillor Gareth Bowen
Councillor Bowen presented the report. The final Local Government Settlement gave the Council an increase of 4.1% in its Aggregate External Finance, but the budget gap for 2025/26 was still £18.9m, which would be closed by savings of £9.4m, the use of £2.5m of reserves and an increase in council tax. Councillor Hopkins said that her group did not support the reduction in the library book fund.
DECISION: To note the report of the Section 151 Officer on the robustness of the estimates and the adequacy of the reserves.
RECOMMENDATION TO COUNCIL:
(1) That the net revenue budget for 2025/26 of £356.8m, as set out in Appendix A to the report, be approved.
(2) That the council tax at Band D for 2025/26 be set at £1,742.56, an increase of 6.9%.
(3) That the Medium Term Financial Plan 2025/26 to 2027/28, as set out in Appendix B to the report, be approved.
REASON FOR DECISION: To enable the Council to set a balanced budget and its council tax for 2025/26 by 11 March 2025, as required by the Local Government Finance Act 1992.
CONSULTATION UNDERTAKEN: Public consultation on the budget proposals from 2 December 2024 to 13 January 2025 (1,214 responses); the Corporate Scrutiny Committee on 30 January 2025, which recommended that the proposed reduction in the library book fund be reconsidered; the Schools Budget Forum; the trade unions.
DECLARATIONS OF INTEREST: None.

""", """
=5.  WELSH LANGUAGE PROMOTION STRATEGY 2025–2030
Cabinet Member: Councillor Sian Lloyd-Rees
Councillor Lloyd-Rees presented the strategy, which aims to increase the proportion of the county’s residents able to speak Welsh from 31% at the 2021 Census to 35% by 2030, with a focus on early years and on young people’s use of Welsh outside school.
DECISION: To approve the Welsh Language Promotion Strategy 2025–2030 for publication by 31 March 2025.
REASON FOR DECISION: To comply with the Welsh Language Standards (No. 1) Regulations 2015.
CONSULTATION UNDERTAKEN: Public consultation from 1 October to 30 November 2024; the Glanwern Welsh Language Forum; the Education Scrutiny Committee on 16 January 2025.
DECLARATIONS OF INTEREST: None.

=6.  PROPOSAL TO CLOSE YSGOL CWMDERWEN
Cabinet Member: Councillor Sian Lloyd-Rees
Councillor Parry, having declared an interest, left the meeting for this item.
The Corporate Director – Education presented the consultation report. Ysgol Cwmderwen had 14 pupils and a capacity of 56, and its cost per pupil of £11,200 was more than twice the county average. Parents and the community council had opposed the closure. The Welsh language impact assessment concluded that pupils would continue to be educated through the medium of Welsh at Ysgol Bro Derwen, four miles away.
DECISION:
(1) To note the consultation report and the responses to it.
(2) To approve the publication of a statutory notice under section 43 of the School Standards and Organisation (Wales) Act 2013 to close Ysgol Cwmderwen on 31 August 2025, with its pupils transferring to Ysgol Bro Derwen.
REASON FOR DECISION: To reduce surplus places and to secure a sustainable standard of education for the pupils concerned.
CONSULTATION UNDERTAKEN: Statutory consultation from 7 October to 18 November 2024, in accordance with the School Organisation Code 2018.
DECLARATIONS OF INTEREST: Councillor Rhian Parry declared a personal and prejudicial interest as a governor of Ysgol Cwmderwen and left the meeting during consideration of the item.
Councillor Parry returned to the meeting.
=7.  HOUSING REVENUE ACCOUNT BUDGET AND RENT SETTING 2025/26
Cabinet Member: Councillor Dafydd Morgan
Councillor Morgan presented the report. The Welsh Government’s social housing rent policy allowed an increase of up to 2.7% in 2025/26. The Tenants’ Panel had accepted the increase but asked that more be spent on damp and mould.
DECISION: (1) To approve an increase of 2.7% in the rents of the Council’s 7,240 homes from 7 April 2025, an average weekly rent of £112.46; (2) To approve an increase of 2.7% in garage rents from the same date; and (3) To delegate authority to the Head of Housing, in consultation with the Cabinet Member for Housing, to set service charges for 2025/26 on the basis of full cost recovery.
REASON FOR DECISION: To set a balanced Housing Revenue Account budget within the Welsh Government’s rent policy.
CONSULTATION UNDERTAKEN: The Tenants’ Panel on 16 January 2025; the Communities Scrutiny Committee on 23 January 2025.
DECLARATIONS OF INTEREST: None.

""", """
=8.  NET ZERO FLEET TRANSITION PLAN 2025–2030
Cabinet Member: Councillor Huw Jenkins
Councillor Jenkins presented the plan, under which 60% of the Council’s 410 vehicles would be zero emission by 2030. Members asked about the range of electric vans in the rural north of the county and about the capacity of the electricity supply at the depots.
DECISION: To approve the Net Zero Fleet Transition Plan 2025–2030 and the replacement of 24 diesel vans with electric vans in 2025/26, funded from the Fleet Replacement Reserve. The Cabinet also asked the Head of Highways and Fleet to report on the installation of charging infrastructure at the Llanfrwd depot by 30 September 2025.
REASON FOR DECISION: To meet the Council’s commitment to become a net zero organisation by 2030.
CONSULTATION UNDERTAKEN: The Environment Scrutiny Committee on 21 January 2025; the Fleet Users Group.
DECLARATIONS OF INTEREST: None.

=9.  CORPORATE RISK REGISTER – QUARTER 3 2024/25
Cabinet Member: Councillor Eleri Pughe
DECISION: To note the Corporate Risk Register as at 31 December 2024 and the mitigating actions set out in Appendix 1 to the report.
REASON FOR DECISION: To ensure that the Cabinet is aware of the Council’s principal risks and how they are managed.
CONSULTATION UNDERTAKEN: The Governance and Audit Committee on 28 January 2025.
DECLARATIONS OF INTEREST: None.

=10.  EXCLUSION OF THE PRESS AND PUBLIC
DECISION: That the press and public be excluded from the meeting for the following item of business, as it involves the likely disclosure of exempt information as defined in paragraph 14 of Part 4 of Schedule 12A to the Local Government Act 1972.

=11.  DISPOSAL OF THE FORMER HIGHWAYS DEPOT, HEOL Y FELIN, LLANFRWD
Cabinet Member: Councillor Gareth Bowen
DECISION: To approve the disposal of the former highways depot at Heol y Felin, Llanfrwd, to the preferred bidder identified in the exempt report, on the terms set out in that report.
REASON FOR DECISION: The depot is surplus to the Council’s requirements following the move to the Llanfrwd depot.
CONSULTATION UNDERTAKEN: The local members for Llanfrwd.
DECLARATIONS OF INTEREST: None.

The meeting ended at 12.35 pm.

=Chair ..................................................
"""],
}

DEC = "DECISION:"
REC_COUNCIL = "RECOMMENDATION TO COUNCIL:"
WAL_BUDGET = "REVENUE BUDGET 2025/26, MEDIUM TERM FINANCIAL PLAN AND COUNCIL TAX"
WAL_SCHOOL = "PROPOSAL TO CLOSE YSGOL CWMDERWEN"
WAL_HRA = "HOUSING REVENUE ACCOUNT BUDGET AND RENT SETTING 2025/26"
WAL_FLEET = "NET ZERO FLEET TRANSITION PLAN 2025–2030"
WAL_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="3", title="MINUTES OF THE PREVIOUS MEETING", lead_in=DEC,
         text="That the minutes of the meeting of the Cabinet held on 14 January 2025 be signed as a correct record"),
    dict(page=1, kind="noted", outcome="noted", item="4", title=WAL_BUDGET, lead_in=DEC,
         text="To note the report of the Section 151 Officer on the robustness of the estimates and the adequacy of "
              "the reserves"),
    dict(page=1, kind="recommendation", outcome="recommended", item="4", title=WAL_BUDGET, lead_in=REC_COUNCIL,
         to="County Council",
         text="That the net revenue budget for 2025/26 of £356.8m, as set out in Appendix A to the report, be "
              "approved"),
    dict(page=1, kind="recommendation", outcome="recommended", item="4", title=WAL_BUDGET, lead_in=REC_COUNCIL,
         to="County Council",
         text="That the council tax at Band D for 2025/26 be set at £1,742.56, an increase of 6.9%"),
    dict(page=1, kind="recommendation", outcome="recommended", item="4", title=WAL_BUDGET, lead_in=REC_COUNCIL,
         to="County Council",
         text="That the Medium Term Financial Plan 2025/26 to 2027/28, as set out in Appendix B to the report, be "
              "approved",
         note="'CONSULTATION UNDERTAKEN: … the Corporate Scrutiny Committee …, which recommended that …' is not a "
              "decision of this meeting"),
    dict(page=2, kind="approval", outcome="approved", item="5", title="WELSH LANGUAGE PROMOTION STRATEGY 2025–2030",
         lead_in=DEC,
         text="To approve the Welsh Language Promotion Strategy 2025–2030 for publication by 31 March 2025"),
    dict(page=2, kind="noted", outcome="noted", item="6", title=WAL_SCHOOL, lead_in=DEC,
         text="To note the consultation report and the responses to it"),
    dict(page=2, kind="approval", outcome="approved", item="6", title=WAL_SCHOOL, lead_in=DEC,
         text="To approve the publication of a statutory notice under section 43 of the School Standards and "
              "Organisation (Wales) Act 2013 to close Ysgol Cwmderwen on 31 August 2025"),
    dict(page=2, kind="approval", outcome="approved", item="7", title=WAL_HRA, lead_in=DEC,
         text="To approve an increase of 2.7% in the rents of the Council’s 7,240 homes from 7 April 2025, an average "
              "weekly rent of £112.46",
         note="part (1) of an inline 'DECISION: (1) …; (2) …; and (3) …'"),
    dict(page=2, kind="approval", outcome="approved", item="7", title=WAL_HRA, lead_in=DEC,
         text="To approve an increase of 2.7% in garage rents from the same date"),
    dict(page=2, kind="delegation", outcome="agreed", item="7", title=WAL_HRA, lead_in=DEC,
         text="To delegate authority to the Head of Housing, in consultation with the Cabinet Member for Housing, to "
              "set service charges for 2025/26 on the basis of full cost recovery"),
    dict(page=3, kind="approval", outcome="approved", item="8", title=WAL_FLEET, lead_in=DEC,
         text="To approve the Net Zero Fleet Transition Plan 2025–2030 and the replacement of 24 diesel vans with "
              "electric vans in 2025/26, funded from the Fleet Replacement Reserve",
         note="first of two sentences under DECISION:"),
    dict(page=3, kind="action", outcome=None, item="8", title=WAL_FLEET,
         text="The Cabinet also asked the Head of Highways and Fleet to report on the installation of charging "
              "infrastructure at the Llanfrwd depot by 30 September 2025",
         owner="Head of Highways and Fleet", deadline="2025-09-30",
         note="second sentence of the DECISION: block"),
    dict(page=3, kind="noted", outcome="noted", item="9", title="CORPORATE RISK REGISTER – QUARTER 3 2024/25",
         lead_in=DEC,
         text="To note the Corporate Risk Register as at 31 December 2024 and the mitigating actions set out in "
              "Appendix 1 to the report"),
    dict(page=3, kind="resolution", outcome="agreed", item="10", title="EXCLUSION OF THE PRESS AND PUBLIC", lead_in=DEC,
         text="That the press and public be excluded from the meeting for the following item of business, as it "
              "involves the likely disclosure of exempt information"),
    dict(page=3, kind="approval", outcome="approved", item="11",
         title="DISPOSAL OF THE FORMER HIGHWAYS DEPOT, HEOL Y FELIN, LLANFRWD", lead_in=DEC,
         text="To approve the disposal of the former highways depot at Heol y Felin, Llanfrwd, to the preferred "
              "bidder identified in the exempt report"),
]


if __name__ == "__main__":
    docs = [(PLAN, PLAN_LABELS), (LIC, LIC_LABELS), (HOSC, HOSC_LABELS), (SF, SF_LABELS), (CA, CA_LABELS),
            (WAL, WAL_LABELS)]
    build_set(__file__, docs, "do", actions_have_no_outcome=True)
