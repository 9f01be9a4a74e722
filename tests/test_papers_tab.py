"""The Papers tab's pure parts: the list's rows and search rule, the progress table, the confirmation."""

from __future__ import annotations

import re
import time

from boardbot.access import ADMIN, EDITOR, READER
from boardbot.ingest.progress import FileProgress
from boardbot.store.catalog import FileRecord
from boardbot.ui.papers_tab import (
    COLUMNS,
    added_text,
    confirm_text,
    list_html,
    matches,
    paper_cells,
    permissions,
    progress_html,
    progress_rows,
    search_text,
)
from boardbot.ui.uploads import UploadResult


def rec(file: str, title: str = "", board: str = "", organisation: str = "", doc_type: str = "",
        added_by: str = "", **kw) -> FileRecord:
    base = dict(sha256="0" * 64, size=1, date="2023-11-08", visibility="public", pages=18, chunks=40,
                status="complete", indexed_at=time.mktime((2024, 5, 2, 9, 30, 0, 0, 0, -1)), source_path="")
    base.update(kw)
    return FileRecord(file=file, title=title, organisation=organisation, board=board, doc_type=doc_type,
                      added_by=added_by, **base)


LSC = rec("lsc-icb-board-2023-11-08-place-integration-deal-progress.pdf",
          "Place Integration Deal: Progress on Areas of Delivery", "ICB Board",
          "Lancashire and South Cumbria ICB", "report", "carol")
HARINGEY = rec("haringey-islington-hwb-2019-03-06-agenda-pack.pdf", "Joint Sub-Committee agenda", "",
               "Haringey Council", "agenda", pages=28, chunks=90, visibility="members")


def test_cells_follow_the_columns() -> None:
    assert dict(zip(COLUMNS, paper_cells(LSC), strict=True)) == {
        "Title": "Place Integration Deal: Progress on Areas of Delivery", "Body": "ICB Board", "Kind": "report",
        "Meeting date": "2023-11-08", "Pages": "18", "Passages": "40", "Visibility": "public",
        "Added by": "carol", "Added": "2024-05-02 09:30"}
    cells = dict(zip(COLUMNS, paper_cells(HARINGEY), strict=True))
    assert cells["Body"] == "Haringey Council"  # no board: the organisation
    assert cells["Added by"] == "—"  # not recorded (indexed before the column, or at first start)
    assert added_text(rec("x.pdf", indexed_at=0)) == ""
    assert paper_cells(rec("untitled.pdf"))[0] == "untitled.pdf"


def test_search_looks_in_title_body_kind_and_file_with_every_word() -> None:
    assert "lancashire" in search_text(LSC) and "icb board" in search_text(LSC) and "report" in search_text(LSC)
    assert matches(LSC, "") and matches(LSC, "  ")
    assert matches(LSC, "Integration lancashire")
    assert matches(LSC, "2023-11-08-place")  # the file name
    assert matches(HARINGEY, "AGENDA")
    assert not matches(LSC, "integration haringey")  # every word must occur
    assert not matches(LSC, "carol")  # who added it is shown, not searched
    assert [r.file for r in (LSC, HARINGEY) if matches(r, "agenda")] == [HARINGEY.file]


def test_list_html_has_every_paper_and_column_and_is_inert() -> None:
    hostile = rec("evil.pdf", '<img src=x onerror=alert(1)> ${x} {{y}}', "B&B board")
    html = list_html([LSC, HARINGEY, hostile])
    assert [m for m in re.findall(r"<th[^>]*>([^<]*)</th>", html)] == list(COLUMNS)
    assert len(re.findall(r"<tr data-file=", html)) == 3
    assert f'data-file="{LSC.file}"' in html and f'data-search="{search_text(LSC)}"' in html
    assert "3 papers" in html and "max-height" not in html  # the height comes from the component's CSS
    assert "<img" not in html and "${" not in html and "{{" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "B&amp;B board" in html
    assert 'href="boardbot/pdf/evil.pdf#page=1"' in html
    assert "No papers" in list_html([])
    assert "1 paper<" in list_html([LSC])


def test_progress_rows_follow_events_then_outcomes() -> None:
    events = {"a.pdf": FileProgress("a.pdf", "embedding", pages=18, embedded=7),
              "b.pdf": FileProgress("b.pdf", "parsing", pages=0)}
    assert progress_rows(events) == [["a.pdf", "18", "7", "embedding"], ["b.pdf", "0", "0", "parsing"]]
    done = dict(events, **{"a.pdf": FileProgress("a.pdf", "added", pages=18, embedded=18)})
    results = [UploadResult("a.pdf", "a.pdf", "added", pages=18, chunks=40),
               UploadResult("b.pdf", "b.pdf", "failed", "could not parse"),
               UploadResult("x.txt", "x.pdf", "failed", "not a PDF (the file does not start with %PDF-)"),
               UploadResult("same.pdf", "same.pdf", "unchanged", pages=3)]
    assert progress_rows(done, results) == [
        ["a.pdf", "18", "18", "added"], ["b.pdf", "0", "0", "failed: could not parse"],
        ["x.pdf", "0", "0", "failed: not a PDF (the file does not start with %PDF-)"],
        ["same.pdf", "3", "3", "unchanged"]]
    html = progress_html(progress_rows(done, results))
    assert html.count("<tr>") == 5 and "Pages embedded" in html
    assert progress_html([]) == ""


def test_confirmation_names_the_paper() -> None:
    text = confirm_text(LSC)
    assert text.startswith("**Remove Place Integration Deal: Progress on Areas of Delivery?**")
    assert "This deletes it from the index." in text and LSC.file.replace("-", "\\-") in text
    assert confirm_text(rec("untitled.pdf")) == "**Remove untitled.pdf?** This deletes it from the index."


def test_controls_follow_the_service_roles() -> None:
    assert permissions(READER) == (False, False)
    assert permissions(EDITOR) == (True, False)  # editors upload; only admins remove (Service.remove)
    assert permissions(ADMIN) == (True, True)
