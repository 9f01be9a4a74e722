"""Check every label in decisions-layouts6.jsonl against the PDF text layer.

    .venv/bin/python evals/layouts6/verify.py

The checks of evals/labelcheck.py (ids dr001, dr002, ... with folder layouts6; every file and page exists;
each label's text, whitespace collapsed, is in the text of its page; per-file counts; no word hyphenated at
a line end), with one change for this set: the Integrated Care Partnership minutes hyphenate words across
line ends on purpose, so in that file (and only there) a line-end hyphen is listed, not an error, and a
label's text is looked for in the page text with those words joined ("commit-" / "ments" -> "commitments"),
as a person copying the decision would write it. labelcheck.check itself would fail this set on those
hyphens, so this script does not call it.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
LABELS = "decisions-layouts6.jsonl"
PREFIX, FOLDER = "dr", "layouts6"
HYPHENATED = {"integrated-care-partnership-minutes-2025-06-12.pdf"}  # line-end hyphens on purpose
LINE_END_HYPHEN = re.compile(r"\w-$")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def dehyphenate(page: str) -> str:
    """Join the words a page splits across a line end with a hyphen ("commit-\\n    ments" -> "commitments")."""
    return re.sub(r"(\w)-\n\s*(\w)", r"\1\2", page)


def check() -> int:
    rows = [json.loads(ln) for ln in (HERE / LABELS).read_text(encoding="utf-8").splitlines() if ln.strip()]
    cache: dict[str, list[str]] = {}

    def pages(name: str) -> list[str]:
        if name not in cache:
            cache[name] = [pg.extract_text() for pg in PdfReader(HERE / "papers" / name).pages]
        return cache[name]

    def searchable(name: str, raw: str) -> str:
        return _norm(dehyphenate(raw) if name in HYPHENATED else raw)

    bad: list[tuple] = []
    wrapped = 0
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
        if text not in searchable(r["file"], raw):
            found = [i + 1 for i, t in enumerate(doc) if text in searchable(r["file"], t)]
            bad.append((r["id"], r["page"], found, text))
        elif not any(text in _norm(line) for line in raw.splitlines()):
            wrapped += 1
    expected = Counter()
    for name in sorted({r["file"] for r in rows if (HERE / "papers" / r["file"]).is_file()}):
        for i, t in enumerate(pages(name), 1):
            for line in t.splitlines():
                if LINE_END_HYPHEN.search(line.rstrip()):
                    if name in HYPHENATED:
                        expected[name] += 1
                    else:
                        bad.append((name, i, "line-end hyphen", line))
    for name in sorted(HYPHENATED):
        print(f"{name}: {expected[name]} words hyphenated at line ends (on purpose)")
        if not expected[name]:
            bad.append((name, "no line-end hyphen, though the file is meant to have them"))
    print(Counter(r["file"] for r in rows))
    print(f"{len(rows)} labels, {wrapped} with text wrapping over lines, {len(bad)} problems")
    for b in bad:
        print("NOT FOUND" if len(b) == 4 and isinstance(b[1], int) and isinstance(b[2], list) else "PROBLEM", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(check())
