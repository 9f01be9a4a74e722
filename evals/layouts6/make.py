"""Layouts6: six messy fictional minutes PDFs and their decision labels (`.venv/bin/python evals/layouts6/make.py`).

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py. This set
adds three ways of printing a page that the earlier sets lack, each written out as '=' lines (printed as
they stand): ``hyphenate`` (words split across line ends at their '~' marks, as justified text is),
``table`` (cells of a table printed side by side with wide spacing, so that the text layer read line by
line runs the columns into one another) and ``PackPages`` (a footer numbered as the agenda pack is).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the repository root holds evals
from evals.layouts.make import WIDTH, build_set  # noqa: E402
from evals.layouts.make import table as _table  # noqa: E402


def table(rows: list[tuple], widths: tuple[int, ...]) -> str:
    """This set's table: a blank line between a cell's paragraphs."""
    return _table(rows, widths, para_gap=True)


def hyphenate(par: str, hang: int = 0) -> str:
    """``par`` wrapped at WIDTH, a word with '~' marks split at the last mark that fits, with a '-'.

    Lines after the first are indented by ``hang`` spaces. Returned as '=' lines for a page's source.
    """
    lines: list[str] = []
    cur = ""
    for word in par.split():
        plain = word.replace("~", "")
        if len(f"{cur} {plain}" if cur.strip() else cur + plain) <= WIDTH:
            cur = f"{cur} {plain}" if cur.strip() else cur + plain
            continue
        parts = word.split("~")
        for k in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:k]) + "-"
            if len(f"{cur} {head}") <= WIDTH:
                lines.append(f"{cur} {head}")
                cur = " " * hang + "".join(parts[k:])
                break
        else:
            lines.append(cur)
            cur = " " * hang + plain
    lines.append(cur)
    return "\n".join("=" + ln for ln in lines)



class PackPages(str):
    """A footer whose {n} is the page's number in the agenda pack the minutes were printed in."""

    first = 1

    def __new__(cls, text: str, first: int) -> PackPages:
        obj = super().__new__(cls, text)
        obj.first = first
        return obj

    def format(self, *args, n: int = 1, of: int = 1, **kwargs) -> str:  # noqa: A003 - str.format's name
        return str.format(self, n=self.first + n - 1, of=of)


# ---------------------------------------------------------------------------------------
# 1. Health and Wellbeing Board agenda pack: agenda, reprinted minutes of 9 July 2025, a report
# ---------------------------------------------------------------------------------------
HWB = {
    "file": "health-wellbeing-board-agenda-pack-2025-09-17.pdf",
    "layout": "Health and Wellbeing Board agenda pack for 17 September 2025: the agenda with 'Recommendation: "
              "to approve / to note' lines; the minutes of 9 July 2025 reprinted as item 3; a report whose "
              "'Recommendations: The Board is asked to (a) (b) (c)' are not decisions",
    "meeting_date": "2025-07-09",
    "body": "Kestrelford Council Health and Wellbeing Board",
    "footer": "Kestrelford Council – Health and Wellbeing Board – 17 September 2025                              Page {n}",
    "pages": ["""
=KESTRELFORD COUNCIL

=HEALTH AND WELLBEING BOARD

=Date:        Wednesday 17 September 2025
=Time:        2.00 pm
=Venue:       Committee Room 1, Kestrelford Civic Centre, Castle Street, Kestrelford KF1 2QA
=Contact:     Tom Ashcroft, Democratic Services Officer, tel. 01632 961207

Membership: Councillor Helen Tarrant (Chair); Dr Omar Siddiqui (Vice-Chair, NHS Deanmoor Integrated Care Board); Councillors Brough, Okonjo and Whitfield; Dr Claire Maddox (Director of Public Health); Robert Ince (Director of Adult Social Care); Priya Chandra (Director of Children’s Services); Janet Oduya (Healthwatch Kestrelford); Colin Marsh (Kestrelford Council for Voluntary Service); Dr Anna Lisowski (Kestrelford Hospitals NHS Foundation Trust)

=AGENDA

=Item                                                                                                   Page
=1.     Apologies for absence and substitutions
=2.     Declarations of interest
=3.     Minutes of the previous meeting                                                               2 - 3
=       Recommendation: to approve the minutes of the meeting held on 9 July 2025 as a correct record.
=4.     Matters arising and action log
=       Recommendation: to note the action log and the actions completed since the last meeting.
=5.     Joint Local Health and Wellbeing Strategy – healthy weight indicators                           4
=       Report of the Director of Public Health.
=       Recommendation: to note the report and approve the establishment of a Healthy Weight
=       Partnership.
=6.     Children and Young People’s Mental Health – Local Transformation Plan refresh
=       Report of the Director of Children’s Services and the ICB Director of Mental Health.
=       Recommendation: to approve the refreshed Local Transformation Plan for publication.
=7.     Better Care Fund 2025/26 – quarter 1 return
=       Recommendation: to approve the quarter 1 return as submitted to NHS England on 12 August 2025.
=8.     Winter plan 2025/26 – Kestrelford place
=       Recommendation: to note.
=9.     Forward plan 2025/26
=       Recommendation: to agree the forward plan, subject to any additions made at the meeting.
=10.    Date of next meeting – Wednesday 26 November 2025 at 2.00 pm

Members of the public are welcome to attend. The meeting will be webcast live on the Council’s website; if you do not wish to be filmed, please tell the Democratic Services Officer before the meeting starts.

=Sarah Wentworth
=Chief Executive
=Published: Tuesday 9 September 2025
""", """
=Agenda Item 3

=KESTRELFORD COUNCIL
=HEALTH AND WELLBEING BOARD
MINUTES of the meeting of the Health and Wellbeing Board held on Wednesday 9 July 2025 at 2.00 pm in Committee Room 1, Kestrelford Civic Centre

PRESENT: Councillor Helen Tarrant (Chair); Dr Omar Siddiqui (Vice-Chair); Councillors Brough and Okonjo; Dr Claire Maddox (Director of Public Health); Robert Ince (Director of Adult Social Care); Mark Ellery (Assistant Director, Early Help, for the Director of Children’s Services); Janet Oduya (Healthwatch Kestrelford); Colin Marsh (Kestrelford Council for Voluntary Service)
ALSO PRESENT: Dr Ruth Calder (Consultant in Public Health); Tom Ashcroft (Democratic Services Officer)

=12.    APOLOGIES AND SUBSTITUTIONS
Apologies for absence were received from Councillor Whitfield, from Priya Chandra (Director of Children’s Services), who was represented by Mark Ellery, and from Dr Anna Lisowski.

=13.    DECLARATIONS OF INTEREST
Dr Siddiqui declared an interest in minute 16 as a partner in a GP practice which receives Better Care Fund funding for a care home support service. He took part in the discussion but not in the decision on that item.

=14.    MINUTES
RESOLVED: That the minutes of the meeting held on 7 May 2025 be confirmed as a correct record and signed by the Chair.

=15.    JOINT LOCAL HEALTH AND WELLBEING STRATEGY – ANNUAL PROGRESS REPORT
Dr Maddox presented the first annual progress report on the Joint Local Health and Wellbeing Strategy 2024–2029. Eleven of the 16 indicators had improved or held steady, but the proportion of children in year 6 living with obesity had risen to 25.4% and the gap in life expectancy between the most and least deprived wards had widened to 9.8 years for men.
Members asked about the reach of the NHS Health Check programme in the most deprived wards. Dr Calder said that uptake had risen to 41% but remained below the England average, and that the outreach offer in community venues would be expanded from September.
RESOLVED: That the Board
(a) notes the progress made in the first year of the Joint Local Health and Wellbeing Strategy 2024–2029;
(b) agrees the three priority actions for 2025/26 set out in section 4 of the report; and
(c) asks the Director of Public Health to report on progress against the healthy weight indicators to the meeting on 17 September 2025.

=16.    BETTER CARE FUND PLAN 2025/26
Robert Ince reported that the Better Care Fund plan for 2025/26, with a pooled budget of £38.7m, had been submitted to NHS England on 31 March 2025 under the authority delegated by the Board on 5 March 2025, and had since been approved by NHS England without conditions. Dr Siddiqui did not take part in the decision.
RESOLVED: That the Board ratifies the Better Care Fund plan for 2025/26, as submitted to NHS England on 31 March 2025 under delegated authority.
Action: Director of Adult Social Care to circulate the Better Care Fund quarter 1 return to Board members by 31 July 2025.

""", """
=17.    SUICIDE PREVENTION STRATEGY 2025–2030
Dr Calder presented the draft Suicide Prevention Strategy 2025–2030, developed with the Kestrelford Suicide Prevention Partnership and people with lived experience. Kestrelford’s suicide rate of 12.1 per 100,000 people was above the England rate of 10.7.
RESOLVED: That the Board endorses the Kestrelford Suicide Prevention Strategy 2025–2030 and the multi-agency action plan at Appendix 1.
RECOMMENDED to Cabinet that the Suicide Prevention Strategy 2025–2030 be adopted as Council policy.

=18.    HEALTHWATCH KESTRELFORD ANNUAL REPORT 2024/25
Janet Oduya presented the annual report, which highlighted the difficulty residents had experienced in registering with an NHS dentist and thanked the 1,240 people who had shared their experiences of care with Healthwatch during the year.
RESOLVED: That the Healthwatch Kestrelford annual report 2024/25 be noted.

=19.    CHILDREN AND YOUNG PEOPLE’S MENTAL HEALTH – LOCAL TRANSFORMATION PLAN REFRESH
This item was deferred to the meeting on 17 September 2025, as the refreshed plan had not yet been agreed by the ICB’s Mental Health, Learning Disability and Autism Collaborative.

=20.    PHARMACEUTICAL NEEDS ASSESSMENT 2025
Dr Calder presented the final Pharmaceutical Needs Assessment 2025, revised after the statutory 60-day consultation, which had received 57 responses. It concluded that there was adequate provision of pharmaceutical services across Kestrelford, with a potential future gap in the Eastfield locality if a planned development of 1,800 homes went ahead.
RESOLVED: That
(a) the Pharmaceutical Needs Assessment 2025 be approved for publication by 1 October 2025; and
(b) authority be delegated to the Director of Public Health, in consultation with the Chair, to make any minor factual corrections before publication.

=21.    FORWARD PLAN
The Board’s forward plan for 2025/26 was agreed, subject to the addition of a report on the winter plan for Kestrelford place to the meeting on 17 September 2025.

=22.    DATE OF NEXT MEETING
The next meeting of the Board will be held on Wednesday 17 September 2025 at 2.00 pm.

The meeting ended at 3.48 pm.

=Chair ..................................................          Date ..............................
""", """
=Agenda Item 5

=KESTRELFORD COUNCIL
=Report to:            Health and Wellbeing Board
=Date of meeting:      17 September 2025
=Report of:            Director of Public Health
=Title:                Joint Local Health and Wellbeing Strategy – healthy weight indicators
=Wards affected:       All
=Key decision:         No
=Purpose:              For decision

=1.    Summary
At its meeting on 9 July 2025 the Board agreed three priority actions for 2025/26 and asked the Director of Public Health to report on progress against the healthy weight indicators. This report responds to that request. Cabinet approved the Kestrelford Food Strategy on 15 July 2025, and the Integrated Care Board has agreed to fund a tier 2 weight management service for children from January 2026.

=2.    Recommendations
The Board is asked to:
(a) note the progress against the healthy weight indicators set out in section 4 of this report;
(b) approve the establishment of a Kestrelford Healthy Weight Partnership, with the terms of reference at Appendix A; and
(c) agree that the Director of Public Health reports on the work of the Partnership to the Board in March 2026.

=3.    Background
In Kestrelford 10.9% of reception-age children and 25.4% of children in year 6 are living with obesity, compared with 9.6% and 22.1% in England. Excess weight among adults is 67.3%. Rates are highest in the Eastfield, Moorside and Canal wards, where they are around twice those in the least deprived wards.

=4.    Progress against the indicators
Four of the six healthy weight indicators have improved since the Strategy was agreed: the uptake of the Healthy Start scheme (now 71%), the number of schools taking part in the Daily Mile, the proportion of adults who are physically active and the number of hot food takeaway applications refused near schools. Obesity in year 6 and excess weight in adults have not improved.

=5.    Financial implications
There are no direct financial implications. The Partnership will be supported from existing public health grant resources.

=6.    Contact officer
Dr Ruth Calder, Consultant in Public Health, tel. 01632 961344
"""],
}

HWB15 = "JOINT LOCAL HEALTH AND WELLBEING STRATEGY – ANNUAL PROGRESS REPORT"
HWB20 = "PHARMACEUTICAL NEEDS ASSESSMENT 2025"
PACK_NOTE = "the minutes of 9 July 2025 reprinted in the agenda pack for 17 September 2025"
HWB_LABELS = [
    dict(page=2, kind="approval", outcome="approved", minute="14", title="MINUTES",
         text="RESOLVED: That the minutes of the meeting held on 7 May 2025 be confirmed as a correct record and "
              "signed by the Chair",
         note=PACK_NOTE + "; the agenda's 'Recommendation: to approve the minutes of the meeting held on 9 July "
                          "2025' on page 1 is not a decision"),
    dict(page=2, kind="noted", outcome="noted", minute="15", title=HWB15, lead_in="RESOLVED: That the Board",
         text="notes the progress made in the first year of the Joint Local Health and Wellbeing Strategy 2024–2029"),
    dict(page=2, kind="agreement", outcome="agreed", minute="15", title=HWB15, lead_in="RESOLVED: That the Board",
         text="agrees the three priority actions for 2025/26 set out in section 4 of the report"),
    dict(page=2, kind="action", outcome=None, minute="15", title=HWB15, lead_in="RESOLVED: That the Board",
         text="asks the Director of Public Health to report on progress against the healthy weight indicators to "
              "the meeting on 17 September 2025",
         owner="Director of Public Health", deadline="2025-09-17"),
    dict(page=2, kind="approval", outcome="ratified", minute="16", title="BETTER CARE FUND PLAN 2025/26",
         text="RESOLVED: That the Board ratifies the Better Care Fund plan for 2025/26, as submitted to NHS England "
              "on 31 March 2025 under delegated authority"),
    dict(page=2, kind="action", outcome=None, minute="16", title="BETTER CARE FUND PLAN 2025/26", lead_in="Action:",
         text="Director of Adult Social Care to circulate the Better Care Fund quarter 1 return to Board members by "
              "31 July 2025",
         owner="Director of Adult Social Care", deadline="2025-07-31"),
    dict(page=3, kind="endorsement", outcome="endorsed", minute="17", title="SUICIDE PREVENTION STRATEGY 2025–2030",
         text="RESOLVED: That the Board endorses the Kestrelford Suicide Prevention Strategy 2025–2030 and the "
              "multi-agency action plan at Appendix 1"),
    dict(page=3, kind="recommendation", outcome="recommended", minute="17",
         title="SUICIDE PREVENTION STRATEGY 2025–2030", to="Cabinet",
         text="RECOMMENDED to Cabinet that the Suicide Prevention Strategy 2025–2030 be adopted as Council policy"),
    dict(page=3, kind="noted", outcome="noted", minute="18", title="HEALTHWATCH KESTRELFORD ANNUAL REPORT 2024/25",
         text="RESOLVED: That the Healthwatch Kestrelford annual report 2024/25 be noted"),
    dict(page=3, kind="deferral", outcome="deferred", minute="19",
         title="CHILDREN AND YOUNG PEOPLE’S MENTAL HEALTH – LOCAL TRANSFORMATION PLAN REFRESH",
         text="This item was deferred to the meeting on 17 September 2025, as the refreshed plan had not yet been "
              "agreed"),
    dict(page=3, kind="approval", outcome="approved", minute="20", title=HWB20, lead_in="RESOLVED: That",
         text="the Pharmaceutical Needs Assessment 2025 be approved for publication by 1 October 2025"),
    dict(page=3, kind="delegation", outcome="agreed", minute="20", title=HWB20, lead_in="RESOLVED: That",
         text="authority be delegated to the Director of Public Health, in consultation with the Chair, to make any "
              "minor factual corrections before publication"),
    dict(page=3, kind="agreement", outcome="agreed", minute="21", title="FORWARD PLAN",
         text="The Board’s forward plan for 2025/26 was agreed, subject to the addition of a report on the winter "
              "plan for Kestrelford place",
         note="page 4 (the report for item 5 of the pack, 'The Board is asked to: (a) note … (b) approve … "
              "(c) agree …') holds no decision"),
]


# ---------------------------------------------------------------------------------------
# 2. Integrated Care Partnership (joint committee): running heads, pack page numbers, hyphenation,
#    mixed bullets, a resolution's numbered parts across a page break
# ---------------------------------------------------------------------------------------
ICP_HEAD = "=Minutes – Northmoor and Wendle Integrated Care Partnership – 12 June 2025\n"
ICP = {
    "file": "integrated-care-partnership-minutes-2025-06-12.pdf",
    "layout": "Integrated Care Partnership (joint committee of an ICB and two councils): running head on every "
              "page, footer with the agenda pack's page numbers (14-16), words hyphenated across line ends, "
              "'RESOLVED: That the Partnership (1) … (5)' across a page break under the running head, bullets "
              "printed as '•', '·' and '-', presentation bullet points that are not decisions",
    "meeting_date": "2025-06-12",
    "body": "Northmoor and Wendle Integrated Care Partnership",
    "footer": PackPages("                                                                                            "
                        "            Page {n}", first=14),
    "pages": [ICP_HEAD + """
=NORTHMOOR AND WENDLE INTEGRATED CARE PARTNERSHIP
=A joint committee of NHS Northmoor and Wendle Integrated Care Board, Northmoor County Council
=and Wendle City Council
Minutes of the meeting held in public on Thursday 12 June 2025 at 10.00 am in the Ashby Room, Wendle Guildhall, Market Square, Wendle WN1 1AB

Present: Councillor Brenda Ashworth (Chair; Northmoor County Council), Sir Malcolm Pryde (Vice-Chair; Chair, NHS Northmoor and Wendle ICB), Councillor Dev Raman (Wendle City Council), Councillor Julia Frost (Northmoor County Council), Dr Yusuf Adeyemi (Chief Medical Officer, ICB), Catherine Ngata (Director of Public Health, Northmoor), Simon Hale (Director of Public Health, Wendle), Anne Fothergill (Healthwatch Northmoor), Gary Lindqvist (Chair, VCSE Alliance)
In attendance: Jo Prentice (ICP Director), Mark Bellamy (Head of Strategy, ICB), Laura Chen (Governance Manager, minutes)

=ICP/25/09   Welcome, apologies and declarations of interest
The Chair welcomed members and the public. Apologies were received from Councillor Peter Oakes (Wendle City Council) and Dr Helen Kaye (Northmoor Local Medical Committee). Gary Lindqvist declared an interest in item ICP/25/15 as Chair of the VCSE Alliance.

=ICP/25/10   Minutes of the previous meeting and action log
The minutes of the meeting held on 13 March 2025 were approved as an accurate record. Actions 25/02 and 25/04 were complete and would be closed; action 25/05 (carers’ breaks) was carried forward.

=ICP/25/11   Integrated Care Strategy 2025–2030 – refresh
""" + hyphenate("Jo Prentice presented the refreshed Integrated Care Strategy, which had been rewritten fol~lowing an "
                "eight-week engagement exercise involving 2,317 residents, 64 voluntary and com~munity organisations "
                "and the four place-based partnerships. The strategy kept the four ambi~tions agreed in 2023 but "
                "introduced a new outcomes framework of 22 measures, with the gap in healthy life expectancy "
                "between the most and least deprived neighbourhoods as its over~arching measure.") + "\n"
      + hyphenate("Members welcomed the stronger focus on prevention. Councillor Raman asked how the outcomes framework "
                  "would be used to hold partners to account; Ms Prentice said that progress would be reported to each "
                  "meeting of the Partnership and published on the ICB’s website. Anne Fother~gill asked that the "
                  "views of young carers be reflected more explicitly in the final version of the strategy.") + """
RESOLVED: That the Partnership
=(1) endorses the refreshed Integrated Care Strategy 2025–2030, including the four ambi-
=    tions and the six cross-cutting commitments set out in section 3 of the report;
=(2) approves the outcomes framework at Appendix B to the report, with the gap in healthy
=    life expectancy between the most and least deprived neighbourhoods as its over-
=    arching measure;
""",
              ICP_HEAD + """
=(3) delegates authority to the ICP Director, in consultation with the Chair and Vice-Chair, to
=    make final amendments to the strategy to reflect the comments made at the meet-
=    ing before its publication;
(4) asks the ICP Director to bring the first annual progress report against the outcomes framework to the meeting of the Partnership in June 2026; and
(5) recommends to the ICB Board and to the Cabinets of Northmoor County Council and Wendle City Council that the refreshed strategy be taken into account in their plans for 2026/27.

=ICP/25/12   Joint Forward Plan 2025/26 – shared priorities
""" + hyphenate("Mark Bellamy presented the quarterly report on the shared priorities in the Joint Forward Plan. Two of "
                "the five priorities (same-day urgent care and children’s speech and language therapy) were rated red. "
                "A proposal to bring the neighbour~hood health pilots in Wendle East and Northmoor Rural under a single "
                "joint implemen~tation group was set out in section 5 of the report.") + """
The Partnership:
• NOTED the quarterly report on the delivery of the Joint Forward Plan shared priorities;
=· SUPPORTED the proposal to establish a joint neighbourhood health imple-
=mentation group, reporting to the Partnership, as set out in section 5 of the report; and
· AGREED that the two priorities rated red would be the subject of deep dives at its meetings in September and December 2025.

=ICP/25/13   Healthy ageing and frailty – system deep dive
Dr Adeyemi and Catherine Ngata gave a presentation. The key points were:
- one in ten people aged 65 and over in Northmoor and Wendle was living with moderate or severe frailty;
- emergency admissions for falls among people aged 65 and over had risen by 14% in two years; and
- only 38% of care home residents had had a structured medication review in the last twelve months.
""" + hyphenate("Members discussed the role of the voluntary sector in falls preven~tion and the need for a single "
                "frailty register across primary care, community services and the two councils. Simon Hale said that "
                "Wendle’s strength and balance classes had a waiting list of 140 people.") + """
The Partnership NOTED the presentation and the system actions on falls prevention and medication review.
It was AGREED that healthy ageing and frailty would be one of the two themes of the Partnership’s development session in September 2025.

=ICP/25/14   Integrated community equipment service
The Partnership:
=- APPROVED the extension of the section 75 agreement for the integrated community equip-
=ment service for two years from 1 October 2025, at an annual value of £6.2m;
- NOTED the increase of 19% in the number of items issued since 2023/24 and the pressure on the pooled budget; and
- RECOMMENDED to the ICB Board and to the Cabinets of both councils that a joint procurement of the service be undertaken for a new contract from October 2027.
ACTION: JP to circulate the equipment service performance dashboard to members by 31 July 2025.
""",
              ICP_HEAD + """
=ICP/25/15   VCSE Alliance memorandum of understanding
""" + hyphenate("Gary Lindqvist, having declared an interest, left the room for this item. The Partner~ship considered "
                "the revised memorandum of under~standing between the statutory partners and the VCSE Alliance, which "
                "set out commit~ments on multi-year funding, on the involvement of the sector in commis~sioning "
                "decisions and on the payment of invoices from small organ~isations within 14 days.") + "\n"
      + """
=It was AGREED that the revised memorandum of understanding be signed by the Chair on be-
=half of the Partnership, subject to the addition of a commitment to review it annually.

=ICP/25/16   Population health management – data sharing agreement
Consideration of this item was DEFERRED to the meeting on 11 September 2025, pending advice from the Information Commissioner’s Office on the proposed lawful basis for processing.

=ICP/25/17   Forward plan and any other business
The forward plan for 2025/26 was agreed. There was no other business.

=ICP/25/18   Date of next meeting
Thursday 11 September 2025 at 10.00 am, Northmoor County Hall, Ashby.

The meeting closed at 12.35 pm.

=Signed ..........................................   Chair          Date ............................
"""],
}

ICP11 = "Integrated Care Strategy 2025–2030 – refresh"
ICP12 = "Joint Forward Plan 2025/26 – shared priorities"
ICP13 = "Healthy ageing and frailty – system deep dive"
ICP14 = "Integrated community equipment service"
ICP_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="ICP/25/10",
         title="Minutes of the previous meeting and action log",
         text="The minutes of the meeting held on 13 March 2025 were approved as an accurate record"),
    dict(page=1, kind="endorsement", outcome="endorsed", item="ICP/25/11", title=ICP11,
         lead_in="RESOLVED: That the Partnership",
         text="endorses the refreshed Integrated Care Strategy 2025–2030, including the four ambitions and the six "
              "cross-cutting commitments set out in section 3 of the report",
         note="'ambitions' is hyphenated across a line end on the page ('ambi-' / 'tions'); the text joins it"),
    dict(page=1, kind="approval", outcome="approved", item="ICP/25/11", title=ICP11,
         lead_in="RESOLVED: That the Partnership",
         text="approves the outcomes framework at Appendix B to the report, with the gap in healthy life expectancy "
              "between the most and least deprived neighbourhoods as its overarching measure",
         note="'overarching' is hyphenated across a line end on the page ('over-' / 'arching'); the text joins it"),
    dict(page=2, kind="delegation", outcome="agreed", item="ICP/25/11", title=ICP11,
         lead_in="RESOLVED: That the Partnership",
         text="delegates authority to the ICP Director, in consultation with the Chair and Vice-Chair, to make final "
              "amendments to the strategy to reflect the comments made at the meeting",
         note="part (3) of a resolution whose lead-in and parts (1)-(2) are on page 1; page 2 opens with the "
              "running head, then this part; 'meeting' is hyphenated across a line end ('meet-' / 'ing')"),
    dict(page=2, kind="action", outcome=None, item="ICP/25/11", title=ICP11, lead_in="RESOLVED: That the Partnership",
         text="asks the ICP Director to bring the first annual progress report against the outcomes framework to the "
              "meeting of the Partnership in June 2026",
         owner="ICP Director", note="no day in June 2026 is printed, so no deadline"),
    dict(page=2, kind="recommendation", outcome="recommended", item="ICP/25/11", title=ICP11,
         lead_in="RESOLVED: That the Partnership",
         text="recommends to the ICB Board and to the Cabinets of Northmoor County Council and Wendle City Council "
              "that the refreshed strategy be taken into account in their plans for 2026/27",
         to="ICB Board; Cabinets of Northmoor County Council and Wendle City Council"),
    dict(page=2, kind="noted", outcome="noted", item="ICP/25/12", title=ICP12, lead_in="The Partnership:",
         text="NOTED the quarterly report on the delivery of the Joint Forward Plan shared priorities"),
    dict(page=2, kind="endorsement", outcome="endorsed", item="ICP/25/12", title=ICP12, lead_in="The Partnership:",
         text="SUPPORTED the proposal to establish a joint neighbourhood health implementation group, reporting to "
              "the Partnership",
         note="bullet printed as '·' (a Symbol-font bullet read as WinAnsi); 'implementation' is hyphenated "
              "across a line end ('imple-' / 'mentation')"),
    dict(page=2, kind="agreement", outcome="agreed", item="ICP/25/12", title=ICP12, lead_in="The Partnership:",
         text="AGREED that the two priorities rated red would be the subject of deep dives at its meetings in "
              "September and December 2025"),
    dict(page=2, kind="noted", outcome="noted", item="ICP/25/13", title=ICP13,
         text="The Partnership NOTED the presentation and the system actions on falls prevention and medication "
              "review",
         note="the '-' bullet points above it are the presentation's key points, not decisions"),
    dict(page=2, kind="agreement", outcome="agreed", item="ICP/25/13", title=ICP13,
         text="It was AGREED that healthy ageing and frailty would be one of the two themes of the Partnership’s "
              "development session in September 2025"),
    dict(page=2, kind="approval", outcome="approved", item="ICP/25/14", title=ICP14, lead_in="The Partnership:",
         text="APPROVED the extension of the section 75 agreement for the integrated community equipment service for "
              "two years from 1 October 2025",
         note="bullet printed as '-'; 'equipment' is hyphenated across a line end ('equip-' / 'ment')"),
    dict(page=2, kind="noted", outcome="noted", item="ICP/25/14", title=ICP14, lead_in="The Partnership:",
         text="NOTED the increase of 19% in the number of items issued since 2023/24 and the pressure on the pooled "
              "budget"),
    dict(page=2, kind="recommendation", outcome="recommended", item="ICP/25/14", title=ICP14,
         lead_in="The Partnership:", to="ICB Board; Cabinets of both councils",
         text="RECOMMENDED to the ICB Board and to the Cabinets of both councils that a joint procurement of the "
              "service be undertaken for a new contract from October 2027"),
    dict(page=2, kind="action", outcome=None, item="ICP/25/14", title=ICP14, lead_in="ACTION:",
         text="JP to circulate the equipment service performance dashboard to members by 31 July 2025",
         owner="JP", deadline="2025-07-31"),
    dict(page=3, kind="agreement", outcome="agreed", item="ICP/25/15",
         title="VCSE Alliance memorandum of understanding",
         text="It was AGREED that the revised memorandum of understanding be signed by the Chair on behalf of the "
              "Partnership, subject to the addition of a commitment to review it annually",
         note="'behalf' is hyphenated across a line end on the page ('be-' / 'half'); the text joins it"),
    dict(page=3, kind="deferral", outcome="deferred", item="ICP/25/16",
         title="Population health management – data sharing agreement",
         text="Consideration of this item was DEFERRED to the meeting on 11 September 2025, pending advice from the "
              "Information Commissioner’s Office"),
    dict(page=3, kind="agreement", outcome="agreed", item="ICP/25/17", title="Forward plan and any other business",
         text="The forward plan for 2025/26 was agreed"),
]


# ---------------------------------------------------------------------------------------
# 3. NHS Foundation Trust board: Item | Discussion | Decision / Action table printed as text
# ---------------------------------------------------------------------------------------
FT_COLS = (18, 38, 58)
FT_HEADER = table([("Item", "Discussion", "Decision / Action")], FT_COLS)
FT_HEADER_CONT = table([("Item", "Discussion", "Decision / Action (continued)")], FT_COLS)
FT_PAGE1_ROWS = [
    ("25/070 Welcome and apologies",
     "The Chair welcomed members, governors and members of the public. Apologies were received from Hamid Karimi "
     "(Non-Executive Director). The meeting was quorate.", "–"),
    ("25/071 Declarations of interest", "No new interests were declared in relation to items on the agenda.", "–"),
    ("25/072 Minutes of the meeting held on 1 May 2025",
     "The minutes were accepted as an accurate record subject to one correction at 25/058: the registered nurse "
     "vacancy rate was 7.9%, not 9.7%.",
     "Decision: Approved subject to the correction noted."),
    ("25/073 Action log and matters arising",
     "Actions 25/031 and 25/040 were complete and closed. Action 25/047 (maternity triage audit) was carried forward "
     "to September at the request of the Chief Nurse.", "Noted"),
    ("25/074 Chair’s report",
     "The Chair reported on her visits to the Riverlea Birth Centre and the new community diagnostic centre at Holme "
     "Lane, and on the governor elections, which close on 25 July.", "Noted"),
    ("25/075 Chief Executive’s report",
     "Dr Fairweather reported on the outcome of the CQC inspection of maternity services (rated Requires "
     "Improvement), the publication of the national 10 Year Health Plan and the industrial action by resident "
     "doctors planned for 25 to 30 July.",
     ["Noted.", "Action: Circulate the CQC maternity action plan to all Board members – CN, by 18 July 2025"]),
    ("25/076 Integrated performance report (month 2)",
     "The COO reported 4-hour performance of 74.1% in May against the 78% standard, 62-day cancer performance of "
     "68.9% against 75%, and 1,412 patients waiting over 52 weeks for elective treatment.", ""),
]
FT_PAGE2_ROWS = [
    ("",
     "Members challenged the pace of recovery in elective orthopaedics; the COO said that theatre productivity had "
     "improved but was held back by ward capacity. Dr Rees asked whether the cancer position reflected capacity in diagnostics or in treatment. The Medical "
     "Director said that the main constraint was histopathology reporting, where two consultant posts were vacant.",
     ["Decision: The Board noted the report and the risks to delivery of the 62-day cancer standard and the "
      "52-week elective target.",
      "Action: Revised elective recovery trajectory to the September Board – COO, by 4 September 2025"]),
    ("25/077 Finance report (month 2)",
     "The CFO reported a year-to-date deficit of £2.8m, £0.6m adverse to plan, driven by temporary staffing and "
     "unfunded escalation beds.",
     "Decision: The Board approved the revised capital programme of £41.3m for 2025/26, including the reallocation "
     "of £2.4m to the emergency department expansion scheme."),
    ("25/078 Green Plan 2025–2028",
     "The Director of Estates presented the refreshed Green Plan, which commits the Trust to reduce the emissions it "
     "controls directly by 40% by 2028 against 2019/20.", "Decision: Approved."),
    ("25/079 Nursing and midwifery establishment review",
     "The Chief Nurse said that the review had not yet been validated against the Birthrate Plus assessment of "
     "midwifery staffing, which is due in August.",
     "Decision: Deferred to the meeting on 4 September 2025 to include the Birthrate Plus findings."),
    ("25/080 Board Assurance Framework",
     "The Company Secretary presented the BAF. The Audit and Risk Committee had recommended an increase in the "
     "score of the workforce supply risk.",
     "Decision: The Board approved the Board Assurance Framework, with the score of risk BAF4 (workforce supply) "
     "increased from 16 to 20."),
    ("25/081 Freedom to Speak Up annual report 2024/25",
     "The Guardian reported 186 concerns raised in 2024/25 (2023/24: 141), a third of them about behaviours. "
     "Members thanked the Guardian for her work.", "Noted"),
    ("25/082 Standing Financial Instructions and Scheme of Delegation",
     "Revised after the Audit and Risk Committee’s review on 10 June 2025; the main change raises the Chief "
     "Executive’s limit for approving contracts to £1m.",
     "Decision: The Board approved the revised Standing Financial Instructions and Scheme of Delegation with effect "
     "from 1 August 2025."),
]
FT_PAGE3_ROWS = [
    ("25/083 Reports from Board committees",
     "Chairs’ reports were received from the Quality, Finance and Investment, People, and Audit and Risk Committees. "
     "The Finance and Investment Committee had considered the pathology managed equipment contract on 24 June 2025 "
     "and referred it to the Board as it exceeds £5m.",
     "Decision: The Board ratified the award of the pathology managed equipment contract to Calder Diagnostics Ltd "
     "for seven years at a total value of £7.9m."),
    ("25/084 Use of the Trust seal",
     "The seal had been applied twice since the last meeting: the lease of the Holme Lane community diagnostic "
     "centre and a deed of variation for the Riverlea car park.", "Noted"),
    ("25/085 Questions from the public",
     "A public governor asked about the staff car parking charges to be introduced in September. The CFO said that "
     "the charges had been agreed with staff side and would be waived for staff earning under £28,000.",
     "Action: Written reply to the governor on staff car parking charges – CFO, by 17 July 2025"),
    ("25/086 Any other business", "None.", "–"),
]
FT = {
    "file": "foundation-trust-board-minutes-2025-07-03.pdf",
    "layout": "NHS Foundation Trust Board of Directors (meeting in public): the minutes are one three-column table "
              "'Item | Discussion | Decision / Action' printed as text with wide spacing, so that the text layer "
              "read line by line runs the columns together; 'Decision: …' and 'Action: … – owner, by date' cells; "
              "rows with only 'Noted'; a row split across a page break under a repeated header",
    "meeting_date": "2025-07-03",
    "body": "Riverlea Hospitals NHS Foundation Trust Board of Directors",
    "footer": "Riverlea Hospitals NHS Foundation Trust – Board of Directors (Part 1) – 3 July 2025           {n} of {of}",
    "pages": ["""
=RIVERLEA HOSPITALS NHS FOUNDATION TRUST
=Minutes of the Board of Directors meeting held in public
=Thursday 3 July 2025, 9.30 am, Boardroom, Riverlea General Hospital

=Present:   Professor Judith Hammond, Chair (Chair)
=           Dr Neil Fairweather, Chief Executive (CEO)
=           Amira Haddad, Chief Financial Officer (CFO)
=           Kath Devlin, Chief Nurse (CN)
=           Dr Rajesh Menon, Medical Director (MD)
=           Stuart Gibbs, Chief Operating Officer (COO)
=           Lorna McKee, Director of People (DoP)
=           Peter Woolf, Dr Sian Rees, Non-Executive Directors
=In attendance: Fiona Blake, Company Secretary; Ian Thorne, Director of Estates (item 25/078);
=           Maria Santos, Freedom to Speak Up Guardian (item 25/081); two public governors
""" + FT_HEADER + "\n" + table(FT_PAGE1_ROWS, FT_COLS) + "\n",
              FT_HEADER_CONT + "\n" + table(FT_PAGE2_ROWS, FT_COLS) + "\n",
              FT_HEADER_CONT + "\n" + table(FT_PAGE3_ROWS, FT_COLS) + """

=Date of next meeting in public: Thursday 4 September 2025, 9.30 am, Boardroom, Riverlea General Hospital

=Signed ..........................................   Chair          Date ............................
"""],
}

FT_LABELS = [
    dict(page=1, kind="approval", outcome="approved", item="25/072",
         title="Minutes of the meeting held on 1 May 2025", lead_in="Decision:",
         text="Approved subject to the correction noted.",
         note="Decision / Action cell of a three-column table row; the cell fits on one printed line"),
    dict(page=1, kind="noted", outcome="noted", item="25/073", title="Action log and matters arising",
         text="Noted", note="the Decision / Action cell reads only 'Noted'"),
    dict(page=1, kind="noted", outcome="noted", item="25/074", title="Chair’s report",
         text="Noted", note="the Decision / Action cell reads only 'Noted'"),
    dict(page=1, kind="noted", outcome="noted", item="25/075", title="Chief Executive’s report",
         text="Noted.", note="first paragraph of the Decision / Action cell"),
    dict(page=1, kind="action", outcome=None, item="25/075", title="Chief Executive’s report", lead_in="Action:",
         text="Circulate the CQC maternity action plan to all",
         owner="CN", deadline="2025-07-18",
         note="'Action: Circulate the CQC maternity action plan to all Board members – CN, by 18 July 2025' wraps "
              "in its cell; the text is the cell's first printed line, as the next line of the text layer starts "
              "with the Discussion column"),
    dict(page=2, kind="noted", outcome="noted", item="25/076", title="Integrated performance report (month 2)",
         lead_in="Decision:",
         text="The Board noted the report and the risks to",
         note="the row starts on page 1; its Decision / Action cell starts on page 2, under the repeated header; "
              "the text is the cell's first printed line"),
    dict(page=2, kind="action", outcome=None, item="25/076", title="Integrated performance report (month 2)",
         lead_in="Action:", text="Revised elective recovery trajectory to the",
         owner="COO", deadline="2025-09-04"),
    dict(page=2, kind="approval", outcome="approved", item="25/077", title="Finance report (month 2)",
         lead_in="Decision:", text="The Board approved the revised capital programme",
         note="the cell goes on: 'of £41.3m for 2025/26, including the reallocation of £2.4m to the emergency "
              "department expansion scheme'"),
    dict(page=2, kind="approval", outcome="approved", item="25/078", title="Green Plan 2025–2028",
         lead_in="Decision:", text="Approved.", note="approval of the Green Plan 2025–2028"),
    dict(page=2, kind="deferral", outcome="deferred", item="25/079",
         title="Nursing and midwifery establishment review", lead_in="Decision:",
         text="Deferred to the meeting on 4 September 2025 to",
         note="the cell goes on: 'include the Birthrate Plus findings'"),
    dict(page=2, kind="approval", outcome="approved", item="25/080", title="Board Assurance Framework",
         lead_in="Decision:", text="The Board approved the Board Assurance",
         note="the cell goes on: 'Framework, with the score of risk BAF4 (workforce supply) increased from 16 to 20'"),
    dict(page=2, kind="noted", outcome="noted", item="25/081", title="Freedom to Speak Up annual report 2024/25",
         text="Noted", note="the Decision / Action cell reads only 'Noted'"),
    dict(page=2, kind="approval", outcome="approved", item="25/082",
         title="Standing Financial Instructions and Scheme of Delegation", lead_in="Decision:",
         text="The Board approved the revised Standing",
         note="the next line of the text layer starts with the Item column's 'Financial', so the cell's "
              "'Standing Financial Instructions' only seems to run on"),
    dict(page=3, kind="approval", outcome="ratified", item="25/083", title="Reports from Board committees",
         lead_in="Decision:", text="The Board ratified the award of the pathology",
         note="ratification of a £7.9m contract award referred by the Finance and Investment Committee"),
    dict(page=3, kind="noted", outcome="noted", item="25/084", title="Use of the Trust seal",
         text="Noted", note="the Decision / Action cell reads only 'Noted'"),
    dict(page=3, kind="action", outcome=None, item="25/085", title="Questions from the public", lead_in="Action:",
         text="Written reply to the governor on staff car parking", owner="CFO",
         deadline="2025-07-17"),
]


# ---------------------------------------------------------------------------------------
# 4. District Cabinet: quoted report recommendations, RESOLVED agreed subject to an amendment,
#    key decision references, call-in lines, an item withdrawn by the Leader, an urgent decision noted
# ---------------------------------------------------------------------------------------
CAB = {
    "file": "district-cabinet-minutes-2025-05-21.pdf",
    "layout": "District council Cabinet: 'Key decision: Yes – Forward Plan reference KD/25/014'; the report's "
              "recommendations quoted in full ('The report recommended that Cabinet: (1) … (2) … (3) …') and "
              "then 'RESOLVED: That the recommendations set out above be agreed, subject to (2) being amended to "
              "read …'; reasons, alternative options and call-in expiry lines; an item withdrawn from the agenda "
              "by the Leader; an urgent decision of the Chief Executive reported for information and noted",
    "meeting_date": "2025-05-21",
    "body": "Fernley District Council Cabinet",
    "footer": "Cabinet – 21 May 2025                                                                       Page {n} of {of}",
    "pages": ["""
=FERNLEY DISTRICT COUNCIL
=CABINET
Minutes of the meeting of the Cabinet held on Wednesday 21 May 2025 at 6.00 pm in the Council Chamber, Fernley House, Abbey Road, Fernley FY3 2LD

Present: Councillor Nina Hargreaves (Leader of the Council, in the Chair); Councillors Oliver Penrose (Deputy Leader and Portfolio Holder for Finance), Sabina Rahman (Portfolio Holder for Communities and Leisure), Graham Tulloch (Portfolio Holder for Housing), Megan Lowther (Portfolio Holder for Environment) and Kwame Asante (Portfolio Holder for Planning and Regeneration)
Also present: Councillor Ruth Dillon (Leader of the Opposition) and Councillor Ahmed Farooqi (Chair of the Overview and Scrutiny Committee)
Officers: Philip Marsh (Chief Executive), Lisa Carrow (Director of Communities), Jonathan Reid (Section 151 Officer), Esther Bloom (Monitoring Officer), Carl Dunne (Democratic Services)

=101.   APOLOGIES FOR ABSENCE
There were no apologies for absence.

=102.   DECLARATIONS OF INTEREST
Councillor Rahman declared a non-registrable interest in minute 104 as a member of Holbrook Amateur Swimming Club, which hires pool time at Holbrook Leisure Centre. She remained in the meeting and took part in the item.

=103.   MINUTES
RESOLVED: That the minutes of the meeting of Cabinet held on 16 April 2025 be approved as a correct record and signed by the Leader.

=104.   LEISURE CENTRES – FUTURE OPERATING MODEL
=Key decision: Yes – Forward Plan reference KD/25/014
=Portfolio Holder: Councillor Sabina Rahman
Councillor Rahman introduced the report of the Director of Communities, which set out an options appraisal for the future operation of Fernley and Holbrook leisure centres. The in-house service had required a subsidy of £1.14m in 2024/25, and the appraisal found that a not-for-profit operator could reduce this by up to £380,000 a year through business rates relief and VAT savings.
The report recommended that Cabinet:
(1) approve the transfer of the operation of Fernley Leisure Centre and Holbrook Leisure Centre to a not-for-profit leisure operator from 1 April 2026, following a competitive procurement;
(2) delegate authority to the Director of Communities, in consultation with the Portfolio Holder for Communities and Leisure, to award the contract to the highest-scoring bidder; and
(3) note that capital investment of £3.8m in Holbrook Leisure Centre is included in the Capital Programme 2025/26 to 2029/30.
Councillor Farooqi, speaking as Chair of the Overview and Scrutiny Committee, asked that the Committee have the opportunity to consider the outcome of the procurement before the contract was awarded. Councillor Dillon raised concerns about the terms and conditions of the 62 staff who would transfer to the new operator under TUPE. The Leader said that Cabinet would accept the Committee’s request and that the Section 151 Officer should also be consulted on the award.
RESOLVED: That the recommendations set out above be agreed, subject to (2) being amended to read: “delegate authority to the Director of Communities, in consultation with the Portfolio Holder for Communities and Leisure and the Section 151 Officer, to award the contract to the highest-scoring bidder, following a report on the outcome of the procurement to the Overview and Scrutiny Committee”.
Reasons for decision: To reduce the net cost of the leisure service while protecting public access to both centres, as set out in section 6 of the report.
Alternative options considered and rejected: to continue in-house operation; to close Holbrook Leisure Centre; to set up a local authority trading company.
""", """
Call-in: The call-in period for this decision expires at 5.00 pm on Friday 30 May 2025. If it is not called in, the decision may be implemented from Monday 2 June 2025.

=105.   PRIVATE SECTOR HOUSING ENFORCEMENT POLICY 2025
=Key decision: Yes – Forward Plan reference KD/25/015
=Portfolio Holder: Councillor Graham Tulloch
Councillor Tulloch introduced the revised enforcement policy, which brought together the Council’s powers to deal with poor conditions in privately rented homes and set out how it would use civil penalties of up to £30,000 as an alternative to prosecution. The Portfolio Holder said that the Council had served 41 improvement notices in 2024/25 but had not yet used civil penalties.
RESOLVED: That
(1) the Private Sector Housing Enforcement Policy 2025, as set out in Appendix A to the report, be approved;
(2) the civil penalty matrix at Appendix B to the report be approved with effect from 1 July 2025; and
(3) authority be delegated to the Head of Housing, in consultation with the Portfolio Holder for Housing, to make minor amendments to the policy to reflect changes in legislation or guidance.
Reasons for decision: To make sure that the Council’s enforcement is consistent, proportionate and transparent.
Call-in: The call-in period for this decision expires at 5.00 pm on Friday 30 May 2025.

=106.   REVENUE AND CAPITAL OUTTURN 2024/25
=Key decision: No
Councillor Penrose presented the outturn report. The General Fund had underspent by £312,000, mainly because of higher investment income, and capital expenditure had been £9.4m against a revised budget of £11.0m.
RESOLVED: That
(1) the revenue outturn for 2024/25, an underspend of £312,000 against the revised budget, be noted; and
(2) the transfer of the underspend of £312,000 to the Budget Equalisation Reserve be approved.
RECOMMENDED TO COUNCIL: That the carry-forward of £1.6m of unspent capital budgets from 2024/25 to 2025/26, as set out in Appendix C to the report, be approved.

=107.   FERNLEY TOWN CENTRE MASTERPLAN SUPPLEMENTARY PLANNING DOCUMENT
This item was withdrawn from the agenda by the Leader before the start of the meeting, to allow further discussion with Fernley Town Council and the Fernley Business Improvement District on the draft car parking proposals. It is expected to be considered at the meeting on 25 June 2025.

=108.   URGENT DECISION TAKEN BY THE CHIEF EXECUTIVE UNDER DELEGATED POWERS – REPORTED FOR INFORMATION
Cabinet received a report on the urgent decision taken by the Chief Executive on 2 May 2025, after consultation with the Leader and the Chair of the Overview and Scrutiny Committee, under paragraph 4.7 of the Officer Scheme of Delegation, to accept a grant of £420,000 from the UK Shared Prosperity Fund for the Fernley Market Hall roof repairs and to sign the grant agreement by the deadline of 9 May 2025. The decision was exempt from call-in because any delay would have meant the loss of the grant.
RESOLVED: That the urgent decision taken by the Chief Executive on 2 May 2025 be noted.

=109.   APPOINTMENTS TO OUTSIDE BODIES 2025/26
RESOLVED: That the Council’s representatives on outside bodies for 2025/26 be as set out in the schedule circulated at the meeting, with Councillor Lowther replacing Councillor Tulloch on the Fernley Valley Drainage Board.

The meeting closed at 7.41 pm.

=Leader ..................................................          Date ..............................
"""],
}

CAB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="103", title="MINUTES",
         text="RESOLVED: That the minutes of the meeting of Cabinet held on 16 April 2025 be approved as a correct "
              "record and signed by the Leader"),
    dict(page=1, kind="agreement", outcome="agreed", minute="104", title="LEISURE CENTRES – FUTURE OPERATING MODEL",
         ref="KD/25/014",
         text="RESOLVED: That the recommendations set out above be agreed, subject to (2) being amended to read: "
              "“delegate authority to the Director of Communities, in consultation with the Portfolio Holder for "
              "Communities and Leisure and the Section 151 Officer",
         note="one label for the resolution agreeing the report's recommendations (1)-(3) with (2) amended; the "
              "quoted 'The report recommended that Cabinet: (1) … (2) … (3) …' are not labelled, nor are the "
              "reasons, alternative options and call-in lines"),
    dict(page=2, kind="approval", outcome="approved", minute="105",
         title="PRIVATE SECTOR HOUSING ENFORCEMENT POLICY 2025", ref="KD/25/015", lead_in="RESOLVED: That",
         text="the Private Sector Housing Enforcement Policy 2025, as set out in Appendix A to the report, be approved"),
    dict(page=2, kind="approval", outcome="approved", minute="105",
         title="PRIVATE SECTOR HOUSING ENFORCEMENT POLICY 2025", ref="KD/25/015", lead_in="RESOLVED: That",
         text="the civil penalty matrix at Appendix B to the report be approved with effect from 1 July 2025"),
    dict(page=2, kind="delegation", outcome="agreed", minute="105",
         title="PRIVATE SECTOR HOUSING ENFORCEMENT POLICY 2025", ref="KD/25/015", lead_in="RESOLVED: That",
         text="authority be delegated to the Head of Housing, in consultation with the Portfolio Holder for Housing, "
              "to make minor amendments to the policy"),
    dict(page=2, kind="noted", outcome="noted", minute="106", title="REVENUE AND CAPITAL OUTTURN 2024/25",
         lead_in="RESOLVED: That",
         text="the revenue outturn for 2024/25, an underspend of £312,000 against the revised budget, be noted"),
    dict(page=2, kind="approval", outcome="approved", minute="106", title="REVENUE AND CAPITAL OUTTURN 2024/25",
         lead_in="RESOLVED: That",
         text="the transfer of the underspend of £312,000 to the Budget Equalisation Reserve be approved"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="106",
         title="REVENUE AND CAPITAL OUTTURN 2024/25", to="Council",
         text="RECOMMENDED TO COUNCIL: That the carry-forward of £1.6m of unspent capital budgets from 2024/25 to "
              "2025/26, as set out in Appendix C to the report, be approved"),
    dict(page=2, kind="withdrawal", outcome="withdrawn", minute="107",
         title="FERNLEY TOWN CENTRE MASTERPLAN SUPPLEMENTARY PLANNING DOCUMENT",
         text="This item was withdrawn from the agenda by the Leader before the start of the meeting, to allow "
              "further discussion with Fernley Town Council"),
    dict(page=2, kind="noted", outcome="noted", minute="108",
         title="URGENT DECISION TAKEN BY THE CHIEF EXECUTIVE UNDER DELEGATED POWERS – REPORTED FOR INFORMATION",
         text="RESOLVED: That the urgent decision taken by the Chief Executive on 2 May 2025 be noted",
         note="the Chief Executive's decision itself (taken on 2 May 2025, not at this meeting) is not labelled"),
    dict(page=2, kind="resolution", outcome="agreed", minute="109", title="APPOINTMENTS TO OUTSIDE BODIES 2025/26",
         text="RESOLVED: That the Council’s representatives on outside bodies for 2025/26 be as set out in the "
              "schedule circulated at the meeting"),
]


# ---------------------------------------------------------------------------------------
# 5. Full council: public questions, a petition referred, a motion and amendment over two pages,
#    a recorded vote by names on the next page
# ---------------------------------------------------------------------------------------
VOTE_FOR = ["Adair", "Akhtar", "Barlow", "Beckett", "Bhatia", "Brennan", "Cartwright", "Chowdhury", "Clegg",
            "Coombes", "Dale", "Eastwood", "Farrow", "Garside", "Gill", "Halliday", "Hanif", "Ibrahim", "Kaur",
            "Lambert", "Leung", "Marsden", "Moss", "Nolan", "Okoro", "Redmond", "Rigby", "Saunders", "Shah",
            "Thackeray", "Yates"]
VOTE_AGAINST = ["Blackwood", "Dervish", "Edmonds", "Fitzgerald", "Grainger", "Holt", "Jarvis", "McBride", "Parekh",
                "Pickering", "Quigley", "Rafferty", "Sinclair", "Stott", "Usher", "Varley", "Wainwright", "Walsh"]
VOTE_ABSTAIN = ["Wilde", "Zaman"]
ABSENT = ["Hendry", "Kinsella", "Ogden", "Tierney"]
assert (len(VOTE_FOR), len(VOTE_AGAINST), len(VOTE_ABSTAIN)) == (31, 18, 2)
PRESENT = sorted(VOTE_FOR + VOTE_AGAINST + VOTE_ABSTAIN)
assert len(set(PRESENT)) == 51 and not set(PRESENT) & set(ABSENT)


def names(members: list[str]) -> str:
    return ", ".join(members[:-1]) + " and " + members[-1]


COUNCIL = {
    "file": "full-council-minutes-2025-03-27.pdf",
    "layout": "Borough council, full Council with a Mayor: questions from the public with answers (not "
              "decisions); a petition debated and 'RESOLVED to refer the petition to the Environment Scrutiny "
              "Committee'; Cabinet recommendations; a motion on notice and an amendment debated over two pages, "
              "'On being put to the vote the amendment was LOST', 'The substantive motion was then put and "
              "CARRIED (For 31, Against 18, Abstain 2)' with the recorded vote's names on the next page; a motion "
              "carried unanimously",
    "meeting_date": "2025-03-27",
    "body": "Stanmoor Borough Council",
    "footer": "Council 27.03.25                                                                                              {n}",
    "pages": ["""
=STANMOOR BOROUGH COUNCIL
=MINUTES OF THE MEETING OF THE COUNCIL
Held on Thursday 27 March 2025 at 7.00 pm in the Council Chamber, Stanmoor Town Hall, High Street, Stanmoor SM2 5TH

PRESENT: The Mayor (Councillor Margaret Clegg) in the Chair
""" + "Councillors " + names([n for n in PRESENT if n != "Clegg"]) + """
Officers: Daniel Brooke (Chief Executive), Yvonne Ashby (Director of Place), Martin Coyle (Monitoring Officer), Helen Sayer (Democratic Services Manager)

=88.   APOLOGIES FOR ABSENCE
""" + "Apologies for absence were received from Councillors " + names(ABSENT) + """.

=89.   DECLARATIONS OF INTEREST
Councillor Holt declared a non-registrable interest in minute 93 as a member of the Friends of Kingsmead Meadows. He spoke on the petition as a ward member but did not vote on it.

=90.   MINUTES
RESOLVED: That the minutes of the meeting of the Council held on 27 February 2025 be approved as a correct record and signed by the Mayor.

=91.   MAYOR’S ANNOUNCEMENTS
The Mayor thanked everyone who had supported her charity ball on 8 March, which had raised £6,240 for Stanmoor Hospice, and congratulated Stanmoor Rangers Ladies on reaching the county cup final.

=92.   QUESTIONS FROM MEMBERS OF THE PUBLIC
(a) Mrs Doreen Whitely asked the Leader of the Council: “Will the Council agree to reopen the public toilets in Victoria Park before the summer?”
Councillor Redmond (Leader of the Council) replied that Cabinet had approved £85,000 in the capital programme in February for the refurbishment of the toilets, which were expected to reopen by the end of June 2025. In a supplementary question Mrs Whitely asked whether the toilets would be open in the evenings; the Leader said that the opening hours would match those of the park.
(b) Mr Alan Birtles asked the Cabinet Member for Environment: “Does the Council accept that the garden waste charge of £55 should be reduced for pensioners?”
Councillor Saunders replied that the Council had set the charge in the budget resolution on 27 February 2025 and that a 50% discount was already available to households receiving council tax support, including pensioners on low incomes.

=93.   PETITION – SAVE KINGSMEAD MEADOWS
Ms Rachel Lyons presented a petition of 3,214 signatures asking the Council to remove the Kingsmead Meadows site (site STA/H14) from the draft Local Plan and to designate it as Local Green Space. Under the Council’s petition scheme a petition with more than 1,500 signatures is debated by the full Council.
Councillor Thackeray, Cabinet Member for Planning, said that the draft Local Plan had been submitted for examination and that the Council could not now remove a site, but that the Inspector would consider all the representations made. Councillor Pickering said that the site’s value for wildlife had not been properly assessed. Other members spoke about flooding on Kingsmead Lane and the capacity of local schools.
Councillor Thackeray moved, and Councillor Pickering seconded, that the petition be referred to the Environment Scrutiny Committee.
RESOLVED to refer the petition to the Environment Scrutiny Committee for consideration at its meeting on 15 May 2025, together with the evidence base for site STA/H14.
""", """
=94.   RECOMMENDATIONS FROM CABINET
=(a) Pay Policy Statement 2025/26 (Cabinet, 11 March 2025)
Councillor Redmond moved and Councillor Akhtar seconded the recommendation of Cabinet.
RESOLVED: That the Pay Policy Statement 2025/26, as set out in Appendix 1 to the report, be approved.
=(b) Statement of Community Involvement 2025 (Cabinet, 11 March 2025)
Councillor Thackeray moved and Councillor Dale seconded the recommendation of Cabinet.
RESOLVED: That
(1) the Statement of Community Involvement 2025 be adopted; and
(2) authority be delegated to the Head of Planning Policy to make minor typographical and presentational changes before it is published.

=95.   MOTIONS ON NOTICE
=(a) Local bus services
The following motion was moved by Councillor Redmond and seconded by Councillor Akhtar:
“This Council notes that 14 bus routes in the borough have been withdrawn or reduced since 2022, leaving villages such as Hollins Cross and Lower Stanmoor with no evening or Sunday service. This Council resolves to ask the Cabinet to commission an independent review of bus services in the borough and to report its findings to Council by December 2025, and asks the Leader to write to Westshire County Council, as the local transport authority, asking it to establish an enhanced partnership that includes Stanmoor.”
An amendment was moved by Councillor Pickering and seconded by Councillor Usher, to add at the end of the motion the words “and commits £250,000 from the general fund reserve in 2025/26 to support evening and Sunday services on routes 12 and 31 until the review is complete”.
Councillor Pickering said that residents could not wait a year for a review, and that the general fund reserve of £9.8m was well above the minimum level set by the Section 151 Officer. Councillor Usher said that the cost of the subsidy was less than the Council had spent on consultants for the town centre masterplan.
Councillor Redmond said that the Council had no powers to run or subsidise bus services directly, that any support would need to be agreed with the County Council, and that committing reserves before the review would be premature. Councillor Marsden said that the County Council had withdrawn support from route 31 in 2023 and was unlikely to restore it. Councillor Wilde said that she supported the aims of both the motion and the amendment but could not support the use of reserves without a business case.
On being put to the vote the amendment was LOST.
Debate on the substantive motion followed. Councillor Varley said that the motion committed the Council to nothing and that residents would see it as a gesture. Councillor Akhtar said that the review would give the Council the evidence it needed to make the case to the County Council and to the bus operators.
The substantive motion was then put and CARRIED (For 31, Against 18, Abstain 2).
""", """
A recorded vote having been requested by six members in accordance with Council Procedure Rule 17.4, the names of the members voting on the substantive motion were recorded as follows:
""" + f"For (31): Councillors {names(VOTE_FOR)}.\n"
      + f"Against (18): Councillors {names(VOTE_AGAINST)}.\n"
      + f"Abstain (2): Councillors {names(VOTE_ABSTAIN)}.\n" + """
RESOLVED: That this Council asks the Cabinet to commission an independent review of bus services in the borough and to report its findings to Council by December 2025, and asks the Leader to write to Westshire County Council, as the local transport authority, asking it to establish an enhanced partnership that includes Stanmoor.

=(b) White Ribbon accreditation
The following motion was moved by Councillor Farrow and seconded by Councillor Usher:
“This Council condemns violence against women and girls, and commits to achieving White Ribbon accreditation by March 2026, including training for all councillors and managers on recognising and responding to domestic abuse.”
Upon being put to the vote, the motion was CARRIED unanimously.

=96.   APPOINTMENTS TO COMMITTEES
RESOLVED: That Councillor Yates replace Councillor Jarvis as a member of the Licensing Committee for the remainder of the 2024/25 municipal year.

The meeting closed at 9.27 pm.

=MAYOR
"""],
}

BUS = "Local bus services"
COUNCIL_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="90", title="MINUTES",
         text="RESOLVED: That the minutes of the meeting of the Council held on 27 February 2025 be approved as a "
              "correct record and signed by the Mayor",
         note="the questions from the public and their answers (minute 92) are not decisions"),
    dict(page=1, kind="referral", outcome="referred", minute="93", title="PETITION – SAVE KINGSMEAD MEADOWS",
         text="RESOLVED to refer the petition to the Environment Scrutiny Committee for consideration at its meeting "
              "on 15 May 2025",
         to="Environment Scrutiny Committee", proposer="Councillor Thackeray", seconder="Councillor Pickering"),
    dict(page=2, kind="approval", outcome="approved", minute="94(a)", title="Pay Policy Statement 2025/26",
         text="RESOLVED: That the Pay Policy Statement 2025/26, as set out in Appendix 1 to the report, be approved",
         proposer="Councillor Redmond", seconder="Councillor Akhtar", note="recommendation of Cabinet adopted"),
    dict(page=2, kind="resolution", outcome="adopted", minute="94(b)", title="Statement of Community Involvement 2025",
         lead_in="RESOLVED: That", text="the Statement of Community Involvement 2025 be adopted",
         proposer="Councillor Thackeray", seconder="Councillor Dale", note="recommendation of Cabinet adopted"),
    dict(page=2, kind="delegation", outcome="agreed", minute="94(b)", title="Statement of Community Involvement 2025",
         lead_in="RESOLVED: That",
         text="authority be delegated to the Head of Planning Policy to make minor typographical and presentational "
              "changes before it is published",
         note="recommendation of Cabinet adopted"),
    dict(page=2, kind="motion", outcome="carried", minute="95(a)", title=BUS,
         text="The following motion was moved by Councillor Redmond and seconded by Councillor Akhtar",
         votes={"for": 31, "against": 18, "abstain": 2},
         proposer="Councillor Redmond", seconder="Councillor Akhtar",
         note="substantive motion, 'put and CARRIED (For 31, Against 18, Abstain 2)' at the foot of page 2; the "
              "recorded vote's names are on page 3"),
    dict(page=2, kind="amendment", outcome="lost", minute="95(a)", title=BUS,
         text="An amendment was moved by Councillor Pickering and seconded by Councillor Usher, to add at the end of "
              "the motion the words",
         proposer="Councillor Pickering", seconder="Councillor Usher",
         note="'On being put to the vote the amendment was LOST': no counts printed, so votes is null"),
    dict(page=3, kind="resolution", outcome="agreed", minute="95(a)", title=BUS,
         text="RESOLVED: That this Council asks the Cabinet to commission an independent review of bus services in "
              "the borough and to report its findings to Council by December 2025",
         note="the resolution produced by the carried substantive motion, after the recorded vote's names"),
    dict(page=3, kind="motion", outcome="carried", minute="95(b)", title="White Ribbon accreditation",
         text="The following motion was moved by Councillor Farrow and seconded by Councillor Usher",
         proposer="Councillor Farrow", seconder="Councillor Usher", unanimous=True),
    dict(page=3, kind="resolution", outcome="agreed", minute="96", title="APPOINTMENTS TO COMMITTEES",
         text="RESOLVED: That Councillor Yates replace Councillor Jarvis as a member of the Licensing Committee for "
              "the remainder of the 2024/25 municipal year"),
]


# ---------------------------------------------------------------------------------------
# 6. Precision check: a scrutiny committee's summary of discussion, mostly about decisions taken elsewhere
# ---------------------------------------------------------------------------------------
SOD = {
    "file": "scrutiny-summary-of-discussion-2025-10-02.pdf",
    "layout": "County council scrutiny committee 'summary of discussion' notes on an officer briefing: Cabinet, "
              "Council, the ICB and the Health and Wellbeing Board's decisions reported ('Cabinet approved the "
              "scheme in March 2025'), 'Members asked whether the Council would agree to …', 'the Board is asked "
              "to note' quoted from another body's report, 'The Committee is asked to note' — and two decisions "
              "of the Committee's own ('The Committee AGREED to add the item to its work programme …')",
    "meeting_date": "2025-10-02",
    "body": "Wrexby County Council Adult Social Care and Health Overview and Scrutiny Committee",
    "footer": "ASC&H Overview and Scrutiny Committee – 2 October 2025 – summary of discussion               Page {n} of {of}",
    "pages": ["""
=WREXBY COUNTY COUNCIL
=Adult Social Care and Health Overview and Scrutiny Committee – Thursday 2 October 2025
=Summary of discussion: items 6 and 7 (officer briefings)

This note records the briefings given to the Committee and a summary of the discussion that followed. It forms part of the minutes of the meeting.

Present: Councillor Diane Whitmore (Chair), Councillor Rob Kettle (Vice-Chair), Councillors Asante-Mensah, Bywater, Doyle, Everard, Lunn and Tomlinson
Also present: Councillor Jean Marlow (Cabinet Member for Adult Social Care)
Officers: Dr Paul Garland (Director of Adult Social Care), Asha Rowe (Head of Commissioning), Neil Castle (Scrutiny Officer)

=Item 6: Home care recommissioning

=1.    Officer briefing
The Director of Adult Social Care presented the briefing. The main points were:
• Cabinet approved the home care recommissioning scheme in March 2025 (decision CAB/25/031), moving from 43 spot-purchased providers to 12 lead providers, each covering a zone of the county, from 1 April 2026.
• Full Council agreed the budget for 2025/26 on 20 February 2025, including £2.3m to fund the increase in the National Living Wage for care workers in commissioned services.
• The Integrated Care Board’s Primary Care and Community Services Committee approved in June the joint funding of a reablement pathway in the two largest zones.
• The Health and Wellbeing Board noted the adult social care market position statement on 9 July 2025.
• The procurement opened on 1 September 2025. Contracts are expected to be awarded by the Cabinet Member in January 2026 (Forward Plan reference KD/25/041).
The briefing quoted the report to the ICB Board on 18 September 2025, which said that “the Board is asked to note the risk to timely hospital discharge while providers transfer between zones”.
At its meeting on 10 April 2025 the Committee resolved to review the mobilisation of the new contracts before they were awarded; this briefing was the first part of that review.
The briefing itself concluded: “The Committee is asked to note the timetable for the recommissioning and to comment on the draft service specification.”

=2.    Summary of discussion
Members asked whether the Council would agree to extend the contracts of the current providers for six months if the new zones were not ready in time. The Director said that this option had been considered and rejected by Cabinet in March, but that the Cabinet Member would be asked to approve a contingency plan in November.
A Member asked whether the Council had resolved to pay the Real Living Wage to care workers. The Cabinet Member said that the Council had not adopted the Real Living Wage for commissioned services, but that it would be considered as part of the budget for 2026/27.
Members noted that 38% of home care workers in the county were aged over 55 and that staff turnover had fallen from 34% to 27% in two years.
Members commented that people who receive care, and their families, should be told which provider would serve them at least eight weeks before the change. The Head of Commissioning said that this was already a requirement of the draft service specification, and that providers had been asked to keep the same care workers where possible.
Councillor Doyle asked whether rural areas would be less attractive to bidders. The Head of Commissioning said that the price for the two rural zones included a travel time supplement, which Cabinet had agreed in March.
""", """
=3.    Outcome
The Committee AGREED to add the item “Home care recommissioning: mobilisation and contingency plan” to its work programme for its meeting on 4 December 2025.
The Committee AGREED to ask the Cabinet Member for Adult Social Care to attend that meeting to present the contingency plan.

=Item 7: Day opportunities review – briefing note
The Head of Commissioning presented a briefing note on the review of day opportunities for adults with learning disabilities, which the Cabinet Member had approved in July. Members noted the briefing and the timetable for engagement with families, which will run until 12 December 2025. The Chair said that the Committee might wish to look at the results of the engagement early in 2026. No decision was required of the Committee.

Scrutiny Officer’s note: the formal resolutions of the meeting on items 1 to 5 and 8 to 10 are recorded in the minutes.
"""],
}

SOD_LABELS = [
    dict(page=2, kind="agreement", outcome="agreed", item="6", title="Home care recommissioning",
         text="The Committee AGREED to add the item “Home care recommissioning: mobilisation and contingency plan” "
              "to its work programme for its meeting on 4 December 2025",
         note="page 1 reports decisions of Cabinet, Council, the ICB and the Health and Wellbeing Board, quotes "
              "'the Board is asked to note' and 'The Committee is asked to note', and records members' questions: "
              "none of them is labelled"),
    dict(page=2, kind="agreement", outcome="agreed", item="6", title="Home care recommissioning",
         text="The Committee AGREED to ask the Cabinet Member for Adult Social Care to attend that meeting to present "
              "the contingency plan"),
]


if __name__ == "__main__":
    docs = [(HWB, HWB_LABELS), (ICP, ICP_LABELS), (FT, FT_LABELS), (CAB, CAB_LABELS), (COUNCIL, COUNCIL_LABELS),
            (SOD, SOD_LABELS)]
    build_set(__file__, docs, "dr", actions_have_no_outcome=True)
