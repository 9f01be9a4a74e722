"""Write the five layouts12 documents (PDFs with a real text layer) and their decision labels.

    .venv/bin/python evals/layouts12/make.py

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py (``build_set``):
in a page's source every line is one paragraph, wrapped at 92 characters; a line starting with "=" is printed as
it stands; the footer is added as each page's last line. The two tables use ``table`` (layouts9's: a long word
is never broken); a label taken from a table cell is the cell's first printed line (``first_line``), as the
text layer runs the columns of later lines into one another. All bodies, people and figures are fictional.
Written blind (see README.md).
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
    """The first printed line of a table cell ``width`` characters wide (a label's text)."""
    return textwrap.wrap(cell, width, break_long_words=False, break_on_hyphens=False)[0]


# ---------------------------------------------------------------------------------------
# 1. NHS Integrated Care Board: "The Board APPROVED / RATIFIED / NOTED / SUPPORTED …", a consent agenda table
#    (Item | Decision | Owner | Due) and an action log
# ---------------------------------------------------------------------------------------
ICB_HEAD = "=NHS Fernvale and Ashby ICB  |  Board meeting in public  |  27 November 2025"
CONSENT_COLS = (10, 68, 6, 10)
CONSENT = [
    ("FAB 25/089", "APPROVED the changes to the Standing Financial Instructions and to the Scheme of "
                   "Reservation and Delegation, from 1 December 2025.", "DCG", "01/12/2025"),
    ("FAB 25/090", "APPROVED the EPRR core standards assurance statement for 2025 and its submission to NHS "
                   "England by the due date.", "COO", "31/12/2025"),
    ("FAB 25/091", "NOTED the annual report of the Freedom to Speak Up Guardian for 2024/25 and the themes "
                   "raised by staff.", "–", "–"),
    ("FAB 25/092", "RATIFIED the appointment of Dr Omar Siddiqui as Partner Member for primary medical services "
                   "for a term of three years.", "DCG", "–"),
]
ACTION_COLS = (7, 10, 60, 5, 10)
ACTIONS = [
    ("25/41", "FAB 25/085", "Publish the outcome of the public engagement on the Ashby Minor Injuries Unit and "
                            "report it to the Board before any change is made.", "COO", "26/03/2026"),
    ("25/42", "FAB 25/086", "Bring the month 10 forecast and an updated list of financial recovery schemes to the "
                            "Finance and Performance Committee.", "CFO", "22/01/2026"),
]
OLD_ACTIONS = [
    ("25/33", "FAB 25/061", "Circulate the dental access recovery trajectory to Board members.", "DPC",
     "Closed – circulated 10/10/2025"),
    ("25/37", "FAB 25/072", "Board development session on the clustering arrangements.", "DCG",
     "Open – arranged for 15/01/2026"),
]
ICB = {
    "file": "fernvale-ashby-icb-board-minutes-2025-11-27.pdf",
    "layout": "NHS Integrated Care Board meeting in public: 'The Board APPROVED / RATIFIED / NOTED / SUPPORTED …' "
              "sentences after each item's discussion, a report's recommendation quoted and then amended, a "
              "consent agenda table (Item | Decision | Owner | Due), an action log with new and carried-forward "
              "actions, a running head on pages 2 and 3",
    "meeting_date": "2025-11-27",
    "body": "NHS Fernvale and Ashby Integrated Care Board",
    "footer": "Approved by the Board on ....................   Chair ....................                  Page {n} of {of}",
    "pages": ["""
=NHS FERNVALE AND ASHBY INTEGRATED CARE BOARD
=Minutes of the Board meeting held in public on Thursday 27 November 2025 at 9.30 am
=The Assembly Rooms, Market Place, Fernvale FV1 2AB

=Members present: Sir Anthony Blake (Chair); Dr Priya Raman (Chief Executive); Marcus Lowe (Chief Finance
=   Officer, CFO); Dr Helen Farrow (Chief Medical Officer); Grace Obi (Chief Nursing Officer); Daniel Pryor
=   (Chief Operating Officer, COO); Julia Kent and Raymond Fisk (Non-Executive Members); Cllr Sue Marriott
=   (Partner Member, local authorities); Dr Omar Siddiqui (Partner Member, primary medical services)
=In attendance: Laura Denholm (Director of Corporate Governance, DCG); Ian Mayhew (Director of Primary Care,
=   DPC); Beth Sowerby (Healthwatch Fernvale and Ashby)

=FAB 25/081  Welcome and apologies
Apologies were received from Alan Tuck (Partner Member, NHS trusts). The meeting was quorate.

=FAB 25/082  Declarations of interest
Dr Siddiqui declared an interest in item FAB 25/092 (his own appointment) and left the meeting for that item. No other interests were declared.

=FAB 25/083  Minutes of the previous meeting and matters arising
The minutes of the meeting held on 25 September 2025 were APPROVED as a true and accurate record. The action log is at the end of these minutes.

=FAB 25/084  Chief Executive's report
Dr Raman presented her report. NHS England had approved the ICB's proposal to cluster with NHS Brindmoor ICB on 3 October 2025, and a joint Chief Executive would be appointed by April 2026. Julia Kent asked how staff would be supported; Dr Raman replied that the consultation with staff would begin in January and that the ICB's staff partnership forum had agreed the timetable.
The Board NOTED the Chief Executive's report and the progress on the clustering arrangements with NHS Brindmoor ICB.
The Board RATIFIED the decision of the Chair and the Chief Executive, taken on 14 October 2025 under the urgent decision arrangements, to extend the NHS 111 clinical assessment service contract to 30 September 2026.

=FAB 25/085  Urgent and emergency care: Ashby Minor Injuries Unit
Daniel Pryor presented the review of urgent care in the Ashby locality. Between 11 pm and 7 am the Minor Injuries Unit saw an average of three patients a night. The paper asked the Board to approve the overnight closure of the Unit from 1 January 2026 and to support the Urgent Care Programme Board's recommendation that the Ashby urgent treatment centre be developed on the Ashby Community Hospital site.
Beth Sowerby said that Healthwatch had received many concerns from residents of the rural villages, and Cllr Marriott said that the change should not be made before the public had been told of the alternatives. The Chair proposed that the closure should follow a period of public engagement, and members agreed.
The Board APPROVED the overnight closure of the Ashby Minor Injuries Unit, amended so that it takes effect only after an eight-week period of public engagement and not from 1 January 2026.
The Board SUPPORTED the recommendation of the Urgent Care Programme Board that the Ashby urgent treatment centre be developed on the Ashby Community Hospital site.
""", ICB_HEAD + """

=FAB 25/086  Finance report – month 7
Marcus Lowe reported a year-to-date deficit of £4.8m against a planned deficit of £3.1m. The Board had previously agreed, in July 2025, that any deficit above plan would be met by additional vacancy controls rather than by reductions in commissioned services. Raymond Fisk asked whether the forecast break-even position could still be achieved; Marcus Lowe said it could, but only if £6.2m of the unidentified efficiencies were delivered by March.
The Board NOTED the month 7 financial position and the risks of £9.4m to the forecast outturn for 2025/26.
The Board APPROVED the revised capital plan for 2025/26, including the reallocation of £1.3m from the estates programme to digital infrastructure.

=FAB 25/087  Primary care: Ravensholme Surgery
Ian Mayhew reported that the partners of Ravensholme Surgery had given notice to end their contract on 31 March 2026. The Primary Care Commissioning Committee had agreed on 6 November 2025 to seek a caretaker provider. The Board NOTED the report and the steps being taken to secure a caretaker provider for Ravensholme Surgery from 1 April 2026.

=FAB 25/088  Questions from the public
Three questions had been received, on the Ashby Minor Injuries Unit, on access to NHS dentistry in Fernvale and on the ICB's use of consultants. The answers will be published with these minutes.

=Items taken on the consent agenda
The following items were taken without discussion. The Board's decisions are recorded in the table.
""" + table([("Item", "Decision", "Owner", "Due")] + CONSENT, CONSENT_COLS) + """
=FAB 25/093  Any other business
None.

=FAB 25/094  Date of next meeting
Thursday 29 January 2026 at 9.30 am, Ashby Community Hospital.
""", ICB_HEAD + """

=ACTION LOG
=Actions arising from the meeting on 27 November 2025
""" + table([("No.", "Item", "Action", "Owner", "Due")] + ACTIONS, ACTION_COLS) + """
=Actions carried forward from previous meetings
""" + table([("No.", "Item", "Action", "Owner", "Status")] + OLD_ACTIONS, (7, 10, 46, 5, 30)) + """
=The meeting closed at 12.10 pm.
"""],
}

ICB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="FAB 25/083",
         title="Minutes of the previous meeting and matters arising",
         text="The minutes of the meeting held on 25 September 2025 were APPROVED as a true and accurate record",
         note="the apologies and Dr Siddiqui's declaration are not labelled"),
    dict(page=1, kind="noted", outcome="noted", item="FAB 25/084", title="Chief Executive's report",
         text="The Board NOTED the Chief Executive's report and the progress on the clustering arrangements with NHS "
              "Brindmoor ICB",
         note="'NHS England had approved the ICB's proposal …' is another body's decision; the staff partnership "
              "forum's agreement and the question and reply are not labelled"),
    dict(page=1, kind="approval", outcome="ratified", item="FAB 25/084", title="Chief Executive's report",
         text="The Board RATIFIED the decision of the Chair and the Chief Executive, taken on 14 October 2025 under "
              "the urgent decision arrangements",
         note="ratification of an urgent decision; the urgent decision itself (14 October) is not this meeting's"),
    dict(page=1, kind="approval", outcome="approved", item="FAB 25/085",
         title="Urgent and emergency care: Ashby Minor Injuries Unit",
         text="The Board APPROVED the overnight closure of the Ashby Minor Injuries Unit, amended so that it takes "
              "effect only after an eight-week period of public engagement",
         note="'The paper asked the Board to approve … from 1 January 2026' is the report's recommendation, "
              "amended; the Chair's proposal and 'members agreed' lead to this one decision"),
    dict(page=1, kind="endorsement", outcome="endorsed", item="FAB 25/085",
         title="Urgent and emergency care: Ashby Minor Injuries Unit",
         text="The Board SUPPORTED the recommendation of the Urgent Care Programme Board that the Ashby urgent "
              "treatment centre be developed",
         note="support for another body's recommendation: an endorsement"),
    dict(page=2, kind="noted", outcome="noted", item="FAB 25/086", title="Finance report – month 7",
         text="The Board NOTED the month 7 financial position and the risks of £9.4m to the forecast outturn for "
              "2025/26",
         note="'The Board had previously agreed, in July 2025, …' is an earlier decision"),
    dict(page=2, kind="approval", outcome="approved", item="FAB 25/086", title="Finance report – month 7",
         text="The Board APPROVED the revised capital plan for 2025/26, including the reallocation of £1.3m from the "
              "estates programme to digital infrastructure"),
    dict(page=2, kind="noted", outcome="noted", item="FAB 25/087", title="Primary care: Ravensholme Surgery",
         text="The Board NOTED the report and the steps being taken to secure a caretaker provider for Ravensholme "
              "Surgery",
         note="the Primary Care Commissioning Committee's agreement of 6 November 2025 is a committee's earlier "
              "decision, told as background"),
] + [
    dict(page=2, kind={"APP": "approval", "NOT": "noted", "RAT": "approval"}[dec[:3]],
         outcome={"APP": "approved", "NOT": "noted", "RAT": "ratified"}[dec[:3]], item=item,
         title="Items taken on the consent agenda", text=first_line(dec, CONSENT_COLS[1]),
         note="consent agenda table row (Item | Decision | Owner | Due); the Decision cell wraps and the text is its "
              "first printed line")
    for item, dec, _, _ in CONSENT
] + [
    dict(page=3, kind="action", outcome=None, item=item, title="Action log", owner=owner,
         deadline="-".join(reversed(due.split("/"))), text=first_line(act, ACTION_COLS[2]),
         note=f"action log row {no}, arising from this meeting; the Action cell wraps and the text is its first "
              "printed line; the actions carried forward from previous meetings are not labelled")
    for no, item, act, owner, due in ACTIONS
]

# ---------------------------------------------------------------------------------------
# 2. District council Planning Committee: "Upon being put to the vote the motion was CARRIED (7 for, …)",
#    "RESOLVED that planning permission be GRANTED / REFUSED", a deferral for a site visit
# ---------------------------------------------------------------------------------------
PLN = {
    "file": "brackenfield-planning-committee-minutes-2025-10-22.pdf",
    "layout": "District council Planning Committee: an officer 'RECOMMENDATION:' line per application, motions "
              "moved and seconded, 'Upon being put to the vote the motion was CARRIED (7 for, 3 against, 1 "
              "abstention)', 'RESOLVED that planning permission be GRANTED / REFUSED …', a refusal against the "
              "officer recommendation, a deferral for a site visit, a Tree Preservation Order confirmed, appeal "
              "decisions noted",
    "meeting_date": "2025-10-22",
    "body": "Brackenfield District Council Planning Committee",
    "footer": "Brackenfield District Council – Planning Committee – 22 October 2025                         Page {n} of {of}",
    "pages": ["""
=BRACKENFIELD DISTRICT COUNCIL
=PLANNING COMMITTEE
=Minutes of the meeting held on Wednesday 22 October 2025 at 6.00 pm in the Council Chamber, Brackenfield

=Present: Councillors Ames (Chair), Bell (Vice-Chair), Carr, Dunn, Ellis, Ferris, Gough, Hale, Ingram,
=   Jukes and Kaye
=Officers: Head of Planning; Principal Planning Officer; Senior Planning Solicitor; Democratic Services Officer

=PL/44  APOLOGIES AND SUBSTITUTES
Apologies were received from Councillor Lyle. Councillor Kaye attended as her substitute.

=PL/45  DECLARATIONS OF INTEREST
Councillor Gough declared that he had spoken against application 25/0733/HOU as ward member and had predetermined it. He left the Chamber during that item.

=PL/46  MINUTES
RESOLVED that the minutes of the meeting held on 24 September 2025 be confirmed as a correct record and signed by the Chair.

=PL/47  25/0612/FUL – LAND NORTH OF HOLLINS LANE, BRACKENFIELD
Erection of 48 dwellings with access from Hollins Lane, open space and drainage.
=RECOMMENDATION: GRANT subject to conditions and a Section 106 agreement
The Principal Planning Officer presented the report and the update sheet, which added a condition on the hours of construction. Mrs Pauline Rudd spoke against the application and Mr Tom Heald (agent) spoke in support. Hollins Parish Council had objected on the grounds of flooding; the Lead Local Flood Authority had raised no objection subject to conditions.
Members asked about the capacity of the primary school. The officer replied that the Section 106 agreement would secure a contribution of £412,000 towards school places.
Councillor Ames moved, and Councillor Bell seconded, that the application be granted in accordance with the officer recommendation, with an additional condition requiring a footway along Hollins Lane. Upon being put to the vote the motion was CARRIED (7 for, 3 against, 1 abstention).
RESOLVED that planning permission be GRANTED subject to the conditions set out in the report and the update sheet, the additional condition requiring a footway along Hollins Lane, and the completion of a Section 106 agreement.
RESOLVED FURTHER that, if the Section 106 agreement has not been completed by 31 March 2026, authority be delegated to the Head of Planning to refuse the application.

=PL/48  25/0701/FUL – THE OLD FORGE, 14 CHURCH STREET, BRACKENFIELD
Change of use from a shop to a hot food takeaway, with an extraction flue to the rear.
=RECOMMENDATION: GRANT subject to conditions
The Principal Planning Officer presented the report. Two neighbours spoke against the application. Members were concerned about noise and cooking smells in a street that is mainly residential above the shops.
Councillor Dunn moved, contrary to the officer recommendation, that the application be refused because of the harm to the living conditions of neighbouring residents. Councillor Ellis seconded the motion. Upon being put to the vote the motion was CARRIED (6 for, 5 against, 0 abstentions).
RESOLVED that planning permission be REFUSED for the following reason: the noise and cooking odours from the use would harm the living conditions of the occupiers of the flats at 12 and 16 Church Street, contrary to Policy DM4 of the Local Plan.
""", """
=Brackenfield District Council – Planning Committee – 22 October 2025

=PL/49  25/0733/HOU – 3 MEADOW RISE, WESTON LEES
Two-storey side extension and a raised rear terrace.
=RECOMMENDATION: REFUSE
(Councillor Gough left the Chamber.) The Principal Planning Officer presented the report. The applicant, Mr Dev Anand, spoke in support. Members agreed with the officer's assessment of the raised terrace.
RESOLVED unanimously that planning permission be REFUSED for the reasons set out in the report.
(Councillor Gough returned to the Chamber.)

=PL/50  25/0790/OUT – LAND AT TOP FARM, WESTON LEES
Outline application for up to 120 dwellings, all matters reserved except access.
=RECOMMENDATION: GRANT subject to conditions and a Section 106 agreement
The Head of Planning introduced the application. Members said that they could not judge the effect of the new junction on the lane and the views from the public footpath without seeing the site.
Councillor Hale moved, and Councillor Ingram seconded, that the application be deferred for a site visit. The motion was agreed without a vote.
RESOLVED that consideration of the application be DEFERRED to allow Members to visit the site and see the proposed access onto Top Lane.

=PL/51  TREE PRESERVATION ORDER No. 7 of 2025 – VICARAGE GARDENS, BRACKENFIELD
The Order had been made on 2 June 2025 to protect four beech trees. One objection had been received from the owner of 2 Vicarage Gardens.
RESOLVED that Tree Preservation Order No. 7 of 2025 (Vicarage Gardens) be CONFIRMED without modification.

=PL/52  APPEAL DECISIONS
The Head of Planning reported that the Planning Inspectorate had allowed the appeal against the refusal of application 24/1104/FUL (Mill House, Ferris Lane) and dismissed the appeal on 25/0098/HOU. No costs had been awarded against the Council.
RESOLVED that the report on appeal decisions received between 1 August and 30 September 2025 be noted.

=PL/53  DATE OF NEXT MEETING
Wednesday 19 November 2025 at 6.00 pm. The site visit to Top Farm will take place on the morning of that day.

=The meeting closed at 8.40 pm.
"""],
}

PLN_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="PL/46", title="MINUTES",
         text="RESOLVED that the minutes of the meeting held on 24 September 2025 be confirmed as a correct record"),
    dict(page=1, kind="motion", outcome="carried", minute="PL/47", votes={"for": 7, "against": 3, "abstain": 1},
         title="25/0612/FUL – LAND NORTH OF HOLLINS LANE, BRACKENFIELD", proposer="Councillor Ames",
         seconder="Councillor Bell",
         text="Councillor Ames moved, and Councillor Bell seconded, that the application be granted in accordance "
              "with the officer recommendation",
         note="'Upon being put to the vote the motion was CARRIED (7 for, 3 against, 1 abstention)'; the "
              "'RECOMMENDATION: GRANT …' line is the officer's, and the parish council's and LLFA's views are not "
              "decisions"),
    dict(page=1, kind="approval", outcome="approved", minute="PL/47",
         title="25/0612/FUL – LAND NORTH OF HOLLINS LANE, BRACKENFIELD",
         text="RESOLVED that planning permission be GRANTED subject to the conditions set out in the report and the "
              "update sheet",
         note="the resolution the carried motion produced"),
    dict(page=1, kind="delegation", outcome="agreed", minute="PL/47",
         title="25/0612/FUL – LAND NORTH OF HOLLINS LANE, BRACKENFIELD",
         text="RESOLVED FURTHER that, if the Section 106 agreement has not been completed by 31 March 2026, "
              "authority be delegated to the Head of Planning",
         note="a second resolution under the same application: authority to refuse if the agreement is not signed"),
    dict(page=1, kind="motion", outcome="carried", minute="PL/48", votes={"for": 6, "against": 5, "abstain": 0},
         title="25/0701/FUL – THE OLD FORGE, 14 CHURCH STREET, BRACKENFIELD", proposer="Councillor Dunn",
         seconder="Councillor Ellis",
         text="Councillor Dunn moved, contrary to the officer recommendation, that the application be refused",
         note="a motion to refuse against the officer recommendation to grant; seconder named in the next sentence"),
    dict(page=1, kind="resolution", outcome="agreed", minute="PL/48",
         title="25/0701/FUL – THE OLD FORGE, 14 CHURCH STREET, BRACKENFIELD",
         text="RESOLVED that planning permission be REFUSED for the following reason: the noise and cooking odours "
              "from the use would harm",
         note="a refusal of planning permission (kind resolution, outcome agreed, as in ../layouts4/ and "
              "../layouts10/)"),
    dict(page=2, kind="resolution", outcome="agreed", minute="PL/49", title="25/0733/HOU – 3 MEADOW RISE, WESTON LEES",
         unanimous=True,
         text="RESOLVED unanimously that planning permission be REFUSED for the reasons set out in the report",
         note="refusal in line with the officer recommendation; Councillor Gough's leaving and returning are not "
              "labelled"),
    dict(page=2, kind="deferral", outcome="deferred", minute="PL/50", title="25/0790/OUT – LAND AT TOP FARM, WESTON LEES",
         text="RESOLVED that consideration of the application be DEFERRED to allow Members to visit the site",
         note="the motion to defer was 'agreed without a vote', so it is not labelled as a motion apart from the "
              "deferral; the site visit date in PL/53 is not a decision"),
    dict(page=2, kind="approval", outcome="approved", minute="PL/51",
         title="TREE PRESERVATION ORDER No. 7 of 2025 – VICARAGE GARDENS, BRACKENFIELD",
         text="RESOLVED that Tree Preservation Order No. 7 of 2025 (Vicarage Gardens) be CONFIRMED without "
              "modification",
         note="confirmation of an order: an approval"),
    dict(page=2, kind="noted", outcome="noted", minute="PL/52", title="APPEAL DECISIONS",
         text="RESOLVED that the report on appeal decisions received between 1 August and 30 September 2025 be noted",
         note="the Planning Inspectorate's appeal decisions are another body's"),
]

# ---------------------------------------------------------------------------------------
# 3. Combined authority committee: "Decision:" lines and "Decision reference: CA/2025/041", an exempt item
# ---------------------------------------------------------------------------------------
CA = {
    "file": "harrowfield-combined-authority-transport-committee-minutes-2025-11-06.pdf",
    "layout": "Combined authority Transport Committee: after each item's discussion a 'Decision:' line, one "
              "'That …' sentence or lettered parts (a), (b), then 'Decision reference: CA/2025/041' and a "
              "'Key decision / call-in' line; an item exempt under paragraph 3 whose decision is published",
    "meeting_date": "2025-11-06",
    "body": "Harrowfield Combined Authority Transport Committee",
    "footer": "Harrowfield Combined Authority – Transport Committee – 6 November 2025                       Page {n} of {of}",
    "pages": ["""
=HARROWFIELD COMBINED AUTHORITY
=TRANSPORT COMMITTEE
=Minutes of the meeting held on Thursday 6 November 2025 at 1.00 pm, Wellgate House, Harrowfield

=Present: Cllr Nasreen Akhtar (Harrowfield City Council, Chair); Cllr Roy Benson (Calderbridge MBC, Vice-Chair);
=   Cllr Tina Cope (Oldwick Council); Cllr Martin Dale (Sowden Council); Cllr Paul Eyre (Ryeburn Council);
=   Cllr Kate Fell (Harrowfield City Council)
=Officers: Director of Transport; Director of Finance; Head of Legal Services; Governance Officer

=1.  APOLOGIES AND DECLARATIONS OF INTEREST
Apologies were received from Cllr Harun Iqbal. Cllr Dale declared an interest in item 6 as a member of the board of Sowden Community Transport and took no part in that item.

=2.  MINUTES OF THE MEETING HELD ON 11 SEPTEMBER 2025
=Decision:
That the minutes of the meeting held on 11 September 2025 be approved as a correct record and signed by the Chair.

=3.  PUBLIC QUESTIONS
Mr Alan Shore asked when the No. 17 bus would return to its route through Lowfold. The Director of Transport replied that the operator would restore the route from 4 January 2026.

=4.  BUS FRANCHISING: CONSULTATION OUTCOME
The Director of Transport reported that 6,812 responses had been received and that 71% of respondents supported franchising. The Mayor will decide whether to make the franchising scheme. Members asked about the cost to the Combined Authority; the Director of Finance said the transition costs were estimated at £38m over four years.
=Decision:
(a) That the outcome of the consultation on the proposed bus franchising scheme be noted.
(b) That the Committee recommend to the Mayor that the bus franchising scheme be made, with the first franchises starting in the Harrowfield and Calderbridge area in September 2027.
=Decision reference: CA/2025/041
=Key decision: Yes. Call-in period ends at 5.00 pm on 13 November 2025.

=5.  LOCAL TRANSPORT PLAN 2026-2041: CONSULTATION DRAFT
The report recommended approval of the draft Plan for consultation from 3 November 2025. As that date had passed, the Chair proposed that the consultation begin on 17 November 2025, and members agreed.
=Decision:
(a) That the draft Local Transport Plan 2026-2041 be approved for public consultation from 17 November 2025 to 9 February 2026.
(b) That the Director of Transport, in consultation with the Chair, be authorised to make minor changes to the consultation material before it is published.
=Decision reference: CA/2025/042
=Key decision: No.
""", """
=Harrowfield Combined Authority – Transport Committee – 6 November 2025

=6.  COMMUNITY TRANSPORT GRANT SCHEME 2026/27
(Cllr Dale took no part in this item.) The Department for Transport had confirmed the Combined Authority's allocation of £1.2m for community transport in 2026/27.
=Decision:
That grants totalling £1.14m be awarded to the eleven community transport operators listed in Appendix A for 2026/27.
=Decision reference: CA/2025/043
=Key decision: No.

=7.  RAIL STATION ACCESSIBILITY PROGRAMME
Network Rail had not yet confirmed whether Oldwick station would be included in its national Access for All programme. Members agreed that the programme should not be settled until it had.
=Decision:
That consideration of the Rail Station Accessibility Programme be deferred to the meeting on 15 January 2026, pending confirmation from Network Rail.
=Decision reference: CA/2025/044
=Key decision: No.

=8.  TRANSPORT CAPITAL PROGRAMME 2025/26 – QUARTER 2
The Director of Finance reported forecast spending of £96.4m against a budget of £104.0m.
=Decision:
(a) That £4.6m be added to the capital programme for the Calderbridge Road bus priority scheme, funded from the City Region Sustainable Transport Settlement.
(b) That the Director of Finance report on the forecast underspend and its causes to the meeting on 15 January 2026.
=Decision reference: CA/2025/045
=Key decision: Yes. Call-in period ends at 5.00 pm on 13 November 2025.

=9.  EXCLUSION OF THE PRESS AND PUBLIC
=Decision:
That the press and public be excluded from the meeting for item 10 because it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (financial or business affairs).

=10.  KELHAM ROAD PARK AND RIDE: LAND ACQUISITION (EXEMPT – PARAGRAPH 3)
The report and the discussion of this item are exempt. The decision is published.
=Decision:
That the acquisition of land at Kelham Road, Ryeburn, for a park and ride site be approved, at a cost not exceeding the sum set out in the exempt report.
=Decision reference: CA/2025/046
=Key decision: Yes. Call-in period ends at 5.00 pm on 13 November 2025.

=11.  DATE OF NEXT MEETING
Thursday 15 January 2026 at 1.00 pm.

=The meeting closed at 2.45 pm.
"""],
}

DEC = "Decision:"
CA_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="2", title="MINUTES OF THE MEETING HELD ON 11 SEPTEMBER 2025",
         lead_in=DEC,
         text="That the minutes of the meeting held on 11 September 2025 be approved as a correct record",
         note="no decision reference is printed for the minutes; apologies, the declaration and the public question "
              "and answer are not labelled"),
    dict(page=1, kind="noted", outcome="noted", minute="4", title="BUS FRANCHISING: CONSULTATION OUTCOME",
         ref="CA/2025/041", lead_in=DEC,
         text="That the outcome of the consultation on the proposed bus franchising scheme be noted",
         note="part (a); the reference printed under the parts applies to each; 'The Mayor will decide …' is not a "
              "decision of the Committee"),
    dict(page=1, kind="recommendation", outcome="recommended", minute="4", title="BUS FRANCHISING: CONSULTATION OUTCOME",
         ref="CA/2025/041", lead_in=DEC, to="Mayor",
         text="That the Committee recommend to the Mayor that the bus franchising scheme be made, with the first "
              "franchises starting in the Harrowfield and Calderbridge area",
         note="part (b)"),
    dict(page=1, kind="approval", outcome="approved", minute="5", title="LOCAL TRANSPORT PLAN 2026-2041: CONSULTATION DRAFT",
         ref="CA/2025/042", lead_in=DEC,
         text="That the draft Local Transport Plan 2026-2041 be approved for public consultation from 17 November "
              "2025 to 9 February 2026",
         note="'The report recommended approval … from 3 November 2025' is the report's recommendation, amended"),
    dict(page=1, kind="delegation", outcome="agreed", minute="5", title="LOCAL TRANSPORT PLAN 2026-2041: CONSULTATION DRAFT",
         ref="CA/2025/042", lead_in=DEC,
         text="That the Director of Transport, in consultation with the Chair, be authorised to make minor changes to "
              "the consultation material"),
    dict(page=2, kind="approval", outcome="approved", minute="6", title="COMMUNITY TRANSPORT GRANT SCHEME 2026/27",
         ref="CA/2025/043", lead_in=DEC,
         text="That grants totalling £1.14m be awarded to the eleven community transport operators listed in "
              "Appendix A for 2026/27",
         note="the Department for Transport's allocation is another body's decision"),
    dict(page=2, kind="deferral", outcome="deferred", minute="7", title="RAIL STATION ACCESSIBILITY PROGRAMME",
         ref="CA/2025/044", lead_in=DEC,
         text="That consideration of the Rail Station Accessibility Programme be deferred to the meeting on 15 "
              "January 2026, pending confirmation from Network Rail"),
    dict(page=2, kind="approval", outcome="approved", minute="8", title="TRANSPORT CAPITAL PROGRAMME 2025/26 – QUARTER 2",
         ref="CA/2025/045", lead_in=DEC,
         text="That £4.6m be added to the capital programme for the Calderbridge Road bus priority scheme, funded "
              "from the City Region Sustainable Transport Settlement",
         note="part (a)"),
    dict(page=2, kind="action", outcome=None, minute="8", title="TRANSPORT CAPITAL PROGRAMME 2025/26 – QUARTER 2",
         ref="CA/2025/045", lead_in=DEC, owner="Director of Finance", deadline="2026-01-15",
         text="That the Director of Finance report on the forecast underspend and its causes to the meeting on 15 "
              "January 2026",
         note="part (b): an officer to report to a dated meeting, an action"),
    dict(page=2, kind="resolution", outcome="agreed", minute="9", title="EXCLUSION OF THE PRESS AND PUBLIC",
         lead_in=DEC,
         text="That the press and public be excluded from the meeting for item 10 because it involves the likely "
              "disclosure of exempt information",
         note="exclusion of the press and public, labelled as in ../layouts4/ and ../layouts8/"),
    dict(page=2, kind="approval", outcome="approved", minute="10",
         title="KELHAM ROAD PARK AND RIDE: LAND ACQUISITION (EXEMPT – PARAGRAPH 3)", ref="CA/2025/046", lead_in=DEC,
         text="That the acquisition of land at Kelham Road, Ryeburn, for a park and ride site be approved, at a cost "
              "not exceeding the sum set out in the exempt report",
         note="an exempt item (paragraph 3) whose decision is published"),
]

# ---------------------------------------------------------------------------------------
# 4. Scrutiny committee: two call-ins (not referred back; referred back with comments), recommendations to Cabinet
# ---------------------------------------------------------------------------------------
SC = {
    "file": "corbridge-overview-scrutiny-committee-minutes-2025-09-16.pdf",
    "layout": "City council Overview and Scrutiny Committee: two call-ins of Cabinet decisions, one with a motion to "
              "refer back lost on a show of hands and 'The Committee resolved not to refer the decision back to the "
              "Cabinet', the other 'referred the decision back to the Cabinet with the following comments: (a) … "
              "(b) …'; a review's recommendations to Cabinet in a numbered list; forward plan and work programme",
    "meeting_date": "2025-09-16",
    "body": "Corbridge City Council Overview and Scrutiny Committee",
    "footer": "Corbridge City Council – Overview and Scrutiny Committee – 16 September 2025                 Page {n} of {of}",
    "pages": ["""
=CORBRIDGE CITY COUNCIL
=OVERVIEW AND SCRUTINY COMMITTEE
=Minutes of the meeting held on Tuesday 16 September 2025 at 6.30 pm, Committee Room 1, Guildhall

=Present: Councillors Fox (Chair), Grey (Vice-Chair), Hirst, Innes, Joyce, Khan, Lamb, Moss, Nolan and Ord
=Also present: Councillor Pearce (Cabinet Member for Communities); Councillor Quinn (Cabinet Member for
=   Transport); Councillor Rowe (lead signatory to the call-ins)

=21.  APOLOGIES AND DECLARATIONS OF INTEREST
Apologies were received from Councillor Shaw. Councillor Moss declared that she holds a parking permit for the Eastgate district centre; she remained in the meeting.

=22.  MINUTES
The minutes of the meeting held on 19 August 2025 were confirmed as a correct record and signed by the Chair.

=23.  CALL-IN: FUTURE OF RIVERSIDE LIBRARY (CABINET DECISION CAB/2025/112)
The Cabinet had decided on 2 September 2025 to close Riverside Library from 1 January 2026 and to extend the mobile library service to the Riverside estate. The decision had been called in by Councillor Rowe and four other members on the grounds that the consultation had not been adequate and that alternatives had not been considered.
Councillor Rowe set out the reasons for the call-in. Councillor Pearce said that the library had 41 visits a day, fewer than any other library in the city, and that a community group had been offered the building. Members asked about the equality impact assessment; the Head of Libraries replied that it had been published with the Cabinet report.
Councillor Grey moved that the decision be referred back to the Cabinet for reconsideration, and Councillor Lamb seconded the motion. On a show of hands the motion was LOST (4 for, 6 against).
The Committee resolved not to refer the decision back to the Cabinet, and the decision may therefore be implemented.
The Committee asked the Cabinet Member for Communities to report to the Committee on 10 March 2026 on the use of the mobile library service on the Riverside estate.

=24.  CALL-IN: PARKING CHARGES IN DISTRICT CENTRES (CABINET DECISION CAB/2025/115)
The Cabinet had decided on 2 September 2025 to introduce charges of £1 an hour in the council car parks in the five district centres. The decision had been called in on the grounds that the traders had not been consulted. Councillor Quinn said that the charges would raise £310,000 a year. The Chair said that the Cabinet report did not show what the traders had been told.
Having considered the call-in, the Committee referred the decision back to the Cabinet with the following comments:
(a) that the Cabinet should consult the traders in each district centre before the charges are introduced; and
(b) that the Cabinet should consider a free first hour of parking in each district centre car park.
""", """
=Corbridge City Council – Overview and Scrutiny Committee – 16 September 2025

=25.  REVIEW OF HOME ADAPTATIONS: FINAL REPORT
Councillor Innes, who had chaired the review, presented its final report. The average time from referral to the completion of an adaptation was 41 weeks. The report had been amended at the review group's last meeting to drop a recommendation on charging for minor adaptations.
RESOLVED that the final report be approved and that the following recommendations be made to the Cabinet:
1. That the Cabinet set a target for the completion of major adaptations within 26 weeks of referral by March 2027.
2. That the Cabinet establish a single home adaptations team combining the occupational therapists and the housing grants staff.
3. That the Cabinet ask the Director of Housing to publish quarterly figures on waiting times for adaptations from April 2026.

=26.  CABINET FORWARD PLAN
RESOLVED that the Cabinet Forward Plan for the period October 2025 to January 2026 be noted.

=27.  WORK PROGRAMME 2025/26
The Committee had previously agreed, in June 2025, to hold a review of temporary accommodation. The scoping document would come to the next meeting.
RESOLVED that the work programme for 2025/26 be approved, with the addition of an item on the Council's use of bed and breakfast accommodation in December 2025.

=28.  DATE OF NEXT MEETING
Tuesday 14 October 2025 at 6.30 pm.

=The meeting closed at 8.55 pm.
"""],
}

LIB = "CALL-IN: FUTURE OF RIVERSIDE LIBRARY (CABINET DECISION CAB/2025/112)"
PARK = "CALL-IN: PARKING CHARGES IN DISTRICT CENTRES (CABINET DECISION CAB/2025/115)"
HAR = "REVIEW OF HOME ADAPTATIONS: FINAL REPORT"
HAR_LEAD = "RESOLVED that the final report be approved and that the following recommendations be made to the Cabinet:"
SC_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="22", title="MINUTES",
         text="The minutes of the meeting held on 19 August 2025 were confirmed as a correct record and signed by "
              "the Chair"),
    dict(page=1, kind="motion", outcome="lost", minute="23", title=LIB, votes={"for": 4, "against": 6, "abstain": 0},
         proposer="Councillor Grey", seconder="Councillor Lamb",
         text="Councillor Grey moved that the decision be referred back to the Cabinet for reconsideration, and "
              "Councillor Lamb seconded the motion",
         note="'On a show of hands the motion was LOST (4 for, 6 against)': all ten members present voted, so "
              "abstain 0; the Cabinet's decision of 2 September and the grounds of the call-in are not labelled"),
    dict(page=1, kind="call_in", outcome="no further action", minute="23", title=LIB,
         text="The Committee resolved not to refer the decision back to the Cabinet, and the decision may therefore "
              "be implemented"),
    dict(page=1, kind="action", outcome=None, minute="23", title=LIB, owner="Cabinet Member for Communities",
         deadline="2026-03-10",
         text="The Committee asked the Cabinet Member for Communities to report to the Committee on 10 March 2026 on "
              "the use of the mobile library service"),
    dict(page=1, kind="call_in", outcome="referred back", minute="24", title=PARK, to="Cabinet",
         text="Having considered the call-in, the Committee referred the decision back to the Cabinet with the "
              "following comments",
         note="the comments (a) and (b) are the terms of the referral, not separate decisions"),
    dict(page=2, kind="approval", outcome="approved", minute="25", title=HAR,
         text="RESOLVED that the final report be approved and that the following recommendations be made to the "
              "Cabinet",
         note="approval of the review's report; the recommendations are labelled one by one"),
] + [
    dict(page=2, kind="recommendation", outcome="recommended", minute="25", item=str(i), title=HAR, to="Cabinet",
         lead_in=HAR_LEAD, text=text)
    for i, text in enumerate([
        "That the Cabinet set a target for the completion of major adaptations within 26 weeks of referral by "
        "March 2027",
        "That the Cabinet establish a single home adaptations team combining the occupational therapists and the "
        "housing grants staff",
        "That the Cabinet ask the Director of Housing to publish quarterly figures on waiting times for adaptations "
        "from April 2026",
    ], 1)
] + [
    dict(page=2, kind="noted", outcome="noted", minute="26", title="CABINET FORWARD PLAN",
         text="RESOLVED that the Cabinet Forward Plan for the period October 2025 to January 2026 be noted"),
    dict(page=2, kind="approval", outcome="approved", minute="27", title="WORK PROGRAMME 2025/26",
         text="RESOLVED that the work programme for 2025/26 be approved, with the addition of an item on the "
              "Council's use of bed and breakfast accommodation",
         note="'The Committee had previously agreed, in June 2025, …' is an earlier decision"),
]

# ---------------------------------------------------------------------------------------
# 5. Police and crime panel: "Agreed:" and "Actions:" paragraphs, a withdrawn item, "for information"
# ---------------------------------------------------------------------------------------
PCP = {
    "file": "kestrel-valley-police-crime-panel-minutes-2025-12-04.pdf",
    "layout": "Police and crime panel: 'Agreed:' paragraphs (one sentence or numbered parts) and 'Actions:' "
              "paragraphs of bulleted actions with owners and dates, a delegation to the Panel's lead officer 'in "
              "consultation with the Chair', an item withdrawn before the meeting, a report noted 'for information'",
    "meeting_date": "2025-12-04",
    "body": "Kestrel Valley Police and Crime Panel",
    "footer": "Kestrel Valley Police and Crime Panel – 4 December 2025                                        Page {n} of {of}",
    "pages": ["""
=KESTREL VALLEY POLICE AND CRIME PANEL
=Minutes of the meeting held on Thursday 4 December 2025 at 10.30 am, Council Chamber, Kestrel House, Lynford

=Members: Cllr Joan Petty (Chair, Lynford BC); Cllr Ravi Sandhu (Vice-Chair, Aldermoor DC); Cllr Bill Tate
=   (Kestrel County Council); Cllr Ann Usher (Ashcombe BC); Cllr Neil Vance (Dunmore DC); Cllr Sally Wren
=   (Kestrel County Council); Mr Peter Yates and Mrs Lorna Zeal (independent co-opted members)
=Also present: Mrs Diane Holt (Police and Crime Commissioner, PCC); Mr Gavin Shaw (Chief Executive, OPCC);
=   Mr Colin Reeve (Panel Lead Officer); Ms Amy Noon (Panel Support Officer)

=1.  APOLOGIES AND SUBSTITUTES
Apologies were received from Cllr Eric Wade (Ashcombe BC).

=2.  DECLARATIONS OF INTEREST
None.

=3.  MINUTES OF THE MEETING HELD ON 25 SEPTEMBER 2025
Agreed: That the minutes of the meeting held on 25 September 2025 be confirmed as a correct record.

=4.  PUBLIC QUESTIONS
Mrs Freda Lang asked what the Commissioner was doing about rural crime in the Dunmore area. The Commissioner replied that a second rural crime team would start in January 2026.

=5.  POLICE AND CRIME PLAN: ANNUAL REPORT 2024/25
The Commissioner presented her annual report. The Panel had previously agreed, in June 2025, to look in particular at the 101 non-emergency service. The Commissioner said that the average time to answer a 101 call had fallen from 14 minutes to 9 minutes, and that the Home Office had approved the Force's bid for £640,000 for its contact centre. Members asked about the number of police officers in neighbourhood teams; Mr Shaw replied that the figures would be sent to members.
Agreed:
1. That the Panel's report on the annual report, containing the comments made by members at the meeting, be sent to the Commissioner.
2. That the Panel recommend to the Commissioner that future annual reports include the 101 call answering times for each month of the year.
Actions:
• Panel Support Officer to send the Panel's report on the annual report to the Commissioner by 18 December 2025.
• Chief Executive, OPCC, to send members the numbers of officers in each neighbourhood team by 9 January 2026.

=6.  PROPOSED APPOINTMENT OF AN ASSISTANT POLICE AND CRIME COMMISSIONER
This item was withdrawn from the agenda at the request of the Commissioner, because the preferred candidate had withdrawn from the process. A confirmation hearing will be arranged if a new appointment is proposed.

=7.  COMPLAINTS AGAINST THE COMMISSIONER
The report is presented for information. Two complaints had been received in the quarter; neither had been referred to the Independent Office for Police Conduct.
Agreed: That the report on complaints against the Commissioner for the quarter to 30 September 2025 be noted for information.
""", """
=Kestrel Valley Police and Crime Panel – 4 December 2025

=8.  PANEL BUDGET AND HOME OFFICE GRANT
Mr Reeve reported that the Home Office had confirmed a grant of £74,200 for the Panel's costs in 2025/26, of which £61,800 was forecast to be spent.
Agreed:
1. That the Panel's budget for 2026/27 of £72,500, set out in Appendix 1, be approved.
2. That authority be delegated to the Panel Lead Officer, in consultation with the Chair, to submit the Panel's grant claim for 2025/26 to the Home Office.

=9.  REVIEW OF PANEL ARRANGEMENTS
The Panel considered the revised Panel Arrangements and Rules of Procedure. A member asked whether the number of co-opted members could be increased to three; the Panel Lead Officer said this needed the agreement of the Secretary of State.
Agreed: That the revised Panel Arrangements and Rules of Procedure be recommended to the constituent councils for adoption.
Actions:
• Panel Lead Officer to write to the Home Office about a third co-opted member by 31 January 2026.

=10.  WORK PROGRAMME
Agreed: That the work programme be approved, with the addition of an item on the Force's use of stop and search at the meeting in June 2026.
Actions:
• Chair and Vice-Chair to meet the Commissioner to agree the scope of the stop and search item by 28 February 2026.

=11.  DATE OF NEXT MEETING
Thursday 5 February 2026 at 10.30 am, when the Panel will review the Commissioner's proposed precept for 2026/27.

=The meeting closed at 12.40 pm.
"""],
}

AGR = "Agreed:"
ACT = "Actions:"
AR = "POLICE AND CRIME PLAN: ANNUAL REPORT 2024/25"
BUD = "PANEL BUDGET AND HOME OFFICE GRANT"
ARR = "REVIEW OF PANEL ARRANGEMENTS"
PCP_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="3", title="MINUTES OF THE MEETING HELD ON 25 SEPTEMBER 2025",
         lead_in=AGR, text="That the minutes of the meeting held on 25 September 2025 be confirmed as a correct record",
         note="'Agreed:' at the start of the paragraph; the text follows it"),
    dict(page=1, kind="agreement", outcome="agreed", minute="5", item="1", title=AR, lead_in=AGR,
         text="That the Panel's report on the annual report, containing the comments made by members at the meeting, "
              "be sent to the Commissioner",
         note="'The Panel had previously agreed, in June 2025, …' is an earlier decision and the Home Office's "
              "approval of the bid another body's; the public question and answer are not labelled"),
    dict(page=1, kind="recommendation", outcome="recommended", minute="5", item="2", title=AR, lead_in=AGR,
         to="Commissioner",
         text="That the Panel recommend to the Commissioner that future annual reports include the 101 call "
              "answering times for each month of the year"),
    dict(page=1, kind="action", outcome=None, minute="5", title=AR, lead_in=ACT, owner="Panel Support Officer",
         deadline="2025-12-18",
         text="Panel Support Officer to send the Panel's report on the annual report to the Commissioner by 18 "
              "December 2025"),
    dict(page=1, kind="action", outcome=None, minute="5", title=AR, lead_in=ACT, owner="Chief Executive, OPCC",
         deadline="2026-01-09",
         text="Chief Executive, OPCC, to send members the numbers of officers in each neighbourhood team by 9 "
              "January 2026",
         note="Mr Shaw's reply that 'the figures would be sent to members' is recorded as this action"),
    dict(page=1, kind="withdrawal", outcome="withdrawn", minute="6",
         title="PROPOSED APPOINTMENT OF AN ASSISTANT POLICE AND CRIME COMMISSIONER",
         text="This item was withdrawn from the agenda at the request of the Commissioner, because the preferred "
              "candidate had withdrawn from the process",
         note="an item withdrawn before the meeting, labelled as the withdrawn items of earlier sets are; the "
              "possible future confirmation hearing is not a decision"),
    dict(page=1, kind="noted", outcome="noted", minute="7", title="COMPLAINTS AGAINST THE COMMISSIONER", lead_in=AGR,
         text="That the report on complaints against the Commissioner for the quarter to 30 September 2025 be noted "
              "for information",
         note="'The report is presented for information' describes the report; the Agreed line is the decision"),
    dict(page=2, kind="approval", outcome="approved", minute="8", item="1", title=BUD, lead_in=AGR,
         text="That the Panel's budget for 2026/27 of £72,500, set out in Appendix 1, be approved",
         note="'the Home Office had confirmed a grant of £74,200' is another body's decision"),
    dict(page=2, kind="delegation", outcome="agreed", minute="8", item="2", title=BUD, lead_in=AGR,
         text="That authority be delegated to the Panel Lead Officer, in consultation with the Chair, to submit the "
              "Panel's grant claim"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="9", title=ARR, lead_in=AGR,
         to="constituent councils",
         text="That the revised Panel Arrangements and Rules of Procedure be recommended to the constituent councils "
              "for adoption",
         note="the need for the Secretary of State's agreement is an answer to a question, not a decision"),
    dict(page=2, kind="action", outcome=None, minute="9", title=ARR, lead_in=ACT, owner="Panel Lead Officer",
         deadline="2026-01-31",
         text="Panel Lead Officer to write to the Home Office about a third co-opted member by 31 January 2026"),
    dict(page=2, kind="approval", outcome="approved", minute="10", title="WORK PROGRAMME", lead_in=AGR,
         text="That the work programme be approved, with the addition of an item on the Force's use of stop and "
              "search at the meeting in June 2026"),
    dict(page=2, kind="action", outcome=None, minute="10", title="WORK PROGRAMME", lead_in=ACT,
         owner="Chair and Vice-Chair", deadline="2026-02-28",
         text="Chair and Vice-Chair to meet the Commissioner to agree the scope of the stop and search item by 28 "
              "February 2026",
         note="the next meeting's precept review is not a decision of this meeting"),
]


DOCS = [(ICB, ICB_LABELS), (PLN, PLN_LABELS), (CA, CA_LABELS), (SC, SC_LABELS), (PCP, PCP_LABELS)]

if __name__ == "__main__":
    build_set(__file__, DOCS, "lc", actions_have_no_outcome=True)
