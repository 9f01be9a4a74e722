"""Check a layouts set's decision labels against its PDFs' text layer (one checker for every set).

For each label: the text of its page (pypdf extract_text, whitespace collapsed) must contain the
label's text verbatim. Also checks that ids run <prefix>001, <prefix>002, ... in order with the set's
folder, that every file exists and every page is in range; reports labels whose text wraps over
lines, words hyphenated at a line end (a line ending in a letter or digit and "-"; the Scottish
"The Committee agreed:-" is not one), and per-file label counts.

A set whose papers are damaged on purpose (words hyphenated at line ends, a footer drawn mid-page,
two columns interleaved) passes ``readings`` (the page texts a person copying a label would read:
the page as printed, and repaired), ``lines`` (the lines a line-end hyphen is looked for in),
``hyphenated`` (files whose line-end hyphens are meant, counted instead of failed) and ``sanity``
(its own checks that the damage is there, returning problems).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pypdf import PdfReader

LINE_END_HYPHEN = re.compile(r"\w-$")


# the fields and values every decision label of the layouts sets may hold
KINDS = {"resolution", "approval", "agreement", "noted", "endorsement", "recommendation", "motion", "amendment",
         "deferral", "withdrawal", "call_in", "referral", "delegation", "action"}
KIND_V1 = {"noted": "noting", "approval": "approval", "recommendation": "recommendation", "action": "action"}
OUTCOMES = {"agreed", "noted", "received", "approved", "ratified", "adopted", "endorsed", "carried", "lost",
            "deferred", "withdrawn", "recommended", "referred", "referred back", "no further action"}
REQUIRED = ("id", "file", "folder", "page", "meeting_date", "body", "kind", "kind_v1", "outcome", "votes", "minute",
            "item", "title", "ref", "text")
LABEL_SCHEMA = (REQUIRED, KINDS, KIND_V1, OUTCOMES)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def load(path: Path) -> list[dict]:
    """The label rows of a JSONL file, blank lines skipped."""
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def printed_pages(pages: Callable[[str], list[str]], rows: list[dict], heads: dict[str, str], fewest: int,
                  most: int) -> list[tuple]:
    """Problems with each labelled file's printed pages: a page count outside ``fewest``-``most``, a page
    whose first line is not its running head (``heads``) or whose last is not its "Page n of m" footer;
    and labels whose text is not 10 to 30 words. For the sets whose minutes carry page furniture."""
    bad: list[tuple] = []
    for name in sorted({r["file"] for r in rows}):
        doc = pages(name)
        if not fewest <= len(doc) <= most:
            bad.append((name, f"not {fewest} to {most} pages", len(doc)))
        for i, t in enumerate(doc, 1):
            lines = [ln for ln in t.splitlines() if ln.strip()]
            if norm(lines[0]) != heads[name]:
                bad.append((name, i, "no running head", lines[0]))
            if not norm(lines[-1]).endswith(f"Page {i} of {len(doc)}"):
                bad.append((name, i, "no page footer", lines[-1]))
    bad += [(r["id"], "text not 10-30 words", len(r["text"].split())) for r in rows
            if not 10 <= len(r["text"].split()) <= 30]
    return bad


def printed_votes(pages: Callable[[str], list[str]], rows: list[dict], counts: re.Pattern[str], files: list[str],
                  reach: int) -> list[tuple]:
    """Problems with the labels' votes against the counts printed "(12 for, 3 against, 1 abstention)": a
    label with votes must match the first count printed within ``reach`` characters after its text, and
    ``files`` must print exactly as many counts as there are labels with votes."""
    bad: list[tuple] = []
    for r in (r for r in rows if r["votes"]):
        whole = norm(" ".join(pages(r["file"])))
        at = whole.find(r["text"])
        m = counts.search(whole, at)
        want = {"for": int(m[1]), "against": int(m[2]), "abstain": int(m[3])} if m and m.start() - at < reach else None
        if want != r["votes"]:
            bad.append((r["id"], "printed counts differ from votes", want, r["votes"]))
    printed = sum(len(counts.findall(norm(" ".join(pages(n))))) for n in files)
    with_votes = sum(1 for r in rows if r["votes"])
    if printed != with_votes:
        bad.append(("counts printed", printed, "labels with votes", with_votes))
    return bad


def action_problems(r: dict) -> list[tuple]:
    """An action label names its owner and an ISO deadline."""
    bad: list[tuple] = []
    try:
        date.fromisoformat(r.get("deadline") or "")
    except ValueError:
        bad.append((r["id"], "action without an ISO deadline", r.get("deadline")))
    if not r.get("owner"):
        bad.append((r["id"], "action without owner"))
    return bad


def label_fields(rows: list[dict], required: tuple[str, ...], kinds: set[str], kind_v1: dict[str, str],
                 outcomes: set[str]) -> list[tuple]:
    """Problems with the labels' own fields: ids, kinds, outcomes, votes, actions' owners and deadlines."""
    bad: list[tuple] = []
    for id_, n in Counter(r["id"] for r in rows).items():
        if n > 1:
            bad.append((id_, "id not unique", n))
    for r in rows:
        missing = [k for k in required if k not in r]
        if missing:
            bad.append((r["id"], "missing fields", missing))
            continue
        if r["kind"] not in kinds or r["kind_v1"] != kind_v1.get(r["kind"], "decision"):
            bad.append((r["id"], "bad kind or kind_v1", r["kind"], r["kind_v1"]))
        if r["kind"] == "action":
            if r["outcome"] is not None:
                bad.append((r["id"], "action with an outcome", r["outcome"]))
            bad += action_problems(r)
        elif r["outcome"] not in outcomes:
            bad.append((r["id"], "bad outcome", r["outcome"]))
        if r["votes"] is not None and (set(r["votes"]) != {"for", "against", "abstain"}
                                       or not all(isinstance(v, int) for v in r["votes"].values())):
            bad.append((r["id"], "bad votes", r["votes"]))
        if not isinstance(r["page"], int) or not isinstance(r["text"], str) or not r["text"].strip():
            bad.append((r["id"], "bad page or text"))
        for k in ("minute", "item", "title", "ref", "lead_in", "to", "owner", "proposer", "seconder"):
            if r.get(k) is not None and not isinstance(r[k], str):
                bad.append((r["id"], f"{k} not a string", r[k]))
        if "unanimous" in r and r["unanimous"] is not True:
            bad.append((r["id"], "unanimous not true", r["unanimous"]))
        try:
            date.fromisoformat(r["meeting_date"])
        except ValueError:
            bad.append((r["id"], "meeting_date not ISO", r["meeting_date"]))
    return bad


def document_checks(pages: Callable[[str], list[str]], rows: list[dict], heads: dict[str, str],
                    schema: tuple[tuple[str, ...], set[str], dict[str, str], set[str]]) -> list[tuple]:
    """The checks every two-to-three-page set makes: the label fields, each text printed on its page
    (5-32 words), every document labelled, and each label dated as its file's meeting."""
    bad = label_fields(rows, *schema)
    bad += [b for b in printed_pages(pages, rows, heads, 2, 3) if b[1] != "text not 10-30 words"]
    bad += [(r["id"], "text not 5-32 words", len(r["text"].split())) for r in rows
            if not 5 <= len(r["text"].split()) <= 32]
    if {r["file"] for r in rows} != set(heads):
        bad.append(("files labelled differ from the documents", sorted({r["file"] for r in rows})))
    for r in rows:
        if r["meeting_date"] not in r["file"]:
            bad.append((r["id"], "meeting date not the file's", r["meeting_date"]))
    return bad


def check(here: Path, labels: str, prefix: str, folder: str,
          readings: Callable[[str, str], list[str]] | None = None,
          lines: Callable[[str, str], list[str]] | None = None,
          hyphenated: frozenset[str] = frozenset(),
          sanity: Callable[[Callable[[str], list[str]], Counter], list[tuple]] | None = None) -> int:
    """0 when every label of ``here / labels`` is found on its page, else 1 (printing what is wrong)."""
    rows = load(here / labels)
    cache: dict[str, list[str]] = {}

    def pages(name: str) -> list[str]:
        if name not in cache:
            cache[name] = [pg.extract_text() for pg in PdfReader(here / "papers" / name).pages]
        return cache[name]

    def read(name: str, raw: str) -> list[str]:
        return [norm(t) for t in (readings(name, raw) if readings else [raw])]

    bad: list[tuple] = []
    wrapped = 0
    repaired: Counter = Counter()
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
        text = norm(r["text"])
        if not any(text in t for t in read(r["file"], raw)):
            bad.append((r["id"], r["page"], [i + 1 for i, t in enumerate(doc) if any(text in x for x in read(r["file"], t))],
                        text))
        elif text not in norm(raw):
            repaired[r["file"]] += 1
        elif not any(text in norm(line) for line in raw.splitlines()):
            wrapped += 1
    meant: Counter = Counter()
    for name in sorted({r["file"] for r in rows if (here / "papers" / r["file"]).is_file()}):
        for i, t in enumerate(pages(name), 1):
            for line in (lines(name, t) if lines else t.splitlines()):
                if LINE_END_HYPHEN.search(line.rstrip()):
                    if name in hyphenated:
                        meant[name] += 1
                    else:
                        bad.append((name, i, "line-end hyphen", line))
                        print("line-end hyphen:", name, i, line)
    for name in sorted(hyphenated):
        print(f"{name}: {meant[name]} words hyphenated at line ends (on purpose)")
        if not meant[name]:
            bad.append((name, "no line-end hyphen, though the file is meant to have them"))
    if sanity:
        bad += sanity(pages, repaired)
    print(Counter(r["file"] for r in rows))
    fixed = f", {sum(repaired.values())} found only in a repaired reading" if repaired else ""
    print(f"{len(rows)} labels, {wrapped} with text wrapping over lines{fixed}, {len(bad)} problems")
    for b in bad:
        print("NOT FOUND" if len(b) == 4 and isinstance(b[1], int) and isinstance(b[2], list) else "PROBLEM", b)
    return 1 if bad else 0
