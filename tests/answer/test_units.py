"""What an answer may quote: a flattened table row is a unit of its own, not run on into its neighbours."""

from __future__ import annotations

import pytest

from boardbot.answer.units import answer_units, figure_row
from boardbot.records import Hit
from boardbot.text.sentences import squash


def units_of(text: str) -> list[str]:
    return [squash(text[a:b]) for a, b in answer_units(Hit("c1", "paper.pdf", 1, 1, text, 1.0, {"char_start": 0}))]


@pytest.mark.parametrize(("line", "is_row"), [
    ("Total Money Market Funds 132,964,615", True),
    ("High Needs Block 345.5 322.7 22.8", True),
    ("Money Market Funds Aberdeen GBP Liquidity Class L3 19,998,397 5.0052%", True),
    ("Adult Social Care & Health (ASCH) 23.4 -1.2", True),
    ("Total BCF Pooled Fund £69,194,189", True),
    # not rows: a page footer, a contents line's page number, a heading, a wrapped sentence
    ("Page 2 of 18", False),
    ("Response to consultation – Millmead Family Hub 27", False),
    ("Appendix 1", False),
    ("In total, we heard from 2,315", False),
])
def test_figure_rows(line: str, is_row: bool) -> None:
    assert figure_row(line) is is_row


def test_a_table_of_rows_gives_one_unit_a_row() -> None:
    # the Kent half-year treasury report: the splitter keeps "5.0002%" with the next line, and short lines
    # were run together until a unit had twelve words, so the total row was lost inside a cut unit
    text = ("Total Bank Call Accounts 6,000,000\nNo Use Empty Loans 16,754,903 4.25%\n"
            "Money Market Funds LGIM GBP Liquidity Class 4 19,998,420 5.0002%\n"
            "Money Market Funds Aberdeen GBP Liquidity Class L3 19,998,397 5.0052%\n"
            "Total Money Market Funds 132,964,615\n")
    units = units_of(text)
    assert "Total Money Market Funds 132,964,615" in units
    assert "No Use Empty Loans 16,754,903 4.25%" in units
    assert len(units) == 5


def test_a_sentence_wrapped_after_a_figure_is_not_cut_into_rows() -> None:
    text = "The Council agreed 5\nnew schemes for the coming year, as set out in the report.\n"
    assert units_of(text) == ["The Council agreed 5 new schemes for the coming year, as set out in the report."]


def test_a_rule_ends_a_unit_and_is_no_part_of_one() -> None:
    # a newsletter's signature above a dotted rule: the rule once made the whole unit read as a contents line
    text = ("Best wishes\n\nAmanda Jupp\nChair, West Sussex Health and Wellbeing Board\n"
            "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\nIn this edition we look at the themes of the Board.\n")
    units = units_of(text)
    assert "Best wishes Amanda Jupp Chair, West Sussex Health and Wellbeing Board" in units
    assert not any("\u2026" in u for u in units)


def test_a_forms_next_label_starts_its_own_row() -> None:
    # a minutes front sheet: no full stop ends the PRESENT list, so the sentence splitter ran it into ALSO
    # PRESENT, and the two labels together read as a form, never quoted: the chair went unnamed
    text = ("PRESENT: Shellina Prendergast (Chair), Paul Bartlett (Vice-Chair), David Brazier,\n"
            "Lesley Game and Tracy Scott\nALSO PRESENT: Sue Chandler, Cabinet Member for Integrated Children's\n"
            "Services.\n")
    units = units_of(text)
    assert units[0] == ("PRESENT: Shellina Prendergast (Chair), Paul Bartlett (Vice-Chair), David Brazier, "
                        "Lesley Game and Tracy Scott")
    assert units[1].startswith("ALSO PRESENT: Sue Chandler")
