"""The meeting a decision question names must be the one a passage records (answer/meeting.py)."""

from __future__ import annotations

from boardbot.answer.meeting import (
    body_asked,
    body_missing,
    body_title,
    meeting_missing,
    meeting_named,
    start_time_unit,
)
from boardbot.records import Hit
from boardbot.search.query import preferences

Q = "What did Cabinet agree on 13 February 2025 about the Council Tax?"


def _hit(board: str, date: str, kind: str, text: str = "RESOLVED that the Council Tax be set.") -> Hit:
    return Hit("c1", f"{board}-{date}.pdf", 3, 3, text, 1.0,
               {"board": board, "meeting_date": date, "doc_type": kind})


def test_a_body_and_a_day_name_one_meeting() -> None:
    assert meeting_named(preferences(Q)) == (["cabinet"], "2025-02-13")
    # no day, or no decision asked for: no one meeting
    assert meeting_named(preferences("What did Cabinet agree about the Council Tax?")) == ([], "")
    assert meeting_named(preferences("Who spoke at Cabinet on 13 February 2025?")) == ([], "")


def test_only_that_meetings_record_answers() -> None:
    prefs = preferences(Q)
    council = _hit("County Council", "2025-02-13", "minutes")
    # the County Council met that day, Cabinet did not: its minutes are a near miss
    assert meeting_missing(prefs, [(council, council.text)]) == "Cabinet on 13 February 2025"
    # a report to Cabinet that day proposes; it records no decision
    report = _hit("Cabinet", "2025-02-13", "report")
    assert meeting_missing(prefs, [(report, report.text)]) == "Cabinet on 13 February 2025"
    cabinet = _hit("Cabinet", "2025-02-13", "minutes")
    assert meeting_missing(prefs, [(council, council.text), (cabinet, cabinet.text)]) == ""
    # a sentence that names the meeting itself ("Cabinet on 13 February 2025 agreed ...") meets it
    said = "Cabinet on 13 February 2025 agreed the Council Tax base."
    assert meeting_missing(prefs, [(council, said)]) == ""


def test_body_title() -> None:
    assert body_title("health and wellbeing board") == "Health and Wellbeing Board"


def test_a_decision_of_a_body_no_paper_is_from_is_a_near_miss() -> None:
    q = "What did the Governance and Audit Committee decide about the Corporate Risk Register?"
    assert body_asked(q) == ["governance", "audit"]
    cabinet = _hit("Cabinet", "2025-01-09", "minutes",
                   "The Corporate Risk Register was due to be presented to the Governance and Audit Committee.")
    assert body_missing(q, [(cabinet, cabinet.text)]) == "Governance and Audit Committee"
    own = _hit("Governance and Audit Committee", "2025-01-23", "minutes", "RESOLVED that the register be noted.")
    assert body_missing(q, [(cabinet, cabinet.text), (own, own.text)]) == ""
    # a place's council: Kent's minutes are not Medway's
    medway = "What did Medway's full Council decide about the committee's terms of reference?"
    assert body_asked(medway) == ["medway"]
    assert body_missing(medway, [(cabinet, cabinet.text)]) == "Medway's full Council"
    # a kind of body alone ("the County Council", "Cabinet") is left to the meeting check
    assert body_asked("What did the County Council agree about the budget?") == []
    assert body_asked("What did Cabinet decide on 9 January 2025?") == []


def test_a_meeting_named_by_its_month_is_met_only_by_that_months_record() -> None:
    prefs = preferences("What did the Health and Wellbeing Board decide at its June 2019 meeting?")
    december = _hit("Health and Wellbeing Board", "2018-12-05", "minutes",
                    "The next meeting of the Health and Wellbeing Board will be on a date to be agreed in June 2019.")
    # a meeting still to be held is named, not a decision taken at it
    assert meeting_missing(prefs, [(december, december.text)]) == "Health and Wellbeing Board in June 2019"
    june = _hit("Health and Wellbeing Board", "2019-06-12", "minutes")
    assert meeting_missing(prefs, [(december, december.text), (june, june.text)]) == ""
    told = "In June 2019 the Health and Wellbeing Board agreed its terms of reference."
    assert meeting_missing(prefs, [(december, told)]) == ""
    # a day named is held to that day, as before
    assert meeting_missing(preferences("What did Cabinet agree on 13 February 2025?"),
                           [(june, june.text)]) == "Cabinet on 13 February 2025"


def test_the_start_time_of_the_meeting_asked_about() -> None:
    # "What time was Cabinet on 13 March 2025 due to start?": the front sheet of that meeting, not a
    # section number or another meeting's time, whatever the scores
    other = _hit("cabinet", "2025-01-30", "minutes", "in accordance with s.17.73 of the Constitution")
    earlier = _hit("cabinet", "2025-03-04", "agenda", "Tuesday, 4th March, 2025, at 10.00 am")
    front = _hit("cabinet", "2025-03-13", "agenda", "Thursday, 13th March, 2025, at 3.00 pm")
    units = [(h, h.text) for h in (other, earlier, front)]
    assert start_time_unit(("2025-03-13",), units) == 2
    assert start_time_unit(("2025-03-04",), units) == 1
    assert start_time_unit(("2024-12-19",), units) is None


def test_the_last_meetings_minutes_inside_a_pack_record_its_decisions() -> None:
    # a July agenda pack carries the March meeting's minutes; their pages carry March's date
    prefs = preferences("What did the March 2023 joint HWB/ICP meeting decide about the Discharge Fund plan?")
    board = "Joint Cambridgeshire and Peterborough Health and Wellbeing Board / Integrated Care Partnership"
    taken = "The Joint Health & Wellbeing Board and Integrated Care Partnership agreed to retrospectively approve the plan."
    assert meeting_missing(prefs, [(_hit(board, "2023-03-24", "agenda pack", taken), taken)]) == ""
    # ... but a report in the pack proposing a decision records none
    proposed = "The Board is asked to approve the plan."
    assert meeting_missing(prefs, [(_hit(board, "2023-03-24", "agenda pack", proposed), proposed)])
