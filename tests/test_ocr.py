"""OCR of pages without a text layer: real Tesseract, real scanned and mixed PDFs, real index."""

from __future__ import annotations

import io
import json
import logging
import shutil
from pathlib import Path

import numpy as np
import pypdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from boardbot.assistant import Assistant
from boardbot.cli.main import main as cli
from boardbot.config import Settings
from boardbot.errors import UnreadablePDFError
from boardbot.ingest.worker import ocr_settings, parse
from boardbot.parsing.ocr import OCRSettings, PageOCR
from boardbot.parsing.pdf_reader import PypdfReader
from conftest import AWKWARD, BLACKBURN, make_settings

SCANNED = AWKWARD / "scanned-no-text-layer.pdf"
MIXED = "blackburn-mixed-scan.pdf"
# Blackburn page 3 alone says who won the pooled-funding review: "The contract was awarded to 31ten Consulting."
CONSULTANCY_Q = "Which consultancy won the contract to review pooled health and social care funding across Lancashire and South Cumbria?"


def _image_page(image: Image.Image, dpi: int) -> pypdf.PageObject:
    """A PDF page holding nothing but ``image`` (no text layer), as a scanner makes."""
    buf = io.BytesIO()
    image.convert("RGB").save(buf, "PDF", resolution=dpi)
    buf.seek(0)
    return pypdf.PdfReader(buf).pages[0]


def _scan(page_index: int, dpi: int = 200) -> Image.Image:
    pdf = pdfium.PdfDocument(str(BLACKBURN))
    try:
        return pdf[page_index].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        pdf.close()


def _mixed_pdf(target: Path, extra: bool = False) -> Path:
    """Blackburn pages 1, 2 and 4 with their text layers; page 3 only as a scanned image.

    With ``extra``: page 5 the same scan turned sideways, page 6 a photo-like picture, page 7 a scan of
    blank paper, page 8 an empty page (no text, no image).
    """
    src = pypdf.PdfReader(str(BLACKBURN))
    scan = _scan(2)
    w = pypdf.PdfWriter()
    w.add_page(src.pages[0])
    w.add_page(src.pages[1])
    w.add_page(_image_page(scan, 200))
    w.add_page(src.pages[3])
    if extra:
        w.add_page(_image_page(scan.rotate(90, expand=True), 200))
        yy, xx = np.mgrid[0:1100, 0:850]
        noise = np.random.default_rng(0).normal(0, 25, xx.shape)
        photo = (127 + 60 * np.sin(xx / 40.0) * np.cos(yy / 55.0) + noise).clip(0, 255).astype("uint8")
        w.add_page(_image_page(Image.fromarray(photo), 100))
        w.add_page(_image_page(Image.new("L", (850, 1100), 250), 100))
        w.add_blank_page(612, 792)
    target.parent.mkdir(parents=True, exist_ok=True)
    w.write(target)
    return target


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.slow  # real Tesseract OCR of rendered pages
def test_reader_ocrs_only_pages_without_text_turns_sideways_pages_and_skips_unreadable(tmp_path: Path,
                                                                                     caplog) -> None:
    pdf = _mixed_pdf(tmp_path / "mixed.pdf", extra=True)
    cache = tmp_path / "ocr-cache"
    reader = PypdfReader(ocr=PageOCR(OCRSettings(cache_dir=str(cache))))
    with caplog.at_level(logging.WARNING, logger="boardbot"):
        pages = reader.read(pdf)
    assert len(pages) == 8
    assert sorted(pages.ocr) == [3, 5]  # text pages keep pypdf's text; the photo and the blank page are skipped
    plain = PypdfReader().read(BLACKBURN)
    assert pages[0] == plain[0] and pages[1] == plain[1] and pages[3] == plain[3]
    assert "The contract was awarded to 31ten Consulting." in _squash(pages[2])
    assert pages.ocr[3].rotation == 0 and pages.ocr[3].confidence > 85
    # the sideways scan was turned upright by orientation detection and reads the same
    assert pages.ocr[5].rotation == 270 and "31ten Consulting" in _squash(pages[4])
    # word boxes are in the frame of the page as rendered: the sideways word's box is the upright one turned
    up = next(w for w in pages.ocr[3].words if w.text == "31ten")
    side = next(w for w in pages.ocr[5].words if w.text == "31ten")
    x0, y0, x1, y1 = up.box
    assert side.box == pytest.approx((y0, 1 - x1, y1, 1 - x0), abs=0.01)
    assert pages[2][up.offset:].startswith("31ten")
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(m.startswith("mixed.pdf: page 6 ") and "could not read" in m for m in warned), warned
    assert any(m.startswith("mixed.pdf: page 7 ") and "blank" in m for m in warned), warned
    assert not any("page 8" in m for m in warned)  # an empty page of a text PDF was never worth a warning
    # cached by page image: a second read runs no OCR (no cache file is rewritten)
    files = {p: p.stat().st_mtime_ns for p in cache.rglob("*.json")}
    assert len(files) == 3  # pages 3, 5 and the photo's (unreadable) result
    again = reader.read(pdf)
    assert list(again) == list(pages)
    assert {p: p.stat().st_mtime_ns for p in cache.rglob("*.json")} == files


@pytest.mark.slow  # real Tesseract OCR of rendered pages
def test_page_time_limit_skips_the_page_and_keeps_the_rest(tmp_path: Path, caplog) -> None:
    pdf = _mixed_pdf(tmp_path / "mixed.pdf")
    reader = PypdfReader(ocr=PageOCR(OCRSettings(page_timeout_s=0.01)))
    with caplog.at_level(logging.WARNING, logger="boardbot"):
        pages = reader.read(pdf)
    assert pages.ocr == {} and pages[2] == "" and pages[0]
    assert any("mixed.pdf: page 3: OCR took longer than" in r.getMessage() for r in caplog.records)


@pytest.mark.slow  # real Tesseract OCR of rendered pages
def test_missing_tesseract_keeps_text_pages_of_a_mixed_paper(tmp_path: Path, caplog) -> None:
    pdf = _mixed_pdf(tmp_path / "mixed.pdf")
    reader = PypdfReader(ocr=PageOCR(OCRSettings(cmd=str(tmp_path / "no-such-tesseract"))))
    with caplog.at_level(logging.WARNING, logger="boardbot"):
        pages = reader.read(pdf)
    assert pages[2] == "" and pages[0] and pages.ocr == {}
    assert any("install_ocr.sh" in r.getMessage() for r in caplog.records)


@pytest.mark.slow  # real Tesseract OCR of rendered pages
def test_ocr_off_refuses_a_scanned_paper_as_before(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("BOARDBOT_OCR", "off")
    assert ocr_settings(Settings(ocr="off")) is None
    with pytest.raises(UnreadablePDFError, match="no text layer"):
        parse(str(SCANNED), None, None, None, 5000, 200_000)
    papers = tmp_path / "papers"
    papers.mkdir()
    shutil.copy(SCANNED, papers / SCANNED.name)
    rc = cli(["ingest", str(papers), "--index", str(tmp_path / "index"), "--quiet"])
    err = [ln for ln in capsys.readouterr().err.splitlines() if ln.startswith("error:")]
    assert rc == 1
    assert err == [ln for ln in err if "scanned-no-text-layer.pdf: no text layer" in ln] and len(err) == 1


@pytest.mark.slow  # real Tesseract OCR of rendered pages
def test_missing_tesseract_is_one_line_and_other_files_are_indexed(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("BOARDBOT_OCR_CMD", str(tmp_path / "bin" / "tesseract"))
    papers = tmp_path / "papers"
    papers.mkdir()
    shutil.copy(SCANNED, papers / SCANNED.name)
    shutil.copy(BLACKBURN, papers / BLACKBURN.name)
    rc = cli(["ingest", str(papers), "--index", str(tmp_path / "index"), "--quiet"])
    err = [ln for ln in capsys.readouterr().err.splitlines() if ln.strip()]
    assert rc == 1
    assert len(err) == 1, err
    assert err[0].startswith("error: scanned-no-text-layer.pdf: ") and "bash scripts/install_ocr.sh" in err[0]
    a = Assistant(settings=make_settings(tmp_path / "index"))
    assert [f.file for f in a.papers()] == [BLACKBURN.name]


@pytest.fixture(scope="module")
def scanned_index(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The two-page scan of the LSC ICB paper and a Blackburn paper whose page 3 is a scan."""
    root = tmp_path_factory.mktemp("ocr")
    papers = root / "papers"
    papers.mkdir()
    shutil.copy(SCANNED, papers / SCANNED.name)
    _mixed_pdf(papers / MIXED)
    a = Assistant(settings=make_settings(root / "index"))
    report = a.ingest([papers], progress=False)
    assert not report.failed, report.failed
    assert {r.file: r.ocr_pages for r in report.results} == {SCANNED.name: 2, MIXED: 1}
    assert "(3 by OCR)" in report.summary()
    return a


@pytest.mark.slow  # real Tesseract OCR of rendered pages
def test_scanned_paper_is_answered_with_page_exact_citation_marked_ocr(scanned_index: Assistant) -> None:
    a = scanned_index
    ans = a.ask("Which group approved the Place Integration Deal progress paper before the ICB Board, and on what date?")
    assert not ans.abstained
    assert "Executive Management Team" in ans.text and "31 October 2023" in ans.text
    cite = next(c for c in ans.citations if "Executive Management Team" in c.quote)
    assert (cite.file, cite.page) == (SCANNED.name, 2) and "31 October 2023" in cite.quote
    assert cite.ocr and cite.ocr_confidence is not None and cite.ocr_confidence > 80
    shown = json.loads(json.dumps(ans.to_dict()))["citations"]
    assert any(c["page"] == 2 and c["ocr"] is True for c in shown)
    # the catalogue records which pages were OCR'd, with their confidence and cache key
    assert sorted(a.index.catalog.ocr_pages(SCANNED.name)) == [1, 2]
    assert sorted(a.index.catalog.ocr_pages(MIXED)) == [3]
    hit = a.search("Executive Management Team 31 October 2023 Approved", k=1)[0]
    assert hit.file == SCANNED.name and hit.to_dict()["metadata"]["ocr_pages"]


@pytest.mark.slow  # real Tesseract OCR of rendered pages
def test_mixed_paper_cites_the_scanned_page_for_what_only_it_says(scanned_index: Assistant) -> None:
    a = scanned_index
    ans = a.ask(CONSULTANCY_Q)
    assert "31ten Consulting" in ans.text
    cite = next(c for c in ans.citations if "31ten" in c.quote)
    assert (cite.file, cite.page, cite.ocr) == (MIXED, 3, True)
    # a text page of the same paper is cited as text, not OCR
    text = a.ask("What leadership model did the Blackburn with Darwen Place Based Partnership Board agree for its key work programmes?")
    tri = next(c for c in text.citations if "triumvirate" in c.quote)
    assert (tri.file, tri.page, tri.ocr, tri.ocr_confidence) == (MIXED, 2, False, None)


@pytest.mark.slow  # real Tesseract OCR of rendered pages
def test_reingest_after_rebuild_reads_every_scanned_page_from_the_cache(scanned_index: Assistant,
                                                                        tmp_path: Path) -> None:
    a = scanned_index
    cache = a.settings.index_dir / "ocr-cache"
    files = {p: p.stat().st_mtime_ns for p in cache.rglob("*.json")}
    assert len(files) == 3
    index = tmp_path / "index"
    shutil.copytree(a.settings.index_dir, index)
    b = Assistant(settings=make_settings(index))
    staged = tmp_path / "papers"
    staged.mkdir()
    shutil.copy(SCANNED, staged / SCANNED.name)
    b.index.wipe()  # what `ingest --rebuild` does: the OCR cache stays
    b = Assistant(settings=make_settings(index))
    report = b.ingest([staged], progress=False)
    assert [(r.status, r.ocr_pages) for r in report.results] == [("added", 2)]
    cached = {p.relative_to(index): p.stat().st_mtime_ns for p in (index / "ocr-cache").rglob("*.json")}
    assert cached == {p.relative_to(a.settings.index_dir): t for p, t in files.items()}


def test_llm_sources_keep_the_ocr_mark_of_their_citation() -> None:
    from boardbot.answer.llm.answerer import build_sources
    from boardbot.records import Citation

    quote = "Meeting Date Outcomes Executive Management Team 31 October 2023 Approved"
    cites = [Citation(1, SCANNED.name, 2, quote, 0.9, ocr=True, ocr_confidence=94.6),
             Citation(2, BLACKBURN.name, 3, "The contract was awarded to 31ten Consulting.", 0.8)]
    sources, withheld = build_sources(cites, [])
    assert withheld == 0
    assert [(s.page, s.ocr_confidence) for s in sources] == [(2, 94.6), (3, None)]
