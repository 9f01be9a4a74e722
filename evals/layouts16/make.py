"""Write the five layouts16 documents (a Scottish Integration Joint Board, a Northern Ireland borough council, a
county Pension Fund Committee, a borough's Annual Meeting of the Council, a unitary council's Area Board; PDFs with
a real text layer, two or three pages each) and their labels.

    .venv/bin/python evals/layouts16/make.py

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py (``build_set``):
in a page's source every line is one paragraph, wrapped at 92 characters; a line starting with "=" is printed as
it stands; the footer is added as each page's last line. Every page starts with the document's running head and
ends with its footer ("Page n of m"). The Northern Ireland council's recorded vote prints its names with
``names``. All bodies, people and figures are fictional. Written blind (see README.md).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the repository root holds evals
from evals.layouts.make import build_set  # noqa: E402


def names(people: list[str], per_line: int = 4) -> str:
    """A recorded vote's names, ``per_line`` to a printed line, indented (printed as '=' lines)."""
    rows = [people[i:i + per_line] for i in range(0, len(people), per_line)]
    return "\n".join("=      " + ", ".join(r) + ("," if i < len(rows) - 1 else "") for i, r in enumerate(rows))


# ---------------------------------------------------------------------------------------
# 1. Scottish Integration Joint Board (health and social care partnership): numbered items, a "Decision" heading
#    on its own line, "The Integration Joint Board:" then lettered past-tense parts, Directions to the NHS Board
#    and the Council with printed Direction references, a division on the budget (motion and amendment), voting
#    and non-voting members
# ---------------------------------------------------------------------------------------
IJB_HEAD = "=Glenmorven Health and Social Care Partnership                 Integration Joint Board – 25 February 2026"
IJB = {
    "file": "glenmorven-integration-joint-board-minute-2026-02-25.pdf",
    "layout": "Scottish Integration Joint Board minute: numbered items, 'Decision' heading, 'The Integration Joint "
              "Board:' with lettered past-tense parts, Directions GIJB/D/2026/nn to the NHS Board and the Council, "
              "a division on the budget",
    "meeting_date": "2026-02-25",
    "body": "Glenmorven Integration Joint Board",
    "footer": "Glenmorven IJB – Minute of meeting of 25 February 2026 – draft, subject to approval          Page {n} of {of}",
    "pages": [IJB_HEAD + """

=MINUTE of MEETING of the GLENMORVEN INTEGRATION JOINT BOARD held in the Council Chamber,
=Municipal Buildings, Inverlochan, and by video conference, on Wednesday 25 February 2026 at 10.00 am.

Voting members present: Councillor Morag Sinclair (Chair), Mrs Eilidh Fraser (Vice-Chair, NHS Glenmorven non-executive member), Councillor Donald Baird, Councillor Ross McKechnie, Councillor Aileen Tait, Mr Graham Lindsay, Dr Rona Campbell and Mr Kenneth Urquhart (NHS Glenmorven non-executive members).
Non-voting members present: Ms Catriona Munro (Chief Officer), Mr Alasdair Reid (Chief Finance Officer), Dr Hamish Grant (Associate Medical Director), Mrs Lorna Begg (Chief Social Work Officer), Ms Ishbel Kerr (Lead Nurse), Mr Callum Dow (carers' representative) and Mrs Senga Boyle (third sector representative).
In attendance: Mr Neil Forsyth (Head of Health Services), Ms Joanna Wallace (Head of Strategic Planning) and Mrs Fiona Gunn (Committee Services Officer).

=1.   WELCOME AND APOLOGIES
The Chair welcomed those present. Apologies were received from Councillor Fiona Rae and from Mr Peter Hogg (staff side representative).

=2.   DECLARATIONS OF INTEREST
Councillor McKechnie declared a non-financial interest in item 6 as a member of the board of Inverlochan Day Opportunities, a provider commissioned by the Partnership. Having applied the objective test, he considered that he did not need to withdraw.

=3.   MINUTE OF PREVIOUS MEETING
There was submitted the minute of the meeting of the Integration Joint Board held on 10 December 2025.
=Decision
The Integration Joint Board approved the minute of its meeting held on 10 December 2025 as a correct record.

=4.   ROLLING ACTION LOG
There was submitted the rolling action log. The Chief Officer advised that actions 31 and 34 had been completed and that action 36, on the review of out-of-hours social work, would come to the April meeting.
=Decision
The Integration Joint Board noted the rolling action log.

=5.   CHIEF OFFICER'S REPORT
There was submitted a report by the Chief Officer. Ms Munro reported that the Scottish Government had confirmed a further £1.2 million for the Partnership's share of the national winter funding, that the Care Inspectorate had graded the Partnership's care at home service as good for care and support, and that NHS Glenmorven Board had approved on 27 January 2026 the business case for the new Ardmore Community Hospital. Mrs Boyle asked whether third sector providers would receive the uplift for the real living wage from 1 April; the Chief Finance Officer said that the Scottish Government's letter was awaited and that he would write to providers as soon as it arrived.
=Decision
The Integration Joint Board noted the report.
""", IJB_HEAD + """

=6.   REVENUE BUDGET 2026/27 AND DIRECTIONS
There was submitted a report by the Chief Finance Officer on the revenue budget for 2026/27. Glenmorven Council had set its budget on 19 February 2026, including a payment to the Integration Joint Board of £168.4 million, and NHS Glenmorven had made an indicative offer of £244.2 million which its Board would be asked to confirm on 31 March 2026. After the savings proposals, the budget gap was £2.1 million, to be met from reserves.
The report asked the Board to: (i) approve the budget; (ii) approve the savings programme; (iii) issue Directions to the Council and NHS Glenmorven; and (iv) note the position on reserves.
Members discussed the savings proposals, in particular the redesign of day services for older people. Mr Dow said that carers had not been consulted on the closure of the Kilbride day centre and that many relied on it for respite.
Councillor Baird, seconded by Dr Campbell, moved that the Board approve the recommendations in the report.
As an amendment, Councillor Tait, seconded by Mr Urquhart, moved that the Board approve the recommendations, except that the day services redesign be removed from the savings programme until carers had been consulted.
On a division, there voted for the amendment 3 and for the motion 5, and the motion was accordingly carried.
=Decision
The Integration Joint Board:
(a) approved the revenue budget for 2026/27 of £412.6 million, made up of the payments from Glenmorven Council and NHS Glenmorven set out in Appendix 1;
(b) approved the savings programme of £9.8 million set out in Appendix 3, including the redesign of day services for older people;
(c) agreed to issue the Direction at Appendix 4 to Glenmorven Council to deliver the delegated social care functions within the budget for 2026/27 (Direction reference GIJB/D/2026/01);
(d) agreed to issue the Direction at Appendix 5 to NHS Glenmorven to deliver the delegated health functions within the budget for 2026/27 (Direction reference GIJB/D/2026/02);
(e) noted that the payment from NHS Glenmorven remained indicative until its Board met on 31 March 2026; and
(f) instructed the Chief Finance Officer to report on the engagement with carers on the day services redesign to the meeting on 29 April 2026.

=7.   STRATEGIC COMMISSIONING PLAN 2026–2029
There was submitted a report by the Head of Strategic Planning on the draft Strategic Commissioning Plan 2026–2029, which the Board is required to prepare under the Public Bodies (Joint Working) (Scotland) Act 2014. Ms Wallace advised that the last of six locality engagement events, in Kilbride, would not take place until 10 March 2026. The Strategic Planning Group had endorsed the draft on 4 February 2026.
=Decision
The Integration Joint Board agreed to defer approval of the Strategic Commissioning Plan to its meeting on 29 April 2026, so that the outcome of the locality engagement events could be reflected.
""", IJB_HEAD + """

=8.   PERFORMANCE AND AUDIT COMMITTEE
There was submitted the minute of the Performance and Audit Committee of 28 January 2026. Mr Lindsay, the Committee's Chair, reported that the Committee had considered the internal audit report on commissioning, which gave reasonable assurance, and had recommended that the Board approve the revised Risk Management Strategy. Members discussed the risk on workforce, which remained the Partnership's highest scoring risk.
=Decision
The Integration Joint Board:
(a) noted the minute of the Performance and Audit Committee of 28 January 2026; and
(b) approved the revised Risk Management Strategy and Risk Appetite Statement.

=9.   UNSCHEDULED CARE AND DELAYED DISCHARGE
Mr Forsyth gave a presentation on unscheduled care. On the census date in January 2026 there had been 47 people delayed in hospital, of whom 29 were waiting for a package of care at home. The Board discussed the recruitment of care at home staff in rural areas and the use of interim care home places. Dr Grant said that the Ardmore business case would add 12 step-down beds from 2028.
=Decision
The Integration Joint Board:
(a) noted the presentation on unscheduled care and delayed discharge; and
(b) asked the Head of Health Services to bring a report on delayed discharge trajectories for each locality to the meeting on 29 April 2026.

=10.  MEMBERSHIP OF THE PERFORMANCE AND AUDIT COMMITTEE
Glenmorven Council had nominated Councillor Fiona Rae as a voting member of the Integration Joint Board in place of Councillor Kenneth Laird from 1 February 2026.
=Decision
The Integration Joint Board appointed Councillor Fiona Rae to the Performance and Audit Committee in place of Councillor Laird.

=11.  DATE OF NEXT MEETING
The next meeting will be held on Wednesday 29 April 2026 at 10.00 am.
"""],
}

IJ = "The Integration Joint Board:"
I6 = "REVENUE BUDGET 2026/27 AND DIRECTIONS"
I8 = "PERFORMANCE AND AUDIT COMMITTEE"
I9 = "UNSCHEDULED CARE AND DELAYED DISCHARGE"
IJB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="3", title="MINUTE OF PREVIOUS MEETING",
         text="The Integration Joint Board approved the minute of its meeting held on 10 December 2025 as a correct "
              "record",
         note="apologies and Councillor McKechnie's declaration (he stayed) are not labelled"),
    dict(page=1, kind="noted", outcome="noted", minute="4", title="ROLLING ACTION LOG",
         text="The Integration Joint Board noted the rolling action log.",
         note="the Chief Officer's report that actions 31 and 34 were complete is not a decision to close them"),
    dict(page=1, kind="noted", outcome="noted", minute="5", title="CHIEF OFFICER'S REPORT",
         text="The Integration Joint Board noted the report.",
         note="the Scottish Government's funding, the Care Inspectorate's grade and NHS Glenmorven Board's approval "
              "of the Ardmore business case are other bodies'; the CFO's promise to write to providers is a reply"),
    dict(page=2, kind="amendment", outcome="lost", minute="6", title=I6, proposer="Councillor Tait",
         seconder="Mr Urquhart", votes={"for": 3, "against": 5, "abstain": 0},
         text="As an amendment, Councillor Tait, seconded by Mr Urquhart, moved that the Board approve the "
              "recommendations, except that the day services redesign be removed",
         note="'On a division, there voted for the amendment 3 and for the motion 5': a Scottish division between "
              "motion and amendment (the 5 for the motion are against the amendment); only voting members vote. "
              "The Council's budget and NHS Glenmorven's indicative offer are other bodies'; the report's "
              "recommendations (i)-(iv) are quoted, not decided"),
    dict(page=2, kind="motion", outcome="carried", minute="6", title=I6, proposer="Councillor Baird",
         seconder="Dr Campbell", votes={"for": 5, "against": 3, "abstain": 0},
         text="Councillor Baird, seconded by Dr Campbell, moved that the Board approve the recommendations in the "
              "report",
         note="printed before the amendment; carried on the division"),
    dict(page=2, kind="approval", outcome="approved", minute="6", item="a", title=I6, lead_in=IJ,
         text="approved the revenue budget for 2026/27 of £412.6 million, made up of the payments from Glenmorven "
              "Council and NHS Glenmorven set out in Appendix 1",
         note="the item's Decision follows the division on the same page"),
    dict(page=2, kind="approval", outcome="approved", minute="6", item="b", title=I6, lead_in=IJ,
         text="approved the savings programme of £9.8 million set out in Appendix 3, including the redesign of day "
              "services for older people"),
    dict(page=2, kind="agreement", outcome="agreed", minute="6", item="c", title=I6, lead_in=IJ,
         ref="GIJB/D/2026/01", to="Glenmorven Council",
         text="agreed to issue the Direction at Appendix 4 to Glenmorven Council to deliver the delegated social "
              "care functions within the budget for 2026/27",
         note="a Direction issued under the 2014 Act: an agreement; the printed Direction reference is the ref"),
    dict(page=2, kind="agreement", outcome="agreed", minute="6", item="d", title=I6, lead_in=IJ,
         ref="GIJB/D/2026/02", to="NHS Glenmorven",
         text="agreed to issue the Direction at Appendix 5 to NHS Glenmorven to deliver the delegated health "
              "functions within the budget for 2026/27"),
    dict(page=2, kind="noted", outcome="noted", minute="6", item="e", title=I6, lead_in=IJ,
         text="noted that the payment from NHS Glenmorven remained indicative until its Board met on 31 March 2026"),
    dict(page=2, kind="action", outcome=None, minute="6", item="f", title=I6, lead_in=IJ,
         owner="Chief Finance Officer", deadline="2026-04-29",
         text="instructed the Chief Finance Officer to report on the engagement with carers on the day services "
              "redesign to the meeting on 29 April 2026"),
    dict(page=2, kind="deferral", outcome="deferred", minute="7", title="STRATEGIC COMMISSIONING PLAN 2026–2029",
         text="The Integration Joint Board agreed to defer approval of the Strategic Commissioning Plan to its "
              "meeting on 29 April 2026",
         note="the Strategic Planning Group's endorsement of 4 February 2026 is another body's"),
    dict(page=3, kind="noted", outcome="noted", minute="8", item="a", title=I8, lead_in=IJ,
         text="noted the minute of the Performance and Audit Committee of 28 January 2026",
         note="the Committee's recommendation and its audit findings, reported by its Chair, are not labelled"),
    dict(page=3, kind="approval", outcome="approved", minute="8", item="b", title=I8, lead_in=IJ,
         text="approved the revised Risk Management Strategy and Risk Appetite Statement."),
    dict(page=3, kind="noted", outcome="noted", minute="9", item="a", title=I9, lead_in=IJ,
         text="noted the presentation on unscheduled care and delayed discharge",
         note="the Board's discussion and Dr Grant's remark on the Ardmore step-down beds are not labelled"),
    dict(page=3, kind="action", outcome=None, minute="9", item="b", title=I9, lead_in=IJ,
         owner="Head of Health Services", deadline="2026-04-29",
         text="asked the Head of Health Services to bring a report on delayed discharge trajectories for each "
              "locality to the meeting on 29 April 2026"),
    dict(page=3, kind="approval", outcome="approved", minute="10",
         title="MEMBERSHIP OF THE PERFORMANCE AND AUDIT COMMITTEE",
         text="The Integration Joint Board appointed Councillor Fiona Rae to the Performance and Audit Committee in "
              "place of Councillor Laird",
         note="an appointment: an approval, as in the earlier sets; the Council's nomination of Councillor Rae to "
              "the Board is the Council's decision"),
]


# ---------------------------------------------------------------------------------------
# 2. Northern Ireland borough council, monthly Council meeting: minute references "C.034/26", Aldermen,
#    "Proposed by …, Seconded by … and Resolved – That …", committee minutes adopted, a called-in committee
#    decision reconsidered under section 41 of the Local Government Act (Northern Ireland) 2014 needing a
#    qualified majority (more for than against, but LOST), a named recorded vote with counts in the headings,
#    an amendment withdrawn, a motion withdrawn before the meeting
# ---------------------------------------------------------------------------------------
NI_HEAD = "=BALLYFERN AND LISNAMORE BOROUGH COUNCIL                         Minutes of the Council Meeting – 3 March 2026"
FOR26 = ["Alderman Kerr", "Alderman McIlwaine", "Alderman Patton", "Alderman Stewart", "Councillor Agnew",
         "Councillor Boyd", "Councillor Campbell", "Councillor Carson", "Councillor Crawford", "Councillor Dickson",
         "Councillor Ferguson", "Councillor Gibson", "Councillor Hamilton", "Councillor Irvine", "Councillor Johnston",
         "Councillor Kennedy", "Councillor Lyttle", "Councillor McAuley", "Councillor McCluskey", "Councillor Moore",
         "Councillor Neill", "Councillor Ó Briain", "Councillor Devlin", "Councillor Quinn", "Councillor Rodgers",
         "Councillor Wilson"]
AGAINST12 = ["Alderman Baxter", "Alderman Gault", "Alderman Orr", "Councillor Adair", "Councillor Beattie",
             "Councillor Chambers", "Councillor Dunlop", "Councillor Foster", "Councillor Graham", "Councillor Hanna",
             "Councillor Jamison", "Councillor Thompson"]
assert len(FOR26) == len(set(FOR26)) == 26 and len(AGAINST12) == len(set(AGAINST12)) == 12
NI = {
    "file": "ballyfern-lisnamore-borough-council-minutes-2026-03-03.pdf",
    "layout": "Northern Ireland borough council: 'C.034/26' minutes, 'Proposed by …, Seconded by … and Resolved – "
              "That …', committee minutes adopted, a called-in decision reconsidered needing a qualified majority "
              "(26 for, 12 against, LOST), a named recorded vote, an amendment and a motion withdrawn",
    "meeting_date": "2026-03-03",
    "body": "Ballyfern and Lisnamore Borough Council",
    "footer": "Council 3 March 2026                                  Mayor ……………………………                                  Page {n} of {of}",
    "pages": [NI_HEAD + """

=Minutes of the meeting of Ballyfern and Lisnamore Borough Council held in the Council Chamber,
=Lisnamore Civic Centre, on Tuesday 3 March 2026 at 7.00 pm

In the Chair: The Mayor (Councillor Siobhán Quinn)
Members present: Aldermen Baxter, Gault, Kerr, McIlwaine, Orr, Patton and Stewart; Councillors Adair, Agnew, Beattie, Boyd, Campbell, Carson, Chambers, Crawford, Devlin, Dickson, Dunlop, Ferguson, Foster, Gibson, Graham, Hamilton, Hanna, Irvine, Jamison, Johnston, Kennedy, Lyttle, McAuley, McCluskey, Moore, Neill, Ní Bhriain, Ó Briain, Rodgers, Thompson and Wilson.
Officers in attendance: Chief Executive (Mr R Maguire), Director of Corporate Services (Mrs A Nesbitt), Director of Environmental Services (Mr T Crothers), Borough Lawyer (Ms C Lavery) and Democratic Services Manager (Mrs H McKeown).

=C.031/26   APOLOGIES
Apologies were received from Alderman Hutchinson and Councillor Logan.

=C.032/26   DECLARATIONS OF INTEREST
Councillor Ní Bhriain declared an interest in item C.038/26 as a board member of the Lisnamore Leisure Trust and left the Chamber for that item.

=C.033/26   MAYOR'S BUSINESS
The Mayor congratulated Ballyfern Rangers on reaching the final of the Irish Junior Cup, and expressed the Council's condolences to the family of former Alderman Samuel Rea. Members stood for a minute's silence.

=C.034/26   MINUTES OF THE COUNCIL MEETING HELD ON 3 FEBRUARY 2026
Proposed by Councillor Ní Bhriain, Seconded by Alderman Kerr and Resolved – That the minutes of the Council meeting held on 3 February 2026 be taken as read and signed as correct.

=C.035/26   MINUTES OF THE PLANNING COMMITTEE MEETING HELD ON 9 FEBRUARY 2026
Proposed by Alderman Patton, Seconded by Councillor Hamilton and Resolved – That the minutes of the Planning Committee meeting held on 9 February 2026 be adopted.

=C.036/26   MINUTES OF THE ENVIRONMENT COMMITTEE MEETING HELD ON 17 FEBRUARY 2026
The Borough Lawyer advised that a requisition under section 41 of the Local Government Act (Northern Ireland) 2014 had been received in respect of item E.022/26, and that the item would be taken at C.037/26.
Proposed by Councillor Moore, Seconded by Councillor Gibson and Resolved – That the minutes of the Environment Committee meeting held on 17 February 2026 be adopted, with the exception of item E.022/26.

=C.037/26   RECONSIDERATION OF DECISION E.022/26 – POLICY ON STREET NAMING AND DUAL LANGUAGE SIGNAGE (CALL-IN)
The Borough Lawyer reported that the Environment Committee had agreed on 17 February 2026 to adopt a revised Policy on Street Naming and Dual Language Signage, which would lower the threshold for the erection of a second-language street name plate from two-thirds to one-half of the occupiers surveyed. A requisition signed by 16 Members had been received on 20 February 2026 on the ground that the decision would disproportionately affect an identifiable section of the inhabitants of the district. The opinion of counsel, obtained under section 41(2) of the Act, was that the requisition had merit, and the decision therefore had to be reconsidered by the Council and could be affirmed only by a qualified majority of 80 per cent of the Members present and voting.
Members debated the item at length.
Proposed by Councillor Ó Briain, Seconded by Councillor Devlin – That the Council affirms the decision of the Environment Committee (E.022/26) to adopt the revised Policy on Street Naming and Dual Language Signage.
""", NI_HEAD + """

On a recorded vote being taken, the result was as follows:
=   For (26):
""" + names(FOR26) + """
=   Against (12):
""" + names(AGAINST12) + """
=   No Vote (0)
The proposal, having failed to achieve the qualified majority of 80 per cent of the Members present and voting (31 of 38), was declared LOST and decision E.022/26 falls.
Proposed by Councillor Campbell, Seconded by Alderman Stewart and Resolved – That the revised Policy on Street Naming and Dual Language Signage be referred back to the Environment Committee, together with a full equality screening of the policy.

=C.038/26   RECOMMENDATIONS OF THE CORPORATE SERVICES COMMITTEE – DISTRICT RATE AND CAPITAL PROGRAMME
The Director of Corporate Services presented the recommendations of the Corporate Services Committee of 24 February 2026. The Department of Finance had confirmed the regional rate on 12 February 2026, and the Council was required to strike the district rate by 15 February; the Director reported that the Department had agreed to accept the Council's rates by 6 March 2026 because of the date of the Committee.
Proposed by Alderman McIlwaine, Seconded by Councillor Boyd and Resolved – That the Council approves the following recommendations of the Corporate Services Committee of 24 February 2026:
(a) that the district rate for 2026/27 be struck at 39.8123p in the pound for non-domestic property and 0.3811p in the pound for domestic property, an increase of 4.49 per cent;
(b) that the capital programme for 2026/27 to 2028/29 of £46.2 million be approved, including £6.8 million for the refurbishment of the Lisnamore Leisure Centre; and
(c) that the Chief Executive be authorised to sign the funding agreement with the Department for Communities for the Ballyfern town centre public realm scheme.
Councillor Ní Bhriain returned to the Chamber.
""", NI_HEAD + """

=C.039/26   NOTICE OF MOTION – PERIOD DIGNITY IN COUNCIL FACILITIES
The following Notice of Motion was proposed by Councillor McCluskey and seconded by Councillor Hanna:
=   "That this Council provides free period products in all Council leisure centres, community centres and
=   public toilets, in line with the Period Products (Free Provision) Act (Northern Ireland) 2022."
An amendment was proposed by Alderman Orr and seconded by Councillor Beattie, to add the words "subject to a report on the costs being brought to the Corporate Services Committee".
Following discussion, and the Director of Corporate Services having confirmed that the costs could be met within existing budgets, the amendment was withdrawn with the consent of the meeting.
The Notice of Motion was put to the meeting and declared carried, no Member voting against.

=C.040/26   NOTICE OF MOTION – A26 RESURFACING PROGRAMME
Councillor Hanna, with the consent of the Council, withdrew his Notice of Motion on the A26 resurfacing programme, as the Department for Infrastructure had written on 27 February 2026 to confirm that the Ballyfern section would be resurfaced in 2026/27.

=C.041/26   CORRESPONDENCE
(i) Letter from the Department for Infrastructure about the A26 (see C.040/26). Members noted that the letter gave no date for the works. It was agreed that the Mayor would write to the Minister for Infrastructure seeking a meeting on the timing of the works, the letter to be sent by 20 March 2026.
(ii) Letter from the Northern Ireland Housing Executive about its Housing Investment Plan consultation, which closes on 31 March 2026. Members will respond individually.

=C.042/26   CONFERENCES AND EVENTS
There were no requests for attendance at conferences.

This being all the business, the meeting concluded at 9.20 pm.
"""],
}

NR = "Resolved – That the Council approves the following recommendations of the Corporate Services Committee of 24 February 2026:"
N37 = "RECONSIDERATION OF DECISION E.022/26 – POLICY ON STREET NAMING AND DUAL LANGUAGE SIGNAGE (CALL-IN)"
N38 = "RECOMMENDATIONS OF THE CORPORATE SERVICES COMMITTEE – DISTRICT RATE AND CAPITAL PROGRAMME"
N39 = "NOTICE OF MOTION – PERIOD DIGNITY IN COUNCIL FACILITIES"
NI_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="C.034/26",
         title="MINUTES OF THE COUNCIL MEETING HELD ON 3 FEBRUARY 2026",
         proposer="Councillor Ní Bhriain", seconder="Alderman Kerr",
         text="Proposed by Councillor Ní Bhriain, Seconded by Alderman Kerr and Resolved – That the minutes of the "
              "Council meeting held on 3 February 2026 be taken as read",
         note="as 'It was proposed by …, seconded by … and RESOLVED' in the earlier sets, the text starts at "
              "'Proposed by'; apologies, the declaration and the Mayor's business are not labelled"),
    dict(page=1, kind="resolution", outcome="adopted", minute="C.035/26",
         title="MINUTES OF THE PLANNING COMMITTEE MEETING HELD ON 9 FEBRUARY 2026",
         proposer="Alderman Patton", seconder="Councillor Hamilton",
         text="Proposed by Alderman Patton, Seconded by Councillor Hamilton and Resolved – That the minutes of the "
              "Planning Committee meeting held on 9 February 2026 be adopted",
         note="a committee's minutes (and so its decisions) adopted by the Council: kind resolution, outcome "
              "adopted, as Cabinet recommendations adopted are in the earlier sets"),
    dict(page=1, kind="resolution", outcome="adopted", minute="C.036/26",
         title="MINUTES OF THE ENVIRONMENT COMMITTEE MEETING HELD ON 17 FEBRUARY 2026",
         proposer="Councillor Moore", seconder="Councillor Gibson",
         text="Proposed by Councillor Moore, Seconded by Councillor Gibson and Resolved – That the minutes of the "
              "Environment Committee meeting held on 17 February 2026 be adopted",
         note="the Borough Lawyer's advice about the requisition is not a decision"),
    dict(page=1, kind="motion", outcome="lost", minute="C.037/26", title=N37,
         proposer="Councillor Ó Briain", seconder="Councillor Devlin", votes={"for": 26, "against": 12, "abstain": 0},
         text="Proposed by Councillor Ó Briain, Seconded by Councillor Devlin – That the Council affirms the "
              "decision of the Environment Committee (E.022/26)",
         note="more members for than against, but LOST: a called-in decision could be affirmed only by a qualified "
              "majority (31 of 38); counts from the headings 'For (26)', 'Against (12)', 'No Vote (0)'. The "
              "Environment Committee's decision of 17 February, the requisition and counsel's opinion are not "
              "the Council's decisions"),
    dict(page=2, kind="referral", outcome="referred", minute="C.037/26", title=N37, to="Environment Committee",
         proposer="Councillor Campbell", seconder="Alderman Stewart",
         text="Proposed by Councillor Campbell, Seconded by Alderman Stewart and Resolved – That the revised Policy "
              "on Street Naming and Dual Language Signage be referred back to the Environment Committee",
         note="the item's heading and the proposal are on page 1; the recorded vote, the result and this referral are on page 2"),
    dict(page=2, kind="approval", outcome="approved", minute="C.038/26", item="a", title=N38, lead_in=NR,
         proposer="Alderman McIlwaine", seconder="Councillor Boyd",
         text="that the district rate for 2026/27 be struck at 39.8123p in the pound for non-domestic property and "
              "0.3811p in the pound for domestic property",
         note="the Committee's recommendations approved by the Council: each part is the Council's decision; "
              "the Department of Finance's regional rate and its agreement to a later date are another body's"),
    dict(page=2, kind="approval", outcome="approved", minute="C.038/26", item="b", title=N38, lead_in=NR,
         proposer="Alderman McIlwaine", seconder="Councillor Boyd",
         text="that the capital programme for 2026/27 to 2028/29 of £46.2 million be approved, including £6.8 "
              "million for the refurbishment of the Lisnamore Leisure Centre"),
    dict(page=2, kind="delegation", outcome="agreed", minute="C.038/26", item="c", title=N38, lead_in=NR,
         proposer="Alderman McIlwaine", seconder="Councillor Boyd",
         text="that the Chief Executive be authorised to sign the funding agreement with the Department for "
              "Communities for the Ballyfern town centre public realm scheme"),
    dict(page=3, kind="withdrawal", outcome="withdrawn", minute="C.039/26", title=N39,
         proposer="Alderman Orr", seconder="Councillor Beattie",
         text="An amendment was proposed by Alderman Orr and seconded by Councillor Beattie",
         note="an amendment 'withdrawn with the consent of the meeting' before it was put: kind withdrawal, its "
              "text the sentence that moves it, as in ../layouts5/"),
    dict(page=3, kind="motion", outcome="carried", minute="C.039/26", title=N39,
         proposer="Councillor McCluskey", seconder="Councillor Hanna",
         text="The following Notice of Motion was proposed by Councillor McCluskey and seconded by Councillor Hanna",
         note="'declared carried, no Member voting against' gives no counts (votes null) and does not say "
              "unanimous; the motion's words are printed as a quotation below"),
    dict(page=3, kind="withdrawal", outcome="withdrawn", minute="C.040/26",
         title="NOTICE OF MOTION – A26 RESURFACING PROGRAMME",
         text="Councillor Hanna, with the consent of the Council, withdrew his Notice of Motion on the A26 "
              "resurfacing programme",
         note="the Department for Infrastructure's confirmation is another body's"),
    dict(page=3, kind="action", outcome=None, minute="C.041/26", item="i", title="CORRESPONDENCE", owner="Mayor",
         deadline="2026-03-20",
         text="It was agreed that the Mayor would write to the Minister for Infrastructure seeking a meeting on the "
              "timing of the works",
         note="'Members noted that the letter gave no date' is discussion; the Housing Executive letter (ii) "
              "('Members will respond individually') is not a decision"),
]


# ---------------------------------------------------------------------------------------
# 3. County council Pension Fund Committee (Local Government Pension Scheme): "PFC 17/26" minutes, "RESOLVED –
#    That …" single sentences, "RESOLVED – That the Committee:" with numbered parts "1." … "4." running over the
#    page break, a motion on fossil fuel divestment lost with counts, the Local Pension Board's and the pool's
#    decisions reported, an admission agreement, a breach not reported to the Regulator, an exempt appointment
# ---------------------------------------------------------------------------------------
PF_HEAD = "=Calderbridge Pension Fund                                    Pension Fund Committee – 12 March 2026 – Minutes"
PF = {
    "file": "calderbridge-pension-fund-committee-minutes-2026-03-12.pdf",
    "layout": "County council Pension Fund Committee (LGPS): 'PFC 17/26' minutes, 'RESOLVED – That …', 'RESOLVED – "
              "That the Committee:' with numbered parts 1.-4. over a page break, a divestment motion lost (3 for, "
              "6 against, 1 abstention), an admission agreement, a breach not reported, an exempt appointment",
    "meeting_date": "2026-03-12",
    "body": "Calderbridge County Council Pension Fund Committee",
    "footer": "Pension Fund Committee 12.03.26                        Chair's initials ………………                        Page {n} of {of}",
    "pages": [PF_HEAD + """

=CALDERBRIDGE COUNTY COUNCIL
=MINUTES of the meeting of the PENSION FUND COMMITTEE held at County Hall, Calderbridge,
=on Thursday 12 March 2026 at 10.00 am

Present: County Councillors Gordon Pickles (Chair), Janet Ormerod (Vice-Chair), Tariq Hussain, Helen Birtwistle, Martin Ashworth, Linda Cropper and Raymond Sutcliffe; co-opted members: Councillor Paula Entwistle (Calder Valley District Councils), Mr Brian Holroyd (scheme member representative, non-voting) and Mrs Alison Fenton (employer representative, Calder Further Education College).
Also present: Mr Steven Whitaker (Director of Finance and Section 151 Officer), Mrs Karen Hartley (Head of Pensions), Ms Ruth Ingham (Pensions Investment Manager), Mr Oliver Dean (Hartley Cole LLP, investment consultant), Mr James Kaur (independent adviser) and Mrs Denise Clegg (Democratic Services).

=PFC 15/26   APOLOGIES AND SUBSTITUTIONS
Apologies were received from County Councillor Peter Royle; County Councillor Sutcliffe attended as his substitute.

=PFC 16/26   DECLARATIONS OF INTEREST
County Councillors Ormerod, Birtwistle and Cropper declared that they were deferred or active members of the Local Government Pension Scheme. Mrs Fenton declared that her employer was an employer in the Fund. These were not prejudicial interests.

=PFC 17/26   MINUTES
RESOLVED – That the minutes of the meeting held on 5 December 2025 be agreed as a correct record and signed by the Chair.

=PFC 18/26   LOCAL PENSION BOARD
The Chair of the Local Pension Board, Mr Derek Lumb, presented the minutes of the Board's meeting of 20 January 2026. The Board had agreed to commission a review of the administration service's backlog and had recommended that the Committee receive a quarterly report on it. Mr Holroyd asked when the backlog would be cleared; the Head of Pensions said that she expected it to be below 2,000 cases by September 2026 and would report progress at each meeting.
RESOLVED – That the minutes of the Local Pension Board meeting held on 20 January 2026 be noted.

=PFC 19/26   INVESTMENT STRATEGY STATEMENT AND STRATEGIC ASSET ALLOCATION REVIEW
Mr Dean presented the review of the Fund's strategic asset allocation, following the 2025 actuarial valuation, which had shown a funding level of 118 per cent. The review proposed reducing the allocation to listed equities from 55 per cent to 48 per cent, and increasing the allocations to infrastructure from 6 per cent to 10 per cent and to private debt from 4 per cent to 7 per cent. The report recommended that the Committee approve the new allocation and the revised Investment Strategy Statement.
Members asked about the Fund's exposure to fossil fuel companies, which was 2.4 per cent of listed equities. County Councillor Hussain moved, and County Councillor Cropper seconded, that the Investment Strategy Statement include a commitment to divest from all fossil fuel producers by 2030. Mr Kaur advised that the Committee must take proper advice on any exclusion and consider its fiduciary duty to the Fund's members and employers. On being put to the vote the motion was LOST (3 for, 6 against, 1 abstention).
RESOLVED – That the Committee:
1. approves the revised strategic asset allocation set out in Table 2 of the report, reducing listed equities to 48 per cent and increasing infrastructure to 10 per cent and private debt to 7 per cent;
2. approves the Investment Strategy Statement 2026 at Appendix 2, for publication on the Fund's website by 1 April 2026;
""", PF_HEAD + """

3. delegates authority to the Director of Finance, in consultation with the Chair and the Fund's investment consultant, to implement the rebalancing in stages by 31 March 2027; and
4. requests the Head of Pensions to review the Fund's Responsible Investment Policy, including the case for exclusions, and to report to the Committee on 18 June 2026.

=PFC 20/26   POOLING – NORTHERN SHIRES PENSION PARTNERSHIP
The Head of Pensions updated the Committee on pooling. The Joint Committee of the Northern Shires Pension Partnership had approved on 26 February 2026 the launch of a UK infrastructure fund and the pool company's business plan for 2026/27. The Government had confirmed that all listed assets must be transferred to the pool by March 2027. The Fund had £4.1 billion (71 per cent) of its assets in the pool at 31 December 2025.
RESOLVED – That the update on pooling be noted.

=PFC 21/26   ADMISSION AGREEMENT – BRIGHTCLEAN SERVICES LTD
The Committee considered an application for admission to the Fund by Brightclean Services Ltd, which had taken over the cleaning contract of Fernhill Academy Trust from 1 April 2026, with 14 staff transferring. The Fund's actuary had assessed the risk to the Fund and set the employer contribution rate at 21.4 per cent.
RESOLVED – That Brightclean Services Ltd be admitted to the Fund as an admission body from 1 April 2026, subject to the company providing a bond of £85,000 or a guarantee from Fernhill Academy Trust.

=PFC 22/26   BREACHES OF THE LAW AND REPORTING TO THE PENSIONS REGULATOR
The Head of Pensions presented the breaches log. Annual benefit statements for 2024/25 had been issued late to 212 deferred members because of a data problem at one employer, Calder Valley Homes. The statements had since been issued, and the employer had been charged for the extra work under the Fund's Administration Strategy. The Local Pension Board had considered the breach and advised that it was not of material significance.
RESOLVED – That the late issue of annual benefit statements to 212 deferred members is not a breach of material significance and need not be reported to The Pensions Regulator.

=PFC 23/26   KNOWLEDGE AND SKILLS
The Committee considered the training plan for 2026/27 and the results of the knowledge self-assessment, which showed gaps in the areas of actuarial methods and procurement. The Pensions Regulator's General Code of Practice expects those running the Fund to have the knowledge and understanding they need.
The Committee agreed that every member of the Committee complete the Pensions Regulator's Trustee Toolkit by 30 September 2026.

=PFC 24/26   EXCLUSION OF THE PRESS AND PUBLIC
RESOLVED – That under section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.

=PFC 25/26   APPOINTMENT OF A PRIVATE DEBT MANAGER (EXEMPT)
The Committee considered the exempt report of the Pensions Investment Manager on the selection of a manager for a private debt mandate, procured through the framework of the Northern Shires Pension Partnership. Three managers had been interviewed by officers and the independent adviser on 3 March 2026.
RESOLVED – That Ardent Credit Partners LLP be appointed to manage a private debt mandate of up to £150 million, on the terms set out in the exempt report.

The meeting closed at 12.55 pm.
"""],
}

PR = "RESOLVED – That the Committee:"
P19 = "INVESTMENT STRATEGY STATEMENT AND STRATEGIC ASSET ALLOCATION REVIEW"
PF_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="PFC 17/26", title="MINUTES",
         text="RESOLVED – That the minutes of the meeting held on 5 December 2025 be agreed as a correct record and "
              "signed by the Chair",
         note="apologies, the substitution and the declarations of scheme membership are not labelled"),
    dict(page=1, kind="noted", outcome="noted", minute="PFC 18/26", title="LOCAL PENSION BOARD",
         text="RESOLVED – That the minutes of the Local Pension Board meeting held on 20 January 2026 be noted",
         note="the Local Pension Board's agreement and recommendation are its own; the Head of Pensions' promise "
              "to report progress is a reply, not labelled"),
    dict(page=1, kind="motion", outcome="lost", minute="PFC 19/26", title=P19, proposer="County Councillor Hussain",
         seconder="County Councillor Cropper", votes={"for": 3, "against": 6, "abstain": 1},
         text="County Councillor Hussain moved, and County Councillor Cropper seconded, that the Investment Strategy "
              "Statement include a commitment to divest",
         note="the report's recommendation, quoted before the debate, is not labelled; the independent adviser's "
              "advice is not a decision"),
    dict(page=1, kind="approval", outcome="approved", minute="PFC 19/26", item="1", title=P19, lead_in=PR,
         text="approves the revised strategic asset allocation set out in Table 2 of the report, reducing listed "
              "equities to 48 per cent"),
    dict(page=1, kind="approval", outcome="approved", minute="PFC 19/26", item="2", title=P19, lead_in=PR,
         text="approves the Investment Strategy Statement 2026 at Appendix 2, for publication on the Fund's website "
              "by 1 April 2026"),
    dict(page=2, kind="delegation", outcome="agreed", minute="PFC 19/26", item="3", title=P19, lead_in=PR,
         text="delegates authority to the Director of Finance, in consultation with the Chair and the Fund's "
              "investment consultant, to implement the rebalancing in stages by 31 March 2027",
         note="the resolution runs over the page break: its lead-in and parts 1-2 are on page 1, parts 3-4 open "
              "page 2 under the running head"),
    dict(page=2, kind="action", outcome=None, minute="PFC 19/26", item="4", title=P19, lead_in=PR,
         owner="Head of Pensions", deadline="2026-06-18",
         text="requests the Head of Pensions to review the Fund's Responsible Investment Policy, including the case "
              "for exclusions, and to report to the Committee on 18 June 2026"),
    dict(page=2, kind="noted", outcome="noted", minute="PFC 20/26", title="POOLING – NORTHERN SHIRES PENSION PARTNERSHIP",
         text="RESOLVED – That the update on pooling be noted.",
         note="the pool Joint Committee's approvals of 26 February 2026 and the Government's confirmation are "
              "other bodies' decisions"),
    dict(page=2, kind="approval", outcome="approved", minute="PFC 21/26", title="ADMISSION AGREEMENT – BRIGHTCLEAN SERVICES LTD",
         text="RESOLVED – That Brightclean Services Ltd be admitted to the Fund as an admission body from 1 April "
              "2026",
         note="an admission to the Fund agreed: an approval; the actuary's contribution rate is not the "
              "Committee's decision"),
    dict(page=2, kind="resolution", outcome="agreed", minute="PFC 22/26",
         title="BREACHES OF THE LAW AND REPORTING TO THE PENSIONS REGULATOR",
         text="RESOLVED – That the late issue of annual benefit statements to 212 deferred members is not a breach "
              "of material significance",
         note="a determination that a breach need not be reported: kind resolution, outcome agreed; the Local "
              "Pension Board's advice is not labelled"),
    dict(page=2, kind="agreement", outcome="agreed", minute="PFC 23/26", title="KNOWLEDGE AND SKILLS",
         text="The Committee agreed that every member of the Committee complete the Pensions Regulator's Trustee "
              "Toolkit by 30 September 2026",
         note="the members themselves, not an officer, are to act: an agreement, as the earlier sets label the "
              "Committee's agreements about its own members; the Regulator's code is not a decision"),
    dict(page=2, kind="resolution", outcome="agreed", minute="PFC 24/26", title="EXCLUSION OF THE PRESS AND PUBLIC",
         text="RESOLVED – That under section 100A(4) of the Local Government Act 1972 the press and public be "
              "excluded from the meeting for the following item",
         note="exclusion of the press and public, labelled as in the earlier sets"),
    dict(page=2, kind="approval", outcome="approved", minute="PFC 25/26",
         title="APPOINTMENT OF A PRIVATE DEBT MANAGER (EXEMPT)",
         text="RESOLVED – That Ardent Credit Partners LLP be appointed to manage a private debt mandate of up to £150 "
              "million",
         note="an exempt item whose decision is published; the officers' interviews are not decisions"),
]


# ---------------------------------------------------------------------------------------
# 4. Borough council Annual Meeting: the Mayor elected on a contested vote (candidates' votes, not for/against
#    counts), the retiring Mayor thanked, the Deputy Mayor appointed, the Leader's Cabinet noted, political
#    balance and committees, chairs, calendar, outside bodies (one nomination deferred)
# ---------------------------------------------------------------------------------------
AC_HEAD = "=ASHCOMBE BOROUGH COUNCIL                               Annual Meeting of the Council – Wednesday 20 May 2026"
AC = {
    "file": "ashcombe-borough-council-annual-meeting-minutes-2026-05-20.pdf",
    "layout": "Borough council Annual Meeting: a contested election of the Mayor (27 and 14 votes for two "
              "candidates), thanks to the retiring Mayor, Deputy Mayor appointed, the Leader's Cabinet noted, "
              "'RESOLVED that: (a) …' on political balance and committees, chairs, calendar, outside bodies",
    "meeting_date": "2026-05-20",
    "body": "Ashcombe Borough Council",
    "footer": "Annual Council 20.05.26                                 Mayor ……………………………                                Page {n} of {of}",
    "pages": [AC_HEAD + """

=MINUTES OF THE ANNUAL MEETING OF ASHCOMBE BOROUGH COUNCIL HELD AT THE GUILDHALL, ASHCOMBE,
=ON WEDNESDAY 20 MAY 2026 AT 6.30 PM

PRESENT: The Mayor (Councillor Derek Mayhew) in the Chair for minute 1, thereafter the Mayor (Councillor Patricia Onslow); Councillors Ahmed, Barraclough, Bennett, Chowdhury, Cotton, Dawes, Ellery, Farooq, Fenwick, Gill, Hargreaves, Hext, Ingram, Jessop, Kaye, Lunn, Lyle, Mayhew, McGrath, Nowak, Onslow, Osei, Parfitt, Pease, Quigley, Rai, Rowntree, Sadler, Shah, Sowerby, Stainton, Thackeray, Tidswell, Underwood, Varley, Walsh, Wardle, Whitby, Yates, Young and Zaman.

=1.   ELECTION OF MAYOR FOR 2026/27
The retiring Mayor invited nominations for the office of Mayor for the municipal year 2026/27. Councillor Patricia Onslow was nominated by Councillor Hext and seconded by Councillor Walsh. Councillor Gareth Lunn was nominated by Councillor Sadler and seconded by Councillor Young. On a vote being taken by a show of hands, Councillor Onslow received 27 votes and Councillor Lunn 14 votes.
RESOLVED – That Councillor Patricia Onslow be elected Mayor of the Borough of Ashcombe for the municipal year 2026/27.
Councillor Onslow made the declaration of acceptance of office, was invested with the chain of office by the retiring Mayor and took the Chair. She thanked the Council for electing her and announced that her charities for the year would be the Ashcombe Young Carers and the Vale Hospice.

=2.   VOTE OF THANKS TO THE RETIRING MAYOR
It was moved by Councillor Rowntree, seconded by Councillor Farooq and RESOLVED unanimously – That the Council's thanks be accorded to Councillor Derek Mayhew for the exemplary manner in which he carried out the duties of Mayor during the municipal year 2025/26.
Councillor Mayhew replied, and reported that his charity appeal had raised £23,400 for the Ashcombe Food Bank.

=3.   APPOINTMENT OF DEPUTY MAYOR
Councillor Sunita Rai was the only nomination, proposed by Councillor Ellery and seconded by Councillor Chowdhury.
RESOLVED – That Councillor Sunita Rai be appointed Deputy Mayor for the municipal year 2026/27.
Councillor Rai made the declaration of acceptance of office.

=4.   MINUTES
RESOLVED – That the minutes of the meeting of the Council held on 1 April 2026 be confirmed as a correct record and signed by the Mayor.

=5.   MAYOR'S ANNOUNCEMENTS
The Mayor announced that she had appointed the Reverend Canon Ruth Abbot, Vicar of St Aldhelm's, as her Chaplain, and Councillor Mayhew as her escort for the year. The Mayor's Civic Service will be held at St Aldhelm's Church on Sunday 14 June 2026.

=6.   LEADER OF THE COUNCIL, CABINET AND EXECUTIVE ARRANGEMENTS
The Council noted that Councillor Helen Rowntree had been elected Leader of the Council at the Annual Meeting in May 2024 for a term of four years. The Leader announced the appointment of eight Cabinet members and their portfolios for 2026/27, and the executive scheme of delegation, as set out in the supplementary agenda. She had appointed Councillor Osei as Deputy Leader. Councillor Sadler, the Leader of the Opposition, asked whether the Cabinet Member for Housing would also hold the homelessness brief; the Leader confirmed that she would.
RESOLVED – That the Leader's appointments to the Cabinet, their portfolios and the executive scheme of delegation for 2026/27 be noted.
""", AC_HEAD + """

=7.   POLITICAL BALANCE AND APPOINTMENT OF COMMITTEES
The Chief Executive presented the report on the allocation of seats on committees to the political groups, calculated in accordance with section 15 of the Local Government and Housing Act 1989 on the basis of the Council's membership of 41: Ashcombe Alliance 24, Conservative 12, Green 3 and Independent 2.
RESOLVED that:
(a) the allocation of seats on committees to political groups set out in Appendix A to the report be approved;
(b) the committees, sub-committees and panels listed in Appendix B be appointed for the municipal year 2026/27, with the terms of reference set out in Part 3 of the Constitution; and
(c) the Monitoring Officer be authorised to appoint members to the committees in accordance with the nominations of the group leaders and to fill vacancies arising during the year.

=8.   APPOINTMENT OF CHAIRS AND VICE-CHAIRS OF COMMITTEES
For the Chair of the Planning Committee, Councillor Hargreaves was nominated by Councillor Jessop and seconded by Councillor Kaye, and Councillor Barraclough was nominated by Councillor Pease and seconded by Councillor Stainton. On a vote, Councillor Hargreaves received 26 votes and Councillor Barraclough 15 votes. The other nominations were not opposed.
RESOLVED – That the Chairs and Vice-Chairs of committees for the municipal year 2026/27 be as set out in the schedule tabled at the meeting, with Councillor Hargreaves as Chair of the Planning Committee.

=9.   CALENDAR OF MEETINGS 2026/27
RESOLVED – That the calendar of meetings for the municipal year 2026/27 be approved, subject to the Planning Committee of 24 December 2026 being moved to 17 December 2026.

=10.  APPOINTMENTS TO OUTSIDE BODIES
The Council considered the nominations of the group leaders for the Council's representatives on outside bodies. The trustees of the Ashcombe Almshouse Charity had written to say that they were reviewing their governance and had asked the Council not to nominate a trustee until the review was complete.
RESOLVED that:
(a) the Council's representatives on outside bodies for 2026/27 be as set out in Appendix C to the report; and
(b) the nomination of a trustee of the Ashcombe Almshouse Charity be deferred to the meeting of the Council on 15 July 2026.

=11.  DATES OF MEETINGS
The next ordinary meeting of the Council will be held on Wednesday 15 July 2026 at 6.30 pm.

The meeting closed at 7.50 pm.
"""],
}

AR = "RESOLVED that:"
A7 = "POLITICAL BALANCE AND APPOINTMENT OF COMMITTEES"
A10 = "APPOINTMENTS TO OUTSIDE BODIES"
AC_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="1", title="ELECTION OF MAYOR FOR 2026/27",
         text="RESOLVED – That Councillor Patricia Onslow be elected Mayor of the Borough of Ashcombe for the "
              "municipal year 2026/27",
         note="an election by the meeting, labelled as appointments are (approval); the candidates' votes (27 and "
              "14) are not for/against counts, so votes is null; the nominations and the declaration of "
              "acceptance of office are not labelled"),
    dict(page=1, kind="agreement", outcome="agreed", minute="2", title="VOTE OF THANKS TO THE RETIRING MAYOR",
         proposer="Councillor Rowntree", seconder="Councillor Farooq", unanimous=True,
         text="It was moved by Councillor Rowntree, seconded by Councillor Farooq and RESOLVED unanimously – That "
              "the Council's thanks be accorded to Councillor Derek Mayhew",
         note="the retiring Mayor's charity total is not a decision"),
    dict(page=1, kind="approval", outcome="approved", minute="3", title="APPOINTMENT OF DEPUTY MAYOR",
         text="RESOLVED – That Councillor Sunita Rai be appointed Deputy Mayor for the municipal year 2026/27.",
         note="the nomination sentence names a proposer and seconder but is not the decision; the proposer and "
              "seconder are of the nomination, so they are not copied to the label"),
    dict(page=1, kind="approval", outcome="approved", minute="4", title="MINUTES",
         text="RESOLVED – That the minutes of the meeting of the Council held on 1 April 2026 be confirmed as a "
              "correct record"),
    dict(page=1, kind="noted", outcome="noted", minute="6", title="LEADER OF THE COUNCIL, CABINET AND EXECUTIVE ARRANGEMENTS",
         text="RESOLVED – That the Leader's appointments to the Cabinet, their portfolios and the executive scheme "
              "of delegation for 2026/27 be noted",
         note="the Leader's own appointments (Cabinet, Deputy Leader) are executive decisions, not the Council's; "
              "'The Council noted that Councillor Helen Rowntree had been elected Leader … in May 2024' records an "
              "earlier meeting's decision and is not labelled; the Mayor's appointment of her Chaplain (item 5) "
              "is the Mayor's personal choice"),
    dict(page=2, kind="approval", outcome="approved", minute="7", item="a", title=A7, lead_in=AR,
         text="the allocation of seats on committees to political groups set out in Appendix A to the report be "
              "approved",
         note="the Chief Executive's report of the group sizes is not a decision"),
    dict(page=2, kind="approval", outcome="approved", minute="7", item="b", title=A7, lead_in=AR,
         text="the committees, sub-committees and panels listed in Appendix B be appointed for the municipal year "
              "2026/27"),
    dict(page=2, kind="delegation", outcome="agreed", minute="7", item="c", title=A7, lead_in=AR,
         text="the Monitoring Officer be authorised to appoint members to the committees in accordance with the "
              "nominations of the group leaders"),
    dict(page=2, kind="approval", outcome="approved", minute="8",
         title="APPOINTMENT OF CHAIRS AND VICE-CHAIRS OF COMMITTEES",
         text="RESOLVED – That the Chairs and Vice-Chairs of committees for the municipal year 2026/27 be as set "
              "out in the schedule tabled at the meeting",
         note="the contested vote for the Planning Committee's Chair (26 and 15 votes for two candidates) is not a "
              "for/against count: votes null"),
    dict(page=2, kind="approval", outcome="approved", minute="9", title="CALENDAR OF MEETINGS 2026/27",
         text="RESOLVED – That the calendar of meetings for the municipal year 2026/27 be approved, subject to the "
              "Planning Committee of 24 December 2026 being moved"),
    dict(page=2, kind="approval", outcome="approved", minute="10", item="a", title=A10, lead_in=AR,
         text="the Council's representatives on outside bodies for 2026/27 be as set out in Appendix C to the "
              "report; and",
         note="the Almshouse Charity trustees' request is theirs, not the Council's decision"),
    dict(page=2, kind="deferral", outcome="deferred", minute="10", item="b", title=A10, lead_in=AR,
         text="the nomination of a trustee of the Ashcombe Almshouse Charity be deferred to the meeting of the "
              "Council on 15 July 2026",
         note="the date of the next meeting (item 11) is not labelled"),
]


# ---------------------------------------------------------------------------------------
# 5. Unitary council Area Board (a councillors' area committee with community partners): "Decision" on its own line
#    with a sentence under it, "Reason –" lines, community area grants (awarded, reduced on a counted vote,
#    refused, withdrawn), the Local Highway and Footpath Improvement Group's recommendations, partner updates,
#    an "Action:" line
# ---------------------------------------------------------------------------------------
AB_HEAD = "=KENNETSHIRE COUNCIL                                                    Westcombe Area Board – 29 January 2026"
AB = {
    "file": "westcombe-area-board-minutes-2026-01-29.pdf",
    "layout": "Unitary council Area Board: 'Decision' on its own line then the sentence, 'Reason –' lines, "
              "community area grants awarded / reduced on a counted vote / refused / withdrawn, the highways "
              "group's recommendations approved and one scheme deferred, partner updates, an 'Action:' line",
    "meeting_date": "2026-01-29",
    "body": "Kennetshire Council Westcombe Area Board",
    "footer": "Westcombe Area Board – 29 January 2026                                                          Page {n} of {of}",
    "pages": [AB_HEAD + """

=MINUTES OF THE WESTCOMBE AREA BOARD MEETING HELD ON 29 JANUARY 2026 AT HEMBURY VILLAGE HALL,
=CHURCH LANE, HEMBURY, AT 6.30 PM

Present: Cllr Margaret Thorne (Chairman), Cllr Owen Blake (Vice-Chairman), Cllr Kwame Osei, Cllr Julia Penrose, Cllr Simon Draycott and Cllr Amy Fairhurst.
Also present: Ben Ashworth (Community Engagement Manager), Rachel Morley (Democratic Services Officer), Inspector Dan Coles (Kennetshire Police), Station Manager Tom Pike (Kennetshire Fire and Rescue Service), Cllr Hugh Lamb (Westcombe Town Council) and about 35 members of the public.

=1.   Chairman's Welcome and Introductions
The Chairman welcomed everyone to the meeting and thanked Hembury Village Hall for hosting it.

=2.   Apologies
There were no apologies.

=3.   Minutes
=Decision
The minutes of the meeting held on 20 November 2025 were agreed as a correct record and signed by the Chairman.

=4.   Declarations of Interest
Cllr Penrose declared an interest in the grant application from Westcombe Scout Group (item 8) as a trustee of the Group, and did not take part in the discussion or vote on it.

=5.   Chairman's Announcements
The Chairman drew attention to the Council's budget consultation, which closes on 13 February 2026, and reported that the Council's Cabinet had agreed on 13 January 2026 to introduce fortnightly collection of garden waste from April 2026.

=6.   Partner Updates
Inspector Coles reported a 14 per cent fall in reported anti-social behaviour in Westcombe town centre since the summer, and said that the police would repeat the speed enforcement on the A361 at Hembury in February. Station Manager Pike reminded residents about the free home fire safety visits. Cllr Lamb reported that Westcombe Town Council had resolved on 19 January 2026 to increase its precept by 4.9 per cent and to take over the running of the town's public toilets. A resident asked when the Hembury bus shelter would be replaced; the Community Engagement Manager said that he would find out and reply to her.

=7.   Local Highway and Footpath Improvement Group (LHFIG)
Cllr Blake, the Chairman of the LHFIG, presented the notes of the Group's meeting on 8 January 2026, which recommended funding for four schemes: dropped kerbs on Mill Road, Westcombe; a replacement footbridge on Footpath HEM12; bollards at the school entrance in Little Hembury; and new signage at the Ford Lane junction. The Group's budget for 2025/26 had £21,600 remaining.
=Decision
The Area Board approved the recommendations of the LHFIG meeting held on 8 January 2026, allocating £18,400 to the four schemes listed in the notes.
Members also considered a request from Little Hembury Parish Council for a 20mph limit in Church Lane.
=Decision
The request for a 20mph limit in Church Lane, Little Hembury, was deferred to the LHFIG meeting in April 2026, pending the results of a speed survey.
""", AB_HEAD + """

=8.   Area Board Funding
The Community Engagement Manager presented the applications for funding. The Community Area Grants budget had £14,850 remaining for 2025/26.
Westcombe Scout Group – £2,750 towards the replacement of the roof of the scout hut
=Decision
Westcombe Scout Group was awarded £2,750 towards the replacement of the roof of the scout hut.
Reason – The application meets the Community Area Grant criteria for 2025/26.
Hembury Village Hall Management Committee – £5,000 towards a new kitchen
Members supported the project but were concerned that the award requested would leave little for the rest of the year. Cllr Blake proposed, and Cllr Osei seconded, that the Village Hall be awarded £3,000 rather than the £5,000 requested. On being put to the vote the proposal was carried (4 for, 2 against, 0 abstentions).
=Decision
Hembury Village Hall Management Committee was awarded £3,000 towards a new kitchen.
Reason – The application meets the Community Area Grant criteria, and the award was reduced to leave funds for later applications.
Westcombe Men's Shed – £1,200 towards tools and running costs
=Decision
The application from Westcombe Men's Shed was refused.
Reason – Running costs are not eligible for Community Area Grants. The Men's Shed was encouraged to reapply for the cost of tools alone.
Westcombe Youth Café – £1,500 towards a programme of holiday activities (youth grant)
The Local Youth Network had considered the application on 14 January 2026 and recommended that it be funded in full.
=Decision
Westcombe Youth Café was awarded £1,500 towards a programme of holiday activities.
Reason – The application meets the youth grant criteria and was recommended by the Local Youth Network.
Friends of Westcombe Library – £900 towards a reading garden
The application had been withdrawn by the applicant before the meeting, as the Friends had secured funding from the Town Council.
=Decision
The Area Board noted the grants of £450 and £600 awarded under delegated authority since the last meeting, as set out in the report.

=9.   Local Priorities for 2026/27
The Community Engagement Manager presented the results of the community survey, to which 412 residents had responded. The most common concerns were road safety, loneliness and isolation among older people, and the cost of living. Members discussed the priorities.
=Decision
The Area Board agreed that road safety and loneliness and isolation be its local priorities for 2026/27.
Action: The Community Engagement Manager to arrange a community conversation event on loneliness and isolation by 31 March 2026.

=10.  Close and Date of Next Meeting
The Chairman thanked everyone for attending. The next meeting will be held on Thursday 26 March 2026 at 6.30 pm at the Westcombe Library Community Room. The meeting closed at 8.40 pm.
"""],
}

B7 = "Local Highway and Footpath Improvement Group (LHFIG)"
B8 = "Area Board Funding"
AB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="3", title="Minutes",
         text="The minutes of the meeting held on 20 November 2025 were agreed as a correct record and signed by the "
              "Chairman",
         note="'Decision' is printed on its own line above the sentence (no lead_in); apologies, Cllr Penrose's "
              "declaration, the Chairman's announcements (the Council's Cabinet's decision) are not labelled"),
    dict(page=1, kind="approval", outcome="approved", minute="7", title=B7,
         text="The Area Board approved the recommendations of the LHFIG meeting held on 8 January 2026, allocating "
              "£18,400 to the four schemes listed in the notes",
         note="the Group's recommendations, listed before the Decision, are not labelled apart; the partner updates "
              "(the police, the fire service, the Town Council's precept resolution) and the officer's promise to "
              "reply to a resident are not decisions"),
    dict(page=1, kind="deferral", outcome="deferred", minute="7", title=B7,
         text="The request for a 20mph limit in Church Lane, Little Hembury, was deferred to the LHFIG meeting in "
              "April 2026"),
    dict(page=2, kind="approval", outcome="approved", minute="8", title=B8,
         text="Westcombe Scout Group was awarded £2,750 towards the replacement of the roof of the scout hut.",
         note="a grant awarded: an approval; the application line above and the 'Reason –' line are not labelled"),
    dict(page=2, kind="motion", outcome="carried", minute="8", title=B8, proposer="Cllr Blake", seconder="Cllr Osei",
         votes={"for": 4, "against": 2, "abstain": 0},
         text="Cllr Blake proposed, and Cllr Osei seconded, that the Village Hall be awarded £3,000 rather than the "
              "£5,000 requested",
         note="a counted proposal, labelled beside the Decision it produced"),
    dict(page=2, kind="approval", outcome="approved", minute="8", title=B8,
         text="Hembury Village Hall Management Committee was awarded £3,000 towards a new kitchen."),
    dict(page=2, kind="resolution", outcome="agreed", minute="8", title=B8,
         text="The application from Westcombe Men's Shed was refused.",
         note="a grant refused: the Board's decision (kind resolution, outcome agreed, as refusals of planning "
              "permission are in the earlier sets)"),
    dict(page=2, kind="approval", outcome="approved", minute="8", title=B8,
         text="Westcombe Youth Café was awarded £1,500 towards a programme of holiday activities.",
         note="the Local Youth Network's recommendation is another body's"),
    dict(page=2, kind="withdrawal", outcome="withdrawn", minute="8", title=B8,
         text="The application had been withdrawn by the applicant before the meeting, as the Friends had secured "
              "funding",
         note="withdrawn by the applicant before the meeting, labelled as withdrawn applications are in the "
              "earlier sets; the Town Council's funding is its own decision"),
    dict(page=2, kind="noted", outcome="noted", minute="8", title=B8,
         text="The Area Board noted the grants of £450 and £600 awarded under delegated authority since the last "
              "meeting",
         note="the officer's delegated awards are not this meeting's decisions; noting them is"),
    dict(page=2, kind="agreement", outcome="agreed", minute="9", title="Local Priorities for 2026/27",
         text="The Area Board agreed that road safety and loneliness and isolation be its local priorities for "
              "2026/27.",
         note="the survey results and the Members' discussion are not labelled"),
    dict(page=2, kind="action", outcome=None, minute="9", title="Local Priorities for 2026/27",
         lead_in="Action:", owner="Community Engagement Manager", deadline="2026-03-31",
         text="The Community Engagement Manager to arrange a community conversation event on loneliness and "
              "isolation by 31 March 2026",
         note="the date of the next meeting is not labelled"),
]

DOCS = [(IJB, IJB_LABELS), (NI, NI_LABELS), (PF, PF_LABELS), (AC, AC_LABELS), (AB, AB_LABELS)]

if __name__ == "__main__":
    build_set(__file__, DOCS, "lg", actions_have_no_outcome=True)
