"""Check every label in decisions-layouts11.jsonl against the PDF text layer.

    .venv/bin/python evals/layouts11/verify.py

The checks of evals/labelcheck.py (ids lb001, lb002, ... with folder layouts11; every file and page exists;
each label's text, whitespace collapsed, is in the text of its page; per-file counts; no word hyphenated at
a line end), unchanged: this set's text layers read as the page does. One check is added (``sanity`` of
labelcheck.check): every document has one or two pages; every label's text is 10 to 30 words; in the Welsh
Cabinet minutes every labelled item's English title is printed on the line after its Welsh heading; the fire
authority's recorded votes print as many names as the count in brackets after them, and those counts are the
amendment's and the motion's `votes`; the parish council's show-of-hands counts printed agree with the
precept motion's and amendment's `votes`; and the task and finish group's five "Recommendation n:" lines are
printed, each followed by its label's text.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root holds the evals package
from evals.labelcheck import check, load, norm  # noqa: E402

LABELS = "decisions-layouts11.jsonl"
WAL = "glanyrafon-cabinet-cofnodion-minutes-2025-12-08.pdf"
FRA = "northmoor-fire-rescue-authority-minutes-2025-12-12.pdf"
PAR = "little-wexley-parish-council-minutes-2025-11-03.pdf"
TF = "eastholme-empty-homes-task-finish-group-notes-2025-10-14.pdf"
VOTE = re.compile(r"(For|Against|Abstain): Cllrs? ([A-Z][a-z]+(?:, [A-Z][a-z]+)*) \((\d+)\)")


def sanity(pages: Callable[[str], list[str]], repaired: Counter) -> list[tuple]:
    rows = load(HERE / LABELS)
    bad: list[tuple] = []
    for name in sorted({r["file"] for r in rows}):
        if not 1 <= len(pages(name)) <= 2:
            bad.append((name, "not one or two pages", len(pages(name))))
    for r in rows:
        if not 10 <= len(r["text"].split()) <= 30:
            bad.append((r["id"], "text not 10-30 words", len(r["text"].split())))

    # Welsh Cabinet: a numbered Welsh heading line, then the English title line
    lines = [ln.strip() for p in pages(WAL) for ln in p.splitlines()]
    for title in sorted({r["title"] for r in rows if r["file"] == WAL}):
        at = [i for i, ln in enumerate(lines) if ln == title]
        if len(at) != 1 or not re.match(r"\d+\. +[A-Z']", lines[at[0] - 1]) or lines[at[0] - 1].endswith(title):
            bad.append((WAL, "English title not under a Welsh heading", title))

    # Fire authority: names counted under each recorded vote
    text = norm(" ".join(pages(FRA)))
    votes = VOTE.findall(text)
    for side, who, n in votes:
        if len(who.split(", ")) != int(n):
            bad.append((FRA, "recorded vote count differs from its names", side, n))
    counts = [(side, int(n)) for side, _, n in votes]
    want = {"amendment": counts[0:2], "motion": counts[2:5]}
    for r in rows:
        if r["file"] == FRA and r["kind"] in want:
            got = {side.lower(): n for side, n in want[r["kind"]]}
            got = {"for": got.get("for", 0), "against": got.get("against", 0), "abstain": got.get("abstain", 0)}
            if got != r["votes"]:
                bad.append((FRA, f"{r['kind']} votes differ from the recorded vote", got, r["votes"]))

    # Parish council: show-of-hands counts
    par = norm(" ".join(pages(PAR)))
    for phrase, kind, want_v in (
            ("The amendment was put to the vote: 2 in favour, 5 against. Lost.", "amendment",
             {"for": 2, "against": 5, "abstain": 0}),
            ("The proposal was put to the vote: 6 in favour, 1 against. Carried.", "motion",
             {"for": 6, "against": 1, "abstain": 0})):
        got = [r["votes"] for r in rows if r["file"] == PAR and r["kind"] == kind]
        if phrase not in par or got != [want_v]:
            bad.append((PAR, "show-of-hands count and label disagree", kind))

    # Task and finish group: "Recommendation n:" then the label's text
    tf = norm(" ".join(pages(TF)))
    recs = [r for r in rows if r["file"] == TF and r["kind"] == "recommendation"]
    for r in recs:
        if f"{r['lead_in']} {r['text']}" not in tf:
            bad.append((TF, "recommendation not under its heading", r["id"]))
    if len(recs) != 5:
        bad.append((TF, "not five recommendations", len(recs)))
    print(f"sanity: {len(bad)} problems")
    return bad


if __name__ == "__main__":
    sys.exit(check(HERE, LABELS, "lb", "layouts11", sanity=sanity))
