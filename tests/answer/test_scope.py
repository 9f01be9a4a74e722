"""What a question is scoped to: a plan's period names the plan, it does not scope the question."""

from __future__ import annotations

import pytest

from boardbot.answer.meets import missing_qualifiers
from boardbot.answer.scope import qualifiers
from boardbot.records import Hit


@pytest.mark.parametrize(("question", "years", "editions"), [
    ("When were the examination hearings on the Kent Minerals and Waste Local Plan 2024-2039 held?", (), ()),
    ("When was the West Sussex Health and Wellbeing Board due a progress report on its 2019-2024 strategy?", (), ()),
    ("What does the Treasury Management Strategy 2026-27 say about borrowing?", ("2026-27",),
     (("2026-27", "Treasury Management Strategy"),)),
    ("How many children were adopted in 2023?", ("2023",), ()),
    # a period asked about scopes the question
    ("What was male life expectancy in Blackpool for 2020-2022?", ("2022",), ()),
    ("When did the Board launch its Joint Health and Wellbeing Strategy for 2024-2029?", ("2029",), ()),
])
def test_plan_periods_are_no_scope(question: str, years: tuple[str, ...], editions: tuple[tuple[str, str], ...]) -> None:
    q = qualifiers(question)
    assert q.years == years and q.editions == editions


def test_a_days_year_is_checked_as_that_day() -> None:
    q = qualifiers("What did the Corporate Parenting Panel decide on 10 December 2024 about the Corporate "
                   "Parenting Annual Report 2024?")
    assert q.dates == ("2024-12-10",) and q.years == () and q.editions == ()
    # another year than the day's still scopes
    assert qualifiers("What did Cabinet decide on 9 January 2025 about the 2024 report?").years == ("2024",)


def test_a_name_is_looked_for_in_the_rest_of_the_best_pages_too() -> None:
    # "How much ... is allocated to Hertfordshire?": the row naming it sits in a chunk read as the rest of
    # a best passage's page, beyond the ranked hits; the answer is no near miss for want of it
    from boardbot.answer.extractive import ExtractiveAnswerer
    from boardbot.answer.meets import absent_subjects
    from boardbot.records import Hit
    from boardbot.search.retrieval import SIBLING_OF

    ranked = [Hit(f"c{i}", "pack.pdf", 1, 1, "Cambridgeshire and Peterborough ICB discharge funding", 1.0, {}) for i in range(8)]
    sibling = Hit("s1", "pack.pdf", 1, 1, "Hertfordshire £60,540.24 £129,186.08", 0.5, {SIBLING_OF: 0})
    quals = qualifiers("How much of the Cambridgeshire and Peterborough ICB's 2023-24 discharge funding is "
                       "allocated to Hertfordshire?")
    read = ExtractiveAnswerer(analyse=lambda q: None)._read([*ranked, sibling])  # type: ignore[arg-type,return-value]
    assert sibling in read
    assert absent_subjects(quals, ranked) == ["Hertfordshire"]
    assert absent_subjects(quals, read) == []


def hit(text: str, **meta: object) -> Hit:
    return Hit("c1", "paper.pdf", 1, 1, text, 1.0, {"char_start": 0, **meta})


def test_the_meeting_a_paper_went_to_is_checked_against_the_papers_date() -> None:
    # "as reported to Cabinet at the end of January 2025": the paper's meeting, not the year of what it reports
    q = qualifiers("How many young people voted in the Kent Youth County Council elections, as reported to "
                   "Cabinet at the end of January 2025?")
    assert (q.years, q.months, q.meetings) == ((), (), ("2025-01",))
    sentence = "The Kent Youth County Council elections held at the end of 2024 saw 22,866 young people voting."
    assert missing_qualifiers(q, hit(sentence, meeting_date="2025-01-30"), sentence) == []
    assert missing_qualifiers(q, hit(sentence, meeting_date="2025-03-04"), sentence) == ["2025-01"]
    # a period asked about is still a year: "in December 2023" with no meeting named
    assert qualifiers("How many questions were put to the Executive in December 2023?").years == ("2023",)


def test_a_joint_papers_other_place_is_not_the_place_asked_about() -> None:
    title = "Haringey and Islington Health and Wellbeing Boards Joint Sub-Committee"
    q = qualifiers("What is the gap in healthy life expectancy in the most deprived parts of Islington?")
    on_haringey = "Locality based care will tackle the 17 year gap in healthy life expectancy in Haringey."
    assert missing_qualifiers(q, hit(on_haringey, title=title), on_haringey) == ["Islington"]
    both = "Both Haringey and Islington report a gap of over 15 years."
    assert missing_qualifiers(q, hit(both, title=title), both) == []
    assert missing_qualifiers(qualifiers("What is the gap in Haringey?"), hit(on_haringey, title=title), on_haringey) == []


def test_a_four_digit_span_is_one_financial_year() -> None:
    from boardbot.answer.scope import found_years

    assert found_years("Pay Policy Statement 2025-2026") == ["2025-26"]
    assert found_years("the Local Plan 2024-2039, reviewed in 2030") == ["2024-2039", "2030"]
    # the 2025-26 statement's entry salary is no figure for 2026-27, though the statement's title ends in 2026
    q = qualifiers("What will KCC's entry-level salary be in 2026-27?")
    sentence = "The entry level salary will increase to £24,513 which equates to £12.71 per hour."
    paper = hit(sentence, title="Kent County Council - Pay Policy Statement 2025-2026", meeting_date="2025-03-13")
    assert missing_qualifiers(q, paper, sentence) == ["2026-27"]


def test_a_sentence_on_its_own_councils_place_is_not_about_another() -> None:
    kent = {"organisation": "Kent County Council"}
    q = qualifiers("How many adult safeguarding concerns did East Sussex receive in Quarter 3 2024/25?")
    on_kent = "In Quarter 3, Kent saw the largest number of concerns received in a quarter, with 5,822 concerns."
    assert "East Sussex" in missing_qualifiers(q, hit(on_kent, **kent), on_kent)
    by_initials = "It should be noted that KCC has excelled in health visiting compared to the South East region."
    assert "East Sussex" in missing_qualifiers(q, hit(by_initials, **kent), by_initials)
    # the paper's own council asked about, by name or by its initials: met
    for asked in ("Kent", "KCC"):
        own = qualifiers(f"How many adult safeguarding concerns did {asked} receive in Quarter 3 2024/25?")
        assert missing_qualifiers(own, hit(on_kent, **kent), on_kent) == []


def test_a_financial_year_written_short_is_read() -> None:
    from boardbot.answer.scope import found_years

    assert found_years("Elective day case spells Planned Activity Volumes 23/24 363,244") == ["2023-24"]
    assert found_years("20/21 onwards") == ["2020-21"]
    assert found_years("the sessions on 12/13 May") == []  # two days, no year


def test_a_laws_year_is_its_name() -> None:
    # "the Armed Forces Act 2021": the Act is named, no 2021 figure or date is asked for
    q = qualifiers("When did the Armed Forces Act 2021 duties on local authorities come into force?")
    assert q.years == ()
    assert qualifiers("How many children were adopted under the Act in 2021?").years == ("2021",)


def test_the_month_of_the_paper_asked_about_is_no_year_scope() -> None:
    # "in the March 2019 pack": checked as March 2019, which the paper's date meets; the pack's sentence
    # about November 2018 is not a 2018 answer
    q = qualifiers("According to the summary in the March 2019 Haringey and Islington pack, to what level should "
                   "delayed transfers be cut?")
    assert q.years == () and q.months == ("2019-03",)
    # a month of what is asked about still scopes the year
    assert qualifiers("How many delayed transfers were there in March 2019?").years == ("2019",)
