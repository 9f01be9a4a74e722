"""Write the five layouts11 documents (PDFs with a real text layer) and their decision labels.

    .venv/bin/python evals/layouts11/make.py

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py (``build_set``):
in a page's source every line is one paragraph, wrapped at 92 characters; a line starting with "=" is printed as
it stands; the footer is added as each page's last line. The one table uses ``table`` (layouts9's: a long word
is never broken). All bodies, people and figures are fictional. Written blind (see README.md).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the repository root holds evals
from evals.layouts.make import build_set  # noqa: E402
from evals.layouts.make import table as _table  # noqa: E402


def table(rows: list[tuple], widths: tuple[int, ...]) -> str:
    """A table whose long words (references) are never broken."""
    return _table(rows, widths, break_long_words=False)


# ---------------------------------------------------------------------------------------
# 1. Welsh county council Cabinet: bilingual headings, "RESOLVED – That: (i) … (ii) … (iii) …"
# ---------------------------------------------------------------------------------------
WAL = {
    "file": "glanyrafon-cabinet-cofnodion-minutes-2025-12-08.pdf",
    "layout": "Welsh county council Cabinet minutes with bilingual headings (a Welsh line, then the English line), "
              "'RESOLVED – That:' followed by (i) … (ii) … (iii) … parts, bilingual 'Reason for decision' lines, "
              "a bilingual call-in note",
    "meeting_date": "2025-12-08",
    "body": "Glanyrafon County Council Cabinet",
    "footer": "Cyngor Sir Glanyrafon / Glanyrafon County Council – Cabinet – 8 December 2025              Page {n} of {of}",
    "pages": ["""
=CYNGOR SIR GLANYRAFON
=GLANYRAFON COUNTY COUNCIL
=COFNODION CYFARFOD Y CABINET
=MINUTES OF THE MEETING OF THE CABINET
=Dydd Llun, 8 Rhagfyr 2025 am 10.00 / Monday, 8 December 2025 at 10.00 am
=Siambr y Cyngor, Neuadd y Sir, Glanyrafon / Council Chamber, County Hall, Glanyrafon

=Yn bresennol / Present: Councillor Eleri Prys (Leader, Chair); Councillors Gareth Morgan (Deputy Leader;
=   Finance), Sioned Llywelyn (Education and the Welsh Language), Huw Bevan (Environment), Catrin Roberts
=   (Housing and Planning), Dafydd Jenkins (Highways and Transport)
=Hefyd yn bresennol / Also present: Councillor Alun Pugh (Chair of the Corporate Scrutiny Committee)

=1.  YMDDIHEURIADAU AM ABSENOLDEB
=    APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor Rhian Howells (Social Services).

=2.  DATGANIADAU O FUDDIANT
=    DECLARATIONS OF INTEREST
Councillor Dafydd Jenkins declared a personal and prejudicial interest in item 7 as his daughter drives a contract school bus. He left the meeting for that item.

=3.  COFNODION
=    MINUTES
RESOLVED – That the minutes of the meeting of the Cabinet held on 10 November 2025 be signed as a correct record.

=4.  CYNLLUN STRATEGOL CYMRAEG MEWN ADDYSG – ADOLYGIAD BLYNYDDOL
=    WELSH IN EDUCATION STRATEGIC PLAN – ANNUAL REVIEW
Councillor Llywelyn presented the annual review. The plan had been approved by the Welsh Government in 2022, and the number of Year 1 pupils taught through the medium of Welsh had risen from 31% to 36%. Councillor Pugh asked whether there were enough Welsh-speaking teaching assistants; the Director of Education replied that 14 vacancies had been filled since September and that a training scheme with Coleg Glanyrafon would start in January.
RESOLVED – That:
(i) the annual review of the Welsh in Education Strategic Plan 2022-2032 for 2024/25 be noted;
(ii) the proposal to establish a Welsh-medium late immersion centre at Ysgol Bro Teifi from September 2026 be approved for statutory consultation; and
(iii) authority be delegated to the Director of Education, in consultation with the Cabinet Member for Education and the Welsh Language, to publish the consultation document and to set the consultation dates.
=Rheswm dros y penderfyniad / Reason for decision:
To meet the Council's duties under the School Standards and Organisation (Wales) Act 2013 and to increase the number of pupils able to move into Welsh-medium education after the Foundation Phase.

=5.  FFIOEDD A THALIADAU 2026/27
=    FEES AND CHARGES 2026/27
Councillor Morgan introduced the report. The Cabinet had previously agreed, on 14 July 2025, that fees and charges should rise by at least the rate of inflation unless there was a policy reason not to. Members asked about the effect of the garden waste charge on take-up; the Head of Waste Services replied that a review of waste services would report in March 2026.
""", """
RESOLVED – That:
(i) the fees and charges for 2026/27 set out in Appendix A to the report be approved, to take effect from 1 April 2026;
(ii) a decision on the proposed increase in the annual charge for the collection of garden waste be deferred until the review of waste services has reported; and
(iii) it be recommended to Council that the revised Corporate Charging Policy at Appendix C be adopted.
=Rheswm dros y penderfyniad / Reason for decision:
To set the Council's fees and charges before the start of the financial year and to support the budget for 2026/27.

=6.  MONITRO'R RHAGLEN GYFALAF 2025/26 – CHWARTER 2
=    CAPITAL PROGRAMME MONITORING 2025/26 – QUARTER 2
Councillor Morgan reported that the Welsh Government had confirmed an additional £2.4m of general capital grant for 2025/26 and that £6.1m of the programme would slip into 2026/27, mainly on the Ysgol Maes y Dref scheme.
RESOLVED – That the report be noted, together with the slippage of £6.1m into 2026/27 set out in Appendix 2.

=7.  POLISI CLUDIANT O'R CARTREF I'R YSGOL
=    HOME TO SCHOOL TRANSPORT POLICY
(Councillor Jenkins left the meeting for this item.) The Head of Integrated Transport outlined the proposed changes to the policy on transport for post-16 learners. The Leader said that the Equality Impact Assessment had not yet been completed and that the Cabinet could not take a decision without it.
RESOLVED – That consideration of the revised Home to School Transport Policy be deferred to the meeting on 12 January 2026 so that the Equality Impact Assessment can be completed.

=8.  CYNLLUN DATBLYGU LLEOL AMNEWID – CYTUNDEB CYFLENWI
=    REPLACEMENT LOCAL DEVELOPMENT PLAN – DELIVERY AGREEMENT
(Councillor Jenkins returned to the meeting.) Councillor Roberts introduced the revised Delivery Agreement, which moved the deposit stage of the plan to autumn 2026. Members asked about the number of candidate sites submitted; the Head of Planning replied that 412 sites had been submitted, 96 more than in 2021.
RESOLVED – That:
(i) the revised Delivery Agreement for the Replacement Local Development Plan at Appendix 1 be approved for submission to the Welsh Government; and
(ii) the Head of Planning report on the assessment of the candidate sites to the Cabinet by 30 June 2026.
=Rheswm dros y penderfyniad / Reason for decision:
The Welsh Government must agree any change to the timetable in the Delivery Agreement.

=GALW I MEWN / CALL-IN
The decisions in minutes 4, 5 and 8 will come into force at 5.00 pm on Monday 15 December 2025 unless called in by the Corporate Scrutiny Committee. Minute 5 (iii) is a recommendation to Council and is not subject to call-in.

=Daeth y cyfarfod i ben am 11.50 / The meeting ended at 11.50 am.

=Cadeirydd / Chair .........................................
"""],
}

WAL_RES = "RESOLVED – That:"
WESP = "WELSH IN EDUCATION STRATEGIC PLAN – ANNUAL REVIEW"
FEES = "FEES AND CHARGES 2026/27"
LDP = "REPLACEMENT LOCAL DEVELOPMENT PLAN – DELIVERY AGREEMENT"
WAL_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="3", title="MINUTES",
         text="RESOLVED – That the minutes of the meeting of the Cabinet held on 10 November 2025 be signed as a "
              "correct record",
         note="the heading is printed in Welsh ('COFNODION') and then in English; the English line is the title"),
    dict(page=1, kind="noted", outcome="noted", minute="4", title=WESP, lead_in=WAL_RES,
         text="the annual review of the Welsh in Education Strategic Plan 2022-2032 for 2024/25 be noted",
         note="part (i); 'The plan had been approved by the Welsh Government in 2022' is another body's earlier "
              "decision, and Councillor Pugh's question and the Director's reply are not decisions"),
    dict(page=1, kind="approval", outcome="approved", minute="4", title=WESP, lead_in=WAL_RES,
         text="the proposal to establish a Welsh-medium late immersion centre at Ysgol Bro Teifi from September 2026 "
              "be approved for statutory consultation",
         note="part (ii): approval to consult, an approval"),
    dict(page=1, kind="delegation", outcome="agreed", minute="4", title=WESP, lead_in=WAL_RES,
         text="authority be delegated to the Director of Education, in consultation with the Cabinet Member for "
              "Education and the Welsh Language, to publish the consultation document",
         note="part (iii); the bilingual 'Rheswm dros y penderfyniad / Reason for decision' paragraph is not a decision"),
    dict(page=2, kind="approval", outcome="approved", minute="5", title=FEES, lead_in=WAL_RES,
         text="the fees and charges for 2026/27 set out in Appendix A to the report be approved, to take effect from "
              "1 April 2026",
         note="part (i), on page 2: the item's heading and debate are at the foot of page 1, its resolution at the "
              "top of page 2; 'The Cabinet had previously agreed, on 14 July 2025, …' is an earlier decision"),
    dict(page=2, kind="deferral", outcome="deferred", minute="5", title=FEES, lead_in=WAL_RES,
         text="a decision on the proposed increase in the annual charge for the collection of garden waste be "
              "deferred until the review of waste services has reported"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="5", title=FEES, lead_in=WAL_RES,
         to="Council",
         text="it be recommended to Council that the revised Corporate Charging Policy at Appendix C be adopted"),
    dict(page=2, kind="noted", outcome="noted", minute="6", title="CAPITAL PROGRAMME MONITORING 2025/26 – QUARTER 2",
         text="RESOLVED – That the report be noted, together with the slippage of £6.1m into 2026/27 set out in "
              "Appendix 2",
         note="'the Welsh Government had confirmed an additional £2.4m of general capital grant' is not a decision "
              "of the Cabinet"),
    dict(page=2, kind="deferral", outcome="deferred", minute="7", title="HOME TO SCHOOL TRANSPORT POLICY",
         text="RESOLVED – That consideration of the revised Home to School Transport Policy be deferred to the "
              "meeting on 12 January 2026",
         note="Councillor Jenkins's declared interest and his leaving and returning are not labelled"),
    dict(page=2, kind="approval", outcome="approved", minute="8", title=LDP, lead_in=WAL_RES,
         text="the revised Delivery Agreement for the Replacement Local Development Plan at Appendix 1 be approved "
              "for submission to the Welsh Government"),
    dict(page=2, kind="action", outcome=None, minute="8", title=LDP, lead_in=WAL_RES, owner="Head of Planning",
         deadline="2026-06-30",
         text="the Head of Planning report on the assessment of the candidate sites to the Cabinet by 30 June 2026",
         note="part (ii): an officer to report by a date, an action; the call-in note that closes the minutes is "
              "not a decision"),
]

# ---------------------------------------------------------------------------------------
# 2. Health and Wellbeing Board: "The Board:" then a past-tense lettered list "a) noted …; b) endorsed …"
# ---------------------------------------------------------------------------------------
HWB = {
    "file": "marlbridge-health-wellbeing-board-minutes-2025-07-10.pdf",
    "layout": "Metropolitan borough Health and Wellbeing Board: numbered minutes whose outcomes are printed as "
              "'The Board:' followed by a past-tense lettered list ('a) noted …; b) endorsed …; c) agreed that …', "
              "'deferred', 'asked the Director … to …', 'referred …', 'recommended to the Cabinet …')",
    "meeting_date": "2025-07-10",
    "body": "Marlbridge Health and Wellbeing Board",
    "footer": "Marlbridge Health and Wellbeing Board – 10 July 2025                                           Page {n} of {of}",
    "pages": ["""
=MARLBRIDGE METROPOLITAN BOROUGH COUNCIL
=HEALTH AND WELLBEING BOARD
=Minutes of the meeting held on Thursday 10 July 2025 at 2.00 pm, Room 3, Marlbridge Civic Centre

=Present:  Councillor Tessa Whitcombe (Chair; Cabinet Member for Adult Social Care and Health)
=          Dr Joseph Adeyemi (Vice-Chair; Place Clinical Lead, NHS North Calder ICB)
=          Councillor Liam Forde (Cabinet Member for Children and Families); Councillor Bina Patel
=          Angela Cross (Director of Adult Social Services); Dr Ruth Penhale (Director of Public Health)
=          Simon Yeo (Director of Children's Services); Helen Marsh (Chief Executive, Healthwatch Marlbridge)
=          Inspector Gary Lund (Calder Police); Fatima Noor (Marlbridge Voluntary Action)

=9.  APOLOGIES
Apologies were received from Mark Aldous (Place Director, NHS North Calder ICB), represented by Dr Adeyemi.

=10.  DECLARATIONS OF INTEREST
Dr Adeyemi declared an interest in item 13 as a partner at the Calder Bridge Medical Practice, which has a dispensing service named in the Pharmaceutical Needs Assessment. He took part in the discussion.

=11.  MINUTES OF THE PREVIOUS MEETING
The minutes of the meeting held on 13 March 2025 were agreed as a correct record.

=12.  BETTER CARE FUND 2025/26
Angela Cross presented the report. The Better Care Fund plan 2025/26 had been submitted to NHS England on 31 March 2025 under the delegated authority given by the Board in January, and NHS England had approved the plan on 2 June 2025. Members asked about the number of people delayed in hospital; Angela Cross replied that the average had fallen from 62 to 48 a day since April.
=The Board:
a) noted the update on the Better Care Fund 2024/25 year-end position and the underspend of £312,000;
b) endorsed the Better Care Fund plan 2025/26, as submitted to NHS England on 31 March 2025 under delegated authority; and
c) agreed that the Better Care Fund Partnership Group report to the Board each quarter on the use of the Discharge Fund.

=13.  PHARMACEUTICAL NEEDS ASSESSMENT 2025
Dr Penhale presented the draft Pharmaceutical Needs Assessment, which the Board must publish by 1 October 2025. The consultation had received 57 responses. Councillor Patel asked about the closure of the pharmacy in Low Calder; Dr Penhale replied that no gap in provision had been found because two pharmacies were within one mile.
=The Board:
a) approved the Pharmaceutical Needs Assessment 2025 for publication by 1 October 2025; and
b) delegated authority to the Director of Public Health, in consultation with the Chair, to make minor factual amendments to the assessment before it is published.
""", """
=14.  HEALTHY WEIGHT STRATEGY 2025-2030
Dr Penhale introduced the draft strategy. The report recommended that the Board endorse the strategy and its action plan. Simon Yeo said that the schools had not yet been consulted on the proposals for school meals, and Helen Marsh said that Healthwatch had received few responses from families with young children. Members felt that the strategy should not be endorsed until the schools had been consulted.
=The Board:
a) noted the draft Healthy Weight Strategy 2025-2030 and the findings of the public engagement;
b) deferred its endorsement of the strategy to its meeting on 9 October 2025, to allow consultation with schools; and
c) asked the Director of Public Health to circulate a summary of the responses from schools to Board members by 19 September 2025.

=15.  JOINT LOCAL HEALTH AND WELLBEING STRATEGY – ANNUAL REPORT 2024/25
Dr Adeyemi presented the annual report. The ICB Board had agreed in May to align its joint forward plan with the Strategy's three priorities. Inspector Lund described the work of the Marlbridge Serious Violence Partnership.
=The Board:
a) noted the annual report of the Joint Local Health and Wellbeing Strategy 2024/25 and the progress on its three priorities;
b) referred the section of the report on air quality and respiratory health to the Environment Scrutiny Committee for consideration; and
c) recommended to the Cabinet that the Strategy's three priorities be retained, unchanged, for 2026/27.

=16.  FORWARD PLAN
The Chair reminded members that the Board's development session on the Marlbridge Neighbourhood Health pilot would be held on 11 September 2025.

=17.  DATE OF NEXT MEETING
Thursday 9 October 2025 at 2.00 pm.

=The meeting closed at 3.55 pm.
"""],
}

BOARD = "The Board:"
BCF = "BETTER CARE FUND 2025/26"
PNA = "PHARMACEUTICAL NEEDS ASSESSMENT 2025"
HWS = "HEALTHY WEIGHT STRATEGY 2025-2030"
JLHWS = "JOINT LOCAL HEALTH AND WELLBEING STRATEGY – ANNUAL REPORT 2024/25"
HWB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="11", title="MINUTES OF THE PREVIOUS MEETING",
         text="The minutes of the meeting held on 13 March 2025 were agreed as a correct record",
         note="the apologies and Dr Adeyemi's declaration of interest (items 9 and 10) are not labelled"),
    dict(page=1, kind="noted", outcome="noted", minute="12", title=BCF, lead_in=BOARD,
         text="noted the update on the Better Care Fund 2024/25 year-end position and the underspend of £312,000",
         note="part a); the plan's submission to NHS England under delegated authority and NHS England's approval "
              "of 2 June 2025 are told as background and are not labelled"),
    dict(page=1, kind="endorsement", outcome="endorsed", minute="12", title=BCF, lead_in=BOARD,
         text="endorsed the Better Care Fund plan 2025/26, as submitted to NHS England on 31 March 2025 under "
              "delegated authority"),
    dict(page=1, kind="agreement", outcome="agreed", minute="12", title=BCF, lead_in=BOARD,
         text="agreed that the Better Care Fund Partnership Group report to the Board each quarter on the use of the "
              "Discharge Fund",
         note="'agreed that' a group report each quarter, with no owner named as a person and no date: an agreement"),
    dict(page=1, kind="approval", outcome="approved", minute="13", title=PNA, lead_in=BOARD,
         text="approved the Pharmaceutical Needs Assessment 2025 for publication by 1 October 2025",
         note="Councillor Patel's question and Dr Penhale's reply are not labelled"),
    dict(page=1, kind="delegation", outcome="agreed", minute="13", title=PNA, lead_in=BOARD,
         text="delegated authority to the Director of Public Health, in consultation with the Chair, to make minor "
              "factual amendments to the assessment before it is published"),
    dict(page=2, kind="noted", outcome="noted", minute="14", title=HWS, lead_in=BOARD,
         text="noted the draft Healthy Weight Strategy 2025-2030 and the findings of the public engagement",
         note="'The report recommended that the Board endorse the strategy …' is the report's recommendation, not "
              "followed, and 'Members felt …' is debate"),
    dict(page=2, kind="deferral", outcome="deferred", minute="14", title=HWS, lead_in=BOARD,
         text="deferred its endorsement of the strategy to its meeting on 9 October 2025, to allow consultation with "
              "schools"),
    dict(page=2, kind="action", outcome=None, minute="14", title=HWS, lead_in=BOARD,
         owner="Director of Public Health", deadline="2025-09-19",
         text="asked the Director of Public Health to circulate a summary of the responses from schools to Board "
              "members by 19 September 2025"),
    dict(page=2, kind="noted", outcome="noted", minute="15", title=JLHWS, lead_in=BOARD,
         text="noted the annual report of the Joint Local Health and Wellbeing Strategy 2024/25 and the progress on "
              "its three priorities",
         note="'The ICB Board had agreed in May to align its joint forward plan …' is another body's decision"),
    dict(page=2, kind="referral", outcome="referred", minute="15", title=JLHWS, lead_in=BOARD,
         to="Environment Scrutiny Committee",
         text="referred the section of the report on air quality and respiratory health to the Environment Scrutiny "
              "Committee for consideration"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="15", title=JLHWS, lead_in=BOARD,
         to="Cabinet",
         text="recommended to the Cabinet that the Strategy's three priorities be retained, unchanged, for 2026/27",
         note="the forward plan reminder and the date of the next meeting are not decisions"),
]

# ---------------------------------------------------------------------------------------
# 3. Fire and rescue authority: numbered paragraphs "41.6 Members RESOLVED to:", recorded votes by name
# ---------------------------------------------------------------------------------------
AMEND_FOR = ["Jarvis", "Kemp", "Lowther", "Marsh", "Nuttall"]
MAJORITY = ["Ashworth", "Bright", "Cole", "Dunn", "Ellis", "Fairbairn", "Gill", "Hussey", "Iqbal"]
MOTION_AGAINST = ["Jarvis", "Kemp", "Lowther", "Marsh"]


def names(who: list[str]) -> str:
    """'Cllrs A, B, C (3)' or 'Cllr A (1)' as a recorded vote prints them."""
    return f"Cllr{'s' if len(who) > 1 else ''} {', '.join(who)} ({len(who)})"


FRA = {
    "file": "northmoor-fire-rescue-authority-minutes-2025-12-12.pdf",
    "layout": "Fire and rescue authority: minutes 38-44 in numbered paragraphs ('41.1 …', '41.6 Members RESOLVED to: "
              "(a) … (b) … (c) …'), the report's recommendations quoted before an amendment and a motion, each with "
              "a recorded vote by name ('For: Cllrs … (5)', 'Against: Cllrs … (9)')",
    "meeting_date": "2025-12-12",
    "body": "Northmoor Fire and Rescue Authority",
    "footer": "Northmoor Fire and Rescue Authority – 12 December 2025                                          Page {n} of {of}",
    "pages": [f"""
=NORTHMOOR FIRE AND RESCUE AUTHORITY
=Minutes of the meeting of the Authority held on Friday 12 December 2025 at 10.00 am
=Service Headquarters, Moorgate Road, Thornby

=Members present: Cllr Ruth Ashworth (Chair), Cllr Kevin Bright (Vice-Chair), Cllrs Amy Cole, Frank Dunn,
=   Susan Ellis, Neil Fairbairn, Paula Gill, Tom Hussey, Yasmin Iqbal, Colin Jarvis, Brenda Kemp,
=   Graham Lowther, Dennis Marsh, Joan Nuttall
=Officers: Chief Fire Officer (CFO); Deputy Chief Fire Officer (DCFO); Treasurer; Monitoring Officer; Clerk

=38  APOLOGIES FOR ABSENCE
38.1 Apologies were received from Cllr Owen Price.

=39  DECLARATIONS OF INTEREST
39.1 Cllr Marsh declared that his son is an on-call firefighter at Hallbrook fire station. Having taken the advice of the Monitoring Officer, he remained in the meeting and took part in minute 41.

=40  MINUTES
40.1 Members RESOLVED to approve the minutes of the meeting of the Authority held on 26 September 2025 as a correct record, and the Chair signed them.

=41  COMMUNITY RISK MANAGEMENT PLAN 2026-2030
41.1 The CFO presented the final Community Risk Management Plan following a twelve-week public consultation, which had received 1,946 responses. The main change from the current plan was the proposal to change the duty system at Hallbrook fire station from wholetime to day-crewed.
41.2 The report recommended that the Authority (a) approve the Community Risk Management Plan 2026-2030; and (b) approve the change of the duty system at Hallbrook fire station from 1 April 2026.
41.3 Members asked about response times in the Hallbrook area at night. The DCFO replied that the modelling showed the average time for the first appliance to arrive rising from 7 minutes 40 seconds to 9 minutes 10 seconds between 11 pm and 7 am, still within the Authority's standard of 10 minutes.
41.4 Cllr Jarvis moved, and Cllr Kemp seconded, an amendment that the decision on Hallbrook fire station be deferred until an independent review of night-time fire cover in the north of the county had been completed. At the request of five members a recorded vote was taken on the amendment:
=     For: {names(AMEND_FOR)}
=     Against: {names(MAJORITY)}
The amendment was lost.
41.5 Cllr Ashworth moved, and Cllr Bright seconded, the recommendations in the report. A recorded vote was taken: For: {names(MAJORITY)}; Against: {names(MOTION_AGAINST)}; Abstain: {names(["Nuttall"])}. The motion was carried.
41.6 Members RESOLVED to:
(a) approve the Community Risk Management Plan 2026-2030 for publication on 1 January 2026;
(b) approve the change of the duty system at Hallbrook fire station from wholetime to day-crewed from 1 April 2026; and
(c) instruct the Chief Fire Officer to report on response times in the Hallbrook area to the meeting of the Authority on 25 September 2026.
""", """
=42  MEDIUM TERM FINANCIAL PLAN 2026/27 TO 2029/30
42.1 The Treasurer presented the Medium Term Financial Plan. The Home Office had confirmed a pension grant of £1.9m for 2025/26 but had given no figure for later years, and the plan assumed a funding gap of £2.7m by 2029/30.
42.2 Cllr Lowther asked whether reserves would be used to meet the gap; the Treasurer replied that the general reserve of £4.2m was at the minimum level set by the Authority's reserves strategy.
42.3 Members RESOLVED to:
(a) note the Medium Term Financial Plan 2026/27 to 2029/30 and the assumptions set out in Appendix 1;
(b) agree that the public be consulted on a council tax precept increase of £5 for a Band D property in 2026/27; and
(c) delegate authority to the Treasurer, in consultation with the Chair, to respond on behalf of the Authority to the provisional local government finance settlement.

=43  HMICFRS INSPECTION REPORT
43.1 The CFO reported that His Majesty's Inspectorate of Constabulary and Fire & Rescue Services had published its inspection report on 4 November 2025, grading the Service "good" for preventing fires and "requires improvement" for the management of on-call availability.
43.2 Cllr Ellis asked when the improvement plan would be complete. The CFO replied that most actions would be complete by September 2026.
43.3 Members RESOLVED to note the HMICFRS inspection report of 4 November 2025 and the Service's improvement plan at Appendix A to the report.

=44  DATE OF NEXT MEETING
44.1 The next meeting of the Authority will be held on Friday 13 February 2026 at 10.00 am, when the budget and precept for 2026/27 will be set.

=The meeting closed at 12.20 pm.

=Chair ...........................................
"""],
}

CRMP = "COMMUNITY RISK MANAGEMENT PLAN 2026-2030"
MTFP = "MEDIUM TERM FINANCIAL PLAN 2026/27 TO 2029/30"
FRA_RES = "Members RESOLVED to:"
FRA_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="40", item="40.1", title="MINUTES",
         text="Members RESOLVED to approve the minutes of the meeting of the Authority held on 26 September 2025 as "
              "a correct record",
         note="the declaration of interest (39.1) and the apologies are not labelled"),
    dict(page=1, kind="amendment", outcome="lost", minute="41", item="41.4", title=CRMP,
         proposer="Cllr Jarvis", seconder="Cllr Kemp",
         votes={"for": len(AMEND_FOR), "against": len(MAJORITY), "abstain": 0},
         text="Cllr Jarvis moved, and Cllr Kemp seconded, an amendment that the decision on Hallbrook fire station "
              "be deferred until an independent review of night-time fire cover",
         note="an amendment put to the vote (a proposal to defer, but the label is the amendment); recorded vote "
              "For 5, Against 9 by name, no abstentions printed (all 14 members present voted); the report's "
              "recommendations quoted in 41.2 and the DCFO's reply in 41.3 are not labelled"),
    dict(page=1, kind="motion", outcome="carried", minute="41", item="41.5", title=CRMP,
         proposer="Cllr Ashworth", seconder="Cllr Bright",
         votes={"for": len(MAJORITY), "against": len(MOTION_AGAINST), "abstain": 1},
         text="Cllr Ashworth moved, and Cllr Bright seconded, the recommendations in the report",
         note="recorded vote For 9, Against 4, Abstain 1 by name; the resolution it produced (41.6) is labelled too"),
    dict(page=1, kind="approval", outcome="approved", minute="41", item="41.6", title=CRMP, lead_in=FRA_RES,
         text="approve the Community Risk Management Plan 2026-2030 for publication on 1 January 2026"),
    dict(page=1, kind="approval", outcome="approved", minute="41", item="41.6", title=CRMP, lead_in=FRA_RES,
         text="approve the change of the duty system at Hallbrook fire station from wholetime to day-crewed from 1 "
              "April 2026"),
    dict(page=1, kind="action", outcome=None, minute="41", item="41.6", title=CRMP, lead_in=FRA_RES,
         owner="Chief Fire Officer", deadline="2026-09-25",
         text="instruct the Chief Fire Officer to report on response times in the Hallbrook area to the meeting of "
              "the Authority on 25 September 2026",
         note="'instruct X to report … to the meeting on 25 September 2026': an action, the meeting date its deadline"),
    dict(page=2, kind="noted", outcome="noted", minute="42", item="42.3", title=MTFP, lead_in=FRA_RES,
         text="note the Medium Term Financial Plan 2026/27 to 2029/30 and the assumptions set out in Appendix 1",
         note="'The Home Office had confirmed a pension grant of £1.9m' is another body's decision; the question in "
              "42.2 is not labelled"),
    dict(page=2, kind="agreement", outcome="agreed", minute="42", item="42.3", title=MTFP, lead_in=FRA_RES,
         text="agree that the public be consulted on a council tax precept increase of £5 for a Band D property in "
              "2026/27"),
    dict(page=2, kind="delegation", outcome="agreed", minute="42", item="42.3", title=MTFP, lead_in=FRA_RES,
         text="delegate authority to the Treasurer, in consultation with the Chair, to respond on behalf of the "
              "Authority to the provisional local government finance settlement"),
    dict(page=2, kind="noted", outcome="noted", minute="43", item="43.3", title="HMICFRS INSPECTION REPORT",
         text="Members RESOLVED to note the HMICFRS inspection report of 4 November 2025 and the Service's "
              "improvement plan at Appendix A to the report",
         note="the Inspectorate's grades (43.1) are another body's judgement; the next meeting's date (44.1), "
              "when the budget 'will be set', is not a decision of this meeting"),
]

# ---------------------------------------------------------------------------------------
# 4. Parish council: "It was proposed by Cllr X, seconded by Cllr Y and RESOLVED to …", "Carried."
# ---------------------------------------------------------------------------------------
PAR = {
    "file": "little-wexley-parish-council-minutes-2025-11-03.pdf",
    "layout": "Parish council minutes 25/110 … 25/121: 'It was proposed by Cllr X, seconded by Cllr Y and RESOLVED "
              "to …', 'Members agreed unanimously to …', a precept motion and amendment with show-of-hands counts "
              "and 'Carried.' / 'Lost.' on their own lines, 'Clerk to …' actions, planning consultation responses",
    "meeting_date": "2025-11-03",
    "body": "Little Wexley Parish Council",
    "footer": "Little Wexley Parish Council – Minutes – 3 November 2025 – Chairman's initials ......      Page {n} of {of}",
    "pages": ["""
=LITTLE WEXLEY PARISH COUNCIL
=Minutes of the Meeting of the Parish Council held on Monday 3 November 2025 at 7.30 pm
=in the Village Hall, Church Lane, Little Wexley

=Present: Cllr Anne Reed (Chairman), Cllr Samuel Okoro (Vice-Chairman), Cllr Mary Whitlock, Cllr John Pike,
=         Cllr Helen Dyer, Cllr Robert Lane, Cllr Grace Fenn
=In attendance: Mrs Julia Cottrell (Clerk and RFO); District Cllr Tom Ashby; 6 members of the public

=25/110  APOLOGIES FOR ABSENCE
Apologies were received from Cllr Peter Hart (work commitments).

=25/111  DECLARATIONS OF INTEREST
Cllr Pike declared a non-pecuniary interest in item 25/116 as a member of Little Wexley Bowls Club.

=25/112  PUBLIC PARTICIPATION
A resident of Mill Lane spoke about speeding traffic near the school. Another resident asked about the state of the footpath to Great Wexley; the Chairman said that the County Council had been asked to inspect it.

=25/113  MINUTES OF THE PREVIOUS MEETING
It was proposed by Cllr Okoro, seconded by Cllr Whitlock and RESOLVED to approve the minutes of the meeting held on 6 October 2025 as a true record. The Chairman signed the minutes.

=25/114  REPORT OF THE DISTRICT COUNCILLOR
District Cllr Ashby reported that the District Council's Planning Committee had approved the application for 24 homes at Wexley Fields on 15 October, and that the District Council had agreed to keep free parking in village car parks for 2026.

=25/115  FINANCE
a) Payments. It was proposed by Cllr Fenn, seconded by Cllr Lane and RESOLVED to approve the payments listed in the schedule for October 2025, totalling £4,386.20.
b) Budget and precept 2026/27. The Clerk presented the draft budget, which showed expenditure of £41,200 including £3,000 towards the resurfacing of the play area.
Cllr Okoro proposed that the precept for 2026/27 be set at £38,500, an increase of 4.9% on 2025/26. Cllr Whitlock seconded the proposal.
Cllr Dyer proposed an amendment that the precept be set at £37,000 and the play area contribution be met from reserves. Cllr Lane seconded the amendment.
The amendment was put to the vote: 2 in favour, 5 against.
=Lost.
The proposal was put to the vote: 6 in favour, 1 against.
=Carried.
c) Insurance. Members agreed unanimously to renew the Council's insurance with Parish Mutual Insurance under a three-year long-term agreement at £1,212 a year.

=25/116  BOWLS CLUB LEASE
(Cllr Pike left the room.) The Clerk reported that the Bowls Club's lease of the green expired on 31 March 2026 and that the Club had asked for a ten-year lease so that it could apply for grants.
It was proposed by Cllr Okoro, seconded by Cllr Reed and RESOLVED to approve a new ten-year lease of the bowling green to Little Wexley Bowls Club at a peppercorn rent, subject to the Clerk obtaining legal advice on its terms.
(Cllr Pike returned.)
""", """
=25/117  PLANNING
a) 25/03311/HOUS – 4 Church View: two-storey rear extension. Members agreed unanimously to make no objection to the application.
b) 25/03402/FUL – Land at Brook Farm, Mill Lane: erection of nine dwellings. Members were concerned about the access onto Mill Lane and the loss of the hedgerow. It was proposed by Cllr Dyer, seconded by Cllr Fenn and RESOLVED to object to the application on the grounds of highway safety and the loss of the hedgerow along Mill Lane.
c) The Clerk reported that the District Council had refused application 25/02977/FUL (The Granary) under delegated powers.

=25/118  HIGHWAYS AND SPEEDING
Following the comments made in public participation, Members discussed speeding on Mill Lane. Clerk to write to the County Council's Highways team asking for a speed survey on Mill Lane by 30 November 2025.

=25/119  DEFIBRILLATOR
The Clerk had obtained one quote, of £1,650, for a second defibrillator at the recreation ground. It was proposed by Cllr Pike, seconded by Cllr Dyer and RESOLVED to defer a decision on the second defibrillator to the December meeting, when two further quotes will be available.

=25/120  CORRESPONDENCE
The Council received a letter from the Rural Community Council about its annual conference. No action was required.

=25/121  DATE OF NEXT MEETING
Monday 1 December 2025 at 7.30 pm in the Village Hall.

=The meeting closed at 9.10 pm.

=Signed ........................................ (Chairman)     Date ....................
"""],
}

PAR_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="25/113", title="MINUTES OF THE PREVIOUS MEETING",
         proposer="Cllr Okoro", seconder="Cllr Whitlock",
         text="It was proposed by Cllr Okoro, seconded by Cllr Whitlock and RESOLVED to approve the minutes of the "
              "meeting held on 6 October 2025 as a true record",
         note="public participation (25/112) and the Chairman's answer are not labelled"),
    dict(page=1, kind="approval", outcome="approved", minute="25/115", item="a)", title="FINANCE",
         proposer="Cllr Fenn", seconder="Cllr Lane",
         text="It was proposed by Cllr Fenn, seconded by Cllr Lane and RESOLVED to approve the payments listed in "
              "the schedule for October 2025",
         note="the District Council's decisions reported in 25/114 are another body's"),
    dict(page=1, kind="motion", outcome="carried", minute="25/115", item="b)", title="FINANCE",
         proposer="Cllr Okoro", seconder="Cllr Whitlock", votes={"for": 6, "against": 1, "abstain": 0},
         text="Cllr Okoro proposed that the precept for 2026/27 be set at £38,500, an increase of 4.9% on 2025/26",
         note="'The proposal was put to the vote: 6 in favour, 1 against.' then 'Carried.' on its own line; all 7 "
              "members present voted, so abstain 0"),
    dict(page=1, kind="amendment", outcome="lost", minute="25/115", item="b)", title="FINANCE",
         proposer="Cllr Dyer", seconder="Cllr Lane", votes={"for": 2, "against": 5, "abstain": 0},
         text="Cllr Dyer proposed an amendment that the precept be set at £37,000 and the play area contribution be "
              "met from reserves",
         note="'2 in favour, 5 against.' then 'Lost.'; the seconder is named in the next sentence"),
    dict(page=1, kind="agreement", outcome="agreed", minute="25/115", item="c)", title="FINANCE", unanimous=True,
         text="Members agreed unanimously to renew the Council's insurance with Parish Mutual Insurance under a "
              "three-year long-term agreement"),
    dict(page=1, kind="approval", outcome="approved", minute="25/116", title="BOWLS CLUB LEASE",
         proposer="Cllr Okoro", seconder="Cllr Reed",
         text="It was proposed by Cllr Okoro, seconded by Cllr Reed and RESOLVED to approve a new ten-year lease of "
              "the bowling green to Little Wexley Bowls Club",
         note="Cllr Pike's declaration and his leaving and returning are not labelled"),
    dict(page=2, kind="agreement", outcome="agreed", minute="25/117", item="a)", title="PLANNING", unanimous=True,
         text="Members agreed unanimously to make no objection to the application",
         note="a parish council's response to a planning consultation ('no objection'), agreed"),
    dict(page=2, kind="resolution", outcome="agreed", minute="25/117", item="b)", title="PLANNING",
         proposer="Cllr Dyer", seconder="Cllr Fenn",
         text="It was proposed by Cllr Dyer, seconded by Cllr Fenn and RESOLVED to object to the application on the "
              "grounds of highway safety",
         note="a resolution to object to an application (kind resolution, outcome agreed); 'Members were concerned' "
              "is debate, and the District Council's refusal in c) is another body's decision"),
    dict(page=2, kind="action", outcome=None, minute="25/118", title="HIGHWAYS AND SPEEDING", owner="Clerk",
         deadline="2025-11-30",
         text="Clerk to write to the County Council's Highways team asking for a speed survey on Mill Lane by 30 "
              "November 2025",
         note="'Members discussed speeding' is not a decision"),
    dict(page=2, kind="deferral", outcome="deferred", minute="25/119", title="DEFIBRILLATOR",
         proposer="Cllr Pike", seconder="Cllr Dyer",
         text="It was proposed by Cllr Pike, seconded by Cllr Dyer and RESOLVED to defer a decision on the second "
              "defibrillator to the December meeting",
         note="correspondence received with 'No action was required' and the date of the next meeting are not "
              "labelled"),
]

# ---------------------------------------------------------------------------------------
# 5. Scrutiny task and finish group: final meeting notes, "Recommendation 1: That Cabinet …", response table
# ---------------------------------------------------------------------------------------
TF_COLS = (4, 34, 17, 14, 15)
TF_ROWS = [
    ("No.", "Recommendation (summary)", "Cabinet Member", "Officer view", "Cabinet response"),
    ("1", "Empty Homes Strategy 2026-2030, 150 homes a year", "Housing", "Supported", "Due 9 December 2025"),
    ("2", "Empty homes loan scheme, £500,000", "Housing; Finance", "Partly supported", "Due 9 December 2025"),
    ("3", "Enforced sale and compulsory purchase", "Housing", "Supported", "Due 9 December 2025"),
    ("4", "Letter to the Minister on the premium", "Finance", "Supported", "Due 9 December 2025"),
    ("5", "Annual progress report to Cabinet", "Housing", "Supported", "Due 9 December 2025"),
]
RECS = [
    "That Cabinet adopt an Empty Homes Strategy for 2026-2030 with a target of bringing 150 long-term empty homes "
    "back into use each year.",
    "That Cabinet establish an empty homes loan scheme of up to £500,000, funded from the income from the council "
    "tax premium on empty homes, offering interest-free loans of up to £25,000 to owners who let the home through "
    "the Council's social lettings agency for at least five years.",
    "That Cabinet ask the Head of Housing Services to use enforced sale and compulsory purchase powers where the "
    "owner of a home empty for more than two years has not engaged with the Council.",
    "That Cabinet write to the Minister for Housing asking that councils be allowed to charge the council tax "
    "premium on homes that have been empty for six months rather than one year.",
    "That Cabinet receive an annual report on progress against the Empty Homes Strategy, the first in December "
    "2026.",
]
REC_ENDS = ("each year", "on empty homes", "more than two years", "six months", "December 2026")  # label text ends
TF = {
    "file": "eastholme-empty-homes-task-finish-group-notes-2025-10-14.pdf",
    "layout": "Scrutiny task and finish group, notes of its final meeting: evidence and questions, 'AGREED that the "
              "final report be approved … with the following recommendations:' then 'Recommendation 1: That Cabinet "
              "…' … 'Recommendation 5', a summary table with 'Officer view' and 'Cabinet response' columns, an "
              "'Action:' line",
    "meeting_date": "2025-10-14",
    "body": "Eastholme Borough Council Empty Homes Task and Finish Group",
    "footer": "Eastholme Borough Council – Empty Homes Task and Finish Group – 14 October 2025              Page {n} of {of}",
    "pages": ["""
=EASTHOLME BOROUGH COUNCIL
=OVERVIEW AND SCRUTINY MANAGEMENT BOARD – EMPTY HOMES TASK AND FINISH GROUP
=Notes of the sixth (final) meeting, held on Tuesday 14 October 2025 at 5.30 pm, Committee Room 2, Town Hall

=Members: Cllr Nadia Shah (Chair), Cllr Peter Lomax (Vice-Chair), Cllr Bev Carter, Cllr Imran Hafiz
=Officers: Head of Housing Services; Empty Homes Officer; Revenues Manager; Karen Mills, Scrutiny Officer (KM)

=1.  APOLOGIES
Apologies were received from Cllr Julie Penn.

=2.  NOTES OF THE LAST MEETING
The notes of the meeting held on 16 September 2025 were agreed as an accurate record.

=3.  FURTHER EVIDENCE FROM OFFICERS
The Revenues Manager reported that 1,087 homes in the borough had been empty for more than six months, of which 412 had been empty for more than two years. The Cabinet had previously agreed, in February 2024, to charge the maximum council tax premium on homes empty for more than one year, as the Government had allowed from April 2024. Cllr Carter asked how many homes had been empty for more than ten years; the Revenues Manager replied that there were 41, and that 9 of the owners could not be traced. Cllr Hafiz asked about the cost of compulsory purchase; the Head of Housing Services replied that each case cost about £15,000 in legal fees, most of which could be recovered on sale.

=4.  FINAL REPORT AND RECOMMENDATIONS
The Group considered the draft final report. The Head of Housing Services confirmed that an Empty Homes Officer post had been funded in the 2025/26 budget.
The Group agreed not to include draft recommendation 6 (a dedicated Empty Homes Officer post), as the post had already been funded.
AGREED that the final report be approved, subject to the changes agreed at the meeting, and submitted to the Overview and Scrutiny Management Board on 5 November 2025 and to Cabinet on 9 December 2025, with the following recommendations:
""" + "\n".join(f"=Recommendation {i}:\n{rec}" for i, rec in enumerate(RECS, 1)) + """
AGREED that the Chair, in consultation with the Vice-Chair and the Scrutiny Officer, be authorised to make minor changes to the wording of the report before it is published.
""", """
=SUMMARY OF RECOMMENDATIONS (Appendix 1 to the final report)
""" + table(TF_ROWS, TF_COLS) + """
The officer views in the table are those given to the Group at this meeting. The Cabinet's response will be added after its meeting on 9 December 2025, and the Overview and Scrutiny Management Board will review its implementation after six months.

=5.  NEXT STEPS
Action: Scrutiny Officer to circulate the final report to members of the Group by 24 October 2025 – KM.
This was the Group's final meeting. The Chair thanked the officers and the residents and landlords who had given evidence to the review.

=The meeting ended at 7.05 pm.
"""],
}

TF_TITLE = "FINAL REPORT AND RECOMMENDATIONS"
TF_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="2", title="NOTES OF THE LAST MEETING",
         text="The notes of the meeting held on 16 September 2025 were agreed as an accurate record"),
    dict(page=1, kind="agreement", outcome="agreed", minute="4", title=TF_TITLE,
         text="The Group agreed not to include draft recommendation 6 (a dedicated Empty Homes Officer post), as the "
              "post had already been funded",
         note="'The Cabinet had previously agreed, in February 2024, …' (item 3) is an earlier decision, and the "
              "questions and officers' replies are evidence, not decisions"),
    dict(page=1, kind="approval", outcome="approved", minute="4", title=TF_TITLE,
         text="AGREED that the final report be approved, subject to the changes agreed at the meeting, and submitted "
              "to the Overview and Scrutiny Management Board on 5 November 2025",
         note="the Group's approval of its report; the five recommendations it makes are labelled one by one"),
] + [
    dict(page=1, kind="recommendation", outcome="recommended", minute="4", item=f"Recommendation {i}",
         title=TF_TITLE, lead_in=f"Recommendation {i}:", to="Cabinet",
         text=rec[:rec.index(end) + len(end)],
         note="a recommendation of the Group to Cabinet (the decision of this meeting is to recommend); the "
              "summary table and its 'Cabinet response' column are not labelled again")
    for i, (rec, end) in enumerate(zip(RECS, REC_ENDS), 1)
] + [
    dict(page=1, kind="delegation", outcome="agreed", minute="4", title=TF_TITLE,
         text="AGREED that the Chair, in consultation with the Vice-Chair and the Scrutiny Officer, be authorised to "
              "make minor changes to the wording of the report",
         note="authority given to the Chair to make changes: a delegation"),
    dict(page=2, kind="action", outcome=None, minute="5", title="NEXT STEPS", owner="Scrutiny Officer",
         deadline="2025-10-24",
         text="Scrutiny Officer to circulate the final report to members of the Group by 24 October 2025 – KM",
         note="'Action:' line; the officer views and the future Cabinet response and review are not decisions of "
              "this meeting"),
]


DOCS = [(WAL, WAL_LABELS), (HWB, HWB_LABELS), (FRA, FRA_LABELS), (PAR, PAR_LABELS), (TF, TF_LABELS)]

if __name__ == "__main__":
    build_set(__file__, DOCS, "lb", actions_have_no_outcome=True)
