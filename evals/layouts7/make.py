"""Layouts7: six fictional minutes PDFs with damaged text layers and less common record styles, and their
decision labels (`.venv/bin/python evals/layouts7/make.py`).

Page text conventions, wrapping, PDF writer and label rows are those of evals/layouts/make.py (``build_set``).
This set adds three ways of printing a page that the earlier sets lack, each written out as '=' lines
(printed as they stand):

- damaged text, written into the source as the text layer reads it: letter-spaced headings
  ("R E S O L V E D :"), the "fi" / "fl" / "ff" / "ffi" ligatures lost with a space where they were
  ("con rmed", "re ected", "sta  of", "O cer"), two words glued where a line broke ("theBoard"), curly
  and straight quotes mixed, and ``Footer`` (a running footer drawn in the middle of a page, between two
  lines of a resolution, instead of at its foot);
- ``table``: the cells of a table printed side by side with wide spacing, so that the text layer read line
  by line runs the columns into one another;
- ``two_columns``: a page set in two newspaper columns, printed as text whose lines interleave the columns
  ("left column line    right column line"); the text runs down the left column, then down the right.
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the repository root holds evals
from evals.layouts.make import (
    build_set,  # noqa: E402
    table,  # noqa: E402
)

COL_WIDTH, COL_GAP = 44, 4  # two_columns: each column's width and the gap between them (verify.py splits here)


class Footer(str):
    """A running footer that is not printed at the foot of the pages in ``moved``.

    On those pages the page's source prints ``footer.text(n, of)`` itself, where the damaged text layer has it.
    """

    moved: frozenset = frozenset()

    def __new__(cls, text: str, moved: set[int]) -> Footer:
        obj = super().__new__(cls, text)
        obj.moved = frozenset(moved)
        return obj

    def text(self, n: int, of: int) -> str:
        return str.format(self, n=n, of=of)

    def format(self, *args, n: int = 1, of: int = 1, **kwargs) -> str:  # noqa: A003 - str.format's name
        return "" if n in self.moved else self.text(n, of)



def two_columns(src: str, rows: int | None = None) -> str:
    """``src`` (one paragraph a line; '' a blank line; '=' lines as they stand) set in two columns.

    The paragraphs are wrapped at COL_WIDTH and run down the left column for ``rows`` lines (half, rounded up,
    if None), then down the right; each printed line is the left column's line padded to COL_WIDTH + COL_GAP,
    then the right column's. Returned as '=' lines for a page's source.
    """
    lines: list[str] = []
    for par in src.strip("\n").split("\n"):
        if par.startswith("="):
            assert len(par) - 1 <= COL_WIDTH, par
            lines.append(par[1:])
        elif not par.strip():
            lines.append("")
        else:
            lines += textwrap.wrap(par, COL_WIDTH, break_long_words=False, break_on_hyphens=False)
    rows = rows or (len(lines) + 1) // 2
    left, right = lines[:rows], lines[rows:]
    assert len(right) <= rows, (len(left), len(right))
    out = []
    for i, lft in enumerate(left):
        rgt = right[i] if i < len(right) else ""
        out.append("=" + (lft.ljust(COL_WIDTH + COL_GAP) + rgt).rstrip())
    return "\n".join(out)


# ---------------------------------------------------------------------------------------
# 1. Health and Wellbeing Board minutes with a damaged text layer
# ---------------------------------------------------------------------------------------
HWB_FOOTER = Footer("Hollinsford Council – Health and Wellbeing Board – 10 September 2025"
                    "                                  Page {n} of {of}", moved={2})
HWB = {
    "file": "health-wellbeing-board-minutes-2025-09-10.pdf",
    "layout": "Health and Wellbeing Board (unitary council) whose text layer is damaged: letter-spaced headings "
              "('M I N U T E S', 'R E S O L V E D :'), lost 'fi'/'fl'/'ff'/'ffi' ligatures read as a space, words "
              "glued where a line broke ('theBoard'), curly and straight quotes mixed, and page 2's running "
              "footer drawn between two lines of a resolution",
    "meeting_date": "2025-09-10",
    "body": "Hollinsford Council Health and Wellbeing Board",
    "footer": HWB_FOOTER,
    "pages": ["""
=HOLLINSFORD COUNCIL
=H E A L T H   A N D   W E L L B E I N G   B O A R D
=M I N U T E S
of the meeting of the Health and Wellbeing Board held on Wednesday 10 September 2025 at 2.00 pm in the Council Chamber, Hollinsford Town Hall, Queen's Square, Hollinsford HF1 1AA

PRESENT: Councillor Margaret Oyelaran (Chair); Dr Stephen Rudd (Vice-Chair, NHS Tennmoor Integrated Care Board); Councillors Batley, Osei and Wainwright; Dr Fiona Achebe (Director of Public Health); Daniel Forsyth (Director of Adult Social Care); Helen Marchetti (Director of Children’s Services); Joy Ekwueme (Healthwatch Hollinsford); Ravi Sandhu (Hollinsford Community and Voluntary Service)
ALSO PRESENT: Alison Crane (Consultant in Public Health); Kieran Doyle (Democratic Services O cer)

=23.   APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor Pereira and from Superintendent Neil Haworth (Tennmoor Police).

=24.   DECLARATIONS OF INTEREST
There were no declarations of interest.

=25.   M I N U T E S
R E S O L V E D : That the minutes of the meeting held on 9 July 2025 be con rmed as a correct record and signed by the Chair.

=26.   JOINT STRATEGIC NEEDS ASSESSMENT – ANNUAL SUMMARY 2025
Dr Achebe presented the annual summary of the Joint Strategic Needs Assessment. Life expectancy at birth in Hollinsford was 77.9 years for men and 81.6 years for women, and the gap between the most and least deprived wards had widened to 10.2 years for men. The summary identi ed ve priorities for theBoard: healthy weight, mental wellbeing, alcohol harm, housing conditions and the bene ts of early help for families.
Members asked about the in uence of housing conditions on childhood asthma admissions. Dr Achebe said that the signi cant rise in admissions from the Eastgate and Millbank wards was being investigated with theHousing Service, and that the  ndings would be shared with the Board.
R E S O L V E D : That theBoard
(a) notes the Joint Strategic Needs Assessment annual summary 2025 and the  ve priorities identi ed in it;
(b) agrees that the summary be used to inform the refresh of the Joint Local Health and Wellbeing Strategy in 2026; and
(c) asks the Director of Public Health to report on the  ndings of the childhood asthma review to the meeting on 3 December 2025.

=27.   BETTER CARE FUND 2025/26 – QUARTER 1 RETURN
Daniel Forsyth reported that the quarter 1 return had been submitted to NHS England on 15 August 2025 under the authority delegated to him by the Board on 9 July 2025. The pooled fund of £41.2m was forecast to break even, although spending on discharge to assess beds was £0.4m above plan.
R E S O L V E D : That the Better Care Fund quarter 1 return for 2025/26, as submitted to NHS England on 15 August 2025, be rati ed.
""", """
=28.   CHILDREN'S ORAL HEALTH – “SMILE HOLLINSFORD” UPDATE
Alison Crane presented an update on the "Smile Hollinsford" supervised toothbrushing programme, which now reached 4,120 children in 61 nurseries and primary schools. Tooth decay among 5-year-olds had fallen from 31% to 27% since 2022, but remained above the England average of 23%.
R E S O L V E D : That the update be noted and that theBoard's thanks be passed to the sta  of the nurseries and schools taking part.

=29.   TOBACCO CONTROL – SMOKEFREE HOLLINSFORD 2030
Dr Achebe presented the draft tobacco control plan for 2025–2030. Adult smoking prevalence in Hollinsford was 14.8%, against 11.6% in England, and 19.2% of mothers were smokers at the time of delivery. The plan had been developed with the Hollinsford Tobacco Control Alliance, and the Council was invited to sign the “Smokefree Hollinsford 2030” declaration.
Joy Ekwueme welcomed the focus on vaping among young people and asked that Healthwatch's survey of 1,300 secondary school pupils be re ected in the plan. Ravi Sandhu said that the voluntary sector’s stop smoking advisers would be part of the referral work ow of the new service.
R E S O L V E D : That the Board
(1) endorses the tobacco control plan 2025–2030 and the "Smokefree Hollinsford 2030" declaration;
=(2) recommends to Cabinet that the Council sign the “Smokefree Hollinsford 2030”
=""" + HWB_FOOTER.text(2, 3) + """
=    declaration and commit to the actions for the Council set out in section 6 of the plan; and
(3) delegates authority to the Director of Public Health, in consultation with the Chair, to make any  nal changes to the plan before its publication.

=30.   HOLLINSFORD WELLBEING HUBS
Ravi Sandhu and Daniel Forsyth presented the evaluation of the  rst year of the three Wellbeing Hubs at Eastgate, Millbank and Thornton Road, which had supported 2,870 residents; 64% of those who completed a follow-up survey reported improved wellbeing. Funding from the public health grant would end in March 2026.
It was agreed that theWellbeing Hubs be included in the Board's bid to the ICB's prevention fund for 2026/27, and that the evaluation be shared with all partners.

=31.   HEALTHWATCH HOLLINSFORD ANNUAL REPORT 2024/25
This item was deferred to the meeting on 3 December 2025 at the request of Healthwatch Hollinsford, whose annual report had not been published in time.
""", """
=32.   WINTER PLAN 2025/26 – HOLLINSFORD PLACE
Daniel Forsyth and Dr Rudd presented the joint winter plan for Hollinsford place. The plan provided for 36 additional discharge to assess beds from 1 November 2025, a  exible home care reserve of 900 hours a week and extended opening of the Hollinsford urgent treatment centre at weekends. Members asked how the plan would be communicated to residents; Dr Rudd said that a joint campaign with the ICB would start in October.
R E S O L V E D : That the Board notes the winter plan 2025/26 for Hollinsford place and the additional discharge capacity to be commissioned from 1 November 2025.
Action: Director of Adult Social Care to circulate the winter communications plan to Board members by 31 October 2025.

=33.   FORWARD PLAN 2025/26
The Board’s forward plan was agreed, with the addition of a report on air quality and health to the meeting on 3 December 2025.

=34.   DATE OF NEXT MEETING
Wednesday 3 December 2025 at 2.00 pm, Council Chamber, Hollinsford Town Hall.

The meeting ended at 4.05 pm.

=Chair ..................................................          Date ..............................
"""],
}

HWB26 = "JOINT STRATEGIC NEEDS ASSESSMENT – ANNUAL SUMMARY 2025"
HWB29 = "TOBACCO CONTROL – SMOKEFREE HOLLINSFORD 2030"
HWB_LEAD = "R E S O L V E D : That theBoard"
HWB_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="25", title="M I N U T E S",
         text="R E S O L V E D : That the minutes of the meeting held on 9 July 2025 be con rmed as a correct record "
              "and signed by the Chair",
         note="damaged text copied as printed: 'RESOLVED' letter-spaced, 'confirmed' with its 'fi' ligature read "
              "as a space ('con rmed'); the heading 'MINUTES' is letter-spaced too"),
    dict(page=1, kind="noted", outcome="noted", minute="26", title=HWB26, lead_in=HWB_LEAD,
         text="notes the Joint Strategic Needs Assessment annual summary 2025 and the ve priorities identi ed in it",
         note="'five' and 'identified' lost their 'fi' ligatures ('the  ve', 'identi ed'); the lead-in has "
              "'RESOLVED' letter-spaced and 'the Board' glued ('theBoard')"),
    dict(page=1, kind="agreement", outcome="agreed", minute="26", title=HWB26, lead_in=HWB_LEAD,
         text="agrees that the summary be used to inform the refresh of the Joint Local Health and Wellbeing "
              "Strategy in 2026"),
    dict(page=1, kind="action", outcome=None, minute="26", title=HWB26, lead_in=HWB_LEAD,
         text="asks the Director of Public Health to report on the ndings of the childhood asthma review to the "
              "meeting on 3 December 2025",
         owner="Director of Public Health", deadline="2025-12-03",
         note="'findings' lost its 'fi' ligature ('the  ndings')"),
    dict(page=1, kind="approval", outcome="ratified", minute="27", title="BETTER CARE FUND 2025/26 – QUARTER 1 RETURN",
         text="R E S O L V E D : That the Better Care Fund quarter 1 return for 2025/26, as submitted to NHS England "
              "on 15 August 2025, be rati ed",
         note="'RESOLVED' letter-spaced; 'ratified' lost its 'fi' ligature ('rati ed')"),
    dict(page=2, kind="noted", outcome="noted", minute="28",
         title="CHILDREN'S ORAL HEALTH – “SMILE HOLLINSFORD” UPDATE",
         text="R E S O L V E D : That the update be noted and that theBoard's thanks be passed to the sta of the "
              "nurseries and schools taking part",
         note="'RESOLVED' letter-spaced, 'the Board's' glued ('theBoard's', straight apostrophe) and 'staff' with "
              "its 'ff' ligature read as a space ('sta  of'); the heading mixes a straight apostrophe with curly "
              "quotes"),
    dict(page=2, kind="endorsement", outcome="endorsed", minute="29", title=HWB29,
         lead_in="R E S O L V E D : That the Board",
         text="endorses the tobacco control plan 2025–2030 and the \"Smokefree Hollinsford 2030\" declaration",
         note="straight quotes here, curly quotes around the same name in part (2)"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="29", title=HWB29, to="Cabinet",
         lead_in="R E S O L V E D : That the Board",
         text="recommends to Cabinet that the Council sign the “Smokefree Hollinsford 2030” declaration and commit "
              "to the actions for the Council set out in section 6 of the plan",
         note="page 2's running footer ('Hollinsford Council – Health and Wellbeing Board – 10 September 2025 "
              "Page 2 of 3') is drawn between '“Smokefree Hollinsford 2030”' and 'declaration'; the text leaves "
              "it out"),
    dict(page=2, kind="delegation", outcome="agreed", minute="29", title=HWB29,
         lead_in="R E S O L V E D : That the Board",
         text="delegates authority to the Director of Public Health, in consultation with the Chair, to make any nal "
              "changes to the plan before its publication",
         note="'final' lost its 'fi' ligature ('any  nal')"),
    dict(page=2, kind="agreement", outcome="agreed", minute="30", title="HOLLINSFORD WELLBEING HUBS",
         text="It was agreed that theWellbeing Hubs be included in the Board's bid to the ICB's prevention fund for "
              "2026/27, and that the evaluation be shared with all partners",
         note="'the Wellbeing' glued ('theWellbeing')"),
    dict(page=2, kind="deferral", outcome="deferred", minute="31",
         title="HEALTHWATCH HOLLINSFORD ANNUAL REPORT 2024/25",
         text="This item was deferred to the meeting on 3 December 2025 at the request of Healthwatch Hollinsford"),
    dict(page=3, kind="noted", outcome="noted", minute="32", title="WINTER PLAN 2025/26 – HOLLINSFORD PLACE",
         text="R E S O L V E D : That the Board notes the winter plan 2025/26 for Hollinsford place and the "
              "additional discharge capacity to be commissioned from 1 November 2025",
         note="'RESOLVED' letter-spaced"),
    dict(page=3, kind="action", outcome=None, minute="32", title="WINTER PLAN 2025/26 – HOLLINSFORD PLACE",
         lead_in="Action:",
         text="Director of Adult Social Care to circulate the winter communications plan to Board members by "
              "31 October 2025",
         owner="Director of Adult Social Care", deadline="2025-10-31"),
    dict(page=3, kind="agreement", outcome="agreed", minute="33", title="FORWARD PLAN 2025/26",
         text="The Board’s forward plan was agreed, with the addition of a report on air quality and health to the "
              "meeting on 3 December 2025",
         note="curly apostrophe ('Board’s'), where items 28-30 print straight ones"),
]


# ---------------------------------------------------------------------------------------
# 2. ICB Board: narrative minutes that summarise discussion, decisions in a closing decision log table
# ---------------------------------------------------------------------------------------
LOG_COLS = (7, 56, 9, 10)
LOG_HEADER = table([("Ref", "Decision", "Owner", "Date")], LOG_COLS)
LOG_HEADER_CONT = table([("Ref", "Decision (continued)", "Owner", "Date")], LOG_COLS)
LOG_ROWS_P2 = [
    ("D25/37", "The Board approved the minutes of the meeting held in public on 5 August 2025 as an accurate "
               "record.", "BS", "07/10/2025"),
    ("D25/38", "The Board noted the Chief Executive’s report, including the outcome of the ICB’s running cost "
               "review.", "CEO", "07/10/2025"),
    ("D25/39", "The Board approved the system urgent and emergency care winter plan 2025/26, including the "
               "escalation framework at appendix 2.", "COO", "31/10/2025"),
]
LOG_ROWS_P3 = [
    ("D25/40", "The Board approved the release of £3.4m from the system contingency reserve for 30 additional "
               "virtual ward beds and the expansion of the urgent community response service until 31 March 2026.",
     "CFO", "31/03/2026"),
    ("D25/41", "The Board noted the month 5 financial position, a year-to-date deficit of £8.9m against a planned "
               "deficit of £5.1m.", "CFO", "07/10/2025"),
    ("D25/42", "The Board agreed the additional vacancy controls and the pause on discretionary non-pay spending "
               "set out in section 4 of the finance report.", "CFO", "01/11/2025"),
    ("D25/43", "The Board approved the procurement strategy for adult community health services, with a new "
               "contract to start on 1 April 2027.", "DSC", "01/04/2027"),
    ("D25/44", "The Board delegated authority to the Chief Executive and the Chief Finance Officer to award the "
               "community services contract if the preferred bid is within the approved envelope of £96m.",
     "CEO", "31/10/2026"),
    ("D25/45", "The Board endorsed the joint working agreement for the delegated specialised services with the "
               "other ICBs of the region.", "DSC", "07/10/2025"),
    ("D25/46", "The Board approved the updated Board Assurance Framework, with strategic risk SR2 (finance) "
               "raised from 16 to 20.", "DCG", "07/10/2025"),
    ("D25/47", "The Board ratified the Finance and Investment Committee’s award of the patient transport "
               "contract to Vale Medical Transport Ltd (£11.6m over five years).", "CFO", "07/10/2025"),
    ("D25/48", "The Board asked the Chief Finance Officer to present a revised financial recovery plan to the "
               "Board meeting on 2 December 2025.", "CFO", "02/12/2025"),
]
ICB = {
    "file": "icb-board-minutes-2025-10-07.pdf",
    "layout": "NHS Integrated Care Board (meeting in public): narrative minutes that summarise discussion and "
              "point to a closing 'Decision log' table (Ref | Decision | Owner | Date) printed as text, the "
              "columns run together line by line; the log starts at the foot of page 2 and goes on to page 3 "
              "under a repeated header",
    "meeting_date": "2025-10-07",
    "body": "NHS Ambervale and Tennford Integrated Care Board",
    "footer": "NHS Ambervale and Tennford ICB – Board meeting in public – 7 October 2025                        Page {n} of {of}",
    "pages": ["""
=NHS Ambervale and Tennford Integrated Care Board
=Minutes of the Board meeting held in public on Tuesday 7 October 2025 at 10.00 am
=The Lecture Theatre, Tennford Education Centre, Priory Way, Tennford TF2 6RB

=Present:
=Sir Andrew Blythe                Chair
=Dr Catherine Mwangi              Chief Executive (CEO)
=Owen Latchford                   Chief Finance Officer (CFO)
=Dr Harpreet Gill                 Chief Medical Officer (CMO)
=Bernadette Quinlan               Chief Nursing Officer (CNO)
=Simon Achterberg                 Chief Operating Officer (COO)
=Marianne Tolley                  Director of Strategy and Commissioning (DSC)
=Frances Whitlock, Jonah Reid     Non-Executive Members
=Cllr Patricia Nwosu              Partner Member – Local Authorities
=Dr Leon Carstairs                Partner Member – Primary Medical Services
=In attendance:
=Harriet Soames                   Director of Corporate Governance (DCG)
=Ben Adair                        Board Secretary (BS, minutes)

These minutes summarise the Board’s discussion of each item. The Board’s decisions are recorded in the decision log at the end of the minutes, where each has a reference (D25/nn) and an owner.

=AT/25/61   Welcome, apologies and quoracy
The Chair welcomed members and the public. Apologies were received from Professor Anil Mehta (Non-Executive Member). The meeting was quorate.

=AT/25/62   Declarations of interest
Dr Carstairs declared an interest in item AT/25/67 as a GP partner whose practice subcontracts community phlebotomy. He would take part in the discussion but not in the decision.

=AT/25/63   Minutes of the previous meeting and action log
The minutes of the meeting held on 5 August 2025 were reviewed and no amendments were proposed (D25/37). Of the eleven open actions, seven were complete; action 25/29 (dental access in Tennford East) would be reported in December.

=AT/25/64   Chief Executive’s report
Dr Mwangi reported on the outcome of the running cost review, which would reduce the ICB’s workforce by 112 posts by March 2026, and on the national changes to ICB functions. Jonah Reid asked how the ICB would keep its commissioning capability; Dr Mwangi said that the clinical leadership posts had been protected. The report was noted (D25/38).

=AT/25/65   Urgent and emergency care winter plan 2025/26
Simon Achterberg presented the system winter plan. Demand modelling forecast a peak of 1,460 emergency admissions a week in January, 9% above last winter. The plan added 30 virtual ward beds and extended the urgent community response service to 10.00 pm, funded from the system contingency reserve. Members questioned whether the virtual ward beds could be staffed; the COO said that 80% of the posts had been recruited.
The Board approved the winter plan and the release of £3.4m from the system contingency reserve (D25/39 and D25/40).
""", """
=AT/25/66   Finance report – month 5
Owen Latchford reported a year-to-date deficit of £8.9m against a planned deficit of £5.1m, with the main pressures in continuing healthcare, prescribing and mental health out-of-area placements. Frances Whitlock, as Chair of the Audit and Risk Committee, said the Board should be clear that further controls would be needed if the position did not improve by month 7. The Board discussed the proposed vacancy controls and the pause on discretionary spending (D25/41 and D25/42) and asked for a revised recovery plan in December (D25/48).

=AT/25/67   Adult community health services – procurement strategy
Marianne Tolley presented the procurement strategy for adult community health services, the ICB’s largest contract after the acute trusts (about £96m a year). The Board discussed the balance between continuity of care and a competitive process under the Provider Selection Regime, and the need to involve people who use the services in evaluating bids. Dr Carstairs did not take part in the decision. The Board’s decisions on this item are recorded at D25/43 and D25/44.

=AT/25/68   Delegation of specialised services – joint working agreement
The joint working agreement set out how the region’s five ICBs would commission the 59 specialised services delegated to them from April 2025. Members welcomed the agreement and asked for a report on the first year of joint commissioning. The agreement was endorsed (D25/45).

=AT/25/69   Board Assurance Framework
Harriet Soames presented the quarterly Board Assurance Framework. Members agreed that the finance risk should be raised (D25/46).

=AT/25/70   Reports from Board committees
The chairs of the Finance and Investment Committee (18 September 2025) and the Quality Committee (25 September 2025) presented their reports. The Board ratified the patient transport contract award, as recorded at D25/47.

=AT/25/71   Questions from the public and any other business
One question had been received, about the waiting time for adult ADHD assessments; a written answer will be published with these minutes. There was no other business. The next meeting in public will be held on Tuesday 2 December 2025.

=Decision log – decisions of the Board meeting held in public on 7 October 2025
""" + LOG_HEADER + "\n" + table(LOG_ROWS_P2, LOG_COLS) + "\n",
              LOG_HEADER_CONT + "\n" + table(LOG_ROWS_P3, LOG_COLS) + """
=Owners: BS Board Secretary; CEO Chief Executive; COO Chief Operating Officer; CFO Chief Finance Officer;
=DSC Director of Strategy and Commissioning; DCG Director of Corporate Governance.

=Signed ..........................................   Chair          Date ............................
"""],
}

LOG_NOTE = "decision log row {ref} (Ref | Decision | Owner | Date); the Decision cell wraps and the text is its first printed line"
ICB_LABELS = [
    dict(page=2, kind="approval", outcome="approved", item="AT/25/63",
         title="Minutes of the previous meeting and action log", ref="D25/37", owner="BS",
         text="The Board approved the minutes of the meeting held in",
         note=LOG_NOTE.format(ref="D25/37") + "; the narrative on page 1 ('were reviewed and no amendments were "
                                              "proposed (D25/37)') is not labelled"),
    dict(page=2, kind="noted", outcome="noted", item="AT/25/64", title="Chief Executive’s report", ref="D25/38",
         owner="CEO", text="The Board noted the Chief Executive’s report, including",
         note=LOG_NOTE.format(ref="D25/38") + "; the narrative's 'The report was noted (D25/38)' is not labelled"),
    dict(page=2, kind="approval", outcome="approved", item="AT/25/65",
         title="Urgent and emergency care winter plan 2025/26", ref="D25/39", owner="COO",
         text="The Board approved the system urgent and emergency care",
         note=LOG_NOTE.format(ref="D25/39") + "; the narrative on page 1 says 'The Board approved the winter plan "
              "and the release of £3.4m … (D25/39 and D25/40)': one printing of two decisions, not labelled"),
    dict(page=3, kind="approval", outcome="approved", item="AT/25/65",
         title="Urgent and emergency care winter plan 2025/26", ref="D25/40", owner="CFO",
         text="The Board approved the release of £3.4m from the system",
         note=LOG_NOTE.format(ref="D25/40") + "; the log goes on to page 3 under a repeated header"),
    dict(page=3, kind="noted", outcome="noted", item="AT/25/66", title="Finance report – month 5", ref="D25/41",
         owner="CFO", text="The Board noted the month 5 financial position, a",
         note=LOG_NOTE.format(ref="D25/41")),
    dict(page=3, kind="agreement", outcome="agreed", item="AT/25/66", title="Finance report – month 5",
         ref="D25/42", owner="CFO", text="The Board agreed the additional vacancy controls and the",
         note=LOG_NOTE.format(ref="D25/42")),
    dict(page=3, kind="approval", outcome="approved", item="AT/25/67",
         title="Adult community health services – procurement strategy", ref="D25/43", owner="DSC",
         text="The Board approved the procurement strategy for adult",
         note=LOG_NOTE.format(ref="D25/43")),
    dict(page=3, kind="delegation", outcome="agreed", item="AT/25/67",
         title="Adult community health services – procurement strategy", ref="D25/44", owner="CEO",
         text="The Board delegated authority to the Chief Executive and",
         note=LOG_NOTE.format(ref="D25/44") + "; the Date column's 31/10/2026 is not a deadline of the delegation"),
    dict(page=3, kind="endorsement", outcome="endorsed", item="AT/25/68",
         title="Delegation of specialised services – joint working agreement", ref="D25/45", owner="DSC",
         text="The Board endorsed the joint working agreement for the",
         note=LOG_NOTE.format(ref="D25/45") + "; the narrative's 'The agreement was endorsed (D25/45)' is not "
                                              "labelled"),
    dict(page=3, kind="approval", outcome="approved", item="AT/25/69", title="Board Assurance Framework",
         ref="D25/46", owner="DCG", text="The Board approved the updated Board Assurance",
         note=LOG_NOTE.format(ref="D25/46") + "; the narrative's 'Members agreed that the finance risk should be "
                                              "raised (D25/46)' is not labelled"),
    dict(page=3, kind="approval", outcome="ratified", item="AT/25/70", title="Reports from Board committees",
         ref="D25/47", owner="CFO", text="The Board ratified the Finance and Investment",
         note=LOG_NOTE.format(ref="D25/47") + "; the narrative's 'The Board ratified the patient transport "
                                              "contract award, as recorded at D25/47' is not labelled"),
    dict(page=3, kind="action", outcome=None, item="AT/25/66", title="Finance report – month 5", ref="D25/48",
         owner="CFO", deadline="2025-12-02", text="The Board asked the Chief Finance Officer to present a",
         note=LOG_NOTE.format(ref="D25/48") + "; 'asked the Chief Finance Officer to present …' is an action; "
                                              "the narrative's 'asked for a revised recovery plan in December "
                                              "(D25/48)' is not labelled"),
]


# ---------------------------------------------------------------------------------------
# 3. County council: Decision Session of an Executive Member (one decision-maker at a public meeting)
# ---------------------------------------------------------------------------------------
EMDS = {
    "file": "executive-member-decision-session-2025-11-04.pdf",
    "layout": "County council Decision Session of the Executive Member for Transport and Environment: numbered "
              "minutes, each item ending 'Resolved: That the Executive Member (i) … (ii) …' with roman numerals "
              "on their own lines, 'Reason: …' paragraphs after each resolution, an item 'Withdrawn by the "
              "Executive Member', a part agreed 'subject to the outcome of consultation'",
    "meeting_date": "2025-11-04",
    "body": "Wealdshire County Council – Executive Member for Transport and Environment",
    "footer": "Wealdshire County Council – Decision Session – Executive Member for Transport and Environment – 4 November 2025",
    "pages": ["""
=WEALDSHIRE COUNTY COUNCIL

=Decision Session of the Executive Member for Transport and Environment

=Minutes

=Date:            Tuesday 4 November 2025
=Time:            10.00 am
=Venue:           The Oak Room, County Hall, Bridge Street, Wealdbury WB1 3HX
=Present:         Councillor Gillian Marsh (Executive Member for Transport and Environment)
=In attendance:   Councillor Terence Odell (Opposition Spokesperson for Transport)
=Officers:        James Kirkbride (Director of Environment and Place), Ayesha Rahman (Head of
=                 Highways), Peter Lowndes (Traffic Management Team Leader), Clare Fenwick
=                 (Democratic Services)

=22.   Declarations of Interest
The Executive Member was asked to declare any personal or prejudicial interests in the business on the agenda. None were declared.

=23.   Minutes
Resolved: That the minutes of the Decision Session held on 7 October 2025 be approved and signed by the Executive Member as a correct record.

=24.   Public Participation
It was reported that there had been four registrations to speak under the Council’s Public Participation Scheme. Mrs Joan Pettigrew and Mr Colin Fry spoke on item 25, in support of a residents’ parking zone; Mr Alan Hirst, of Wealdbury Cycle Forum, spoke on item 26; and Councillor Odell spoke on item 29.

=25.   Residents’ Parking – Hawthorn Road Area
The Executive Member considered a report on the results of the informal consultation on a residents’ parking zone in the Hawthorn Road area, where 68% of the 412 households that responded had supported a zone. Officers recommended that the zone cover Hawthorn Road, Linden Grove and the northern part of Mill Street, but not Chapel Lane, where most residents had opposed it.
Resolved: That the Executive Member
(i) approves the advertisement of a Traffic Regulation Order to introduce a residents’ parking zone (R47) in Hawthorn Road, Linden Grove and Mill Street (north), as shown at Annex B to the report;
(ii) approves, subject to the outcome of consultation on the Traffic Regulation Order, the introduction of the zone from 6 April 2026, any objections received to be reported to a future Decision Session.
Reason: To respond to the residents’ petition and the results of the informal consultation, and to reduce commuter parking in residential streets near Wealdbury station.

=26.   20mph Speed Limits – Phase 2 Programme
The Executive Member considered a report on the monitoring of the first phase of the 20mph programme, in which average speeds had fallen by 2.4mph and recorded injury collisions by 18%, and on the proposed second phase. Mr Hirst welcomed the programme and asked that the Wealdbury ring road be added to it.
Resolved: That the Executive Member
(i) notes the results of the monitoring of the first phase of the 20mph programme set out in Annex A;
(ii) approves the second phase programme of 20mph limits in the 14 locations listed in Annex B, at a cost of £412,000 from the Local Transport Plan capital allocation; and
(iii) delegates authority to the Director of Environment and Place to consider any objections to the Traffic Regulation Orders and to decide whether the Orders should be made.
Reason: To reduce road danger in residential areas and around schools, in line with the Council’s Road Safety Strategy 2024–2030.
""", """
=27.   Bus Service Improvement Plan – Enhanced Partnership Scheme Variation
Withdrawn by the Executive Member, pending the outcome of discussions with the Wealdshire Bus Operators’ Forum on the timetable changes proposed for January 2026. The item will be considered at the Decision Session on 2 December 2025.

=28.   Street Tree Strategy 2025–2035
The Executive Member considered the draft Street Tree Strategy, which proposed the planting of 1,500 street trees a year and a policy of replacing every highway tree felled with two new trees. Some 240 people and organisations had responded to the public consultation on the draft.
Resolved: That the Executive Member
(i) approves the Street Tree Strategy 2025–2035 as set out in Annex A to the report;
(ii) agrees that the replacement of every highway tree felled with two new trees be adopted as the Council’s policy from 1 January 2026; and
(iii) asks the Head of Highways to report on the first year of planting under the Strategy to a Decision Session in November 2026.
Reason: To increase tree canopy cover in the county’s towns from 14% to 20% by 2035, in line with the Climate Emergency Action Plan.

=29.   Objections to Proposed Waiting Restrictions – Station Road and Mill Street, Ashwell
The Executive Member considered the 23 objections and 6 representations of support received to the proposed waiting restrictions. Councillor Odell, speaking as the local member, supported the restrictions on Station Road but said that those on Mill Street would move parking into the narrow streets nearby.
Resolved: That the Executive Member
(i) overrules the objections to the restrictions on Station Road and approves the making of the Traffic Regulation Order for Station Road as advertised; and
(ii) agrees not to proceed with the proposed restrictions on Mill Street, and that the parking in Mill Street be reviewed again in 2026.
Reason: To keep Station Road clear for buses and the delivery of goods, while responding to the concerns of residents of Mill Street.

=30.   Winter Service Plan 2025/26
The Executive Member considered the Winter Service Plan, which set out the 1,214 miles of priority gritting routes, the 42,000 tonnes of salt in stock and the arrangements for snow clearance of footways in town centres.
Resolved: That the Executive Member approves the Winter Service Plan 2025/26, including the precautionary gritting routes shown at Annex A.
Reason: To meet the Council’s duty under section 41(1A) of the Highways Act 1980 and to keep the county’s principal roads open in winter.

=The meeting started at 10.00 am and finished at 11.20 am.

=Councillor G Marsh, Executive Member                              Date ..............................
"""],
}

EM_LEAD = "Resolved: That the Executive Member"
EM25 = "Residents’ Parking – Hawthorn Road Area"
EM26 = "20mph Speed Limits – Phase 2 Programme"
EM28 = "Street Tree Strategy 2025–2035"
EM29 = "Objections to Proposed Waiting Restrictions – Station Road and Mill Street, Ashwell"
EMDS_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="23", title="Minutes",
         text="Resolved: That the minutes of the Decision Session held on 7 October 2025 be approved and signed by "
              "the Executive Member as a correct record"),
    dict(page=1, kind="approval", outcome="approved", minute="25", title=EM25, lead_in=EM_LEAD,
         text="approves the advertisement of a Traffic Regulation Order to introduce a residents’ parking zone (R47) "
              "in Hawthorn Road, Linden Grove and Mill Street (north)"),
    dict(page=1, kind="approval", outcome="approved", minute="25", title=EM25, lead_in=EM_LEAD,
         text="approves, subject to the outcome of consultation on the Traffic Regulation Order, the introduction "
              "of the zone from 6 April 2026",
         note="approved subject to the outcome of the statutory consultation: an approval, outcome approved, as "
              "grants 'subject to' conditions are in the earlier sets; the 'Reason:' paragraph is not a decision"),
    dict(page=1, kind="noted", outcome="noted", minute="26", title=EM26, lead_in=EM_LEAD,
         text="notes the results of the monitoring of the first phase of the 20mph programme set out in Annex A"),
    dict(page=1, kind="approval", outcome="approved", minute="26", title=EM26, lead_in=EM_LEAD,
         text="approves the second phase programme of 20mph limits in the 14 locations listed in Annex B, at a cost "
              "of £412,000 from the Local Transport Plan capital allocation"),
    dict(page=1, kind="delegation", outcome="agreed", minute="26", title=EM26, lead_in=EM_LEAD,
         text="delegates authority to the Director of Environment and Place to consider any objections to the "
              "Traffic Regulation Orders and to decide whether the Orders should be made"),
    dict(page=2, kind="withdrawal", outcome="withdrawn", minute="27",
         title="Bus Service Improvement Plan – Enhanced Partnership Scheme Variation",
         text="Withdrawn by the Executive Member, pending the outcome of discussions with the Wealdshire Bus "
              "Operators’ Forum on the timetable changes proposed for January 2026"),
    dict(page=2, kind="approval", outcome="approved", minute="28", title=EM28, lead_in=EM_LEAD,
         text="approves the Street Tree Strategy 2025–2035 as set out in Annex A to the report"),
    dict(page=2, kind="agreement", outcome="agreed", minute="28", title=EM28, lead_in=EM_LEAD,
         text="agrees that the replacement of every highway tree felled with two new trees be adopted as the "
              "Council’s policy from 1 January 2026"),
    dict(page=2, kind="action", outcome=None, minute="28", title=EM28, lead_in=EM_LEAD,
         text="asks the Head of Highways to report on the first year of planting under the Strategy to a Decision "
              "Session in November 2026",
         owner="Head of Highways", note="no day in November 2026 is printed, so no deadline"),
    dict(page=2, kind="approval", outcome="approved", minute="29", title=EM29, lead_in=EM_LEAD,
         text="overrules the objections to the restrictions on Station Road and approves the making of the Traffic "
              "Regulation Order for Station Road as advertised"),
    dict(page=2, kind="agreement", outcome="agreed", minute="29", title=EM29, lead_in=EM_LEAD,
         text="agrees not to proceed with the proposed restrictions on Mill Street, and that the parking in Mill "
              "Street be reviewed again in 2026",
         note="a decision not to proceed: the Executive Member's agreement (outcome agreed), not a lost proposal"),
    dict(page=2, kind="approval", outcome="approved", minute="30", title="Winter Service Plan 2025/26",
         text="Resolved: That the Executive Member approves the Winter Service Plan 2025/26, including the "
              "precautionary gritting routes shown at Annex A"),
]


# ---------------------------------------------------------------------------------------
# 4. Scrutiny committee: recommendations to Cabinet, referrals, no recommendations, a call-in not referred back
# ---------------------------------------------------------------------------------------
SCRUTINY = {
    "file": "corporate-scrutiny-committee-minutes-2025-11-20.pdf",
    "layout": "Borough council Corporate Overview and Scrutiny Committee: 'RECOMMENDATION TO CABINET: That …' "
              "lines, referrals to another committee and to Full Council, an item where the Committee 'agreed not "
              "to make any recommendations', a call-in with a motion to refer back LOST and 'The Committee did not "
              "refer the decision back; the decision may therefore be implemented'",
    "meeting_date": "2025-11-20",
    "body": "Copperdale Borough Council Corporate Overview and Scrutiny Committee",
    "footer": "Corporate Overview and Scrutiny Committee – 20 November 2025                                          Page {n}",
    "pages": ["""
=COPPERDALE BOROUGH COUNCIL
=CORPORATE OVERVIEW AND SCRUTINY COMMITTEE
Minutes of the meeting of the Corporate Overview and Scrutiny Committee held on Thursday 20 November 2025 at 6.00 pm in Committee Room A, Copperdale Civic Offices, Hanover Street, Copperdale CD1 4LS

Present: Councillor Imran Qadri (Chair), Councillor Lucy Pemberton (Vice-Chair), Councillors Asante, Doherty, Fenwick-Hale, Grundy, Nash, Ojo and Varga
Also present: Councillor Alistair Brereton (Cabinet Member for Resources); Councillor Naomi Stroud (Cabinet Member for Customer Services)
Officers: Gemma Rothwell (Director of Resources and Section 151 Officer), Martin Keane (Head of Property), Anita Bose (Head of Customer Services), Joe Whitcombe (Scrutiny Officer)

=31.   APOLOGIES AND SUBSTITUTES
Apologies were received from Councillor Lennox; Councillor Varga attended as her substitute.

=32.   DECLARATIONS OF INTEREST AND PARTY WHIP
There were no declarations of interest and no party whip was declared.

=33.   MINUTES
RESOLVED: That the minutes of the meeting held on 16 October 2025 be approved as a correct record and signed by the Chair.

=34.   CALL-IN: DISPOSAL OF THE FORMER EASTGATE DEPOT (CABINET DECISION CAB/25/088)
The Committee considered the call-in of the Cabinet’s decision of 4 November 2025 to sell the former Eastgate depot to Hallam Homes Ltd for £1.35m. The decision had been called in by five members of the Committee on the grounds that the valuation was more than a year old, that the option of a disposal for affordable housing had not been assessed, and that ward members had not been consulted.
Councillor Brereton said that the valuation had been confirmed by an independent surveyor in October 2025 and that Hallam Homes had agreed to provide 30% affordable homes on the site. Martin Keane said that ward members had been briefed in July 2025. Members asked about the overage clause and the risk that the site would be sold on without being developed.
Councillor Nash moved, and Councillor Ojo seconded, that the decision be referred back to Cabinet for reconsideration on the grounds that the option of a disposal for affordable housing had not been assessed. On being put to the vote the motion was LOST (For 3, Against 6, Abstain 0).
The Committee did not refer the decision back; the decision may therefore be implemented.

=35.   BUDGET PROPOSALS 2026/27 AND MEDIUM TERM FINANCIAL STRATEGY
Gemma Rothwell presented the draft budget proposals for 2026/27, which closed a gap of £4.2m through savings of £2.6m, increased fees and charges of £0.9m and the use of £0.7m from the budget resilience reserve. Members questioned the proposed reduction of £180,000 in the grant to Copperdale Citizens Advice, whose demand had risen by 22% in a year, and the proposed increase of £8 in the garden waste charge.
RECOMMENDATION TO CABINET: That the proposed reduction of £180,000 in the grant to Copperdale Citizens Advice be phased over two years, 2026/27 and 2027/28, rather than made in full in 2026/27.
RECOMMENDATION TO CABINET: That the increase in the garden waste charge for 2026/27 be limited to £4, with a concession for households in receipt of Council Tax Support.
RESOLVED: That the draft budget proposals for 2026/27 and the Medium Term Financial Strategy be noted.
""", """
=36.   CUSTOMER ACCESS STRATEGY 2026–2029 (PRE-DECISION SCRUTINY)
Councillor Stroud and Anita Bose presented the draft Customer Access Strategy, which Cabinet would consider on 9 December 2025. It proposed that the Hillbury customer service point open three days a week instead of five, that more services be available online, and that telephone opening hours be extended to 7.00 pm on Thursdays. Members welcomed the commitment to keep face-to-face help at the Copperdale Civic Offices five days a week and the assisted digital support at the libraries.
The Committee agreed not to make any recommendations to Cabinet on the draft strategy.

=37.   EMPTY HOMES TASK AND FINISH GROUP – FINAL REPORT
Councillor Ojo, Chair of the Task and Finish Group, presented the Group’s final report. There were 612 homes in the borough that had been empty for more than six months, 41% more than in 2020. The Group had made eight recommendations, including the appointment of a dedicated Empty Homes Officer and greater use of empty dwelling management orders.
RESOLVED: That the final report of the Empty Homes Task and Finish Group be approved.
RECOMMENDATION TO CABINET: That Cabinet agree the eight recommendations of the Task and Finish Group set out in section 5 of its report, including the appointment of a dedicated Empty Homes Officer.

=38.   CORPORATE PERFORMANCE REPORT – QUARTER 2 2025/26
The Committee considered the quarter 2 performance report. Twenty-six of the 34 indicators were on target. Members were concerned that the external audit of the 2023/24 accounts had still not been completed, and that the auditor had given a disclaimed opinion on the 2022/23 accounts.
RESOLVED: That the delay in completing the external audit of the 2023/24 accounts be referred to the Audit and Standards Committee for consideration at its meeting on 8 December 2025.

=39.   COUNCIL TAX SUPPORT SCHEME 2026/27
Gemma Rothwell presented the proposed Council Tax Support Scheme for 2026/27, which would introduce a minimum payment of 20% for working-age households. The Committee heard that about 3,100 households would pay more, by an average of £4.10 a week.
RESOLVED: That the Committee’s concern about the effect of the minimum payment of 20% on working-age households with children be referred to Full Council, for consideration when it sets the scheme on 28 January 2026.

=40.   WORK PROGRAMME 2025/26
RESOLVED: That the work programme be agreed, with the addition of an item on the cost of temporary accommodation to the meeting on 22 January 2026.
The Scrutiny Officer to circulate the Cabinet’s response to the Committee’s budget recommendations to members by 12 December 2025.

The meeting ended at 8.47 pm.

=Chair ..................................................
"""],
}

SCRUTINY35 = "BUDGET PROPOSALS 2026/27 AND MEDIUM TERM FINANCIAL STRATEGY"
SCRUTINY37 = "EMPTY HOMES TASK AND FINISH GROUP – FINAL REPORT"
SCRUTINY_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="33", title="MINUTES",
         text="RESOLVED: That the minutes of the meeting held on 16 October 2025 be approved as a correct record and "
              "signed by the Chair"),
    dict(page=1, kind="motion", outcome="lost", minute="34", ref="CAB/25/088",
         title="CALL-IN: DISPOSAL OF THE FORMER EASTGATE DEPOT (CABINET DECISION CAB/25/088)",
         votes={"for": 3, "against": 6, "abstain": 0},
         proposer="Councillor Nash", seconder="Councillor Ojo",
         text="Councillor Nash moved, and Councillor Ojo seconded, that the decision be referred back to Cabinet for "
              "reconsideration on the grounds that the option of a disposal for affordable housing had not been "
              "assessed",
         note="'On being put to the vote the motion was LOST (For 3, Against 6, Abstain 0)' follows the motion"),
    dict(page=1, kind="call_in", outcome="no further action", minute="34", ref="CAB/25/088",
         title="CALL-IN: DISPOSAL OF THE FORMER EASTGATE DEPOT (CABINET DECISION CAB/25/088)",
         text="The Committee did not refer the decision back; the decision may therefore be implemented",
         note="the call-in's outcome: not referred back, so no further action; the grounds of the call-in are not "
              "decisions"),
    dict(page=1, kind="recommendation", outcome="recommended", minute="35", title=SCRUTINY35, to="Cabinet",
         lead_in="RECOMMENDATION TO CABINET:",
         text="That the proposed reduction of £180,000 in the grant to Copperdale Citizens Advice be phased over two "
              "years, 2026/27 and 2027/28, rather than made in full in 2026/27"),
    dict(page=1, kind="recommendation", outcome="recommended", minute="35", title=SCRUTINY35, to="Cabinet",
         lead_in="RECOMMENDATION TO CABINET:",
         text="That the increase in the garden waste charge for 2026/27 be limited to £4, with a concession for "
              "households in receipt of Council Tax Support"),
    dict(page=1, kind="noted", outcome="noted", minute="35", title=SCRUTINY35,
         text="RESOLVED: That the draft budget proposals for 2026/27 and the Medium Term Financial Strategy be noted"),
    dict(page=2, kind="agreement", outcome="agreed", minute="36",
         title="CUSTOMER ACCESS STRATEGY 2026–2029 (PRE-DECISION SCRUTINY)",
         text="The Committee agreed not to make any recommendations to Cabinet on the draft strategy",
         note="a decision to make no recommendation is the Committee's decision on the item: kind agreement, "
              "outcome agreed (not noted: the Committee did not note the strategy; not lost: nothing was put and "
              "defeated)"),
    dict(page=2, kind="approval", outcome="approved", minute="37", title=SCRUTINY37,
         text="RESOLVED: That the final report of the Empty Homes Task and Finish Group be approved"),
    dict(page=2, kind="recommendation", outcome="recommended", minute="37", title=SCRUTINY37, to="Cabinet",
         lead_in="RECOMMENDATION TO CABINET:",
         text="That Cabinet agree the eight recommendations of the Task and Finish Group set out in section 5 of its "
              "report, including the appointment of a dedicated Empty Homes Officer"),
    dict(page=2, kind="referral", outcome="referred", minute="38",
         title="CORPORATE PERFORMANCE REPORT – QUARTER 2 2025/26", to="Audit and Standards Committee",
         text="RESOLVED: That the delay in completing the external audit of the 2023/24 accounts be referred to the "
              "Audit and Standards Committee for consideration at its meeting on 8 December 2025"),
    dict(page=2, kind="referral", outcome="referred", minute="39", title="COUNCIL TAX SUPPORT SCHEME 2026/27",
         to="Full Council",
         text="RESOLVED: That the Committee’s concern about the effect of the minimum payment of 20% on working-age "
              "households with children be referred to Full Council"),
    dict(page=2, kind="agreement", outcome="agreed", minute="40", title="WORK PROGRAMME 2025/26",
         text="RESOLVED: That the work programme be agreed, with the addition of an item on the cost of temporary "
              "accommodation to the meeting on 22 January 2026"),
    dict(page=2, kind="action", outcome=None, minute="40", title="WORK PROGRAMME 2025/26",
         text="The Scrutiny Officer to circulate the Cabinet’s response to the Committee’s budget recommendations to "
              "members by 12 December 2025",
         owner="Scrutiny Officer", deadline="2025-12-12"),
]


# ---------------------------------------------------------------------------------------
# 5. District Regulatory Committee: planning and licensing applications with 'Outcome: …' lines
# ---------------------------------------------------------------------------------------
REG = {
    "file": "regulatory-committee-minutes-2025-10-15.pdf",
    "layout": "District council Regulatory Committee (planning and licensing): each application under a heading "
              "with its reference (25/00412/FUL, LIC/25/0187), officer report, speakers and debate, then "
              "'Outcome: Granted with conditions', 'Outcome: Refused', 'Outcome: Deferred for a site visit', "
              "'Outcome: Withdrawn by the applicant …'; 'Members voted 7 in favour, 3 against.'; reasons for "
              "refusal and licence conditions listed under the outcome",
    "meeting_date": "2025-10-15",
    "body": "Eastholme District Council Regulatory Committee",
    "footer": "Eastholme District Council – Regulatory Committee – 15 October 2025                               Page {n} of {of}",
    "pages": ["""
=EASTHOLME DISTRICT COUNCIL
=REGULATORY COMMITTEE
Minutes of the meeting of the Regulatory Committee held on Wednesday 15 October 2025 at 6.30 pm in the Council Chamber, Eastholme House, Wenbury Road, Eastholme EH4 2PL

Present: Councillor Alan Pritchard (Chair), Councillor Deborah Quinn (Vice-Chair), Councillors Akinola, Barraclough, Cheung, Dalby, Esterhuizen, Fairbairn, Gorecki and Hussain
Officers: Rachel Lindley (Development Manager), Tom Okonkwo (Senior Planning Officer), Sue Partridge (Licensing Manager), Mark Jessop (Solicitor), Hannah Vickers (Democratic Services Officer)

=RC/41   APOLOGIES AND SUBSTITUTIONS
There were no apologies for absence.

=RC/42   DECLARATIONS OF INTEREST
Councillor Gorecki declared a prejudicial interest in application 25/00519/OUT as a governor of Wolverley Green Primary School, and left the room for that item.

=RC/43   MINUTES
RESOLVED: That the minutes of the meeting held on 17 September 2025 be approved as a correct record and signed by the Chair.

=RC/44   PLANNING APPLICATIONS
The Committee considered the reports of the Development Manager and the update sheet circulated at the meeting.

=RC/44(a)   25/00412/FUL – Land adjacent to 14 Church Lane, Netherby
Erection of two detached dwellings with garages and a new vehicular access.
Tom Okonkwo presented the application, which was recommended for approval. Seven objections had been received, mainly about the new access onto Church Lane and the overlooking of 12 Church Lane. Mr Graham Thornton spoke in objection; Ms Ruth Okeke (agent) spoke in support; Councillor Akinola spoke as ward member and asked that the hedge along the frontage be replaced.
Members discussed the visibility splay at the access and the length of hedge to be removed. The Highway Authority had raised no objection, subject to conditions.
Members voted 7 in favour, 3 against.
Outcome: Granted with conditions, as set out in the report and the update sheet, with an additional condition requiring a replacement native hedge along the Church Lane frontage.

=RC/44(b)   25/00488/HOU – 3 Mill View, Kelbrook
Two-storey side extension and rear dormer window.
The application was recommended for refusal because of its effect on the Kelbrook Conservation Area. The applicant, Mr Daniel Shore, spoke in support. Members agreed with the officer's assessment that the extension would dominate the row of 19th century cottages.
Outcome: Refused
Reasons:
=1.  The extension, by reason of its height, bulk and position, would harm the character and appearance of
=    the Kelbrook Conservation Area, contrary to policies DM14 and DM16 of the Eastholme Local Plan.
=2.  The rear dormer would cause unacceptable overlooking of the garden of 5 Mill View.
""", """
=RC/44(c)   25/00519/OUT – Land east of Sandpit Lane, Wolverley Green
Outline application for up to 38 dwellings, with all matters reserved except access.
Councillor Gorecki had left the room. Tom Okonkwo presented the application, which was recommended for approval subject to a Section 106 agreement. Wolverley Green Parish Council and 46 residents had objected, chiefly on highway safety at the school. Members said that they could not judge the effect of the access on Sandpit Lane at school times without seeing it.
Outcome: Deferred for a site visit, to allow Members to see the proposed access onto Sandpit Lane and its relationship with the primary school at the start and end of the school day.
The site visit will take place on Monday 3 November 2025 at 8.30 am.

=RC/44(d)   25/00563/LBC – The Old Granary, Market Place, Eastholme
Listed building consent for internal alterations and the replacement of six windows.
Outcome: Granted with conditions

=RC/45   LICENSING MATTERS

=RC/45(a)   LIC/25/0187 – Application for a premises licence, The Tithe Barn, Netherby Road, Kelbrook
Sue Partridge presented the application for a premises licence for a wedding and events venue, with the sale of alcohol until midnight and regulated entertainment until 11.30 pm. Representations had been received from Environmental Protection and from four residents, about noise from amplified music. The applicant's representative offered further conditions at the hearing.
Outcome: Granted with conditions: those agreed with Environmental Protection and the following, added by the Committee:
=(i)   no regulated entertainment outdoors after 9.00 pm;
=(ii)  a noise limiter to be fitted and set at a level agreed with Environmental Protection;
=(iii) the doors and windows of the barn to be kept closed during regulated entertainment.

=RC/45(b)   ST/25/014 – Application for street trading consent, Eastholme Market Place (hot food van)
Outcome: Refused, as the proposed pitch would obstruct the loading bay used by market traders on Tuesdays and Saturdays.

=RC/45(c)   LIC/25/0203 – Variation of a premises licence, The Fox and Hounds, High Street, Kelbrook
Outcome: Withdrawn by the applicant on 10 October 2025, after the conditions proposed by Tennmoor Police had been agreed; the variation was granted by officers under delegated powers.

=RC/46   PLANNING APPEAL DECISIONS
RESOLVED: That the report on the planning appeal decisions received between 1 August and 30 September 2025 be noted.

=RC/47   ENFORCEMENT – LAND AT ROOKERY FARM, NETHERBY
RESOLVED: That the Development Manager be authorised to serve an enforcement notice requiring the removal of the unauthorised storage containers and hardstanding at Rookery Farm within three months.

The meeting closed at 9.12 pm.

=Chair ..................................................
"""],
}

REG_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="RC/43", title="MINUTES",
         text="RESOLVED: That the minutes of the meeting held on 17 September 2025 be approved as a correct record "
              "and signed by the Chair"),
    dict(page=1, kind="approval", outcome="approved", minute="RC/44(a)",
         title="25/00412/FUL – Land adjacent to 14 Church Lane, Netherby", lead_in="Outcome:",
         votes={"for": 7, "against": 3, "abstain": 0},
         text="Granted with conditions, as set out in the report and the update sheet, with an additional condition "
              "requiring a replacement native hedge along the Church Lane frontage",
         note="'Members voted 7 in favour, 3 against.' on the line above; no abstentions are printed, and the "
              "ten members present all voted, so abstain is 0"),
    dict(page=1, kind="resolution", outcome="agreed", minute="RC/44(b)",
         title="25/00488/HOU – 3 Mill View, Kelbrook", lead_in="Outcome:", text="Refused",
         note="a refusal: the Committee's decision to refuse (kind resolution, outcome agreed), as in "
              "../layouts4/; the numbered reasons under it are not decisions"),
    dict(page=2, kind="deferral", outcome="deferred", minute="RC/44(c)",
         title="25/00519/OUT – Land east of Sandpit Lane, Wolverley Green", lead_in="Outcome:",
         text="Deferred for a site visit, to allow Members to see the proposed access onto Sandpit Lane and its "
              "relationship with the primary school",
         note="the site visit's date on the next line is not a second label"),
    dict(page=2, kind="approval", outcome="approved", minute="RC/44(d)",
         title="25/00563/LBC – The Old Granary, Market Place, Eastholme", lead_in="Outcome:",
         text="Granted with conditions", note="listed building consent granted"),
    dict(page=2, kind="approval", outcome="approved", minute="RC/45(a)",
         title="LIC/25/0187 – Application for a premises licence, The Tithe Barn, Netherby Road, Kelbrook",
         lead_in="Outcome:",
         text="Granted with conditions: those agreed with Environmental Protection and the following, added by the "
              "Committee",
         note="one grant: the conditions (i)-(iii) are its terms, not decisions, as in ../layouts4/"),
    dict(page=2, kind="resolution", outcome="agreed", minute="RC/45(b)",
         title="ST/25/014 – Application for street trading consent, Eastholme Market Place (hot food van)",
         lead_in="Outcome:",
         text="Refused, as the proposed pitch would obstruct the loading bay used by market traders on Tuesdays and "
              "Saturdays",
         note="a refusal (kind resolution, outcome agreed)"),
    dict(page=2, kind="withdrawal", outcome="withdrawn", minute="RC/45(c)",
         title="LIC/25/0203 – Variation of a premises licence, The Fox and Hounds, High Street, Kelbrook",
         lead_in="Outcome:",
         text="Withdrawn by the applicant on 10 October 2025, after the conditions proposed by Tennmoor Police had "
              "been agreed",
         note="withdrawn before the meeting and labelled, as the withdrawn application in ../layouts4/; the "
              "officers' grant under delegated powers is not the Committee's decision"),
    dict(page=2, kind="noted", outcome="noted", minute="RC/46", title="PLANNING APPEAL DECISIONS",
         text="RESOLVED: That the report on the planning appeal decisions received between 1 August and "
              "30 September 2025 be noted"),
    dict(page=2, kind="delegation", outcome="agreed", minute="RC/47",
         title="ENFORCEMENT – LAND AT ROOKERY FARM, NETHERBY",
         text="RESOLVED: That the Development Manager be authorised to serve an enforcement notice requiring the "
              "removal of the unauthorised storage containers and hardstanding at Rookery Farm within three months"),
]


# ---------------------------------------------------------------------------------------
# 6. Parish council minutes set in two columns, whose text layer interleaves the columns line by line
# ---------------------------------------------------------------------------------------
PARISH_P1 = """
=85/25  APOLOGIES
Apologies were received from Cllr Hughes (work commitments).

=86/25  DECLARATIONS OF INTEREST
Cllr Dunn declared a pecuniary interest in item 91/25(a) as the owner of the neighbouring property, and left the room for that item.

=87/25  MINUTES
It was resolved to approve the minutes of the meeting held on 8 October 2025 as a true record, and they were signed by the Chair. Proposed Cllr Byrne, seconded Cllr Cole, all in favour.

=88/25  PUBLIC PARTICIPATION
Two residents spoke about speeding on Main Street, particularly near the school at drop-off time, and asked whether the speed indicator device could be brought back. A resident of Brook Lane reported two deep potholes near the ford.

=89/25  COUNTY COUNCILLOR'S REPORT
County Cllr Quayle reported that Wealdshire County Council had approved the second phase of its 20mph programme, which did not include Little Wenbury, and that the consultation on the county's bus network would close on 5 December.

=90/25  CO-OPTION
Two applications had been received for the casual vacancy. Following a ballot, RESOLVED unanimously to co-opt Mr Peter Hollis as a member of the Council. Mr Hollis signed the declaration of acceptance of office and took his seat.

=91/25  PLANNING
(a) 25/01102/HOU, 7 Orchard Close: single-storey rear extension. It was resolved to raise no objection. Proposed Cllr Ellis, seconded Cllr Ford, all in favour. Cllr Dunn returned to the meeting.
(b) 25/01145/FUL, Land at Brook Farm, Brook Lane: change of use of an agricultural building to three holiday lets. It was resolved to object on the grounds of highway safety at the junction of Brook Lane and Main Street and the loss of a working farm building. Proposed Cllr Gill, seconded Cllr Byrne, carried by a majority.
(c) The decisions of Eastholme District Council on applications 25/00871/HOU and 25/00902/TPO (both granted) were reported.

=92/25  FINANCE
(a) It was resolved to approve the payments listed below, totalling £3,918.40. Proposed Cllr Cole, seconded Cllr Ames, all in favour.
=
=Payee and item                       Amount
=L Hope – Clerk's salary (Oct)     £1,046.18
=HMRC – PAYE and NI (Oct)            £261.54
=Wenbury Village Hall – hire          £48.00
=GreenCut Ltd – grass cutting      £1,380.00
=Eastholme DC – dog bin emptying     £312.68
=SSE – street lighting energy        £870.00
=Total                             £3,918.40
=
(b) The bank reconciliation to 31 October 2025 was noted and signed by the Chair.
"""

PARISH_P2 = """
(c) Precept 2026/27: the Clerk presented a first draft budget. It was resolved to defer setting the precept to the meeting on 14 January 2026, when the District Council's tax base figures will be available.

=93/25  PLAY AREA
The Clerk had obtained three quotations for resurfacing the play area on the Green. It was resolved to accept the quotation from Greenway Play Ltd of £6,850 plus VAT, to be met from the play area reserve. Proposed Cllr Ford, seconded Cllr Ellis; 6 in favour, 1 against, 1 abstention.

=94/25  CHRISTMAS TREE
RESOLVED unanimously that the Clerk be authorised to spend up to £400 on replacement lights for the village Christmas tree, and to arrange for the tree to be put up on 29 November.

=95/25  HIGHWAYS
The Clerk to report the potholes in Brook Lane to Wealdshire County Council Highways and to ask for the speed indicator device to be redeployed on Main Street.

=96/25  CORRESPONDENCE
Letters from the Wenbury Community Library and from a resident about the bus shelter on Church Road were read out.

=97/25  DATE OF NEXT MEETING
Wednesday 10 December 2025 at 7.30 pm in the Village Hall.

The meeting closed at 9.05 pm.
"""

PARISH = {
    "file": "parish-council-minutes-2025-11-12.pdf",
    "layout": "Parish council minutes set in two columns and printed as text whose lines interleave the columns "
              "('left column line    right column line'): 'It was resolved to …', 'Proposed Cllr A, seconded "
              "Cllr B, all in favour', 'RESOLVED unanimously …', a vote '6 in favour, 1 against, 1 abstention', "
              "payments approved with a list of payments (one decision), a deferral and an action",
    "meeting_date": "2025-11-12",
    "body": "Little Wenbury Parish Council",
    "footer": "Little Wenbury Parish Council – 12 November 2025                                        Chair’s initials ....   {n}",
    "pages": ["""
=LITTLE WENBURY PARISH COUNCIL
=Minutes of the meeting of the Parish Council held on Wednesday 12 November 2025 at 7.30 pm in the Village Hall
=Present: Cllr Ruth Ames (Chair), Cllr Tom Byrne (Vice-Chair), Cllr Sarah Cole, Cllr David Dunn, Cllr Emma Ellis,
=Cllr Frank Ford and Cllr Grace Gill; from item 90/25, Cllr Peter Hollis
=In attendance: Mrs Linda Hope (Clerk and Responsible Financial Officer), County Cllr Martin Quayle and four
=members of the public

""" + two_columns(PARISH_P1) + "\n",
              two_columns(PARISH_P2) + """

=Signed ..........................................   Chair          Date ............................
"""],
}

PARISH_NOTE = ("two-column page: the text runs down its column, and in the text layer each of its lines is "
               "followed by the other column's line; the text is the column's words read down the column")
PARISH_LABELS = [
    dict(page=1, kind="approval", outcome="approved", minute="87/25", title="MINUTES",
         proposer="Cllr Byrne", seconder="Cllr Cole", unanimous=True,
         text="It was resolved to approve the minutes of the meeting held on 8 October 2025 as a true record",
         note=PARISH_NOTE),
    dict(page=1, kind="approval", outcome="approved", minute="90/25", title="CO-OPTION", unanimous=True,
         text="RESOLVED unanimously to co-opt Mr Peter Hollis as a member of the Council",
         note="a co-option is an appointment (approval), as elections of a chair are in the earlier sets; "
              + PARISH_NOTE),
    dict(page=1, kind="resolution", outcome="agreed", minute="91/25(a)", title="PLANNING",
         proposer="Cllr Ellis", seconder="Cllr Ford", unanimous=True,
         text="It was resolved to raise no objection",
         note="a planning consultation response (25/01102/HOU, 7 Orchard Close): kind resolution, outcome agreed, "
              "as in ../layouts2/"),
    dict(page=1, kind="resolution", outcome="agreed", minute="91/25(b)", title="PLANNING",
         proposer="Cllr Gill", seconder="Cllr Byrne",
         text="It was resolved to object on the grounds of highway safety at the junction of Brook Lane and Main "
              "Street and the loss of a working farm building",
         note="a planning consultation response (25/01145/FUL, Land at Brook Farm); 'carried by a majority' prints "
              "no counts, so votes is null; " + PARISH_NOTE),
    dict(page=1, kind="approval", outcome="approved", minute="92/25(a)", title="FINANCE",
         proposer="Cllr Cole", seconder="Cllr Ames", unanimous=True,
         text="It was resolved to approve the payments listed below, totalling £3,918.40",
         note="one decision for the six payments listed in the table under it (not one a payment line); "
              + PARISH_NOTE),
    dict(page=1, kind="noted", outcome="noted", minute="92/25(b)", title="FINANCE",
         text="The bank reconciliation to 31 October 2025 was noted and signed by the Chair", note=PARISH_NOTE),
    dict(page=2, kind="deferral", outcome="deferred", minute="92/25(c)", title="FINANCE",
         text="It was resolved to defer setting the precept to the meeting on 14 January 2026",
         note="part (c) of the finance item, at the top of page 2's left column; " + PARISH_NOTE),
    dict(page=2, kind="approval", outcome="approved", minute="93/25", title="PLAY AREA",
         proposer="Cllr Ford", seconder="Cllr Ellis", votes={"for": 6, "against": 1, "abstain": 1},
         text="It was resolved to accept the quotation from Greenway Play Ltd of £6,850 plus VAT, to be met from the "
              "play area reserve",
         note=PARISH_NOTE),
    dict(page=2, kind="delegation", outcome="agreed", minute="94/25", title="CHRISTMAS TREE", unanimous=True,
         text="RESOLVED unanimously that the Clerk be authorised to spend up to £400 on replacement lights for the "
              "village Christmas tree",
         note="the text starts near the foot of the left column and ends at the top of the right ('… village "
              "Christmas' / 'tree, and to arrange …'); " + PARISH_NOTE),
    dict(page=2, kind="action", outcome=None, minute="95/25", title="HIGHWAYS", owner="Clerk",
         text="The Clerk to report the potholes in Brook Lane to Wealdshire County Council Highways and to ask for "
              "the speed indicator device to be redeployed on Main Street",
         note="no date printed, so no deadline; " + PARISH_NOTE),
]


if __name__ == "__main__":
    docs = [(HWB, HWB_LABELS), (ICB, ICB_LABELS), (EMDS, EMDS_LABELS), (SCRUTINY, SCRUTINY_LABELS),
            (REG, REG_LABELS), (PARISH, PARISH_LABELS)]
    build_set(__file__, docs, "ds", actions_have_no_outcome=True)
