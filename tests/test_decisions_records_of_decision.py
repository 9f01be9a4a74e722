"""Records of Decision: one register row per decision under the form's "Decision:" label.

A council's Record of Decision (and the Proposed Record of Decision in a Cabinet pack) puts a
lead-in under "Decision:" ("As Cabinet Member ... I agree to:", "Cabinet is asked to:") and the
decisions below it as paragraphs or lettered items, then "Reason(s) for decision:". A signed
record is dated by its signature, not by the pack it travels in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from boardbot.decisions.extract import extract_decisions
from boardbot.parsing.document import build, load
from boardbot.parsing.metadata import detect
from boardbot.parsing.pdf_reader import PypdfReader
from conftest import REAL_PAPERS

KENT = REAL_PAPERS / "kent"
SIGNED = KENT / "full_council-2025-03-13--Appendix 4 - 24-00093 Record of Decision.pdf"
PROPOSED = KENT / "cabinet-2025-01-30--24-00109 - Appendix A - PROD.pdf"
needs_kent = pytest.mark.skipif(not (SIGNED.exists() and PROPOSED.exists()), reason="Kent papers absent")


def _records(path: Path) -> list:
    return extract_decisions(load(path, PypdfReader()))


@needs_kent
def test_signed_record_gives_each_paragraph_its_own_row_dated_by_the_signature() -> None:
    rows = _records(SIGNED)
    assert [r.text.split()[0] for r in rows] == ["APPROVE", "DELEGATE", "DELEGATE", "DELEGATE"]
    assert [r.form for r in rows] == ["approval", "delegation", "delegation", "delegation"]
    assert {r.outcome for r in rows} <= {"approved", "agreed"}
    # the pack it came in is dated 13 March 2025; the decision was signed on 17/1/2025
    assert {r.meeting_date for r in rows} == {"2025-01-17"}
    assert all(r.page == 1 and r.lead_in.startswith("As Cabinet Member") for r in rows)
    assert "explore the option" in rows[2].text and "Reason" not in " ".join(r.text for r in rows)


@needs_kent
def test_proposed_record_reads_capital_letter_items_and_skips_the_title_line() -> None:
    rows = _records(PROPOSED)
    assert len(rows) == 2, [r.text for r in rows]
    assert rows[0].text.startswith("Agree to TRANSFER the statutory functions")
    assert rows[1].text.startswith("DELEGATE authority to the Corporate Director of Adult Social Care")
    assert {r.outcome for r in rows} == {"proposed"}  # not yet taken: no date of its own
    assert all(r.lead_in == "Cabinet is asked to:" for r in rows)


def test_a_lead_in_without_recognisable_items_is_kept_whole() -> None:
    text = ("KENT COUNTY COUNCIL – RECORD OF DECISION\n\nDecision:\nCabinet agree to:\n\n"
            "the Commissioning Plan for Education Provision\nin Kent 2025-29 as set out in the report\n\n"
            "Reason(s) for decision:\nThe plan is a statutory duty.\n")
    (row,) = extract_decisions(build(detect("cabinet-2025-01-30--24-00096 - PRoD.pdf", [text]), [text]))
    assert row.text.startswith("Cabinet agree to:") and row.text.endswith("as set out in the report")
    assert row.outcome == "proposed"
