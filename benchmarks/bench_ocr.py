"""OCR pages/s on 2 cores, next to pypdf text extraction of the same pages measured in the same run.

Scanned pages are made from real papers: each page of the first N pages of the sample
papers is rendered at 200 dpi and saved as an image-only PDF (what a scanner makes),
plus the two pages of ../shared/corpus/awkward/scanned-no-text-layer.pdf when present.
Both sides run the ingest code path (``PypdfReader``; with OCR for the scans, without a
cache so every page is really read) in a pool of 2 worker processes, one file per task.

Run: .venv/bin/python benchmarks/bench_ocr.py [--pages 12] [--workers 2]
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ROOT.parent / "shared" / "corpus" / "awkward" / "scanned-no-text-layer.pdf"


def make_corpus(folder: Path, n_pages: int) -> tuple[list[Path], list[Path]]:
    """(one-page text PDFs, the same pages as image-only PDFs), taken round-robin from the sample papers."""
    import pypdf
    import pypdfium2 as pdfium

    papers = sorted((ROOT / "papers").glob("*.pdf"))
    text, scans = [], []
    i = 0
    while len(text) < n_pages:
        paper = papers[i % len(papers)]
        page = i // len(papers)
        i += 1
        src = pypdf.PdfReader(str(paper))
        if page >= len(src.pages):
            continue
        w = pypdf.PdfWriter()
        w.add_page(src.pages[page])
        t = folder / f"text-{len(text):03d}.pdf"
        w.write(t)
        pdf = pdfium.PdfDocument(str(paper))
        image = pdf[page].render(scale=200 / 72, grayscale=True).to_pil()
        pdf.close()
        s = folder / f"scan-{len(scans):03d}.pdf"
        buf = io.BytesIO()
        image.convert("RGB").save(buf, "PDF", resolution=200)
        s.write_bytes(buf.getvalue())
        text.append(t)
        scans.append(s)
    return text, scans


def read_text(path: str) -> int:
    from boardbot.parsing.pdf_reader import PypdfReader

    try:
        return len(PypdfReader().read(Path(path)))
    except Exception:  # a page with too little text to count as a text layer still took the time
        return 1


def read_ocr(path: str) -> int:
    from boardbot.parsing.ocr import OCRSettings, PageOCR
    from boardbot.parsing.pdf_reader import PypdfReader

    pages = PypdfReader(ocr=PageOCR(OCRSettings())).read(Path(path))  # no cache_dir: every page is OCR'd
    return len(pages.ocr)


def timed(fn, paths: list[Path], workers: int) -> tuple[float, int]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(fn, [str(paths[0])]))  # start the workers and import everything first
        t = time.perf_counter()
        done = sum(pool.map(fn, [str(p) for p in paths]))
        return time.perf_counter() - t, done


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=12)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="boardbot-bench-ocr-"))
    text, scans = make_corpus(tmp, args.pages)
    if SCANNED.is_file():
        scans.append(SCANNED)
    text_s, text_pages = timed(read_text, text, args.workers)
    ocr_s, ocr_pages = timed(read_ocr, scans, args.workers)
    print(f"| extraction ({args.workers} workers) | pages | seconds | pages/s |")
    print("| --- | --- | --- | --- |")
    print(f"| pypdf text layer | {text_pages} | {text_s:.2f} | {text_pages / text_s:.1f} |")
    print(f"| Tesseract OCR (300 dpi, rules removed, OSD when unsure) | {ocr_pages} | {ocr_s:.2f} | "
          f"{ocr_pages / ocr_s:.2f} |")
    print(f"OCR is {text_pages / text_s / (ocr_pages / ocr_s):.0f}x slower per page than the text layer")


if __name__ == "__main__":
    main()
