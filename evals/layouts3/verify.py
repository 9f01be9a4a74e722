"""Check every label in decisions-layouts3.jsonl against the PDF text layer.

For each label: the text of its page (pypdf extract_text, whitespace collapsed) must contain
the label's text verbatim. Also checks that ids are unique and run dn001, dn002, … in order,
that every file exists, reports labels whose text wraps over lines, words hyphenated at a line
end (a line ending in a letter or digit and "-"; the Scottish "The Committee agreed:-" is not one),
and per-file label counts. Exits non-zero on any failure.

    .venv/bin/python evals/layouts3/verify.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
rows = [json.loads(ln) for ln in (HERE / "decisions-layouts3.jsonl").read_text(encoding="utf-8").splitlines()
        if ln.strip()]
cache: dict = {}


def pages(name):
    if name not in cache:
        cache[name] = [pg.extract_text() for pg in PdfReader(HERE / "papers" / name).pages]
    return cache[name]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


bad, wrapped, hyphens = [], 0, []
for n, r in enumerate(rows, 1):
    if r["id"] != f"dn{n:03d}" or r["folder"] != "layouts3":
        bad.append((r["id"], "bad id or folder", r["folder"]))
        continue
    if not (HERE / "papers" / r["file"]).is_file():
        bad.append((r["id"], "missing file", r["file"]))
        continue
    doc = pages(r["file"])
    if not 1 <= r["page"] <= len(doc):
        bad.append((r["id"], "page out of range", r["page"]))
        continue
    raw = doc[r["page"] - 1]
    text = norm(r["text"])
    if text not in norm(raw):
        where = [i + 1 for i, t in enumerate(doc) if text in norm(t)]
        bad.append((r["id"], r["page"], where, text))
    elif not any(text in norm(line) for line in raw.splitlines()):
        wrapped += 1
for name in sorted({r["file"] for r in rows if (HERE / "papers" / r["file"]).is_file()}):
    for i, t in enumerate(pages(name), 1):
        for line in t.splitlines():
            # a word hyphenated across lines ends "<letter>-"; the Scottish "agreed:-" lead-in is not one
            if re.search(r"\w-$", line.rstrip()):
                hyphens.append((name, i, line))
                print("line-end hyphen:", name, i, line)
print(Counter(r["file"] for r in rows))
print(f"{len(rows)} labels, {wrapped} with text wrapping over lines, {len(bad)} not found")
for b in bad:
    print("NOT FOUND", b)
sys.exit(1 if bad or hyphens else 0)
