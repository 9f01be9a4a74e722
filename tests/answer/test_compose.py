"""The answer's shape: direct answer lines, what may be quoted, the three states, near-miss wording."""

from __future__ import annotations

import pytest

from boardbot.answer.checks import amounts, counts_thing, cut_at_edge, has_type, quotable
from boardbot.answer.compose import Quote, compose, direct_answer, kept_quotes, long_date, near_miss
from boardbot.answer.extractive import NOT_FOUND, Candidate, ExtractiveAnswerer, question_type
from boardbot.answer.lead import lead_line
from boardbot.answer.meets import absent_subjects, missing_qualifiers, unmet
from boardbot.answer.nearby import counted_noun, nearness
from boardbot.answer.scope import qualifiers
from boardbot.records import Answer, Hit
from boardbot.search.rerank import QueryAnalysis
from boardbot.text.sentences import squash
from boardbot.text.stemming import stem
from boardbot.text.terms import query_terms


def hit(text: str, file: str = "paper.pdf", **meta: object) -> Hit:
    return Hit("c1", file, 1, 1, text, 1.0, {"char_start": 0, **meta})


def quoting() -> ExtractiveAnswerer:
    """An answerer quoting whole units, up to four, with a low confidence floor."""
    return ExtractiveAnswerer(analyse, threshold=0.5, max_sentences=4, style="quotes")


@pytest.mark.parametrize(("question", "sentence", "expected"), [
    # sentences as the papers write them (Kent, Cambridgeshire and Peterborough packs)
    ("How much will the IT reserve contribute to Oracle Cloud?",
     "A further £9 million will be drawn from the IT reserve for the Oracle Cloud programme.", "£9 million"),
    ("How many long-term empty homes were brought back into use?",
     "In Q2 2024/25 No Use Empty brought 119 long-term empty homes back into use.", "119"),
    ("How much is the liquidity allowance?",
     "1.1 The liquidity allowance is £200m and excludes the strategic pooled funds balance.", "£200m"),
    # a date as the paper writes it, so the line quotes it; a numeric date spelled out
    ("When was the Collaborative Working Agreement launched?",
     "The agreement was launched at a Partnership Conference on 24th October 2019.", "24th October 2019"),
    ("When was the Collaborative Working Agreement launched?",
     "The agreement was launched on 24/10/2019.", "24 October 2019"),
    # a rebuilt table row answers from the column the question names, not its first figure
    ("What is the total Year 1 income in the planning template summary?",
     "Funding Sources | Income Yr 1 | Income Yr 2 | Expenditure Yr 1 | Expenditure Yr 2 :: Total | £28,316,908 | "
     "£30,627,860 | £27,900,000 | £30,100,000", "£28,316,908"),
    ("How much 2024-25 funding is allocated to Hertfordshire?",
     "HWB | 2023-24 Funding | 2024-25 Funding :: Hertfordshire | £60,540.24 | £129,186.08", "£129,186.08"),
    # a name beside the words asked about, not a body's name that looks like one
    ("Who chairs the Kent Housing Group?", "Natalia Merritt Co-Chair Kent Housing Options Subgroup (KHOG) and "
     "Brian Horton, Chair Kent Housing Group (KHG)", "Brian Horton"),
    # a form's labelled name, and a note's action owner by initials
    ("Who is the officer contact for the obesity report?",
     "Officer contact: Name: Val Thomas Post: Deputy Director of Public Health", "Val Thomas"),
    ("Who will send Link's latest slides to members?",
     "1 JG will communicate Link's most recent slides to all members.", "JG"),
    ("Who presented the obesity update?",
     "From: Jyoti Atri (Director of Public Health – CCC & PCC), Louis Kamfer (Deputy CEO)", "Jyoti Atri"),
    ("Who presented the Place Integration Deal paper?",
     "Presented by Professor Craig Harris, Chief Operating Officer", "Professor Craig Harris"),
    ("Who was given delegated authority to refresh the plan?",
     "Delegated authority is given to the Director of Public Health to refresh the plan.", "Director of Public Health"),
    ("When did County Council approve the 2024-25 Treasury Management Strategy?",
     "The strategy was approved by County Council on 19 February 2024.", "19 February 2024"),
    ("When did KCC first sign the Armed Forces Covenant?",
     "KCC first signed the Armed Forces Covenant in September 2011.", "September 2011"),
    ("Where did the board meet?",
     "The board met at Bury Library on 27 October 2016.", "Bury Library"),
    # a minutes cover's field rows, their colons lost in the text layer
    ("Where did the board meet on 27 October 2016?",
     "Title of Meeting Suffolk Libraries IPS - Board Meeting Date 27th October 2016 Place Bury Library Time 11.15am",
     "Bury Library"),
    # a surname with lower-case particles is the whole name, not "Cllr Susan"
    ("Who chaired the meeting?", "Chair: Cllr Susan van de Ven, Vice-Chair: Cllr Mike Black", "Cllr Susan van de Ven"),
    # a form label is not a person ("Question Completion" of the BCF template)
    ("Who is named as the Better Care Fund Lead Official?",
     "process --> Question Completion - When all questions have been answered, please send the template", None),
    # "which <kind>": the name of that kind of thing, not one the question gives
    ("Which road safety award did the Safer Road Users Team win?",
     "The Team was recognised with the 2024 Prince Michael International Road Safety Award.",
     "Prince Michael International Road Safety Award"),
    ("Which consultancy won the contract to review pooled funding?", "The contract was awarded to 31ten Consulting.",
     "31ten Consulting"),
    ("Which other Health and Wellbeing Board confirmed support for the Cambridgeshire and Peterborough plan?",
     "The Cambridgeshire and Peterborough Health and Wellbeing Board confirms its support, and Hertfordshire and "
     "West Essex Health and Wellbeing Board have also confirmed theirs.", "Hertfordshire and West Essex Health and Wellbeing Board"),
    ("Which place in Lancashire and South Cumbria works with three councils?",  # the kind is "place", not "Cumbria"
     "This requires the South Cumbria place to work with three local authorities.", None),
    # two capitalised words naming a building or a thing are not a person; a titled name is one for sure
    ("Who chaired the extraordinary meeting?",
     "An extraordinary meeting will be held in the Council Chamber, County Hall, Maidstone, Kent.", None),
    ("Who proposed the motion on disposable vapes?",
     "Motion for Time Limited Debate - Mr Hood proposed and Mr Lewis seconded the motion on disposable vapes.",
     "Mr Hood"),
    # of two people beside the question's words, the one beside the words that set it apart
    ("Who is vice-chairman of the Civilian-Military Partnership Board?",
     "Since May 2024 the Partnership Board has been chaired by Cllr Bryan Sweetland – KCC Chairman and along with "
     "the Vice-Chairman Cllr Vince Maple Leader of Medway supported by their officers.", "Cllr Vince Maple"),
    # a price is asked in money: a percentage is no answer to "how much is it worth"
    ("How much is the recycling contract with SAIT Recycling worth?",
     "SAIT Recycling ensured that 100% of textile waste was diverted from landfill.", None),
    ("How much is the recycling contract with SAIT Recycling worth?",
     "The two-year contract with SAIT Recycling is worth £1.2 million.", "£1.2 million"),
])
def test_direct_answer_per_question_type(question: str, sentence: str, expected: str) -> None:
    assert direct_answer(question_type(question), sentence, question) == expected


def test_paragraph_numbers_are_not_figures() -> None:
    q = "How much is the Better Care Fund?"
    s = "1. Background 1.1 The Better Care Fund was originally launched in 2015 to join up services."
    assert direct_answer("amount", s, q) is None
    assert not has_type("amount", s, q)


@pytest.mark.parametrize(("unit", "ok"), [
    ("The Cabinet agreed to submit a request to Government, jointly with Medway Council.", True),
    ("Disabled Facilities Grant | Huntingdonshire | 2023-24 | £1,234,567", True),  # a labelled table row
    ("From: Jyoti Atri (Director of Public Health – CCC & PCC), Louis Kamfer", True),
    ("DATE: 9 January 2025 VERSION: 0.1 CONTACT OFFICER: David Whittle", False),  # a form
    ("Exec Lead – TBC Programme Lead –", False),  # a table fragment
    ("Better Care Fund Plan 2023-25", False),  # a heading
    ("Kent County Council Cabinet", False),  # a running head
    ("Chaired by the Chair of Blackpool Teaching Hospital NHS Foundation Trust.", True),  # who chairs it
    # people and their posts, listed without a verb
    ("Natalia Merritt, Co-Chair Kent Housing Options Subgroup (KHOG) and Brian Horton, Chair Kent Housing Group",
     True),
    ("Kent Housing Options Subgroup and Kent Housing Group", False),
])
def test_quotable_units(unit: str, ok: bool) -> None:
    assert quotable(unit) is ok


def test_a_sentence_cut_at_the_chunk_start_is_not_quoted() -> None:
    text = "and would be reported to the board in June.\nThe board agreed the plan on 9 January 2025."
    h = Hit("c2", "minutes.pdf", 3, 3, text, 1.0, {"char_start": 500})
    start = text.index("The board")
    assert cut_at_edge(h, 0, start - 1)
    assert not cut_at_edge(h, start, len(text))
    # the same words at the very start of a paper are not cut
    assert not cut_at_edge(Hit("c0", "minutes.pdf", 1, 1, text, 1.0, {"char_start": 0}), 0, start - 1)


@pytest.mark.parametrize(("question", "sentence", "meta", "missing"), [
    # another year: the sentence gives 2022, the question asks 2023
    ("What share of adults reported a rising cost of living in September 2023?",
     "In September 2022, 87% of adults in Great Britain said their cost of living had gone up.", {}, ["2023"]),
    # another body
    ("How many home-educated children does Medway Council monitor?",
     "KCC currently monitors 4,798 children in elective home education.", {"board": "Cabinet"}, ["Medway"]),
    # another meeting date: the paper's meeting is 9 January 2025, not 2024
    ("What did Cabinet decide on 9 January 2024 about devolution?",
     "Cabinet agreed to submit a request to Government.", {"meeting_date": "2025-01-09"}, ["2024-01-09"]),
    # in scope: the date is the paper's meeting date, the body is its board
    ("What did Cabinet decide on 9 January 2025 about devolution?",
     "Cabinet agreed to submit a request to Government.", {"meeting_date": "2025-01-09", "board": "Cabinet"}, []),
    # a sentence giving another full date of its own is about that day, not the paper's meeting
    ("Where did the board meet on 27 October 2016?",
     "Date of next meeting: 15th December 2016, Riverside Community Centre.", {"meeting_date": "2016-10-27"},
     ["2016-10-27"]),
    ("Where did the board meet on 27 October 2016?",
     "The meeting was held on 27 October 2016 at Bury Library.", {"meeting_date": "2016-10-27"}, []),
    # the subject of "does X have" is a place or body too
    ("How many family hub sites does Medway have?",
     "All three of these sites are currently operational Family Hubs.", {"board": "County Council"}, ["Medway"]),
    # "Council" of "Medway Council" is met by any council's paper; a possessive ends the name ("Band D" is the subject)
    ("What will Medway Council's Band D council tax be in 2025-26?",
     "Each 1% increase in Council Tax equates to an extra 31 pence per week for a band D property in 2025-26.",
     {"board": "County Council", "title": "Kent County Council budget 2025-26"}, ["Medway Council"]),
    ("What will Medway Council's Band D council tax be in 2025-26?",
     "Medway's Band D council tax will be £2,012.34 in 2025-26.", {"board": "Council"}, []),
    # a year given once for the table counts for the row
    ("How many adaptations were funded in 2022-23?",
     "Number of adaptations | 644", {"section": "End of year return 2022-23"}, []),
    # ... and a year given earlier in the passage (a table heading above the row)
    ("How many adaptations were funded in 2022-23?",
     "Number of adaptations | 644", {"before": "End of year return 2022-23 | Outturn"}, []),
    # a sentence with a year of its own is about that year, whatever else its passage mentions
    ("What share of adults said their cost of living had gone up in September 2021?",
     "In September 2022, 87% of adults said their cost of living had gone up.",
     {"after": "[20] The King's Fund, September 2021."}, ["2021"]),
    ("When did County Council approve the 2026-27 Treasury Management Strategy?",
     "The Treasury Management Strategy for 2024-25 was approved on 19 February 2024.",
     {"after": "The capital programme 2026-27 to 2034-35 is in Appendix D."}, ["2026-27"]),
    # a sentence with no year is read in its paper: the minutes of December 2024 are not December 2023 ...
    ("How many questions were put to the Executive in December 2023?",
     "12 questions were put to the Executive.", {"meeting_date": "2024-12-19"}, ["2023"]),
    ("How many questions were put to the Executive in December 2024?",
     "12 questions were put to the Executive.", {"meeting_date": "2024-12-19"}, []),
    # ... a financial year counts for the calendar years it spans, both ways
    ("How many adaptations were funded in 2023?",
     "644 adaptations were funded.", {"title": "Annual report 2023-24"}, []),
    ("How many adaptations were funded in 2024-25?",
     "644 adaptations were funded.", {"meeting_date": "2025-03-13"}, []),
    # ... and a paper that gives no year at all cannot contradict the question
    ("How many adaptations were funded in 2019?", "644 adaptations were funded.", {}, []),
    # a month asked about: a sentence naming another month of its own is about that month ...
    ("Where did the Health and Wellbeing Board meet in July 2019?",
     "The Board's most recent meeting was held on Thursday, 10th October 2019 in County Hall North.",
     {"meeting_date": "2019-12-01", "board": "Health and Wellbeing Board"}, ["2019-07"]),
    # ... one naming the month ("held in November") or from a paper of that month meets it ...
    ("How much did the November 2024 Remembrance Festival raise?",
     "The Remembrance Festival held in November raised £5,000.", {"meeting_date": "2024-12-19"}, []),
    ("What is the liquidity allowance, according to the Treasury Management Group in November 2024?",
     "The liquidity allowance remains £200m.", {"meeting_date": "2024-11-14"}, []),
    # ... and one naming no month is left to the year check, whatever months the passage names
    ("What is the liquidity allowance, according to the Treasury Management Group in November 2024?",
     "The liquidity allowance remains £200m.", {"meeting_date": "2025-02-13", "before": "Borrowing at 30 November 2024:"},
     []),
    # a compass word makes another place: a passage on West Sussex misses "East Sussex" ...
    ("How many people start treatment with East Sussex's drug and alcohol service each year?",
     "Each year, roughly 1,500 people begin treatment with the local service.",
     {"title": "West Sussex Drug and Alcohol Partnership Annual Progress Report"}, ["East Sussex"]),
    # ... written as one word in a web address too; a passage naming no Sussex is left to the name check
    ("How many people start treatment with East Sussex's drug and alcohol service each year?",
     "Each year, roughly 1,500 people begin treatment with the local service.",
     {"title": "westsussex.gov.uk annual report", "board": "Sussex partnership"}, ["East Sussex"]),
    ("Where was the West Sussex Health and Wellbeing Board due to meet in January 2020?",
     "The next meeting of the HWB will be on Thursday, 30th January 2020 at Southwick Community Centre.",
     {"board": "Health and Wellbeing Board", "title": "Newsletter, December 2019", "meeting_date": "2019-10-10"}, []),
    # a deadline is not the period asked about
    ("Who is the SRO for the Faster Diagnosis Standard of 75% by the end of March 2024?",
     "Deliver the Faster Diagnosis Standard | Kate Hopcraft, Director of Performance", {"meeting_date": "2023-07-21"},
     []),
    # an acronym is met by its paper's organisation spelled out, even printed in capitals; another is not
    ("Who is KCC's Chief Analyst?", "Matthew Wagner, Chief Analyst, presented the report.",
     {"organisation": "KENT COUNTY COUNCIL"}, []),
    ("Who is ECC's Chief Analyst?", "Matthew Wagner, Chief Analyst, presented the report.",
     {"organisation": "KENT COUNTY COUNCIL"}, ["ECC"]),
])
def test_qualifiers_must_match_sentence_section_or_paper(question: str, sentence: str, meta: dict, missing: list) -> None:
    before, after = str(meta.pop("before", "")), str(meta.pop("after", ""))
    passage = " ".join(t for t in (before, sentence, after) if t)
    got = missing_qualifiers(qualifiers(question), hit(passage, **meta), sentence)
    assert got == missing


def test_a_question_naming_two_years_is_met_by_a_unit_from_either_paper() -> None:
    q = qualifiers("Which site was reported to the ICB Board in 2023 and to the Board in 2024?")
    s2023 = "Work towards mobilising intermediate care at Albion Mill."
    s2024 = "Mobilise intermediate care at Albion Mill."
    old, new = hit(s2023, meeting_date="2023-11-08"), hit(s2024, meeting_date="2024-07-31")
    assert not unmet(q, [(new, s2024)]) and not unmet(q, [(old, s2023), (new, s2024)])
    assert unmet(q, [(hit(s2024, meeting_date="2022-03-01"), s2024)])  # neither year
    # one year: every unit must meet it
    one = qualifiers("Which site was reported to the Board in 2023?")
    assert unmet(one, [(new, s2024)]) and not unmet(one, [(new, s2024), (old, s2023)])


@pytest.mark.parametrize(("question", "passages", "absent"), [
    # Surrey's team is not Kent's: no passage names Surrey
    ("Which road safety award did the Surrey Safer Road Users Team win?",
     ["The Kent Safer Road Users Team won the Prince Michael International Road Safety Award."], ["Surrey"]),
    ("Which road safety award did the Kent Safer Road Users Team win?",
     ["The Kent Safer Road Users Team won the Prince Michael International Road Safety Award."], []),
    # any retrieved passage may name it: a question about two boards or about its source paper
    ("What does the NHS Long Term Plan summary expect in savings?",
     ["Savings in administrative costs over 5 years worth £700 million.",
      "The NHS Long Term Plan was published in January 2019."], []),
    ("What does the NHS Long Term Plan summary expect in savings?",
     ["Savings in administrative costs over 5 years worth £700 million."], ["NHS", "Long", "Term"]),
    # the words of a body the question is scoped to count too; generic words ("Council") do not
    ("Who is Surrey County Council's Armed Forces Champion?",
     ["Kent County Council's Armed Forces Champion is Oliver Richardson."], ["Surrey"]),
    # an acronym is a subject too: no passage on MRSA answers its infection rate
    ("What was the MRSA infection rate in the hospitals in 2022/23?",
     ["Emergency hospital admissions due to falls: rate per 100,000 population 1,575.4 in 2022-23."], ["MRSA"]),
    ("What was the MRSA infection rate in the hospitals in 2022/23?",
     ["MRSA bloodstream infections: 3 cases, a rate of 0.9 per 100,000 bed days in 2022-23."], []),
    # ... present when the passage spells it out
    ("What pay multiple does KCC report?", ["Kent County Council reports a pay multiple of 8.1:1."], []),
])
def test_names_no_retrieved_passage_uses_are_absent(question: str, passages: list[str], absent: list[str]) -> None:
    assert absent_subjects(qualifiers(question), [hit(p) for p in passages]) == absent


@pytest.mark.parametrize(("text", "question", "figures"), [
    # list numbers are not counts: "9)" opening an item, "2." inside a flattened list
    ("9) The Remembrance Festival held in November raised £5,000.", "How many people attended?", ["£5,000"]),
    ("A focus on prevention. 2. Reducing drug and alcohol related deaths.", "How many deaths were recorded?", []),
    ("(4) Mr Oakford proposed the motion.", "How many motions?", []),
    # a number that is part of a name ("The Tommy 105 event") is not a figure
    ("A delegation attended The Tommy 105 birthday event at the RBLI.", "How many people attended?", []),
    # ... but a figure at the end of a sentence, after a month or after a lower-case word is
    ("The total was 12. The Chairman thanked members.", "How many were there?", ["12"]),
    ("In Q2 there had been a total of 119 long-term empty properties.", "How many homes?", ["119"]),
    ("It opened on 3 March and took 40 calls.", "How many calls?", ["40"]),
    # a short financial year and a rate's denominator are not figures
    ("For future years (20/21 onwards) the council has built in savings of £2m.", "What savings?", ["£2m"]),
    ("Emergency admissions (rate per 100,000 population) | 1,575.4", "What was the rate?", ["1,575.4"]),
    ("Seats 12/40 were taken.", "How many seats?", ["12", "40"]),  # not consecutive years
    # a sum in thousands written with a capital K, and a measured quantity for "how much" of a thing
    ("Money raised by Friends Groups is £68K to date.", "How much have Friends groups raised?", ["£68K"]),
    ("Residual waste per household fell to 554kg in 2021/22.", "How much residual waste was collected?",
     ["554kg"]),
    ("The site covers 12 hectares and cost £2m.", "How much land does the site cover?", ["12 hectares", "£2m"]),
    ("Item 5 was taken with 12 members present.", "How much was spent?", []),
    ("Review of Decision 24/00093 - Commissioned Family Hubs", "How many councillors voted for it?", []),
])
def test_figures_are_not_list_numbers_or_names(text: str, question: str, figures: list[str]) -> None:
    assert [text[a:b] for a, b in amounts(text, question)] == figures


def test_a_share_must_be_of_the_thing_asked_about() -> None:
    q = "What percentage of adults in Cheshire and Merseyside currently smoke?"
    assert not has_type("amount", "Improve A&E waiting times so that no less than 76% of patients are seen.", q)
    assert has_type("amount", "Around 11% of adults smoke, down from 14% in 2019.", q)


def test_near_miss_says_what_the_papers_give_not_the_answer() -> None:
    q = "What share of adults reported a rising cost of living in September 2023?"
    s = "In September 2022, 87% of adults in Great Britain said their cost of living had gone up."
    quote = Quote(1, s, hit(s))
    text = near_miss("amount", quote, ["2023"], q)
    assert text.startswith("The papers give the 2022 figure (87% [1]), not 2023")
    other = near_miss("amount", quote, ["Medway"], "How many children does Medway Council monitor?")
    assert "does not mention Medway" in other


def test_compose_puts_the_direct_answer_first_and_keeps_within_budget() -> None:
    long = "The Council will spend a further sum on roads and pavements across the county in 2025-26. " * 5
    quotes = [Quote(1, "The total is £80million for highways in 2025-26.", hit("x")), Quote(2, long, hit("y"))]
    kept = kept_quotes(quotes, "£80million", decision=False, budget=370)
    assert len(kept) == 1  # the second quote would take the answer past the budget
    assert len(kept_quotes(quotes, "£80million", decision=False, budget=1000)) == 2
    text = compose(kept, "£80million", decision=False)
    assert text.startswith("£80million [1]\n")
    decided = compose([Quote(1, "RESOLVED that the plan be agreed.", hit("z", board="Cabinet",
                                                                         meeting_date="2025-01-09"))],
                      None, decision=True)
    assert decided == "Cabinet, 9 January 2025: RESOLVED that the plan be agreed. [1]"
    assert long_date("2025-03") == "March 2025"


def test_answer_states_in_json() -> None:
    assert Answer("q", NOT_FOUND, [], True).to_dict()["status"] == "not_found"
    assert Answer("q", "x", [], False).status == "answered"
    partial = Answer("q", "The papers give ...", [], True, status="partial")
    assert partial.to_dict()["status"] == "partial" and partial.to_dict()["abstained"]


def analyse(question: str) -> QueryAnalysis:
    """Every content word weighed alike: enough to score sentences without an index."""
    return QueryAnalysis({stem(t): 1.0 for t in query_terms(question)})


KENT = ("KCC currently monitors 4,798 children in elective home education, up from 4,200 last year. "
        "The service works with families to make sure every child receives a suitable education.")


@pytest.mark.parametrize(("question", "status", "needle"), [
    ("How many children does KCC monitor in elective home education?", "answered", "4,798 [1]"),
    ("How many home-educated children does Medway Council monitor?", "partial", "does not mention Medway"),
    ("What is the capital programme for highways drainage in Medway?", "not_found", NOT_FOUND),
])
def test_extractive_answerer_states(question: str, status: str, needle: str) -> None:
    h = hit(KENT, "cabinet-2025-01-09--Elective Home Education.pdf", board="Cabinet", meeting_date="2025-01-09",
            dense=0.6)
    ans = ExtractiveAnswerer(analyse, threshold=0.8, style="direct").answer(question, [h])
    assert ans.status == status, ans.text
    assert needle in ans.text
    assert ans.abstained is (status != "answered")


def _units(question: str, text: str, file: str) -> dict:
    """The answerer's scored units of one passage, by their text."""
    cands = ExtractiveAnswerer(analyse).candidates(question, [hit(text, file, dense=0.6)], analyse(question))
    return {c.text.strip(): c for c in cands}


@pytest.mark.parametrize(("question", "qtype", "right", "wrong"), [
    # a person named with an initial is a name, not just a role
    ("Who was elected Vice Chair of the Corporate Parenting Panel?", "who",
     "RESOLVED that Mr P Bartlett be duly elected Vice Chair of the Corporate Parenting Panel.",
     "The Chair agreed to write to group leaders to remind Members of their duty as a Corporate Parent."),
    # a count written as a word, beside the thing counted, answers "how many"; a count of days does not
    ("How many KPIs were red in the Q2 performance report?", "amount",
     "Eight KPIs did not meet the floor standard (Red), and one had no data at time of publication.",
     "Officers engage with families within 10 school days of a new referral."),
    # a "why" is answered by the sentence that gives a reason
    ("Why does the performance report now track 38 indicators instead of 40?", "why",
     "40 KPIs were reported in Quarters 1 and 2 but following changes in Ofsted's reporting, two KPIs were removed.",
     "The Quarter 3 report includes 38 Key Performance Indicators assessed against targets."),
])
def test_sentences_holding_what_was_asked_score_higher(question: str, qtype: str, right: str, wrong: str) -> None:
    assert question_type(question) == qtype
    units = _units(question, f"{wrong} {right}", "cabinet-2025-01-09--Report.pdf")
    assert units[right].tmatch == 1.0
    assert units[wrong].tmatch < 1.0


@pytest.mark.parametrize(("question", "qtype"), [
    ("What was NHS Cheshire and Merseyside ICB's total revenue allocation for 2023/24?", "amount"),
    ("What savings figure has Islington Council built into its medium term financial strategy?", "amount"),
    ("What will the Council spend in total on looking after roads?", "amount"),
    ("What is the annual contract value of the Millmead Family Hub contract?", "amount"),
    ("What is the salary of Kent's Director of Public Health?", "amount"),
    ("What is the Council's liquidity allowance?", "amount"),
    ("What is KCC's gender pay gap?", "amount"),
    ("What is the Council's pay multiple?", "amount"),
    ("How big was the government grant paying for the smoke-free spaces?", "amount"),
    ("What was the outcome of the vote on the Better Care Fund plans?", "what"),
    ("What is the waiting time for an adult autism assessment?", "what"),
])
def test_a_question_naming_a_measure_wants_a_figure(question: str, qtype: str) -> None:
    assert question_type(question) == qtype


def test_a_direct_answer_line_is_followed_by_at_most_two_quotes() -> None:
    text = ("KCC currently monitors 4,798 children in elective home education, up from 4,200 last year. "
            "Elective home education officers visit children in home education within 10 school days. "
            "Children in elective home education are offered a visit every year by KCC officers. "
            "KCC has lobbied for a national register of children in elective home education.")
    question = "How many children does KCC monitor in elective home education?"
    h = hit(text, "cabinet-2025-01-09--Elective Home Education.pdf", dense=0.6)
    ans = quoting().answer(question, [h])
    assert ans.lead == "4,798 [1]" and ans.text.startswith("4,798 [1]\n")
    assert len(ans.citations) == 2 and "[3]" not in ans.text
    # two things asked at once keep the other quotes
    both = quoting().answer(
        "How many children does KCC monitor in elective home education, and how often are they visited?", [h])
    assert both.lead and len(both.citations) > 2
    # an open question keeps its quotes
    open_q = quoting().answer(
        "What does KCC do about elective home education?", [h])
    assert not open_q.lead and len(open_q.citations) > 2


@pytest.mark.parametrize(("question", "noun"), [
    ("How many long-term empty homes did No Use Empty bring back into use?", "home"),
    ("How many people start treatment each year?", "peopl"),
    ("How many Primary Care Networks does the Lancashire place have?", "network"),
    ("How many KPIs were red?", "kpi"),
    ("What is the budget?", ""),
])
def test_what_a_how_many_question_counts(question: str, noun: str) -> None:
    assert counted_noun(question) == noun


def test_a_count_of_the_thing_asked_about_leads() -> None:
    q = "How many Primary Care Networks does the Lancashire place have?"
    s = "We support our nine Place Partnerships and Primary Care Networks. Lancashire has 28 Primary Care Networks."
    assert direct_answer("amount", s, q) == "28"


@pytest.mark.parametrize(("qtype", "question", "sentence", "holds"), [
    # a role the question names itself is not who holds it; a person, a role it does not name, or an
    # organisation ("King and Shaxson") is
    ("who", "Who is the newly appointed Director of Population Health?",
     "Our newly appointed Director of Population Health plays a key leadership role in this work.", False),
    ("who", "Who is the newly appointed Director of Population Health?",
     "Dr Ash Patel took up post as Director of Population Health in May.", True),
    ("who", "Who acts as the Council's broker and custodian for its covered bonds?",
     "King and Shaxson acts as the Council's broker and custodian for its covered bond portfolio.", True),
    ("who", "Who reports on the programme?", "The programme is reported to the Chief Executive each quarter.", True),
    # who holds a post the question names: a person, not a plan's two capitalised words
    ("who", "Who is the Chair of NHS Cheshire and Merseyside Integrated Care Board?",
     "This document – our Joint Forward Plan (JFP) – describes how the ICB will work with its partners.", False),
    ("who", "Who is the Chair of NHS Cheshire and Merseyside Integrated Care Board?",
     "Raj Jain, Chair of NHS Cheshire and Merseyside, welcomed the plan.", True),
    # a day asked for: a year is no answer, a month or a full date is
    ("when", "On what date did the ICB Board approve its final Joint Forward Plan?",
     "This 2023-2028 Joint Forward Plan was approved in 2023.", False),
    ("when", "On what date did the ICB Board approve its final Joint Forward Plan?",
     "The Board approved the final Joint Forward Plan on 28 June 2023.", True),
    ("when", "When did the ICB approve its Joint Forward Plan?", "The plan was approved in 2023.", True),
    ("when", "On what date did KCC host the General Representative of Flanders?",
     "On 3rd December, KCC hosted David Maenaut, the General Representative of Flanders.", True),
    # a "when" asks the date of the act it names: a date of another act is no answer; the act's noun is
    ("when", "On what date did the Cheshire and Merseyside ICB Board approve its final Joint Forward Plan?",
     "The Cheshire and Merseyside Integrated Care Board was formally established in July 2022.", False),
    ("when", "When is Visit Kent due to repay its loan from KCC?", "Repayment is due in April 2026.", True),
    ("when", "When was the Integrated Care Board formed?",
     "The strategy began with the formation of the Integrated Care Board in July 2022.", True),
    ("when", "When was the Plan submitted for examination?", "The Plan was submitted on 17 May 2024.", True),
    # the same act in other words: "set up" is met by "established", not by a report's date
    ("when", "When was the West Sussex Drug and Alcohol Partnership set up?",
     "Since the WS DAP was established in September 2022, there has been progress.", True),
    ("when", "When was the West Sussex Drug and Alcohol Partnership set up?",
     "West Sussex Drug and Alcohol Partnership Annual Progress Report October 2024", False),
    ("time", "What time was the Cabinet meeting due to start?", "There were no exempt items.", False),
    ("time", "What time was the Cabinet meeting due to start?", "Thursday, 13th March, 2025, at 3.00 pm", True),
    # a section number is no time
    ("time", "What time did Cabinet meet on 4 March 2025?",
     "Mr Watts confirmed that in accordance with s.17.73 and S.74 of the Constitution the item was referred.", False),
    # the years the question gives itself are no answer to "when"
    ("when", "When were the examination hearings on the Kent Minerals and Waste Local Plan 2024-2039 held?",
     "Section 20 Report on the Examination of the Kent Minerals & Waste Local Plan 2024 - 2039", False),
    ("when", "When were the examination hearings on the Kent Minerals and Waste Local Plan 2024-2039 held?",
     "The examination hearing was held between 10-12 September and 17 September 2024", True),
    # the act asked about, in the papers' words: "close" is met by "closed" and by "run ... until"
    ("when", "When did bidding close for the outside consultancy?",
     "At the last meeting in July, the working group discussed the assessment of schemes.", False),
    ("when", "When did bidding close for the outside consultancy?",
     "The procurement process closed on 8 May 2024, coordinated by LGA colleagues.", True),
    ("when", "When does the consultation on the draft strategy close?",
     "The consultation launched on 16th January and was due to run for eight weeks until 12th March.", True),
    # a deadline may be a time of day
    ("when", "By when must an amendment to a time-limited motion be sent to Democratic Services?",
     "Any proposed amendment shall be provided to Democratic Services by 10am two days before the meeting", True),
])
def test_the_answer_type_a_quote_must_hold(qtype: str, question: str, sentence: str, holds: bool) -> None:
    assert has_type(qtype, sentence, question) is holds


@pytest.mark.parametrize(("question", "sentence", "missing"), [
    # a deadline asked about is missed by a sentence setting another, not by one setting none
    ("How many Anchor Framework signatories does the ICB aim to have by March 2026?",
     "Increase the number of Anchor Framework signatories to 25 by the end of March 2024.", ["by 2026-03"]),
    ("How many Anchor Framework signatories does the ICB aim to have by March 2026?",
     "Increase the number of Anchor Framework signatories to 40 by March 2026.", []),
    ("How many Anchor Framework signatories does the ICB aim to have by March 2026?",
     "Grow the number of anchor framework signatories to 25.", []),
    ("What share of cancers should be diagnosed early by 2028?", "75% of cancers diagnosed early by 2028.", []),
])
def test_a_deadline_asked_about(question: str, sentence: str, missing: list) -> None:
    assert missing_qualifiers(qualifiers(question), hit(sentence), sentence) == missing


def test_a_compass_place_no_retrieved_passage_names_is_absent() -> None:
    q = qualifiers("Who chairs the North Cumbria place partnership?")
    assert absent_subjects(q, [hit("Delivering integrated care in the South Cumbria place, chaired by Jo Reed.")]) \
        == ["North Cumbria"]
    assert absent_subjects(q, [hit("The North Cumbria place partnership is chaired by Jo Reed.")]) == []


def test_quotes_that_miss_what_the_question_is_scoped_to_give_way_to_one_that_meets_it() -> None:
    text = ("The 10th Annual Armed Forces Covenant Conference was held on 4 June 2024 at Brompton Barracks. "
            "The 11th Annual Armed Forces Covenant Conference will be held on 17 June 2025 at Maidstone Campus.")
    h = hit(text, "full_council-2025-03-13--Armed Forces Covenant Annual Report.pdf", dense=0.6)
    quotes = quoting()
    ans = quotes.answer("When is the 2025 Armed Forces Covenant Conference being held?", [h])
    assert ans.status == "answered" and ans.citations[0].quote.startswith("The 11th"), ans.text
    assert "2024" not in ans.text
    # asked about a year no unit is from, it is a near miss
    assert quotes.answer("When was the 2019 Armed Forces Covenant Conference held?", [h]).status == "partial"


def test_a_leader_dotted_contents_line_is_not_quotable() -> None:
    assert not quotable("10 Kent Events ........................................ 11")
    assert not quotable("Kent & Medway Armed Forces Covenant Conference . . . . . . . . 12")
    assert quotable("The conference was held in Maidstone... and ended at 4pm.")


def test_a_figure_question_whose_quotes_hold_no_figure_of_it_is_a_near_miss() -> None:
    text = ("The Remembrance Festival held in November raised £5,000 for the Royal British Legion. "
            "The Chairman thanked everyone who supported the Remembrance Festival in November.")
    h = hit(text, "full_council-2025-02-13--Printed minutes.pdf", dense=0.6)
    quotes = quoting()
    raised = quotes.answer("How much did the Remembrance Festival in November raise?", [h])
    assert raised.status == "answered" and raised.lead == "£5,000 [1]"
    attended = quotes.answer("How many people attended the Remembrance Festival in November?", [h])
    assert attended.status == "partial" and attended.abstained, attended.text
    assert attended.text.startswith("The papers do not give the figure asked for.")
    # an open question is not held to a type
    assert quotes.answer("What happened at the Remembrance Festival in November?", [h]).status == "answered"


@pytest.mark.parametrize(("question", "sentence", "expected"), [
    # where something is written is not a figure: "item 12", "Debate 2", "Appendix 1"
    ("How many members voted against the motion?",
     "Mr Jeffrey declared an interest in item 12, the Motion for Time Limited Debate 2.", None),
    # "a six-week period" is a kind of period, not a count
    ("How many members abstained on adopting the plan?",
     "Following adoption there is a six-week period for legal challenges to the plan.", None),
    ("How many KPIs were red?", "Eight KPIs did not meet the floor standard (Red).", "Eight"),
])
def test_reference_numbers_and_units_are_not_counts(question: str, sentence: str, expected: str | None) -> None:
    assert direct_answer("amount", sentence, question) == expected


def test_the_lead_names_the_person_beside_the_role_asked_about() -> None:
    question = "Who is the Council's Armed Forces Champion?"
    chair = "Since May 2024 the Partnership Board has been chaired by Cllr Bryan Sweetland, KCC Chairman."
    champion = "From: Oliver Richardson, Armed Forces Champion"
    units = _units(question, f"{chair}\n{champion}\n", "full_council-2025-03-13--Armed Forces Covenant report.pdf")
    assert lead_line(question, [(units[chair].hit, units[chair].text), (units[champion].hit, units[champion].text)])[0] == "Oliver Richardson [2]"
    # asked who wrote the minutes, "Author:" stands beside the name
    assert direct_answer("who", "Chair: Cllr Susan van de Ven of Cambridgeshire County Council. Author: Uwem Okure, Democratic "
                         "Services Officer.",
                         "Who wrote the minutes?") == "Uwem Okure"


def test_a_date_with_its_year_leads_before_a_bare_month() -> None:
    question = "When will the ICB Board receive a further report on place development?"
    month = "The Board will receive a further report on place development in March."
    dated = "A further report on progress will come to the ICB Board in March 2024."
    units = _units(question, f"{month} {dated}", "lsc-icb-board-2023-11-08-place-integration-deal-progress.pdf")
    assert lead_line(question, [(units[month].hit, units[month].text), (units[dated].hit, units[dated].text)])[0] == "March 2024 [2]"


def _cand(text: str, score: float) -> Candidate:
    return Candidate(0, hit(text), 0, len(text), text, 0.5, 0.5, 0.0, score)


SENTENCE = "The board agreed the plan for the coming year and asked for a report on progress in June. "


@pytest.mark.parametrize(("scores", "lead", "sure", "kept"), [
    ([1.0, 0.7, 0.65], "", False, 1),  # a clear winner is shown alone within the short budget
    ([1.0, 0.95, 0.9], "", False, 3),  # a runner-up this close: the ranking cannot tell, the reader judges
    ([1.0, 0.95, 0.9], "£5m [1]", True, 1),  # ... unless a direct line stands beside the question's words
    ([1.0, 0.95, 0.5], "", False, 2),  # far below the best is never added
    ([1.0, 0.7], "£5m [2]", False, 2),  # the quote the direct line was read from always stays
])
def test_quotes_after_the_first_fit_a_budget_that_widens_on_a_close_call(
        scores: list[float], lead: str, sure: bool, kept: int) -> None:
    answerer = ExtractiveAnswerer(analyse, answer_chars=150, unsure_chars=400, close_share=0.9, keep_share=0.6)
    chosen = [_cand(f"{i}. {SENTENCE}", s) for i, s in enumerate(scores)]
    assert len(answerer._within_budget(chosen, lead, scores[0], sure)) == kept


def test_a_motion_beside_the_resolutions_it_carried_is_abridged_and_its_movers_named_once() -> None:
    from boardbot.decisions.answer import _compose
    from boardbot.decisions.record import Decision

    motion_text = ("Mr A proposed, and Mr B seconded the motion that Council is asked to: (i) note the "
                   "Inspector's report on the plan; (ii) adopt the plan as set out in Appendix B; and (iii) "
                   "delegate authority to the Corporate Director to make non-material changes to the plan "
                   "before it is published.")
    common = dict(file="minutes.pdf", page=7, board="County Council", meeting_date="2025-03-13",
                  item="299. Minerals Plan", source="minutes", proposer="Mr A", seconder="Mr B")
    rows = [Decision(id="d1", text=motion_text, kind="decision", outcome="carried", form="motion", **common),
            Decision(id="d2", text="Adopts the plan as set out in Appendix B.", kind="approval", outcome="approved",
                     **common)]
    ans = _compose("What did the County Council decide about the plan?", rows, [1.0, 1.0], False)
    assert "\u2026" in ans.text and "before it is published" not in ans.text
    assert ans.citations[0].quote == motion_text  # the whole motion stays in its citation
    assert ans.text.count("Mr A") == 2  # in the motion's opening words, and once as its mover
    assert ans.text.endswith("Proposed by Mr A; seconded by Mr B")


def test_a_single_record_naming_its_movers_does_not_name_them_again() -> None:
    from boardbot.decisions.answer import _compose
    from boardbot.decisions.record import Decision

    amendment = Decision(id="d1", file="minutes.pdf", page=5, board="County Council", meeting_date="2025-01-09",
                         item="285. Devolution", kind="decision", form="amendment", outcome="carried", source="minutes",
                         text="Mr Streatfeild proposed and Mr Sole seconded the following amendment to the motion.",
                         proposer="Mr Streatfeild", seconder="Mr Sole")
    ans = _compose("Who proposed the amendment on devolution?", [amendment], [1.0], False, lead="Mr Streatfeild [1]")
    assert ans.text.count("Mr Sole") == 1 and ans.text.count("Mr Streatfeild") == 2  # the lead, the record
    # a record that does not name them gets them after it
    other = Decision(**{**amendment.to_dict(), "text": "Endorses the joint work with Medway Council."})
    assert "proposed by Mr Streatfeild; seconded by Mr Sole" in _compose("x", [other], [1.0], False).text


def test_two_quotes_offering_different_figures_for_what_was_asked_are_both_shown() -> None:
    # the first quote's count is the wrong area's; the short budget would drop the second
    text = ("In Cambridgeshire, 2,788 people started on an adult weight management programme in 2022-23. "
            "In Peterborough, 851 people started on an adult weight management programme in 2022-23.")
    h = hit(text, "hwb-2023-03-24--Obesity update.pdf", dense=0.6)
    question = "How many people started an adult weight management programme in 2022-23?"
    ans = ExtractiveAnswerer(analyse, threshold=0.5, answer_chars=120, unsure_chars=400, close_share=0.99,
                             style="quotes").answer(question, [h])
    assert ans.lead and "2,788" in ans.text and "851" in ans.text
    # one figure offered: the short budget holds
    single = hit(text.replace("851", "many"), "hwb-2023-03-24--Obesity update.pdf", dense=0.6)
    one = ExtractiveAnswerer(analyse, threshold=0.5, answer_chars=120, unsure_chars=400, close_share=0.99,
                             style="quotes").answer(question, [single])
    assert one.lead == "2,788 [1]" and len(one.citations) == 1


def test_a_minutes_covers_field_rows_are_read_together_apart_from_the_agenda_above() -> None:
    from boardbot.answer.units import answer_units

    text = ("5. Mid-Year Strategy Review\n6. AOB\nAttendance:\nHarry Rayner \u2013 MEM (Chair)\n"
            "Rosalind Binks \u2013 MEM\n")
    h = hit(text)
    units = [squash(text[a:b]) for a, b in answer_units(h)]
    chair = next(u for u in units if "Harry Rayner" in u)
    assert chair.startswith("Attendance:") and quotable(chair)


def test_a_cover_sheets_labelled_rows_are_units_of_their_own() -> None:
    from boardbot.answer.units import answer_units

    text = ("DATE: 31 July 2024\nVERSION: 0.1\nCONTACT OFFICER: Philippa Cross, Associate Director Place "
            "Development and Integration,\nBlackburn with Darwen\n1. PURPOSE This paper provides an update.")
    units = [squash(text[a:b]) for a, b in answer_units(hit(text))]
    contact = next(u for u in units if "Philippa Cross" in u)
    assert contact.startswith("CONTACT OFFICER:") and contact.endswith("Blackburn with Darwen")
    assert quotable(contact)
    assert not any("VERSION" in u and "CONTACT" in u for u in units)


@pytest.mark.parametrize(("question", "sentence", "holds"), [
    ("When will the Oracle Cloud system go live?", "The programme's spend is forecast through to April 2026.", False),
    ("When will the Oracle Cloud system go live?", "The system went live in April 2024.", True),
    # an act the question does not name leaves any date to the other checks
    ("When is the next meeting?", "The next meeting is on 5 June 2025.", True),
])
def test_a_when_question_is_met_by_a_date_of_the_act_it_names(question: str, sentence: str, holds: bool) -> None:
    assert has_type("when", sentence, question) is holds


def test_a_close_runner_up_holding_the_count_asked_for_is_quoted_first() -> None:
    # the item's heading repeats the question's words; the sentence after it holds the count
    text = ("Adoption Partnership South East, Regional Adoption Agency Annual Report 2023/2024 was introduced. "
            "To update the figures from the report: 31 children had been adopted and 26 were matched.")
    q = "How many children did Adoption Partnership South East report as adopted?"
    h = hit(text, "cpp-minutes-2024-10-29.pdf", dense=0.7)
    ans = ExtractiveAnswerer(analyse, threshold=0.5, max_sentences=2).answer(q, [h])
    assert ans.status == "answered", ans.text
    assert ans.citations[0].quote.startswith("To update the figures"), ans.text


@pytest.mark.parametrize(("question", "subjects"), [
    # a role or a team named in passing says whose words or which team, not what the papers must name
    ("According to the Cabinet Member's answer in March 2025, what share of EHCPs were completed?", ["EHCPs"]),
    ("How many places were booked on the Participation Team's summer activity days?", ["Participation"]),
])
def test_role_words_are_not_subjects(question: str, subjects: list[str]) -> None:
    assert list(qualifiers(question).subjects) == subjects


def test_an_acronym_is_met_by_its_spelling_out_in_a_papers_organisation() -> None:
    q = qualifiers("How many libraries does KCC's Libraries, Registration and Archives service run?")
    h = hit("Libraries, Registration & Archives 13,496.7 4,031.9", organisation="Kent County Council")
    assert absent_subjects(q, [h]) == []
    assert absent_subjects(q, [hit("Libraries, Registration & Archives 13,496.7 4,031.9")]) == ["KCC"]


@pytest.mark.parametrize(("question", "sentence", "missing"), [
    # the whole country's figure is not the place's, though the paper is the place's
    ("How many disposable vapes are thrown away each week in Kent?",
     "An estimated 8 million disposable vapes are thrown away each week in the UK.", ["Kent"]),
    ("How many disposable vapes are thrown away each week in Kent?",
     "In Kent, 150,000 disposable vapes are thrown away each week, out of 8 million in the UK.", []),
    # ... unless the question asks about the country too
    ("How many people across Cambridgeshire live in the most deprived fifth of areas in the country?",
     "Across our area, 112,000 people live in the 20% most deprived quintile nationally.", []),
    # a part of the area: "in the north" is missed by a sentence about the south only
    ("How many Health Champions had Healthwatch recruited in the north of Cambridgeshire?",
     "Healthwatch had recruited twelve Health Champions in the south.", ["the north"]),
    ("How many Health Champions had Healthwatch recruited in the north of Cambridgeshire?",
     "Healthwatch had recruited twelve Health Champions across the county.", []),
])
def test_another_area_than_the_one_asked_about(question: str, sentence: str, missing: list[str]) -> None:
    h = hit(sentence, organisation="Kent County Council", title="Cambridgeshire report")
    assert missing_qualifiers(qualifiers(question), h, sentence) == missing


@pytest.mark.parametrize(("question", "sentence", "title", "missing"), [
    # another edition of the paper asked about: its title gives another year
    ("What pay multiple did KCC report in its 2024/25 Pay Policy Statement?",
     "KCC's current Pay Multiple figure is 8.1:1.", "Pay Policy Statement 2025/26", ["2024-25"]),
    ("What pay multiple did KCC report in its 2025/26 Pay Policy Statement?",
     "KCC's current Pay Multiple figure is 8.1:1.", "Pay Policy Statement 2025/26", []),
    # a title naming the paper without a year cannot tell
    ("According to the 2025-26 Treasury Management Strategy, how much did the Council borrow?",
     "The Council held £746.7m of external borrowing.", "Appendix M Treasury Management Strategy", []),
    # another paper's passage is about that edition only if it names it, with its year
    ("What pay multiple did KCC report in its 2024/25 Pay Policy Statement?",
     "Mr Sole declared an interest under Item 16 - Pay Policy Statement 2025/26.", "Minutes of the County Council",
     ["2024-25"]),
    ("What pay multiple did KCC report in its 2024/25 Pay Policy Statement?",
     "The Pay Policy Statement 2024/25 gave a pay multiple of 7.9:1.", "Minutes of the County Council", []),
])
def test_a_papers_edition_is_its_year(question: str, sentence: str, title: str, missing: list[str]) -> None:
    got = missing_qualifiers(qualifiers(question), hit(sentence, title=title), sentence)
    assert [m for m in got if m in ("2024-25", "2025-26")] == missing


def test_a_body_or_place_beside_a_year_is_no_papers_edition() -> None:
    assert qualifiers("Where did the December 2018 Haringey and Islington joint sub-committee meet?").editions == ()
    assert qualifiers("What is in the Treasury Management Strategy 2026-27?").editions == (
        ("2026-27", "Treasury Management Strategy"),)


@pytest.mark.parametrize(("question", "measure"), [
    ("What was the Council's savings target for 2024-25 in the Quarter 3 budget monitoring?", "target"),
    ("What will the lowest Kent Scheme salary be under the 2025/26 pay policy?", "salary"),
    ("How much is the liquidity allowance?", "allowance"),
    ("How many children were adopted?", ""),
])
def test_the_measure_a_figure_question_names(question: str, measure: str) -> None:
    from boardbot.answer.qtypes import measure_asked

    assert measure_asked(question) == measure


def test_the_figure_beside_the_measure_asked_is_read_first() -> None:
    # both sentences give a savings figure; only one gives the target
    question = "What was the Council's savings target for 2024-25?"
    delivered = "At Quarter 3 2024-25, the Council's £80.3m of savings are forecast to be delivered."
    target = "The Council has a savings target of £111.2m."
    units = _units(question, f"{delivered} {target}", "cabinet-2025-01-30--Budget Monitoring.pdf")
    assert units[target].score > units[delivered].score


def test_a_count_of_the_thing_counted_leads_though_its_neighbour_names_who_counted() -> None:
    question = ("In the Blackpool priority wards deep dive by Healthwatch Blackpool and Revolution, how many doors "
                "were knocked on?")
    wards = ("Healthwatch Blackpool and Revolution undertook deep dive community activities in the five Blackpool "
             "Priority Wards; Bloomfield, Claremont, Talbot, Tyldesley and Park.")
    doors = "Over 700 doors were knocked on and over 400 people shared their experiences."
    units = _units(question, f"{wards}\n{doors}\n", "lsc-icb-board-2023-11-08-place-integration-deal-progress.pdf")
    assert counts_thing(doors, question) and not counts_thing(wards, question)
    # the doors' sentence names neither Healthwatch nor Revolution; its passage does
    assert lead_line(question, [(units[wards].hit, units[wards].text), (units[doors].hit, units[doors].text)])[0] \
        == "700 [2]"


def test_a_share_with_an_adjective_asks_for_a_figure() -> None:
    assert question_type("What minimum share of A&E patients must be seen within four hours by March 2026?") == "amount"


@pytest.mark.parametrize(("question", "text", "figure"), [
    # a figure that leads its phrase owns the words after it; the one after "Bonus and" does not
    ("What is KCC's New Homes Bonus allocation for 2025-26?",
     "It will be met from this £8,021k flexible use of capital receipts, £1,926.7k from our allocation of New Homes "
     "Bonus and £1,758.1k use of reserves.", "£1,926.7k"),
    # a label before its figure owns it
    ("How much was spent on roads?", "Homes £5m, Roads £3m and Parks £1m.", "£3m"),
    # a range is told by its end
    ("How many medical school places a year does the NHS Long Term Plan aim for?",
     "Increase medical school places from 6,000 to 7,500 a year Increase the number of other roles", "7,500"),
])
def test_the_figure_owning_the_words_asked_about_answers(question: str, text: str, figure: str) -> None:
    assert direct_answer("amount", text, question) == figure


def test_a_month_missed_is_told_as_a_month() -> None:
    q = "Where did the West Sussex Health and Wellbeing Board meet in July 2019?"
    s = "The Board's most recent meeting was held on 10th October 2019 in County Hall North, Horsham."
    text = near_miss("where", Quote(1, s, hit(s)), ["2019-07"], q)
    assert "does not mention July 2019" in text and "2019-07" not in text


def test_a_speaker_named_before_what_he_said_meets_the_name() -> None:
    q = "How much will the council tax rise bring in, according to Mr Oakford at Cabinet?"
    s = "To address the shortfall, the council planned to raise council tax by 2.99%, bringing in £47.3 million."
    said = hit(f"Mr Oakford, Deputy Leader, introduced the report. {s}")
    assert "Mr Oakford" not in missing_qualifiers(qualifiers(q), said, s)
    assert "Mr Oakford" in missing_qualifiers(qualifiers(q), hit(f"Mr Gough introduced the report. {s}"), s)


def test_a_plans_possessive_names_no_body() -> None:
    q = "What funding increase does the NHS Long Term Plan's five-year settlement provide?"
    assert "Plan" not in qualifiers(q).names
    assert qualifiers("What is Medway Council's Band D council tax?").names == ("Medway Council",)


def test_a_short_financial_year_scopes_its_row() -> None:
    row = "Elective day case spells Planned Activity Volumes 23/24 363,244"
    asked = qualifiers("How many elective day case spells has Cheshire and Merseyside planned for 2024/25?")
    assert "2024-25" in missing_qualifiers(asked, hit(row), row)
    same = qualifiers("How many elective day case spells does Cheshire and Merseyside plan for 2023/24?")
    assert "2023-24" not in missing_qualifiers(same, hit(row), row)


def test_of_two_counts_beside_the_question_the_closer_one_leads() -> None:
    q = "How many KPIs were red in the performance report?"
    first = "Of the 40 Key Performance Indicators (KPIs) contained within the QPR, 16 achieved target (Green)."
    second = "Eight KPIs did not meet the floor standard (Red), and one had no data at time of publication."
    line, _, _ = lead_line(q, [(hit(first), first), (hit(second), second)])
    assert line == "Eight [2]"


def test_the_scope_words_tell_no_figure_from_another() -> None:
    # every quote that meets "2024-25" and "Quarter 3" has them: only what is asked about ("savings
    # target") makes a figure the closer one
    q = "What was the Council's savings target for 2024-25 in the Quarter 3 budget monitoring?"
    scoped = "At Quarter 3 2024-25, £80.3m is forecast to be delivered."
    at = scoped.index("£")
    assert nearness(scoped, at, at + 6, q) == 0.0
    asked = "The Council has a savings target of £111.2m."
    at = asked.index("£")
    assert nearness(asked, at, at + 7, q) > 0.5


def test_a_figure_given_elsewhere_for_another_deadline_is_a_near_miss() -> None:
    from boardbot.answer.extractive import _scoped_elsewhere
    q = "How many Anchor Framework signatories does Cheshire and Merseyside aim to have by March 2026?"
    dated = "Increase the number of Anchor Framework signatories to 25 by the end of March 2024."
    silent = "Grow the number of anchor framework signatories to 25 economic development"
    cands = [Candidate(0, hit(dated), 0, len(dated), dated, 0.5, 0.5, 1.0),
             Candidate(1, hit(silent), 0, len(silent), silent, 0.5, 0.5, 1.0)]
    assert _scoped_elsewhere("25 [2]", qualifiers(q), cands) is cands[0]
    assert _scoped_elsewhere("25 [2]", qualifiers(q.replace("2026", "2024")), cands) is None


def test_a_count_in_millions_is_a_count() -> None:
    q = "How many more people nationally could rising energy costs push into poverty?"
    s = "It is estimated that rising energy costs alone will push 1.3 million additional people into poverty nationally."
    assert direct_answer("amount", s, q) == "1.3 million"


def test_a_how_many_whose_quotes_yield_no_count_is_a_near_miss() -> None:
    text = ("The development of clinical services provided by community pharmacies over the next 1-5 years will be "
            "largely dependent on this. There are 412 community pharmacies in Cheshire and Merseyside.")
    h = hit(text, "cheshire-merseyside-plan.pdf", dense=0.6)
    quotes = quoting()
    found = quotes.answer("How many community pharmacies are there in Cheshire and Merseyside?", [h])
    assert found.status == "answered" and found.lead.startswith("412"), found.text
    h = hit(text.split(" There are")[0] + " Pharmacy leaders will be engaged.", "cheshire-merseyside-plan.pdf", dense=0.6)
    missing = quotes.answer("How many community pharmacies are there in Cheshire and Merseyside?", [h])
    assert missing.status == "partial", missing.text
