"""Document structure from cleaned text: papers, agenda items, headings, and whose meeting it is."""

from __future__ import annotations

import pytest

from boardbot.parsing.structure import Structure, _is_heading, analyse

PACK = """Cambridgeshire Health and Wellbeing Board
Agenda item 3: Minutes of the previous meeting
MINUTES OF THE MEETING HELD ON 24 March 2023
The Board noted the update.
The meeting closed at 4.15 pm
Agenda item 4
Report title: Better Care Fund Plan 2023-25
1. Purpose of the report
The fund totals £24.6 million across the two councils.
FINANCIAL IMPLICATIONS
There are none beyond those set out above.
"""


def at(text: str, needle: str) -> int:
    return text.index(needle)


@pytest.fixture(scope="module")
def pack() -> Structure:
    return analyse(PACK)


def test_agenda_items_papers_and_headings_are_sections(pack: Structure) -> None:
    assert pack.section_at(0) == ""  # before the first event
    assert pack.section_at(at(PACK, "MINUTES OF")) == "Minutes"
    assert pack.section_at(at(PACK, "The Board noted")) == "Minutes"
    assert pack.section_at(at(PACK, "Agenda item 4")) == "Agenda item 4"
    assert pack.section_at(at(PACK, "Report title")) == "Better Care Fund Plan 2023-25"
    assert pack.section_at(at(PACK, "The fund totals")) == "1. Purpose of the report"
    # an all-capitals heading is title-cased
    assert pack.section_at(at(PACK, "There are none")) == "Financial Implications"
    assert pack.paper_at(at(PACK, "The fund totals")) == "Better Care Fund Plan 2023-25"
    assert pack.paper_at(at(PACK, "The Board noted")) == ""


def test_minutes_belong_to_their_own_meeting_until_they_close(pack: Structure) -> None:
    pack_date = "2023-07-21"
    assert pack.meeting_at(at(PACK, "Cambridgeshire"), pack_date) == pack_date
    assert pack.meeting_at(at(PACK, "The Board noted"), pack_date) == "2023-03-24"
    assert pack.meeting_at(at(PACK, "The meeting closed"), pack_date) == "2023-03-24"
    # after "the meeting closed at" the pack's own meeting is back
    assert pack.meeting_at(at(PACK, "Report title"), pack_date) == pack_date


def test_a_new_paper_or_agenda_item_also_ends_minutes() -> None:
    text = ("Minutes of the meeting held on 6 December 2018\nMembers agreed the plan.\n"
            "Agenda item 5: Locality working\nThe report sets out progress.\n")
    st = analyse(text)
    assert st.meeting_at(at(text, "Members agreed"), "2019-03-06") == "2018-12-06"
    assert st.meeting_at(at(text, "The report sets"), "2019-03-06") == "2019-03-06"
    assert st.section_at(at(text, "The report sets")) == "Agenda item 5: Locality working"


def test_minutes_without_a_date_nearby_keep_the_pack_date() -> None:
    text = "MINUTES\nThe Board agreed the budget.\n"
    st = analyse(text)
    assert st.section_at(at(text, "The Board")) == "Minutes"
    assert st.meeting_at(at(text, "The Board"), "2024-07-31") == "2024-07-31"


@pytest.mark.parametrize(("line", "heading"), [
    ("4. Better Care Fund", "4. Better Care Fund"),
    ("12 Recommendations", "12. Recommendations"),
    ("EXECUTIVE SUMMARY", "Executive Summary"),
    ("BETTER CARE FUND: Q2 RETURN", "Better Care Fund: Q2 Return"),
    ("Q2 RETURN (DRAFT) bcf", ""),  # capitals only
    # not headings: sentences, list items that run on, sub-clauses, figures, dangling words
    ("The Board is asked to note the report.", ""),
    ("4. The Board is asked to", ""),
    ("2.1 Background to the plan", ""),
    ("3. Spend of £5,069,550 in 2023", ""),
    ("NHS", ""),
    ("1. " + "word " * 20, ""),
])
def test_what_counts_as_a_heading(line: str, heading: str) -> None:
    assert _is_heading(line) == heading


def test_lookups_at_event_offsets_are_inclusive() -> None:
    st = Structure(sections=[(0, "A"), (10, "B"), (10, "C"), (20, "D")])
    assert [st.section_at(o) for o in (0, 9, 10, 19, 20, 10_000)] == ["A", "A", "C", "C", "D", "D"]
    assert Structure().meeting_at(5, "2020-01-01") == "2020-01-01"


def test_a_reconvened_sitting_is_a_meeting_of_its_own_day() -> None:
    text = ("MINUTES OF THE COUNCIL\nheld on Tues 1st July 2025 at 7.00 pm, adjourned at 9.05 pm and reconvened on "
            "08/07/2025 at 6.00 pm\nPRESENT: The Mayor\n" + "C/25/25 LOCAL PLAN\nRESOLVED: That the plan be approved.\n" * 20
            + "The meeting adjourned at 9.05 pm and reconvened on Tuesday 8 July 2025 at 6.00 pm.\n"
            "C/25/29 APPOINTMENTS\nRESOLVED: That Councillor Collier be appointed.\nThe meeting closed at 7.40 pm.\n")
    st = analyse(text)
    # the heading's "reconvened on 08/07/2025" does not re-date the first sitting
    assert st.meeting_at(text.index("C/25/25"), "") == "2025-07-01"
    assert st.meeting_at(text.index("C/25/29"), "") == "2025-07-08"
