"""Check every label in decisions-layouts.jsonl against the PDF text layer.

For each label: the text of its page (pypdf extract_text, whitespace collapsed) must
contain the label's text verbatim. Also reports labels whose text wraps over lines,
line-end hyphens, and per-file label counts.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
rows = [json.loads(ln) for ln in (HERE / "decisions-layouts.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
cache: dict = {}


def pages(name):
    if name not in cache:
        cache[name] = [pg.extract_text() for pg in PdfReader(HERE / "papers" / name).pages]
    return cache[name]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


bad, wrapped = [], 0
for r in rows:
    raw = pages(r["file"])[r["page"] - 1]
    text = norm(r["text"])
    if text not in norm(raw):
        where = [i + 1 for i, t in enumerate(pages(r["file"])) if text in norm(t)]
        bad.append((r["id"], r["page"], where, text))
    elif not any(text in norm(line) for line in raw.splitlines()):
        wrapped += 1
for name in sorted({r["file"] for r in rows}):
    for i, t in enumerate(pages(name), 1):
        for line in t.splitlines():
            if line.rstrip().endswith("-"):
                print("line-end hyphen:", name, i, line)
assert len({r["id"] for r in rows}) == len(rows)
print(Counter(r["file"] for r in rows))
print(f"{len(rows)} labels, {wrapped} with text wrapping over lines, {len(bad)} not found")
for b in bad:
    print("NOT FOUND", b)
sys.exit(1 if bad else 0)
