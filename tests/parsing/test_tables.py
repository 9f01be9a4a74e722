"""Table rows rebuilt from pypdf's layout text: which pages are tables, and how a row is written."""

from __future__ import annotations

import pytest

from boardbot.parsing.tables import format_layout, looks_tabular
from conftest import CAMBS

# pypdf's default extraction of a funding table: one cell per line.
SCATTERED = "\n".join([
    "Scheme", "2023/24", "2024/25", "Disabled Facilities Grant", "£5,069,550", "£5,069,550",
    "iBCF", "£12,345,000", "£12,345,000", "NHS minimum contribution", "£40,100,000", "£42,370,000",
    "Total", "£57,514,550", "£59,784,550",
])
PROSE = "\n".join(
    f"Line {i} of the report explains how the board will work with partners across the place."
    for i in range(20)
)

# The same table in layout mode: a row on one line, cells apart by runs of spaces.
LAYOUT = """Better Care Fund income 2023-25
                          2023/24             2024/25
Scheme                    Peterborough        Cambridgeshire
Disabled Facilities Grant     £5,069,550          £5,069,550
NHS minimum contribution      £40,100,000         £42,370,000
Total                         £57,514,550         £59,784,550
This paragraph after the table is long enough to be prose and so it ends the table above it.
Not a row    £1"""


def test_scattered_cells_look_tabular_and_prose_does_not() -> None:
    assert looks_tabular(SCATTERED)
    assert not looks_tabular(PROSE)
    assert not looks_tabular("£1\n£2\n£3")  # too few lines to judge


def test_label_and_figure_rows_look_tabular() -> None:
    rows = "\n".join(f"Scheme {i} line of text 12 34 56" for i in range(4))
    assert looks_tabular(PROSE + "\n" + rows)


def test_layout_rows_carry_their_column_headers() -> None:
    lines = format_layout(LAYOUT).split("\n")
    assert lines[0] == "Better Care Fund income 2023-25"
    assert lines[1] == "2023/24 2024/25"  # two cells: text, and with figures no spanning header
    assert lines[2] == "Scheme | Peterborough | Cambridgeshire"  # a row of labels: the headers
    assert lines[3] == "Scheme | Peterborough | Cambridgeshire :: Disabled Facilities Grant | £5,069,550 | £5,069,550"
    assert lines[5].endswith(":: Total | £57,514,550 | £59,784,550")
    assert lines[6].startswith("This paragraph after the table")
    assert lines[7] == "Not a row £1"  # two cells: kept as text


def test_two_short_labels_above_the_headers_span_them() -> None:
    # a row of years alone is a header row too (it has figures, but only headerish ones)
    layout = "  Peterborough     Cambridgeshire\n      2022/23    2023/24    2022/23\nDFG    £1    £2    £3"
    assert format_layout(layout).split("\n")[-1] == (
        "Peterborough / Cambridgeshire | 2022/23 | 2023/24 | 2022/23 :: DFG | £1 | £2 | £3")


def test_a_row_before_any_header_stands_alone() -> None:
    assert format_layout("Total    £1,000    £2,000") == "Total | £1,000 | £2,000"
    assert format_layout("") == ""


@pytest.mark.skipif(not CAMBS.exists(), reason="sample paper missing")
def test_a_real_funding_table_is_rebuilt_with_its_headers() -> None:
    """Page 200 of the Cambridgeshire & Peterborough pack: the BCF funding table, two councils by three years."""
    import pypdf

    page = pypdf.PdfReader(str(CAMBS)).pages[199]
    assert looks_tabular(page.extract_text())
    rows = [ln for ln in format_layout(page.extract_text(extraction_mode="layout")).split("\n") if " :: " in ln]
    header = "PETERBOROUGH / CAMBRIDGESHIRE | 2022/23 | 2023/24 | 2024/25 | 2022/23 | 2023/24 | 2024/25 :: "
    assert header + "Disabled Facilities Grant | £2,236,384 | £2,236,384 | £2,236,384 | £5,069,550 | £5,069,550 | " \
        "£5,069,550" in rows
