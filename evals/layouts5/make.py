"""Layouts5: six fictional minutes PDFs and their decision labels (`.venv/bin/python evals/layouts5/make.py`).

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the repository root holds evals
from evals.layouts.make import build_set  # noqa: E402

# ---------------------------------------------------------------------------------------
# 1. Borough council Audit and Governance Committee
# ---------------------------------------------------------------------------------------
AGC = {
    "file": "audit-governance-committee-minutes-2025-07-22.pdf",
    "layout": "Borough council Audit and Governance Committee: numbered minutes; 'The Committee:' ending a line "
              "with '(a) noted … (b) approved … (c) agreed …' on their own lines; 'The Committee agreed to defer "
              "the item'; an officer action; an exclusion of the press and public resolution and an exempt item",
    "meeting_date": "2025-07-22",
    "body": "Brackenmoor Borough Council Audit and Governance Committee",
    "footer": "Audit and Governance Committee – 22 July 2025                                        Page {n} of {of}",
    "pages": ["""
=BRACKENMOOR BOROUGH COUNCIL
=AUDIT AND GOVERNANCE COMMITTEE
=Minutes of the meeting held in Committee Room 2, Town Hall, Brackenmoor
=on Tuesday 22 July 2025 at 7.00 pm

Present: Councillor Philippa Rowntree (Chair); Councillor Dev Malik (Vice-Chair); Councillors Sean Gilroy, Alison Hartnell, Frank Oduya and Linda Sweeting; Mr Richard Aske (Independent Member).
Also present: Ms Catherine Doyle (Key Audit Partner, Harcourt Lyle LLP).
Officers: Janet Ferris (Director of Finance and Section 151 Officer), Michael Bryce (Head of Audit Partnership), Hannah Lowe (Monitoring Officer), Gareth Pym (Risk and Insurance Manager) and Sophie Tan (Democratic Services Officer).

=17.   APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor Norman Keel.

=18.   DECLARATIONS OF INTEREST
Councillor Oduya declared an other registrable interest in minute 21 as a director of Brackenmoor Leisure Trust, which is named in the internal audit progress report. He took part in the discussion but did not take part in any decision on that item.

=19.   MINUTES
RESOLVED: That the minutes of the meeting held on 22 April 2025 be approved as a correct record and signed by the Chair.

=20.   EXTERNAL AUDITOR’S ANNUAL REPORT 2023/24 AND ANNUAL GOVERNANCE STATEMENT 2024/25
Ms Doyle presented the external auditor’s annual report for 2023/24. The auditor had issued a disclaimed opinion on the 2023/24 accounts because of the statutory backstop, but had not identified any significant weaknesses in the Council’s arrangements for securing value for money. The Monitoring Officer presented the draft Annual Governance Statement 2024/25, which reported two significant governance issues: the delayed replacement of the housing management system and the capacity of the procurement team.
Members asked whether the disclaimed opinion would affect the Council’s ability to borrow. Ms Doyle said that it would not, and that the auditor expected to rebuild assurance over the opening balances during the 2025/26 audit. Councillor Gilroy said that the procurement issue had been reported two years running.
The Committee:
(a) noted the external auditor’s annual report for 2023/24 and the auditor’s findings on the Council’s arrangements for securing value for money;
(b) approved the Annual Governance Statement 2024/25 for signature by the Leader of the Council and the Chief Executive; and
(c) agreed that the Chair write to the Chief Executive asking for an update on the procurement team’s capacity to be reported to the Committee in January 2026.

=21.   INTERNAL AUDIT PROGRESS REPORT
The Head of Audit Partnership presented the progress report. Twelve of the 24 audits in the 2025/26 plan were under way. Limited assurance had been given on the management of leisure centre contracts and on the payroll starters and leavers process. Seven high priority recommendations were more than three months overdue.
Members asked why the payroll recommendations had not been implemented. The Director of Finance said that the new payroll system would go live in September 2025.
The Committee agreed to invite the Chief Executive of Brackenmoor Leisure Trust to its meeting on 23 September 2025 to explain the actions being taken on the leisure centre contract findings.
The Committee noted the internal audit progress report and the limited assurance opinions on leisure centre contract management and payroll starters and leavers.
The Head of Audit Partnership to report on the implementation of the overdue high priority recommendations to the meeting on 23 September 2025.

""", """
=22.   TREASURY MANAGEMENT OUTTURN 2024/25
The Director of Finance presented the report. Investment income had been £2.41m against a budget of £1.95m, and no prudential indicator had been breached during the year.
The Committee:
(a) noted the treasury management outturn for 2024/25; and
(b) recommended to Council that the revised operational boundary for external debt of £148m for 2025/26 be approved.

=23.   STRATEGIC RISK REGISTER
The Risk and Insurance Manager reported that the refreshed strategic risk register had not been published with the agenda, because the Corporate Leadership Team had not yet reviewed the scores of two new risks on cyber security and on the housing revenue account.
The Committee agreed to defer the item to its meeting on 23 September 2025, when the refreshed strategic risk register will be available.

=24.   ANNUAL REPORT OF THE COMMITTEE 2024/25
RESOLVED: That the annual report of the Audit and Governance Committee for 2024/25 be approved and submitted to the meeting of Council on 17 September 2025.

=25.   WORK PROGRAMME
RESOLVED: That the work programme for 2025/26 be agreed, subject to the addition of a report on cyber security assurance in January 2026.

=26.   EXCLUSION OF THE PRESS AND PUBLIC
RESOLVED: That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraphs 1 and 7 of Part 1 of Schedule 12A to the Act.

=27.   COUNTER FRAUD INVESTIGATION (EXEMPT)
The Head of Audit Partnership presented an exempt report on an investigation into the misuse of purchase cards in the Environmental Services directorate.
The Committee noted the outcome of the investigation and the improvements to purchase card controls set out in the exempt report.

The meeting closed at 8.52 pm.

=Chair ..................................................          Date ..............................
"""],
}

AGC_ITEM20 = "EXTERNAL AUDITOR’S ANNUAL REPORT 2023/24 AND ANNUAL GOVERNANCE STATEMENT 2024/25"
AGC_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="19", title="MINUTES",
         text="RESOLVED: That the minutes of the meeting held on 22 April 2025 be approved as a correct record and "
              "signed by the Chair"),
    dict(page=1, kind="noted", outcome="noted", minute="20", title=AGC_ITEM20, lead_in="The Committee:",
         text="noted the external auditor’s annual report for 2023/24 and the auditor’s findings on the Council’s "
              "arrangements for securing value for money",
         note="'The Committee:' ends a line; parts (a) to (c) follow on their own lines"),
    dict(page=1, kind="approval", outcome="approved", minute="20", title=AGC_ITEM20, lead_in="The Committee:",
         text="approved the Annual Governance Statement 2024/25 for signature by the Leader of the Council and the "
              "Chief Executive"),
    dict(page=1, kind="agreement", outcome="agreed", minute="20", title=AGC_ITEM20, lead_in="The Committee:",
         text="agreed that the Chair write to the Chief Executive asking for an update on the procurement team’s "
              "capacity to be reported to the Committee in January 2026"),
    dict(page=1, kind="noted", outcome="noted", minute="21", title="INTERNAL AUDIT PROGRESS REPORT",
         text="The Committee noted the internal audit progress report and the limited assurance opinions on leisure "
              "centre contract management and payroll starters and leavers"),
    dict(page=1, kind="agreement", outcome="agreed", minute="21", title="INTERNAL AUDIT PROGRESS REPORT",
         text="The Committee agreed to invite the Chief Executive of Brackenmoor Leisure Trust to its meeting on 23 "
              "September 2025 to explain the actions being taken"),
    dict(page=1, kind="action", outcome=None, minute="21", title="INTERNAL AUDIT PROGRESS REPORT",
         owner="Head of Audit Partnership", deadline="2025-09-23",
         text="The Head of Audit Partnership to report on the implementation of the overdue high priority "
              "recommendations to the meeting on 23 September 2025"),
    dict(page=2, kind="noted", outcome="noted", minute="22", title="TREASURY MANAGEMENT OUTTURN 2024/25",
         lead_in="The Committee:", text="noted the treasury management outturn for 2024/25"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="22", title="TREASURY MANAGEMENT OUTTURN 2024/25",
         lead_in="The Committee:", to="Council",
         text="recommended to Council that the revised operational boundary for external debt of £148m for 2025/26 "
              "be approved"),
    dict(page=2, kind="deferral", outcome="deferred", minute="23", title="STRATEGIC RISK REGISTER",
         text="The Committee agreed to defer the item to its meeting on 23 September 2025, when the refreshed "
              "strategic risk register will be available"),
    dict(page=2, kind="approval", outcome="approved", minute="24", title="ANNUAL REPORT OF THE COMMITTEE 2024/25",
         text="RESOLVED: That the annual report of the Audit and Governance Committee for 2024/25 be approved and "
              "submitted to the meeting of Council on 17 September 2025",
         note="approved by the Committee and submitted to Council for information, not a recommendation"),
    dict(page=2, kind="agreement", outcome="agreed", minute="25", title="WORK PROGRAMME",
         text="RESOLVED: That the work programme for 2025/26 be agreed, subject to the addition of a report on cyber "
              "security assurance in January 2026"),
    dict(page=2, kind="resolution", outcome="agreed", minute="26", title="EXCLUSION OF THE PRESS AND PUBLIC",
         text="RESOLVED: That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded "
              "from the meeting for the following item of business"),
    dict(page=2, kind="noted", outcome="noted", minute="27", title="COUNTER FRAUD INVESTIGATION (EXEMPT)",
         text="The Committee noted the outcome of the investigation and the improvements to purchase card controls "
              "set out in the exempt report"),
]


# ---------------------------------------------------------------------------------------
# 2. District council Standards Hearing Panel
# ---------------------------------------------------------------------------------------
STD = {
    "file": "standards-hearing-panel-minutes-2025-02-18.pdf",
    "layout": "District council Standards Hearing Panel on a Code of Conduct complaint: parties and the "
              "Independent Person present, the investigator's report and the subject member's case, 'The Panel "
              "found that Councillor … had breached paragraphs 3.1 and 3.4 of the Code of Conduct', a finding of no "
              "breach, 'Reasons for the finding' paragraphs, 'The Panel decided to impose the following sanctions: "
              "(a) … (b) … (c) …', a Monitoring Officer action",
    "meeting_date": "2025-02-18",
    "body": "Ashcombe District Council Standards Hearing Panel",
    "footer": "Ashcombe District Council – Standards Hearing Panel – 18 February 2025                    Page {n} of {of}",
    "pages": ["""
=ASHCOMBE DISTRICT COUNCIL
=STANDARDS HEARING PANEL
=Minutes of the hearing held in the Council Chamber, Ashcombe House, on Tuesday 18 February 2025 at 10.00 am

Panel: Councillors Joan Pryor, Amit Bhatt and Rosemary Kell.
Independent Person: Mr Colin Ferrars.
Subject member: Councillor Martin Hale, accompanied by Mr Peter Rudd (friend).
Complainant: Mrs Eileen Marchant (Clerk to Oxley Green Parish Council).
Investigating Officer: Ms Gillian Shore (Shore Governance Associates).
Officers: David Amos (Monitoring Officer, adviser to the Panel) and Kirsty Munro (Democratic Services Officer).

=SHP/1   APPOINTMENT OF CHAIR
RESOLVED: That Councillor Joan Pryor be appointed Chair of the Panel for this hearing.

=SHP/2   DECLARATIONS OF INTEREST
There were no declarations of interest.

=SHP/3   PROCEDURE AND PRELIMINARY MATTERS
The Monitoring Officer outlined the hearing procedure. Councillor Hale asked for the hearing to be held in private because of the effect of publicity on his family. The Independent Person advised that the matters complained of had taken place at a public meeting.
The Panel agreed to hear the complaint in public, as there was no exempt information in the papers and the public interest in openness outweighed the reasons given for a private hearing.
Councillor Hale had sent a written statement and two emails on 14 February 2025, after the deadline set in the pre-hearing notice. The Investigating Officer did not object.
The Panel agreed to accept the late written statement and emails from Councillor Hale.

=SHP/4   COMPLAINT AGAINST COUNCILLOR MARTIN HALE
The Investigating Officer presented her report. The complaint concerned the conduct of Councillor Hale at the meeting of Oxley Green Parish Council on 9 September 2024 and in posts on his public social media page on 10 and 11 September 2024. The Investigating Officer had found that Councillor Hale had shouted at the Clerk during the meeting, had described her in the posts as incompetent and dishonest, and had named her. She had not found evidence that he had disclosed confidential information about the Clerk’s employment.
Councillor Hale said that he had been frustrated by delays in the publication of the Parish Council’s accounts and that he had been speaking as a resident. He accepted that he had raised his voice and that the posts had been intemperate, and said that he had removed them on 2 October 2024.
The Panel retired at 11.40 am to consider the matter, with the Monitoring Officer and the Independent Person, and returned at 12.55 pm.

=Finding
The Panel found that Councillor Martin Hale had breached paragraphs 3.1 and 3.4 of the Code of Conduct, in that he had failed to treat the Clerk with respect and had bullied her.
The Panel found that Councillor Hale had not breached paragraph 5.2 of the Code of Conduct (confidential information).

""", """
=Reasons for the finding
The Panel was satisfied that Councillor Hale was acting as a councillor at the meeting and when he made the posts, which were published on a page that described him as a district and parish councillor and which commented on Parish Council business.
Councillor Hale’s right to freedom of expression under Article 10 of the European Convention on Human Rights gives enhanced protection to political comment, but the Panel considered that personal abuse of a named officer, who could not reply publicly, was not political comment and that a finding of breach was a justified and proportionate interference with that right.
The Panel accepted the Investigating Officer’s conclusion that there was no evidence that Councillor Hale had disclosed confidential information.
The Panel took into account the views of the Independent Person, who considered that the breach was serious but that Councillor Hale’s partial apology was a mitigating factor.

=Sanctions
The Panel decided to impose the following sanctions:
(a) that Councillor Hale be formally censured for his conduct;
(b) that Councillor Hale be asked to make a written apology to Mrs Marchant, in a form agreed by the Monitoring Officer, within 28 days of this hearing; and
(c) that Councillor Hale be asked to attend training on the Code of Conduct and on the use of social media, arranged by the Monitoring Officer, by 30 June 2025.
The Panel noted that it had no power to suspend Councillor Hale or to remove him from any committee, and that the sanctions had been chosen as the most proportionate of those available.

=SHP/5   PUBLICATION OF THE DECISION
The Monitoring Officer to publish a decision notice on the Council’s website and send it to the parties and to Oxley Green Parish Council within 10 working days of the hearing.

The hearing closed at 1.20 pm.

=Chair ..................................................          Date ..............................
"""],
}

STD_CASE = "COMPLAINT AGAINST COUNCILLOR MARTIN HALE"
STD_SANCTION = "The Panel decided to impose the following sanctions:"
STD_LABELS = [
    dict(page=1, kind="resolution", outcome="agreed", minute="SHP/1", title="APPOINTMENT OF CHAIR",
         text="RESOLVED: That Councillor Joan Pryor be appointed Chair of the Panel for this hearing"),
    dict(page=1, kind="agreement", outcome="agreed", minute="SHP/3", title="PROCEDURE AND PRELIMINARY MATTERS",
         text="The Panel agreed to hear the complaint in public, as there was no exempt information in the papers and "
              "the public interest in openness outweighed the reasons"),
    dict(page=1, kind="agreement", outcome="agreed", minute="SHP/3", title="PROCEDURE AND PRELIMINARY MATTERS",
         text="The Panel agreed to accept the late written statement and emails from Councillor Hale"),
    dict(page=1, kind="resolution", outcome="agreed", minute="SHP/4", title=STD_CASE,
         text="The Panel found that Councillor Martin Hale had breached paragraphs 3.1 and 3.4 of the Code of "
              "Conduct, in that he had failed to treat the Clerk with respect and had bullied her",
         note="a finding of breach under the 'Finding' subheading: labelled as a resolution, outcome agreed"),
    dict(page=1, kind="resolution", outcome="agreed", minute="SHP/4", title=STD_CASE,
         text="The Panel found that Councillor Hale had not breached paragraph 5.2 of the Code of Conduct "
              "(confidential information)",
         note="a finding of no breach: a finding like the one above; the 'Reasons for the finding' paragraphs on "
              "page 2 are reasons, not decisions"),
    dict(page=2, kind="resolution", outcome="agreed", minute="SHP/4", title=STD_CASE, lead_in=STD_SANCTION,
         text="that Councillor Hale be formally censured for his conduct",
         note="sanction (a) of three, each its own label"),
    dict(page=2, kind="resolution", outcome="agreed", minute="SHP/4", title=STD_CASE, lead_in=STD_SANCTION,
         text="that Councillor Hale be asked to make a written apology to Mrs Marchant, in a form agreed by the "
              "Monitoring Officer, within 28 days of this hearing"),
    dict(page=2, kind="resolution", outcome="agreed", minute="SHP/4", title=STD_CASE, lead_in=STD_SANCTION,
         text="that Councillor Hale be asked to attend training on the Code of Conduct and on the use of social "
              "media, arranged by the Monitoring Officer, by 30 June 2025",
         note="'The Panel noted that it had no power to suspend …' after the sanctions is not a decision"),
    dict(page=2, kind="action", outcome=None, minute="SHP/5", title="PUBLICATION OF THE DECISION",
         owner="Monitoring Officer",
         text="The Monitoring Officer to publish a decision notice on the Council’s website and send it to the "
              "parties and to Oxley Green Parish Council within 10 working days of the hearing",
         note="deadline printed only as '10 working days', so no ISO deadline"),
]


# ---------------------------------------------------------------------------------------
# 3. ICB Primary Care Commissioning Committee
# ---------------------------------------------------------------------------------------
PCC = {
    "file": "icb-primary-care-commissioning-committee-minutes-2025-01-09.pdf",
    "layout": "NHS ICB Primary Care Commissioning Committee: PCC/25/nn items, 'The Committee APPROVED the application "
              "… subject to …', 'The Committee SUPPORTED the proposal …', 'The Committee RATIFIED the decisions taken "
              "in private session on 12 December 2024: • … • …', NOTED and AGREED lines, an 'ACTION:' line, and an "
              "action log table with a Status column (Open / Closed) mixing earlier meetings' actions with this "
              "meeting's",
    "meeting_date": "2025-01-09",
    "body": "NHS Greywater Integrated Care Board Primary Care Commissioning Committee",
    "footer": "NHS Greywater ICB | Primary Care Commissioning Committee | 9 January 2025 | Page {n}",
    "pages": ["""
=NHS Greywater Integrated Care Board
=PRIMARY CARE COMMISSIONING COMMITTEE – MEETING IN PUBLIC
=Minutes of the meeting held on Thursday 9 January 2025, 2.00 pm, Boardroom, Riverside House, Greywater

Members present: Elaine Cardew (Non-Executive Member, Chair); Dr Tom Esterhuizen (Medical Director); Nicola Fenn (Director of Primary Care); Rajesh Varma (Chief Finance Officer); Bernadette Quinn (Director of Nursing); Alan Crisp (Non-Executive Member).
In attendance: Karen Lomax (Head of Primary Care Contracting, KL); Dr Sunita Roy (Chair, Greywater Local Medical Committee); Paul Harker (Healthwatch Greywater); Ruth Ng (Governance Manager, minutes).

=PCC/25/01   Welcome, apologies and quoracy
Apologies were received from Dr Ifeoma Adeyemi (Deputy Medical Director). The meeting was quorate.

=PCC/25/02   Declarations of interest
Dr Esterhuizen declared that he is a salaried GP at Canal Street Surgery, which is a member of Greywater East Primary Care Network (item PCC/25/05). It was agreed that he would take part in the discussion but not in the decision.

=PCC/25/03   Minutes of the previous meeting and action log
The minutes of the meeting held on 14 November 2024 were APPROVED as an accurate record.
The Committee reviewed the action log. Actions PCC/24/41 and PCC/24/44 had been completed and were closed. Action PCC/24/47 (dispensing practice review) remains open and will be reported in March.

=PCC/25/04   Application to close Hollins Lane branch surgery
KL presented the application from Ribbleside Medical Practice to close its branch surgery at Hollins Lane. The branch is open for 12 hours a week and the building does not meet infection control standards. The patient engagement exercise had received 214 responses, most of them concerned about travel to the main surgery. Paul Harker said that Healthwatch had heard from patients without cars.
The Committee APPROVED the application from Ribbleside Medical Practice to close its branch surgery at Hollins Lane from 1 April 2025, subject to the practice providing a home visiting and medicines delivery service for housebound patients registered at the branch.
ACTION: KL to confirm the approval and its conditions to the practice in writing by 17 January 2025.

=PCC/25/05   Merger of Canal Street Surgery and Dockside Health Centre
Dr Esterhuizen took no part in the decision on this item.
NF presented the proposal to merge the two practices’ contracts into a single GMS contract from 1 July 2025. The practices would keep both sites. The Local Medical Committee supported the merger.
The Committee SUPPORTED the proposal to merge the contracts of Canal Street Surgery and Dockside Health Centre from 1 July 2025, subject to the outcome of the patient engagement exercise being reported to the Committee in April.

=PCC/25/06   Decisions taken in private session
The Chair reported the decisions taken by the Committee in private session on 12 December 2024, which are now published.
The Committee RATIFIED the decisions taken in private session on 12 December 2024:
• the award of an APMS contract for Westfield Walk-in Centre to Greywater Community Health CIC for five years from 1 April 2025;
• the rent reimbursement of £46,500 a year for the extension to Oakapple Family Practice from 1 January 2025; and
• the extension of the caretaking arrangement at Pendle Road Surgery to 30 September 2025.

""", """
=PCC/25/07   Primary care finance report – month 8
RV presented the report. Delegated primary care budgets showed a forecast underspend of £0.4m, mainly on premises, and the additional roles reimbursement scheme was forecast to spend in full.
The Committee NOTED the primary care financial position at month 8 and the forecast underspend of £0.4m.

=PCC/25/08   Local enhanced service for care home residents 2025/26
Dr Roy welcomed the extension of the service but said that the payment per bed had not been increased since 2022. BQ said that the specification now includes a weekly ward round.
The Committee APPROVED the local enhanced service specification for care home residents for 2025/26, at a payment of £132 per bed a year.
The Committee AGREED that a review of the payment per bed be brought to the Committee in September 2025.

=PCC/25/09   Premises improvement grants 2025/26
NF presented the two applications recommended by the Primary Care Estates Group, both within the 2025/26 improvement grant allocation of £250,000.
The Committee APPROVED improvement grants totalling £212,000 for the following schemes:
• Canal Street Surgery – conversion of the first floor store into two additional consulting rooms (£128,000); and
• Fellside Medical Centre – a level access entrance and an accessible toilet (£84,000).

=PCC/25/10   Primary care risk register
The Committee NOTED the primary care risk register and the new risk on GP collective action.

=PCC/25/11   Any other business
There was no other business. The next meeting will be held on Thursday 13 March 2025.

=Action log (updated after the meeting held on 9 January 2025)
=Ref         Action                                                  Owner   Due         Status
=PCC/24/41   Circulate the revised estates strategy timeline         NF      14/11/2024  Closed
=            to members
=PCC/24/44   Report on patient list cleansing in Greywater West      KL      09/01/2025  Closed
=            PCN
=PCC/24/47   Review of dispensing practice boundaries in the         KL      13/03/2025  Open
=            Fellside area
=PCC/25/04   Confirm the approval of the Hollins Lane branch         KL      17/01/2025  Open
=            closure and conditions to the practice in writing
=PCC/25/07   Share the premises underspend options with the          RV      13/03/2025  Open
=            Local Medical Committee
"""],
}

PCC_RAT = "Decisions taken in private session"
PCC_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="PCC/25/03",
         title="Minutes of the previous meeting and action log",
         text="The minutes of the meeting held on 14 November 2024 were APPROVED as an accurate record",
         note="actions PCC/24/41, PCC/24/44 closed and PCC/24/47 open are earlier meetings' actions: not labelled"),
    dict(page=1, kind="approval", outcome="approved", item="PCC/25/04",
         title="Application to close Hollins Lane branch surgery",
         text="The Committee APPROVED the application from Ribbleside Medical Practice to close its branch surgery at "
              "Hollins Lane from 1 April 2025, subject to the practice providing"),
    dict(page=1, kind="action", outcome=None, item="PCC/25/04", title="Application to close Hollins Lane branch surgery",
         owner="KL", deadline="2025-01-17",
         text="ACTION: KL to confirm the approval and its conditions to the practice in writing by 17 January 2025",
         note="repeated as action log row PCC/25/04 (Open) on page 2; labelled once, here"),
    dict(page=1, kind="endorsement", outcome="endorsed", item="PCC/25/05",
         title="Merger of Canal Street Surgery and Dockside Health Centre",
         text="The Committee SUPPORTED the proposal to merge the contracts of Canal Street Surgery and Dockside Health "
              "Centre from 1 July 2025"),
    dict(page=1, kind="approval", outcome="ratified", item="PCC/25/06", title=PCC_RAT,
         lead_in="The Committee RATIFIED the decisions taken in private session on 12 December 2024:",
         text="the award of an APMS contract for Westfield Walk-in Centre to Greywater Community Health CIC for five "
              "years from 1 April 2025",
         note="bullet 1 of 3, each its own label"),
    dict(page=1, kind="approval", outcome="ratified", item="PCC/25/06", title=PCC_RAT,
         lead_in="The Committee RATIFIED the decisions taken in private session on 12 December 2024:",
         text="the rent reimbursement of £46,500 a year for the extension to Oakapple Family Practice from 1 January "
              "2025"),
    dict(page=1, kind="approval", outcome="ratified", item="PCC/25/06", title=PCC_RAT,
         lead_in="The Committee RATIFIED the decisions taken in private session on 12 December 2024:",
         text="the extension of the caretaking arrangement at Pendle Road Surgery to 30 September 2025"),
    dict(page=2, kind="noted", outcome="noted", item="PCC/25/07", title="Primary care finance report – month 8",
         text="The Committee NOTED the primary care financial position at month 8 and the forecast underspend of "
              "£0.4m"),
    dict(page=2, kind="approval", outcome="approved", item="PCC/25/08",
         title="Local enhanced service for care home residents 2025/26",
         text="The Committee APPROVED the local enhanced service specification for care home residents for 2025/26, "
              "at a payment of £132 per bed a year"),
    dict(page=2, kind="agreement", outcome="agreed", item="PCC/25/08",
         title="Local enhanced service for care home residents 2025/26",
         text="The Committee AGREED that a review of the payment per bed be brought to the Committee in September "
              "2025"),
    dict(page=2, kind="approval", outcome="approved", item="PCC/25/09", title="Premises improvement grants 2025/26",
         lead_in="The Committee APPROVED improvement grants totalling £212,000 for the following schemes:",
         text="Canal Street Surgery – conversion of the first floor store into two additional consulting rooms "
              "(£128,000)",
         note="bullet 1 of 2 under 'The Committee APPROVED … for the following schemes:'"),
    dict(page=2, kind="approval", outcome="approved", item="PCC/25/09", title="Premises improvement grants 2025/26",
         lead_in="The Committee APPROVED improvement grants totalling £212,000 for the following schemes:",
         text="Fellside Medical Centre – a level access entrance and an accessible toilet (£84,000)"),
    dict(page=2, kind="noted", outcome="noted", item="PCC/25/10", title="Primary care risk register",
         text="The Committee NOTED the primary care risk register and the new risk on GP collective action"),
    dict(page=2, kind="action", outcome=None, item="PCC/25/07", title="Primary care finance report – month 8",
         owner="RV", deadline="2025-03-13",
         text="Share the premises underspend options with the",
         note="action log table row raised at this meeting (Ref | Action | Owner | Due | Status, Open); the cell "
              "wraps onto the next line. The Closed rows PCC/24/41, PCC/24/44 and the Open row PCC/24/47 come from "
              "earlier meetings and are not labelled"),
]


# ---------------------------------------------------------------------------------------
# 4. Borough council, full Council with a Mayor
# ---------------------------------------------------------------------------------------
CNL = {
    "file": "borough-council-minutes-2025-02-26.pdf",
    "layout": "Borough council, full Council with a Mayor: 'The Mayor’s announcements' (not decisions), Cabinet "
              "recommendations adopted with '(1) … (2) … (3) …', a notice of motion with an amendment 'withdrawn "
              "with the consent of the meeting', a recorded vote printed as FOR / AGAINST / ABSTAIN columns of "
              "names with no counts, 'The motion was CARRIED', a second motion LOST with printed counts",
    "meeting_date": "2025-02-26",
    "body": "Kingsmere Borough Council",
    "footer": "Kingsmere Borough Council – Council – 26 February 2025                                          – {n} –",
    "pages": ["""
=KINGSMERE BOROUGH COUNCIL
=MINUTES OF THE MEETING OF THE COUNCIL
=held at the Guildhall, Kingsmere, on Wednesday 26 February 2025 at 7.00 pm

PRESENT: The Mayor (Councillor Beryl Thackeray) in the Chair; the Deputy Mayor (Councillor Olu Adebayo); Councillors Adams, Baker, Carrick, Dunmore, Eastwood, Fairbairn, Gough, Hollis, Iqbal, Jessop, Khan, Lyle, Mercer, Nash, Okoye, Pascoe, Quayle, Rennie, Sandhu, Tolley, Underwood, Vance and Whitlock.

=88.   APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillors Grice and Yardley.

=89.   DECLARATIONS OF INTEREST
Councillor Pascoe declared a non-registrable interest in minute 93 as a trustee of Kingsmere Community Transport.

=90.   MINUTES
RESOLVED: That the minutes of the meeting of the Council held on 11 December 2024 be approved as a correct record and signed by the Mayor.

=91.   THE MAYOR’S ANNOUNCEMENTS
The Mayor reported that she had attended 46 engagements since the last meeting, including the Holocaust Memorial Day service at St Anne’s Church and the opening of the new Kingsmere Foodbank warehouse. She thanked everyone who had supported her charity quiz, which had raised £3,240 for the Kingsmere Hospice. The Mayor reminded Members that the Mayor’s Civic Service would be held on Sunday 6 April 2025.

=92.   RECOMMENDATIONS FROM CABINET – TREASURY MANAGEMENT AND CAPITAL STRATEGY 2025/26
Councillor Underwood (Cabinet Member for Finance) moved and Councillor Dunmore seconded the recommendations of the Cabinet meeting held on 11 February 2025.
RESOLVED: That
(1) the Treasury Management Strategy Statement and Annual Investment Strategy 2025/26 be approved;
(2) the Capital Strategy 2025/26 to 2029/30 be approved; and
(3) the Minimum Revenue Provision Policy Statement 2025/26 be approved.

=93.   NOTICE OF MOTION – BUS SERVICES
The following motion was moved by Councillor Adams and seconded by Councillor Okoye:
“This Council notes the withdrawal of the evening bus services on routes 7 and 12 in January 2025 and the effect on residents without cars. Council asks the Leader to write to the County Council and to the operator asking for the services to be restored, and to support a bid to the Bus Service Improvement Plan fund.”
An amendment was moved by Councillor Fairbairn and seconded by Councillor Lyle, to add the words “and to report the response to the Overview and Scrutiny Committee” at the end of the motion. Following debate, the amendment was withdrawn with the consent of the meeting.
Members debated the motion. Councillor Khan said that the operator had been losing money on the evening services for several years. Councillor Okoye said that shift workers at Kingsmere Hospital had no other way home.
A recorded vote was requested and the voting was as follows:
=FOR:                          AGAINST:                       ABSTAIN:
=Councillors Adams, Baker,     Councillors Carrick, Eastwood, Councillors Pascoe
=Dunmore, Fairbairn, Gough,    Jessop, Khan, Mercer, Nash,    and Whitlock
=Hollis, Iqbal, Lyle, Okoye,   Tolley and Vance
=Quayle, Rennie, Sandhu,
=Underwood and the Mayor
The motion was CARRIED.
RESOLVED: That this Council asks the Leader to write to the County Council and to the operator asking for the evening bus services on routes 7 and 12 to be restored, and to support a bid to the Bus Service Improvement Plan fund.

""", """
=94.   NOTICE OF MOTION – FOUR DAY WORKING WEEK TRIAL
The following motion was moved by Councillor Mercer and seconded by Councillor Nash:
“This Council asks the Chief Executive to design a twelve month trial of a four day working week for the Council’s office staff, to start in October 2025.”
The Cabinet Member for Resources said that a trial would need the agreement of the trade unions and could not be designed in time.
On being put to the vote, the motion was LOST (For 9, Against 14, Abstentions 2).

=95.   CHANGES TO COMMITTEE MEMBERSHIP
RESOLVED: That Councillor Quayle replace Councillor Sandhu as a member of the Licensing Committee for the remainder of the 2024/25 municipal year.

=96.   CALENDAR OF MEETINGS 2025/26
RESOLVED: That the calendar of meetings for 2025/26, as set out in the appendix to the report, be approved.

=97.   PAY POLICY STATEMENT 2025/26
Councillor Underwood moved and Councillor Iqbal seconded the recommendation of the Employment Committee held on 4 February 2025.
RESOLVED: That the Pay Policy Statement 2025/26, as set out in Appendix 1 to the report, be adopted with effect from 1 April 2025.

=98.   QUESTIONS FROM MEMBERS
Councillor Eastwood asked the Cabinet Member for Environment when the repairs to the Riverside Walk footbridge would be completed. Councillor Sandhu replied that the work would be finished by the end of April 2025. A written answer was given to a question from Councillor Tolley on the number of empty homes in the borough.

The meeting closed at 9.18 pm.

=Mayor ..................................................          Date ..............................
"""],
}

CNL_TMS = "RECOMMENDATIONS FROM CABINET – TREASURY MANAGEMENT AND CAPITAL STRATEGY 2025/26"
CNL_BUS = "NOTICE OF MOTION – BUS SERVICES"
CNL_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="90", title="MINUTES",
         text="RESOLVED: That the minutes of the meeting of the Council held on 11 December 2024 be approved as a "
              "correct record and signed by the Mayor",
         note="'The Mayor’s announcements' (minute 91) are not decisions"),
    dict(page=1, kind="resolution", outcome="adopted", minute="92", title=CNL_TMS, lead_in="RESOLVED: That",
         proposer="Councillor Underwood", seconder="Councillor Dunmore",
         text="the Treasury Management Strategy Statement and Annual Investment Strategy 2025/26 be approved",
         note="recommendation of Cabinet (11 February 2025) adopted; part (1) of three"),
    dict(page=1, kind="resolution", outcome="adopted", minute="92", title=CNL_TMS, lead_in="RESOLVED: That",
         proposer="Councillor Underwood", seconder="Councillor Dunmore",
         text="the Capital Strategy 2025/26 to 2029/30 be approved",
         note="recommendation of Cabinet adopted"),
    dict(page=1, kind="resolution", outcome="adopted", minute="92", title=CNL_TMS, lead_in="RESOLVED: That",
         proposer="Councillor Underwood", seconder="Councillor Dunmore",
         text="the Minimum Revenue Provision Policy Statement 2025/26 be approved",
         note="recommendation of Cabinet adopted"),
    dict(page=1, kind="motion", outcome="carried", minute="93", title=CNL_BUS,
         proposer="Councillor Adams", seconder="Councillor Okoye",
         text="The following motion was moved by Councillor Adams and seconded by Councillor Okoye",
         note="recorded vote printed as FOR / AGAINST / ABSTAIN columns of names with no counts: votes null"),
    dict(page=1, kind="withdrawal", outcome="withdrawn", minute="93", title=CNL_BUS,
         proposer="Councillor Fairbairn", seconder="Councillor Lyle",
         text="An amendment was moved by Councillor Fairbairn and seconded by Councillor Lyle",
         note="an amendment 'withdrawn with the consent of the meeting' before it was put to the vote"),
    dict(page=1, kind="resolution", outcome="agreed", minute="93", title=CNL_BUS,
         text="RESOLVED: That this Council asks the Leader to write to the County Council and to the operator asking "
              "for the evening bus services on routes 7 and 12 to be restored",
         note="the resolution produced by the carried motion"),
    dict(page=2, kind="motion", outcome="lost", minute="94", title="NOTICE OF MOTION – FOUR DAY WORKING WEEK TRIAL",
         proposer="Councillor Mercer", seconder="Councillor Nash", votes={"for": 9, "against": 14, "abstain": 2},
         text="The following motion was moved by Councillor Mercer and seconded by Councillor Nash",
         note="'the motion was LOST (For 9, Against 14, Abstentions 2)'"),
    dict(page=2, kind="resolution", outcome="agreed", minute="95", title="CHANGES TO COMMITTEE MEMBERSHIP",
         text="RESOLVED: That Councillor Quayle replace Councillor Sandhu as a member of the Licensing Committee for "
              "the remainder of the 2024/25 municipal year"),
    dict(page=2, kind="approval", outcome="approved", minute="96", title="CALENDAR OF MEETINGS 2025/26",
         text="RESOLVED: That the calendar of meetings for 2025/26, as set out in the appendix to the report, be "
              "approved"),
    dict(page=2, kind="resolution", outcome="adopted", minute="97", title="PAY POLICY STATEMENT 2025/26",
         proposer="Councillor Underwood", seconder="Councillor Iqbal",
         text="RESOLVED: That the Pay Policy Statement 2025/26, as set out in Appendix 1 to the report, be adopted "
              "with effect from 1 April 2025",
         note="recommendation of the Employment Committee adopted"),
]


# ---------------------------------------------------------------------------------------
# 5. Cabinet Member individual decision notice
# ---------------------------------------------------------------------------------------
IDN = {
    "file": "cabinet-member-decision-notice-2025-03-14.pdf",
    "layout": "County council record of an individual Cabinet Member decision (one decision-maker, no meeting): "
              "capitalised field blocks 'DECISION MAKER:', 'DATE OF DECISION:', 'DECISION REFERENCE:', "
              "'DECISION:' with '(1) To approve …' and '(2) To authorise …' on their own lines, 'REASONS:', "
              "'ALTERNATIVE OPTIONS REJECTED:', 'CONFLICTS OF INTEREST:', call-in deadline, signature block",
    "meeting_date": "2025-03-14",
    "body": "Westmarsh County Council – Cabinet Member for Highways",
    "footer": "Westmarsh County Council – Record of Individual Cabinet Member Decision HT/25/011                Page {n} of {of}",
    "pages": ["""
=WESTMARSH COUNTY COUNCIL
=RECORD OF DECISION TAKEN BY AN INDIVIDUAL CABINET MEMBER

DECISION MAKER: Cabinet Member for Highways (Councillor Graham Pettifer)
DATE OF DECISION: 14 March 2025
DECISION REFERENCE: HT/25/011
SUBJECT: Highways Capital Maintenance Programme 2025/26 and the A418 Corbridge Road resurfacing scheme
KEY DECISION: Yes. The decision was included in the Forward Plan published on 7 February 2025.
REPORT: Report of the Director of Environment and Transport dated 3 March 2025.

DECISION:
(1) To approve the Highways Capital Maintenance Programme 2025/26 of £38.6m, as set out in Appendix A to the report.
(2) To authorise the Director of Environment and Transport to award the contract for the A418 Corbridge Road resurfacing scheme to the highest scoring tenderer, within the approved budget of £4.2m.
(3) To authorise the Director of Environment and Transport to make minor changes to the programme during the year, within the overall budget, in consultation with the Cabinet Member for Highways.
(4) To note the allocation of £1.5m from the Department for Transport Pothole Fund for 2025/26.

REASONS:
The programme directs the capital maintenance budget to the roads in the poorest condition, using the results of the 2024 condition surveys and the asset management policy. The A418 Corbridge Road is one of the busiest roads in the county and its surface has deteriorated rapidly since the winter of 2023/24. Awarding the contract promptly will allow the work to be done in the summer school holidays, when traffic is lightest.

ALTERNATIVE OPTIONS REJECTED:
Patching the A418 only: rejected because the road would need resurfacing within three years at a higher cost.
Delaying the programme until the Council’s budget for 2026/27 is set: rejected because it would lose the 2025 construction season.

CONSULTATION: The local members for Corbridge and Hatton Vale were consulted on the A418 scheme and support it. The Corporate Director of Finance and the Head of Legal Services were consulted on the report.

CONFLICTS OF INTEREST DECLARED BY THE DECISION MAKER: None.
DISPENSATIONS GRANTED: None.

""", """
CALL-IN: This decision was published on 17 March 2025 and may be called in until 5.00 pm on 24 March 2025. It may not be implemented until the call-in period has ended.

BACKGROUND PAPERS: Highways Asset Management Policy 2023; Westmarsh road condition survey results 2024.

=Signed: ..........................................   Councillor Graham Pettifer, Cabinet Member for Highways
=Date: 14 March 2025

=Contact officer: Aisha Brennan, Democratic Services Officer, tel. 01632 960 418
"""],
}

IDN_TITLE = "Highways Capital Maintenance Programme 2025/26 and the A418 Corbridge Road resurfacing scheme"
IDN_LABELS = [
    dict(page=1, kind="approval", outcome="approved", ref="HT/25/011", title=IDN_TITLE, lead_in="DECISION:",
         text="To approve the Highways Capital Maintenance Programme 2025/26 of £38.6m, as set out in Appendix A to "
              "the report",
         note="a single Cabinet Member's decision, no meeting: meeting_date is the DATE OF DECISION"),
    dict(page=1, kind="delegation", outcome="agreed", ref="HT/25/011", title=IDN_TITLE, lead_in="DECISION:",
         text="To authorise the Director of Environment and Transport to award the contract for the A418 Corbridge "
              "Road resurfacing scheme to the highest scoring tenderer"),
    dict(page=1, kind="delegation", outcome="agreed", ref="HT/25/011", title=IDN_TITLE, lead_in="DECISION:",
         text="To authorise the Director of Environment and Transport to make minor changes to the programme during "
              "the year, within the overall budget"),
    dict(page=1, kind="noted", outcome="noted", ref="HT/25/011", title=IDN_TITLE, lead_in="DECISION:",
         text="To note the allocation of £1.5m from the Department for Transport Pothole Fund for 2025/26",
         note="REASONS and ALTERNATIVE OPTIONS REJECTED are not decisions"),
]


# ---------------------------------------------------------------------------------------
# 6. Annual parish meeting (assembly of electors): no decisions, no labels
# ---------------------------------------------------------------------------------------
APM = {
    "file": "annual-parish-meeting-minutes-2025-04-24.pdf",
    "layout": "Annual parish meeting (an assembly of the local government electors of the parish, not a meeting of "
              "the parish council): the Chair's report, the police and county councillor's reports, community "
              "groups' reports and questions from electors; it takes no decisions (0 labels, a precision check)",
    "meeting_date": "2025-04-24",
    "body": "Little Oxendon Annual Parish Meeting",
    "footer": "Little Oxendon Annual Parish Meeting – 24 April 2025 – page {n} of {of}",
    "pages": ["""
=LITTLE OXENDON ANNUAL PARISH MEETING
=Minutes of the Annual Parish Meeting held in the Village Hall, Church Lane, Little Oxendon,
=on Thursday 24 April 2025 at 7.30 pm

Present: Councillor Margaret Evans (Chair of the Parish Council, presiding), Parish Councillors Bill Haddon, Sarah Prentice and Ken Wolstenholme, County Councillor Diane Foy, PCSO Liam Carver (Oxendon Neighbourhood Policing Team), Mrs Julie Saxby (Parish Clerk) and 31 electors of the parish.

=1.   Welcome
The Chair welcomed everyone and explained that the Annual Parish Meeting is a meeting of the electors of the parish, not a meeting of the Parish Council, and is an opportunity for residents to hear about the past year and to raise any matters of local concern.

=2.   Apologies
Apologies were received from Parish Councillor Tom Ibbotson and from District Councillor Neil Carr.

=3.   Minutes of the Annual Parish Meeting held on 25 April 2024
The minutes of last year’s meeting were read and signed by the Chair.

=4.   Chair’s report
The Chair reported on the Parish Council’s work during 2024/25. The new play equipment on the recreation ground had been installed in August 2024, paid for by a grant of £18,000 from the Oxendon Wind Farm community fund and £6,500 from the Parish Council’s reserves. The speed indicator device on Main Street had recorded an average speed of 34 mph in the 30 mph limit. The Parish Council had commented on nine planning applications and had objected to two. The precept for 2025/26 had been set at £24,300, an increase of 4%. She thanked the volunteers who keep the churchyard and the bus shelter tidy, and the Clerk for her work.

=5.   Police report
PCSO Carver reported that 23 crimes had been recorded in the parish in 2024, compared with 31 in 2023, most of them thefts from sheds and outbuildings. There had been two reports of hare coursing on the farmland east of the village. He encouraged residents to join Oxendon Community Messaging and to report suspicious vehicles by calling 101.
An elector asked about speeding on the Hatton road. PCSO Carver said that the Community Speedwatch group would be given a new site there and that he would ask the roads policing unit to visit.

=6.   County Councillor’s report
County Councillor Foy reported that the resurfacing of the Hatton road was in the county’s programme for 2025/26 and that the library bus would continue to visit the village every other Tuesday.

""", """
=7.   Reports from village organisations
Reports were given by the Village Hall Management Committee (the new kitchen had been completed and bookings were up by a fifth), the Little Oxendon Women’s Institute, the Friends of St Peter’s Church and the Oxendon Allotment Society, which has a waiting list of six.

=8.   Questions and matters raised by electors
Mr Derek Platt asked whether the Parish Council would consider installing a defibrillator at the Village Hall. The Chair said that the Parish Council would consider this at its meeting in May and would look for grant funding.
Mrs Anne Lister raised the condition of the footpath from Church Lane to Mill Farm, which floods in winter. The Clerk said that she would report it to the County Council’s rights of way team.
Several electors spoke about dog fouling on the recreation ground. The Chair said that more signs would be put up.
An elector suggested that the village should hold a summer fete again. A show of hands indicated support, and the Chair invited volunteers to contact the Clerk.

=9.   Date of the next Annual Parish Meeting
The next Annual Parish Meeting will be held in April 2026; the date will be published on the noticeboard and the website.

The meeting closed at 8.55 pm and was followed by refreshments.

=Chair ..................................................          Date ..............................
"""],
}

APM_LABELS: list[dict] = []  # an assembly of electors takes no decisions: nothing to label


if __name__ == "__main__":
    docs = [(AGC, AGC_LABELS), (STD, STD_LABELS), (PCC, PCC_LABELS), (CNL, CNL_LABELS), (IDN, IDN_LABELS),
            (APM, APM_LABELS)]
    build_set(__file__, docs, "dp", actions_have_no_outcome=True)
