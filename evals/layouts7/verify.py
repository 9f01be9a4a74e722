"""Check every label in decisions-layouts7.jsonl against the PDF text layer.

    .venv/bin/python evals/layouts7/verify.py

The checks of evals/labelcheck.py (ids ds001, ds002, ... with folder layouts7; every file and page exists;
each label's text, whitespace collapsed, is in the text of its page; per-file counts; no word hyphenated at
a line end), with two changes for this set, each for one file, as evals/layouts6/verify.py makes one for its
hyphenated file:

- In the Health and Wellbeing Board minutes, whose text layer is damaged, the running footer is drawn in the
  middle of page 2, between two lines of a resolution. In that file (and only there) the footer's line is
  left out of a page's text before a label's text is looked for in it, as a person copying the resolution
  would leave it out. The other damage (letter-spaced words, lost ligatures, glued words, mixed quotes) is
  copied into the labels as printed and needs no change.
- The parish council minutes are set in two columns, and each line of the text layer is a line of the left
  column followed by a line of the right. In that file (and only there) a label's text is also looked for in
  the page read column by column: each run of two-column lines is split at the column gap (COL_WIDTH
  characters, then COL_GAP spaces) into its left parts, read first, and its right parts. A line is a
  two-column line when it is no longer than COL_WIDTH or has only spaces in the gap.

labelcheck.check itself would fail this set on those two labels' kinds of text, so this script does not
call it.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
LABELS = "decisions-layouts7.jsonl"
PREFIX, FOLDER = "ds", "layouts7"
FOOTER_MOVED = {  # file -> its running footer, drawn mid-page on purpose
    "health-wellbeing-board-minutes-2025-09-10.pdf":
        re.compile(r"^Hollinsford Council – Health and Wellbeing Board – 10 September 2025\s+Page \d+ of \d+$"),
}
TWO_COLUMN = {"parish-council-minutes-2025-11-12.pdf"}  # columns interleaved line by line on purpose
COL_WIDTH, COL_GAP = 44, 4  # as in make.py
LINE_END_HYPHEN = re.compile(r"\w-$")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def without_footer(page: str, footer: re.Pattern) -> str:
    return "\n".join(line for line in page.splitlines() if not footer.match(line.strip()))


def is_two_column(line: str) -> bool:
    return len(line) <= COL_WIDTH or not line[COL_WIDTH:COL_WIDTH + COL_GAP].strip()


def by_columns(page: str) -> str:
    """The page read column by column: each run of two-column lines as its left parts, then its right parts."""
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for line in page.splitlines() + [None]:
        if line is not None and is_two_column(line):
            left.append(line[:COL_WIDTH])
            right.append(line[COL_WIDTH:])
            continue
        out += left + right
        left, right = [], []
        if line is not None:
            out.append(line)
    return "\n".join(out)


def check() -> int:
    rows = [json.loads(ln) for ln in (HERE / LABELS).read_text(encoding="utf-8").splitlines() if ln.strip()]
    cache: dict[str, list[str]] = {}

    def pages(name: str) -> list[str]:
        if name not in cache:
            cache[name] = [pg.extract_text() for pg in PdfReader(HERE / "papers" / name).pages]
        return cache[name]

    def readings(name: str, raw: str) -> list[str]:
        """The page's text as a reader copies from it: as printed, and for the two files above, as repaired."""
        if name in FOOTER_MOVED:
            return [_norm(without_footer(raw, FOOTER_MOVED[name]))]
        if name in TWO_COLUMN:
            return [_norm(raw), _norm(by_columns(raw))]
        return [_norm(raw)]

    bad: list[tuple] = []
    wrapped = 0
    repaired: Counter = Counter()
    for n, r in enumerate(rows, 1):
        if r["id"] != f"{PREFIX}{n:03d}" or r.get("folder") != FOLDER:
            bad.append((r["id"], "bad id or folder", r.get("folder")))
            continue
        if not (HERE / "papers" / r["file"]).is_file():
            bad.append((r["id"], "missing file", r["file"]))
            continue
        doc = pages(r["file"])
        if not 1 <= r["page"] <= len(doc):
            bad.append((r["id"], "page out of range", r["page"]))
            continue
        raw = doc[r["page"] - 1]
        text = _norm(r["text"])
        if not any(text in t for t in readings(r["file"], raw)):
            found = [i + 1 for i, t in enumerate(doc) if any(text in x for x in readings(r["file"], t))]
            bad.append((r["id"], r["page"], found, text))
            continue
        if text not in _norm(raw):
            repaired[r["file"]] += 1
        elif not any(text in _norm(line) for line in raw.splitlines()):
            wrapped += 1
    for name in sorted({r["file"] for r in rows if (HERE / "papers" / r["file"]).is_file()}):
        for i, t in enumerate(pages(name), 1):
            lines = t.splitlines()
            if name in TWO_COLUMN:
                lines = by_columns(t).splitlines()
            for line in lines:
                if LINE_END_HYPHEN.search(line.rstrip()):
                    bad.append((name, i, "line-end hyphen", line))
    for name, footer in FOOTER_MOVED.items():
        doc = pages(name)
        moved = [i for i, t in enumerate(doc, 1) if not footer.match(t.strip().splitlines()[-1].strip())]
        print(f"{name}: running footer drawn mid-page on page(s) {moved}; {repaired[name]} label(s) cross it")
        if not moved or not all(any(footer.match(ln.strip()) for ln in doc[i - 1].splitlines()) for i in moved):
            bad.append((name, "no page whose footer sits mid-page, though the file is meant to have one"))
    for name in sorted(TWO_COLUMN):
        doc = pages(name)
        interleaved = sum(1 for t in doc for ln in t.splitlines()
                          if len(ln) > COL_WIDTH + COL_GAP and is_two_column(ln) and ln[:COL_WIDTH].strip())
        print(f"{name}: {interleaved} lines interleave two columns; {repaired[name]} label(s) are found only "
              f"when the page is read column by column")
        if not interleaved:
            bad.append((name, "no interleaved two-column line, though the file is meant to have them"))
    print(Counter(r["file"] for r in rows))
    print(f"{len(rows)} labels, {wrapped} with text wrapping over lines, {len(bad)} problems")
    for b in bad:
        print("NOT FOUND" if len(b) == 4 and isinstance(b[1], int) and isinstance(b[2], list) else "PROBLEM", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(check())
