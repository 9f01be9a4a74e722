"""Layouts a blind set brought (evals/layouts13, a dev set): longer, messier minutes with a running head and
footer on every page - a county Cabinet with key decision numbers and a budget resolution broken over a page, an
NHS foundation trust Council of Governors, a London borough budget Council with an eleven-part council tax
resolution and a recorded vote, a Scottish committee minute with a division, and a district committee with
inline lettered resolutions and an urgent item.

Written by someone who had not read the extractor; measured before any change for them: precision 0.897,
recall 0.769, meeting date 1.000, outcome 0.804 (78 labels). What it taught: a running head or footer the
ingest cleaner left (spaced differently from page to page, or a footer with a signature slot) must not end a
resolution's numbered parts at the page break; a numbered part's own lettered sub-list of amounts ("(4) agrees
the following amounts: (a) ... (d) ...") is that part's words, and the parts go on after it; a Scottish division
can give each side's count in either order ("For the amendment (5): ... For the motion (7): ...", "Amendment 5
votes, Motion 7 votes"); a mover is named with an office between commas ("Councillor Morgan, Leader of the
Opposition, moved"); "the proposal was CARRIED", "the amendment was put and CARRIED", "The recommendations were
CARRIED" decide a motion; the parts of the RESOLVED a carried motion "moved the recommendations" of keep their own
verbs; "The Council of Governors therefore APPROVED / ELECTED / RECEIVED ..." are decisions; a minute headed by
its reference ("CoG 25/48 Governor elections ...") ends the sentence above it; and a report's recommendation
quoted before the meeting decides, a question put ("asked the Directors how ..."), and a noting the minutes say
needed no decision are not decisions.
"""

from __future__ import annotations

from boardbot.decisions.division import apply_division
from boardbot.decisions.forms import classify
from boardbot.decisions.furniture import furniture_offsets
from boardbot.decisions.motion import Motion
from conftest import assert_layout_gate, find_record

LAYOUTS = "layouts13"  # the set the shared ``records`` fixture (conftest.py) reads

CABINET = "westmarch-county-cabinet-minutes-2026-01-14.pdf"
GOVERNORS = "hartmoor-vale-ft-council-of-governors-minutes-2025-12-10.pdf"
COUNCIL = "hollowmere-council-minutes-2026-02-25.pdf"
SCOTTISH = "inverallan-housing-communities-committee-minute-2026-01-20.pdf"
DISTRICT = "ashdown-vale-policy-resources-committee-minutes-2026-01-22.pdf"


def test_the_gate(records):
    assert_layout_gate(records, LAYOUTS, 78, precision=0.98, recall=1.0, outcome=1.0)


def test_a_resolution_goes_on_over_the_page_break(records):
    budget = [r for r in records[CABINET] if r.lead_in == "RESOLVED that Cabinet:"]
    assert [r.page for r in budget] == [2, 2, 3, 3, 3]
    assert [r.outcome for r in budget] == ["noted", "recommended", "recommended", "approved", ""]
    assert budget[-1].kind == "action" and budget[-1].text.endswith("11 March 2026.")
    assert not [r for r in records[CABINET] if "Chairman's initials" in r.text or "Westmarch County Council Cabinet" in r.text]


def test_a_budget_resolution_with_a_sub_list_of_amounts(records):
    parts = [r for r in records[COUNCIL] if r.lead_in == "RESOLVED: That the Council"]
    assert len(parts) == 11  # the amounts (a) to (d) under part (4) are its own words
    amounts = find_record(records, COUNCIL, "agrees the following amounts")
    assert "(d) £1,892.61" in amounts.text and amounts.text.endswith("31B(1) of the Act;")
    # the parts keep their own verbs though the motion that produced them was carried
    assert [r.outcome for r in parts[:3]] == ["approved", "approved", "noted"]
    assert find_record(records, COUNCIL, "determines that").outcome == "agreed"
    budget = find_record(records, COUNCIL, "The Leader of the Council, Councillor Mensah, moved")
    assert (budget.outcome, budget.votes) == ("carried", {"for": 34, "against": 12, "abstain": 3})
    assert (budget.proposer, budget.seconder) == ("Councillor Mensah", "Councillor Jenkins")
    amendment = find_record(records, COUNCIL, "Councillor Morgan, Leader of the Opposition, moved")
    assert (amendment.form, amendment.outcome, amendment.votes) == ("amendment", "lost",
                                                                    {"for": 13, "against": 34, "abstain": 2})


def test_an_amendment_and_the_substantive_motion_put_and_carried(records):
    amendment = find_record(records, COUNCIL, "Councillor Lyle moved")
    motion = find_record(records, COUNCIL, "Councillor Banerjee moved")
    assert (amendment.form, amendment.outcome, motion.form, motion.outcome) == ("amendment", "carried", "motion", "carried")


def test_a_scottish_division_counted_side_by_side(records):
    motion = find_record(records, SCOTTISH, "The Convener, seconded by Councillor Reid, moved")
    amendment = find_record(records, SCOTTISH, "Councillor Baxter, seconded by Councillor Munro")
    assert (motion.outcome, motion.votes, motion.seconder) == ("carried", {"for": 7, "against": 5, "abstain": 0},
                                                               "Councillor Reid")
    assert (amendment.outcome, amendment.votes) == ("lost", {"for": 5, "against": 7, "abstain": 0})
    # the Decision after the division is recorded part by part
    assert find_record(records, SCOTTISH, "to approve a rent increase of 6.5%").page == 2
    m, a = Motion(0, 1, "motion"), Motion(0, 1, "amendment")
    assert apply_division("On a division, there voted: For the amendment (3): Councillors A, B and C. "
                          "For the motion (9): ... Amendment 3 votes, Motion 9 votes", [m, a])
    assert (m.outcome, m.votes, a.outcome) == ("carried", {"for": 9, "against": 3, "abstain": 0}, "lost")


def test_governors_proposal_and_decisions(records):
    auditor = find_record(records, GOVERNORS, "Peter Yates proposed")
    assert (auditor.outcome, auditor.votes) == ("carried", {"for": 19, "against": 3, "abstain": 2})
    assert auditor.text.endswith("2 abstentions).")  # what follows is the Council's approval, a record of its own
    assert find_record(records, GOVERNORS, "The Council of Governors therefore APPROVED").outcome == "approved"
    assert find_record(records, GOVERNORS, "The Council of Governors ELECTED").outcome == "agreed"
    assert find_record(records, GOVERNORS, "The Council of Governors RECEIVED").outcome == "received"
    # a colon inside a constituency's name does not end the sentence; the next minute's heading does
    assert find_record(records, GOVERNORS, "The Council of Governors AGREED").text.endswith("Vale West in March 2026.")


def test_what_is_not_a_decision(records):
    everything = [r.text for rs in records.values() for r in rs]
    assert not [t for t in everything if t.startswith("The report recommended")]
    assert not [t for t in everything if "no decision was required" in t or "Forward Plan" in t]
    assert not [t for t in everything if t.startswith(("Governors asked", "She proposed that"))]


def test_forms_of_these_layouts():
    assert classify("determines that the Council's basic amount of council tax is not excessive in accordance with "
                    "the principles approved under section 52ZB of the Act", v1="approval") == ("resolution", "agreed")
    assert classify("The Council of Governors RECEIVED the Annual Report and Accounts") == ("noted", "received")
    text = ("Head of the Body - 1 May 2026\nfirst page words\n(1) part one;\nFooter - 1 May 2026 | Initials …… |\n\n"
            "Head of the Body   - 1 May 2026\n(2) part two;\nFooter - 1 May 2026 Initials ……\n")
    second = text.index("\n\n") + 2
    found = furniture_offsets(text, [0, second])
    assert {text[o:text.index("\n", o)] for o in found} == {
        "Head of the Body - 1 May 2026", "Footer - 1 May 2026 | Initials …… |", "Head of the Body   - 1 May 2026",
        "Footer - 1 May 2026 Initials ……"}
