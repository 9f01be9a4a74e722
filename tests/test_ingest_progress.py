"""Per-file ingest progress and who added each paper, through the real pipeline."""

from __future__ import annotations

import getpass
import shutil
from pathlib import Path

import pytest

from boardbot.assistant import Assistant
from boardbot.cli.main import main as cli
from boardbot.ingest.progress import FileProgress, Progress
from conftest import BLACKBURN, LSC, make_settings


def test_progress_reports_copies_in_order_and_ignores_late_ocr_pages() -> None:
    heard: list[FileProgress] = []
    p = Progress(heard.append)
    p.update("a.pdf", "waiting")
    p.update("a.pdf", "parsing")
    p.update("a.pdf", more_pages=1)  # a page read by OCR
    p.update("a.pdf", more_pages=1)
    p.update("a.pdf", "embedding", pages=5)
    p.update("a.pdf", embedded=3)
    p.update("a.pdf", embedded=2)  # never goes back
    p.finished("a.pdf", "added", 5)
    p.update("a.pdf", more_pages=1)  # after the outcome: not reported
    assert [(e.state, e.pages, e.embedded) for e in heard] == [
        ("waiting", 0, 0), ("parsing", 0, 0), ("parsing", 1, 0), ("parsing", 2, 0), ("embedding", 5, 0), ("embedding", 5, 3),
        ("embedding", 5, 3), ("added", 5, 5)]
    heard[0].state = "changed by the listener"
    p.finished("b.pdf", "failed", 0, "not a PDF")
    assert (heard[-1].file, heard[-1].state, heard[-1].embedded, heard[-1].reason) == ("b.pdf", "failed", 0,
                                                                                       "not a PDF")
    Progress(None).update("a.pdf", "waiting")  # no listener: nothing to do


@pytest.mark.slow  # builds its own index
def test_ingest_records_who_added_and_reports_pages(tmp_path: Path) -> None:
    index = tmp_path / "index"
    src = tmp_path / "papers"
    src.mkdir()
    shutil.copy(BLACKBURN, src / BLACKBURN.name)
    assert cli(["ingest", str(src), "--index", str(index), "--quiet"]) == 0
    a = Assistant(settings=make_settings(index))
    assert a.paper(BLACKBURN.name).added_by == f"cli:{getpass.getuser()}"

    heard: list[FileProgress] = []
    report = a.ingest([LSC], progress=False, added_by="carol", on_event=heard.append)
    assert [r.status for r in report.results] == ["added"]
    rec = a.paper(LSC.name)
    assert rec.added_by == "carol" and rec.pages == 18
    states = [e.state for e in heard]
    assert states[0] == "waiting" and states[-1] == "added"
    assert states.index("parsing") < states.index("embedding")
    embedding = [e for e in heard if e.state == "embedding"]
    assert embedding[0].pages == 18 and embedding[0].embedded == 0
    assert 0 < embedding[-1].embedded <= 18  # heard slice by slice as passages were embedded
    assert (heard[-1].pages, heard[-1].embedded) == (18, 18)
    assert a.ingest([LSC], progress=False, added_by="dave").results[0].status == "unchanged"
    assert a.paper(LSC.name).added_by == "carol"  # an unchanged file keeps who added it
