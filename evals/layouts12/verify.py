"""Check every label in decisions-layouts12.jsonl against the PDF text layer.

    .venv/bin/python evals/layouts12/verify.py

The checks of evals/labelcheck.py (ids lc001, lc002, ... with folder layouts12; every file and page exists;
each label's text, whitespace collapsed, is in the text of its page; per-file counts; no word hyphenated at
a line end), unchanged: this set's text layers read as the page does. One check is added (``sanity`` of
labelcheck.check): every document has one to three pages; every label's text is 10 to 30 words; in the ICB
minutes each consent-agenda and action-log label is the first line of its table row (the row's line starts with
its item or action number); the printed vote counts ("(7 for, 3 against, 1 abstention)", "(4 for, 6 against)")
follow each motion's text and agree with its `votes`; in the combined authority minutes each label's `ref` is
the first "Decision reference:" printed after its text and before the next item, and labels without a `ref`
have none there; the police and crime panel's "Agreed:" and "Actions:" labels are printed after "Agreed:", a
part number or a bullet; and the scrutiny committee's three recommendations are printed after their numbers.
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

LABELS = "decisions-layouts12.jsonl"
ICB = "fernvale-ashby-icb-board-minutes-2025-11-27.pdf"
PLN = "brackenfield-planning-committee-minutes-2025-10-22.pdf"
CA = "harrowfield-combined-authority-transport-committee-minutes-2025-11-06.pdf"
SC = "corbridge-overview-scrutiny-committee-minutes-2025-09-16.pdf"
PCP = "kestrel-valley-police-crime-panel-minutes-2025-12-04.pdf"
COUNTS = re.compile(r"\((\d+) for, (\d+) against(?:, (\d+) abstentions?)?\)")
REF = re.compile(r"Decision reference: (CA/\d{4}/\d{3})")
HEADING = re.compile(r"\b\d{1,2}\. [A-Z]{3,}")


def sanity(pages: Callable[[str], list[str]], repaired: Counter) -> list[tuple]:
    rows = load(HERE / LABELS)
    bad: list[tuple] = []
    for name in sorted({r["file"] for r in rows}):
        if not 1 <= len(pages(name)) <= 3:
            bad.append((name, "not one to three pages", len(pages(name))))
    for r in rows:
        if not 10 <= len(r["text"].split()) <= 30:
            bad.append((r["id"], "text not 10-30 words", len(r["text"].split())))
        if r["kind"] == "action" and not (r.get("owner") and r.get("deadline")):
            bad.append((r["id"], "action without owner or deadline"))

    def page(r: dict) -> str:
        return norm(pages(r["file"])[r["page"] - 1])

    # ICB: table labels are the first printed line of their row's Decision / Action cell
    for r in rows:
        if r["file"] == ICB and r["title"] in ("Items taken on the consent agenda", "Action log"):
            lines = [norm(ln) for ln in pages(ICB)[r["page"] - 1].splitlines()]
            key = r["item"] if r["kind"] != "action" else r["note"].split()[3].rstrip(",")
            if not any(ln.startswith(key) and r["text"] in ln for ln in lines):
                bad.append((r["id"], "table label not the first line of its row", key))

    # Printed vote counts after each motion's text agree with its votes
    for r in rows:
        if r["kind"] in ("motion", "amendment"):
            t = page(r)
            m = COUNTS.search(t, t.find(r["text"]))
            got = m and {"for": int(m[1]), "against": int(m[2]), "abstain": int(m[3] or 0)}
            if got != r["votes"]:
                bad.append((r["id"], "printed counts differ from votes", got, r["votes"]))

    # Combined authority: the first decision reference after a label's text, before the next item, is its ref
    for r in (r for r in rows if r["file"] == CA):
        t = page(r)
        at = t.find(r["text"]) + len(r["text"])
        ref, head = REF.search(t, at), HEADING.search(t, at)
        got = ref[1] if ref and (not head or ref.start() < head.start()) else None
        if got != r["ref"]:
            bad.append((r["id"], "decision reference differs", got, r["ref"]))
    if len({r["ref"] for r in rows if r["file"] == CA and r["ref"]}) != 6:
        bad.append((CA, "not six decision references"))

    # Police and crime panel: "Agreed:" / "Actions:" paragraphs
    for r in (r for r in rows if r["file"] == PCP and r.get("lead_in")):
        t = page(r)
        before = {"Agreed:": f"{r['item']}. " if r.get("item") else "Agreed: ", "Actions:": "• "}[r["lead_in"]]
        if before + r["text"] not in t:
            bad.append((r["id"], "not printed after its marker", before))
        if r["lead_in"] == "Agreed:" and t.rfind("Agreed:", 0, t.find(r["text"])) < 0:
            bad.append((r["id"], "no 'Agreed:' before it"))

    # Scrutiny committee: numbered recommendations to Cabinet, and two call-in outcomes
    recs = [r for r in rows if r["file"] == SC and r["kind"] == "recommendation"]
    for r in recs:
        if f"{r['item']}. {r['text']}" not in page(r):
            bad.append((r["id"], "recommendation not after its number"))
    if len(recs) != 3:
        bad.append((SC, "not three recommendations", len(recs)))
    outcomes = sorted(r["outcome"] for r in rows if r["file"] == SC and r["kind"] == "call_in")
    if outcomes != ["no further action", "referred back"]:
        bad.append((SC, "call-in outcomes", outcomes))

    # One meeting a file: every label's meeting date is in its file name
    for r in rows:
        if r["meeting_date"] not in r["file"]:
            bad.append((r["id"], "meeting date not the file's", r["meeting_date"]))
    print(f"sanity: {len(bad)} problems")
    return bad


if __name__ == "__main__":
    sys.exit(check(HERE, LABELS, "lc", "layouts12", sanity=sanity))
