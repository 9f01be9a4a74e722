"""Check a layouts set's decision labels against its PDFs' text layer (one checker for every set).

For each label: the text of its page (pypdf extract_text, whitespace collapsed) must contain the
label's text verbatim. Also checks that ids run <prefix>001, <prefix>002, ... in order with the set's
folder, that every file exists and every page is in range; reports labels whose text wraps over
lines, words hyphenated at a line end (a line ending in a letter or digit and "-"; the Scottish
"The Committee agreed:-" is not one), and per-file label counts.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from pypdf import PdfReader


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check(here: Path, labels: str, prefix: str, folder: str) -> int:
    """0 when every label of ``here / labels`` is found on its page, else 1 (printing what is wrong)."""
    rows = [json.loads(ln) for ln in (here / labels).read_text(encoding="utf-8").splitlines() if ln.strip()]
    cache: dict[str, list[str]] = {}

    def pages(name: str) -> list[str]:
        if name not in cache:
            cache[name] = [pg.extract_text() for pg in PdfReader(here / "papers" / name).pages]
        return cache[name]

    bad: list[tuple] = []
    hyphens: list[tuple] = []
    wrapped = 0
    for n, r in enumerate(rows, 1):
        if r["id"] != f"{prefix}{n:03d}" or r.get("folder", folder) != folder:
            bad.append((r["id"], "bad id or folder", r.get("folder")))
            continue
        if not (here / "papers" / r["file"]).is_file():
            bad.append((r["id"], "missing file", r["file"]))
            continue
        doc = pages(r["file"])
        if not 1 <= r["page"] <= len(doc):
            bad.append((r["id"], "page out of range", r["page"]))
            continue
        raw = doc[r["page"] - 1]
        text = _norm(r["text"])
        if text not in _norm(raw):
            bad.append((r["id"], r["page"], [i + 1 for i, t in enumerate(doc) if text in _norm(t)], text))
        elif not any(text in _norm(line) for line in raw.splitlines()):
            wrapped += 1
    for name in sorted({r["file"] for r in rows if (here / "papers" / r["file"]).is_file()}):
        for i, t in enumerate(pages(name), 1):
            for line in t.splitlines():
                if re.search(r"\w-$", line.rstrip()):
                    hyphens.append((name, i, line))
                    print("line-end hyphen:", name, i, line)
    print(Counter(r["file"] for r in rows))
    print(f"{len(rows)} labels, {wrapped} with text wrapping over lines, {len(bad)} not found")
    for b in bad:
        print("NOT FOUND", b)
    return 1 if bad or hyphens else 0
