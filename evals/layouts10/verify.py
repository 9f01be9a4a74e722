"""Check every label in decisions-layouts10.jsonl against the PDF text layer.

    .venv/bin/python evals/layouts10/verify.py

The checks of evals/labelcheck.py (ids dv001, dv002, ... with folder layouts10; every file and page exists;
each label's text, whitespace collapsed, is in the text of its page; per-file counts; no word hyphenated at
a line end), unchanged: this set's text layers read as the page does. One check is added (``sanity`` of
labelcheck.check): every document has one or two pages; the Scottish division's counts printed in the minute
agree with the motion's and the amendment's votes; the planning votes printed ("by 9 votes to 2", "by 7 votes
to 4") agree with their labels; and the NHS action log's heading row (Ref / Action / Lead / Due) is printed
on the page of its action labels.
"""
from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root holds the evals package
from evals.labelcheck import check, load, norm  # noqa: E402

LABELS = "decisions-layouts10.jsonl"
SCOT = "dunlarig-environment-infrastructure-committee-minute-2025-09-09.pdf"
PLAN = "harbridge-planning-committee-minutes-2025-10-08.pdf"
NHS = "kelmouth-hospitals-trust-board-minutes-2025-06-12.pdf"
DIVISION = "On a division, there voted for the motion 9, for the amendment 5, and the motion was accordingly carried"


def sanity(pages: Callable[[str], list[str]], repaired: Counter) -> list[tuple]:
    rows = load(HERE / LABELS)
    bad: list[tuple] = []
    for name in sorted({r["file"] for r in rows}):
        if not 1 <= len(pages(name)) <= 2:
            bad.append((name, "not one or two pages", len(pages(name))))
    scot = norm(" ".join(pages(SCOT)))
    votes = {r["kind"]: r["votes"] for r in rows if r["file"] == SCOT and r["kind"] in ("motion", "amendment")}
    if DIVISION not in scot or votes.get("motion") != {"for": 9, "against": 5, "abstain": 0} \
            or votes.get("amendment") != {"for": 5, "against": 9, "abstain": 0}:
        bad.append((SCOT, "division and motion/amendment votes disagree", votes))
    plan = norm(" ".join(pages(PLAN)))
    for phrase, want in (("voted by 9 votes to 2", {"for": 9, "against": 2, "abstain": 1}),
                         ("voted by 7 votes to 4", {"for": 7, "against": 4, "abstain": 0})):
        if phrase not in plan or want not in [r["votes"] for r in rows if r["file"] == PLAN]:
            bad.append((PLAN, "planning vote and label disagree", phrase))
    acts = [r for r in rows if r["file"] == NHS and r.get("title") == "ACTION LOG"]
    page = norm(pages(NHS)[acts[0]["page"] - 1]) if acts else ""
    if len(acts) != 3 or "Ref Action Lead Due" not in page:
        bad.append((NHS, "action log heading or rows missing", len(acts)))
    print(f"sanity: {len(bad)} problems")
    return bad


if __name__ == "__main__":
    sys.exit(check(HERE, LABELS, "dv", "layouts10", sanity=sanity))
