"""Hostile input: every kind is refused or handled with a clear message, and the index is left as it was.

The hostile PDFs are generated here (small on disk): thousands of pages, a
page with megabytes of text, looping and deeply nested objects, a
decompression bomb whose parse would run for minutes (a real stuck parse,
stopped by the per-file time budget), hostile upload names and an upload over
the size limit. Each runs through the real ingest (worker processes, Chroma,
embedding) or the app's own upload function.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from conftest import BLACKBURN, raw_pdf

pytestmark = pytest.mark.slow  # hostile files through the real ingest and app

# --- hostile PDF generators ----------------------------------------------------------


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 12 Tf 50 700 Td (The board approved the plan for community care services.) Tj ET"
_PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>"
_DEEP = 100_000

LOOPING_AND_NESTED = {
    # a /Pages node that lists itself among its /Kids
    "kids-cycle.pdf": [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
                       _PAGE + b" >>", _stream(_TEXT), _FONT],
    # two /Pages nodes that are each other's only kid
    "kids-loop.pdf": [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                      b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>"],
    # 100,000 nested arrays in the page dictionary
    "nested-array.pdf": [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                         _PAGE + b" /Junk " + b"[" * _DEEP + b"]" * _DEEP + b" >>", _stream(_TEXT), _FONT],
    # 100,000 nested arrays in the content stream
    "nested-content.pdf": [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                           _PAGE + b" >>", _stream(_TEXT + b"\n" + b"[" * _DEEP + b"]" * _DEEP + b" TJ"), _FONT],
    # /Contents and /Resources that are references to themselves / each other
    "self-reference.pdf": [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources 6 0 R >>",
                           b"4 0 R", _FONT, b"7 0 R", b"6 0 R"],
}


def text_pdf(path: Path, pages: list[list[str]]) -> Path:
    """One Helvetica text line per Tj; content streams Flate-compressed (a bomb stays small)."""
    w = PdfWriter()
    font = w._add_object(DictionaryObject({  # noqa: SLF001 - pypdf has no public add-object API
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
    }))
    for lines in pages:
        page = w.add_blank_page(612, 792)
        ops = ["BT /F1 10 Tf 12 TL 50 750 Td"]
        ops += ["(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for ln in lines]
        ops.append("ET")
        content = DecodedStreamObject()
        content.set_data("\n".join(ops).encode("latin-1"))
        page[NameObject("/Contents")] = w._add_object(content.flate_encode(level=9))  # noqa: SLF001
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    with path.open("wb") as fh:
        w.write(fh)
    return path


SMALL_TEXT = [[
    "Northfield Health and Wellbeing Board, 4 March 2025.",
    "Minute 12: the Board approved the winter resilience plan for adult social care.",
    "The Board noted that the falls prevention service had reached 1,240 residents.",
]]


BASE_TEXT = [
    ["Eastmoor Integrated Care Board, minutes of the meeting held on 6 November 2024.",
     "Item 4: the Board resolved to approve the primary care access recovery plan.",
     "Item 5: the Chief Finance Officer reported a year-to-date deficit of 3.2 million pounds."],
    ["Item 6: the Board noted the urgent and emergency care performance report.",
     "Action: the Director of Nursing to report on infection prevention in January 2025."],
]


# --- fixtures ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """An index holding one small paper that every hostile file must leave alone."""
    from boardbot.assistant import Assistant
    from boardbot.config import Settings

    root = tmp_path_factory.mktemp("hostile")
    paper = text_pdf(root / "eastmoor-icb-board-2024-11-06-minutes.pdf", BASE_TEXT)
    a = Assistant(settings=Settings(index_dir=root / "index"))
    report = a.ingest([paper], progress=False)
    assert not report.failed, report.failed
    return a


def snapshot(a: Any) -> dict[str, Any]:
    cat = a.index.catalog
    files = [(f.file, f.sha256, f.status, f.chunks) for f in cat.files(complete_only=False)]
    return {"files": files, "chunks": cat.count_chunks(), "vectors": a.index.vectors.collection.count(),
            "decisions": a.index.hooks[0].count() if a.index.hooks else 0}


def ingester(a: Any, **settings: Any) -> Any:
    """An Ingester over the same index with some limits changed for this test."""
    from boardbot.ingest.pipeline import Ingester
    from boardbot.store.index import Index

    index = Index(a.settings.replace(**settings), embedder=a.index.embedder)
    return Ingester(index)


def one(report: Any, name: str) -> Any:
    [r] = [r for r in report.results if r.file == name]
    return r


# --- tests -------------------------------------------------------------------------


def test_looping_and_deeply_nested_objects_are_refused(base: Any, tmp_path: Path) -> None:
    before = snapshot(base)
    for name, objects in LOOPING_AND_NESTED.items():
        (tmp_path / name).write_bytes(raw_pdf(objects))
    t = time.perf_counter()
    report = base.ingest([tmp_path], progress=False)
    assert time.perf_counter() - t < 60
    for name in LOOPING_AND_NESTED:
        r = one(report, name)
        assert r.status == "failed", (name, r)
        assert "corrupt" in r.reason or "cyclic" in r.reason, (name, r.reason)
    assert "cyclic page references" in one(report, "kids-cycle.pdf").reason
    assert snapshot(base) == before


def test_stuck_parse_is_killed_at_its_time_budget_and_the_run_goes_on(base: Any, tmp_path: Path) -> None:
    # ~30 MB of text operators behind a ~100 KB Flate stream: pypdf needs minutes for it.
    text_pdf(tmp_path / "a-bomb.pdf", [["The board agreed the budget."] * 1_000_000])
    assert (tmp_path / "a-bomb.pdf").stat().st_size < 300_000
    text_pdf(tmp_path / "b-northfield-hwb-2025-03-04.pdf", SMALL_TEXT)
    before = snapshot(base)
    ing = ingester(base, parse_timeout_s=6.0, parse_workers=1)  # one worker: the good file waits behind the bomb
    t = time.perf_counter()
    report = ing.run([tmp_path], progress=False)
    elapsed = time.perf_counter() - t
    bomb = one(report, "a-bomb.pdf")
    assert bomb.status == "failed"
    assert bomb.reason == "took longer than 6s to parse; abandoned"
    good = one(report, "b-northfield-hwb-2025-03-04.pdf")
    assert good.status == "added" and good.chunks >= 1, good
    assert elapsed < 90, f"ingest took {elapsed:.0f}s: the stuck worker was waited for"
    assert not multiprocessing.active_children(), "a parse worker outlived the run"
    hits = base.search("falls prevention service residents", k=3)
    assert hits and hits[0].file == good.file
    assert base.remove(good.file)
    assert snapshot(base) == before


def test_a_parse_worker_killed_mid_run_costs_only_its_own_file(base: Any, tmp_path: Path) -> None:
    """What the kernel's OOM killer would do: kill -9 the worker parsing a hostile file, twice."""
    text_pdf(tmp_path / "a-bomb.pdf", [["The board agreed the budget."] * 1_000_000])
    text_pdf(tmp_path / "b-northfield-hwb-2025-03-04.pdf", SMALL_TEXT)
    before = snapshot(base)
    killed: list[int] = []

    def killer() -> None:  # kill each of the first two workers a second after it appears
        seen: dict[int, float] = {}
        deadline = time.monotonic() + 180
        while len(killed) < 2 and time.monotonic() < deadline:
            for proc in multiprocessing.active_children():
                if proc.pid and proc.pid not in killed and proc.is_alive():
                    seen.setdefault(proc.pid, time.monotonic())
                    if time.monotonic() - seen[proc.pid] > 1.0:
                        os.kill(proc.pid, signal.SIGKILL)
                        killed.append(proc.pid)
            time.sleep(0.05)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    report = ingester(base, parse_timeout_s=300.0, parse_workers=1).run([tmp_path], progress=False)
    thread.join(timeout=5)
    assert len(killed) == 2
    bomb = one(report, "a-bomb.pdf")
    assert bomb.status == "failed" and bomb.reason == "the parser process died on this file (out of memory?)"
    good = one(report, "b-northfield-hwb-2025-03-04.pdf")
    assert good.status == "added", good  # in flight with the bomb when the first worker died: retried alone
    assert not multiprocessing.active_children()
    assert base.remove(good.file)
    assert snapshot(base) == before


def test_page_with_megabytes_of_text_is_truncated_and_indexed(base: Any, tmp_path: Path,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    line = ("Item 7: the committee reviewed the integrated care budget and the community health "
            "services contract, and asked for a further report on waiting times. ") * 7
    pdf = text_pdf(tmp_path / "megapage.pdf", [[line[:1000]] * 2000])  # one page, ~2 MB of text
    assert pdf.stat().st_size < 100_000
    before = snapshot(base)
    caplog.set_level(logging.WARNING, logger="boardbot")
    report = ingester(base, max_page_chars=20_000).run([pdf], progress=False)
    r = one(report, "megapage.pdf")
    assert r.status == "added" and r.pages == 1, r
    # the warning comes from the parse worker and is re-logged here, in the caller's log
    assert any("megapage.pdf: page 1 has" in m and "truncated" in m for m in caplog.messages), caplog.messages
    rows = base.index.catalog.db.execute("SELECT max(char_end) FROM chunks WHERE file=?", ("megapage.pdf",)).fetchone()
    assert rows[0] <= 20_000
    assert base.remove("megapage.pdf")
    assert snapshot(base) == before


def test_document_text_budget_stops_extraction_early(tmp_path: Path) -> None:
    """Many pages just under the per-page limit add up: the reader stops at the per-document budget."""
    from boardbot.errors import UnreadablePDFError
    from boardbot.parsing.pdf_reader import PypdfReader

    pdf = text_pdf(tmp_path / "wordy.pdf", [["The board noted the report on community services. " * 19] * 20] * 40)
    reader = PypdfReader(max_page_chars=50_000, max_doc_chars=60_000)
    t = time.perf_counter()
    with pytest.raises(UnreadablePDFError, match=r"^wordy.pdf: too much text \(over 60,000 characters by page 4\)$"):
        reader.read(pdf)
    assert time.perf_counter() - t < 30
    assert len(PypdfReader().read(pdf)) == 40  # the defaults accept it


def test_hostile_file_names_are_sanitised() -> None:
    from boardbot.ui.service import MAX_NAME, sanitise_filename

    cases = {
        "../../etc/passwd.pdf": "passwd.pdf",
        "..\\..\\windows\\system32\\board.pdf": "board.pdf",
        "/abs/path/.hidden.pdf": "hidden.pdf",
        "minutes\x00\x07\n\r\t2024.pdf": "minutes2024.pdf",
        "board\u202epdf.exe": "boardpdf.exe.pdf",  # right-to-left override removed, still a .pdf
        "": "upload.pdf",
        "....pdf": "upload.pdf",
        "a;rm -rf ~;b.PDF": "a_rm -rf _b.pdf",
    }
    for raw, want in cases.items():
        assert sanitise_filename(raw) == want, raw
    long = sanitise_filename("x" * 5000 + ".pdf")
    assert len(long) <= MAX_NAME and long.endswith(".pdf")


@pytest.fixture()
def service(base: Any) -> Any:
    from boardbot.ui.service import Service

    return Service(base.settings.replace(max_upload_mb=1), assistant=base)


def uploads_dir(svc: Any) -> Path:
    from boardbot.ui.pages import UPLOADS

    return svc.settings.index_dir / UPLOADS


def test_upload_with_control_characters_and_separators_in_its_name(service: Any, tmp_path: Path) -> None:
    evil = "..\\minutes\n\x1b[31m2025\x01.pdf"  # '/' cannot be in a Linux file name; '\\' and controls can
    src = text_pdf(tmp_path / evil, SMALL_TEXT)
    before = snapshot(service.assistant)
    [res] = service.upload([src], user=None)
    assert res.status == "added", res
    assert res.file == "minutes_31m2025.pdf"
    stored = uploads_dir(service) / res.file
    assert stored.is_file() and stored.resolve().parent == uploads_dir(service).resolve()
    assert service.assistant.index.catalog.file(res.file).status == "complete"
    assert service.remove(res.file, user=None) == f"Removed {res.file}."
    assert not stored.exists()
    assert snapshot(service.assistant) == before


def test_upload_over_the_size_limit_is_refused(service: Any, tmp_path: Path) -> None:
    big = tmp_path / "huge-agenda-pack.pdf"
    shutil.copy(BLACKBURN, big)
    with big.open("ab") as fh:  # still a PDF (trailing bytes are ignored by readers), just too big
        fh.write(b"%" + b"0" * 1_200_000 + b"\n")
    before = snapshot(service.assistant)
    [res] = service.upload([big], user=None)
    assert res.status == "failed"
    assert res.reason.startswith("too large (1.") and "the limit is 1 MB" in res.reason, res.reason
    assert not (uploads_dir(service) / res.file).exists()
    assert snapshot(service.assistant) == before


def test_upload_of_thousands_of_pages_is_refused(service: Any, tmp_path: Path) -> None:
    w = PdfWriter()
    for _ in range(6000):
        w.add_blank_page(612, 792)
    pdf = tmp_path / "six-thousand-pages.pdf"
    w.write(pdf)
    assert pdf.stat().st_size < 1_000_000  # under the 1 MB upload limit: the page limit must catch it
    before = snapshot(service.assistant)
    [res] = service.upload([pdf], user=None)
    assert res.status == "failed"
    assert res.reason == "too many pages (6000 > limit 5000)", res.reason
    assert not (uploads_dir(service) / res.file).exists()
    assert snapshot(service.assistant) == before
