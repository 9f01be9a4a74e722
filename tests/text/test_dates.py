"""The one dates module: finding, validating, parsing and ranging the dates of papers and questions."""

from __future__ import annotations

import pytest

from boardbot.text.dates import (
    CLOCK_RE,
    PERIOD_RE,
    date_key,
    date_phrases,
    date_range,
    day_named,
    find_dates,
    human_date,
    iso,
    iso_in_name,
    month_end,
    months_named,
    parse_date,
)


@pytest.mark.parametrize(("text", "expected"), [
    # written dates, as on front sheets
    ("Friday 21st July 2023", ["2023-07-21"]),
    ("held on 6 March 2019 at 2pm", ["2019-03-06"]),
    ("1st Sept. 2024", ["2024-09-01"]),
    ("3rd Jan, 2022", ["2022-01-03"]),
    ("21ST JULY 2023", ["2023-07-21"]),
    # ISO and numeric (day/month/year, UK order)
    ("updated 2023-11-08", ["2023-11-08"]),
    ("on 08/11/2023", ["2023-11-08"]),
    ("on 8/1/2023", ["2023-01-08"]),
    # impossible dates are not dates
    ("31 February 2023", []),
    ("30 February 2024", []),
    ("29 February 2023", []),  # not a leap year
    ("0 January 2023", []),
    ("32 March 2023", []),
    ("2023-02-29", []),
    ("2023-13-01", []),
    ("2023-00-10", []),
    ("31/04/2023", []),
    ("13/13/2023", []),
    # ... but a real 29 February is
    ("29 February 2024", ["2024-02-29"]),
    ("29/02/2000", ["2000-02-29"]),
    # not a full date
    ("July 2023", []),
    ("21 July", []),
    ("21 July 1899", []),
    ("the May meeting", []),
])
def test_find_dates(text: str, expected: list[str]) -> None:
    assert [d for _, d in find_dates(text)] == expected


def test_find_dates_in_order_with_offsets() -> None:
    text = "Minutes of 2023-03-24, approved on 21 July 2023 (see 01/08/2023)."
    assert find_dates(text) == [(11, "2023-03-24"), (35, "2023-07-21"), (53, "2023-08-01")]


@pytest.mark.parametrize(("text", "expected"), [
    ("2023", "2023"), ("2023-07", "2023-07"), ("2023-07-21", "2023-07-21"), (" 2024-02-29 ", "2024-02-29"),
    ("21 July 2023", "2023-07-21"), ("21/07/2023", "2023-07-21"), ("from 1st Jan 2020", "2020-01-01"),
    ("2023-13", ""), ("2023-02-30", ""), ("2023-00", ""), ("31 February 2023", ""), ("yesterday", ""), ("", ""),
])
def test_parse_date(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("What did the board decide since March 2023?", ("2023-03-01", "")),
    ("decisions since 2019", ("2019-01-01", "")),
    ("approvals after 21st July 2023", ("2023-07-01", "")),  # a month's start, as asked
    ("anything before February 2024?", ("", "2024-02-29")),  # leap month's end
    ("up to 2020", ("", "2020-12-31")),
    ("from 2019 until June 2023", ("2019-01-01", "2023-06-30")),
    ("What was agreed in December 2018?", ("2018-12-01", "2018-12-31")),
    ("What was agreed in Sept 2018?", ("2018-09-01", "2018-09-30")),
    ("What was agreed in 2019?", ("2019-01-01", "2019-12-31")),
    ("the 2023-24 plan", ("", "")),  # a financial year is not a restriction to one year
    ("What did the board decide?", ("", "")),
])
def test_date_range(text: str, expected: tuple[str, str]) -> None:
    assert date_range(text) == expected


@pytest.mark.parametrize(("text", "months", "phrases"), [
    ("meeting on 21 July 2023", {"2023-07"}, ["21 July 2023", "21 July 2023"]),
    ("delays in June 2024", {"2024-06"}, ["June 2024"]),
    ("in Sept. 2024 and 2023-05-02", {"2024-09", "2023-05"}, ["Sept. 2024"]),
    ("31 February 2023", {"2023-02"}, ["31 February 2023", "31 February 2023"]),  # the month is still named
    ("the 2023/24 plan", set(), []),
])
def test_months_named_and_date_phrases(text: str, months: set[str], phrases: list[str]) -> None:
    assert months_named(text) == months
    assert date_phrases(text) == phrases


@pytest.mark.parametrize(("value", "expected"), [
    ("2023-07-21", "21 July 2023"), ("2023-07-01", "1 July 2023"), ("2023-07", "July 2023"),
    ("2023-02-31", "2023-02-31"), ("", ""), ("undated", "undated"),
])
def test_human_date(value: str, expected: str) -> None:
    assert human_date(value) == expected


@pytest.mark.parametrize(("value", "end", "expected"), [
    ("2023-07-21", False, 20230721), ("2023", False, 20230101), ("2023", True, 20231231),
    ("2023-02", False, 20230201), ("2023-02", True, 20230231), ("", False, 0),
])
def test_date_key(value: str, end: bool, expected: int) -> None:
    # an end key only has to sort after every day of its month, so "31 February" is fine here
    assert date_key(value, end) == expected


@pytest.mark.parametrize(("y", "m", "d", "expected"), [
    (2024, 2, 29, "2024-02-29"), (2023, 2, 29, ""), (2023, 4, 31, ""), (2023, 0, 1, ""), (2023, 12, 31, "2023-12-31"),
])
def test_iso_validates(y: int, m: int, d: int, expected: str) -> None:
    assert iso(y, m, d) == expected


@pytest.mark.parametrize(("y", "m", "expected"), [(2024, 2, "2024-02-29"), (2023, 2, "2023-02-28"), (2023, 12, "2023-12-31")])
def test_month_end(y: int, m: int, expected: str) -> None:
    assert month_end(y, m) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("cambs-hwb-2023-07-21-agenda-pack.pdf", "2023-07-21"),
    ("hwb_2023-07-21.pdf", "2023-07-21"),  # "_" is a word character: no word boundary needed
    ("board-2023-02-30-then-2023-03-01.pdf", "2023-03-01"),  # an impossible date is skipped
    ("minutes-21-07-2023.pdf", ""),
    ("report.pdf", ""),
])
def test_iso_in_name(name: str, expected: str) -> None:
    assert iso_in_name(name) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("2023/24", True), ("2023-2024", True), ("Q3", True), ("(Q1)", True), ("2024", True),
    ("Q5", False), ("1899", False), ("£1.2m", False), ("Total", False),
])
def test_period_heading(cell: str, expected: bool) -> None:
    assert bool(PERIOD_RE.match(cell)) is expected


@pytest.mark.parametrize("text, expected", [
    ("What did Cabinet decide on 4 March 2025 about X?", "2025-03-04"),
    ("the meeting on 9th January 2025", "2025-01-09"),
    ("What did Cabinet decide in March 2025?", ""),  # a month is not a day
    ("between 9 January 2025 and 13 February 2025", ""),  # two days: no one meeting
    ("on 31 February 2025", ""),  # not a date
])
def test_day_named(text: str, expected: str) -> None:
    assert day_named(text) == expected


def test_numeric_dates_with_slashes_or_dots() -> None:
    from boardbot.text.dates import find_dates

    assert [d for _, d in find_dates("on 14/11/2024 and 14.11.2024")] == ["2024-11-14", "2024-11-14"]
    assert find_dates("version 14.11/2024") == []  # mixed separators are no date


@pytest.mark.parametrize(("text", "expected"), [
    ("Thursday, 13th March, 2025, at 3.00 pm (or on the rising of Full Council", "3.00 pm"),
    ("Time: 2.00pm", "2.00pm"),
    ("the meeting opened at 10.00 and closed", "10.00"),
    ("starting 14:30 in the Council Chamber", "14:30"),
    ("by 10am two days before the meeting", "10am"),
    ("to begin at noon", "noon"),
    # section and paragraph numbers are no times
    ("in accordance with s.17.73 and S.74 of the Constitution", None),
    ("1.34 As documented in the proposed strategy", None),
    ("14.60 The text of any motion", None),
    ("the 3 amendments were put", None),
])
def test_clock_times(text: str, expected: str | None) -> None:
    m = CLOCK_RE.search(text)
    assert (m.group(0) if m else None) == expected
