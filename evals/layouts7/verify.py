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

(``readings``, ``lines`` and ``sanity`` of labelcheck.check.)
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root holds the evals package
from evals.labelcheck import check  # noqa: E402

FOOTER_MOVED = {  # file -> its running footer, drawn mid-page on purpose
    "health-wellbeing-board-minutes-2025-09-10.pdf":
        re.compile(r"^Hollinsford Council – Health and Wellbeing Board – 10 September 2025\s+Page \d+ of \d+$"),
}
TWO_COLUMN = {"parish-council-minutes-2025-11-12.pdf"}  # columns interleaved line by line on purpose
COL_WIDTH, COL_GAP = 44, 4  # as in make.py


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


def readings(name: str, raw: str) -> list[str]:
    """The page's text as a reader copies from it: as printed, and for the two files above, as repaired."""
    if name in FOOTER_MOVED:
        return [without_footer(raw, FOOTER_MOVED[name])]
    if name in TWO_COLUMN:
        return [raw, by_columns(raw)]
    return [raw]


def lines(name: str, page: str) -> list[str]:
    return (by_columns(page) if name in TWO_COLUMN else page).splitlines()


def sanity(pages: Callable[[str], list[str]], repaired: Counter) -> list[tuple]:
    """The damage this set is meant to have is there."""
    bad: list[tuple] = []
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
    return bad


if __name__ == "__main__":
    sys.exit(check(HERE, "decisions-layouts7.jsonl", "ds", "layouts7", readings=readings, lines=lines, sanity=sanity))
