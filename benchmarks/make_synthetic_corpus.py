"""Build a synthetic corpus of N pages by re-issuing the sample papers under other boards and dates.

Scale tests need thousands of pages of realistic board-paper text, and five
sample papers are all there is. Each synthetic paper is one sample paper's
extracted text, page by page, with its places and organisations renamed to a
fictional board's, every date shifted to the new meeting date, and about a
third of its figures changed, so no two papers are identical (exact duplicates
would flatter retrieval and compress unrealistically). Pages are written as
new PDFs with one Helvetica text line per ``Tj`` (pypdf generic objects; no
extra dependency). ``manifest.json`` gives each paper's board, organisation,
date and source, in the format ``boardbot ingest`` reads.

    python benchmarks/make_synthetic_corpus.py OUT_DIR --pages 10000 [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import random
import re
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

ROOT = Path(__file__).resolve().parents[1]
log = logging.getLogger("make_synthetic_corpus")

# Fictional places; each synthetic paper gets one region and two local areas.
REGIONS = ["Northfield and Eastmoor", "Severn Vale", "Wessex Downs", "Humber Estuary", "Pennine Moors",
           "Thames Marshes", "Cotswold and Forest", "Fenland Coast", "Solent Shore", "Weald and Downs",
           "Tyne Valley", "Mersey Reach", "Chiltern Ridge", "Dales and Fells", "Medway Basin", "Wolds"]
PLACES = ["Ashcombe", "Brackenford", "Caldermere", "Dunmoor", "Elmbridge Vale", "Fairhaven", "Greyhill",
          "Hollowmere", "Ivybridge Marsh", "Kestrel Bay", "Larkfield", "Millbrook", "Norcastle", "Oakworth",
          "Pelham Cross", "Queensmead", "Redwater", "Stonecliffe", "Thornbury Heath", "Upwell",
          "Westmarch", "Yarrowdale"]
BOARDS = ["Health and Wellbeing Board", "Integrated Care Board - Board meeting", "Integrated Care Partnership",
          "Joint Health Overview and Scrutiny Committee", "Place-Based Partnership Board",
          "Health and Care Joint Committee"]

# Place names of the sample papers, longest first so "Lancashire and South Cumbria" wins over "Lancashire".
SOURCE_REGIONS = ["Lancashire and South Cumbria", "Cambridgeshire and Peterborough", "Cheshire and Merseyside",
                  "Haringey and Islington", "North Central London"]
SOURCE_PLACES = ["Blackburn with Darwen", "Blackburn", "Darwen", "Blackpool", "Lancashire", "South Cumbria",
                 "Cumbria", "Cambridgeshire", "Peterborough", "Cheshire", "Merseyside", "Liverpool", "Wirral",
                 "Haringey", "Islington", "Morecambe Bay", "Fylde", "Huntingdonshire", "Fenland"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_MONTH_RE = "|".join(MONTHS)
DATE = re.compile(
    rf"\b(?P<dmy_day>\d{{1,2}})(?P<dmy_suffix>st|nd|rd|th)?\s+(?P<dmy_month>{_MONTH_RE})\s+(?P<dmy_year>\d{{4}})\b"
    rf"|\b(?P<my_month>{_MONTH_RE})\s+(?P<my_year>\d{{4}})\b"
    r"|\b(?P<num_day>\d{1,2})/(?P<num_month>\d{1,2})/(?P<num_year>\d{4})\b"
)
# a figure: money, a percentage, or a number of two or more digits (years are left alone)
FIGURE = re.compile(r"(£\s?)?(?<![/\d.,-])\b(\d{1,3}(?:,\d{3})+|\d+)(?![\d,])(\.\d+)?(?![/\d-])(\s?%|m\b|M\b|k\b|bn\b)?")

LINE_CHARS = 95
LINES_PER_PAGE = 60


def extract_sources(papers: Path) -> list[dict[str, Any]]:
    """Each sample paper's manifest entry and its page texts (pypdf)."""
    manifest = {e["file"]: e for e in json.loads((papers / "manifest.json").read_text(encoding="utf-8"))}
    sources = []
    for pdf in sorted(papers.glob("*.pdf")):
        t = time.perf_counter()
        pages = [(p.extract_text() or "") for p in PdfReader(str(pdf)).pages]
        log.info("read %s: %d pages in %.1fs", pdf.name, len(pages), time.perf_counter() - t)
        sources.append({"entry": manifest.get(pdf.name, {"file": pdf.name}), "pages": pages})
    return sources


def ordinal(day: int) -> str:
    return "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def shift_dates(text: str, delta: dt.timedelta) -> str:
    """Move every date by ``delta`` in one pass (a date is never shifted twice)."""

    def one(m: re.Match[str]) -> str:
        try:
            if m["dmy_year"]:
                d = dt.date(int(m["dmy_year"]), MONTHS.index(m["dmy_month"]) + 1, int(m["dmy_day"])) + delta
                return f"{d.day}{ordinal(d.day) if m['dmy_suffix'] else ''} {MONTHS[d.month - 1]} {d.year}"
            if m["my_year"]:
                d = dt.date(int(m["my_year"]), MONTHS.index(m["my_month"]) + 1, 15) + delta
                return f"{MONTHS[d.month - 1]} {d.year}"
            d = dt.date(int(m["num_year"]), int(m["num_month"]), int(m["num_day"])) + delta
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        except ValueError:  # 31 February and the like: leave as written
            return m[0]

    return DATE.sub(one, text)


def perturb_figures(text: str, rng: random.Random, share: float = 0.3) -> str:
    def one(m: re.Match[str]) -> str:
        digits = m[2].replace(",", "")
        if not (m[1] or m[4]) and len(digits) == 4 and 1900 <= int(digits) <= 2099:
            return m[0]  # a year
        if not (m[1] or m[3] or m[4]) and len(digits) < 2:
            return m[0]  # an item or paragraph number
        if rng.random() > share:
            return m[0]
        value = float(digits + (m[3] or "")) * rng.uniform(0.8, 1.25)
        decimals = len(m[3]) - 1 if m[3] else 0
        body = f"{value:,.{decimals}f}" if "," in m[2] else f"{value:.{decimals}f}"
        return f"{m[1] or ''}{body}{m[4] or ''}"

    return FIGURE.sub(one, text)


def rename_places(text: str, mapping: dict[str, str]) -> str:
    for old in sorted(mapping, key=len, reverse=True):
        text = text.replace(old, mapping[old])
    return text


def page_lines(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.splitlines():
        raw = raw.rstrip()
        lines += textwrap.wrap(raw, LINE_CHARS) if len(raw) > LINE_CHARS else [raw]
    return lines[: LINES_PER_PAGE * 2]  # a very long page is squeezed (smaller leading), not split


class PdfMaker:
    """Minimal text PDFs: Helvetica with WinAnsi encoding, one line per Tj, Flate-compressed."""

    def __init__(self) -> None:
        self.writer = PdfWriter()
        self.font = self.writer._add_object(DictionaryObject({  # noqa: SLF001 - no public API for this
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }))

    def add_page(self, lines: list[str]) -> None:
        page = self.writer.add_blank_page(595, 842)  # A4
        leading = 12 if len(lines) <= LINES_PER_PAGE else 6
        ops = [f"BT /F1 {9 if leading == 12 else 5} Tf {leading} TL 40 800 Td"]
        for ln in lines:
            esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({esc}) Tj T*")
        ops.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("cp1252", errors="replace"))
        page[NameObject("/Contents")] = self.writer._add_object(stream.flate_encode())  # noqa: SLF001
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): self.font})})

    def save(self, path: Path) -> None:
        with path.open("wb") as fh:
            self.writer.write(fh)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def build(out: Path, pages_wanted: int, seed: int, papers: Path) -> dict[str, Any]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    sources = extract_sources(papers)
    entries: list[dict[str, Any]] = []
    total = 0
    n = 0
    t0 = time.perf_counter()
    while total < pages_wanted:
        src = sources[n % len(sources)]
        n += 1
        region = rng.choice(REGIONS)
        places = rng.sample(PLACES, 2)
        board = rng.choice(BOARDS)
        date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(7 * 365))
        old = src["entry"]
        try:
            old_date = dt.date.fromisoformat(str(old.get("date", ""))[:10])
        except ValueError:
            old_date = date
        mapping = {r: region for r in SOURCE_REGIONS}
        for i, p in enumerate(SOURCE_PLACES):
            mapping[p] = places[i % 2]
        pages = src["pages"][: pages_wanted - total]
        maker = PdfMaker()
        for text in pages:
            text = perturb_figures(shift_dates(rename_places(text, mapping), date - old_date), rng)
            maker.add_page(page_lines(text))
        organisation = f"{places[0]} and {places[1]} ({region}) health and care system"
        name = f"{n:04d}-{slug(places[0])}-{slug(board)[:30]}-{date.isoformat()}.pdf"
        maker.save(out / name)
        entries.append({
            "file": name,
            "title": shift_dates(rename_places(str(old.get("title", "")), mapping), date - old_date),
            "organisation": organisation,
            "meeting": f"{region} {board}",
            "date": date.isoformat(),
            "doc_type": old.get("doc_type", "report"),
            "pages": len(pages),
            "source_file": old.get("file"),
            "date_shift_days": (date - old_date).days,
        })
        total += len(pages)
        if n % 10 == 0:
            log.info("%d papers, %d pages (%.0fs)", n, total, time.perf_counter() - t0)
    (out / "manifest.json").write_text(json.dumps(entries, indent=1, ensure_ascii=False), encoding="utf-8")
    size = sum(p.stat().st_size for p in out.glob("*.pdf"))
    return {"papers": len(entries), "pages": total, "bytes": size, "seconds": time.perf_counter() - t0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="output folder (PDFs + manifest.json)")
    ap.add_argument("--pages", type=int, default=10_000, help="total pages (default 10000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--papers", type=Path, default=ROOT / "papers", help="sample papers + manifest.json")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if any(args.out.glob("*.pdf")):
        print(f"{args.out} already holds PDFs; use an empty folder", file=sys.stderr)
        return 2
    stats = build(args.out, args.pages, args.seed, args.papers)
    print(f"{stats['papers']} papers, {stats['pages']} pages, {stats['bytes'] / 1e6:.1f} MB "
          f"in {stats['seconds']:.0f}s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
