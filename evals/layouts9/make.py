"""Layouts9: six fictional documents whose decisions are written in narrative prose rather than formal RESOLVED
blocks, and their decision labels (`.venv/bin/python evals/layouts9/make.py`).

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py (``build_set``),
as in evals/layouts8/make.py. This set's own helpers: ``table`` (layouts8's: the cells of a table printed side by
side with wide spacing, a long word never broken), ``names`` (a recorded vote's names printed in columns) and
``head`` (a running head printed as the first line of a page).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the repository root holds evals
from evals.layouts.make import build_set  # noqa: E402
from evals.layouts.make import table as _table  # noqa: E402


def table(rows: list[tuple], widths: tuple[int, ...]) -> str:
    """This set's table: a long word (a reference) is never broken."""
    return _table(rows, widths, break_long_words=False)


def names(people: list[str], cols: int = 4, width: int = 23) -> str:
    """A recorded vote's names, ``cols`` to a line, as '=' lines for a page's source."""
    out = []
    for i in range(0, len(people), cols):
        out.append("=" + "".join(p.ljust(width) for p in people[i:i + cols]).rstrip())
    return "\n".join(out)


# ---------------------------------------------------------------------------------------
# 1. Charity (libraries trust) board of trustees: numbered paragraphs, decisions in prose
# ---------------------------------------------------------------------------------------
TRUST = {
    "file": "libraries-trust-board-minutes-2025-05-15.pdf",
    "layout": "Charitable trust (libraries and culture) Board of Trustees: numbered paragraphs 1.1, 5.2 …, decisions "
              "told in prose ('The Board approved …', 'It was agreed that …', 'Approval was given for …', 'The Board "
              "agreed to recommend to the Council that …', 'The Board delegated authority to …', 'The Chair agreed "
              "to write to …', 'Action: LB to circulate … by 30 May 2025'), beside items merely presented or "
              "discussed",
    "meeting_date": "2025-05-15",
    "body": "Brackwater Libraries and Culture Trust Board of Trustees",
    "footer": "Brackwater Libraries and Culture Trust – Board of Trustees – 15 May 2025 – unconfirmed minutes     Page {n} of {of}",
    "pages": ["""
=BRACKWATER LIBRARIES AND CULTURE TRUST
=(a charitable incorporated organisation, registered charity no. 1187342)
=MINUTES OF THE MEETING OF THE BOARD OF TRUSTEES
=held on Thursday 15 May 2025 at 6.00 pm in Meeting Room 2, Brackwater Central Library

=Present:        Helen Marwood (Chair), Dr Kofi Mensah (Vice-Chair), Josephine Strickland (Treasurer),
=                Alan Fairclough, Nisha Patel, Rev. Graham Toller, Cllr Ruth Denholm (Council nominee)
=In attendance:  Jonathan Seddon, Chief Executive (JS); Lorna Birtles, Director of Finance and Resources (LB);
=                Maya Okafor, Head of Libraries (MO); Ian Carrow, Company Secretary (minutes)

=1.    Welcome and apologies
1.1  The Chair welcomed trustees to the meeting. Apologies were received from Sarah Quennell. The meeting was quorate.

=2.    Declarations of interest
2.1  Cllr Denholm reminded the Board that she is the Council's Cabinet Member for Communities and said that she would leave the meeting for item 7, the funding agreement with the Council. No other interests were declared.

=3.    Minutes of the previous meeting and matters arising
3.1  The minutes of the meeting held on 20 March 2025 were approved as a true record, subject to the correction of the date of the Finance and Audit Committee meeting in paragraph 5.2 to 3 March 2025.
3.2  Matters arising: JS confirmed that the Council's Cabinet had agreed in April to extend the Trust's lease of the Old Fire Station for a further ten years. All other actions from the last meeting were complete.

=4.    Chief Executive's report
4.1  JS presented his report. Visits to the Trust's eleven libraries in 2024/25 were 812,400, up 6% on the previous year, and 3,950 children had taken part in the summer reading challenge.
4.2  Members discussed the fall in volunteer numbers at the smaller branches and the cost of the new self-service kiosks. Dr Mensah suggested that the volunteer strategy be refreshed; JS said this was already planned for the autumn.
4.3  The Board noted the report and thanked the staff for a successful year.

=5.    Budget 2025/26 and financial outlook
5.1  LB presented the revised budget for 2025/26, which reflects the 3% reduction in the Council's management fee, and a three-year financial outlook showing a deficit of £214,000 in 2026/27 unless further savings are found. The Finance and Audit Committee had reviewed the budget on 6 May 2025 and recommended it to the Board.
5.2  The Board approved the revised budget for 2025/26, with total income of £6.48m and total expenditure of £6.45m.
5.3  It was agreed that the Finance and Audit Committee should review the reserves policy and bring a revised policy to the Board's meeting in September.
5.4  Action: LB to circulate the three-year financial outlook model to trustees by 30 May 2025.

=6.    Opening hours consultation
6.1  MO presented the results of the public consultation on changes to opening hours, which had received 2,137 responses. Trustees asked about the effect on the homework club at Eastbridge library and on the Salterns baby rhyme-time sessions.
6.2  Approval was given for the revised opening hours at the Eastbridge, Milton Cross and Salterns libraries to take effect from 1 September 2025, subject to late opening at Eastbridge on Thursdays being kept until 7.00 pm.
6.3  The Chair agreed to write to the Friends of Eastbridge Library to thank them for their response to the consultation.

=7.    Funding agreement with Brackwater Borough Council
7.1  Cllr Denholm left the meeting for this item.
""", """
7.2  JS reported that the Council had proposed to extend the funding agreement for two years from April 2026 on the present terms, with the management fee reduced by a further 2% a year. It was reported that the Council's Cabinet had approved the proposal in principle on 29 April 2025.
7.3  After discussion, the Board agreed to recommend to the Council that the extension be for three years rather than two, with the management fee held at the 2025/26 level in the third year.
7.4  The Board delegated authority to the Chief Executive and the Chair to negotiate and agree the final terms of the extension, within the limits discussed at the meeting, and to report back in September.
7.5  Cllr Denholm returned to the meeting.

=8.    Presentation: Digital Inclusion project
8.1  The Board received a presentation from MO and two volunteers on the Digital Inclusion project, which has supported 640 residents since September 2024. Members discussed how the project might be funded after the National Lottery grant ends in March 2026.
8.2  The Chair thanked the volunteers for their presentation.

=9.    Strategic risk register
9.1  The Board reviewed the strategic risk register. It was agreed that the risk relating to the condition of the Central Library roof be raised from amber to red, and that the Chief Executive report on the options for its repair to the Board's meeting on 18 September 2025.

=10.   Trustees
10.1 The Nominations Committee had interviewed two candidates in April and recommended Mr Daniel Achebe. The Board agreed to appoint Mr Daniel Achebe as a trustee for a term of three years from 1 June 2025.
10.2 Rev. Graham Toller's second term of office ends in July and he will not stand again. The Chair thanked him for eight years of service.
10.3 It was agreed that the Board's meeting in July be replaced by a strategy day for trustees and senior staff on Saturday 5 July 2025.

=11.   Safeguarding policy
11.1 The annual review of the Safeguarding Policy was deferred to the September meeting, as the Local Safeguarding Children Partnership will not publish its revised procedures until July.

=12.   Any other business
12.1 Alan Fairclough asked whether the Trust would take part in the Council's bid to be a Year of Culture in 2027. JS said that the Council had not yet decided whether to bid.

=13.   Date of next meeting
13.1 Thursday 18 September 2025 at 6.00 pm, Brackwater Central Library.

=The meeting closed at 8.10 pm.

=Signed .................................... (Chair)        Date ............................
"""],
}

TRUST_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="3.1", title="Minutes of the previous meeting and matters arising",
         text="The minutes of the meeting held on 20 March 2025 were approved as a true record, subject to the "
              "correction of the date of the Finance and Audit Committee meeting in paragraph 5.2 to 3 March 2025",
         note="the paragraph number is the item; matters arising ('the Council's Cabinet had agreed in April …') is "
              "the Cabinet's decision and is not labelled"),
    dict(page=1, kind="noted", outcome="noted", item="4.3", title="Chief Executive's report",
         text="The Board noted the report and thanked the staff for a successful year",
         note="the Board's closing noting of the item; 'Members discussed …' and Dr Mensah's suggestion are not labelled"),
    dict(page=1, kind="approval", outcome="approved", item="5.2", title="Budget 2025/26 and financial outlook",
         text="The Board approved the revised budget for 2025/26, with total income of £6.48m and total expenditure "
              "of £6.45m",
         note="'The Finance and Audit Committee had reviewed the budget on 6 May 2025 and recommended it' is another "
              "meeting's recommendation, not labelled"),
    dict(page=1, kind="agreement", outcome="agreed", item="5.3", title="Budget 2025/26 and financial outlook",
         text="It was agreed that the Finance and Audit Committee should review the reserves policy and bring a "
              "revised policy to the Board's meeting in September"),
    dict(page=1, kind="action", outcome=None, item="5.4", title="Budget 2025/26 and financial outlook",
         lead_in="Action:", owner="LB", deadline="2025-05-30",
         text="LB to circulate the three-year financial outlook model to trustees by 30 May 2025"),
    dict(page=1, kind="approval", outcome="approved", item="6.2", title="Opening hours consultation",
         text="Approval was given for the revised opening hours at the Eastbridge, Milton Cross and Salterns "
              "libraries to take effect from 1 September 2025, subject to late opening at Eastbridge on Thursdays "
              "being kept until 7.00 pm"),
    dict(page=1, kind="action", outcome=None, item="6.3", title="Opening hours consultation", owner="Chair",
         text="The Chair agreed to write to the Friends of Eastbridge Library to thank them for their response to the "
              "consultation",
         note="an undertaking recorded in prose ('The Chair agreed to write to …'): an action of the Chair, no date"),
    dict(page=2, kind="recommendation", outcome="recommended", item="7.3",
         title="Funding agreement with Brackwater Borough Council", to="Brackwater Borough Council",
         text="After discussion, the Board agreed to recommend to the Council that the extension be for three years "
              "rather than two, with the management fee held at the 2025/26 level in the third year",
         note="the item's heading is at the foot of page 1; 'the Council had proposed …' and 'It was reported that "
              "the Council's Cabinet had approved the proposal in principle on 29 April 2025' are not labelled"),
    dict(page=2, kind="delegation", outcome="agreed", item="7.4",
         title="Funding agreement with Brackwater Borough Council", owner="Chief Executive",
         text="The Board delegated authority to the Chief Executive and the Chair to negotiate and agree the final "
              "terms of the extension, within the limits discussed at the meeting, and to report back in September",
         note="delegated jointly to the Chief Executive and the Chair; owner is the first named"),
    dict(page=2, kind="agreement", outcome="agreed", item="9.1", title="Strategic risk register",
         text="It was agreed that the risk relating to the condition of the Central Library roof be raised from amber "
              "to red",
         note="the first half of a sentence that also holds an action (next label); 'The Board reviewed the "
              "strategic risk register' is not labelled"),
    dict(page=2, kind="action", outcome=None, item="9.1", title="Strategic risk register", lead_in="It was agreed",
         owner="Chief Executive", deadline="2025-09-18",
         text="the Chief Executive report on the options for its repair to the Board's meeting on 18 September 2025",
         note="the second half of the 'It was agreed that …, and that …' sentence"),
    dict(page=2, kind="approval", outcome="approved", item="10.1", title="Trustees",
         text="The Board agreed to appoint Mr Daniel Achebe as a trustee for a term of three years from 1 June 2025",
         note="an appointment is an approval, as in the earlier sets; the Nominations Committee's recommendation "
              "before it is not labelled"),
    dict(page=2, kind="agreement", outcome="agreed", item="10.3", title="Trustees",
         text="It was agreed that the Board's meeting in July be replaced by a strategy day for trustees and senior "
              "staff on Saturday 5 July 2025"),
    dict(page=2, kind="deferral", outcome="deferred", item="11.1", title="Safeguarding policy",
         text="The annual review of the Safeguarding Policy was deferred to the September meeting, as the Local "
              "Safeguarding Children Partnership will not publish its revised procedures until July"),
]


# ---------------------------------------------------------------------------------------
# 2. Corporate Parenting Panel: an advisory panel that mostly notes, asks and recommends
# ---------------------------------------------------------------------------------------
CPP = {
    "file": "corporate-parenting-panel-minutes-2025-03-10.pdf",
    "layout": "County council Corporate Parenting Panel (advisory): numbered minutes; 'RESOLVED that the report be "
              "noted', 'The Panel noted the update and asked that …', 'Members agreed that the item be brought back "
              "…', 'It was RESOLVED that the comments of the Panel be passed to the Cabinet Member …', a lettered "
              "RESOLVED with a referral to a scrutiny committee, a deferral in prose, 'RESOLVED to recommend to the "
              "Cabinet that …', a report's recommendation quoted and not followed, a presentation with no decision",
    "meeting_date": "2025-03-10",
    "body": "Hallingford County Council Corporate Parenting Panel",
    "footer": "Hallingford County Council – Corporate Parenting Panel – 10 March 2025                         Page {n} of {of}",
    "pages": ["""
=HALLINGFORD COUNTY COUNCIL
=CORPORATE PARENTING PANEL
=Minutes of the meeting held on Monday 10 March 2025 at 10.00 am in Room 2.14, County Hall, Hallingford

=Present:   Councillor Bernadette Flynn (Chair); Councillors Akhtar, Coulson, Drinkwater, Esposito and Morland;
=           Chantelle Rigby and Kieran Lowe (Children in Care Council, co-opted, non-voting)
=Also present: Councillor Tim Haldane, Cabinet Member for Children's Services
=Officers:  Director of Children's Services; Head of Children in Care; Head of the Virtual School; Designated
=           Nurse for Looked After Children; Democratic Services Officer

=31.  APOLOGIES AND SUBSTITUTES
Apologies were received from Councillor Yeo. Councillor Morland attended as her substitute.

=32.  DECLARATIONS OF INTEREST
Councillor Esposito declared that she is an approved foster carer for the County Council.

=33.  MINUTES
RESOLVED that the minutes of the meeting held on 13 January 2025 be agreed as a correct record.

=34.  VOICE OF CHILDREN IN CARE – CHILDREN IN CARE COUNCIL UPDATE
Chantelle Rigby and Kieran Lowe presented the Children in Care Council's update, including the results of the "Bright Spots" survey, which showed that 31% of young people in care did not know who their Independent Reviewing Officer was. Members asked how this compared with other councils.
The Panel noted the update and asked that the Head of Children in Care bring an action plan responding to the survey to the meeting on 9 June 2025.

=35.  PERFORMANCE REPORT – CHILDREN IN CARE, QUARTER 3 2024/25
The Head of Children in Care presented the quarter 3 report. The number of children in care had risen to 742, and the proportion placed more than 20 miles from home to 17%. The report asked the Panel to note the performance information and to comment on it.
Members expressed concern about the number of children placed in unregistered provision, six at 31 December 2024, and asked how long each had been there. The Cabinet Member said that he shared the concern.
RESOLVED that the report be noted.
It was RESOLVED that the comments of the Panel on the use of unregistered provision be passed to the Cabinet Member for Children's Services, with a request for a written response before the next meeting.

=36.  VIRTUAL SCHOOL HEADTEACHER'S ANNUAL REPORT 2023/24
The Head of the Virtual School presented the annual report. 42% of children in care had achieved a grade 4 or above in English and mathematics at key stage 4, against 36% nationally. It was reported that the Department for Education had approved the Virtual School's pupil premium plus arrangements in December 2024.
The annual report was noted. Members agreed that the item be brought back in June, with the provisional key stage 2 results for 2024/25 and the number of exclusions of children in care by school.

=37.  HEALTH OF CHILDREN IN CARE
The Designated Nurse presented the annual health report. Only 54% of initial health assessments had been completed within 20 working days of a child coming into care, against a target of 90%.
RESOLVED that:
(a) the report be noted;
(b) the Panel's concern at the timeliness of initial health assessments be referred to the Children and Young People's Scrutiny Committee for consideration at its meeting on 2 April 2025; and
(c) a progress report on initial health assessments be added to the Panel's work programme for September 2025.
""", """
=38.  CORPORATE PARENTING STRATEGY 2025–2028 – CONSULTATION DRAFT
The Director of Children's Services introduced the draft strategy. The report recommended that the Panel endorse the draft for consultation with children in care and care leavers. Kieran Lowe said that the draft did not mention the council tax exemption for care leavers or the Local Offer.
The Panel agreed to defer consideration of the draft strategy to its meeting on 9 June 2025, so that it can be revised to reflect the views of the Children in Care Council.

=39.  COUNCIL TAX EXEMPTION FOR CARE LEAVERS
The Panel considered a proposal from the Children in Care Council that care leavers living outside the county be given the same council tax exemption as those living in it. The Cabinet had previously agreed, in February 2024, to exempt care leavers living in the county up to the age of 25.
RESOLVED to recommend to the Cabinet that the council tax exemption for care leavers be extended to care leavers living outside the county, up to the age of 25, from 1 April 2026.

=40.  FOSTERING RECRUITMENT CAMPAIGN
The Panel received a presentation from the Fostering Recruitment Manager on the spring campaign, "Open Your Door". Members discussed the number of enquiries from the west of the county and suggested that the campaign use parish magazines.

=41.  WORK PROGRAMME
The Panel noted its work programme for 2025/26 and asked that a visit to the Larkfield children's home be arranged for members before the summer recess.

=The meeting closed at 12.25 pm.

=Chair .......................................
"""],
}

CPP_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="33", title="MINUTES",
         text="RESOLVED that the minutes of the meeting held on 13 January 2025 be agreed as a correct record"),
    dict(page=1, kind="noted", outcome="noted", minute="34",
         title="VOICE OF CHILDREN IN CARE – CHILDREN IN CARE COUNCIL UPDATE", text="The Panel noted the update",
         note="the first half of 'The Panel noted the update and asked that …', the item's closing sentence (the "
              "Panel's noting, not a line of debate); 'Members asked how this compared …' is not labelled"),
    dict(page=1, kind="action", outcome=None, minute="34",
         title="VOICE OF CHILDREN IN CARE – CHILDREN IN CARE COUNCIL UPDATE", owner="Head of Children in Care",
         deadline="2025-06-09",
         text="asked that the Head of Children in Care bring an action plan responding to the survey to the meeting "
              "on 9 June 2025",
         note="the second half of the sentence: the Panel's request is an action for the officer named"),
    dict(page=1, kind="noted", outcome="noted", minute="35",
         title="PERFORMANCE REPORT – CHILDREN IN CARE, QUARTER 3 2024/25", text="RESOLVED that the report be noted",
         note="'The report asked the Panel to note the performance information …' before it is the report's "
              "recommendation, not labelled"),
    dict(page=1, kind="referral", outcome="referred", minute="35",
         title="PERFORMANCE REPORT – CHILDREN IN CARE, QUARTER 3 2024/25",
         to="Cabinet Member for Children's Services",
         text="It was RESOLVED that the comments of the Panel on the use of unregistered provision be passed to the "
              "Cabinet Member for Children's Services, with a request for a written response before the next meeting",
         note="comments passed to a decision maker: a referral, as the earlier sets label referrals of concerns"),
    dict(page=1, kind="noted", outcome="noted", minute="36",
         title="VIRTUAL SCHOOL HEADTEACHER'S ANNUAL REPORT 2023/24", text="The annual report was noted",
         note="'It was reported that the Department for Education had approved …' is not labelled"),
    dict(page=1, kind="agreement", outcome="agreed", minute="36",
         title="VIRTUAL SCHOOL HEADTEACHER'S ANNUAL REPORT 2023/24",
         text="Members agreed that the item be brought back in June, with the provisional key stage 2 results for "
              "2024/25 and the number of exclusions of children in care by school",
         note="'Members agreed' here is the Panel's decision on its business (the item to come back), not a line of "
              "debate; no day is printed, so no deadline"),
    dict(page=1, kind="noted", outcome="noted", minute="37", title="HEALTH OF CHILDREN IN CARE",
         lead_in="RESOLVED that:", text="the report be noted"),
    dict(page=1, kind="referral", outcome="referred", minute="37", title="HEALTH OF CHILDREN IN CARE",
         lead_in="RESOLVED that:", to="Children and Young People's Scrutiny Committee",
         text="the Panel's concern at the timeliness of initial health assessments be referred to the Children and "
              "Young People's Scrutiny Committee for consideration at its meeting on 2 April 2025"),
    dict(page=1, kind="agreement", outcome="agreed", minute="37", title="HEALTH OF CHILDREN IN CARE",
         lead_in="RESOLVED that:",
         text="a progress report on initial health assessments be added to the Panel's work programme for September "
              "2025"),
    dict(page=2, kind="deferral", outcome="deferred", minute="38",
         title="CORPORATE PARENTING STRATEGY 2025–2028 – CONSULTATION DRAFT",
         text="The Panel agreed to defer consideration of the draft strategy to its meeting on 9 June 2025, so that it "
              "can be revised to reflect the views of the Children in Care Council",
         note="'The report recommended that the Panel endorse the draft for consultation' is the report's "
              "recommendation, which the Panel did not follow: not labelled"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="39",
         title="COUNCIL TAX EXEMPTION FOR CARE LEAVERS", to="Cabinet",
         text="RESOLVED to recommend to the Cabinet that the council tax exemption for care leavers be extended to "
              "care leavers living outside the county, up to the age of 25, from 1 April 2026",
         note="'The Cabinet had previously agreed, in February 2024, …' and the Children in Care Council's proposal "
              "are not labelled"),
    dict(page=2, kind="noted", outcome="noted", minute="41", title="WORK PROGRAMME",
         text="The Panel noted its work programme for 2025/26"),
    dict(page=2, kind="action", outcome=None, minute="41", title="WORK PROGRAMME",
         text="asked that a visit to the Larkfield children's home be arranged for members before the summer recess",
         note="no owner named and no date printed"),
]


# ---------------------------------------------------------------------------------------
# 3. County Council: condolences, question time, a motion and amendment, a recorded vote with names
# ---------------------------------------------------------------------------------------
FOR_45 = [
    "Mr K Adeyemi", "Mrs J Ainsworth", "Mr T Barlow", "Mrs C Beddoes", "Mr P Blakemore", "Ms R Brennan",
    "Mr D Calloway", "Mrs A Chaudhry", "Mr S Clegg", "Mrs M Cotterill", "Mr L Darby", "Ms F Dewhurst",
    "Mr H Eastwood", "Mrs G Ellison", "Mr B Farrant", "Mrs L Forsyth", "Mr J Gaskell", "Ms N Greaves",
    "Mr R Hadfield", "Mrs P Halloran", "Mr O Hepworth", "Mrs K Ingleby", "Mr V Jagger", "Mrs E Kershaw",
    "Mr C Lambert", "Ms S Lockwood", "Mr A Mallinson", "Mrs D Mellor", "Mr W Naylor", "Mrs T Newsome",
    "Mr E Ormerod", "Ms Y Pickard", "Mr G Quarmby", "Mrs H Radcliffe", "Mr I Sagar", "Mrs B Shepley",
    "Mr M Sowerby", "Ms A Tattersall", "Mr N Threlfall", "Mrs R Uttley", "Mr F Varley", "Mrs C Wadsworth",
    "Mr Z Whiteley", "Mrs J Womersley", "Mr D Yeadon",
]
AGAINST_12 = [
    "Mr G Pattinson", "Mrs S Whelan", "Mr A Ackroyd", "Mrs L Birtwistle", "Mr J Crowther", "Mrs V Dyson",
    "Mr R Fothergill", "Mrs N Gledhill", "Mr P Holroyd", "Mrs K Illingworth", "Mr T Jowett", "Mrs W Kitson",
]
ABSTAIN_2 = ["Mr S Lumb", "Ms H Moorhouse"]
CC_HEAD = "=Marchfield County Council – County Council – 16 October 2025"
CC = {
    "file": "county-council-minutes-2025-10-16.pdf",
    "layout": "County council, full Council: a condolence motion 'agreed unanimously' and 'Members stood in silence', "
              "question time with no decisions, Cabinet recommendations 'RESOLVED that: (a) … (b) …', a motion and an "
              "amendment ('The amendment was lost'), a recorded vote printing names in columns under 'For (45)', "
              "'Against (12)', 'Abstain (2)', 'The substantive motion was carried' and 'RESOLVED that the County "
              "Council: 1. … 2. … 3. …' whose parts run over a page break (footer and running head between them)",
    "meeting_date": "2025-10-16",
    "body": "Marchfield County Council",
    "footer": "Minutes of the County Council, 16 October 2025 – subject to confirmation                               Page {n}",
    "pages": [CC_HEAD + """

=MARCHFIELD COUNTY COUNCIL
=MINUTES of a meeting of the County Council held at County Hall, Marchfield on Thursday 16 October 2025 at 10.00 am

=Present: Mr P R Whitcombe (Chairman), Mrs H A Bradbury (Vice-Chairman) and 59 other Members, as shown in the
=attendance register

=45.  CONDOLENCES – THE LATE MR DEREK HOLLOWAY
The Chairman informed the Council of the death on 2 October 2025 of Mr Derek Holloway, Member for Stoke Ferrers from 1997 to 2017 and Chairman of the County Council in 2009/10. The Leader of the Council, the Leader of the Opposition and Mr Sagar paid tribute to his service to the county.
Members stood in silence in his memory.
It was moved by the Leader of the Council, seconded by the Leader of the Opposition and agreed unanimously that the Council place on record its gratitude for the service of Mr Holloway and send its condolences to his family.

=46.  APOLOGIES FOR ABSENCE
Apologies were received from Mrs Carver, Mr Ibrahim, Mr Nuttall and Mrs Tolson.

=47.  DECLARATIONS OF INTEREST
Mr Blakemore declared an other registrable interest in minute 53 as a director of the Ouse Marsh Internal Drainage Board.

=48.  MINUTES
RESOLVED that the minutes of the meeting held on 17 July 2025 be confirmed and signed by the Chairman.

=49.  CHAIRMAN'S ANNOUNCEMENTS
The Chairman congratulated the county's Fire and Rescue Service on its national award for community safety, and reminded Members of the Remembrance service at County Hall on 11 November.

=50.  QUESTION TIME
Five questions had been received under Standing Order 10.
(1) Mrs Kershaw asked the Cabinet Member for Highways when the A1104 at Fenby would be resurfaced. The Cabinet Member replied that the Cabinet had approved £3.2m for resurfacing on the A1104 in July and that the work would begin in March 2026.
(2) Mr Jowett asked the Leader how many school transport routes had been retendered. The Leader replied that 64 routes had been retendered, saving £410,000 a year.
(3) Mrs Halloran asked the Cabinet Member for Adult Social Care about waiting lists for care assessments. The Cabinet Member said that 1,106 people were waiting, and agreed to send Mrs Halloran the figures for each district.
(4) and (5) The questions of Mr Crowther and Ms Tattersall, on library opening hours and on the Fenby household waste site, and the written answers, are in Appendix A to these minutes.

""", CC_HEAD + """

=51.  REPORT OF THE CABINET – TREASURY MANAGEMENT MID-YEAR REVIEW 2025/26
The Cabinet Member for Finance moved, and the Vice-Chairman seconded, the recommendations of the Cabinet of 23 September 2025. The report recommended that the Council note the mid-year review and approve the revised prudential indicators. It was reported that the Cabinet had already agreed to increase the counterparty limit for the county's own pension fund.
RESOLVED that:
(a) the Treasury Management Mid-Year Review 2025/26 be noted; and
(b) the revised prudential indicators for 2025/26 at Appendix 2 to the report be approved.

=52.  APPOINTMENTS TO COMMITTEES
RESOLVED that Mr Sagar be appointed to the Pensions Committee in place of Mrs Carver, for the remainder of the municipal year.

=53.  MOTION – FLOOD RESILIENCE
It was moved by Mr Adeyemi and seconded by Mrs Forsyth that:
"This Council:
1. notes that 1,140 homes in the county were flooded in the winter of 2024/25;
2. calls on the Cabinet to establish a Community Flood Resilience Fund of £2m in the 2026/27 budget; and
3. asks the Chief Executive to write to the Secretary of State asking for a review of the funding formula for flood defence schemes in rural areas."
It was moved by Mr Pattinson and seconded by Mrs Whelan, as an amendment, that paragraph 2 be deleted and replaced with: "2. asks the Cabinet to consider a Community Flood Resilience Fund as part of the 2026/27 budget process;".
After debate, the amendment was put to the vote. The amendment was lost.
The original motion then became the substantive motion. A recorded vote was requested and taken on the substantive motion, as follows:
=For (45)
""" + names(FOR_45) + """
=Against (12)
""" + names(AGAINST_12) + """
=Abstain (2)
""" + names(ABSTAIN_2) + """
The substantive motion was carried.
RESOLVED that the County Council:
1. notes that 1,140 homes in the county were flooded in the winter of 2024/25;
2. calls on the Cabinet to establish a Community Flood Resilience Fund of £2m in the 2026/27 budget; and
""", CC_HEAD + """
3. asks the Chief Executive to write to the Secretary of State asking for a review of the funding formula for flood defence schemes in rural areas.

=54.  MEMBERS' ALLOWANCES – REPORT OF THE INDEPENDENT REMUNERATION PANEL
The Chairman of the Independent Remuneration Panel, Mrs Ruth Calder, was unable to attend. The Council agreed, without a vote, to defer consideration of the Panel's report to its meeting on 11 December 2025 so that Mrs Calder could present it.

The meeting closed at 1.35 pm.

=CHAIRMAN ...........................................
"""],
}

C53 = "MOTION – FLOOD RESILIENCE"
C53_LEAD = "RESOLVED that the County Council:"
CC_LABELS = [
    dict(page=1, kind="resolution", outcome="agreed", minute="45", title="CONDOLENCES – THE LATE MR DEREK HOLLOWAY",
         proposer="the Leader of the Council", seconder="the Leader of the Opposition", unanimous=True,
         text="It was moved by the Leader of the Council, seconded by the Leader of the Opposition and agreed "
              "unanimously that the Council place on record its gratitude for the service of Mr Holloway and send its "
              "condolences to his family",
         note="a condolence motion agreed unanimously without a vote: one label (kind resolution, as the RESOLVED "
              "a motion produces), not a separate motion label; 'Members stood in silence' is not a decision"),
    dict(page=1, kind="approval", outcome="approved", minute="48", title="MINUTES",
         text="RESOLVED that the minutes of the meeting held on 17 July 2025 be confirmed and signed by the Chairman"),
    dict(page=2, kind="noted", outcome="noted", minute="51",
         title="REPORT OF THE CABINET – TREASURY MANAGEMENT MID-YEAR REVIEW 2025/26", lead_in="RESOLVED that:",
         text="the Treasury Management Mid-Year Review 2025/26 be noted",
         note="question time (minute 50), including 'the Cabinet had approved £3.2m …' and the Cabinet Member "
              "agreeing to send figures, has no decision; 'The report recommended that …' and 'It was reported "
              "that the Cabinet had already agreed …' are not labelled"),
    dict(page=2, kind="approval", outcome="approved", minute="51",
         title="REPORT OF THE CABINET – TREASURY MANAGEMENT MID-YEAR REVIEW 2025/26", lead_in="RESOLVED that:",
         text="the revised prudential indicators for 2025/26 at Appendix 2 to the report be approved"),
    dict(page=2, kind="approval", outcome="approved", minute="52", title="APPOINTMENTS TO COMMITTEES",
         text="RESOLVED that Mr Sagar be appointed to the Pensions Committee in place of Mrs Carver, for the remainder "
              "of the municipal year"),
    dict(page=2, kind="motion", outcome="carried", minute="53", title=C53,
         votes={"for": 45, "against": 12, "abstain": 2}, proposer="Mr Adeyemi", seconder="Mrs Forsyth",
         text="It was moved by Mr Adeyemi and seconded by Mrs Forsyth that",
         note="the original motion, which became the substantive motion; carried on a recorded vote whose counts are "
              "printed only in the column headings 'For (45)', 'Against (12)', 'Abstain (2)' above the names"),
    dict(page=2, kind="amendment", outcome="lost", minute="53", title=C53, proposer="Mr Pattinson",
         seconder="Mrs Whelan",
         text="It was moved by Mr Pattinson and seconded by Mrs Whelan, as an amendment, that paragraph 2 be deleted "
              "and replaced with",
         note="'The amendment was lost' with no counts printed, so votes is null"),
    dict(page=2, kind="resolution", outcome="agreed", minute="53", title=C53, lead_in=C53_LEAD,
         text="notes that 1,140 homes in the county were flooded in the winter of 2024/25",
         note="part 1 of the RESOLVED the carried motion produced (kind resolution, like every part of it, though it "
              "reads 'notes'); the same words in the quoted motion above are not labelled again"),
    dict(page=2, kind="resolution", outcome="agreed", minute="53", title=C53, lead_in=C53_LEAD, to="Cabinet",
         text="calls on the Cabinet to establish a Community Flood Resilience Fund of £2m in the 2026/27 budget"),
    dict(page=3, kind="resolution", outcome="agreed", minute="53", title=C53, lead_in=C53_LEAD,
         text="asks the Chief Executive to write to the Secretary of State asking for a review of the funding formula "
              "for flood defence schemes in rural areas",
         note="part 3 of the resolution, after the page break (page 2's footer and page 3's running head lie between "
              "it and its lead-in)"),
    dict(page=3, kind="deferral", outcome="deferred", minute="54",
         title="MEMBERS' ALLOWANCES – REPORT OF THE INDEPENDENT REMUNERATION PANEL",
         text="The Council agreed, without a vote, to defer consideration of the Panel's report to its meeting on 11 "
              "December 2025 so that Mrs Calder could present it"),
]


# ---------------------------------------------------------------------------------------
# 4. Report of the Selection and Member Services Committee to County Council
# ---------------------------------------------------------------------------------------
SMS = {
    "file": "selection-member-services-committee-report-2025-12-04.pdf",
    "layout": "County council committee's report to full Council (County Council of 4 December 2025) from its "
              "meeting of 12 November 2025: Part A recommendations in prose ('The Committee agreed to recommend that "
              "the County Council …', 'The Committee also agreed to recommend …', lower-case 'The Committee "
              "recommends that …') and one formal 'The Committee RECOMMENDS that the County Council: (a) … (b) … "
              "(c) …'; Part B, matters the Committee decided itself, in prose; 'Council is asked to …' lines that "
              "point back to the recommendations",
    "meeting_date": "2025-11-12",
    "body": "Kennetshire County Council Selection and Member Services Committee",
    "footer": "Kennetshire County Council – County Council – 4 December 2025 – Agenda Item 11                    Page {n} of {of}",
    "pages": ["""
=KENNETSHIRE COUNTY COUNCIL
=COUNTY COUNCIL – 4 DECEMBER 2025
=AGENDA ITEM 11

=REPORT OF THE SELECTION AND MEMBER SERVICES COMMITTEE
=Meeting held on 12 November 2025

=Chairman of the Committee:   Mr R J Haverstock
=Members of the Committee:    Mr R J Haverstock (Chairman), Mrs E Kowalczyk (Vice-Chairman), Mr D Antrobus,
=                             Mrs P Gill, Mr N Oyelaran, Ms T Rennie, Mr W Stoddart
=Contact officer:             Amira Hollis, Democratic Services Manager

=1.    INTRODUCTION
1.1  This report sets out the recommendations of the Selection and Member Services Committee from its meeting on 12 November 2025 (Part A), and the matters the Committee decided itself under its delegated powers (Part B). Mr Stoddart sent his apologies for the meeting.

=PART A – MATTERS FOR DECISION BY THE COUNTY COUNCIL

=2.    REVIEW OF OVERVIEW AND SCRUTINY ARRANGEMENTS
2.1  The County Council had previously agreed, in May 2025, that the Committee should review the number and remits of the overview and scrutiny committees before the next municipal year.
2.2  The Committee considered the findings of the cross-party working group, which had met four times and had spoken to the chairmen of all five scrutiny committees. Members discussed whether a single committee could give enough time to both children's and adults' services, and Ms Rennie asked that the work programme of any new committee be agreed by the Scrutiny Chairmen's Group.
2.3  The Committee agreed to recommend that the County Council replace the Children's Services Scrutiny Committee and the Adult Social Care Scrutiny Committee with a single People Scrutiny Committee of 13 members from the Annual Meeting on 21 May 2026.
2.4  The Committee also agreed to recommend that the Chairman of the People Scrutiny Committee receive a special responsibility allowance of £9,120 a year, the amount now paid to the chairman of each of the two committees it replaces. It was reported that the Independent Remuneration Panel had been consulted and supported this.

=3.    OUTSIDE BODIES – REVISED APPOINTMENTS PROCEDURE
3.1  Appointments to outside bodies are made by the County Council at its Annual Meeting and, between Annual Meetings, by the Committee. The working group found that vacancies could remain unfilled for up to four months.
3.2  The Committee RECOMMENDS that the County Council:
(a) adopt the revised Outside Bodies Appointments Procedure at Appendix 1, with effect from 1 January 2026;
(b) delegate to the Director of Law and Governance, in consultation with the group leaders, the filling of vacancies on outside bodies between meetings of the Committee; and
(c) ask the Committee to review the operation of the procedure after twelve months.

=4.    CHANGE TO COMMITTEE MEMBERSHIP
4.1  The Liberal Democrat Group has asked for a change to one of its places on the Planning and Regulation Committee. The Committee recommends that Mrs A Leclerc replace Mr F Dunmore on the Planning and Regulation Committee for the rest of the municipal year.
""", """
=PART B – MATTERS DECIDED BY THE COMMITTEE (FOR INFORMATION)

=5.    MEMBER DEVELOPMENT PROGRAMME 2026
5.1  The Committee approved the Member Development Programme for 2026, including mandatory training on corporate parenting and on the Code of Conduct for all Members, at a cost of £18,500 to be met from the existing budget.

=6.    APPOINTMENTS TO OUTSIDE BODIES
6.1  Under its delegated powers, the Committee appointed Mr N Oyelaran to the Kennet Valley Community Rail Partnership and Mrs P Gill to the board of Kennetshire Rural Housing Association, each until the Annual Meeting in May 2029.

=7.    MEMBERS' ICT EQUIPMENT
7.1  The Committee deferred a decision on replacing Members' tablets until the outcome of the Council's device refresh procurement is known in February 2026.

=8.    MEMBER CASEWORK SYSTEM
8.1  The Democratic Services Manager reported that 61 of the 70 Members were now using the new casework system. The Committee noted the update.

=9.    RECOMMENDATIONS
9.1  Council is asked to:
(a) consider the recommendations of the Committee at paragraphs 2.3, 2.4, 3.2 and 4.1 of this report; and
(b) note the matters decided by the Committee and reported in Part B.

=Background documents: report of the Scrutiny Review Working Group, 28 October 2025; minutes of the Selection
=and Member Services Committee, 12 November 2025
"""],
}

SMS_NOTE = ("the Committee's decision to recommend, of 12 November 2025 (meeting_date and body are the Committee's; "
            "the file is named for the Council meeting of 4 December 2025, whose own decision is not in the document)")
SMS_LABELS = [
    dict(page=1, kind="recommendation", outcome="recommended", item="2.3",
         title="REVIEW OF OVERVIEW AND SCRUTINY ARRANGEMENTS", to="County Council",
         text="The Committee agreed to recommend that the County Council replace the Children's Services Scrutiny "
              "Committee and the Adult Social Care Scrutiny Committee with a single People Scrutiny Committee of 13 "
              "members from the Annual Meeting on 21 May 2026",
         note=SMS_NOTE + "; 'The County Council had previously agreed, in May 2025, …' is not labelled"),
    dict(page=1, kind="recommendation", outcome="recommended", item="2.4",
         title="REVIEW OF OVERVIEW AND SCRUTINY ARRANGEMENTS", to="County Council",
         text="The Committee also agreed to recommend that the Chairman of the People Scrutiny Committee receive a "
              "special responsibility allowance of £9,120 a year",
         note=SMS_NOTE + "; 'It was reported that the Independent Remuneration Panel had been consulted …' is not "
                         "labelled"),
    dict(page=1, kind="recommendation", outcome="recommended", item="3.2",
         title="OUTSIDE BODIES – REVISED APPOINTMENTS PROCEDURE", to="County Council",
         lead_in="The Committee RECOMMENDS that the County Council:",
         text="adopt the revised Outside Bodies Appointments Procedure at Appendix 1, with effect from 1 January 2026",
         note=SMS_NOTE),
    dict(page=1, kind="recommendation", outcome="recommended", item="3.2",
         title="OUTSIDE BODIES – REVISED APPOINTMENTS PROCEDURE", to="County Council",
         lead_in="The Committee RECOMMENDS that the County Council:",
         text="delegate to the Director of Law and Governance, in consultation with the group leaders, the filling of "
              "vacancies on outside bodies between meetings of the Committee",
         note=SMS_NOTE + "; a recommended delegation is a recommendation, not a delegation (Council has not made it)"),
    dict(page=1, kind="recommendation", outcome="recommended", item="3.2",
         title="OUTSIDE BODIES – REVISED APPOINTMENTS PROCEDURE", to="County Council",
         lead_in="The Committee RECOMMENDS that the County Council:",
         text="ask the Committee to review the operation of the procedure after twelve months", note=SMS_NOTE),
    dict(page=1, kind="recommendation", outcome="recommended", item="4.1", title="CHANGE TO COMMITTEE MEMBERSHIP",
         to="County Council",
         text="The Committee recommends that Mrs A Leclerc replace Mr F Dunmore on the Planning and Regulation "
              "Committee for the rest of the municipal year",
         note=SMS_NOTE + "; 'recommends' in lower case in the middle of a paragraph"),
    dict(page=2, kind="approval", outcome="approved", item="5.1", title="MEMBER DEVELOPMENT PROGRAMME 2026",
         text="The Committee approved the Member Development Programme for 2026, including mandatory training on "
              "corporate parenting and on the Code of Conduct for all Members",
         note="Part B: the Committee's own decision of 12 November 2025, reported for information"),
    dict(page=2, kind="approval", outcome="approved", item="6.1", title="APPOINTMENTS TO OUTSIDE BODIES",
         text="Under its delegated powers, the Committee appointed Mr N Oyelaran to the Kennet Valley Community Rail "
              "Partnership and Mrs P Gill to the board of Kennetshire Rural Housing Association",
         note="Part B: two appointments in one sentence, one label; an appointment is an approval"),
    dict(page=2, kind="deferral", outcome="deferred", item="7.1", title="MEMBERS' ICT EQUIPMENT",
         text="The Committee deferred a decision on replacing Members' tablets until the outcome of the Council's "
              "device refresh procurement is known in February 2026", note="Part B"),
    dict(page=2, kind="noted", outcome="noted", item="8.1", title="MEMBER CASEWORK SYSTEM",
         text="The Committee noted the update",
         note="Part B; the '9.1 Council is asked to: (a) consider the recommendations … (b) note the matters …' lines "
              "only point back to the recommendations labelled above and to Part B: not labelled"),
]


# ---------------------------------------------------------------------------------------
# 5. Officer programme board: a note of the meeting with a 'Decisions and actions' table
# ---------------------------------------------------------------------------------------
CPB_COLS = (5, 54, 14, 11)
CPB_ROWS = [
    ("No.", "Decision / Action", "Owner", "Due date"),
    ("D1", "Full Business Case for the Riverside Bridge replacement approved at £14.2m, subject to Cabinet "
           "approving the budget increase in D2", "Board", "–"),
    ("D2", "Agreed to recommend to Cabinet a budget increase of £1.6m for the Riverside Bridge scheme, funded "
           "by prudential borrowing", "Board", "Cabinet 4/11/25"),
    ("D3", "Slippage of £3.4m on the schools capital programme into 2026/27 noted", "Board", "–"),
    ("D4", "Change request CR-041 (Northgate depot EV charging) approved: 24 chargers instead of 40, saving "
           "£118,000", "Board", "–"),
    ("D5", "Decision on the Eastgate car park demolition deferred to the November meeting, pending the "
           "asbestos survey", "Board", "19/11/2025"),
    ("A1", "Circulate the revised programme risk register with the bridge scheme's new risks", "PMO", "03/10/2025"),
    ("A2", "Prepare the Cabinet report on the Riverside Bridge budget increase", "RH", "17/10/2025"),
    ("A3", "Confirm the asbestos survey dates with the demolition contractor", "DK", "10/10/2025"),
    ("A7/07", "(from 23 July 2025) Update the capital receipts forecast – complete, closed", "SB", "–"),
]
CPB = {
    "file": "capital-programme-board-note-2025-09-24.pdf",
    "layout": "City council officer Capital Programme Board: an informal 'note of meeting' in prose, with a closing "
              "'Decisions and actions' table (No. | Decision / Action | Owner | Due date) printed as text, the "
              "columns running into one another line by line; two prose decisions in any other business that the "
              "table leaves out; a row carried forward from the last meeting",
    "meeting_date": "2025-09-24",
    "body": "Dunmere City Council Capital Programme Board",
    "footer": "Dunmere City Council – Capital Programme Board – OFFICIAL – note of 24 September 2025                 {n}/{of}",
    "pages": ["""
=DUNMERE CITY COUNCIL
=CAPITAL PROGRAMME BOARD
=Note of meeting – Wednesday 24 September 2025, 2.00 pm – 3.30 pm, Room 4.02, Civic Offices and Teams

=Attendees:  Sarah Bexley, Director of Finance (Chair) (SB); Richard Haines, Director of Place (RH);
=            Dev Kapoor, Head of Property (DK); Lynn Morrow, Head of Highways (LM); Tom Ashby, Head of
=            School Organisation (TA); Programme Management Office (PMO), notes
=Apologies:  Claire Ferris, Director of Children's Services (TA attending)

=1.  Introductions and previous note
The note of the meeting on 23 July 2025 was accepted. The only open action (A7/07, capital receipts forecast) has been completed.

=2.  Programme position – month 5
SB summarised the position at month 5. The Cabinet had approved the 2025/26 capital programme of £96.4m in February; forecast spend is now £81.2m. Most of the shortfall is slippage in the schools programme (see 4 below). LM said that the highways programme was on track, and that the Department for Transport had confirmed the city's pothole funding allocation of £2.9m.

=3.  Riverside Bridge replacement – Full Business Case
RH presented the Full Business Case. Tender prices came in £1.6m above the Outline Business Case estimate, mainly because of steel costs and the cost of the temporary footbridge. DK asked whether the footbridge could be hired rather than bought; RH said that this had been tested and was dearer over the 30-month build. The Board discussed whether to re-tender and concluded that re-tendering would add at least nine months and further inflation. The Full Business Case was approved, with the budget increase to go to Cabinet (D1, D2).

=4.  Schools capital programme
TA reported that the expansion of Hollybrook Primary has moved to 2026/27 because the planning application was delayed, giving slippage of £3.4m. It was reported that the Department for Education had approved the change of timing for the basic need grant. Slippage noted (D3).

=5.  Change requests
CR-041: Northgate depot EV charging. DK explained that the grid connection would only support 24 chargers without a new substation. Approved (D4).
CR-042: Eastgate car park demolition. The asbestos survey has not been done; decision deferred (D5).

=6.  Any other business
SB said that Cabinet members had found the quarterly capital monitoring report hard to follow. The Board agreed that from the quarter 2 report the quarterly capital monitoring report should show forecast outturn against the original as well as the revised budget, as SB had proposed.
It was agreed to hold the December meeting on Wednesday 10 December 2025 instead of 17 December, because of the Cabinet timetable.
""", """
=7.  Decisions and actions

""" + table(CPB_ROWS, CPB_COLS) + """
=Next meeting: Wednesday 22 October 2025, 2.00 pm, Room 4.02, Civic Offices
"""],
}

CPB_TABLE = ("the Decision / Action cell of the table on page 2; the text is the cell's first printed line, since the "
             "next line of the text layer starts with other columns")
CPB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="1", title="Introductions and previous note",
         text="The note of the meeting on 23 July 2025 was accepted",
         note="an officer board's note of its last meeting 'accepted': the approval of the previous record; the "
              "closed action A7/07 told after it is not labelled"),
    dict(page=1, kind="agreement", outcome="agreed", item="6", title="Any other business",
         text="The Board agreed that from the quarter 2 report the quarterly capital monitoring report should show "
              "forecast outturn against the original as well as the revised budget, as SB had proposed",
         note="a prose decision the table leaves out; SB's remark before it is not labelled"),
    dict(page=1, kind="agreement", outcome="agreed", item="6", title="Any other business",
         text="It was agreed to hold the December meeting on Wednesday 10 December 2025 instead of 17 December, "
              "because of the Cabinet timetable",
         note="a prose decision the table leaves out"),
    dict(page=2, kind="approval", outcome="approved", item="D1",
         title="Riverside Bridge replacement – Full Business Case", text="Full Business Case for the Riverside Bridge",
         note=CPB_TABLE + "; the prose 'The Full Business Case was approved, with the budget increase to go to Cabinet "
                          "(D1, D2)' on page 1 points to this row and is not labelled again"),
    dict(page=2, kind="recommendation", outcome="recommended", item="D2",
         title="Riverside Bridge replacement – Full Business Case", to="Cabinet",
         text="Agreed to recommend to Cabinet a budget increase of",
         note=CPB_TABLE + "; the Due date cell 'Cabinet 4/11/25' is the Cabinet meeting, not a deadline"),
    dict(page=2, kind="noted", outcome="noted", item="D3", title="Schools capital programme",
         text="Slippage of £3.4m on the schools capital programme",
         note=CPB_TABLE + "; 'Slippage noted (D3)' in the prose and 'It was reported that the Department for "
                          "Education had approved …' are not labelled"),
    dict(page=2, kind="approval", outcome="approved", item="D4", title="Change requests",
         text="Change request CR-041 (Northgate depot EV charging)", ref="CR-041",
         note=CPB_TABLE + "; 'Approved (D4)' in the prose is not labelled again"),
    dict(page=2, kind="deferral", outcome="deferred", item="D5", title="Change requests", ref="CR-042",
         text="Decision on the Eastgate car park demolition deferred",
         note=CPB_TABLE + "; the Due date 19/11/2025 is the meeting it is deferred to, not a deadline; the prose "
                          "'decision deferred (D5)' is not labelled again"),
    dict(page=2, kind="action", outcome=None, item="A1", title="Decisions and actions", owner="PMO",
         deadline="2025-10-03", text="Circulate the revised programme risk register with the", note=CPB_TABLE),
    dict(page=2, kind="action", outcome=None, item="A2", title="Decisions and actions", owner="RH",
         deadline="2025-10-17", text="Prepare the Cabinet report on the Riverside Bridge", note=CPB_TABLE),
    dict(page=2, kind="action", outcome=None, item="A3", title="Decisions and actions", owner="DK",
         deadline="2025-10-10", text="Confirm the asbestos survey dates with the demolition", note=CPB_TABLE + "; row A7/07 "
         "below it is an action of 23 July 2025, closed, and is not labelled"),
]


# ---------------------------------------------------------------------------------------
# 6. Health and Wellbeing Board: bullets, DECISION: and Outcome: lines, a decision reconsidered after call-in
# ---------------------------------------------------------------------------------------
HWB = {
    "file": "health-wellbeing-board-minutes-2025-09-17.pdf",
    "layout": "Borough Health and Wellbeing Board: 'The Board: • NOTED … • APPROVED … • AGREED …' bullet lists, "
              "'DECISION:' and 'Outcome:' lines, 'gave delegated authority to the Director …, in consultation with "
              "the Chair and …, to finalise …', a decision reconsidered after a call-in and referral back by the "
              "scrutiny committee, a withdrawn item, a report's recommendation not followed as written, 'It was "
              "reported that NHS England had approved …'",
    "meeting_date": "2025-09-17",
    "body": "Wexcombe Health and Wellbeing Board",
    "footer": "Wexcombe Health and Wellbeing Board – 17 September 2025                                          Page {n} of {of}",
    "pages": ["""
=WEXCOMBE BOROUGH COUNCIL
=HEALTH AND WELLBEING BOARD
=MINUTES OF THE MEETING HELD ON WEDNESDAY 17 SEPTEMBER 2025 AT 1.30 PM, WEXCOMBE TOWN HALL

=PRESENT:  Councillor Diane Lavelle (Chair); Dr Samir Haddad (Vice-Chair, NHS Cheverell ICB, Place Director);
=          Councillors Brightwell and Okonedo; Anne-Marie Tully (Director of Public Health); Gareth Moss
=          (Director of Adult Social Services); Yusuf Karim (Director of Children's Services); Pauline
=          Stokes (Healthwatch Wexcombe); Superintendent Neil Ferriday (Cheverell Police)

=1.   APOLOGIES
Apologies were received from Councillor Pell and from Dr Joanna Kerr (Wexcombe Primary Care Network). Dr Haddad represented the ICB.

=2.   DECLARATIONS OF INTEREST
Pauline Stokes declared that Healthwatch Wexcombe is funded by the Council, in relation to item 9. No other declarations were made.

=3.   MINUTES OF THE PREVIOUS MEETING
DECISION: The minutes of the meeting held on 9 July 2025 were agreed as a correct record.

=4.   BETTER CARE FUND 2025/26 – QUARTER 1
Gareth Moss presented the quarter 1 report. Discharges to the reablement service had risen by 18% since April, and the hospital discharge fund was forecast to underspend.
The Board:
•  NOTED the Better Care Fund quarter 1 return for 2025/26, submitted to NHS England on 12 August 2025;
•  APPROVED the reallocation of £240,000 from the hospital discharge fund to the reablement service for the rest of 2025/26; and
•  AGREED that the Better Care Fund Executive review the performance of the reablement service in January 2026.

=5.   JOINT STRATEGIC NEEDS ASSESSMENT – HOMELESSNESS AND HEALTH
Anne-Marie Tully presented the new JSNA chapter. People sleeping rough in Wexcombe were dying on average at 46. Members asked about access to GP registration for people without a fixed address.
Outcome: The Board endorsed the JSNA chapter on homelessness and health for publication on the Council's website.

=6.   ADULT WEIGHT MANAGEMENT SERVICE – RECONSIDERATION FOLLOWING CALL-IN
On 9 July 2025 the Board, exercising the executive functions delegated to it by the Cabinet, decided to award the contract for the adult weight management service to FitForLife CIC for three years from 1 October 2025. The decision was called in by Councillors Marsh, Okafor and Pell on 18 July 2025. The Adults and Health Scrutiny Committee considered the call-in on 4 August 2025 and resolved to refer the decision back to the Board, asking it to consider access to the service for residents of the Oakfield ward, which has no venue in the contract.
Having reconsidered the decision in the light of the Committee's comments, the Board confirmed its decision to award the contract to FitForLife CIC, with a requirement that at least one weekly session be held in the Oakfield ward.

=7.   WINTER PLAN 2025/26
Gareth Moss and Dr Haddad presented the draft Wexcombe Place winter plan. The report asked the Board to approve the plan and to delegate authority to the Director of Adult Social Services to finalise it. Members said that the Chair and the ICB should also be involved.
DECISION: The Board approved the Wexcombe Place winter plan 2025/26 and gave delegated authority to the Director of Adult Social Services, in consultation with the Chair and the ICB Place Director, to finalise the plan's escalation triggers and submit the plan to NHS England by 30 September 2025.
""", """
=8.   TOBACCO CONTROL ALLIANCE – TERMS OF REFERENCE
This item was withdrawn from the agenda at the request of the Director of Public Health, as the Alliance had not yet agreed its draft terms of reference.

=9.   HEALTHWATCH WEXCOMBE ANNUAL REPORT 2024/25
Pauline Stokes presented the Healthwatch annual report, which set out 2,310 pieces of feedback from residents and the results of nine enter and view visits.
The Board:
•  RECEIVED the Healthwatch Wexcombe annual report 2024/25; and
•  ASKED Healthwatch Wexcombe to report back to the Board in March 2026 on its enter and view visits to care homes.

=10.  MENTAL HEALTH CRISIS PATHWAY
Dr Haddad updated the Board on the new crisis pathway. It was reported that NHS England had approved the ICB's bid for £1.2m to open a crisis café in Wexcombe town centre, and that the ICB Board had agreed the procurement route on 2 September 2025.
Outcome: The update was noted.

=11.  FORWARD PLAN
DECISION: The forward plan was agreed, subject to moving the suicide prevention item to the meeting in January 2026.

=The meeting closed at 3.20 pm.

=Chair .........................................
"""],
}

HWB7 = "WINTER PLAN 2025/26"
HWB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="3", title="MINUTES OF THE PREVIOUS MEETING",
         lead_in="DECISION:", text="The minutes of the meeting held on 9 July 2025 were agreed as a correct record"),
    dict(page=1, kind="noted", outcome="noted", minute="4", title="BETTER CARE FUND 2025/26 – QUARTER 1",
         lead_in="The Board:",
         text="NOTED the Better Care Fund quarter 1 return for 2025/26, submitted to NHS England on 12 August 2025"),
    dict(page=1, kind="approval", outcome="approved", minute="4", title="BETTER CARE FUND 2025/26 – QUARTER 1",
         lead_in="The Board:",
         text="APPROVED the reallocation of £240,000 from the hospital discharge fund to the reablement service for "
              "the rest of 2025/26"),
    dict(page=1, kind="agreement", outcome="agreed", minute="4", title="BETTER CARE FUND 2025/26 – QUARTER 1",
         lead_in="The Board:",
         text="AGREED that the Better Care Fund Executive review the performance of the reablement service in January "
              "2026"),
    dict(page=1, kind="endorsement", outcome="endorsed", minute="5",
         title="JOINT STRATEGIC NEEDS ASSESSMENT – HOMELESSNESS AND HEALTH", lead_in="Outcome:",
         text="The Board endorsed the JSNA chapter on homelessness and health for publication on the Council's website"),
    dict(page=1, kind="approval", outcome="approved", minute="6",
         title="ADULT WEIGHT MANAGEMENT SERVICE – RECONSIDERATION FOLLOWING CALL-IN",
         text="Having reconsidered the decision in the light of the Committee's comments, the Board confirmed its "
              "decision to award the contract to FitForLife CIC, with a requirement that at least one weekly session "
              "be held in the Oakfield ward",
         note="the Board's own decision on reconsideration (an approval: the award confirmed with a new condition); "
              "the Board's first decision of 9 July 2025, the call-in by three councillors and the Adults and Health "
              "Scrutiny Committee's referral back of 4 August 2025 are told as history and are not decisions of this "
              "meeting: not labelled (no call_in label)"),
    dict(page=1, kind="approval", outcome="approved", minute="7", title=HWB7, lead_in="DECISION:",
         text="The Board approved the Wexcombe Place winter plan 2025/26",
         note="the first half of the DECISION sentence; 'The report asked the Board to approve the plan and to "
              "delegate authority to the Director of Adult Social Services to finalise it' is the report's "
              "recommendation, not labelled"),
    dict(page=1, kind="delegation", outcome="agreed", minute="7", title=HWB7, lead_in="DECISION:",
         owner="Director of Adult Social Services", deadline="2025-09-30",
         text="gave delegated authority to the Director of Adult Social Services, in consultation with the Chair and "
              "the ICB Place Director, to finalise the plan's escalation triggers and submit the plan to NHS England "
              "by 30 September 2025",
         note="the second half of the DECISION sentence; the date by which the plan is to be submitted is the "
              "deadline"),
    dict(page=2, kind="withdrawal", outcome="withdrawn", minute="8",
         title="TOBACCO CONTROL ALLIANCE – TERMS OF REFERENCE",
         text="This item was withdrawn from the agenda at the request of the Director of Public Health"),
    dict(page=2, kind="noted", outcome="received", minute="9", title="HEALTHWATCH WEXCOMBE ANNUAL REPORT 2024/25",
         lead_in="The Board:", text="RECEIVED the Healthwatch Wexcombe annual report 2024/25",
         note="'The Board: • RECEIVED …' is kind noted, outcome received, as in the first set; the declaration of "
              "interest is not labelled"),
    dict(page=2, kind="action", outcome=None, minute="9", title="HEALTHWATCH WEXCOMBE ANNUAL REPORT 2024/25",
         lead_in="The Board:", owner="Healthwatch Wexcombe",
         text="ASKED Healthwatch Wexcombe to report back to the Board in March 2026 on its enter and view visits to "
              "care homes",
         note="no day printed, so no deadline"),
    dict(page=2, kind="noted", outcome="noted", minute="10", title="MENTAL HEALTH CRISIS PATHWAY", lead_in="Outcome:",
         text="The update was noted",
         note="'It was reported that NHS England had approved the ICB's bid …' and 'the ICB Board had agreed the "
              "procurement route …' are other bodies' decisions, not labelled"),
    dict(page=2, kind="agreement", outcome="agreed", minute="11", title="FORWARD PLAN", lead_in="DECISION:",
         text="The forward plan was agreed, subject to moving the suicide prevention item to the meeting in January "
              "2026"),
]


DOCS = [(TRUST, TRUST_LABELS), (CPP, CPP_LABELS), (CC, CC_LABELS), (SMS, SMS_LABELS), (CPB, CPB_LABELS),
        (HWB, HWB_LABELS)]

if __name__ == "__main__":
    build_set(__file__, DOCS, "l9", actions_have_no_outcome=True)
