"""What a paper is, read from its own first pages: kind, title, meeting body and meeting date.

Real first pages of papers boardbot was not built on (the Kent archive and the West
Sussex papers in ../shared/real-papers/); the file names are replaced by neutral ones
wherever the point is that the text, not the name, carries the answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from boardbot.parsing.metadata import apply_manifest, detect
from conftest import REAL_PAPERS

KENT = REAL_PAPERS / "kent"


def first_pages(path: Path, n: int = 3) -> list[str]:
    reader = PdfReader(path)
    return [reader.pages[i].extract_text() or "" for i in range(min(n, len(reader.pages)))]


def meta_of(path: Path, name: str = "upload.pdf"):
    return detect(name, first_pages(path))


def test_cover_title_not_the_web_address() -> None:
    m = meta_of(REAL_PAPERS / "wsx-drug-alcohol-partnership-report-2024-10.pdf")
    assert m.title == "West Sussex Drug and Alcohol Partnership Annual Progress Report, October 2024"
    assert m.doc_type == "report"
    assert m.date == "2024-10"


def test_cabinet_minutes_from_their_heading() -> None:
    m = meta_of(KENT / "cabinet-2025-01-30--Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf")
    # "KENT COUNTY COUNCIL" heads the page, but the meeting is the Cabinet's
    assert (m.doc_type, m.board, m.date) == ("minutes", "Cabinet", "2025-01-30")


def test_reissued_minutes_belong_to_the_meeting_they_record() -> None:
    # the 13 February minutes, re-issued in the 13 March pack, are 13 February business
    m = detect("full_council-2025-03-13--Minutes of Previous Meeting.pdf",
               first_pages(KENT / "full_council-2025-03-13--Minutes of Previous Meeting.pdf"))
    assert (m.doc_type, m.board, m.date) == ("minutes", "County Council", "2025-02-13")


def test_cover_sheet_names_meeting_date_and_subject() -> None:
    m = meta_of(KENT / "full_council-2025-03-13--JHOSC ToR - report to full Council.pdf")
    assert m.board == "County Council" and m.date == "2025-03-13"
    assert m.title.startswith("Kent and Medway NHS Joint Overview and Scrutiny Committee (JHOSC) Terms of Reference")


@pytest.mark.parametrize(("file", "kind", "board", "date"), [
    ("cabinet-2025-01-30--24-00096 - PRoD.pdf", "record of decision", "Cabinet", "2025-01-30"),
    ("cabinet-2025-03-04--Agenda frontsheet 04th-Mar-2025 10.00 Cabinet.pdf", "agenda pack", "Cabinet", "2025-03-04"),
    ("full_council-2025-03-13--Questions put and answers given - March 2025.pdf", "questions and answers",
     "County Council", "2025-03-13"),
    ("cabinet-2025-01-30--Appendix G - Reserves Policy.pdf", "appendix", None, None),
])
def test_kind_body_and_date(file: str, kind: str, board: str | None, date: str | None) -> None:
    m = meta_of(KENT / file, file)  # a proposed decision's text gives no meeting date: its pack's name does
    assert m.doc_type == kind
    if board is not None:
        assert m.board == board
    if date is not None:
        assert m.date == date


def test_agenda_date_is_its_own_meeting_not_the_minutes_it_lists() -> None:
    # the front sheet lists "Minutes of the meeting held on 9 January 2025" as an item
    m = meta_of(KENT / "cabinet-2025-01-30--Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf")
    assert m.date == "2025-01-30"


def test_record_of_decision_title_is_its_subject() -> None:
    m = meta_of(KENT / "cabinet-2025-01-30--24-00096 - PRoD.pdf")
    assert m.title == "Commissioning Plan for Education Provision in Kent 2025-29"


def test_manifest_still_overrides() -> None:
    m = meta_of(REAL_PAPERS / "wsx-drug-alcohol-partnership-report-2024-10.pdf")
    m2 = apply_manifest(m, {"file": "upload.pdf", "title": "Clerk's title", "meeting": "Health and Wellbeing Board"})
    assert (m2.title, m2.board, m2.doc_type) == ("Clerk's title", "Health and Wellbeing Board", "report")


@pytest.mark.parametrize(("text", "organisation"), [
    ("This Plan was adopted by County Council in July 2020 and is now under review.", ""),
    ("Report to Kent County Council\nAdoption of the Kent Minerals and Waste Local Plan", "Kent County Council"),
    ("KENT COUNTY COUNCIL - RECORD OF DECISION", "KENT COUNTY COUNCIL"),
    ("Cambridgeshire County Council and Peterborough City Council", "Cambridgeshire County Council"),
    # a date before the meeting's body is not part of a council's name
    ("Governance Update Appendix 1 – County Council 13 March 2025 County Council", ""),
])
def test_organisation_is_a_name_not_a_sentence(text: str, organisation: str) -> None:
    assert detect("full_council-2025-03-13--Report.pdf", [text]).organisation == organisation


@pytest.mark.parametrize(("first", "board", "date"), [
    # a heading names the body, with the meeting's date; "held on" further down may be another meeting's
    ("HOUSING PANEL – 4 June 2024\nMINUTES of the meeting held in the Blue Room.\n"
     "PRESENT: A Smith (Chair) ALSO PRESENT: B Jones, Cabinet Member for Housing\n"
     "1. Minutes of the meeting held on 5 March 2024", "Housing Panel", "2024-06-04"),
    ("AVON COUNTY COUNCIL\nAUDIT AND GOVERNANCE COMMITTEE\nMINUTES of the meeting held on 18 March 2025 at County Hall",
     "Audit and Governance Committee", "2025-03-18"),
    ("Primary Care Commissioning Sub-Committee\nMinutes of the meeting held on Tuesday 3 June 2025",
     "Primary Care Commissioning Sub-Committee", "2025-06-03"),
    # a wrapped sentence is no heading: "... supported by Avon County" / "Council"
    ("Avon Libraries\nlibrary services supported by Avon County\nCouncil\nMinutes of the meeting held on 27th October 2016",
     "", "2016-10-27"),
])
def test_minutes_body_from_a_heading_line(first: str, board: str, date: str) -> None:
    m = detect("upload.pdf", [first])
    assert (m.doc_type, m.board, m.date) == ("minutes", board, date)


def test_a_minutes_extract_belongs_to_the_body_and_meeting_its_heading_names() -> None:
    first = ("Governance Update Appendix 1 – County Council 13 March 2025\n\n"
             "Minutes excerpt from Selection and Member Services Committee – 13 \nDecember 2024\n\n"
             "Item 6 – Governance Working Party Updates\n1. The paper was presented by the Chair.")
    m = detect("full_council-2025-03-13--Appendix 1 - Selection and Member Services recommendations.pdf", [first])
    assert (m.doc_type, m.board, m.date) == ("minutes", "Selection and Member Services Committee", "2024-12-13")


def test_an_extract_after_a_covering_note_is_dated_by_its_own_heading() -> None:
    # the note's "its meeting on 30 January 2025" is when the full minutes go for approval, not the meeting
    note = ("Oakshire County Council – Meeting of the County Council – 12 December 2024   Agenda Item 6(b)\n"
            "REPORTS OF COMMITTEES\nAgenda Item 6(b) – Audit and Governance Committee\n"
            "1. The Audit and Governance Committee met on 21 November 2024. The relevant extract from the\n"
            "minutes of that meeting is set out below. The full minutes will be submitted to the\n"
            "Committee for approval at its meeting on 30 January 2025.\n"
            "2. The County Council is asked to note the extract.\nContact officer: Helen Varley\n")
    heading = ("EXTRACT FROM THE MINUTES OF THE MEETING OF THE AUDIT AND GOVERNANCE COMMITTEE\n"
               "HELD AT SHIRE HALL, OAKHAMPTON, ON THURSDAY 21 NOVEMBER 2024 AT 2.00 PM\n"
               "Present: Councillor Roger Thewlis (Chairman)\n52. REVIEW OF THE CONTRACT PROCEDURE RULES\n")
    m = detect("oakshire-2024-12-12-item-6b.pdf", [note + "\n" * 4 + heading])
    assert (m.doc_type, m.board, m.date) == ("minutes", "Audit and Governance Committee", "2024-11-21")
    # a list further down that names an extract is no extract's heading
    listed = note.replace("REPORTS OF COMMITTEES", "AGENDA") + "\n" * 4 + "7. Extract from the minutes of the Audit Committee\n"
    assert detect("agenda.pdf", [listed]).board != "Audit Committee"


def test_minutes_dated_after_the_meeting_they_went_to_have_a_misprinted_year() -> None:
    # received on 13 March 2025, so "13 December 2025" can only be December 2024
    first = "Extract from the minutes of the Audit Committee held on 13 December 2025\n1. RESOLVED that ..."
    m = detect("full_council-2025-03-13--Appendix 2.pdf", [first])
    assert (m.board, m.date) == ("Audit Committee", "2024-12-13")
    # ... a date before it stands as printed
    assert detect("full_council-2025-03-13--Appendix 2.pdf", [first.replace("2025", "2024")]).date == "2024-12-13"


def test_the_minutes_date_beside_a_heading_gives_way_to_the_papers_own_when_it_is_the_packs() -> None:
    from boardbot.parsing.metadata import minutes_date
    from boardbot.records import DocMeta

    meta = DocMeta(file="full_council-2025-03-13--Appendix 1.pdf", title="", date="2024-12-13", doc_type="minutes")
    assert minutes_date("2025-03-13", meta) == "2024-12-13"  # the appendix's running head
    assert minutes_date("2024-11-01", meta) == "2024-11-01"  # a date of its own
    assert minutes_date("", meta) == "2024-12-13"
