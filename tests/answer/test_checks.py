"""The answer-type checks on figures: a sum asked for is met by a level, not a rate, a change or a list number."""

from __future__ import annotations

import pytest

from boardbot.answer.checks import (
    amounts,
    has_type,
    holder_beside,
    level_figures,
    persons,
    quotable,
    role_asked,
    sum_asked,
)
from boardbot.answer.compose import direct_answer
from boardbot.answer.qtypes import question_type


@pytest.mark.parametrize(("question", "asked"), [
    ("How much did KCC have invested in money market funds at 30 September 2024?", True),
    ("How much High Needs Block funding is Kent getting in 2025-26?", True),
    ("How much has the allocation increased?", False),
    ("By how much is the older population expected to have grown by 2041?", False),
    ("How much will council tax rise?", False),
    ("What is the interest rate?", False),
])
def test_sum_asked(question: str, asked: bool) -> None:
    assert sum_asked(question) is asked


def test_a_change_or_a_rate_is_no_level() -> None:
    text = "The allocation has increased by £22.8m (7%) to £345.5m, a rise of £1m."
    levels = [text[a:b] for a, b in level_figures(text, amounts(text))]
    assert levels == ["£345.5m"]


@pytest.mark.parametrize(("question", "sentence", "holds"), [
    # the only figure is the change: no answer to "how much is it getting"
    ("How much High Needs Block funding is Kent getting in 2025-26?",
     "The allocation of the high needs block for 2025-26 has increased by £22.8m (7%) on 2024-25.", False),
    ("How much has the high needs block allocation increased for 2025-26?",
     "The allocation of the high needs block for 2025-26 has increased by £22.8m (7%) on 2024-25.", True),
    # a list number or a footnote mark is no sum
    ("What is the annual budget of the West Sussex Drug and Alcohol Partnership?",
     "1. Context As part of the 2021 national drugs strategy, every local area was asked to form a CDP1.", False),
    ("What is the annual budget of the partnership?", "The partnership's budget is £1.2m a year.", True),
])
def test_amount_type(question: str, sentence: str, holds: bool) -> None:
    assert has_type("amount", sentence, question) is holds


def test_the_sum_beside_a_rate_is_the_direct_answer() -> None:
    q = "How much did KCC have invested in money market funds at 30 September 2024?"
    assert direct_answer("amount", "Money Market Funds LGIM GBP Liquidity Class 4 19,998,420 5.0002%", q) == "19,998,420"
    assert direct_answer("amount", "Growth of 128% by 2041 is expected.", "By how much will it have grown by 2041?") == "128%"


@pytest.mark.parametrize("question", [
    "What population does the North Cambridgeshire & Peterborough Care Partnership cover?",
    "What GVA did the January 2025 devolution report quote for Kent and Medway?",
    "What was the Council's external borrowing at the end of November 2024?",
])
def test_a_measure_named_asks_for_a_figure(question: str) -> None:
    assert question_type(question) == "amount"


@pytest.mark.parametrize(("text", "ok"), [
    ("• Partnership Lead: Dan Barritt, Public Health Lead for Substance Use - West Sussex Council.", True),
    ("Partnership Lead: Dan Barritt, Public Health Lead for Substance Use - West Sussex Council.", True),
    ("Chapter Two.", False),
    ("Thank you.", False),
])
def test_a_bulleted_labelled_row_is_quotable(text: str, ok: bool) -> None:
    assert quotable(text) is ok


@pytest.mark.parametrize(("question", "role"), [
    ("Who is the Partnership Lead for the West Sussex Drug and Alcohol Partnership?", "Partnership Lead"),
    ("Who is the Chief Executive of NHS Lancashire and South Cumbria Integrated Care Board?", "Chief Executive"),
    ("Who is KCC's Chief Analyst?", "Chief Analyst"),
    ("Who presented the obesity update?", ""),
])
def test_the_post_a_who_question_names(question: str, role: str) -> None:
    assert role_asked(question) == role


def test_a_person_beside_the_post_asked_about() -> None:
    q = "Who is the Partnership Lead for the West Sussex Drug and Alcohol Partnership?"
    assert holder_beside("• Partnership Lead: Dan Barritt, Public Health Lead for Substance Use.", "Partnership Lead", q)
    assert not holder_beside("Drug related deaths are lower in West Sussex than in the South East.", "Partnership Lead", q)


@pytest.mark.parametrize(("question", "sentence", "holds"), [
    # a figure beside the place the question names counts nothing it asks about
    ("How many Primary Care Networks are there in Blackpool?",
     "Out of the top 10 most deprived LSOAs, Blackpool is 2,3,4,5 out of the top 10 nationally.", False),
    ("How many primary care networks are there in Lancashire?",
     "Lancashire has 28 Primary Care Networks with a potential to result in 20 Integrated Neighbourhood teams.", True),
    # ... nor beside the words qualifying what is counted ("electric vehicle" of "electric vehicle chargers")
    ("How many electric vehicle chargers will the LEVI funding deliver in Kent?",
     "Grant funded project to provide electric vehicle infrastructure | 12,280 | 0 | 525", False),
    # a word asked about that is no name and no qualifier still places a count: the votes against
    ("How many councillors voted against the motion?", "Against (37) the motion was lost.", True),
    ("How many young people voted in the Kent Youth County Council elections?",
     "The elections saw 22,866 young people voting, over 3,000 more than the previous year.", True),
])
def test_a_count_counts_what_is_asked(question: str, sentence: str, holds: bool) -> None:
    assert has_type("amount", sentence, question) is holds


def test_spending_asks_for_money() -> None:
    q = "How much is KCC spending to repair damage to country lanes caused by diverted traffic?"
    assert not has_type("amount", "With 16,000 road closures a year traffic is being diverted down country lanes.", q)
    assert has_type("amount", "The council is spending £2.1m a year on repairs to country lanes.", q)


@pytest.mark.parametrize("question", ["Who chairs the West Sussex Health and Wellbeing Board?",
                                      "Who will chair the Place-Based Partnership Board from December 2023?"])
def test_a_chair_is_a_person(question: str) -> None:
    # a body, a plan or an arrangement chairs nothing
    assert not has_type("who", "In April 2019, the HWB launched its refreshed Joint Health and Wellbeing Strategy "
                               "(2019-2024).", question)
    assert not has_type("who", "Current arrangements of independent chair to end in December 2023.", question)
    assert has_type("who", "The Board is chaired by Cllr Amanda Jupp, Cabinet Member for Adults.", question)


def test_the_person_printed_with_the_post_chairs() -> None:
    q = "Who chaired the Treasury Management Group on 14 November 2024?"
    assert role_asked(q) == "Chair"
    assert direct_answer("who", "Attendance: Harry Rayner – MEM (Chair) Rosalind Binks – MEM Paul Stepto – MEM", q) \
        == "Harry Rayner"
    assert direct_answer("who", "Present: Chairman: Mrs S Prendergast, Mr A Booth, Mrs L Game", q) == "Mrs S Prendergast"


def test_a_footnote_mark_is_no_count() -> None:
    q = "How many electric vehicle chargers will the LEVI funding deliver in Kent?"
    assert not has_type("amount", "Local Electric Vehicle Infrastructure (LEVI) [1] | Grant funded project", q)


def test_a_chair_is_the_person_printed_as_chair_not_the_presenter() -> None:
    q = "Who chairs the Place Integration Deal Delivery Group?"
    assert not has_type("who", "Title of paper Place Integration Deal Presented by Professor Craig Harris, Chief "
                               "Operating Officer", q)
    assert has_type("who", "Present: Harry Rayner – MEM (Chair), Jo Bloggs – MEM", q)
    assert has_type("who", "Chair: Cllr Roger Gough", q)
    # the post that chairs it answers too
    assert has_type("who", "Chaired by the Chair of Blackpool Teaching Hospital NHS Foundation Trust.", q)


def test_a_bracketed_list_number_is_no_count_but_a_recorded_vote_is() -> None:
    q = "How many Cabinet members voted for the amendment?"
    assert [t for t in ("Devolution White Paper (2) Comment that the Council does not support",)
            if any(t[a:b] == "2" for a, b in amounts(t, q))] == []
    votes = "For (14) Mr Baldock, Mr Hood Against (40) Mr Brady Abstain (7) Mr Cole"
    assert [votes[a:b] for a, b in amounts(votes, q)] == ["14", "40", "7"]


def test_hours_are_no_count_of_appointments() -> None:
    q = "How many GP appointments does Cheshire and Merseyside plan to deliver in 2024/25?"
    assert not has_type("amount", "78% of patients seen within 4 hours by March 2024 with further improvement in "
                                  "2024/25", q)
    assert has_type("amount", "The consultation ran for 42 days in total.", "How many days did the consultation run?")


@pytest.mark.parametrize(("sentence", "holds"), [
    ("On 16th October Active Kent & Medway held their annual conference at the Kent Showground.", True),
    ("Healthy You are now exploring larger venues within Doddington to accommodate this demand.", True),
    ("MINUTES OF THE MEETING HELD AT ISLINGTON TOWN HALL ON WEDNESDAY 5TH DECEMBER 2018", True),
    ("We are intending to launch our new model with a marketplace event in early April.", False),
    ("Please send your comments to Alison Thomson, Public Health Lead for the Board.", False),
    ("Panel members were invited to attend the Children in Care Council meetings.", False),
])
def test_a_where_needs_a_place_the_question_does_not_name(sentence: str, holds: bool) -> None:
    assert has_type("where", sentence, "Where was the Board's meeting held?") is holds


def test_an_exact_date_asks_for_a_day() -> None:
    q = "On what exact date in September 2023 will the JSNA development session be held?"
    assert question_type(q) == "when"
    assert not has_type("when", "In September 2023 a JSNA development session is being planned.", q)
    assert has_type("when", "The JSNA development session will be held on 14 September 2023.", q)


def test_a_share_is_no_count() -> None:
    q = "How many excess winter deaths were there in West Sussex last winter?"
    assert not has_type("amount", "It is estimated that 10% of excess winter deaths are directly attributable to "
                                  "fuel poverty.", q)
    assert has_type("amount", "There were 480 excess winter deaths in West Sussex last winter.", q)


def test_a_places_figure_is_a_figure() -> None:
    # "For Peterborough 851 started": a place heads its figure; "Route 66" is still a name
    q = "How many people in Peterborough started a weight management programme?"
    text = "For Peterborough 851 started on a programme which was 121% of the target"
    assert "851" in [text[a:b] for a, b in amounts(text, q)]
    text = "The Tommy 105 birthday event was held in the park."
    assert [text[a:b] for a, b in amounts(text, "How many events were held?")] == []


def test_a_section_numbers_tail_is_no_count() -> None:
    q = "How many veterans live in Kent?"
    text = "2.2.1 The 10th Annual Armed Forces Covenant Conference was held on 4 June 2024."
    assert "1" not in [text[a:b] for a, b in amounts(text, q)]


def test_a_plural_role_is_no_person() -> None:
    assert [m.group(0) for m in persons("Hold twice-yearly meetings with Task Force Commanders and Armed Forces "
                                        "Champions.")] == []


def test_a_figure_must_stand_beside_what_is_asked_not_only_the_place() -> None:
    q = "What was the suicide rate in Blackpool for 2019-21?"
    assert not has_type("amount", "In Blackpool, 24.7% of the population was income-deprived in 2019.", q)
    assert has_type("amount", "The suicide rate in Blackpool was 18.2 per 100,000 in 2019-21.", q)
    # the noun may stand some way off, behind stopwords: "the grant for 2025-26 is the same value ... (£50m)"
    q = "How much residual waste was collected per household in Kent in 2021/22?"
    assert has_type("amount", "The amount of residual waste collected per household in Kent has generally fallen in "
                              "recent years, to 554kg in 2021/22.", q)


def test_an_age_band_in_a_name_is_no_count() -> None:
    q = "How many children were adopted?"
    text = "A family day was held for children with SEND alongside an 18+ Care Leaver Event."
    assert [text[a:b] for a, b in amounts(text, q)] == []


@pytest.mark.parametrize(("sentence", "holds"), [
    ("The Annual Gold Awards took place on 3 October 2024 on HMS Warrior in Portsmouth, Kent based EC Safety "
     "Solutions were awarded Gold.", True),
    ("Panel members were invited to attend the Children in Care Council meetings.", False),
])
def test_a_place_after_a_name_is_a_place(sentence: str, holds: bool) -> None:
    assert has_type("where", sentence, "Where were the Gold Awards held?") is holds


def test_a_capitalised_mover_verb_is_no_part_of_a_name() -> None:
    text = "(4) Mr Oakford proposed and Mr Gough Seconded the following motion:"
    assert [m.group(0) for m in persons(text)] == ["Mr Oakford", "Mr Gough"]
    assert direct_answer("who", text, "Who seconded the motion?") == "Mr Gough"
    assert direct_answer("who", text, "Who proposed the motion?") == "Mr Oakford"


def test_another_bodys_chair_does_not_chair_the_meeting_asked_about() -> None:
    q = "Who chaired the Cabinet meeting on 13 March 2025?"
    assert not has_type("who", "During his time at KCC, Mr Spence served as Chair of the Finance & Review Group.", q)
    assert has_type("who", "Mr Gough, Chairman of the Cabinet, opened the meeting.", q)


@pytest.mark.parametrize(("text", "holds"), [
    ("The Chairman, Mr Sweetland, opened the meeting.", True),
    ("Cllr Roger Gough was appointed as Chair.", True),
    ("Cllr Susan van de Ven Vice-Chair of Adults and Health Committee (lead member for HWB) – Cambridgeshire County "
     "Council (Chair)", True),
    # the object of what the chair did holds no post
    ("6) The Chairman advised that tributes to Mr Bullock MBE would be taken at a future meeting.", False),
])
def test_a_chairs_holder_stands_in_apposition(text: str, holds: bool) -> None:
    assert holder_beside(text, "chair", "Who chaired the meeting?") is holds
